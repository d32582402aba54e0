// segment/text_scan.hpp — UTF-8 stepping and the character classes the sentence rules talk
// about (terminals, closing quotes, dashes, bullets, letter case).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace libalign::detail {

/// A decoded code point and the byte range it occupies.
struct CodePoint {
  char32_t c = 0;
  std::size_t begin = 0;
  std::size_t end = 0;
};

[[nodiscard]] CodePoint next_cp_slow(std::string_view text, std::size_t pos) noexcept;
[[nodiscard]] CodePoint prev_cp_slow(std::string_view text, std::size_t pos) noexcept;
[[nodiscard]] bool is_space_slow(char32_t c) noexcept;

/// The code point starting at byte `pos` (pos < text.size()). Ill-formed bytes decode as
/// U+FFFD one byte long, so scanning always makes progress. (Inline: ASCII is most of the text.)
[[nodiscard]] inline CodePoint next_cp(std::string_view text, std::size_t pos) noexcept {
  const auto byte = static_cast<unsigned char>(text[pos]);
  if (byte < 0x80) return {byte, pos, pos + 1};
  return next_cp_slow(text, pos);
}
/// The code point ending at byte `pos` (pos > 0).
[[nodiscard]] inline CodePoint prev_cp(std::string_view text, std::size_t pos) noexcept {
  const auto byte = static_cast<unsigned char>(text[pos - 1]);
  if (byte < 0x80) return {byte, pos - 1, pos};
  return prev_cp_slow(text, pos);
}

[[nodiscard]] inline bool is_space(char32_t c) noexcept {
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
  return is_space_slow(c);
}
[[nodiscard]] bool is_upper(char32_t c) noexcept;  ///< Lu or Lt
/// A letter of the Cyrillic blocks (Cyrillic, Supplement, Extended-A/B/C).
[[nodiscard]] constexpr bool is_cyrillic(char32_t c) noexcept {
  return (c >= 0x0400 && c <= 0x052F) || (c >= 0x2DE0 && c <= 0x2DFF) ||
         (c >= 0xA640 && c <= 0xA69F) || (c >= 0x1C80 && c <= 0x1C8F);
}
[[nodiscard]] bool is_lower(char32_t c) noexcept;  ///< Ll
[[nodiscard]] bool is_letter(char32_t c) noexcept;
[[nodiscard]] bool is_digit(char32_t c) noexcept;  ///< any decimal digit (Nd)

/// Characters that end a sentence: . ! ? … and their variants (‼ ⁇ ⁈ ⁉, fullwidth and CJK).
[[nodiscard]] bool is_terminal(char32_t c) noexcept;
/// Terminals of scripts written without spaces (。．！？): a sentence may end right after them.
[[nodiscard]] bool is_spaceless_terminal(char32_t c) noexcept;
/// Quotation marks of either direction (" ' « » “ ” „ ‘ ’ ‹ ›).
[[nodiscard]] bool is_quote(char32_t c) noexcept;
[[nodiscard]] bool is_open_bracket(char32_t c) noexcept;   ///< ( [ {
[[nodiscard]] bool is_close_bracket(char32_t c) noexcept;  ///< ) ] }
/// Punctuation that never opens a sentence: , ; : | % and closing brackets.
[[nodiscard]] bool is_continuation(char32_t c) noexcept;
/// Characters that may follow a terminal and still belong to the sentence: closing quotes and
/// brackets.
[[nodiscard]] inline bool is_closer(char32_t c) noexcept {
  return is_quote(c) || is_close_bracket(c);
}
/// Hyphen-minus, en dash, em dash, horizontal bar, figure dash.
[[nodiscard]] bool is_dash(char32_t c) noexcept;
/// List bullets (• ◦ ▪ ‣ ⁃ ● ■ ► ...), not dashes or asterisks.
[[nodiscard]] bool is_bullet(char32_t c) noexcept;

/// Byte offset of the first non-space character at or after `pos` (text.size() if none).
[[nodiscard]] std::size_t skip_space(std::string_view text, std::size_t pos) noexcept;
/// Byte offset just after the last non-space character before `pos` (0 if none).
[[nodiscard]] std::size_t skip_space_back(std::string_view text, std::size_t pos) noexcept;

/// Start of the non-space token that ends at `pos`.
[[nodiscard]] std::size_t token_begin(std::string_view text, std::size_t pos) noexcept;

/// True if `word` is letters (apostrophes and hyphens allowed inside), at least `min_letters`.
[[nodiscard]] bool is_word(std::string_view word, std::size_t min_letters) noexcept;

/// Appends the lowercase form of `text` (full Unicode case mapping, ASCII fast path).
void append_lower(std::string_view text, std::string& out);

}  // namespace libalign::detail
