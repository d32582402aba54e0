// The banded DP against an obviously correct full-matrix reference (dp_reference.hpp).
#include "align/dp.hpp"

#include <gtest/gtest.h>

#include <random>

#include "dp_reference.hpp"

namespace libalign::detail {
namespace {

TEST(BandedDp, FullBandFindsTheReferenceOptimum) {
  std::mt19937 rng(5);
  std::uniform_real_distribution<double> uniform(0.0, 5.0);
  for (int trial = 0; trial < 50; ++trial) {
    const std::size_t n = rng() % 9, m = rng() % 9;
    // A fixed random cost per (ru span, en span).
    auto cost = [&, seed = rng()](Span ru, Span en) {
      std::mt19937 local(static_cast<std::uint32_t>(
          seed ^ (ru.begin * 131 + ru.count * 17 + en.begin * 7919 + en.count * 31)));
      return std::uniform_real_distribution<double>(0.0, 5.0)(local);
    };
    const auto path = banded_dp(n, m, Band::full(n, m), kSentenceMoves, cost);
    double total = 0;
    std::size_t i = 0, j = 0;
    for (const Step& s : path) {
      EXPECT_EQ(s.ru.begin, i);
      EXPECT_EQ(s.en.begin, j);
      total += cost(s.ru, s.en);
      i = s.ru.end();
      j = s.en.end();
    }
    EXPECT_EQ(i, n);
    EXPECT_EQ(j, m);
    EXPECT_NEAR(total, testing::reference_best_cost(n, m, kSentenceMoves, cost), 1e-9);
  }
  (void)uniform;
}

TEST(BandedDp, ABandAroundTheOptimumKeepsIt) {
  // Costs that make the diagonal optimal: a band around the diagonal must find it.
  const std::size_t n = 40, m = 40;
  auto cost = [](Span ru, Span en) {
    if (ru.count == 1 && en.count == 1 && ru.begin == en.begin) return 0.0;
    return 1.0 + static_cast<double>(ru.count + en.count);
  };
  std::vector<Step> diagonal;
  for (std::size_t k = 0; k < n; ++k) diagonal.push_back(Step{Span{k, 1}, Span{k, 1}, 0});
  const Band band = band_around(diagonal, n, m, 2);
  EXPECT_LT(band.cells(), (n + 1) * (m + 1) / 4);
  const auto path = banded_dp(n, m, band, kSentenceMoves, cost);
  ASSERT_EQ(path.size(), n);
  for (const Step& s : path) EXPECT_EQ(s.ru.begin, s.en.begin);
}

TEST(PathPosteriors, AreHighForAClearPathAndSplitForATie) {
  const std::size_t n = 6, m = 6;
  const Band band = Band::full(n, m);
  // Diagonal 1:1 beads cost 0; everything else is expensive: one dominant path.
  auto clear = [](Span ru, Span en) {
    return ru.count == 1 && en.count == 1 && ru.begin == en.begin ? 0.0 : 20.0;
  };
  std::vector<float> edges;
  auto path = banded_dp(n, m, band, kSentenceMoves, clear, &edges);
  for (double p : path_posteriors(n, m, band, kSentenceMoves, edges, path, 1.0)) {
    EXPECT_GT(p, 0.99);
  }
  // Bead 2:2 costs the same as the two 1:1 beads it could be: the posterior is shared.
  auto tie = [](Span ru, Span en) {
    if (ru.count == 1 && en.count == 1 && ru.begin == en.begin) return 0.0;
    if (ru.count == 2 && en.count == 2 && ru.begin == 2 && en.begin == 2) return 0.0;
    return 20.0;
  };
  path = banded_dp(n, m, band, kSentenceMoves, tie, &edges);
  const auto posteriors = path_posteriors(n, m, band, kSentenceMoves, edges, path, 1.0);
  for (std::size_t k = 0; k < path.size(); ++k) {
    const bool contested = path[k].ru.begin >= 2 && path[k].ru.end() <= 4;
    if (contested) {
      EXPECT_NEAR(posteriors[k], 0.5, 0.01);
    } else {
      EXPECT_GT(posteriors[k], 0.99);
    }
  }
}

TEST(Band, ProjectionCoversTheFinePathAndIsFeasible) {
  // Coarse path: 2 blocks 1:1, then a 1:0 block, then 1:1 (level of 4×3 blocks).
  const std::vector<Step> coarse = {
      Step{Span{0, 1}, Span{0, 1}, 0}, Step{Span{1, 1}, Span{1, 1}, 0},
      Step{Span{2, 1}, Span{2, 0}, 0}, Step{Span{3, 1}, Span{2, 1}, 0}};
  const Band band = project_band(coarse, 7, 5, 1);
  ASSERT_EQ(band.rows(), 8u);
  EXPECT_EQ(band.lo[0], 0u);
  EXPECT_EQ(band.hi[7], 5u);
  for (std::size_t i = 1; i < band.rows(); ++i) {
    EXPECT_LE(band.lo[i - 1], band.lo[i]);
    EXPECT_LE(band.hi[i - 1], band.hi[i]);
    EXPECT_LE(band.lo[i], band.hi[i - 1]);
  }
  // The fine node (4, 4) under coarse node (2, 2) is inside.
  EXPECT_LE(band.lo[4], 4u);
  EXPECT_GE(band.hi[4], 4u);
}

}  // namespace
}  // namespace libalign::detail
