// segment/language_data.hpp — the built-in rules' word lists for Russian and English: which
// abbreviations exist and what may follow them, which words start sentences, which names end in
// "!". The rule engine (builtin_rules.cpp) and the SRX export (srx_export.cpp) both read these.
#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "libalign/document.hpp"
#include "util/string_hash.hpp"

namespace libalign::detail {

/// What may follow an abbreviation without ending the sentence. Flags combine; 0 means the
/// abbreviation may end a sentence before a capital ("etc.", "Inc.", "тыс."), but never before a
/// lowercase word.
enum AbbreviationUse : std::uint8_t {
  kNeverFinal = 1,    ///< "e.g.", "т. е.", "см.": always continues
  kBeforeName = 2,    ///< "Mr.", "ул.", "проф.": continues before a capitalized word
  kBeforeNumber = 4,  ///< "No.", "рис.", "Jan.": continues before a number
  kWordToo = 8,       ///< "no", "art": also a plain word; an abbreviation only before a number
  kStarterEnds = 16,  ///< "U.S.": before a capital it ends only if a sentence starter follows
  kDateUnit = 32,     ///< "1998 г.", "XIX в.": may end, but not an opening "В 1998 г." phrase
  kClockTime = 64,    ///< "a.m.", "p.m.": continues before a time zone ("10 p.m. Moscow time"),
                      ///< and does not end an opening "At 5 a.m." phrase
  /// "нем.", "порт.", "род.": an abbreviation before a foreign word, a number or lowercase text
  /// ("нем. Schwarzwald"); before a Cyrillic capital, the word "(в) нем", "порт", "род".
  kWordBeforeCyrillic = 128,
  kSameAfterNumber = 0xFF,  ///< (for after_number) same use as without a number
};

/// One abbreviation as written in text, e.g. "т. е." or "Ph.D."; matching ignores case and the
/// spaces between its dotted parts, so "т.е." and "т. е." are the same entry.
struct Abbreviation {
  std::string_view text;
  std::uint8_t use = 0;
  /// The use when a number precedes it: "1998 г." is a year and may end a sentence, while
  /// "г. Москва" is a city and does not.
  std::uint8_t after_number = kSameAfterNumber;
};

/// The raw lists of one language.
struct LanguageLists {
  Language language;
  std::span<const Abbreviation> abbreviations;
  /// Words that typically start a sentence (function words, pronouns, quantifiers); lowercase.
  std::span<const std::string_view> sentence_starters;
  /// Prepositions and time words that open a date phrase ("В 1998 г.", "К концу XIX в."):
  /// such a phrase at the start of a sentence is not a sentence of its own; lowercase.
  std::span<const std::string_view> date_openers;
  /// Names that end in "!" ("Yahoo!"): their "!" does not end a sentence before a lowercase word.
  std::span<const std::string_view> exclamation_names;
  /// Verbs of speech after "I" in an attribution ('"Why?" I asked.'), lowercase.
  std::span<const std::string_view> speech_verbs;
  /// Time zones, which follow a clock time ("at 10 p.m. Moscow time", "9 a.m. ET"), lowercase.
  std::span<const std::string_view> time_zones;
  /// Web text in this language often starts sentences in lowercase, so an ordinary word + "."
  /// before a lowercase word is a boundary (English forums, e-mail). Russian abbreviations are
  /// too many to list, so there a lowercase word continues the sentence.
  bool lowercase_starts = false;
  /// "I" is a pronoun that can end a sentence ("you and I."), so a lone "I." is an initial only
  /// after a capitalized word ("Albert I. Jones").
  bool pronoun_i = false;
};

[[nodiscard]] const LanguageLists& language_lists(Language language);

/// The normalized key of an abbreviation: lowercase, spaces removed ("т. е." → "т.е.").
[[nodiscard]] std::string abbreviation_key(std::string_view text);

/// The lists compiled into hash tables for lookups on the hot path.
class LanguageData {
 public:
  explicit LanguageData(const LanguageLists& lists);

  [[nodiscard]] const LanguageLists& lists() const noexcept { return *lists_; }
  /// Whether a normalized key can be the last dotted part of an abbreviation ("е." of "т. е.",
  /// "ph.d." and "d." of "Ph.D."): a cheap test before building longer keys.
  [[nodiscard]] bool is_last_part(std::string_view key) const;
  /// The entry for a normalized key, or nullptr.
  [[nodiscard]] const Abbreviation* abbreviation(std::string_view key) const;
  [[nodiscard]] bool is_sentence_starter(std::string_view lowercase_word) const;
  [[nodiscard]] bool is_exclamation_name(std::string_view lowercase_word) const;
  [[nodiscard]] bool is_date_opener(std::string_view lowercase_word) const;
  [[nodiscard]] bool is_speech_verb(std::string_view lowercase_word) const;
  [[nodiscard]] bool is_time_zone(std::string_view lowercase_word) const;
  /// The longest abbreviation key, in bytes (bounds how far back a lookup looks).
  [[nodiscard]] std::size_t max_key_bytes() const noexcept { return max_key_bytes_; }
  /// The longest possible last part, in bytes: longer words before a period are not looked up.
  [[nodiscard]] std::size_t max_last_part_bytes() const noexcept { return max_last_part_bytes_; }

 private:
  // Transparent hashing: look up string_views without building strings on the hot path.
  using Set = StringSet;

  const LanguageLists* lists_;
  StringMap<const Abbreviation*> abbreviations_;
  Set last_parts_;
  Set starters_;
  Set exclamation_names_;
  Set date_openers_;
  Set speech_verbs_;
  Set time_zones_;
  std::size_t max_key_bytes_ = 0;
  std::size_t max_last_part_bytes_ = 0;
};

}  // namespace libalign::detail
