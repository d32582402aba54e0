#include "align/dp.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>

namespace libalign::detail {

void Band::make_feasible(std::size_t m) {
  const std::size_t n1 = lo.size();
  if (n1 == 0) return;
  for (std::size_t i = 0; i < n1; ++i) {
    hi[i] = std::min(hi[i], m);
    lo[i] = std::min(lo[i], hi[i]);
  }
  lo.front() = 0;
  hi.back() = m;
  for (std::size_t i = 1; i < n1; ++i) hi[i] = std::max(hi[i], hi[i - 1]);
  for (std::size_t i = n1 - 1; i-- > 0;) lo[i] = std::min(lo[i], lo[i + 1]);
  for (std::size_t i = 1; i < n1; ++i) lo[i] = std::min(lo[i], hi[i - 1]);
}

std::vector<double> path_posteriors(std::size_t n, std::size_t m, const Band& band,
                                    std::span<const Move> moves,
                                    const std::vector<float>& edge_costs,
                                    const std::vector<Step>& path, double temperature) {
  const std::size_t k_moves = moves.size();
  return posteriors_from(
      n, m, band, moves,
      [&](std::size_t cell, std::size_t, std::size_t, std::size_t k, const std::vector<double>&,
          const auto&) { return edge_costs[cell * k_moves + k]; },
      path, temperature);
}

namespace {

// Marks, for each row, the column range of the lattice points between consecutive nodes.
Band band_from_nodes(const std::vector<std::pair<std::size_t, std::size_t>>& nodes, std::size_t n,
                     std::size_t m, std::size_t width) {
  Band band{std::vector<std::size_t>(n + 1, m), std::vector<std::size_t>(n + 1, 0)};
  std::vector<bool> touched(n + 1, false);
  auto mark = [&](std::size_t i, std::size_t j_lo, std::size_t j_hi) {
    band.lo[i] = std::min(band.lo[i], j_lo);
    band.hi[i] = std::max(band.hi[i], j_hi);
    touched[i] = true;
  };
  for (std::size_t k = 0; k + 1 < nodes.size(); ++k) {
    const auto [i0, j0] = nodes[k];
    const auto [i1, j1] = nodes[k + 1];
    for (std::size_t i = i0; i <= i1; ++i) mark(i, j0, j1);
  }
  if (nodes.size() == 1) mark(nodes[0].first, nodes[0].second, nodes[0].second);
  for (std::size_t i = 0; i <= n; ++i) {
    if (!touched[i]) {  // cannot happen for a path that ends at (n, m); stay safe
      band.lo[i] = 0;
      band.hi[i] = m;
    }
    band.lo[i] = band.lo[i] > width ? band.lo[i] - width : 0;
    band.hi[i] = std::min(m, band.hi[i] + width);
  }
  band.make_feasible(m);
  return band;
}

}  // namespace

Band project_band(const std::vector<Step>& coarse_path, std::size_t n, std::size_t m,
                  std::size_t width) {
  std::vector<std::pair<std::size_t, std::size_t>> nodes{{0, 0}};
  nodes.reserve(coarse_path.size() + 1);  // allocated once: paths run to millions of beads
  for (const Step& s : coarse_path) {
    nodes.emplace_back(std::min(2 * s.ru.end(), n), std::min(2 * s.en.end(), m));
  }
  nodes.back() = {n, m};
  return band_from_nodes(nodes, n, m, width);
}

bool widen_where_touched(Band& band, const std::vector<Step>& path, std::size_t m,
                         std::size_t width) {
  // Rows where the path touches each side, in path order: rows ascending, and since a
  // feasible band's bounds never decrease, so do the touched columns.
  std::vector<std::size_t> low_rows, high_rows;
  for (const Step& s : path) {
    const std::size_t i = s.ru.end(), j = s.en.end();
    if (j == band.lo[i] && j > 0) low_rows.push_back(i);
    if (j == band.hi[i] && j < m) high_rows.push_back(i);
  }
  if (low_rows.empty() && high_rows.empty()) return false;
  // Row r takes the lowest column wanted by a touch within `width` rows — that of the first
  // such touch — and the highest, that of the last one: one pass, however many touches.
  const std::size_t n = band.rows() - 1;
  const Band before = band;
  std::size_t low = 0, high = 0;
  for (std::size_t r = 0; r <= n; ++r) {
    while (low < low_rows.size() && low_rows[low] + width < r) ++low;
    if (low < low_rows.size() && low_rows[low] <= r + width) {
      const std::size_t j = before.lo[low_rows[low]];
      band.lo[r] = std::min(band.lo[r], j > width ? j - width : 0);
    }
    while (high + 1 < high_rows.size() && high_rows[high + 1] <= r + width) ++high;
    if (high < high_rows.size() && high_rows[high] <= r + width && high_rows[high] + width >= r) {
      band.hi[r] = std::max(band.hi[r], std::min(m, before.hi[high_rows[high]] + width));
    }
  }
  band.make_feasible(m);
  return true;
}

bool widen_where_skipping(Band& band, const std::vector<Step>& path, std::size_t m,
                          std::size_t width) {
  // Russian sentences left out minus English ones, over the steps [0, k): a gap on one side
  // shows as a lean, while omissions on both sides (a loose translation) cancel out.
  std::vector<std::ptrdiff_t> lean_before(path.size() + 1, 0);
  for (std::size_t k = 0; k < path.size(); ++k) {
    const Step& s = path[k];
    const bool one_sided = s.ru.count == 0 || s.en.count == 0;
    const auto lean =
        static_cast<std::ptrdiff_t>(s.ru.count) - static_cast<std::ptrdiff_t>(s.en.count);
    lean_before[k + 1] = lean_before[k] + (one_sided ? lean : 0);
  }
  const std::size_t window = 2 * std::max<std::size_t>(width, 4);
  auto gap_within = [&](std::size_t first, std::size_t end) {
    return static_cast<std::size_t>(std::abs(lean_before[end] - lean_before[first])) >= window / 2;
  };
  const std::size_t n = band.rows() - 1;
  // The rectangles may add half the band's cells in all, which keeps the search linear: a few
  // lines against a file of a million, all but a few left out, would otherwise open the whole
  // matrix, four times the band around its path.
  std::size_t budget = band.cells() / 2;
  bool opened = false;
  // Each run of windows that leave out half a window's sentences more on one side than on the
  // other; overlapping windows make one run, whose rectangle is opened in the band.
  std::size_t k = 0;
  while (k < path.size()) {
    const std::size_t end = std::min(k + window, path.size());
    if (!gap_within(k, end)) {
      ++k;
      continue;
    }
    std::size_t run_end = end;
    while (run_end < path.size() &&
           gap_within(run_end + 1 > window ? run_end + 1 - window : 0, run_end + 1)) {
      ++run_end;
    }
    const std::size_t i0 = path[k].ru.begin, j0 = path[k].en.begin;
    const std::size_t i1 = path[run_end - 1].ru.end(), j1 = path[run_end - 1].en.end();
    const std::size_t top = i0 > width ? i0 - width : 0, bottom = std::min(n, i1 + width);
    const std::size_t left = j0 > width ? j0 - width : 0, right = std::min(m, j1 + width);
    const std::size_t rectangle = (bottom - top + 1) * (right - left + 1);
    std::size_t inside = 0;  // cells of the rectangle the band already has
    for (std::size_t r = top; r <= bottom; ++r) {
      const std::size_t lo = std::max(band.lo[r], left), hi = std::min(band.hi[r], right);
      inside += hi >= lo ? hi - lo + 1 : 0;
    }
    // A rectangle the band mostly holds already would be searched again for nothing.
    const std::size_t added = rectangle - inside;
    if (added <= budget && 4 * added >= rectangle) {  // so at least one cell is added
      budget -= added;
      opened = true;
      for (std::size_t r = top; r <= bottom; ++r) {
        band.lo[r] = std::min(band.lo[r], left);
        band.hi[r] = std::max(band.hi[r], right);
      }
    }
    k = run_end;
  }
  if (opened) band.make_feasible(m);
  return opened;
}

Band band_around(const std::vector<Step>& path, std::size_t n, std::size_t m, std::size_t width) {
  std::vector<std::pair<std::size_t, std::size_t>> nodes{{0, 0}};
  nodes.reserve(path.size() + 1);  // allocated once: paths run to millions of beads
  for (const Step& s : path) nodes.emplace_back(s.ru.end(), s.en.end());
  nodes.back() = {n, m};
  return band_from_nodes(nodes, n, m, width);
}

}  // namespace libalign::detail
