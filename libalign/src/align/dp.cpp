#include "align/dp.hpp"

#include <algorithm>
#include <cmath>
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
  constexpr double kInf = std::numeric_limits<double>::infinity();
  const std::vector<std::size_t> offset = cell_offsets(band);
  auto at = [&](std::size_t i, std::size_t j) { return offset[i] + (j - band.lo[i]); };
  auto in_band = [&](std::size_t i, std::size_t j) {
    return i <= n && j >= band.lo[i] && j <= band.hi[i];
  };
  const std::size_t k_moves = moves.size();
  // Soft-min accumulation: acc ← −T·ln(exp(−acc/T) + exp(−x/T)), kept stable.
  auto soft_add = [temperature](double acc, double x) {
    if (x == kInf) return acc;
    if (acc == kInf) return x;
    const double lo = std::min(acc, x), hi = std::max(acc, x);
    return lo - temperature * std::log1p(std::exp(-(hi - lo) / temperature));
  };
  std::vector<double> forward(offset[n + 1], kInf), backward(offset[n + 1], kInf);
  forward[at(0, 0)] = 0.0;
  for (std::size_t i = 0; i <= n; ++i) {
    for (std::size_t j = band.lo[i]; j <= band.hi[i]; ++j) {
      const std::size_t cell = at(i, j);
      double acc = forward[cell];
      for (std::size_t k = 0; k < k_moves; ++k) {
        const float edge = edge_costs[cell * k_moves + k];
        if (std::isinf(edge)) continue;
        const double prev = forward[at(i - moves[k].ru, j - moves[k].en)];
        acc = soft_add(acc, prev + edge);
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
        const float edge = edge_costs[next * k_moves + k];
        if (std::isinf(edge) || backward[next] == kInf) continue;
        acc = soft_add(acc, backward[next] + edge);
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
  for (const Step& s : coarse_path) {
    nodes.emplace_back(std::min(2 * s.ru.end(), n), std::min(2 * s.en.end(), m));
  }
  nodes.back() = {n, m};
  return band_from_nodes(nodes, n, m, width);
}

Band band_around(const std::vector<Step>& path, std::size_t n, std::size_t m, std::size_t width) {
  std::vector<std::pair<std::size_t, std::size_t>> nodes{{0, 0}};
  for (const Step& s : path) nodes.emplace_back(s.ru.end(), s.en.end());
  nodes.back() = {n, m};
  return band_from_nodes(nodes, n, m, width);
}

}  // namespace libalign::detail
