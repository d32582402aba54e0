// The whole alignment of one document pair, with everything the model measured on the way.
// Aligner wraps it; bench tools call it to look inside (signals per bead, for calibration).
#pragma once

#include <vector>

#include "align/bead_cost.hpp"
#include "align/dp.hpp"
#include "align/encoded.hpp"
#include "align/length_cost.hpp"
#include "align/lexical_cost.hpp"
#include "libalign/aligner.hpp"

namespace libalign::detail {

struct PairAlignment {
  std::vector<Step> path;            ///< beads in order, each with its cost
  std::vector<BeadSignals> signals;  ///< per bead (default for 0:1 and 1:0)
  std::vector<double> scores;        ///< per bead, in [0, 1]
  std::vector<double> posteriors;    ///< per bead: P(the alignment passes through it)
  LengthModel length;                ///< the length model of the last pass
  LexicalModel lexical;              ///< the lexical model of the last pass
  std::size_t learned_pairs = 0;     ///< word pairs the second pass added
  EncodedPair pair;                  ///< the encoded documents, learned pairs included
};

/// Aligns two segmented documents: features, coarse band, banded DP, then (if
/// options.learn_lexicon) a second pass with learned word pairs and a re-estimated length model.
/// `lexicons` are consulted in order; null entries are skipped. Thread-safe.
/// Without `keep_details`, `signals` and `pair` stay empty: on a long document they take more
/// memory than the beads, and Aligner needs only the path and the scores.
[[nodiscard]] PairAlignment align_pair(const Document& ru, const Document& en,
                                       const AlignOptions& options,
                                       const std::vector<const Lexicon*>& lexicons,
                                       bool keep_details = true);

/// The prior against merging, fitted to the document: `many` moved by ln(merge_rate / rate),
/// where rate is `path`'s extra sentences per two-sided bead, those that joins account for left
/// out (they have their own term), shrunk towards merge_rate by 20 beads' worth. As −ln of a
/// rate, `many` moves by what the rate says: clean news merges a sentence in about one bead of
/// ten, raw Bible text in one of four, and a noisy copy's merges are mostly its joins.
[[nodiscard]] double refined_many(const EncodedPair& pair, const std::vector<Step>& path,
                                  const AlignWeights& weights);

}  // namespace libalign::detail
