// Language codes and script-based language detection.
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "libalign/document.hpp"
#include "libalign/error.hpp"
#include "libalign/io.hpp"

namespace libalign {

std::string_view language_code(Language language) noexcept {
  switch (language) {
    case Language::kRussian:
      return "ru";
    case Language::kEnglish:
      return "en";
    case Language::kUnknown:
      break;
  }
  return "und";
}

Language parse_language(std::string_view code) {
  std::string lower;
  lower.reserve(code.size());
  for (const char c : code) {
    lower.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  // BCP 47 ("ru-RU") and POSIX locale ("en_US.UTF-8") spellings: the region, script and
  // charset after the primary subtag say nothing about which of our two languages it is.
  std::string_view primary = lower;
  const std::size_t cut = primary.find_first_of("-_.@");
  bool rest_ok = true;
  if (cut != std::string_view::npos) {
    const std::string_view rest = primary.substr(cut + 1);
    primary = primary.substr(0, cut);
    rest_ok = !rest.empty();
    for (const char c : rest) {
      const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      rest_ok = rest_ok && (alnum || c == '-' || c == '_' || c == '.' || c == '@');
    }
  }
  if (rest_ok) {
    if (primary == "ru" || primary == "rus" || primary == "russian") return Language::kRussian;
    if (primary == "en" || primary == "eng" || primary == "english") return Language::kEnglish;
  }
  throw Error(ErrorCode::kInvalidArgument,
              "unknown language '" + std::string(code) + "' (expected ru or en, e.g. ru-RU)");
}

namespace {

// Fewer letters than this cannot tell a language: "OK", "1.", "Да".
constexpr std::size_t kMinLetters = 3;
// Russian text quotes English names, brands and code ("компания Microsoft выпустила Windows"),
// often a third of its letters; English text rarely quotes Russian at that rate.
constexpr double kMinCyrillicShare = 0.3;

}  // namespace

Language detect_language(std::string_view text) noexcept {
  std::size_t cyrillic = 0;
  std::size_t latin = 0;
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const std::size_t length = text.size();
  std::size_t i = 0;
  while (i < length) {
    const uint8_t b = s[i];
    if (b < 0x80) {
      latin += static_cast<std::size_t>(((b | 0x20) >= 'a') & ((b | 0x20) <= 'z'));
      ++i;
      continue;
    }
    // Russian letters, the common case: А..я and Ё, ё (D0 81, D0 90..D1 8F, D1 91).
    if ((b == 0xD0 || b == 0xD1) && i + 1 < length && (s[i + 1] & 0xC0) == 0x80) {
      const unsigned c = ((b & 0x1Fu) << 6) | (s[i + 1] & 0x3Fu);
      if ((c >= 0x410 && c <= 0x44F) || c == 0x401 || c == 0x451) {
        ++cyrillic;
        i += 2;
        continue;
      }
    }
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c < 0 || !u_isalpha(c)) continue;
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(c, &status);
    if (script == USCRIPT_CYRILLIC) {
      ++cyrillic;
    } else if (script == USCRIPT_LATIN) {
      ++latin;
    }
  }
  const std::size_t letters = cyrillic + latin;
  if (letters < kMinLetters) return Language::kUnknown;
  if (static_cast<double>(cyrillic) >= kMinCyrillicShare * static_cast<double>(letters)) {
    return Language::kRussian;
  }
  return Language::kEnglish;
}

}  // namespace libalign
