// The slow, obviously correct reference for the DP: the full (n+1)×(m+1) matrix, every cell,
// every move. THIS IS FOR TESTS ONLY; the library's banded_dp must agree with it.
#pragma once

#include <limits>
#include <span>
#include <vector>

#include "align/dp.hpp"

namespace libalign::detail::testing {

template <typename CostFn>
double reference_best_cost(std::size_t n, std::size_t m, std::span<const Move> moves,
                           CostFn&& cost) {
  const double inf = std::numeric_limits<double>::infinity();
  std::vector<std::vector<double>> d(n + 1, std::vector<double>(m + 1, inf));
  d[0][0] = 0;
  for (std::size_t i = 0; i <= n; ++i) {
    for (std::size_t j = 0; j <= m; ++j) {
      for (const Move mv : moves) {
        if (i < mv.ru || j < mv.en || (mv.ru == 0 && mv.en == 0)) continue;
        const double prev = d[i - mv.ru][j - mv.en];
        if (prev == inf) continue;
        d[i][j] = std::min(d[i][j], prev + cost(Span{i - mv.ru, mv.ru}, Span{j - mv.en, mv.en}));
      }
    }
  }
  return d[n][m];
}

}  // namespace libalign::detail::testing
