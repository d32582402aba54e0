// output/text.cpp — see text.hpp.
#include "output/text.hpp"

#include <fmt/format.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstdint>

#include "libalign/tmx.hpp"

namespace libalign::detail {
namespace {

bool is_trimmed_space(UChar32 c) { return u_isUWhiteSpace(c) || c == 0xFEFF || c == 0x200B; }

}  // namespace

std::string_view trim_space(std::string_view utf8) noexcept {
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto length = static_cast<int32_t>(utf8.size());
  int32_t begin = 0;
  while (begin < length) {
    int32_t next = begin;
    UChar32 c = 0;
    U8_NEXT(s, next, length, c);
    if (c < 0 || !is_trimmed_space(c)) break;
    begin = next;
  }
  int32_t end = length;
  while (end > begin) {
    int32_t prev = end;
    UChar32 c = 0;
    U8_PREV(s, begin, prev, c);
    if (c < 0 || !is_trimmed_space(c)) break;
    end = prev;
  }
  return utf8.substr(static_cast<std::size_t>(begin), static_cast<std::size_t>(end - begin));
}

std::string clean_segment(std::string_view utf8) {
  return std::string(trim_space(strip_xml_invalid(utf8)));
}

std::string one_line(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  for_each_code_point(utf8, [&](UChar32 c, std::string_view bytes) {
    const bool line_break = c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' ||
                            c == 0x85 || c == 0x2028 || c == 0x2029;
    if (line_break) {
      out += ' ';
    } else {
      out += bytes;
    }
  });
  return out;
}

std::string json_quote(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size() + 2);
  out += '"';
  for_each_code_point(utf8, [&](UChar32 c, std::string_view bytes) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      default:
        if (c < 0) {
          out += "\xEF\xBF\xBD";  // U+FFFD for an ill-formed sequence
        } else if (c < 0x20 || c == 0x7F || c == 0x2028 || c == 0x2029) {
          out += fmt::format("\\u{:04x}", static_cast<unsigned>(c));
        } else {
          out += bytes;
        }
    }
  });
  out += '"';
  return out;
}

std::string html_escape(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  for (const char ch : strip_xml_invalid(utf8)) {
    switch (ch) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += ch;
    }
  }
  return out;
}

}  // namespace libalign::detail

namespace libalign {

std::string strip_xml_invalid(std::string_view utf8) {
  // Copied a run of allowed code points at a time: nearly all text is one run, and appending
  // code point by code point made this half of the time spent writing a TMX.
  std::string out;
  out.reserve(utf8.size());
  std::size_t run = 0, at = 0;
  detail::for_each_code_point(utf8, [&](UChar32 c, std::string_view bytes) {
    // c < 0 (ill-formed, encoded surrogates included) is not allowed either.
    const bool allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
                         (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    if (!allowed) {
      out.append(utf8.substr(run, at - run));
      run = at + bytes.size();
    }
    at += bytes.size();
  });
  out.append(utf8.substr(run));
  return out;
}

}  // namespace libalign
