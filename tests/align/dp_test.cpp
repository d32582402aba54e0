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

  EXPECT_TRUE(repair_band(cost.n, cost.m, band, kBlockMoves, 5, path, cost, /*open_gaps=*/true));
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
  EXPECT_FALSE(repair_band(cost.n, cost.m, band, kBlockMoves, 5, path, cost, /*open_gaps=*/true));
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

// 60 English sentences the Russian lacks, after the first 500: the optimum leaves them out in
// one jump. The band lies around a path that smears the gap over the 20 Russian sentences that
// follow (a wrong pair and three skips a row), as the band around a coarse path that had no
// room for the jump does.
struct GapOptimum {
  static constexpr std::size_t n = 1000, gap_at = 500, gap = 60, smear = 20, m = n + gap;
  double operator()(Span ru, Span en) const {
    if (ru.count == 1 && en.count == 1) {
      const std::size_t right = ru.begin < gap_at ? ru.begin : ru.begin + gap;
      return en.begin == right ? 0.0 : 3.0;
    }
    if (ru.count + en.count == 1) return 1.0;
    return 2.0 * static_cast<double>(ru.count + en.count);  // dearer than skipping its part
  }
  static std::vector<Step> smeared_path() {
    std::vector<Step> path;
    for (std::size_t k = 0; k < gap_at; ++k) path.push_back(Step{Span{k, 1}, Span{k, 1}, 0});
    std::size_t j = gap_at;
    for (std::size_t i = gap_at; i < gap_at + smear; ++i) {
      path.push_back(Step{Span{i, 1}, Span{j, 1}, 3});
      for (std::size_t s = 1; s <= 3; ++s) path.push_back(Step{Span{i + 1, 0}, Span{j + s, 1}, 1});
      j += 4;
    }
    for (std::size_t i = gap_at + smear; i < n; ++i)
      path.push_back(Step{Span{i, 1}, Span{j++, 1}, 0});
    return path;
  }
};

TEST(BandRepair, APathThatSkipsMuchOpensTheRectangleItSpans) {
  const GapOptimum cost;
  const std::vector<Step> smeared = GapOptimum::smeared_path();
  ASSERT_EQ(smeared.back().ru.end(), cost.n);
  ASSERT_EQ(smeared.back().en.end(), cost.m);
  Band band = band_around(smeared, cost.n, cost.m, 3);
  const Band before = band;
  ASSERT_TRUE(widen_where_skipping(band, smeared, cost.m, 3));
  // The rows of the gap now reach from where it starts to where it ends: the jump fits.
  EXPECT_LE(band.lo[GapOptimum::gap_at], GapOptimum::gap_at);
  EXPECT_GE(band.hi[GapOptimum::gap_at], GapOptimum::gap_at + GapOptimum::gap);
  // The rows before the gap, further than a width from it, are as they were.
  EXPECT_EQ(band.lo[400], before.lo[400]);
  EXPECT_EQ(band.hi[400], before.hi[400]);
}

TEST(BandRepair, APathThatSkipsALittleLeavesTheBandAlone) {
  // One sentence left out every ten beads, as in a translation with the odd omission.
  const std::size_t n = 100, m = 110;
  std::vector<Step> path;
  std::size_t j = 0;
  for (std::size_t i = 0; i < n; ++i) {
    path.push_back(Step{Span{i, 1}, Span{j++, 1}, 0});
    if (i % 10 == 9) path.push_back(Step{Span{i + 1, 0}, Span{j++, 1}, 1});
  }
  ASSERT_EQ(j, m);
  Band band = band_around(path, n, m, 5);
  EXPECT_FALSE(widen_where_skipping(band, path, m, 5));
}

TEST(BandRepair, SkipsOnBothSidesCancelOut) {
  // A loose translation: every other sentence of each side has no counterpart. As many
  // sentences are left out as aligned, but no gap lies on one side.
  const std::size_t n = 100, m = 100;
  std::vector<Step> path;
  for (std::size_t i = 0; i < n; i += 2) {
    path.push_back(Step{Span{i, 1}, Span{i, 1}, 0});
    path.push_back(Step{Span{i + 1, 1}, Span{i + 1, 0}, 1});
    path.push_back(Step{Span{i + 2, 0}, Span{i + 1, 1}, 1});
  }
  Band band = band_around(path, n, m, 5);
  EXPECT_FALSE(widen_where_skipping(band, path, m, 5));
}

