// segment/builtin_rules.hpp — the built-in segmentation rules: ICU's sentence iterator proposes,
// an ordered rule table over the context of each possible stop decides.
//
// A *stop* is a run of terminal punctuation (. ! ? … and closing quotes/brackets after it)
// followed by whitespace. For each stop the engine describes what is on its left (the word
// before the run: an abbreviation? an initial? a list number?) and on its right (the next word:
// capitalized? lowercase? after a dialogue dash?), then the first row of the rule table whose
// left and right conditions both hold decides. Where no row holds, ICU's decision stands.
// Besides stops, a bullet or the next number of a list that opens the block starts a sentence.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "libalign/document.hpp"
#include "segment/language_data.hpp"
#include "segment/rule_set.hpp"

namespace libalign::detail {

/// What is left of a stop.
enum class Left : std::uint8_t {
  kAny,
  kHeldSpan,          ///< inside a quotation or bracket opened mid-sentence: "she said, «Да. Нет.»"
  kSpaceless,         ///< a terminal of scripts without spaces: 。．！？
  kExclamationName,   ///< a name ending in "!": "Yahoo!"
  kNeverFinal,        ///< "e.g.", "т. е.", "см."
  kAbbreviation,      ///< any listed abbreviation (its current use)
  kNumberAbbreviation,  ///< a reference word before numbers: "No.", "рис.", "Jan."
  kNameAbbreviation,  ///< a title or place word before names: "Mr.", "ул.", "г."
  kStarterAbbreviation,  ///< "U.S.": ends before a sentence starter only
  kOpeningDate,       ///< "В 1998 г.": a date phrase opening the sentence, not a sentence
  kInitial,           ///< "А.", "J.", "В.В.": a person's initial
  kListMarker,        ///< "1.", "a.)", "§2." opening a sentence
  kPeriodEllipsis,    ///< "compounds. . . ." — a period followed by an ellipsis
  kEllipsis,          ///< "…", "...", ". . ."
  kQuotedStop,        ///< the run ends with a closing quote: "'Well!' thought Alice"
  kDateline,          ///< a news dateline: "МОСКВА, 5 окт. — РИА Новости"
  kPlainWord,         ///< an ordinary word and a period: "available."
  kGlued,             ///< no space after the stop: "world.Today"
  kFootnote,          ///< a footnote number after the period: "out.1 But"
};

/// What is right of a stop (after whitespace, a dialogue dash, opening quotes/brackets).
enum class Right : std::uint8_t {
  kAny,
  kUpper,      ///< a capitalized word
  kCapital,    ///< a capitalized word other than the English pronoun "I"
  kLower,      ///< a lowercase word
  kLowerWord,  ///< a lowercase word that is not itself abbreviated ("ed." is)
  kUrl,        ///< a web address: "http://", "www."
  kDigit,      ///< a number
  kStarter,    ///< a capitalized sentence starter: "The", "It", "How"
  kDashUpper,  ///< a dash, then a capitalized word: "— А мне?"
  kDashLower,  ///< a dash, then a lowercase word: "— сказал он"
};

enum class Action : std::uint8_t {
  kBreak,
  kNoBreak,
  kBreakBeforeEllipsis,  ///< break after the period, the ellipsis opens the next sentence
};

/// Which languages a rule is for.
enum LanguageMask : std::uint8_t { kRu = 1, kEn = 2, kBoth = 3 };

struct Rule {
  Left left;
  Right right;
  Action action;
  std::uint8_t languages;
  std::string_view example;  ///< a case it decides; documents the rule and names its tests
};

/// The ordered rule table: the first row that matches a stop decides.
[[nodiscard]] std::span<const Rule> builtin_rule_table();

class BuiltinRules final : public RuleSet {
 public:
  explicit BuiltinRules(Language language);
  void find_breaks(std::string_view block, std::vector<std::size_t>& ends) const override;
  [[nodiscard]] const LanguageData& data() const noexcept { return data_; }

 private:
  Language language_;
  std::uint8_t language_mask_;
  LanguageData data_;
};

}  // namespace libalign::detail
