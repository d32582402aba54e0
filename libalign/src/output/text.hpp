// output/text.hpp — small text helpers shared by the output formats (internal).
#pragma once

#include <unicode/utf8.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>

namespace libalign::detail {

/// Calls visit(c, bytes) for each code point of `utf8`, in order: `c` is the code point, or
/// negative for an ill-formed sequence (ICU's U8_NEXT, encoded surrogates included), `bytes`
/// the bytes it was read from. A visitor that returns bool stops the walk by returning false.
template <typename Visit>
void for_each_code_point(std::string_view utf8, Visit&& visit) {
  const auto* s = reinterpret_cast<const std::uint8_t*>(utf8.data());
  const auto length = static_cast<std::int32_t>(utf8.size());
  for (std::int32_t i = 0; i < length;) {
    const std::int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    const std::string_view bytes =
        utf8.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start));
    if constexpr (std::is_same_v<std::invoke_result_t<Visit&, UChar32, std::string_view>, bool>) {
      if (!visit(c, bytes)) return;
    } else {
      visit(c, bytes);
    }
  }
}

/// `utf8` without leading/trailing Unicode white space (and U+FEFF/U+200B, which editors show
/// as nothing). Ill-formed bytes are not white space.
[[nodiscard]] std::string_view trim_space(std::string_view utf8) noexcept;

/// strip_xml_invalid() then trim_space(): the exact text libalign writes into a <seg>.
[[nodiscard]] std::string clean_segment(std::string_view utf8);

/// Tabs, newlines and other line/paragraph separators → one space each (TSV cells).
[[nodiscard]] std::string one_line(std::string_view utf8);

/// A JSON string literal with quotes, valid UTF-8 (ill-formed bytes become U+FFFD), control
/// characters and U+2028/U+2029 escaped so the line is also safe to embed in JavaScript.
[[nodiscard]] std::string json_quote(std::string_view utf8);

/// Text escaped for HTML element content and quoted attribute values.
[[nodiscard]] std::string html_escape(std::string_view utf8);

}  // namespace libalign::detail
