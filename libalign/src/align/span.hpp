// A run of consecutive sentences on one side of a bead.
#pragma once

#include <cstddef>
#include <cstdint>

namespace libalign::detail {

/// 32-bit fields: a path holds one Step (two Spans) per bead, and on a file of a million
/// one-line sentences size_t fields made the path alone 40 MB. Documents past 2^32 sentences
/// cannot be read anyway (LoadOptions::max_bytes).
struct Span {
  std::uint32_t begin = 0;
  std::uint32_t count = 0;
  constexpr Span() = default;
  constexpr Span(std::size_t first, std::size_t length)
      : begin(static_cast<std::uint32_t>(first)), count(static_cast<std::uint32_t>(length)) {}
  [[nodiscard]] constexpr std::size_t end() const { return std::size_t{begin} + count; }
};

}  // namespace libalign::detail
