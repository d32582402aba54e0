// segment/rule_set.hpp — the interface behind Segmenter: built-in rules or an SRX file.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace libalign::detail {

/// Finds sentence ends inside one block of text: a paragraph, or the part of it between two
/// line breaks that are boundaries anyway. Implementations are immutable and thread-safe.
class RuleSet {
 public:
  virtual ~RuleSet() = default;
  /// Appends the byte offsets where sentences end inside `block`, increasing, each in
  /// (0, block.size()). An offset may be followed by whitespace; the caller trims.
  virtual void find_breaks(std::string_view block, std::vector<std::size_t>& ends) const = 0;
};

}  // namespace libalign::detail
