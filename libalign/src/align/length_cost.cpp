#include "align/length_cost.hpp"

#include <algorithm>
#include <cmath>

namespace libalign::detail {
namespace {

constexpr double kMaxCost = 25.0;
// Median of a χ²(1) variable: turns a median squared residual into a variance.
constexpr double kChiSquareMedian = 0.4549;

}  // namespace

double length_cost(double ru_chars, double en_chars, const LengthModel& model) {
  const double mean = (model.ratio * ru_chars + en_chars) / 2.0;
  const double delta = (en_chars - model.ratio * ru_chars) / std::sqrt(model.variance * (mean + 1.0));
  const double tail = std::erfc(std::fabs(delta) / std::sqrt(2.0));
  return tail <= 0.0 ? kMaxCost : std::min(kMaxCost, -std::log(tail));
}

LengthModel initial_length_model(double ru_total, double en_total, double prior_variance) {
  LengthModel model;
  if (ru_total > 0 && en_total > 0) model.ratio = std::clamp(en_total / ru_total, 0.5, 2.0);
  model.variance = prior_variance;
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
  const double n = static_cast<double>(pairs.size());
  // Weight of the evidence against the prior: 20 pairs count as much as the prior.
  const double trust = n / (n + 20.0);
  LengthModel model;
  model.ratio = ru_sum > 0 ? std::clamp(trust * (en_sum / ru_sum) + (1 - trust) * prior.ratio, 0.5, 2.0)
                           : prior.ratio;
  std::vector<double> residuals;
  residuals.reserve(pairs.size());
  for (const auto& [r, e] : pairs) {
    const double d = e - model.ratio * r;
    residuals.push_back(d * d / ((model.ratio * r + e) / 2.0 + 1.0));
  }
  std::nth_element(residuals.begin(), residuals.begin() + residuals.size() / 2, residuals.end());
  const double variance = residuals[residuals.size() / 2] / kChiSquareMedian;
  model.variance = std::clamp(trust * variance + (1 - trust) * prior.variance, 0.5, 20.0);
  return model;
}

}  // namespace libalign::detail
