#include "align/coarse.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>

#include "align/length_cost.hpp"

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
    tag_.assign(kSlots, kEmpty);
  }

  [[nodiscard]] std::size_t size() const { return counts_.back(); }

  /// Block `b`'s vector (kDims floats, valid until the next call).
  const float* get(std::size_t b) {
    const std::size_t slot = b % kSlots;
    float* v = &vec_[slot * kDims];
    if (tag_[slot] != b) {
      fill(depth_, b, v);
      tag_[slot] = b;
    }
    return v;
  }

 private:
  static constexpr std::size_t kSlots = 4096;
  static constexpr std::size_t kEmpty = static_cast<std::size_t>(-1);

  // Writes block b of level d into out.
  void fill(std::size_t d, std::size_t b, float* out) {
    std::fill(out, out + kDims, 0.0f);
    if (d == 0) {
      sentence(b, out);
      return;
    }
    float* child = &tmp_[(d - 1) * kDims];
    for (std::size_t c = 2 * b; c < 2 * b + 2 && c < counts_[d - 1]; ++c) {
      fill(d - 1, c, child);
      for (std::size_t k = 0; k < kDims; ++k) out[k] += child[k];
    }
  }

  // A sentence's vector: the English ids its words are (or translate to), idf-weighted, and
  // its anchors.
  void sentence(std::size_t i, float* v) const {
    if (russian_) {
      for (std::uint32_t r : pair_.ru_words(i)) {
        const auto& t = pair_.translations[r];
        for (std::uint32_t e : t) add_hashed(v, e, pair_.en_idf[e] / static_cast<float>(t.size()));
      }
      for (std::uint32_t entry : pair_.ru_anchors(i)) {
        const std::uint32_t a = anchor_id(entry);
        add_hashed(v, a ^ kAnchorSalt, 2 * pair_.anchor_weight[a]);
      }
      return;
    }
    for (std::uint32_t e : pair_.en_words(i)) add_hashed(v, e, pair_.en_idf[e]);
    for (std::uint32_t entry : pair_.en_anchors(i)) {
      const std::uint32_t a = anchor_id(entry);
      add_hashed(v, a ^ kAnchorSalt, 2 * pair_.anchor_weight[a]);
    }
  }

  const EncodedPair& pair_;
  bool russian_;
  std::size_t depth_;
  std::vector<std::size_t> counts_;  // blocks per level, level 0 = sentences
  std::vector<float> tmp_;           // one child vector per level of the recursion
  std::vector<float> vec_;           // cache slots
  std::vector<std::size_t> tag_;
};

// The cosine of two block sums (kDims floats each).
double cosine(const float* u, const float* v) {
  // Four floats at a time (GCC's and Clang's vector extension: SSE on x86-64, plain code where
  // there is none), and two sets of sums side by side so that the additions do not wait on
  // each other. Written out per element, with the sums in double, it took 870 instructions a
  // call and a tenth of the novel's time: compilers may not reorder a float sum on their own.
  // Each lane adds eight products, far from float's precision limits.
  using Vec = float __attribute__((vector_size(16)));
  constexpr std::size_t kWidth = sizeof(Vec) / sizeof(float);
  static_assert(kDims % (2 * kWidth) == 0);
  std::array<Vec, 2> uv{}, uu{}, vv{};
  for (std::size_t d = 0; d < kDims; d += 2 * kWidth) {
    for (std::size_t k = 0; k < 2; ++k) {
      Vec a, b;
      std::memcpy(&a, u + d + k * kWidth, sizeof a);
      std::memcpy(&b, v + d + k * kWidth, sizeof b);
      uv[k] += a * b;
      uu[k] += a * a;
      vv[k] += b * b;
    }
  }
  double suv = 0, suu = 0, svv = 0;
  for (std::size_t l = 0; l < kWidth; ++l) {
    suv += static_cast<double>(uv[0][l]) + uv[1][l];
    suu += static_cast<double>(uu[0][l]) + uu[1][l];
    svv += static_cast<double>(vv[0][l]) + vv[1][l];
  }
  return suu > 0 && svv > 0 ? suv / std::sqrt(suu * svv) : 0.0;
}

