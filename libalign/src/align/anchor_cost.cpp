#include "align/anchor_cost.hpp"

namespace libalign::detail {
namespace {

// Names give two keys per word (names.hpp); each counts half.
double kind_weight(AnchorKind kind) { return kind == AnchorKind::kName ? 0.5 : 1.0; }

// The numbers of one sentence that, written as numbers, count as mismatches when nothing on
// the other side of the bead can match them.
double hard_number_weight(const EncodedPair& pair, std::span<const std::uint32_t> anchors) {
  double weight = 0;
  for (std::uint32_t entry : anchors) {
    const std::uint32_t a = anchor_id(entry);
    if (!is_soft(entry) && pair.anchor_kind[a] == AnchorKind::kNumber)
      weight += pair.anchor_weight[a];
  }
  return weight;
}

}  // namespace

AnchorMatch anchor_match(const EncodedPair& pair, Span ru, Span en, Scratch& scratch) {
  AnchorMatch m;
  // The DP asks this for every cell and move: the sentences' evidence bits settle most beads
  // without reading an id. Three in four beads of a novel have anchors on one side at most.
  std::uint8_t ru_evidence = 0, en_evidence = 0;
  std::size_t numbered = 0, last_numbered = 0;  // sentences with numbers, either side
  for (std::size_t i = ru.begin; i < ru.end(); ++i) {
    ru_evidence |= pair.ru[i].evidence;
    if ((pair.ru[i].evidence & EncodedSentence::kHardNumbers) != 0) ++numbered, last_numbered = i;
  }
  for (std::size_t j = en.begin; j < en.end(); ++j) {
    en_evidence |= pair.en[j].evidence;
    if ((pair.en[j].evidence & EncodedSentence::kHardNumbers) != 0)
      ++numbered, last_numbered = pair.ru.size() + j;
  }
  const std::uint8_t differ = ru_evidence ^ en_evidence;
  // A bead ends where its last sentences end: a full stop on one side and a bare word (a
  // heading) on the other is a mismatch.
  const SentenceEnding ru_ending = pair.ru[ru.end() - 1].punctuation.ending;
  const SentenceEnding en_ending = pair.en[en.end() - 1].punctuation.ending;
  const bool ending_mismatch =
      (ru_ending == SentenceEnding::kFullStop && en_ending == SentenceEnding::kBare) ||
      (ru_ending == SentenceEnding::kBare && en_ending == SentenceEnding::kFullStop);
  m.punctuation_mismatch = ((differ & EncodedSentence::kQuestion) != 0 ? 1 : 0) +
                           ((differ & EncodedSentence::kExclamation) != 0 ? 1 : 0) +
                           (ending_mismatch ? 1 : 0);
  if ((ru_evidence & en_evidence & EncodedSentence::kAnchors) == 0 && numbered <= 1) {
    // Nothing can match; one sentence's numbers (unique within it) are all mismatches.
    if (numbered == 1) {
      m.number_mismatch =
          last_numbered < pair.ru.size()
              ? hard_number_weight(pair, pair.ru_anchors(last_numbered))
              : hard_number_weight(pair, pair.en_anchors(last_numbered - pair.ru.size()));
    }
    return m;
  }
  scratch.ru_anchors.clear();
  scratch.en_anchors.clear();
  for (std::size_t i = ru.begin; i < ru.end(); ++i) {
    for (std::uint32_t a : pair.ru_anchors(i)) scratch.ru_anchors.insert(anchor_id(a));
  }
  for (std::size_t j = en.begin; j < en.end(); ++j) {
    for (std::uint32_t entry : pair.en_anchors(j)) {
      const std::uint32_t a = anchor_id(entry);
      if (scratch.en_anchors.contains(a)) continue;  // a repeat inside the bead counts once
      scratch.en_anchors.insert(a);
      const double w = pair.anchor_weight[a] * kind_weight(pair.anchor_kind[a]);
      if (scratch.ru_anchors.contains(a)) {
        m.matched += w;
      } else if (pair.anchor_kind[a] == AnchorKind::kNumber && !is_soft(entry)) {
        m.number_mismatch += w;
      }
    }
  }
  for (std::size_t i = ru.begin; i < ru.end(); ++i) {
    for (std::uint32_t entry : pair.ru_anchors(i)) {
      const std::uint32_t a = anchor_id(entry);
      if (is_soft(entry)) continue;
      if (pair.anchor_kind[a] == AnchorKind::kNumber && !scratch.en_anchors.contains(a)) {
        m.number_mismatch += pair.anchor_weight[a];
        scratch.en_anchors.insert(a);  // count a repeated ru number once
      }
    }
  }
  return m;
}

}  // namespace libalign::detail
