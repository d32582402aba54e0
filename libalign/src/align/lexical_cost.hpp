// The lexical signal, in the spirit of hunalign: how many content words of each side have a
// translation (dictionary, learned pair or identical stem) on the other side of the bead.
//
// The counts become a log-likelihood ratio: in a true translation pair a content word finds its
// translation with probability p_t, in an unrelated pair with p_r (chance: common words, loose
// dictionary senses). With k of N words matched,
//
//   LLR = k · ln(p_t / p_r) + (N − k) · ln((1 − p_t) / (1 − p_r))
//
// Unlike a match ratio, this weighs the amount of evidence (thirty unmatched words say more than
// three). Only words that have a candidate translation somewhere in the other document are
// counted: the rest match in no bead, true or not, so they are no evidence either way, and
// counting them as misses would price long sentences, and every pair of a text the lexicons
// barely cover, above leaving the sentences out. A word facing several sentences finds a
// translation by chance more easily, so for a word whose other side holds s sentences the
// rates are
//   unrelated:  1 − (1 − p_r)^s        true:  1 − (1 − p_t)(1 − p_r)^(s−1)
// which keeps merging two good 1:1 beads into a 2:2 from looking better than it is.
// p_r is measured on each document pair (random sentence pairs), p_t re-estimated after the first
// pass, so a dictionary that knows the Bible's wording less well than the news is allowed for.
#pragma once

#include <vector>

#include "align/encoded.hpp"
#include "align/scratch.hpp"
#include "align/span.hpp"

namespace libalign::detail {

struct LexicalMatch {
  /// Content words of the Russian side that have a candidate translation somewhere in the
  /// English document (the others cannot match in any bead, so they are not evidence).
  int ru_words = 0;
  int en_words = 0;    ///< ... of the English side that some Russian word may translate to
  int ru_matched = 0;  ///< ... with a translation among the English side's words
  int en_matched = 0;  ///< ... that some Russian word of the bead translates to
  /// Sentences of the Russian / English side that do not find their own translations in the
  /// bead (supported() false).
  int ru_unsupported = 0;
  int en_unsupported = 0;
};

/// Sentences a side needs before its surplus matches can earn credit (LexicalModel::llr).
inline constexpr std::size_t kRepeatSentences = 3;

/// Whether a sentence with `matched` of its `translatable` words matched in a bead finds its own
/// translations there, rather than a word or two by chance.
[[nodiscard]] constexpr bool supported(int matched, int translatable) {
  return matched >= 4 && 5 * matched >= 3 * translatable;
}

/// Counts for sentences `ru` × `en` of the pair. Linear in the words and their translations.
[[nodiscard]] LexicalMatch lexical_match(const EncodedPair& pair, Span ru, Span en,
                                         Scratch& scratch);

/// Word matches of every sentence pair (i, j) that a banded search can put into one bead,
/// computed once, as bit masks: bit k of ru_mask(i, j) says that word k of ru sentence i has a
/// translation in en sentence j (and en_mask the reverse). A bead's counts are then popcounts of
/// the masks OR-ed over its sentences, instead of a pass over all its words and translations
/// for each of the many beads that share those sentences.
class MatchCache {
 public:
  /// Covers the pairs that beads of up to `max_side` sentences a side, ending at cells of
  /// `band`, contain.
  MatchCache(const EncodedPair& pair, const std::vector<std::size_t>& band_lo,
             const std::vector<std::size_t>& band_hi, std::size_t max_side, Scratch& scratch);

  /// The bead's counts, or false when some sentence has more words than a mask holds or a
  /// pair is outside the cache (then the caller counts directly).
  bool match(Span ru, Span en, LexicalMatch& out) const;

 private:
  static constexpr std::size_t kMaxWords = 64;
  const EncodedPair& pair_;
  std::vector<std::size_t> first_;            // per ru sentence: first cached en sentence
  std::vector<std::size_t> count_;            // ... and how many
  std::vector<std::size_t> offset_;           // ... and where its masks start
  std::vector<std::uint8_t> long_en_before_;  // en sentences [0, j) with more than kMaxWords,
                                              // modulo 256
  std::vector<std::uint64_t> ru_masks_, en_masks_;
};

class LexicalModel {
 public:
  LexicalModel(double p_true = 0.45, double p_random = 0.08);

  [[nodiscard]] double p_true() const { return p_true_; }
  [[nodiscard]] double p_random() const { return p_random_; }

  /// The log-likelihood ratio "translation" vs "unrelated" of the word matches of a bead of
  /// `ru_sentences` and `en_sentences` (both ≥ 1). `repeat_credit` is what a surplus match
  /// earns where every sentence of a side of three or more finds its own translations
  /// (AlignWeights::repeat_credit; see the definition).
  [[nodiscard]] double llr(const LexicalMatch& m, std::size_t ru_sentences,
                           std::size_t en_sentences, double repeat_credit) const;

 private:
  static constexpr std::size_t kMaxSentences = 8;
  double p_true_;    // chance that a word of a true pair finds its translation
  double p_random_;  // ... of an unrelated pair
  // Per count of sentences facing the word: ln of the rate ratios for a match and a miss
  // (computed once: the DP asks millions of times).
  double match_weight_[kMaxSentences + 1] = {};
  double miss_weight_[kMaxSentences + 1] = {};
};

/// p_r measured on the pair: the match rate of sentence pairs spread evenly over the n×m
/// matrix (nearly all unrelated), p_t = `prior_true`. Deterministic.
[[nodiscard]] LexicalModel initial_lexical_model(const EncodedPair& pair, double prior_true,
                                                 Scratch& scratch);

/// p_t re-estimated from the matches of aligned beads, shrunk towards the prior.
[[nodiscard]] LexicalModel refine_lexical_model(const std::vector<LexicalMatch>& aligned,
                                                const LexicalModel& prior);

}  // namespace libalign::detail
