// output/text.hpp — small text helpers shared by the output formats (internal).
#pragma once

#include <string>
#include <string_view>

namespace libalign::detail {

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
