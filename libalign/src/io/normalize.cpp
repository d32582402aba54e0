// normalize(): one pass that maps newlines and spaces and drops invisible characters, then NFC.
#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/utf.h>
#include <unicode/utf8.h>

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "libalign/error.hpp"
#include "libalign/io.hpp"

namespace libalign {
namespace {

enum class Action : std::uint8_t { kKeep, kDrop, kSpace, kNewline, kReplace };

// What happens to a non-ASCII code point. Invisible characters are dropped because they split
// or glue words unseen (a zero-width space inside "пере\u200Bвод" defeats the lexicon, a soft
// hyphen the length model) and several are not allowed in XML/TMX at all.
Action classify(UChar32 c) {
  if (c < 0) return Action::kReplace;  // ill-formed UTF-8 (decode() never produces it)
  if (c == 0x0085 || c == 0x2028 || c == 0x2029) return Action::kNewline;  // NEL, LS, PS
  if (U_IS_UNICODE_NONCHAR(c)) return Action::kDrop;                       // U+FFFE, U+FFFF, ...
  switch (u_charType(c)) {
    case U_CONTROL_CHAR:  // C1 controls
    case U_FORMAT_CHAR:   // U+00AD, U+200B..U+200F, U+202A..U+202E, U+2060.., U+FEFF
      return Action::kDrop;
    case U_SPACE_SEPARATOR:  // U+00A0, U+2000..U+200A, U+202F, U+3000, ...
      return Action::kSpace;
    default:
      return Action::kKeep;
  }
}

// True if the 8 bytes at `s` are all printable ASCII (0x20..0x7E), which need no attention.
// Newlines take the byte-by-byte path: once a line, so the cost is nothing.
bool plain_ascii_word(const std::uint8_t* s) {
  std::uint64_t word = 0;
  std::memcpy(&word, s, 8);
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
  // word: a byte >= 0x80; word + 1: a byte == 0x7F (DEL); the third term: a byte < 0x20
  // (the "hasless" bit trick; exact as a yes/no answer).
  return ((word | (word + kOnes) | ((word - 0x20 * kOnes) & ~word)) & kHigh) == 0;
}

// True if `c` is in NFC and has combining class 0: a string made only of such characters is
// in NFC (the Unicode quick-check algorithm answers "yes" for it).
bool is_nfc_starter(UChar32 c) {
  if (c < 0x300 || (c >= 0x400 && c <= 0x482) || (c >= 0x48A && c <= 0x4FF)) return true;
  return u_getCombiningClass(c) == 0 &&
         u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) == UNORM_YES;
}

}  // namespace

std::string normalize(std::string_view utf8) {
  const auto* s = reinterpret_cast<const std::uint8_t*>(utf8.data());
  const std::size_t n = utf8.size();
  std::string out;
  out.reserve(n);
  std::size_t copied = 0;  // s[copied, i) is pending, to be appended unchanged
  const auto flush = [&](std::size_t until) { out.append(utf8.data() + copied, until - copied); };
  bool needs_nfc = false;  // a character that NFC might change or combine was seen
  std::size_t i = 0;
  while (i < n) {
    if (i + 8 <= n && plain_ascii_word(s + i)) {
      i += 8;
      continue;
    }
    const std::uint8_t b = s[i];
    if (b < 0x80) {
      if ((b >= 0x20 && b < 0x7F) || b == '\n') {
        ++i;
        continue;
      }
      flush(i);
      ++i;
      if (b == '\r') {
        out += '\n';
        if (i < n && s[i] == '\n') ++i;  // CRLF
      } else if (b == '\t') {
        out += ' ';
      } else if (b == '\v' || b == '\f') {
        out += '\n';  // a page break still separates lines; dropping it would glue words
      }               // other C0 controls and DEL are dropped
      copied = i;
      continue;
    }
    // U+0400..U+047F (Cyrillic letters, the bulk of our non-ASCII text): never a space,
    // control or format character, and never a reason to recompose.
    if ((b == 0xD0 || b == 0xD1) && i + 1 < n && (s[i + 1] & 0xC0) == 0x80) {
      i += 2;
      continue;
    }
    const std::size_t start = i;
    UChar32 c = 0;
    U8_NEXT(s, i, n, c);
    const Action action = classify(c);
    if (action == Action::kKeep) {
      if (!needs_nfc && c >= 0x300) needs_nfc = !is_nfc_starter(c);
      continue;
    }
    flush(start);
    switch (action) {
      case Action::kSpace:
        out += ' ';
        break;
      case Action::kNewline:
        out += '\n';
        break;
      case Action::kReplace:
        out += "\xEF\xBF\xBD";
        break;
      case Action::kKeep:
      case Action::kDrop:
        break;
    }
    copied = i;
  }
  flush(n);

  // Nearly all text is made only of characters that are NFC and never combine with a
  // neighbour, and is then NFC as a whole: no need to ask ICU.
  if (!needs_nfc) return out;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) {
    throw Error(ErrorCode::kDecode,
                std::string("cannot load Unicode NFC data: ") + u_errorName(status));
  }
  std::string composed;
  composed.reserve(out.size());
  icu::StringByteSink<std::string> sink(&composed);
  nfc->normalizeUTF8(0, out, sink, nullptr, status);
  if (U_FAILURE(status)) {
    throw Error(ErrorCode::kDecode,
                std::string("Unicode normalization failed: ") + u_errorName(status));
  }
  return composed;
}

}  // namespace libalign
