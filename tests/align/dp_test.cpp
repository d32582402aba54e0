// The banded DP against an obviously correct full-matrix reference (dp_reference.hpp).
#include "align/dp.hpp"

#include <gtest/gtest.h>

#include <random>

#include "dp_reference.hpp"

namespace libalign::detail {
namespace {

// The cost of a path, which must run unbroken from (0, 0) to (n, m).
template <typename CostFn>
double path_cost(const std::vector<Step>& path, std::size_t n, std::size_t m, CostFn&& cost) {
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
  return total;
}

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
    EXPECT_NEAR(path_cost(path, n, m, cost),
                testing::reference_best_cost(n, m, kSentenceMoves, cost), 1e-9);
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

// The optimum runs 30 columns off the diagonal (the translation has 30 sentences first that
// the original lacks); the band is 5 columns around the diagonal, as a coarse path that missed
// the deletion would give.
struct OffsetOptimum {
  static constexpr std::size_t n = 60, m = 90, offset = 30;
  double operator()(Span ru, Span en) const {
    if (ru.count == 1 && en.count == 1) return en.begin == ru.begin + offset ? 0.0 : 5.0;
    if (ru.count + en.count == 1) return 1.0;
    return 5.0;
  }
  static Band diagonal_band(std::size_t width) {
    std::vector<Step> diagonal;
    for (std::size_t k = 0; k < n; ++k) diagonal.push_back(Step{Span{k, 1}, Span{k, 1}, 0});
    for (std::size_t k = n; k < m; ++k) diagonal.push_back(Step{Span{n, 0}, Span{k, 1}, 0});
    return band_around(diagonal, n, m, width);
  }
};

double path_cost(const std::vector<Step>& path, const OffsetOptimum& cost) {
  return path_cost(path, OffsetOptimum::n, OffsetOptimum::m, cost);
}

TEST(BandRepair, APathPressedAgainstTheBandWidensItUntilTheOptimumIsInside) {
  const OffsetOptimum cost;
  const double optimum = testing::reference_best_cost(cost.n, cost.m, kBlockMoves, cost);
  ASSERT_DOUBLE_EQ(optimum, 30.0);
  Band band = OffsetOptimum::diagonal_band(5);
  std::vector<Step> path = banded_dp(cost.n, cost.m, band, kBlockMoves, cost);
  EXPECT_GT(path_cost(path, cost), optimum);  // the band alone misses it

  EXPECT_TRUE(repair_band(cost.n, cost.m, band, kBlockMoves, 5, path, cost));
  EXPECT_DOUBLE_EQ(path_cost(path, cost), optimum);
  EXPECT_EQ(path.front().ru.count, 0u);  // the 30 extra sentences are left out first
}

TEST(BandRepair, APathInsideTheBandLeavesItAlone) {
  const OffsetOptimum cost;
  Band band = OffsetOptimum::diagonal_band(40);  // wide enough for the offset path
  const Band before = band;
  std::vector<Step> path = banded_dp(cost.n, cost.m, band, kBlockMoves, cost);
  const std::vector<Step> found = path;
  EXPECT_DOUBLE_EQ(path_cost(path, cost), 30.0);
  EXPECT_FALSE(repair_band(cost.n, cost.m, band, kBlockMoves, 5, path, cost));
  EXPECT_EQ(path.size(), found.size());
  EXPECT_EQ(band.lo, before.lo);
  EXPECT_EQ(band.hi, before.hi);
}

TEST(BandRepair, WideningKeepsTheBandFeasibleAndOnlyGrowsIt) {
  const OffsetOptimum cost;
  Band band = OffsetOptimum::diagonal_band(5);
  const Band before = band;
  const auto path = banded_dp(cost.n, cost.m, band, kBlockMoves, cost);
  ASSERT_TRUE(widen_where_touched(band, path, cost.m, 5));
  EXPECT_GT(band.cells(), before.cells());
  for (std::size_t i = 0; i < band.rows(); ++i) {
    EXPECT_LE(band.lo[i], before.lo[i]);
    EXPECT_GE(band.hi[i], before.hi[i]);
    if (i > 0) {
      EXPECT_LE(band.lo[i - 1], band.lo[i]);
      EXPECT_LE(band.hi[i - 1], band.hi[i]);
    }
  }
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
