// The second pass's word pairs: Russian and English stems that keep landing in the same
// confident beads of the first pass although no dictionary links them (domain words, names
// the transliteration missed, the Bible's "сказал"/"saith").
//
// Association is the Dice coefficient over beads, 2·c(r, e) / (c(r) + c(e)), counted only
// between words the bead left unmatched, so known pairs do not crowd out new ones.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "align/dp.hpp"
#include "align/encoded.hpp"

namespace libalign::detail {

struct LearnOptions {
  double min_dice = 0.6;        ///< association needed to accept a pair
  std::uint32_t min_count = 2;  ///< beads that must hold both words
};

/// New (ru id, en id) pairs from the beads whose `confident` flag is set.
[[nodiscard]] std::vector<std::pair<std::uint32_t, std::uint32_t>> learn_pairs(
    const EncodedPair& pair, const std::vector<Step>& beads, const std::vector<bool>& confident,
    const LearnOptions& options = {});

}  // namespace libalign::detail
