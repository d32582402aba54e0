// The length signal (Gale & Church 1993, "A program for aligning sentences in bilingual
// corpora"): a translation's length in characters is about c times the original's, with a
// variance that grows with the length.
//
//   δ = (l_en − c·l_ru) / sqrt(s² · (c·l_ru + l_en) / 2)
//   cost = −log P(|X| ≥ |δ|), X ~ N(0, 1)        (0 for δ = 0, about 4.7 at |δ| = 3)
//
// Gale and Church divide by sqrt(s²·l_ru); the symmetric mean keeps 1:0-like beads (one side
// much shorter) from looking better in one direction than the other.
#pragma once

#include <vector>

namespace libalign::detail {

struct LengthModel {
  double ratio = 1.0;     ///< c: expected English characters per Russian character
  double variance = 2.0;  ///< s²: variance of δ's numerator per character
};

/// −log of the two-sided normal tail at δ; capped so that one absurd bead cannot dominate.
[[nodiscard]] double length_cost(double ru_chars, double en_chars, const LengthModel& model);

/// c from the documents' total lengths (the same text, give or take what one side lacks),
/// shrunk towards `prior.ratio` for short documents, where one missing paragraph would skew
/// it; s² = prior.variance: there is nothing yet to estimate it from.
[[nodiscard]] LengthModel initial_length_model(double ru_total, double en_total,
                                               const LengthModel& prior);

/// Re-estimates c and s² from sentence-length pairs of confident beads: c as the ratio of
/// sums, s² from the median squared residual (robust to the odd wrong bead), each shrunk
/// towards `prior` in proportion to how few pairs there are.
[[nodiscard]] LengthModel refine_length_model(const std::vector<std::pair<double, double>>& pairs,
                                              const LengthModel& prior);

}  // namespace libalign::detail
