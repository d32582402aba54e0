// decode(): raw bytes → UTF-8. Byte-order marks first, then strict UTF-8, then a legacy
// single-byte encoding; everything that is not text is refused with the offending offset.
#include <fmt/format.h>
#include <unicode/ucnv.h>
#include <unicode/utf8.h>

#include <array>
#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "io/legacy_charset.hpp"
#include "libalign/error.hpp"
#include "libalign/io.hpp"

namespace libalign {
namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

// A text file may hold stray control bytes (an old export, a bell or ^A pasted from a
// terminal), which normalize() drops. Random, compressed or encrypted data has about 10%
// (26 of 256 byte values); beyond 5% it is binary.
bool too_many_controls(std::size_t controls, std::size_t units) {
  return controls >= 2 && controls * 20 > units;
}

// C0 controls that no text format uses: everything but \t \n \v \f \r, and ESC, which terminal
// colour codes leave in logs that are still text.
constexpr bool is_binary_control(std::uint32_t u) {
  return u < 0x20 && !(u >= 0x09 && u <= 0x0D) && u != 0x1B;
}

// A bad byte in a file that is otherwise UTF-8 is an error, not a reason to read the whole file
// as windows-1251 (which would turn all its Russian into mojibake). Evidence for UTF-8:
// - most non-ASCII runs are well-formed UTF-8, or
// - well-formed sequences that are plausible letters and punctuation (is_plausible_utf8_char)
//   number at least 1 in kMixedRatio of the bad ones (UTF-8 text with a pasted windows-1251
//   paragraph).
// Single-byte text forms well-formed pairs by chance (all-capitals ISO-8859-5 does so often),
// so when its decoding reads as convincing Russian, weak evidence (plausible sequences fewer
// than 1 in kWeakRatio of the bad ones) does not count.
constexpr std::size_t kMixedRatio = 20;
constexpr std::size_t kWeakRatio = 4;

// A well-formed UTF-8 sequence that text in our languages really contains. Single-byte
// Cyrillic forms UTF-8 pairs only by chance, mostly a capital before a no-break space
// ("В\u00A0городе" in windows-1251 is C2 A0) or box drawing in KOI8-R; these are left out.
constexpr bool is_plausible_utf8_char(UChar32 c) {
  return (c >= 0xC0 && c <= 0xFF) || c == 0xAB || c == 0xBB || (c >= 0x400 && c <= 0x45F) ||
         (c >= 0x2010 && c <= 0x2027) || c == 0x20AC || c == 0x2116;
}

[[noreturn]] void fail(std::string_view name, std::string_view problem) {
  throw Error(ErrorCode::kDecode, fmt::format("{}: {}", name, problem));
}

// One pass over bytes that have no BOM: what a decision between UTF-8, legacy and binary needs.
struct ByteScan {
  std::size_t nul = 0;
  std::size_t first_nul = kNone;
  std::size_t controls = 0;  // is_binary_control(), NUL included
  std::size_t first_control = kNone;
  std::size_t multibyte = 0;  // well-formed UTF-8 sequences of 2-4 bytes
  std::size_t plausible = 0;  // ... of them is_plausible_utf8_char()
  std::size_t invalid = 0;    // ill-formed UTF-8 subsequences
  std::size_t first_invalid = kNone;
};

ByteScan scan(std::string_view bytes) {
  ByteScan result;
  const auto* s = reinterpret_cast<const std::uint8_t*>(bytes.data());
  const std::size_t n = bytes.size();
  std::size_t i = 0;
  while (i < n) {
    // Fast path: 8 bytes that are all printable ASCII (no high bit, none below 0x20).
    if (i + 8 <= n) {
      std::uint64_t word = 0;
      std::memcpy(&word, s + i, 8);
      constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
      constexpr std::uint64_t kSpaces = 0x2020202020202020ULL;
      if (((word | ((word - kSpaces) & ~word)) & kHigh) == 0) {
        i += 8;
        continue;
      }
    }
    const std::uint8_t b = s[i];
    // Two-byte sequences (Cyrillic, Latin-1) are well-formed whenever a trail byte follows.
    if (b >= 0xC2 && b <= 0xDF && i + 1 < n && (s[i + 1] & 0xC0) == 0x80) {
      ++result.multibyte;
      const UChar32 c = ((b & 0x1F) << 6) | (s[i + 1] & 0x3F);
      if (is_plausible_utf8_char(c)) ++result.plausible;
      i += 2;
      continue;
    }
    if (b < 0x80) {
      if (is_binary_control(b)) {
        if (result.controls++ == 0) result.first_control = i;
        if (b == 0 && result.nul++ == 0) result.first_nul = i;
      }
      ++i;
      continue;
    }
    const std::size_t start = i;
    UChar32 c = 0;
    U8_NEXT(s, i, n, c);
    if (c >= 0) {
      ++result.multibyte;
      if (is_plausible_utf8_char(c)) ++result.plausible;
    } else if (result.invalid++ == 0) {
      result.first_invalid = start;
    }
  }
  return result;
}

// Text saved as UTF-16 without a byte-order mark: nearly every 16-bit unit, read in one byte
// order, is a character of our kind (ASCII, Latin-1, Cyrillic, general punctuation), while
// binary data with NUL bytes is not.
bool looks_like_utf16(std::string_view bytes) {
  const auto plausible = [](std::uint32_t u) {
    return u == 0x09 || u == 0x0A || u == 0x0D || (u >= 0x20 && u <= 0x7E) ||
           (u >= 0xA0 && u <= 0x24F) || (u >= 0x400 && u <= 0x4FF) ||
           (u >= 0x2000 && u <= 0x20CF) || u == 0x2116;
  };
  const std::size_t units = std::min<std::size_t>(bytes.size(), 1 << 16) / 2;
  if (units == 0) return false;
  const auto* s = reinterpret_cast<const std::uint8_t*>(bytes.data());
  std::size_t le = 0;
  std::size_t be = 0;
  for (std::size_t k = 0; k < units; ++k) {
    le += plausible(s[2 * k] | (s[2 * k + 1] << 8)) ? 1 : 0;
    be += plausible((s[2 * k] << 8) | s[2 * k + 1]) ? 1 : 0;
  }
  return std::max(le, be) * 10 >= units * 9;
}

std::string describe_byte(std::string_view bytes, std::size_t offset) {
  return fmt::format("0x{:02X}", static_cast<std::uint8_t>(bytes[offset]));
}

struct ConverterCloser {
  void operator()(UConverter* converter) const noexcept { ucnv_close(converter); }
};
using Converter = std::unique_ptr<UConverter, ConverterCloser>;

// Converts `bytes` from `charset` to UTF-8 with ICU, stopping at the first byte sequence that is
// not valid in it. `base` is the offset of `bytes` in the file, for messages.
std::string convert(std::string_view bytes, const char* charset, std::string_view name,
                    std::size_t base) {
  UErrorCode status = U_ZERO_ERROR;
  const Converter source_cnv(ucnv_open(charset, &status));
  const Converter utf8_cnv(ucnv_open("UTF-8", &status));
  ucnv_setToUCallBack(source_cnv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                      &status);
  if (U_FAILURE(status)) {
    fail(name, fmt::format("cannot decode {}: {}", charset, u_errorName(status)));
  }
  std::string out;
  // Two bytes of UTF-8 per input byte covers Cyrillic from a single-byte table and UTF-16
  // up to U+07FF; the loop grows it for the rest.
  out.resize(bytes.size() * 2 + 16);
  char* target = out.data();
  const char* source = bytes.data();
  std::array<UChar, 4096> pivot{};
  UChar* pivot_source = pivot.data();
  UChar* pivot_target = pivot.data();
  bool reset = true;
  for (;;) {
    status = U_ZERO_ERROR;
    ucnv_convertEx(utf8_cnv.get(), source_cnv.get(), &target, out.data() + out.size(), &source,
                   bytes.data() + bytes.size(), pivot.data(), &pivot_source, &pivot_target,
                   pivot.data() + pivot.size(), static_cast<UBool>(reset), /*flush=*/1, &status);
    reset = false;
    if (status != U_BUFFER_OVERFLOW_ERROR) break;
    const auto used = static_cast<std::size_t>(target - out.data());
    out.resize(out.size() + out.size() / 2 + 16);
    target = out.data() + used;
  }
  if (U_FAILURE(status)) {
    std::array<char, 32> invalid{};
    auto invalid_length = static_cast<int8_t>(invalid.size());
    UErrorCode ignored = U_ZERO_ERROR;
    ucnv_getInvalidChars(source_cnv.get(), invalid.data(), &invalid_length, &ignored);
    const auto consumed = static_cast<std::size_t>(source - bytes.data());
    const std::size_t offset =
        base + consumed - std::min<std::size_t>(consumed, U_SUCCESS(ignored) ? invalid_length : 0);
    if (status == U_TRUNCATED_CHAR_FOUND) {
      fail(name, fmt::format("truncated {} at byte {} (incomplete file?)", charset, offset));
    }
    if (status == U_ILLEGAL_CHAR_FOUND || status == U_INVALID_CHAR_FOUND) {
      fail(name, fmt::format("invalid {} at byte {}", charset, offset));
    }
    fail(name, fmt::format("cannot decode {}: {}", charset, u_errorName(status)));
  }
  out.resize(static_cast<std::size_t>(target - out.data()));
  return out;
}

Decoded from_utf16(std::string_view body, const char* charset, std::string_view name) {
  constexpr std::size_t kBom = 2;
  const bool little = std::string_view(charset) == "UTF-16LE";
  const auto* s = reinterpret_cast<const std::uint8_t*>(body.data());
  const std::size_t units = body.size() / 2;
  std::size_t controls = 0;
  std::size_t first_control = kNone;
  std::size_t first_nul = kNone;
  for (std::size_t k = 0; k < units; ++k) {
    const std::uint32_t u =
        little ? (s[2 * k] | (s[2 * k + 1] << 8)) : ((s[2 * k] << 8) | s[2 * k + 1]);
    if (!is_binary_control(u)) continue;
    if (controls++ == 0) first_control = kBom + 2 * k;
    if (u == 0 && first_nul == kNone) first_nul = kBom + 2 * k;
  }
  if (too_many_controls(controls, units)) {
    fail(name, fmt::format("not text: binary data at byte {}", first_control));
  }
  if (first_nul != kNone) {
    fail(name,
         fmt::format("contains NUL characters (binary file?), the first at byte {}", first_nul));
  }
  return {convert(body, charset, name, kBom), charset};
}

}  // namespace