TEST(BandRepair, AFewLinesAgainstALongFileDoNotOpenTheWholeMatrix) {
  // Three Russian sentences, 300,000 English ones of which all but three are left out: the
  // rectangle of the run of skips is the whole matrix, four times the band around the path.
  const std::size_t n = 3, per_line = 100000, m = n * per_line;
  std::vector<Step> path;
  for (std::size_t i = 0; i < n; ++i) {
    path.push_back(Step{Span{i, 1}, Span{i * per_line, 1}, 0});
    for (std::size_t j = i * per_line + 1; j < (i + 1) * per_line; ++j) {
      path.push_back(Step{Span{i + 1, 0}, Span{j, 1}, 1});
    }
  }
  Band band = band_around(path, n, m, 5);
  EXPECT_FALSE(widen_where_skipping(band, path, m, 5));
}

TEST(BandRepair, AGapSmearedByTheBandIsFoundWhenGapsAreOpened) {
  const GapOptimum cost;
  const double optimum = testing::reference_best_cost(cost.n, cost.m, kSentenceMoves, cost);
  ASSERT_DOUBLE_EQ(optimum, static_cast<double>(GapOptimum::gap));
  const Band smeared_band = band_around(GapOptimum::smeared_path(), cost.n, cost.m, 3);
  const std::vector<Step> found = banded_dp(cost.n, cost.m, smeared_band, kSentenceMoves, cost);
  ASSERT_GT(path_cost(found, cost.n, cost.m, cost), optimum);

  // The rectangle the found path's skips span holds the jump...
  Band band = smeared_band;
  ASSERT_TRUE(widen_where_skipping(band, found, cost.m, 3));
  EXPECT_DOUBLE_EQ(
      path_cost(banded_dp(cost.n, cost.m, band, kSentenceMoves, cost), cost.n, cost.m, cost),
      optimum);
  // ... and repair_band searches it.
  band = smeared_band;
  std::vector<Step> path = found;
  EXPECT_TRUE(repair_band(cost.n, cost.m, band, kSentenceMoves, 3, path, cost, /*open_gaps=*/true));
  EXPECT_DOUBLE_EQ(path_cost(path, cost.n, cost.m, cost), optimum);
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

// A 2:5 bead, which the search does not offer, is cheaper than the 1:4 + 1:0 + 0:1 that it
// finds instead: merge_beyond_moves joins them, and gives the bead the lowest posterior of the
// three. The 1:1 beads around are left alone, and so is a run of two-sided beads only.
TEST(MergeBeyondMoves, JoinsARunThatLeavesASentenceOutIntoAShapeTheSearchLacks) {
  std::vector<Step> path = {Step{Span{0, 1}, Span{0, 1}, -5.0F},
                            Step{Span{1, 1}, Span{1, 4}, -20.0F},
                            Step{Span{2, 1}, Span{5, 0}, 4.5F}, Step{Span{3, 0}, Span{5, 1}, 4.5F},
                            Step{Span{3, 1}, Span{6, 1}, -5.0F}};
  std::vector<double> posteriors = {0.99, 0.9, 0.6, 0.7, 0.99};
  auto cost = [](Span ru, Span en) {
    if (ru.begin == 1 && ru.count == 2 && en.begin == 1 && en.count == 5) return -25.0;
    return 0.0;  // every other merge costs more than the beads it would join
  };
  merge_beyond_moves(path, posteriors, kSentenceMoves, 16, 6, cost);
  ASSERT_EQ(path.size(), 3U);
  EXPECT_EQ(path[1].ru.begin, 1U);
  EXPECT_EQ(path[1].ru.count, 2U);
  EXPECT_EQ(path[1].en.begin, 1U);
  EXPECT_EQ(path[1].en.count, 5U);
  EXPECT_FLOAT_EQ(path[1].cost, -25.0F);
  EXPECT_EQ(posteriors, (std::vector<double>{0.99, 0.6, 0.99}));

  // Two-sided beads only: not tried, however cheap their merge would be.
  std::vector<Step> pairs = {Step{Span{0, 2}, Span{0, 1}, -1.0F},
                             Step{Span{2, 2}, Span{1, 3}, -1.0F}};
  std::vector<double> pair_posteriors = {0.9, 0.9};
  merge_beyond_moves(pairs, pair_posteriors, kSentenceMoves, 16, 6,
                     [](Span, Span) { return -100.0; });
  EXPECT_EQ(pairs.size(), 2U);
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
