// The one place where the signals meet: a bead's signals and their weighted sum, its cost.
#pragma once

#include "align/anchor_cost.hpp"
#include "align/encoded.hpp"
#include "align/length_cost.hpp"
#include "align/lexical_cost.hpp"
#include "align/scratch.hpp"
#include "align/span.hpp"
#include "libalign/aligner.hpp"

namespace libalign::detail {

/// Everything measured about one bead (both sides non-empty).
struct BeadSignals {
  double length = 0;  ///< Gale–Church cost
  LexicalMatch lexical;
  double lexical_llr = 0;  ///< LexicalModel::llr of `lexical`
  AnchorMatch anchors;
  int paragraph_crossings = 0;  ///< paragraph boundaries inside the bead, both sides
};

/// How many of `many`'s sentences, the last excepted, end with a colon that one of the `single`
/// sentence's colon breaks matches.
[[nodiscard]] std::size_t colon_splits_of(const EncodedSentence& single,
                                          const std::vector<EncodedSentence>& side, Span many);

/// Of the extra sentences of a 1:k or k:1 bead, how many are one sentence split at a colon: a
/// sentence of the k ends with a colon where the single sentence has one inside ("Here's how it
/// went:" ¶ "On check-in day…" against "Начну по порядку: В день заезда…"). A colon ends a
/// sentence only at a paragraph's end, which the other side did not make. Asked for every bead
/// the search tries and nearly always 0, so inline: the search pays a few compares for it.
[[nodiscard]] inline std::size_t colon_splits(const EncodedPair& pair, Span ru, Span en) {
  if (ru.count == 1 && en.count > 1 && pair.ru[ru.begin].punctuation.colon_breaks > 0)
    return colon_splits_of(pair.ru[ru.begin], pair.en, en);
  if (en.count == 1 && ru.count > 1 && pair.en[en.begin].punctuation.colon_breaks > 0)
    return colon_splits_of(pair.en[en.begin], pair.ru, ru);
  return 0;
}

/// Of the extra sentences of a 1:k or k:1 bead, how many the single sentence's joins
/// ("…; Capital…") and colon splits account for.
[[nodiscard]] std::size_t joined_sentences(const EncodedPair& pair, Span ru, Span en);

/// A scratch sized for `pair`'s vocabularies.
[[nodiscard]] Scratch make_scratch(const EncodedPair& pair);

class BeadModel {
 public:
  BeadModel(const EncodedPair& pair, const AlignWeights& weights, const LengthModel& length,
            const LexicalModel& lexical)
      : pair_(pair), w_(weights), length_(length), lexical_(lexical) {}

  /// A scratch sized for this pair (one per thread of work).
  [[nodiscard]] Scratch make_scratch() const { return detail::make_scratch(pair_); }

  [[nodiscard]] BeadSignals signals(Span ru, Span en, Scratch& scratch) const;

  /// The weighted sum of the signals (see AlignWeights), for a bead with both sides non-empty.
  [[nodiscard]] double combine(const BeadSignals& s, Span ru, Span en) const;

  /// Cost of any bead, including 0:1 and 1:0.
  [[nodiscard]] double cost(Span ru, Span en, Scratch& scratch) const {
    if (ru.count == 0 || en.count == 0) return w_.skip;
    return combine(signals(ru, en, scratch), ru, en);
  }

  /// Confidence in [0, 1] that a two-sided bead with these signals and this posterior
  /// (path_posteriors) is a correct pair.
  [[nodiscard]] double score(const BeadSignals& s, double posterior, Span ru, Span en) const;

  /// Counts word matches through `cache` where it covers the bead (see MatchCache). The cache
  /// must be built on this model's pair and outlive the model's use.
  void use_cache(const MatchCache* cache) { cache_ = cache; }

  [[nodiscard]] const AlignWeights& weights() const { return w_; }
  [[nodiscard]] const LengthModel& length_model() const { return length_; }
  [[nodiscard]] const LexicalModel& lexical_model() const { return lexical_; }
  [[nodiscard]] const EncodedPair& pair() const { return pair_; }

 private:
  const EncodedPair& pair_;
  AlignWeights w_;
  LengthModel length_;
  LexicalModel lexical_;
  const MatchCache* cache_ = nullptr;
};

}  // namespace libalign::detail
