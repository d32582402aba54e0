// A document pair prepared for the cost model: every sentence's features turned into small
// integer ids, once, so that scoring a bead is a few array look-ups.
//
// Vocabularies are per pair: Russian content stems, English content stems, and anchors (numbers,
// name keys, links, verbatim words) that occur in both documents; an anchor found on one side
// only can never match and is dropped — except numbers, which still count as mismatches.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "features/sentence_features.hpp"
#include "libalign/document.hpp"
#include "libalign/lexicon.hpp"

namespace libalign::detail {

enum class AnchorKind : std::uint8_t { kNumber, kName, kLink, kVerbatim };

/// A sentence's anchor entry with this bit set is a *soft* occurrence of the anchor: a number
/// written as a word ("ten"), which matches the other side's "10" but, unlike a written number,
/// counts as no mismatch where the other side lacks it. The id is the entry without the bit.
inline constexpr std::uint32_t kSoftAnchor = std::uint32_t{1} << 31;
[[nodiscard]] constexpr std::uint32_t anchor_id(std::uint32_t entry) {
  return entry & ~kSoftAnchor;
}
[[nodiscard]] constexpr bool is_soft(std::uint32_t entry) { return (entry & kSoftAnchor) != 0; }

/// One sentence's scalars. Its ids live in the arenas of the EncodedPair that holds it (one
/// vector per pair, not two heap blocks per sentence: on a long document those blocks, with
/// their allocator overhead, outweighed the text), found through the pair's offset tables;
/// this struct stays at 16 bytes, which counts on a file of a million one-word lines.
struct EncodedSentence {
  /// Bits of `evidence`: what anchor_match can find in the sentence without reading its ids.
  static constexpr std::uint8_t kQuestion = 1;     ///< has a ?
  static constexpr std::uint8_t kExclamation = 2;  ///< has a !
  static constexpr std::uint8_t kAnchors = 4;      ///< has anchors
  static constexpr std::uint8_t kHardNumbers = 8;  ///< has numbers written as numbers

  std::uint32_t chars = 0;
  std::uint32_t paragraph = 0;
  PunctuationProfile punctuation;
  std::uint8_t evidence = 0;
};

/// Move-only: it is large, and nothing needs a second copy.
struct EncodedPair {
  EncodedPair() = default;
  EncodedPair(EncodedPair&&) noexcept = default;
  EncodedPair& operator=(EncodedPair&&) noexcept = default;
  EncodedPair(const EncodedPair&) = delete;
  EncodedPair& operator=(const EncodedPair&) = delete;

  /// Content stem ids of ru sentence i / en sentence j (ru ids on the ru side, en ids on en).
  [[nodiscard]] std::span<const std::uint32_t> ru_words(std::size_t i) const {
    return slice(word_arena, word_offsets, i);
  }
  [[nodiscard]] std::span<const std::uint32_t> en_words(std::size_t j) const {
    return slice(word_arena, word_offsets, ru.size() + j);
  }
  /// Anchor entries of ru sentence i / en sentence j, sorted, unique (see kSoftAnchor).
  [[nodiscard]] std::span<const std::uint32_t> ru_anchors(std::size_t i) const {
    return slice(anchor_arena, anchor_offsets, i);
  }
  [[nodiscard]] std::span<const std::uint32_t> en_anchors(std::size_t j) const {
    return slice(anchor_arena, anchor_offsets, ru.size() + j);
  }
  /// How many of ru sentence i's / en sentence j's words could find a translation in the other
  /// document at all (see count_translatable).
  [[nodiscard]] std::uint32_t ru_translatable(std::size_t i) const { return translatable[i]; }
  [[nodiscard]] std::uint32_t en_translatable(std::size_t j) const {
    return translatable[ru.size() + j];
  }

  std::vector<std::uint32_t> word_arena;    ///< every sentence's words, ru sentences first
  std::vector<std::uint32_t> anchor_arena;  ///< every sentence's anchors, ru sentences first
  /// Sentence k's ids are arena[offsets[k], offsets[k + 1]); k counts ru sentences, then en.
  std::vector<std::uint32_t> word_offsets, anchor_offsets;
  std::vector<EncodedSentence> ru;
  std::vector<EncodedSentence> en;
  std::vector<std::string> ru_vocab;  ///< stem of each ru id
  std::vector<std::string> en_vocab;  ///< stem of each en id
  /// For each ru id, the en ids it may translate to (dictionaries ∪ learned ∪ identical stems),
  /// restricted to stems of this English document; sorted, unique.
  std::vector<std::vector<std::uint32_t>> translations;
  /// For each en id, whether some ru id's translations hold it.
  std::vector<std::uint8_t> en_is_translation;
  /// Per sentence (ru, then en), its words that have a candidate translation in the other
  /// document (counted with repeats, as the word lists hold them).
  std::vector<std::uint32_t> translatable;
  std::vector<AnchorKind> anchor_kind;
  /// How much one match of the anchor counts: 1 for an anchor seen once per side, less for
  /// anchors that repeat (a "1" or a frequent name says little about which sentence is which).
  std::vector<float> anchor_weight;
  std::vector<float> en_idf;  ///< inverse document frequency of en ids over en sentences
  /// chars of sentences [0, k) at [k], so that a bead's length is one subtraction (32 bits:
  /// a document is at most LoadOptions::max_bytes, far below 2^32).
  std::vector<std::uint32_t> ru_chars_before, en_chars_before;

 private:
  static std::span<const std::uint32_t> slice(const std::vector<std::uint32_t>& arena,
                                              const std::vector<std::uint32_t>& offsets,
                                              std::size_t k) {
    return std::span<const std::uint32_t>(arena).subspan(offsets[k], offsets[k + 1] - offsets[k]);
  }
};

/// Builds the pair, computing each sentence's features (sentence_features.hpp) as it goes.
/// `lexicons` are consulted in order; null entries are skipped.
[[nodiscard]] EncodedPair encode_pair(const Document& ru, const Document& en,
                                      const std::vector<const Lexicon*>& lexicons);

/// The share of the Russian document's content words that have a candidate translation in the
/// English document (0 for a document without words): how much of the text the lexicons cover.
[[nodiscard]] double lexicon_coverage(const EncodedPair& pair);

/// Adds learned (ru id, en id) translation pairs (and updates the translatable counts).
void add_translations(EncodedPair& pair,
                      const std::vector<std::pair<std::uint32_t, std::uint32_t>>& pairs);

/// Fills en_is_translation and translatable from `translations`. A word without a candidate
/// translation anywhere in the other document matches in no bead, so it says nothing about
/// which sentences translate each other; the lexical signal counts only the others.
void count_translatable(EncodedPair& pair);

}  // namespace libalign::detail
