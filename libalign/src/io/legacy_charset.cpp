// Choosing among single-byte encodings: ICU's detector plus a Russian plausibility score.
#include "io/legacy_charset.hpp"

#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>

namespace libalign::detail {
namespace {

// The Russian single-byte encodings in use. windows-1251 and KOI8-R are the ones met in
// practice; ISO-8859-5 and IBM866 (DOS) are rare but cheap to consider.
constexpr std::array<const char*, 4> kCyrillic = {"windows-1251", "KOI8-R", "ISO-8859-5", "IBM866"};
// Western text (English with curly quotes, French names) is windows-1252; it is a superset of
// ISO-8859-1 for printable characters, so one converter serves both.
constexpr const char* kLatin = "windows-1252";

// Letter frequencies of Russian prose in percent, а..я (Wikipedia, "Частотность букв";
// the counts of the National Corpus). Decoding with the wrong table permutes letters, and the
// permuted text has a far lower likelihood under these frequencies; the frequent pairs and
// the position rules below settle the short and all-capitals texts where letters alone do not.
// clang-format off
constexpr std::array<double, 32> kRussianPercent = {
    8.01, 1.59, 4.54, 1.70, 2.98, 8.45, 0.94, 1.65, 7.35, 1.21, 3.49,  // а б в г д е ж з и й к
    4.40, 3.21, 6.70, 10.97, 2.81, 4.73, 5.47, 6.26, 2.62, 0.26,      // л м н о п р с т у ф
    0.97, 0.48, 1.44, 0.73, 0.36, 0.04, 1.90, 1.74, 0.32, 0.64, 2.01};  // х ц ч ш щ ъ ы ь э ю я
// clang-format on
constexpr double kYoPercent = 0.04;  // ё, usually written е

// Scores (log-likelihood-like, in nats) for what a high byte decodes to.
constexpr float kOtherCyrillicLetter = -8.0F;  // Ukrainian/Serbian letters in a Russian text
constexpr float kControl = -12.0F;             // C1 controls: never in real text
constexpr float kGraphic = -8.0F;              // box drawing, math symbols (DOS/KOI8 tables)
// «», dashes, №, no-break space: real, but rarer than any common letter (about 1 in 200
// characters), so that a table mapping letters to punctuation never wins.
constexpr float kPunctuation = -5.0F;
// A capital right after a lowercase letter ("пРИВЕТ") is what swapped-case tables produce
// (KOI8-R has lowercase where windows-1251 has capitals), and is very rare in Russian.
constexpr float kCapitalInsideWord = -4.0F;
// The 60 most frequent letter pairs inside Russian words (ё folded to е), about half of all
// pairs in prose; a wrong table seldom produces them. Counted on Lermontov's "A Hero of Our
// Time"; the top of the list agrees with published tables (ст, но, то, на, ен, ов, ни, ра).
constexpr std::u16string_view kFrequentPairs =
    u"то на не ст по ал но ка ко го ра ни ен от ро ли пр во ть ол ер за ор ла ло ов ос он ел та "
    u"ве ет ак ва ре од ри ил те аз да ом ме ск до ся мо де ог ас ес ит ат ле ой ин чт ти ль че "
    u"бы сь ру ем ны об се ан ам ег";
constexpr float kFrequentPair = 1.5F;
// ь, ъ and ы never begin a word or follow a vowel; a wrong table puts them there often.
constexpr float kImpossiblePosition = -4.0F;
// When two candidates score within this margin, the text says too little; ICU decides.
constexpr double kTieMargin = 2.0;
// Below this average score per high byte, no candidate decodes to text: it is not Russian.
constexpr double kMinAverage = -6.0;
// ucsdet and the scoring only need a sample; the choice does not change after a megabyte.
constexpr std::size_t kSampleBytes = std::size_t{1} << 20;
constexpr std::size_t kDetectorSampleBytes = std::size_t{64} << 10;

enum class Kind : std::uint8_t { kOther, kLower, kUpper };
enum class Sound : std::uint8_t { kNone, kVowel, kConsonant, kSign };  // kSign: ь ъ ы

constexpr std::uint8_t kNoLetter = 0xFF;

struct ByteInfo {
  float score = kControl;
  Kind kind = Kind::kOther;
  Sound sound = Sound::kNone;
  std::uint8_t letter = kNoLetter;  // 0..31 for а..я (ё as е), lowercased
};

using PairTable = std::array<std::array<bool, 32>, 32>;

const PairTable& frequent_pairs() {
  static const PairTable table = [] {
    PairTable t{};
    for (std::size_t k = 0; k + 1 < kFrequentPairs.size(); k += 3) {
      t[kFrequentPairs[k] - u'а'][kFrequentPairs[k + 1] - u'а'] = true;
    }
    return t;
  }();
  return table;
}

// а..я by index: which of them are vowels and which are ь ъ ы.
constexpr std::u16string_view kVowels = u"аеиоуэюя";
constexpr std::u16string_view kSigns = u"ьъы";

Sound sound_of(char16_t lower) {
  if (kSigns.find(lower) != std::u16string_view::npos) return Sound::kSign;
  if (kVowels.find(lower) != std::u16string_view::npos || lower == u'ё') return Sound::kVowel;
  return Sound::kConsonant;
}

struct Table {
  const char* name = nullptr;
  std::array<ByteInfo, 128> high{};  // bytes 0x80..0xFF
};

ByteInfo classify(UChar32 c) {
  const auto log_percent = [](double percent) {
    return static_cast<float>(std::log(percent / 100));
  };
  constexpr std::uint8_t kYe = u'е' - u'а';
  if (c >= 0x0430 && c <= 0x044F) {
    return {log_percent(kRussianPercent[c - 0x0430]), Kind::kLower, sound_of(char16_t(c)),
            static_cast<std::uint8_t>(c - 0x0430)};
  }
  if (c >= 0x0410 && c <= 0x042F) {
    return {log_percent(kRussianPercent[c - 0x0410]), Kind::kUpper, sound_of(char16_t(c + 0x20)),
            static_cast<std::uint8_t>(c - 0x0410)};
  }
  if (c == 0x0451) return {log_percent(kYoPercent), Kind::kLower, Sound::kVowel, kYe};
  if (c == 0x0401) return {log_percent(kYoPercent), Kind::kUpper, Sound::kVowel, kYe};
  if (c >= 0x0400 && c <= 0x04FF && u_isalpha(c)) return {kOtherCyrillicLetter, Kind::kOther};
  if (u_charType(c) == U_CONTROL_CHAR) return {kControl, Kind::kOther};
  if ((c >= 0x2500 && c <= 0x259F) || u_charType(c) == U_MATH_SYMBOL) {
    return {kGraphic, Kind::kOther};
  }
  return {kPunctuation, Kind::kOther};
}

struct ConverterCloser {
  void operator()(UConverter* converter) const noexcept { ucnv_close(converter); }
};
struct DetectorCloser {
  void operator()(UCharsetDetector* detector) const noexcept { ucsdet_close(detector); }
};

// What each candidate maps the high bytes to, asked of ICU's own converters once.
Table build_table(const char* name) {
  Table table;
  table.name = name;
  UErrorCode status = U_ZERO_ERROR;
  const std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open(name, &status));
  if (U_FAILURE(status)) return table;  // every byte scores as a control: never chosen
  for (int b = 0x80; b <= 0xFF; ++b) {
    const char byte = static_cast<char>(b);
    std::array<UChar, 2> unit{};
    status = U_ZERO_ERROR;
    ucnv_reset(converter.get());
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                        &status);
    const int32_t length = ucnv_toUChars(converter.get(), unit.data(),
                                         static_cast<int32_t>(unit.size()), &byte, 1, &status);
    if (U_SUCCESS(status) && length == 1) table.high[b - 0x80] = classify(unit[0]);
  }
  return table;
}

