// Per-call scratch space for scoring beads: "stamp" arrays that mark which ids a bead side holds
// without clearing between beads (an entry is set when it equals the current stamp). Each
// align() call owns one, which keeps the Aligner free of shared mutable state.
#pragma once

#include <cstdint>
#include <vector>

namespace libalign::detail {

class StampSet {
 public:
  explicit StampSet(std::size_t size = 0) : marks_(size, 0) {}
  /// Empties the set in O(1).
  void clear() {
    if (++stamp_ == 0) {  // wrapped around: old marks would look current
      std::fill(marks_.begin(), marks_.end(), 0);
      stamp_ = 1;
    }
  }
  void insert(std::uint32_t id) { marks_[id] = stamp_; }
  [[nodiscard]] bool contains(std::uint32_t id) const { return marks_[id] == stamp_; }

 private:
  std::vector<std::uint32_t> marks_;
  std::uint32_t stamp_ = 1;
};

struct Scratch {
  StampSet en_words;    ///< en ids of the English side
  StampSet translated;  ///< en ids that the Russian side's words may translate to
  StampSet ru_anchors;  ///< anchors of the Russian side
  StampSet en_anchors;  ///< anchors of the English side
};

}  // namespace libalign::detail
