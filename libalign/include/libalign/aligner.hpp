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

/// The weights of the cost model, in one place. Every bead's cost is
///   cost = length + lexical + anchors + structure   (each term documented in docs/alignment.md)
/// Defaults were fitted on the dev data; users rarely need to change them.
struct AlignWeights {
  double length = 1.0;         ///< Gale–Church length term (negative log probability)
  double lexical = 4.0;        ///< dictionary / learned-lexicon coverage term
  double anchors = 2.0;        ///< numbers, names (transliterated), URLs, identical tokens
  double paragraph = 1.0;      ///< cost of a bead that crosses a paragraph boundary
  double skip = 4.5;           ///< cost of a 0:1 or 1:0 bead
  double many = 1.0;           ///< extra cost per sentence beyond one on a side (2:1, 1:2, ...)
};

struct AlignOptions {
  AlignWeights weights;
  /// Learn word pairs from confident first-pass beads and align again.
  bool learn_lexicon = true;
  /// Half-width of the band searched around the coarse path, in sentences.
  std::size_t band = 30;
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
