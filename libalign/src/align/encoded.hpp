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

/// One sentence; its ids are views into the arenas of the EncodedPair that holds it (one
/// vector per pair, not two heap blocks per sentence: on a long document those blocks, with
/// their allocator overhead, outweighed the text).
struct EncodedSentence {
  std::uint32_t chars = 0;
  std::uint32_t paragraph = 0;
  std::span<const std::uint32_t> words;    ///< content stems (ru ids on the ru side, en ids on en)
  std::span<const std::uint32_t> anchors;  ///< anchor ids, sorted, unique
  PunctuationProfile punctuation;
  /// Anchors or ? / ! present: anchor_match has something to look at.
  [[nodiscard]] bool has_anchor_evidence() const {
    return !anchors.empty() || punctuation.question > 0 || punctuation.exclamation > 0;
  }
};

/// Move-only: the sentences view its arenas, which a move keeps in place and a copy would not.
struct EncodedPair {
  EncodedPair() = default;
  EncodedPair(EncodedPair&&) noexcept = default;
  EncodedPair& operator=(EncodedPair&&) noexcept = default;
  EncodedPair(const EncodedPair&) = delete;
  EncodedPair& operator=(const EncodedPair&) = delete;

  std::vector<std::uint32_t> word_arena;    ///< every sentence's words, ru sentences first
  std::vector<std::uint32_t> anchor_arena;  ///< every sentence's anchors, ru sentences first
  std::vector<EncodedSentence> ru;
  std::vector<EncodedSentence> en;
  std::vector<std::string> ru_vocab;  ///< stem of each ru id
  std::vector<std::string> en_vocab;  ///< stem of each en id
  /// For each ru id, the en ids it may translate to (dictionaries ∪ learned ∪ identical stems),
  /// restricted to stems of this English document; sorted, unique.
  std::vector<std::vector<std::uint32_t>> translations;
  std::vector<AnchorKind> anchor_kind;
  /// How much one match of the anchor counts: 1 for an anchor seen once per side, less for
  /// anchors that repeat (a "1" or a frequent name says little about which sentence is which).
  std::vector<float> anchor_weight;
  std::vector<float> en_idf;  ///< inverse document frequency of en ids over en sentences
  /// chars of sentences [0, k) at [k], so that a bead's length is one subtraction.
  std::vector<std::uint64_t> ru_chars_before, en_chars_before;
};

/// Builds the pair, computing each sentence's features (sentence_features.hpp) as it goes.
/// `lexicons` are consulted in order; null entries are skipped.
[[nodiscard]] EncodedPair encode_pair(const Document& ru, const Document& en,
                                      const std::vector<const Lexicon*>& lexicons);

/// Adds learned (ru id, en id) translation pairs.
void add_translations(EncodedPair& pair,
                      const std::vector<std::pair<std::uint32_t, std::uint32_t>>& pairs);

}  // namespace libalign::detail