// The sum of blocks [span.begin, span.end()) of one side into out.
void sum_blocks(BlockSide& side, Span span, float* out) {
  std::fill(out, out + kDims, 0.0f);
  for (std::size_t b = span.begin; b < span.end(); ++b) {
    const float* block = side.get(b);
    for (std::size_t d = 0; d < kDims; ++d) out[d] += block[d];
  }
}

// The price of a 1:2 or 2:1 block bead. Block boundaries fall every 2^level sentences, so when
// one document has more sentences than the other its blocks cannot pair 1:1 all the way: with
// a sentence-count ratio r, about (r − 1) of the beads on the true path merge two blocks. The
// sentence model's `many` (translators rarely merge sentences) would make the path skip blocks
// instead and drift; the cost here is the log-odds of a merge against a 1:1 bead at that share,
// capped at `many`. Like the length term, it counts in proportion to the words the lexicons
// leave unseen: where the cosines see most words, they decide where blocks merge.
double block_merge_cost(const EncodedPair& pair, double many, double coverage) {
  const auto n = static_cast<double>(pair.ru.size());
  const auto m = static_cast<double>(pair.en.size());
  const double share = std::clamp(std::max(n, m) / std::max(std::min(n, m), 1.0) - 1.0, 0.01, 0.5);
  return std::min(many, std::log((1.0 - share) / share)) * std::max(0.0, 1.0 - coverage);
}

// Block beads are priced against unrelated blocks of the same level, the way vecalign
// normalizes its costs: how alike two blocks are by chance grows with their size (a mean
// cosine of 0.01 for pairs of sentences, 0.1 for blocks of 128, on the 20k scale pair). With
// `background` that mean, a bead of a + b blocks costs
//
//   skip · (a + b) · (1 − cos) / (1 − background)  +  merge · (a + b − 2)
//
// (`merge` from block_merge_cost), so unrelated blocks cost what leaving them all out costs,
// related ones less, and the cosine decides where text present on one side only is. Block lengths
// cannot be priced as sentence lengths are: a block's boundary rarely falls on a bead's, so blocks
// that translate each other still differ in length by whole sentences. With the sentence model's
// length term and a fixed
// price per unit of cosine, the cheapest coarse path through a chapter missing from one side was a
// long slope of merges that the band around it could not undo (bench/cut_novel.py: cutting 300
// Russian sentences from the novel kept 63% of its beads; now 99%).
//
// The cosines only see the words the lexicons translate. Without a dictionary they are noise (a
// Russian block's vector holds only its names, numbers and identical words), every bead costs
// about what skipping its blocks costs, and the path wandered off the diagonal of a plain 1:1
// Bible book; with it, half the words are unseen, and in text whose formulas repeat (Leviticus)
// the path lost its way for a thousand sentences. So a block bead's length cost counts in
// proportion to the words the lexicons leave uncovered, measured against that of unrelated
// blocks (so that a skip, which has no length, is not favoured):
//
//   + coarse_length · (1 − coverage) · (GC(blocks) − mean GC(unrelated blocks)).
class BlockCost {
 public:
  BlockCost(const EncodedPair& pair, std::size_t level, BlockSide& ru_side, BlockSide& en_side,
            const AlignWeights& w, double coverage)
      : pair_(pair),
        level_(level),
        ru_side_(ru_side),
        en_side_(en_side),
        skip_(w.skip),
        many_(block_merge_cost(pair, w.many, coverage)),
        length_weight_(w.coarse_length * std::max(0.0, 1.0 - coverage)) {
    // The documents' own ratio, not initial_length_model's: that one is shrunk towards the
    // prior for the sake of short pairs, and over a block of a hundred sentences a few percent
    // off is a sentence or two of drift (the coarse search only runs on long pairs).
    const double ru_total = pair.ru_chars_before.back(), en_total = pair.en_chars_before.back();
    length_.ratio = ru_total > 0 ? std::clamp(en_total / ru_total, 0.5, 2.0) : 1.0;
    length_.variance = w.length_variance;
    // Half a sentence of slack at a block's edge: blocks that translate each other differ
    // in length by the sentences their boundaries cut.
    tolerance_ = 0.5 * (length_.ratio * ru_total + en_total) /
                 static_cast<double>(pair.ru.size() + pair.en.size());
    const double background = measure_background();
    scale_ = skip_ / std::max(1.0 - background, 0.05);
  }

