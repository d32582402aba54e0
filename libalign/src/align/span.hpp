// A run of consecutive sentences on one side of a bead.
#pragma once

#include <cstddef>

namespace libalign::detail {

struct Span {
  std::size_t begin = 0;
  std::size_t count = 0;
  [[nodiscard]] std::size_t end() const { return begin + count; }
};

}  // namespace libalign::detail
