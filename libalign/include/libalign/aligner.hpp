// libalign/aligner.hpp — score and align: two segmented documents → beads.
//
// Usage (the whole pipeline; see pipeline.hpp for the one-call version):
//
//   #include <libalign/aligner.hpp>
//   #include <libalign/io.hpp>
//   #include <libalign/segmenter.hpp>
//   #include <libalign/tmx.hpp>
//
//   libalign::Document ru = libalign::load("article.ru.txt");
//   libalign::Document en = libalign::load("article.en.txt");
//   libalign::Segmenter::builtin(ru.language).segment(ru);
//   libalign::Segmenter::builtin(en.language).segment(en);
//   libalign::Aligner aligner;                 // built-in dictionary, default weights
//   std::vector<libalign::Bead> beads = aligner.align(ru, en);
//   for (const libalign::Bead& bead : beads)   // every sentence is in exactly one bead
//     if (bead.score >= 0.5) use(bead.ru_text(ru), bead.en_text(en));
//
// i = Russian sentence index, j = English sentence index throughout.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "libalign/document.hpp"
#include "libalign/lexicon.hpp"

namespace libalign {

/// A bead: ru sentences [ru_begin, ru_begin + ru_count) aligned with en sentences
/// [en_begin, en_begin + en_count). One side may be empty (0:1, 1:0: text on one side only).
struct Bead {
  std::size_t ru_begin = 0;
  std::size_t ru_count = 0;
  std::size_t en_begin = 0;
  std::size_t en_count = 0;
  /// Confidence in [0, 1] that the bead is a correct translation pair; 0 for 0:1/1:0 beads.
  double score = 0.0;

