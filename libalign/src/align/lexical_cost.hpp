// The lexical signal, in the spirit of hunalign: how many content words of each side have a
// translation (dictionary, learned pair or identical stem) on the other side of the bead.
#pragma once

#include "align/encoded.hpp"
#include "align/scratch.hpp"
#include "align/span.hpp"

namespace libalign::detail {

struct LexicalMatch {
  int ru_words = 0;    ///< content words of the Russian side
  int en_words = 0;
  int ru_matched = 0;  ///< ... with a translation among the English side's words
  int en_matched = 0;  ///< ... that some Russian word of the bead translates to

  /// Share of the bead's content words that found their translation, smoothed towards
  /// `prior` with `prior_weight` pseudo-words so that a two-word bead is not judged on two words.
  [[nodiscard]] double coverage(double prior, double prior_weight) const {
    return (ru_matched + en_matched + prior * prior_weight) / (ru_words + en_words + prior_weight);
  }
};

/// Counts for sentences `ru` × `en` of the pair. Linear in the words and their translations.
[[nodiscard]] LexicalMatch lexical_match(const EncodedPair& pair, Span ru, Span en,
                                         Scratch& scratch);

}  // namespace libalign::detail