  double operator()(Span ru, Span en) {
    if (ru.count == 0 || en.count == 0) return skip_;
    sum_blocks(ru_side_, ru, u_.data());
    sum_blocks(en_side_, en, v_.data());
    const auto blocks = static_cast<double>(ru.count + en.count);
    double cost = scale_ * blocks * (1.0 - cosine(u_.data(), v_.data())) + many_ * (blocks - 2);
    if (length_weight_ > 0) {
      cost += length_weight_ * (block_length_cost(ru, en) - background_length_);
    }
    return cost;
  }

 private:
  // The Gale–Church cost of the blocks' character counts, with tolerance_ added to the spread.
  [[nodiscard]] double block_length_cost(Span ru, Span en) const {
    const double r = chars(pair_.ru_chars_before, ru), e = chars(pair_.en_chars_before, en);
    const double mean = (length_.ratio * r + e) / 2.0;
    const LengthModel model{length_.ratio,
                            length_.variance + tolerance_ * tolerance_ / (mean + 1.0)};
    return length_cost(r, e, model);
  }

  // Mean cosine of block pairs far from the diagonal (a quarter to three quarters of the
  // other side away), which are not translations of each other; deterministic. Sets
  // background_length_, their mean length cost, on the way.
  double measure_background() {
    const std::size_t n = ru_side_.size(), m = en_side_.size();
    constexpr std::size_t kSamples = 1000;
    double sum = 0, length_sum = 0;
    for (std::size_t k = 0; k < kSamples; ++k) {
      const std::size_t i = k * n / kSamples;
      const std::size_t diagonal = i * m / n;
      const std::size_t j = (diagonal + m / 4 + (k * 7919) % (m / 2 + 1)) % m;
      sum += cosine(ru_side_.get(i), en_side_.get(j));  // two sides: both pointers stay valid
      if (length_weight_ > 0) length_sum += block_length_cost(Span{i, 1}, Span{j, 1});
    }
    background_length_ = length_sum / kSamples;
    return sum / kSamples;
  }

  // Characters of blocks `span` of the level.
  [[nodiscard]] double chars(const std::vector<std::uint32_t>& before, Span span) const {
    const std::size_t last = before.size() - 1;
    const std::size_t lo = std::min(static_cast<std::size_t>(span.begin) << level_, last);
    const std::size_t hi = std::min(static_cast<std::size_t>(span.end()) << level_, last);
    return static_cast<double>(before[hi] - before[lo]);
  }

  const EncodedPair& pair_;
  std::size_t level_;
  BlockSide& ru_side_;
  BlockSide& en_side_;
  double skip_, many_, scale_ = 1.0;
  double length_weight_ = 0;
  double tolerance_ = 0;
  double background_length_ = 0;  // mean block_length_cost of unrelated blocks
  LengthModel length_;
  std::array<float, kDims> u_{}, v_{};
};

// The band for level `depth` (n × m blocks): the path of the level above, widened, recursing
// upwards until a level fits the full matrix.
Band band_for(const EncodedPair& pair, std::size_t depth, std::size_t n, std::size_t m,
              const AlignOptions& options, double coverage) {
  const std::size_t limit = std::max<std::size_t>(options.full_search_limit, 8);
  if (n <= limit && m <= limit) return Band::full(n, m);
  const std::size_t coarse_n = (n + 1) / 2, coarse_m = (m + 1) / 2;
  Band band = band_for(pair, depth + 1, coarse_n, coarse_m, options, coverage);
  BlockSide ru_side(pair, true, depth + 1), en_side(pair, false, depth + 1);
  BlockCost cost(pair, depth + 1, ru_side, en_side, options.weights, coverage);
  const std::size_t width = std::max<std::size_t>(options.band, 2);
  std::vector<Step> path = banded_dp(coarse_n, coarse_m, band, kBlockMoves, cost);
  repair_band(coarse_n, coarse_m, band, kBlockMoves, width, path, cost, /*open_gaps=*/true);
  return project_band(path, n, m, width);
}

}  // namespace

Band sentence_band(const EncodedPair& pair, const AlignOptions& options) {
  const std::size_t limit = std::max<std::size_t>(options.full_search_limit, 8);
  if (pair.ru.size() <= limit && pair.en.size() <= limit) {
    return Band::full(pair.ru.size(), pair.en.size());
  }
  return band_for(pair, 0, pair.ru.size(), pair.en.size(), options, lexicon_coverage(pair));
}

}  // namespace libalign::detail
