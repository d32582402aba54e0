// Loanwords as a stand-in for the dictionary: a Russian stem that, transliterated, is spelled
// like an English stem of the document (технолог → technolog, коронавирус → coronavirus,
// климат → climat) may translate to it. Without the dictionary the lexicons know only names and
// identical words, a few percent of the text; news and science share enough international
// vocabulary with English that these pairs tell sentences apart where lengths cannot.
//
// Spelling alike is a guess, and some guesses are wrong (проведен / provid): they add chance
// matches, which the lexical model's measured p_r prices like any other. With the dictionary
// the guesses add nothing it does not know better, so the aligner uses them only where the
// lexicons cover little (align_pair.cpp).
#pragma once

#include <string>
#include <string_view>

#include "align/encoded.hpp"

namespace libalign::detail {

/// An ASCII lowercase spelling reduced to what Russian transliteration and English spelling of
/// one loanword share: "kh", "ch" and "h" are one letter (технология / technology), "c" is "k"
/// or "s" as English reads it, "ts" (ц) is "s", "z" is "s", "ph" is "f", "th" is "t", "zh" and
/// "dzh" are "j", "y" is "i", doubled letters are single.
[[nodiscard]] std::string cognate_spelling(std::string_view ascii_lower);

/// Whether two cognate spellings (cognate_spelling) are one word: over the shorter one's
/// length, six to forty letters, they differ in at most one letter in five, and the longer
/// goes on for at most three letters more (stems end differently: президент → "prezident",
/// president → "presid").
[[nodiscard]] bool same_cognate(std::string_view a, std::string_view b);

/// Adds to each Cyrillic Russian stem that has no translation yet the English stems of the
/// pair that are its cognates, and recounts the translatable words.
void add_cognates(EncodedPair& pair);

}  // namespace libalign::detail