Decoded decode(std::string_view bytes, std::string_view name) {
  using namespace std::string_view_literals;
  if (bytes.starts_with("\xFF\xFE\0\0"sv) || bytes.starts_with("\0\0\xFE\xFF"sv)) {
    fail(name, "UTF-32 text is not supported; save it as UTF-8");
  }
  if (bytes.starts_with("\xFF\xFE"sv)) return from_utf16(bytes.substr(2), "UTF-16LE", name);
  if (bytes.starts_with("\xFE\xFF"sv)) return from_utf16(bytes.substr(2), "UTF-16BE", name);
  const bool bom = bytes.starts_with("\xEF\xBB\xBF"sv);
  const std::size_t base = bom ? 3 : 0;
  const std::string_view body = bytes.substr(base);

  const ByteScan found = scan(body);
  if (found.nul > 0) {
    if (!bom && looks_like_utf16(body)) {
      fail(name, "looks like UTF-16 without a byte-order mark; save it with a BOM or as UTF-8");
    }
    // Text with a run of NULs (a file preallocated, then half written) is told so; NULs among
    // other control bytes are just binary data, below.
    if (!too_many_controls(found.controls - found.nul, body.size())) {
      fail(name, fmt::format("contains NUL bytes (binary file?), the first at byte {}",
                             base + found.first_nul));
    }
  }
  if (too_many_controls(found.controls, body.size())) {
    fail(name, fmt::format("not text: binary data at byte {}", base + found.first_control));
  }
  if (found.invalid == 0) return {std::string(body), "UTF-8"};

  const std::optional<detail::LegacyGuess> legacy = detail::guess_legacy_charset(body);
  const bool reads_as_russian =
      legacy && legacy->russian && legacy->score >= detail::kConvincingRussian;
  const bool mostly_utf8 = found.multibyte >= found.invalid;
  const bool mixed = found.plausible >= 2 && found.plausible * kMixedRatio >= found.invalid;
  const bool weak = found.plausible * kWeakRatio < found.invalid;
  if (bom || ((mostly_utf8 || mixed) && !(reads_as_russian && weak))) {
    const std::size_t offset = base + found.first_invalid;
    std::string hint;
    if (offset + 4 > bytes.size()) {
      hint = ", file truncated?";
    } else if (!mostly_utf8 && !mixed) {
      hint = "; the file starts with a UTF-8 byte-order mark but is in another encoding";
    } else if (found.invalid == 1) {
      hint = "; the rest of the file is UTF-8";
    } else {
      hint = fmt::format("; {} bad sequences in a file that is otherwise UTF-8 (mixed encodings?)",
                         found.invalid);
    }
    fail(name, fmt::format("invalid UTF-8 at byte {} ({}){}", offset, describe_byte(bytes, offset),
                           hint));
  }
  if (!legacy) {
    const std::size_t offset = found.first_invalid;
    fail(name, fmt::format("not text in UTF-8, UTF-16 or a Russian/Western single-byte encoding "
                           "(byte {} at {})",
                           describe_byte(bytes, offset), offset));
  }
  const std::string charset_name(legacy->charset);
  return {convert(body, charset_name.c_str(), name, 0), charset_name};
}

}  // namespace libalign