const std::array<Table, kCyrillic.size()>& cyrillic_tables() {
  static const std::array<Table, kCyrillic.size()> tables = [] {
    std::array<Table, kCyrillic.size()> built;
    for (std::size_t k = 0; k < kCyrillic.size(); ++k) built[k] = build_table(kCyrillic[k]);
    return built;
  }();
  return tables;
}

// ICU's best guess among the encodings we accept, or nullptr.
const char* ask_icu(std::string_view sample) {
  UErrorCode status = U_ZERO_ERROR;
  const std::unique_ptr<UCharsetDetector, DetectorCloser> detector(ucsdet_open(&status));
  if (U_FAILURE(status)) return nullptr;
  ucsdet_setText(detector.get(), sample.data(), static_cast<int32_t>(sample.size()), &status);
  int32_t found = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(detector.get(), &found, &status);
  if (U_FAILURE(status)) return nullptr;
  for (int32_t k = 0; k < found; ++k) {
    const std::string_view name = ucsdet_getName(matches[k], &status);
    if (U_FAILURE(status)) return nullptr;
    for (const char* cyrillic : kCyrillic) {
      if (name == cyrillic) return cyrillic;
    }
    if (name == "windows-1252" || name == "ISO-8859-1") return kLatin;
  }
  return nullptr;
}

}  // namespace

