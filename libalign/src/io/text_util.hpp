// Small byte-level helpers shared by the io stage (internal).
#pragma once

#include <cstddef>
#include <string_view>

namespace libalign::detail {

/// ASCII whitespace as normalize() leaves it (' ', '\n') plus what raw text may still hold.
[[nodiscard]] constexpr bool is_ascii_space(char c) noexcept {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

/// True if `text` holds nothing but ASCII whitespace.
[[nodiscard]] constexpr bool is_blank(std::string_view text) noexcept {
  for (const char c : text) {
    if (!is_ascii_space(c)) return false;
  }
  return true;
}

}  // namespace libalign::detail
