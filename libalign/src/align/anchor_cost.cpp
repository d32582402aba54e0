#include "align/anchor_cost.hpp"

namespace libalign::detail {
namespace {

// Names give two keys per word (names.hpp); each counts half.
double kind_weight(AnchorKind kind) { return kind == AnchorKind::kName ? 0.5 : 1.0; }

}  // namespace

AnchorMatch anchor_match(const EncodedPair& pair, Span ru, Span en, Scratch& scratch) {
  AnchorMatch m;
  // Most sentences hold no anchor and no ? or !: nothing to match or miss.
  bool any = false;
  for (std::size_t i = ru.begin; i < ru.end() && !any; ++i) any = pair.ru_has_anchor_evidence(i);
  for (std::size_t j = en.begin; j < en.end() && !any; ++j) any = pair.en_has_anchor_evidence(j);
  if (!any) return m;
  scratch.ru_anchors.clear();
  scratch.en_anchors.clear();
  bool ru_question = false, ru_exclamation = false, en_question = false, en_exclamation = false;
  for (std::size_t i = ru.begin; i < ru.end(); ++i) {
    for (std::uint32_t a : pair.ru_anchors(i)) scratch.ru_anchors.insert(anchor_id(a));
    ru_question |= pair.ru[i].punctuation.question > 0;
    ru_exclamation |= pair.ru[i].punctuation.exclamation > 0;
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
    en_question |= pair.en[j].punctuation.question > 0;
    en_exclamation |= pair.en[j].punctuation.exclamation > 0;
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
  m.punctuation_mismatch =
      (ru_question != en_question ? 1 : 0) + (ru_exclamation != en_exclamation ? 1 : 0);
  return m;
}

}  // namespace libalign::detail