  /// "1:1", "2:1", "0:1", ... (Russian count first).
  [[nodiscard]] std::string type() const;
  /// The sentences of each side joined by one space.
  [[nodiscard]] std::string ru_text(const Document& ru) const;
  [[nodiscard]] std::string en_text(const Document& en) const;
  friend bool operator==(const Bead&, const Bead&) = default;
};

/// The weights of the cost model, in one place. A bead of i Russian and j English sentences
/// (i, j ≥ 1) costs
///
///   length · GaleChurch(δ)                      − log P(|δ|), δ from the two sides' lengths
/// − lexical · LLR                               log-likelihood ratio of the content words
///                                               that found / did not find a translation
/// − anchors · min(matched anchors, anchor_cap)  shared numbers, names, URLs, identical words
/// + number_mismatch · numbers on one side only
/// + punctuation · (? or ! on one side only; a full stop against a bare end)
/// + paragraph · paragraph boundaries inside the bead
/// + many · (i + j − 2)                          prior against merging sentences
/// − joined · joins                              1:k or k:1 beads whose single sentence holds
///                                               "…; Capital…" joins, or a colon where the k
///                                               side ends a sentence with it; up to k − 1
///
/// and a 0:1 or 1:0 bead costs `skip`. The aligner finds the bead sequence of least total cost.
/// docs/alignment.md explains each term. Defaults were fitted on the dev data (news and Bible
/// text, clean and with deletions and merges); users rarely need to change them.
struct AlignWeights {
  double length = 0.7;           ///< Gale–Church length term
  double length_ratio = 1.05;    ///< prior English/Russian character ratio (estimated on each pair)
  double length_variance = 2.0;  ///< prior s² of the length model (re-estimated on each pair)
  double lexical = 0.7;          ///< dictionary / learned-lexicon term (× LLR)
  /// Prior share of a true pair's words that find a translation, among the words that have a
  /// candidate translation somewhere in the other document (re-estimated on each pair).
  double match_rate = 0.8;
  /// What a match beyond the other side's count earns where a side of three or more sentences
  /// all find their own translations in the bead (a long sentence against its clauses, each
  /// restating its nouns); elsewhere such a surplus earns nothing.
  double repeat_credit = 0.5;
  double anchors = 1.0;          ///< reward per shared anchor
  double anchor_cap = 3.0;       ///< shared anchors beyond this many add nothing
  double number_mismatch = 2.0;  ///< cost per number present on one side only
  double punctuation = 1.0;      ///< cost per ? or ! on one side only, and for a full stop
                                 ///< against a bare end (a headline)
  double paragraph = 1.0;        ///< cost per paragraph boundary inside a bead
  double skip = 4.5;             ///< cost of a 0:1 or 1:0 bead
  double many = 3.0;             ///< extra cost per sentence beyond one on a side (2:1, 1:2, ...)
  /// Taken off `many` for each extra sentence of a 1:k or k:1 bead that a join in the single
  /// sentence accounts for: a semicolon followed by a capital letter is two sentences run
  /// together, and their translation is two sentences; a colon inside it, where the other side
  /// ends a sentence (and its paragraph) with that colon, is one sentence split in two.
  double joined = 2.0;
  /// Extra sentences per two-sided bead (beyond 1:1, not counting joins) at which `many` is
  /// right. After the first pass `many` moves by ln(merge_rate / the pass's own rate): up where
  /// a document merges less (clean news), down where it merges more (raw Bible text).
  double merge_rate = 0.15;
  /// Length term of the coarse search's block beads, times the share of Russian words the
  /// lexicons leave uncovered: what the block cosines cannot see, lengths have to.
  double coarse_length = 0.5;
  /// Temperature of the bead posteriors (the probability that the alignment passes through a
  /// bead when every path has probability ∝ exp(−cost / temperature)).
  double temperature = 1.0;
  /// Bead confidence, a logistic regression fitted on the dev data (bench/fit_score.py), its
  /// bias then lowered until at least 97.5% of the dev beads scored ≥ 0.5 were correct:
  ///   score = 1 / (1 + exp(−z)),  z = score_bias + score_posterior · logit(posterior)
  ///         + score_lexical · LLR
  ///         + score_length · GaleChurch + score_anchors · min(anchors, anchor_cap)
  ///         + score_mismatch · (numbers on one side + punctuation mismatches)
  ///         + score_size · (i + j − 2)
  double score_bias = -0.05;
  double score_posterior = 0.65;
  double score_lexical = -0.01;
  double score_length = -0.24;
  double score_anchors = 0.32;
  double score_mismatch = -0.1;
  double score_size = -0.71;
};

struct AlignOptions {
  AlignWeights weights;
  /// Learn word pairs from confident first-pass beads and align again.
  bool learn_lexicon = true;
  /// Use the built-in lexicon (Lexicon::builtin()) when it is available.
  bool builtin_lexicon = true;
  /// Half-width of the band searched around the coarse path, in sentences.
  std::size_t band = 20;
  /// Documents up to this many sentences a side are aligned with the full DP matrix (no
  /// coarse pass): below it the full search is cheap and cannot miss.
  std::size_t full_search_limit = 250;
};

/// Aligns two segmented documents. Immutable after construction; align() is safe to call
/// concurrently from several threads. Time and memory are linear in the number of sentences.
class Aligner {
 public:
  /// Uses the built-in lexicon (when present) merged with `extra` (e.g. --lexicon FILE).
  explicit Aligner(AlignOptions options = {}, std::shared_ptr<const Lexicon> extra = nullptr);
  ~Aligner();
  Aligner(Aligner&&) noexcept;
  Aligner& operator=(Aligner&&) noexcept;

  /// Beads covering every sentence of both documents exactly once, in order.
  /// `ru` and `en` must have been segmented. Their languages are not checked.
  [[nodiscard]] std::vector<Bead> align(const Document& ru, const Document& en) const;

  [[nodiscard]] const AlignOptions& options() const noexcept;

  class Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

/// Two documents in the order the user gave them (FILE1, FILE2) and their beads.
struct Alignment {
  Document first;
  Document second;
  std::vector<Bead> beads;  ///< indices are Russian/English, whichever file each is

  [[nodiscard]] bool first_is_russian() const noexcept {
    return first.language == Language::kRussian;
  }
  [[nodiscard]] const Document& ru() const noexcept { return first_is_russian() ? first : second; }
  [[nodiscard]] const Document& en() const noexcept { return first_is_russian() ? second : first; }
};

}  // namespace libalign
