// Dynamic programming over beads, restricted to a band of the (n+1)×(m+1) lattice.
//
// Notation (as in Gale & Church): i = Russian sentence index, j = English sentence index,
// D(i, j) = least cost of aligning ru[0..i) with en[0..j). A move (a, b) is a bead of a Russian
// and b English sentences: D(i, j) = min over moves of D(i−a, j−b) + cost(ru[i−a..i), en[j−b..j)).
// Only cells inside the band are stored, so memory is O(cells of the band), not O(n·m).
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <span>
#include <utility>
#include <vector>

#include "align/span.hpp"

namespace libalign::detail {

struct Move {
  std::uint8_t ru = 0;
  std::uint8_t en = 0;
};

/// Beads of up to 4 sentences a side, and 1:5 to 1:8, 5:1 to 8:1: a long Russian sentence of
/// clauses joined by semicolons and colons that English splits into a sentence per clause, as
/// the Bible's translations do (the Synodal text has sentences of seven and eight KJV verses;
/// capped at six, the last clause was left out). The sentence-level search.
inline constexpr Move kSentenceMoves[] = {
    {1, 1}, {1, 0}, {0, 1}, {1, 2}, {2, 1}, {2, 2}, {1, 3}, {3, 1}, {2, 3}, {3, 2}, {3, 3}, {1, 4},
    {4, 1}, {2, 4}, {4, 2}, {1, 5}, {5, 1}, {1, 6}, {6, 1}, {1, 7}, {7, 1}, {1, 8}, {8, 1}};
/// The first of the two sentence-level passes only has to find the path closely enough to learn
/// word pairs from its beads and to centre the second pass's band: beads of up to three
/// sentences a side suffice. Leaving out the four-sentence beads takes a tenth off the novel's
/// end-to-end time (callgrind) and changes one dev bead in ten thousand.
inline constexpr std::span<const Move> kFirstPassMoves{kSentenceMoves, 11};
/// The coarse levels need no more: their blocks already merge sentences (vecalign does the same).
inline constexpr Move kBlockMoves[] = {{1, 1}, {1, 0}, {0, 1}, {1, 2}, {2, 1}};

/// The cells searched: for each row i in [0, n], columns [lo[i], hi[i]].
struct Band {
  std::vector<std::size_t> lo;
  std::vector<std::size_t> hi;

