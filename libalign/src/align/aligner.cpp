// Aligner: features → encoded pair → coarse band → banded DP → (learn word pairs, align again)
// → beads with scores.
#include "libalign/aligner.hpp"

#include <utility>

#include "align/bead_cost.hpp"
#include "align/coarse.hpp"
#include "align/dp.hpp"
#include "align/encoded.hpp"
#include "align/learned_lexicon.hpp"
#include "align/length_cost.hpp"
#include "features/sentence_features.hpp"

namespace libalign {
namespace {

using detail::Span;
using detail::Step;

std::vector<detail::SentenceFeatures> features_of(const Document& document, Language language) {
  std::vector<detail::SentenceFeatures> out;
  out.reserve(document.sentences.size());
  for (const Sentence& s : document.sentences) out.push_back(detail::sentence_features(s.text, language));
  return out;
}

// Every sentence of a side that has no counterpart at all becomes its own 1:0 or 0:1 bead.
std::vector<Bead> one_sided(std::size_t n, std::size_t m) {
  std::vector<Bead> beads;
  for (std::size_t i = 0; i < n; ++i) beads.push_back(Bead{i, 1, 0, 0, 0.0});
  for (std::size_t j = 0; j < m; ++j) beads.push_back(Bead{0, 0, j, 1, 0.0});
  return beads;
}

std::vector<Step> search(const detail::BeadModel& model, const detail::Band& band) {
  detail::Scratch scratch = model.make_scratch();
  const auto& pair = model.pair();
  return detail::banded_dp(pair.ru.size(), pair.en.size(), band, detail::kSentenceMoves,
                           [&](Span ru, Span en) { return model.cost(ru, en, scratch); });
}

}  // namespace

class Aligner::Impl {
 public:
  Impl(AlignOptions options, std::shared_ptr<const Lexicon> extra)
      : options_(std::move(options)), extra_(std::move(extra)) {
    if (options_.builtin_lexicon && Lexicon::has_builtin()) builtin_ = &Lexicon::builtin();
  }

  [[nodiscard]] const AlignOptions& options() const noexcept { return options_; }

  [[nodiscard]] std::vector<Bead> align(const Document& ru, const Document& en) const {
    const std::size_t n = ru.sentences.size(), m = en.sentences.size();
    if (n == 0 || m == 0) return one_sided(n, m);

    const auto ru_features = features_of(ru, Language::kRussian);
    const auto en_features = features_of(en, Language::kEnglish);
    detail::EncodedPair pair =
        detail::encode_pair(ru, ru_features, en, en_features, {builtin_, extra_.get()});

    double ru_total = 0, en_total = 0;
    for (const auto& s : pair.ru) ru_total += s.chars;
    for (const auto& s : pair.en) en_total += s.chars;
    detail::LengthModel length =
        detail::initial_length_model(ru_total, en_total, options_.weights.length_variance);

    const detail::Band band = detail::sentence_band(pair, length, options_);
    std::vector<Step> path = search(detail::BeadModel(pair, options_.weights, length), band);

    if (options_.learn_lexicon) {
      // Second pass: what the confident beads of the first teach about lengths and words.
      const detail::BeadModel first(pair, options_.weights, length);
      std::vector<bool> confident(path.size());
      std::vector<std::pair<double, double>> lengths;
      for (std::size_t k = 0; k < path.size(); ++k) {
        const Step& s = path[k];
        confident[k] = first.score(s.cost, s.ru, s.en) >= 0.5;
        if (confident[k] && s.ru.count == 1 && s.en.count == 1) {
          lengths.emplace_back(pair.ru[s.ru.begin].chars, pair.en[s.en.begin].chars);
        }
      }
      detail::add_translations(pair, detail::learn_pairs(pair, path, confident));
      length = detail::refine_length_model(lengths, length);
      const bool full = band.cells() == (n + 1) * (m + 1);
      const detail::Band second_band =
          full ? band : detail::band_around(path, n, m, std::max<std::size_t>(options_.band, 2));
      path = search(detail::BeadModel(pair, options_.weights, length), second_band);
    }

    const detail::BeadModel model(pair, options_.weights, length);
    std::vector<Bead> beads;
    beads.reserve(path.size());
    for (const Step& s : path) {
      beads.push_back(Bead{s.ru.begin, s.ru.count, s.en.begin, s.en.count,
                           model.score(s.cost, s.ru, s.en)});
    }
    return beads;
  }

 private:
  AlignOptions options_;
  std::shared_ptr<const Lexicon> extra_;
  const Lexicon* builtin_ = nullptr;
};

Aligner::Aligner(AlignOptions options, std::shared_ptr<const Lexicon> extra)
    : impl_(std::make_unique<Impl>(std::move(options), std::move(extra))) {}
Aligner::~Aligner() = default;
Aligner::Aligner(Aligner&&) noexcept = default;
Aligner& Aligner::operator=(Aligner&&) noexcept = default;

std::vector<Bead> Aligner::align(const Document& ru, const Document& en) const {
  return impl_->align(ru, en);
}

const AlignOptions& Aligner::options() const noexcept { return impl_->options(); }

}  // namespace libalign
