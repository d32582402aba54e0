#include "align/length_cost.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace libalign::detail {
namespace {

constexpr double kMaxCost = 25.0;
// Median of a χ²(1) variable: turns a median squared residual into a variance.
constexpr double kChiSquareMedian = 0.4549;

}  // namespace

namespace {

// −ln P(|X| ≥ x) for X ~ N(0, 1), tabulated: the DP asks for it millions of times.
constexpr double kStep = 0.01;
constexpr std::size_t kTableSize = 1201;  // x in [0, 12]

double tail_cost_exact(double x) {
  const double tail = std::erfc(x / std::sqrt(2.0));
  return tail <= 0.0 ? kMaxCost : std::min(kMaxCost, -std::log(tail));
}

const std::array<double, kTableSize>& tail_cost_table() {
  static const std::array<double, kTableSize> table = [] {
    std::array<double, kTableSize> t{};
    for (std::size_t k = 0; k < kTableSize; ++k)
      t[k] = tail_cost_exact(static_cast<double>(k) * kStep);
    return t;
  }();
  return table;
}

}  // namespace

double length_cost(double ru_chars, double en_chars, const LengthModel& model) {
  const double mean = (model.ratio * ru_chars + en_chars) / 2.0;
  // x = |δ| / kStep, with one division: the DP asks this for every cell and move.
  constexpr double kStepsPerUnit = 1.0 / kStep;
  const double x = std::fabs(en_chars - model.ratio * ru_chars) * kStepsPerUnit /
                   std::sqrt(model.variance * (mean + 1.0));
  // Past the table the cost has long reached its cap (at |δ| ≈ 6.8): no erfc needed.
  if (x >= static_cast<double>(kTableSize - 1)) return kMaxCost;
  const auto& table = tail_cost_table();
  const auto k = static_cast<std::size_t>(x);
  const double f = x - static_cast<double>(k);
  return table[k] + f * (table[k + 1] - table[k]);
}

LengthModel initial_length_model(double ru_total, double en_total, const LengthModel& prior) {
  // The prior counts as this many Russian characters of evidence (a short news article).
  constexpr double kPriorChars = 2000.0;
  LengthModel model = prior;
  model.ratio =
      std::clamp((en_total + prior.ratio * kPriorChars) / (ru_total + kPriorChars), 0.5, 2.0);
  return model;
}

LengthModel refine_length_model(const std::vector<std::pair<double, double>>& pairs,
                                const LengthModel& prior) {
  if (pairs.empty()) return prior;
  double ru_sum = 0, en_sum = 0;
  for (const auto& [r, e] : pairs) {
    ru_sum += r;
    en_sum += e;
  }
  const auto n = static_cast<double>(pairs.size());
  // Weight of the evidence against the prior: 20 pairs count as much as the prior.
  const double trust = n / (n + 20.0);
  LengthModel model;
  model.ratio = ru_sum > 0
                    ? std::clamp(trust * (en_sum / ru_sum) + (1 - trust) * prior.ratio, 0.5, 2.0)
                    : prior.ratio;
  std::vector<double> residuals;
  residuals.reserve(pairs.size());
  for (const auto& [r, e] : pairs) {
    const double d = e - model.ratio * r;
    residuals.push_back(d * d / ((model.ratio * r + e) / 2.0 + 1.0));
  }
  std::nth_element(residuals.begin(), residuals.begin() + std::ssize(residuals) / 2,
                   residuals.end());
  const double variance = residuals[residuals.size() / 2] / kChiSquareMedian;
  model.variance = std::clamp(trust * variance + (1 - trust) * prior.variance, 0.5, 20.0);
  return model;
}

}  // namespace libalign::detail