std::optional<LegacyGuess> guess_legacy_charset(std::string_view bytes) {
  const std::string_view sample = bytes.substr(0, kSampleBytes);
  const auto* s = reinterpret_cast<const std::uint8_t*>(sample.data());
  const std::size_t n = sample.size();
  const auto& tables = cyrillic_tables();

  std::array<double, kCyrillic.size()> score{};
  std::array<ByteInfo, kCyrillic.size()> previous{};  // what the byte before decoded to
  const PairTable& pairs = frequent_pairs();
  std::size_t high = 0;      // bytes >= 0x80
  std::size_t adjacent = 0;  // ... with another high byte next to them
  for (std::size_t i = 0; i < n; ++i) {
    if (s[i] < 0x80) {
      previous.fill(ByteInfo{});
      continue;
    }
    ++high;
    if ((i > 0 && s[i - 1] >= 0x80) || (i + 1 < n && s[i + 1] >= 0x80)) ++adjacent;
    for (std::size_t k = 0; k < tables.size(); ++k) {
      const ByteInfo& info = tables[k].high[s[i] - 0x80];
      score[k] += info.score;
      const ByteInfo& before = previous[k];
      if (info.kind == Kind::kUpper && before.kind == Kind::kLower) score[k] += kCapitalInsideWord;
      if (info.sound == Sound::kSign &&
          (before.sound == Sound::kNone || before.sound == Sound::kVowel)) {
        score[k] += kImpossiblePosition;
      }
      if (info.letter != kNoLetter && before.letter != kNoLetter &&
          pairs[before.letter][info.letter]) {
        score[k] += kFrequentPair;
      }
      previous[k] = info;
    }
  }
  if (high == 0) return LegacyGuess{kLatin};  // plain ASCII; any of them would do

  // In a Russian single-byte text every letter is a high byte, so high bytes come in runs
  // (words); in a Western text they are an accented letter or a curly quote among ASCII.
  if (2 * adjacent < high) return LegacyGuess{kLatin};

  std::array<std::size_t, kCyrillic.size()> order{};
  for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return score[a] > score[b]; });
  const std::size_t best = order[0];
  const std::size_t second = order[1];
  const auto guess = [&](std::size_t k) {
    return LegacyGuess{kCyrillic[k], true, score[k] / static_cast<double>(high)};
  };
  if (guess(best).score < kMinAverage) return std::nullopt;
  if (score[best] - score[second] < kTieMargin) {
    const char* icu = ask_icu(bytes.substr(0, kDetectorSampleBytes));
    if (icu != nullptr && std::string_view(icu) == kCyrillic[second]) return guess(second);
  }
  return guess(best);
}

}  // namespace libalign::detail
