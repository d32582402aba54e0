// segment/rule_table.hpp — the built-in rules as data: an ordered table of (left condition,
// right condition, action) rows over the context of a stop. See builtin_rules.hpp for how it is
// applied and srx_export.cpp for its SRX form.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace libalign::detail {

/// What is left of a stop.
enum class Left : std::uint8_t {
  kAny,
  kHeldSpan,   ///< inside a quotation or bracket opened mid-sentence: "she said, «Да. Нет.»"
  kSpaceless,  ///< a terminal of scripts without spaces: 。．！？
  kExclamationName,      ///< a name ending in "!": "Yahoo!"
  kNeverFinal,           ///< "e.g.", "т. е.", "см."
  kAbbreviation,         ///< any listed abbreviation (its current use)
  kNumberAbbreviation,   ///< a reference word before numbers: "No.", "рис.", "Jan."
  kNameAbbreviation,     ///< a title or place word before names: "Mr.", "ул.", "г."
  kCapitalsTitle,        ///< a listed title in capitals, likelier an acronym: "RT.", "SEC."
  kStarterAbbreviation,  ///< "U.S.": ends before a sentence starter only
  kClockAbbreviation,    ///< "a.m.", "p.m."
  kOpeningDate,          ///< "В 1998 г.", "At 5 a.m.": a date phrase opening the sentence
  kInitial,              ///< "А.", "J.", "В.В.": a person's initial
  kListMarker,           ///< "1.", "a.)", "§2." opening a sentence
  kPeriodEllipsis,       ///< "compounds. . . ." — a period followed by an ellipsis
  kEllipsis,             ///< "…", "...", ". . ."
  kQuotedStop,           ///< the run ends with a closing quote: "'Well!' thought Alice"
  kQuotedQuestion,       ///< ?, ! or an ellipsis, then a closing quote: "Why?" I asked
  kQuestion,             ///< a ? or ! (not an ellipsis) in a sentence that began with a capital
  kDateline,             ///< a news dateline: "МОСКВА, 5 окт. — РИА Новости"
  kPlainWord,            ///< an ordinary word and a period: "available."
  kGlued,                ///< no space after the stop: "world.Today"
  kFootnote,             ///< a footnote number after the period: "out.1 But"
  kEmoticon,             ///< a smiley: "less crowded :) It's too bad"
};

/// What is right of a stop (after whitespace, a dialogue dash, opening quotes/brackets).
enum class Right : std::uint8_t {
  kAny,
  kUpper,         ///< a capitalized word
  kCapital,       ///< a capitalized word other than the English pronoun "I"
  kTitleCase,     ///< a capital, then a lowercase letter: "According" (not "THEN", not "A")
  kLower,         ///< a lowercase word
  kLowerWord,     ///< a lowercase word that is not itself abbreviated ("ed." is)
  kUrl,           ///< a web address: "http://", "www."
  kMention,       ///< a social-media handle: "@user22" (a reply opens with one)
  kTagsToEnd,     ///< nothing but hashtags up to the end of the block: "goal. #DCU #MLS"
  kTimeZone,      ///< a time zone: "Moscow", "GMT", "ET" (after a clock time)
  kAttribution,   ///< "I asked", "I said" (English): the speaker after a quotation
  kDigit,         ///< a number
  kStarter,       ///< a capitalized sentence starter: "The", "It", "How"
  kDashUpper,     ///< a dash, then a capitalized word: "— А мне?"
  kDashLower,     ///< a dash, then a lowercase word: "— сказал он"
  kContinuation,  ///< punctuation that never opens a sentence: "2024 г. | 10:32"
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

}  // namespace libalign::detail
