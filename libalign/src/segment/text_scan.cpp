#include "segment/text_scan.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>

namespace libalign::detail {

CodePoint next_cp_slow(std::string_view text, std::size_t pos) noexcept {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  auto i = static_cast<int32_t>(pos);
  UChar32 c = 0;
  U8_NEXT(s, i, length, c);
  if (c < 0) return {0xFFFD, pos, pos + 1};
  return {static_cast<char32_t>(c), pos, static_cast<std::size_t>(i)};
}

CodePoint prev_cp_slow(std::string_view text, std::size_t pos) noexcept {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  auto i = static_cast<int32_t>(pos);
  UChar32 c = 0;
  U8_PREV(s, 0, i, c);
  if (c < 0) return {0xFFFD, pos - 1, pos};
  return {static_cast<char32_t>(c), static_cast<std::size_t>(i), pos};
}

// Fast paths for ASCII and the basic Cyrillic block (the text is mostly one or the other); ICU's
// property lookups for the rest.
bool is_space_slow(char32_t c) noexcept {
  if (c >= 0x0400 && c <= 0x04FF) return false;
  return u_isUWhiteSpace(static_cast<UChar32>(c)) != 0;
}

bool is_upper(char32_t c) noexcept {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  if (c >= 0x0410 && c <= 0x042F) return true;
  if (c >= 0x0430 && c <= 0x045F) return false;
  const auto type = u_charType(static_cast<UChar32>(c));
  return type == U_UPPERCASE_LETTER || type == U_TITLECASE_LETTER;
}

bool is_lower(char32_t c) noexcept {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  if (c >= 0x0430 && c <= 0x045F) return true;
  if (c >= 0x0400 && c <= 0x042F) return false;
  return u_charType(static_cast<UChar32>(c)) == U_LOWERCASE_LETTER;
}

bool is_letter(char32_t c) noexcept {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  if (c >= 0x0400 && c <= 0x045F) return true;
  return u_isalpha(static_cast<UChar32>(c)) != 0;
}

bool is_digit(char32_t c) noexcept {
  if (c < 0x80) return c >= '0' && c <= '9';
  return u_isdigit(static_cast<UChar32>(c)) != 0;
}

bool is_terminal(char32_t c) noexcept {
  switch (c) {
    case U'.':
    case U'!':
    case U'?':
    case U'…':
    case U'‼':
    case U'⁇':
    case U'⁈':
    case U'⁉':
    case U'。':
    case U'．':
    case U'！':
    case U'？':
    case U'｡':
      return true;
    default:
      return false;
  }
}

bool is_spaceless_terminal(char32_t c) noexcept {
  return c == U'。' || c == U'．' || c == U'！' || c == U'？' || c == U'｡';
}

bool is_quote(char32_t c) noexcept {
  switch (c) {
    case U'"':
    case U'\'':
    case U'«':
    case U'»':
    case U'“':
    case U'”':
    case U'„':
    case U'‘':
    case U'’':
    case U'‹':
    case U'›':
    case U'‚':
    case U'「':
    case U'」':
    case U'『':
    case U'』':
      return true;
    default:
      return false;
  }
}

bool is_open_bracket(char32_t c) noexcept { return c == U'(' || c == U'[' || c == U'{'; }
bool is_close_bracket(char32_t c) noexcept { return c == U')' || c == U']' || c == U'}'; }

bool is_continuation(char32_t c) noexcept {
  return is_close_bracket(c) || c == U',' || c == U';' || c == U':' || c == U'|' || c == U'%';
}

bool is_dash(char32_t c) noexcept {
  return c == U'-' || c == U'–' || c == U'—' || c == U'―' || c == U'‒' || c == U'−';
}

bool is_bullet(char32_t c) noexcept {
  switch (c) {
    case U'•':
    case U'◦':
    case U'▪':
    case U'▫':
    case U'‣':
    case U'⁃':
    case U'●':
    case U'○':
    case U'■':
    case U'□':
    case U'►':
    case U'▸':
    case U'➢':
    case U'✓':
    case U'✔':
    case U'◆':
    case U'◇':
    case U'❖':
    case U'➤':
    case U'⦿':
    case U'⁌':
    case U'⁍':
      return true;
    default:
      return false;
  }
}

std::size_t skip_space(std::string_view text, std::size_t pos) noexcept {
  while (pos < text.size()) {
    const auto cp = next_cp(text, pos);
    if (!is_space(cp.c)) break;
    pos = cp.end;
  }
  return pos;
}

std::size_t skip_space_back(std::string_view text, std::size_t pos) noexcept {
  while (pos > 0) {
    const auto cp = prev_cp(text, pos);
    if (!is_space(cp.c)) break;
    pos = cp.begin;
  }
  return pos;
}

std::size_t token_begin(std::string_view text, std::size_t pos) noexcept {
  while (pos > 0) {
    const auto cp = prev_cp(text, pos);
    if (is_space(cp.c)) break;
    pos = cp.begin;
  }
  return pos;
}

bool is_word(std::string_view word, std::size_t min_letters) noexcept {
  std::size_t letters = 0;
  for (std::size_t i = 0; i < word.size();) {
    const auto cp = next_cp(word, i);
    if (is_letter(cp.c)) {
      ++letters;
    } else if (!(cp.c == U'\'' || cp.c == U'’' || cp.c == U'-')) {
      return false;
    }
    i = cp.end;
  }
  return letters >= min_letters;
}

void append_lower(std::string_view text, std::string& out) {
  for (std::size_t i = 0; i < text.size();) {
    const auto cp = next_cp(text, i);
    i = cp.end;
    if (cp.c < 0x80) {
      out.push_back(static_cast<char>(cp.c >= 'A' && cp.c <= 'Z' ? cp.c + 32 : cp.c));
      continue;
    }
    // Russian capitals map within the Cyrillic block: А-Я → а-я, Ѐ-Џ (Ё) → ѐ-џ (ё).
    auto lower = static_cast<UChar32>(cp.c);
    if (cp.c >= 0x0410 && cp.c <= 0x042F) {
      lower += 0x20;
    } else if (cp.c >= 0x0400 && cp.c <= 0x040F) {
      lower += 0x50;
    } else if (!(cp.c >= 0x0430 && cp.c <= 0x045F)) {
      lower = u_tolower(static_cast<UChar32>(cp.c));
    }
    std::array<uint8_t, U8_MAX_LENGTH> buffer{};
    int32_t length = 0;
    U8_APPEND_UNSAFE(buffer.data(), length, lower);
    out.append(reinterpret_cast<const char*>(buffer.data()), static_cast<std::size_t>(length));
  }
}

}  // namespace libalign::detail
