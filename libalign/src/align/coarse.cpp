#include "align/coarse.hpp"

#include <cmath>

namespace libalign::detail {
namespace {

constexpr std::size_t kDims = 64;

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

// One side's blocks at one level of the pyramid, computed on demand. Keeping every block's
// vector of every level took 64 floats a sentence at the finest level and as much again over
// the coarser ones — most of the aligner's memory on long documents. A block is instead summed
// from its sentences when the search asks for it, in the same pairwise tree (0 + left + right,
// level by level) that halving whole levels used, so every float is bit-for-bit the same; a
// small direct-mapped cache serves the band's repeated look-ups, which move forward row by row.
class BlockSide {
 public:
  BlockSide(const EncodedPair& pair, bool russian, std::size_t depth)
      : pair_(pair), russian_(russian), depth_(depth) {
    counts_.push_back(russian ? pair.ru.size() : pair.en.size());
    for (std::size_t d = 0; d < depth; ++d) counts_.push_back((counts_.back() + 1) / 2);
    tmp_.assign((depth + 1) * kDims, 0.0f);
    vec_.assign(kSlots * kDims, 0.0f);
    chars_.assign(kSlots, 0.0);
    tag_.assign(kSlots, kEmpty);
  }

  [[nodiscard]] std::size_t size() const { return counts_.back(); }

  /// Block `b`'s vector (kDims floats, valid until the next call) and length in characters.
  const float* get(std::size_t b, double& chars) {
    const std::size_t slot = b % kSlots;
    float* v = &vec_[slot * kDims];
    if (tag_[slot] != b) {
      chars_[slot] = fill(depth_, b, v);
      tag_[slot] = b;
    }
    chars = chars_[slot];
    return v;
  }

 private:
  static constexpr std::size_t kSlots = 4096;
  static constexpr std::size_t kEmpty = static_cast<std::size_t>(-1);

  // Writes block b of level d into out; returns its characters.
  double fill(std::size_t d, std::size_t b, float* out) {
    std::fill(out, out + kDims, 0.0f);
    if (d == 0) return sentence(b, out);
    double chars = 0.0;
    float* child = &tmp_[(d - 1) * kDims];
    for (std::size_t c = 2 * b; c < 2 * b + 2 && c < counts_[d - 1]; ++c) {
      chars += fill(d - 1, c, child);
      for (std::size_t k = 0; k < kDims; ++k) out[k] += child[k];
    }
    return chars;
  }

  // A sentence's vector: the English ids its words are (or translate to), idf-weighted, and
  // its anchors.
  double sentence(std::size_t i, float* v) const {
    if (russian_) {
      for (std::uint32_t r : pair_.ru_words(i)) {
        const auto& t = pair_.translations[r];
        for (std::uint32_t e : t) add_hashed(v, e, pair_.en_idf[e] / static_cast<float>(t.size()));
      }
      for (std::uint32_t entry : pair_.ru_anchors(i)) {
        const std::uint32_t a = anchor_id(entry);
        add_hashed(v, a ^ kAnchorSalt, 2 * pair_.anchor_weight[a]);
      }
      return pair_.ru[i].chars;
    }
    for (std::uint32_t e : pair_.en_words(i)) add_hashed(v, e, pair_.en_idf[e]);
    for (std::uint32_t entry : pair_.en_anchors(i)) {
      const std::uint32_t a = anchor_id(entry);
      add_hashed(v, a ^ kAnchorSalt, 2 * pair_.anchor_weight[a]);
    }
    return pair_.en[i].chars;
  }

