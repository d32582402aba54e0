// The anchor signal: tokens that survive translation unchanged or nearly so — numbers in
// canonical form, names through transliteration, URLs and e-mails, identical words — plus the
// punctuation that marks a question or an exclamation, and how a sentence ends.
//
// A shared anchor is strong evidence for a bead, weighted down when the anchor repeats in the
// documents. A number on one side of the bead that the other side lacks (though the other
// document has it somewhere) is evidence against: translators keep numbers.
#pragma once

#include "align/encoded.hpp"
#include "align/scratch.hpp"
#include "align/span.hpp"

namespace libalign::detail {

struct AnchorMatch {
  double matched = 0;          ///< weighted anchors present on both sides (names count ½ per key)
  double number_mismatch = 0;  ///< weighted numbers present on one side only
  int punctuation_mismatch = 0;  ///< ? and ! on one side only, full stop against bare end (0–3)
};

[[nodiscard]] AnchorMatch anchor_match(const EncodedPair& pair, Span ru, Span en, Scratch& scratch);

}  // namespace libalign::detail