  [[nodiscard]] static Band full(std::size_t n, std::size_t m) {
    return Band{std::vector<std::size_t>(n + 1, 0), std::vector<std::size_t>(n + 1, m)};
  }
  [[nodiscard]] std::size_t rows() const { return lo.size(); }
  [[nodiscard]] std::size_t cells() const {
    std::size_t c = 0;
    for (std::size_t i = 0; i < lo.size(); ++i) c += hi[i] - lo[i] + 1;
    return c;
  }
  /// Widens the band to hold `other`'s cells too (both bands of the same matrix).
  void include(const Band& other) {
    for (std::size_t i = 0; i < lo.size(); ++i) {
      lo[i] = std::min(lo[i], other.lo[i]);
      hi[i] = std::max(hi[i], other.hi[i]);
    }
  }
  /// Widens the band as little as needed so that a path from (0, 0) to (n, m) exists through
  /// it with 1:0 and 0:1 moves: both bounds non-decreasing, consecutive rows overlapping.
  void make_feasible(std::size_t m);
};

/// One bead of a path. 20 bytes (a float cost: one bead's cost needs no more), because a
/// path holds a Step per bead and a file of a million one-word lines is a million beads.
struct Step {
  Span ru;
  Span en;
  float cost = 0;
};

/// Row offsets of the band's cells in a flat array: cell (i, j) is offset[i] + j − lo[i].
[[nodiscard]] inline std::vector<std::size_t> cell_offsets(const Band& band) {
  std::vector<std::size_t> offset(band.rows() + 1, 0);
  for (std::size_t i = 0; i < band.rows(); ++i) {
    offset[i + 1] = offset[i] + (band.hi[i] - band.lo[i] + 1);
  }
  return offset;
}

/// The least-cost path from (0, 0) to (n, m) inside `band`, as beads in order.
/// `cost(Span ru, Span en)` gives a bead's cost. With `edge_costs`, every bead cost evaluated is
/// kept there, at [cell × moves.size() + move] for the bead ending at the cell (infinity where
/// the move leaves the band), for path_posteriors.
template <typename CostFn>
[[nodiscard]] std::vector<Step> banded_dp(std::size_t n, std::size_t m, const Band& band,
                                          std::span<const Move> moves, CostFn&& cost,
                                          std::vector<float>* edge_costs = nullptr) {
  constexpr double kInf = std::numeric_limits<double>::infinity();
  std::vector<std::size_t> offset(n + 2, 0);
  for (std::size_t i = 0; i <= n; ++i) offset[i + 1] = offset[i] + (band.hi[i] - band.lo[i] + 1);
  std::vector<double> best(offset[n + 1], kInf);
  std::vector<std::uint8_t> back(offset[n + 1], 0xFF);
  auto at = [&](std::size_t i, std::size_t j) { return offset[i] + (j - band.lo[i]); };
  if (edge_costs != nullptr) {
    edge_costs->assign(offset[n + 1] * moves.size(), std::numeric_limits<float>::infinity());
  }

  for (std::size_t i = 0; i <= n; ++i) {
    for (std::size_t j = band.lo[i]; j <= band.hi[i]; ++j) {
      const std::size_t cell = at(i, j);
      if (i == 0 && j == 0) {
        best[cell] = 0;
        continue;
      }
      for (std::size_t k = 0; k < moves.size(); ++k) {
        const Move mv = moves[k];
        if (i < mv.ru || j < mv.en) continue;
        const std::size_t pi = i - mv.ru, pj = j - mv.en;
        if (pj < band.lo[pi] || pj > band.hi[pi]) continue;
        const double prev = best[at(pi, pj)];
        if (prev == kInf) continue;
        const double edge = cost(Span{pi, mv.ru}, Span{pj, mv.en});
        if (edge_costs != nullptr)
          (*edge_costs)[cell * moves.size() + k] = static_cast<float>(edge);
        const double c = prev + edge;
        if (c < best[cell]) {
          best[cell] = c;
          back[cell] = static_cast<std::uint8_t>(k);
        }
      }
    }
  }

  // Counted first, so that a path of a million beads is allocated once, not doubled into place
  // (which briefly holds one and a half times it).
  std::size_t length = 0;
  for (std::size_t i = n, j = m; i > 0 || j > 0; ++length) {
    const Move mv = moves[back[at(i, j)]];
    i -= mv.ru;
    j -= mv.en;
  }
  std::vector<Step> path;
  path.reserve(length);
  std::size_t i = n, j = m;
  while (i > 0 || j > 0) {
    const std::size_t cell = at(i, j);
    const Move mv = moves[back[cell]];
    const std::size_t pi = i - mv.ru, pj = j - mv.en;
    path.push_back(
        Step{Span{pi, mv.ru}, Span{pj, mv.en}, static_cast<float>(best[cell] - best[at(pi, pj)])});
    i = pi;
    j = pj;
  }
  std::reverse(path.begin(), path.end());
  return path;
}

/// For each bead of `path` (the least-cost path of banded_dp over the same band and moves),
/// the posterior probability that the alignment passes through it, when every path through the
/// band has probability ∝ exp(−cost / temperature): forward and backward soft-min sums
/// (log-sum-exp) over the band, P(bead) = exp(−(F(start) + cost + B(end) − F(n, m)) / T).
/// A bead with a close competitor (a skip that costs about as much, a neighbour that could take
/// its sentence) gets a low posterior even when its own cost is low. `edge_costs` are those
/// banded_dp recorded.
[[nodiscard]] std::vector<double> path_posteriors(std::size_t n, std::size_t m, const Band& band,
                                                  std::span<const Move> moves,
                                                  const std::vector<float>& edge_costs,
                                                  const std::vector<Step>& path,
                                                  double temperature);

/// path_posteriors over edge costs given by `edge(cell, i, j, k, forward, at)`: the cost of move
/// k ending at cell (i, j) as banded_dp recorded it (infinity where none was). `forward` holds
/// the forward sums of every cell before (i, j) in DP order; `at(i, j)` is a cell's index.
template <typename EdgeFn>
[[nodiscard]] std::vector<double> posteriors_from(std::size_t n, std::size_t m, const Band& band,
                                                  std::span<const Move> moves, EdgeFn&& edge,
                                                  const std::vector<Step>& path,
                                                  double temperature) {
  constexpr double kInf = std::numeric_limits<double>::infinity();
  const std::vector<std::size_t> offset = cell_offsets(band);
  auto at = [&](std::size_t i, std::size_t j) { return offset[i] + (j - band.lo[i]); };
  auto in_band = [&](std::size_t i, std::size_t j) {
    return i <= n && j >= band.lo[i] && j <= band.hi[i];
  };
  const std::size_t k_moves = moves.size();
  // Soft-min accumulation: acc ← −T·ln(exp(−acc/T) + exp(−x/T)), kept stable. A term more
  // than kNegligible temperatures above the other changes the sum by less than e^−kNegligible
  // (4·10⁻¹⁸) temperatures, which no posterior shows; most edges of the band are that far off,
  // and skipping their exp and log1p takes 38% off the sums' instructions.
  constexpr double kNegligible = 40.0;
  auto soft_add = [temperature](double acc, double x) {
    if (x == kInf) return acc;
    if (acc == kInf) return x;
    const double lo = std::min(acc, x), hi = std::max(acc, x);
    if (hi - lo > kNegligible * temperature) return lo;
    return lo - temperature * std::log1p(std::exp(-(hi - lo) / temperature));
  };
  std::vector<double> forward(offset[n + 1], kInf), backward(offset[n + 1], kInf);
  forward[at(0, 0)] = 0.0;
  for (std::size_t i = 0; i <= n; ++i) {
    for (std::size_t j = band.lo[i]; j <= band.hi[i]; ++j) {
      const std::size_t cell = at(i, j);
      double acc = forward[cell];
      for (std::size_t k = 0; k < k_moves; ++k) {
        const float e = edge(cell, i, j, k, forward, at);
        if (std::isinf(e)) continue;
        const double prev = forward[at(i - moves[k].ru, j - moves[k].en)];
        acc = soft_add(acc, prev + e);
      }
      forward[cell] = acc;
    }
  }
  backward[at(n, m)] = 0.0;
  for (std::size_t i = n + 1; i-- > 0;) {
    for (std::size_t j = band.hi[i] + 1; j-- > band.lo[i];) {
      const std::size_t cell = at(i, j);
      double acc = backward[cell];
      for (std::size_t k = 0; k < k_moves; ++k) {
        const std::size_t ni = i + moves[k].ru, nj = j + moves[k].en;
        if (ni > n || nj > m || !in_band(ni, nj)) continue;
        const std::size_t next = at(ni, nj);
        const float e = edge(next, ni, nj, k, forward, at);
        if (std::isinf(e) || backward[next] == kInf) continue;
        acc = soft_add(acc, backward[next] + e);
      }
      backward[cell] = acc;
    }
  }
  const double total = forward[at(n, m)];
  std::vector<double> posteriors;
  posteriors.reserve(path.size());
  for (const Step& s : path) {
    const double through =
        forward[at(s.ru.begin, s.en.begin)] + s.cost + backward[at(s.ru.end(), s.en.end())];
    posteriors.push_back(std::clamp(std::exp(-(through - total) / temperature), 0.0, 1.0));
  }
  return posteriors;
}

/// path_posteriors without the recorded edge costs (a float per cell and move: on a long
/// document more than the rest of the search): each is asked of `cost` again, under the same
/// conditions banded_dp recorded it — its start in the band and reachable, which is where the
/// forward sum is finite. `cost` must be the function banded_dp used; it is called about
/// twice as often as banded_dp called it.
template <typename CostFn>
[[nodiscard]] std::vector<double> path_posteriors_recomputed(
    std::size_t n, std::size_t m, const Band& band, std::span<const Move> moves, CostFn&& cost,
    const std::vector<Step>& path, double temperature) {
  constexpr float kNone = std::numeric_limits<float>::infinity();
  return posteriors_from(
      n, m, band, moves,
      [&](std::size_t, std::size_t i, std::size_t j, std::size_t k,
          const std::vector<double>& forward, const auto& at) -> float {
        const Move mv = moves[k];
        if (i < mv.ru || j < mv.en) return kNone;
        const std::size_t pi = i - mv.ru, pj = j - mv.en;
        if (pj < band.lo[pi] || pj > band.hi[pi]) return kNone;
        if (forward[at(pi, pj)] == std::numeric_limits<double>::infinity()) return kNone;
        return static_cast<float>(cost(Span{pi, mv.ru}, Span{pj, mv.en}));
      },
      path, temperature);
}

/// The band around a path of a level twice as coarse: each coarse lattice node (I, J) becomes
/// (2I, 2J), the path between nodes fills its rectangle, and every row is widened by `width`
/// columns each side. n, m are the sizes of the finer level.
[[nodiscard]] Band project_band(const std::vector<Step>& coarse_path, std::size_t n, std::size_t m,
                                std::size_t width);

/// Where `path` runs along the band's edge — a node in the first or last column of its row that
/// is not the matrix's own — the band may have cut off a cheaper path. Widens the band there by
/// `width` columns on that side, over the rows within `width` of the node, and returns whether
/// it widened anything.
bool widen_where_touched(Band& band, const std::vector<Step>& path, std::size_t m,
                         std::size_t width);

/// Where `path` leaves out many more sentences of one side than of the other in a short
/// stretch — `width` more within 2·`width` consecutive steps — it may be smearing one long gap
/// (a chapter missing from one side) over a slope of skips and stray pairs, because the band
/// around a coarse path that did the same had no room for the jump. Opens the band there to the
/// whole rectangle the stretch spans, widened by `width`, so that the jump fits — unless the
/// band holds three quarters of it already, or the rectangles would add more than half the
/// band's cells in all. Returns whether it widened anything.
bool widen_where_skipping(Band& band, const std::vector<Step>& path, std::size_t m,
                          std::size_t width);

/// How many times repair_band widens a band; the widening doubles each time, so a path 15 bands'
/// widths off is still reached.
inline constexpr std::size_t kBandRepairs = 4;

/// Mends `path`, the least-cost path through `band`, where the band cut it off. A coarse path
/// that strayed further from the true one than the band's width leaves the finer level's path
/// pressed against the band's side. There the band is widened (widen_where_touched), and each
/// stretch of path through widened rows is searched again inside the wider band, from the last
/// node four widths above the stretch to the first node four widths below it, those two nodes
/// fixed: the search costs the widened rows, not the document. Repeats, the widening doubled,
/// until the path no longer touches the edge or kBandRepairs widenings are spent. With
/// `open_gaps`, the first round also opens the rectangles where the path leaves out far more of
/// one side than of the other (widen_where_skipping). Returns whether the band was widened; on
/// ordinary text nothing touches, no gap shows, and nothing is searched.
template <typename CostFn>
bool repair_band(std::size_t n, std::size_t m, Band& band, std::span<const Move> moves,
                 std::size_t width, std::vector<Step>& path, CostFn&& cost, bool open_gaps) {
  // The fixed ends must lie where the old path was right. With one width of margin, the
  // novel without its first 600 English sentences kept 0.984 of its beads; with four, 0.990,
  // as many as searching the whole document again.
  const std::size_t margin = 4 * width;
  bool widened = false;
  for (std::size_t round = 0; round < kBandRepairs; ++round) {
    Band wider = band;
    bool grew = widen_where_touched(wider, path, m, width << round);
    if (open_gaps && round == 0) grew = widen_where_skipping(wider, path, m, width) || grew;
    if (!grew) break;
    widened = true;
    // Runs of widened rows, each as the steps [first, end) of the path re-searched for it;
    // runs whose steps overlap are searched as one.
    std::vector<std::pair<std::size_t, std::size_t>> stretches;
    std::size_t k = 0;
    for (std::size_t i = 0; i <= n; ++i) {
      if (wider.lo[i] == band.lo[i] && wider.hi[i] == band.hi[i]) continue;
      std::size_t last_row = i;
      while (last_row < n && (wider.lo[last_row + 1] != band.lo[last_row + 1] ||
                              wider.hi[last_row + 1] != band.hi[last_row + 1])) {
        ++last_row;
      }
      // From the step after the last node `margin` rows above the run...
      while (k < path.size() && path[k].ru.end() + margin < i) ++k;
      std::size_t end = k;
      // ... to the step that starts at the first node `margin` rows below it.
      while (end < path.size() && path[end].ru.begin <= last_row + margin) ++end;
      if (!stretches.empty() && k <= stretches.back().second) {
        stretches.back().second = end;
      } else {
        stretches.emplace_back(k, end);
      }
      i = last_row;
    }
    // The least-cost path from node (ai, aj) to node (bi, bj) inside the wider band, in the
    // matrix's coordinates.
    auto search_stretch = [&](std::size_t ai, std::size_t aj, std::size_t bi, std::size_t bj) {
      Band stretch{std::vector<std::size_t>(bi - ai + 1), std::vector<std::size_t>(bi - ai + 1)};
      for (std::size_t r = 0; r <= bi - ai; ++r) {
        stretch.lo[r] = std::clamp(wider.lo[ai + r], aj, bj) - aj;
        stretch.hi[r] = std::clamp(wider.hi[ai + r], aj, bj) - aj;
      }
      stretch.make_feasible(bj - aj);
      std::vector<Step> steps = banded_dp(bi - ai, bj - aj, stretch, moves, [&](Span ru, Span en) {
        return cost(Span{ru.begin + ai, ru.count}, Span{en.begin + aj, en.count});
      });
      for (Step& step : steps) {
        step.ru = Span{step.ru.begin + ai, step.ru.count};
        step.en = Span{step.en.begin + aj, step.en.count};
      }
      return steps;
    };
    // One stretch over the whole path (a few sentences against a million lines): the old path
    // is let go before the search, which holds no more than one path at a time.
    if (stretches.size() == 1 && stretches[0].first == 0 && stretches[0].second == path.size()) {
      std::vector<Step>().swap(path);
      path = search_stretch(0, 0, n, m);
      band = std::move(wider);
      continue;
    }
    // The path rebuilt once, stretch by stretch: splicing in place would move the rest of a
    // long path for every stretch.
    std::vector<Step> repaired;
    repaired.reserve(path.size());
    std::size_t copied = 0;
    for (const auto& [first, end] : stretches) {
      repaired.insert(repaired.end(), path.begin() + static_cast<std::ptrdiff_t>(copied),
                      path.begin() + static_cast<std::ptrdiff_t>(first));
      const std::vector<Step> steps = search_stretch(
          first > 0 ? path[first - 1].ru.end() : 0, first > 0 ? path[first - 1].en.end() : 0,
          end < path.size() ? path[end].ru.begin : n, end < path.size() ? path[end].en.begin : m);
      repaired.insert(repaired.end(), steps.begin(), steps.end());
      copied = end;
    }
    repaired.insert(repaired.end(), path.begin() + static_cast<std::ptrdiff_t>(copied), path.end());
    path = std::move(repaired);
    band = std::move(wider);
  }
  return widened;
}

/// Merges runs of consecutive beads of `path` into one bead where that costs less, for the
/// shapes `moves` leave out: the search cannot offer every shape (each move costs time in every
/// cell), but the Synodal Bible has sentences whose clauses KJV splits over its verses in
/// shapes such as 2:5 or 3:4, and the search then leaves one sentence out or pairs it wrongly
/// beside them. Each run is of up to `max_steps` beads and `max_side` sentences a side; the
/// merges are chosen by a second dynamic programme over the path's beads, so they are the
/// cheapest. `posteriors` (one per bead) are merged too: a merged bead gets the lowest of its
/// beads', since it is right only where all of its boundaries are.
template <typename CostFn>
void merge_beyond_moves(std::vector<Step>& path, std::vector<double>& posteriors,
                        std::span<const Move> moves, std::size_t max_side, std::size_t max_steps,
                        CostFn&& cost) {
  auto offered = [&](std::size_t a, std::size_t b) {
    return std::any_of(moves.begin(), moves.end(),
                       [&](const Move& mv) { return mv.ru == a && mv.en == b; });
  };
  // The sentences of beads [first, end) of the path, each side as one span.
  auto spanned = [&](std::size_t first, std::size_t end) {
    return std::pair{Span{path[first].ru.begin, path[end - 1].ru.end() - path[first].ru.begin},
                     Span{path[first].en.begin, path[end - 1].en.end() - path[first].en.begin}};
  };
  // One byte per bead, so that a path of a million beads does not grow by half: the least cost
  // of the first t beads is only looked back at over max_steps beads (a ring), and run[t] is how
  // many beads the group ending at bead t holds, with kChosen set once the groups are chosen.
  constexpr std::uint8_t kChosen = 0x80;
  max_steps = std::min<std::size_t>(max_steps, kChosen - 1);
  const std::size_t count = path.size();
  std::vector<double> best(max_steps + 1, 0.0);
  std::vector<std::uint8_t> run(count + 1, 1);
  bool any = false;
  // Only runs that leave a sentence out are tried: that is how a missing shape shows in the
  // path. Runs of two-sided beads alone would be most of the work for next to nothing (on the
  // dev data: nothing with the dictionary, two runs without it).
  std::size_t after_last_skip = 0;  // 1 + index of the last 0:1 or 1:0 bead so far, or 0
  for (std::size_t t = 1; t <= count; ++t) {
    double& here = best[t % best.size()];
    here = best[(t - 1) % best.size()] + path[t - 1].cost;
    if (path[t - 1].ru.count == 0 || path[t - 1].en.count == 0) after_last_skip = t;
    for (std::size_t w = 2; w <= std::min(max_steps, t) && t - w < after_last_skip; ++w) {
      const auto [ru, en] = spanned(t - w, t);
      if (ru.count == 0 || en.count == 0 || ru.count > max_side || en.count > max_side) continue;
      if (offered(ru.count, en.count)) continue;
      const double c = best[(t - w) % best.size()] + cost(ru, en);
      if (c < here) {
        here = c;
        run[t] = static_cast<std::uint8_t>(w);
        any = true;
      }
    }
  }
  if (!any) return;
  for (std::size_t t = count; t > 0; t -= run[t] & ~kChosen) run[t] |= kChosen;
  // The groups tile the path in order, so it is rewritten in place.
  std::size_t out = 0;
  for (std::size_t t = 1; t <= count; ++t) {
    if ((run[t] & kChosen) == 0) continue;
    const std::size_t w = run[t] & ~kChosen;
    if (w == 1) {
      path[out] = path[t - 1];
      posteriors[out] = posteriors[t - 1];
    } else {
      const auto [ru, en] = spanned(t - w, t);
      posteriors[out] = *std::min_element(posteriors.begin() + static_cast<std::ptrdiff_t>(t - w),
                                          posteriors.begin() + static_cast<std::ptrdiff_t>(t));
      path[out] = Step{ru, en, static_cast<float>(cost(ru, en))};
    }
    ++out;
  }
  path.resize(out);
  posteriors.resize(out);
}

/// The band around a path of the same level, widened by `width` columns each side.
[[nodiscard]] Band band_around(const std::vector<Step>& path, std::size_t n, std::size_t m,
                               std::size_t width);

}  // namespace libalign::detail
