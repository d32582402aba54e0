#include "segment/builtin_rules.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include "segment/icu_sentences.hpp"
#include "segment/rule_table.hpp"
#include "segment/stop_context.hpp"
#include "segment/stops.hpp"
#include "segment/text_scan.hpp"

namespace libalign::detail {
namespace {

// The rule table. Order matters: the first row whose left and right conditions hold decides.
constexpr auto kRules = std::to_array<Rule>({
    {Left::kHeldSpan, Right::kAny, Action::kNoBreak, kBoth, "He said, ‘Go home. Now.’ and left"},
    {Left::kAny, Right::kContinuation, Action::kNoBreak, kBoth,
     "5 сент. 2024 г. | 10:32; the Smiths Inc. , and"},
    {Left::kSpaceless, Right::kAny, Action::kBreak, kBoth, "Test period．Does it work．"},
    {Left::kEmoticon, Right::kUpper, Action::kBreak, kBoth, "less crowded :) It's too bad"},
    {Left::kExclamationName, Right::kLower, Action::kNoBreak, kEn, "She works at Yahoo! in Paris"},
    {Left::kNeverFinal, Right::kAny, Action::kNoBreak, kBoth, "т. е. Москва; e.g. Paris"},
    {Left::kOpeningDate, Right::kAny, Action::kNoBreak, kBoth,
     "В 1998 г. Путин стал; At 5 a.m. Mr. Smith went"},
    {Left::kNumberAbbreviation, Right::kDigit, Action::kNoBreak, kBoth,
     "see p. 55; рис. 3; Jan. 20"},
    {Left::kCapitalsTitle, Right::kTitleCase, Action::kBreak, kEn,
     "reports RT. According to; filed with the SEC. The company"},
    {Left::kNameAbbreviation, Right::kUpper, Action::kNoBreak, kBoth,
     "Mr. Smith; ул. Ленина; г. Москва"},
    {Left::kStarterAbbreviation, Right::kStarter, Action::kBreak, kBoth,
     "in the U.S. The rest; подражаний им. К ним"},
    {Left::kStarterAbbreviation, Right::kUpper, Action::kNoBreak, kBoth,
     "the U.S. Army; театр им. Вахтангова"},
    {Left::kClockAbbreviation, Right::kTimeZone, Action::kNoBreak, kEn,
     "at 10 p.m. Moscow time; 9 a.m. ET"},
    {Left::kAbbreviation, Right::kLower, Action::kNoBreak, kBoth, "etc. and; 5 тыс. машин"},
    {Left::kInitial, Right::kStarter, Action::kBreak, kBoth, "It was 98.6 F. It felt hot."},
    {Left::kInitial, Right::kUpper, Action::kNoBreak, kBoth, "А. С. Пушкин; George W. Bush"},
    {Left::kListMarker, Right::kAny, Action::kNoBreak, kBoth, "1. The first item"},
    {Left::kGlued, Right::kAny, Action::kBreak, kBoth, "Hello world.Today is Tuesday."},
    {Left::kFootnote, Right::kUpper, Action::kBreak, kBoth, "We tested this out.1 But then"},
    {Left::kAny, Right::kUrl, Action::kBreak, kBoth, "Read this. http://example.com/"},
    {Left::kAny, Right::kMention, Action::kBreak, kBoth, "I'll try. @user22 oh, you mean"},
    {Left::kAny, Right::kTagsToEnd, Action::kNoBreak, kBoth, "a perfect half turn. #DCU #MLS"},
    {Left::kPeriodEllipsis, Right::kUpper, Action::kBreakBeforeEllipsis, kBoth,
     "compounds. . . . The practice"},
    {Left::kAny, Right::kDashLower, Action::kNoBreak, kBoth, "— Пойдём! — сказал он."},
    {Left::kDateline, Right::kDashUpper, Action::kNoBreak, kBoth, "МОСКВА, 5 окт. — РИА Новости"},
    {Left::kAny, Right::kDashUpper, Action::kBreak, kBoth, "— Я дам. — А мне?"},
    {Left::kQuotedQuestion, Right::kAttribution, Action::kNoBreak, kEn,
     R"("Why?" I asked. "Oops..." Craith said.)"},
    {Left::kEllipsis, Right::kCapital, Action::kBreak, kBoth, "Он ушёл… Потом вернулся."},
    {Left::kEllipsis, Right::kAny, Action::kNoBreak, kBoth, "I mean... well"},
    {Left::kQuotedStop, Right::kLower, Action::kNoBreak, kBoth, "'Well!' thought Alice"},
    {Left::kQuestion, Right::kLower, Action::kNoBreak, kBoth,
     "что ты спишь? встань; Господи! пошли другого"},
    {Left::kPlainWord, Right::kLowerWord, Action::kBreak, kEn, "It is available. it is not"},
});

bool right_matches(Right right, const NextWord& next) {
  switch (right) {
    case Right::kAny:
      return true;
    case Right::kUpper:
      return !next.dash && next.kind == NextKind::kUpper;
    case Right::kCapital:
      return !next.dash && next.kind == NextKind::kUpper && !next.pronoun_i;
    case Right::kTitleCase:
      return !next.dash && next.kind == NextKind::kUpper && next.title_case;
    case Right::kLower:
      return !next.dash && next.kind == NextKind::kLower;
    case Right::kLowerWord:
      return !next.dash && next.kind == NextKind::kLower && !next.abbreviated && !next.url;
    case Right::kAttribution:
      return !next.dash && next.attribution;
    case Right::kUrl:
      return !next.dash && next.url;
    case Right::kMention:
      return !next.dash && next.mention;
    case Right::kTagsToEnd:
      return next.tags_to_end;
    case Right::kTimeZone:
      return !next.dash && next.time_zone;
    case Right::kDigit:
      return !next.dash && next.kind == NextKind::kDigit;
    case Right::kStarter:
      return !next.dash && next.kind == NextKind::kUpper && next.starter;
    case Right::kDashUpper:
      return next.dash && next.kind == NextKind::kUpper;
    case Right::kDashLower:
      return next.dash && next.kind == NextKind::kLower;
    case Right::kContinuation:
      return next.continuation;
  }
  return false;
}

// Frees `v`'s storage when it holds more than a megabyte.
template <typename T>
void release_if_large(std::vector<T>& v) {
  constexpr std::size_t kKeptBytes = std::size_t{1} << 20;
  if (v.capacity() * sizeof(T) > kKeptBytes) std::vector<T>().swap(v);
}

}  // namespace

std::span<const Rule> builtin_rule_table() { return kRules; }

BuiltinRules::BuiltinRules(Language language)
    : language_(language),
      language_mask_(language == Language::kRussian ? kRu : kEn),
      data_(language_lists(language)) {}

void BuiltinRules::find_breaks(std::string_view text, std::vector<std::size_t>& ends) const {
  // Per-thread scratch space: split() runs per paragraph, and allocating these each time
  // showed up in profiles. What a huge paragraph needed is let go on the way out, though: the
  // stops of one 5 MB line (40 MB) stayed allocated through the whole alignment after it.
  struct Scratch {
    std::vector<Stop> stops;
    std::vector<std::size_t> icu;
    std::vector<Span> spans;
  };
  thread_local Scratch scratch;
  struct Trim {
    Scratch& scratch;
    ~Trim() {
      release_if_large(scratch.stops);
      release_if_large(scratch.icu);
      release_if_large(scratch.spans);
    }
  } trim{scratch};
  auto& stops = scratch.stops;
  stops.clear();
  find_stops(text, stops);
  find_list_stops(text, stops);
  find_emoticon_stops(text, stops);
  if (stops.empty()) return;
  std::stable_sort(stops.begin(), stops.end(),
                   [](const Stop& a, const Stop& b) { return a.end < b.end; });
  // Merge a structural stop into a terminal stop at the same place.
  std::size_t kept = 0;
  for (std::size_t i = 0; i < stops.size(); ++i) {
    if (kept > 0 && stops[kept - 1].end == stops[i].end) {
      Stop& previous = stops[kept - 1];
      const bool forced = previous.forced || stops[i].forced;
      if (previous.run_begin == previous.end) previous = stops[i];
      previous.forced = forced;
      continue;
    }
    stops[kept++] = stops[i];
  }
  stops.resize(kept);

  // ICU's opinion, asked only when a stop is left undecided by the table (many blocks have
  // none: a one-sentence paragraph, a line of dialogue): a boundary between a run's first
  // terminal and the next word marks the stop.
  bool asked_icu = false;
  auto ask_icu = [&]() {
    asked_icu = true;
    auto& icu = scratch.icu;
    icu.clear();
    icu_sentence_boundaries(language_, text, icu);
    std::size_t s = 0;
    for (const std::size_t b : icu) {
      while (s < stops.size() && stops[s].next < b) ++s;
      if (s < stops.size() && stops[s].run_begin < b) stops[s].icu = true;
    }
  };

  auto& spans = scratch.spans;
  held_spans(text, spans);
  const std::size_t tags_begin = hashtag_tail_begin(text);
  std::size_t sentence_start = skip_space(text, 0);
  for (const Stop& found : stops) {
    Stop stop = found;
    // After "world.Today", the word before the next stop starts at "Today".
    stop.word_begin =
        std::clamp(stop.word_begin, std::min(sentence_start, stop.run_begin), stop.run_begin);
    bool split = false;
    std::size_t at = stop.end;
    if (stop.forced) {
      split = true;
    } else {
      NextWord next = describe_next(text, stop.next, data_);
      next.tags_to_end = stop.next >= tags_begin && stop.next < text.size();
      const LeftConditions left = describe_left(text, stop, sentence_start, next, spans, data_);
      if (left.has(Left::kStarterAbbreviation) || left.has(Left::kInitial)) {
        next.starter = is_starter(text, next, data_);
      }
      if (left.has(Left::kQuotedQuestion)) next.attribution = is_attribution(text, next, data_);
      if (left.has(Left::kClockAbbreviation)) next.time_zone = is_time_zone(text, next, data_);
      bool decided = false;
      for (const Rule& rule : kRules) {
        if (!(rule.languages & language_mask_)) continue;
        if (!left.has(rule.left)) continue;
        if (!right_matches(rule.right, next)) continue;
        split = rule.action != Action::kNoBreak;
        if (rule.action == Action::kBreakBeforeEllipsis) at = stop.run_begin + 1;
        decided = true;
        break;
      }
      if (!decided) {
        if (!asked_icu) ask_icu();
        split = found.icu;
      }
    }
    if (split && at > 0 && at < text.size()) {
      ends.push_back(at);
      sentence_start = skip_space(text, at);
    }
  }
}

}  // namespace libalign::detail