  const EncodedPair& pair_;
  bool russian_;
  std::size_t depth_;
  std::vector<std::size_t> counts_;  // blocks per level, level 0 = sentences
  std::vector<float> tmp_;           // one child vector per level of the recursion
  std::vector<float> vec_;           // cache slots
  std::vector<double> chars_;
  std::vector<std::size_t> tag_;
};

// Block-pair cost: the sentence model's length term and priors, with the cosine of the block
// vectors standing in for the lexical term. kCoarseLexical puts a cosine of 0 (unrelated
// blocks) somewhat above a skip, and a typical true pair's 0.5 well below it.
constexpr double kCoarseLexical = 6.0;

double block_cost(BlockSide& ru_side, BlockSide& en_side, Span ru, Span en,
                  const LengthModel& length, const AlignWeights& w) {
  if (ru.count == 0 || en.count == 0) return w.skip;
  float u[kDims] = {}, v[kDims] = {};
  double ru_chars = 0, en_chars = 0;
  for (std::size_t i = ru.begin; i < ru.end(); ++i) {
    double chars = 0;
    const float* block = ru_side.get(i, chars);
    for (std::size_t d = 0; d < kDims; ++d) u[d] += block[d];
    ru_chars += chars;
  }
  for (std::size_t j = en.begin; j < en.end(); ++j) {
    double chars = 0;
    const float* block = en_side.get(j, chars);
    for (std::size_t d = 0; d < kDims; ++d) v[d] += block[d];
    en_chars += chars;
  }
  // Four partial sums per product: one running sum is a chain of 64 dependent additions, the
  // coarse search's bottleneck; four chains run side by side.
  constexpr std::size_t kLanes = 4;
  double uv_lane[kLanes] = {}, uu_lane[kLanes] = {}, vv_lane[kLanes] = {};
  for (std::size_t d = 0; d < kDims; d += kLanes) {
    for (std::size_t l = 0; l < kLanes; ++l) {
      uv_lane[l] += u[d + l] * v[d + l];
      uu_lane[l] += u[d + l] * u[d + l];
      vv_lane[l] += v[d + l] * v[d + l];
    }
  }
  const double uv = (uv_lane[0] + uv_lane[1]) + (uv_lane[2] + uv_lane[3]);
  const double uu = (uu_lane[0] + uu_lane[1]) + (uu_lane[2] + uu_lane[3]);
  const double vv = (vv_lane[0] + vv_lane[1]) + (vv_lane[2] + vv_lane[3]);
  const double cosine = uu > 0 && vv > 0 ? uv / std::sqrt(uu * vv) : 0.25;
  return w.length * length_cost(ru_chars, en_chars, length) + kCoarseLexical * (1.0 - cosine) +
         w.many * static_cast<double>(ru.count + en.count - 2);
}

// The band for level `depth` (n × m blocks): the path of the level above, widened, recursing
// upwards until a level fits the full matrix.
Band band_for(const EncodedPair& pair, std::size_t depth, std::size_t n, std::size_t m,
              const LengthModel& length, const AlignOptions& options) {
  const std::size_t limit = std::max<std::size_t>(options.full_search_limit, 8);
  if (n <= limit && m <= limit) return Band::full(n, m);
  const std::size_t coarse_n = (n + 1) / 2, coarse_m = (m + 1) / 2;
  const Band coarse_band = band_for(pair, depth + 1, coarse_n, coarse_m, length, options);
  BlockSide ru_side(pair, true, depth + 1), en_side(pair, false, depth + 1);
  const auto path = banded_dp(coarse_n, coarse_m, coarse_band, kBlockMoves, [&](Span ru, Span en) {
    return block_cost(ru_side, en_side, ru, en, length, options.weights);
  });
  return project_band(path, n, m, std::max<std::size_t>(options.band, 2));
}

}  // namespace

Band sentence_band(const EncodedPair& pair, const LengthModel& length,
                   const AlignOptions& options) {
  const std::size_t limit = std::max<std::size_t>(options.full_search_limit, 8);
  if (pair.ru.size() <= limit && pair.en.size() <= limit) {
    return Band::full(pair.ru.size(), pair.en.size());
  }
  return band_for(pair, 0, pair.ru.size(), pair.en.size(), length, options);
}

}  // namespace libalign::detail
