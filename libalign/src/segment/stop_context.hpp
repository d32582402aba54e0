// segment/stop_context.hpp — what is left and right of a stop, in the terms of the rule table:
// the word before it (an abbreviation? an initial? a list number?) and the word after it
// (capitalized? lowercase? after a dialogue dash?).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "segment/language_data.hpp"
#include "segment/rule_table.hpp"
#include "segment/stops.hpp"

namespace libalign::detail {

enum class NextKind : std::uint8_t { kEnd, kUpper, kLower, kDigit, kOther };

struct NextWord {
  NextKind kind = NextKind::kEnd;
  bool dash = false;
  bool starter = false;      // a sentence-starter word (not an initial)
  bool pronoun_i = false;    // the English pronoun "I"
  bool title_case = false;   // a capital, then a lowercase letter: "According"
  bool attribution = false;  // "I asked", "Craith said": "I" or a name, then a verb of speech
                             // (set by caller, is_attribution)
  bool abbreviated = false;  // a short word directly followed by a period: "ed."
  bool url = false;
  bool continuation = false;   // , ; : | ) ] } %: punctuation that never opens a sentence
  bool mention = false;        // "@user22": a handle, however it is capitalized
  bool tags_to_end = false;    // only hashtags follow, to the end of the block (set by caller)
  bool time_zone = false;      // "Moscow", "GMT": a time zone (set by caller, is_time_zone)
  std::size_t word_begin = 0;  // the capitalized word, for the sentence-starter test
  std::size_t word_end = 0;
};

/// The word after a stop, starting at `pos` (a dialogue dash, opening quotes and brackets are
/// looked through).
[[nodiscard]] NextWord describe_next(std::string_view text, std::size_t pos,
                                     const LanguageData& data);

/// Where the hashtags that end `text` begin ("… to goal. #DCU #MLS" → the first "#"), or
/// text.size() when it does not end in one. Once per block, so that asking it at every stop
/// stays linear.
[[nodiscard]] std::size_t hashtag_tail_begin(std::string_view text);

/// Whether the capitalized next word is a time zone ("Moscow", "GMT"); asked only after a clock
/// time.
[[nodiscard]] bool is_time_zone(std::string_view text, const NextWord& next,
                                const LanguageData& data);

/// Whether the capitalized next word is a sentence starter; asked only where a rule needs it.
[[nodiscard]] bool is_starter(std::string_view text, const NextWord& next,
                              const LanguageData& data);

/// Whether the capitalized next word ("I" or a name, not a sentence starter) is the subject of
/// a verb of speech: "Why?" Craith asked. Asked only after a quoted question or exclamation.
[[nodiscard]] bool is_attribution(std::string_view text, const NextWord& next,
                                  const LanguageData& data);

/// The left conditions that hold for a stop, as a set of Left values.
class LeftConditions {
 public:
  [[nodiscard]] bool has(Left left) const noexcept {
    return left == Left::kAny || ((bits_ >> static_cast<unsigned>(left)) & 1U) != 0;
  }
  void add(Left left) noexcept { bits_ |= 1U << static_cast<unsigned>(left); }

 private:
  std::uint32_t bits_ = 0;
};

/// Describes the left side of `stop`. `sentence_start` is where the current sentence began
/// (list numbers and datelines are judged from there); `next` tells whether a number follows
/// (for abbreviations that are also words).
[[nodiscard]] LeftConditions describe_left(std::string_view text, const Stop& stop,
                                           std::size_t sentence_start, const NextWord& next,
                                           const std::vector<Span>& spans,
                                           const LanguageData& data);

}  // namespace libalign::detail
