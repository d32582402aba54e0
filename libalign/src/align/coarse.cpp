#include "align/coarse.hpp"

#include <cmath>

namespace libalign::detail {
namespace {

constexpr std::size_t kDims = 64;

// One level of the pyramid: per block, its vector and its length in characters.
struct Level {
  std::size_t n = 0, m = 0;
  std::vector<float> ru_vec, en_vec;  // n·kDims, m·kDims
  std::vector<double> ru_chars, en_chars;
};

std::uint32_t mix(std::uint32_t x) {
  x ^= x >> 16;
  x *= 0x7feb352dU;
  x ^= x >> 15;
  x *= 0x846ca68bU;
  x ^= x >> 16;
  return x;
}

// Signed feature hashing: random pairs have a near-zero dot product in expectation.
void add_hashed(float* v, std::uint32_t key, float weight) {
  const std::uint32_t h = mix(key);
  v[h % kDims] += (h & 0x80000000U) != 0 ? -weight : weight;
}

constexpr std::uint32_t kAnchorSalt = 0x9e3779b9U;

Level sentence_level(const EncodedPair& pair) {
  Level level;
  level.n = pair.ru.size();
  level.m = pair.en.size();
  level.ru_vec.assign(level.n * kDims, 0.0f);
  level.en_vec.assign(level.m * kDims, 0.0f);
  for (std::size_t i = 0; i < level.n; ++i) {
    float* v = &level.ru_vec[i * kDims];
    for (std::uint32_t r : pair.ru[i].words) {
      const auto& t = pair.translations[r];
      for (std::uint32_t e : t) add_hashed(v, e, pair.en_idf[e] / static_cast<float>(t.size()));
    }
    for (std::uint32_t a : pair.ru[i].anchors)
      add_hashed(v, a ^ kAnchorSalt, 2 * pair.anchor_weight[a]);
    level.ru_chars.push_back(pair.ru[i].chars);
  }
  for (std::size_t j = 0; j < level.m; ++j) {
    float* v = &level.en_vec[j * kDims];
    for (std::uint32_t e : pair.en[j].words) add_hashed(v, e, pair.en_idf[e]);
    for (std::uint32_t a : pair.en[j].anchors)
      add_hashed(v, a ^ kAnchorSalt, 2 * pair.anchor_weight[a]);
    level.en_chars.push_back(pair.en[j].chars);
  }
  return level;
}

void halve_side(const std::vector<float>& vec, const std::vector<double>& chars, std::size_t count,
                std::vector<float>& out_vec, std::vector<double>& out_chars) {
  const std::size_t half = (count + 1) / 2;
  out_vec.assign(half * kDims, 0.0f);
  out_chars.assign(half, 0.0);
  for (std::size_t k = 0; k < count; ++k) {
    const std::size_t b = k / 2;
    for (std::size_t d = 0; d < kDims; ++d) out_vec[b * kDims + d] += vec[k * kDims + d];
    out_chars[b] += chars[k];
  }
}

Level halve(const Level& fine) {
  Level coarse;
  coarse.n = (fine.n + 1) / 2;
  coarse.m = (fine.m + 1) / 2;
  halve_side(fine.ru_vec, fine.ru_chars, fine.n, coarse.ru_vec, coarse.ru_chars);
  halve_side(fine.en_vec, fine.en_chars, fine.m, coarse.en_vec, coarse.en_chars);
  return coarse;
}

// Block-pair cost: the sentence model's length term and priors, with the cosine of the block
// vectors standing in for the lexical term. kCoarseLexical puts a cosine of 0 (unrelated
// blocks) somewhat above a skip, and a typical true pair's 0.5 well below it.
constexpr double kCoarseLexical = 6.0;

double block_cost(const Level& level, Span ru, Span en, const LengthModel& length,
                  const AlignWeights& w) {
  if (ru.count == 0 || en.count == 0) return w.skip;
  float u[kDims] = {}, v[kDims] = {};
  double ru_chars = 0, en_chars = 0;
  for (std::size_t i = ru.begin; i < ru.end(); ++i) {
    for (std::size_t d = 0; d < kDims; ++d) u[d] += level.ru_vec[i * kDims + d];
    ru_chars += level.ru_chars[i];
  }
  for (std::size_t j = en.begin; j < en.end(); ++j) {
    for (std::size_t d = 0; d < kDims; ++d) v[d] += level.en_vec[j * kDims + d];
    en_chars += level.en_chars[j];
  }
  double uv = 0, uu = 0, vv = 0;
  for (std::size_t d = 0; d < kDims; ++d) {
    uv += u[d] * v[d];
    uu += u[d] * u[d];
    vv += v[d] * v[d];
  }
  const double cosine = uu > 0 && vv > 0 ? uv / std::sqrt(uu * vv) : 0.25;
  return w.length * length_cost(ru_chars, en_chars, length) + kCoarseLexical * (1.0 - cosine) +
         w.many * static_cast<double>(ru.count + en.count - 2);
}

// The band for `level` (the coarse path of the level above, widened), recursing upwards.
Band band_for(const Level& level, const LengthModel& length, const AlignOptions& options) {
  const std::size_t limit = std::max<std::size_t>(options.full_search_limit, 8);
  if (level.n <= limit && level.m <= limit) return Band::full(level.n, level.m);
  const Level coarse = halve(level);
  const Band coarse_band = band_for(coarse, length, options);
  const auto path = banded_dp(coarse.n, coarse.m, coarse_band, kBlockMoves, [&](Span ru, Span en) {
    return block_cost(coarse, ru, en, length, options.weights);
  });
  return project_band(path, level.n, level.m, std::max<std::size_t>(options.band, 2));
}

}  // namespace

Band sentence_band(const EncodedPair& pair, const LengthModel& length,
                   const AlignOptions& options) {
  const std::size_t limit = std::max<std::size_t>(options.full_search_limit, 8);
  if (pair.ru.size() <= limit && pair.en.size() <= limit) {
    return Band::full(pair.ru.size(), pair.en.size());
  }
  return band_for(sentence_level(pair), length, options);
}

}  // namespace libalign::detail
