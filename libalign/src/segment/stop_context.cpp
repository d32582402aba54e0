#include "segment/stop_context.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "segment/text_scan.hpp"

namespace libalign::detail {
namespace {

bool has_digit(std::string_view word) {
  return std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_roman(std::string_view word) {
  return !word.empty() && word.size() <= 8 &&
         word.find_first_not_of("IVXLCDM") == std::string_view::npos;
}

// "1998", "30-е", "XV--XVII": a year, a century or a range of them before "г.", "вв.".
bool is_number_like(std::string_view word) {
  return has_digit(word) ||
         (!word.empty() && word.find_first_not_of("IVXLCDM-–") == std::string_view::npos);
}

// "J.C", "В.В", "J.R.R": single capital letters joined by periods (a lone letter too).
bool is_dotted_capitals(std::string_view word) {
  bool expect_letter = true;
  for (std::size_t i = 0; i < word.size();) {
    const auto cp = next_cp(word, i);
    if (expect_letter ? !is_upper(cp.c) : cp.c != U'.') return false;
    expect_letter = !expect_letter;
    i = cp.end;
  }
  return !word.empty() && !expect_letter;
}

// A list marker's number: "12", "b", "IV", with an optional "§"/"#"/"№".
bool is_marker_word(std::string_view word) {
  for (std::string_view prefix : {"§", "#", "№"}) {
    if (word.starts_with(prefix)) {
      word.remove_prefix(prefix.size());
      break;
    }
  }
  if (word.empty()) return false;
  if (word.size() <= 3 && word.find_first_not_of("0123456789") == std::string_view::npos) {
    return true;
  }
  const auto cp = next_cp(word, 0);
  if (cp.end == word.size() && is_letter(cp.c)) return true;
  return is_roman(word) && word.size() <= 4;
}

// "В 1998", "В апреле 2009", "К концу XIX", "At 5": a preposition or time word and at most
// three more words, the start of a sentence that a date unit ("г.", "в.") or a clock time
// ("a.m.") cannot end.
bool is_opening_phrase(std::string_view head, const LanguageData& data) {
  constexpr std::size_t kMaxWords = 4;
  std::size_t words = 0;
  std::string first;
  for (std::size_t i = skip_space(head, 0); i < head.size(); i = skip_space(head, i)) {
    const std::size_t begin = i;
    while (i < head.size() && !is_space(next_cp(head, i).c)) i = next_cp(head, i).end;
    if (++words > kMaxWords) return false;
    if (words == 1) append_lower(head.substr(begin, i - begin), first);
  }
  return words >= 2 && data.is_date_opener(first);
}

// "МОСКВА, 5 окт", "LONDON, Oct": a news dateline, an upper-case place name opening the text
// and a short date after it.
bool is_dateline(std::string_view head) {
  constexpr std::size_t kMaxDateline = 80;
  if (head.size() > kMaxDateline) return false;
  std::size_t i = 0;
  std::size_t capitals = 0;
  while (i < head.size()) {
    const auto cp = next_cp(head, i);
    if (is_lower(cp.c)) return false;
    if (!is_upper(cp.c)) break;
    ++capitals;
    i = cp.end;
  }
  if (capitals < 3 || i >= head.size() || (head[i] != ',' && head[i] != ' ')) return false;
  for (; i < head.size(); i = next_cp(head, i).end) {
    if (is_terminal(next_cp(head, i).c)) return false;
  }
  return true;
}

// The first letter of `sentence` is lowercase: a writer who does not capitalize ("what happened
// to you? i had a blast") starts sentences in lowercase too.
bool starts_lowercase(std::string_view sentence) {
  // The first 64 bytes decide: every stop of a sentence asks, and a sentence of punctuation
  // alone must not be rescanned from its start each time.
  sentence = sentence.substr(0, 64);
  for (std::size_t i = 0; i < sentence.size();) {
    const auto cp = next_cp(sentence, i);
    if (is_letter(cp.c)) return is_lower(cp.c);
    i = cp.end;
  }
  return false;
}

// Two or more capital letters and nothing else: "RT", "SEC" (not "Dr", "U.S", "A").
bool is_capitals(std::string_view word) {
  std::size_t capitals = 0;
  for (std::size_t i = 0; i < word.size();) {
    const auto cp = next_cp(word, i);
    if (!is_upper(cp.c)) return false;
    ++capitals;
    i = cp.end;
  }
  return capitals >= 2;
}

// The abbreviation whose dotted parts end at the stop's period, longest first: "и т. д." over
// "т. д." over "д.".
const Abbreviation* find_abbreviation(std::string_view text, const Stop& stop,
                                      const LanguageData& data, bool& after_number) {
  std::array<std::string_view, 4> pieces;
  std::size_t count = 0;
  std::size_t begin = stop.word_begin;
  // Strip opening punctuation: "(approx." → "approx".
  while (begin < stop.run_begin) {
    const auto cp = next_cp(text, begin);
    if (is_letter(cp.c) || is_digit(cp.c)) break;
    begin = cp.end;
  }
  if (begin >= stop.run_begin) return nullptr;
  pieces[count++] = text.substr(begin, stop.run_begin + 1 - begin);  // with its period
  std::size_t total = pieces[0].size();
  if (total > data.max_last_part_bytes()) return nullptr;
  std::string key;
  append_lower(pieces[0], key);
  if (!data.is_last_part(key)) return nullptr;  // most words before a period
  after_number = false;
  bool first = true;
  bool extend = begin == stop.word_begin;  // "(т. е." : nothing before the bracket joins
  std::size_t pos = stop.word_begin;
  while (pos > 0) {
    const std::size_t prev_end = skip_space_back(text, pos);
    if (prev_end == 0 || prev_end == pos) break;
    const std::size_t prev_begin = token_begin(text, prev_end);
    const std::string_view token = text.substr(prev_begin, prev_end - prev_begin);
    if (first) {
      after_number = is_number_like(token);
      first = false;
    }
    if (!extend || count == 4) break;
    const bool dotted = token.ends_with('.') && token.size() <= 12;
    const bool short_word = !dotted && token.size() <= 4 && is_word(token, 1);
    if (!dotted && !short_word) break;
    total += token.size();
    if (total > data.max_key_bytes()) break;
    pieces[count++] = token;
    pos = prev_begin;
    if (short_word) break;
  }
  for (std::size_t n = count; n > 0; --n) {
    key.clear();
    for (std::size_t k = n; k > 0; --k) {
      const std::string_view piece = pieces[k - 1];
      for (std::size_t i = 0; i < piece.size();) {
        const auto cp = next_cp(piece, i);
        if (!is_space(cp.c)) append_lower(piece.substr(cp.begin, cp.end - cp.begin), key);
        i = cp.end;
      }
    }
    if (const auto* entry = data.abbreviation(key)) return entry;
  }
  return nullptr;
}

bool starts_url(std::string_view text) {
  for (std::string_view prefix : {"http://", "https://", "ftp://", "www."}) {
    if (text.size() >= prefix.size()) {
      std::string lower;
      append_lower(text.substr(0, prefix.size()), lower);
      if (lower == prefix) return true;
    }
  }
  return false;
}

// "@" and then a letter, digit or underscore (a handle; "@ home" and "@@" are not).
bool starts_mention(std::string_view text) {
  if (text.size() < 2 || text[0] != '@') return false;
  const auto c = static_cast<unsigned char>(text[1]);
  return c == '_' || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

}  // namespace

std::size_t hashtag_tail_begin(std::string_view text) {
  std::size_t tail = text.size();
  std::size_t end = skip_space_back(text, text.size());
  while (end > 0) {
    const std::size_t begin = token_begin(text, end);
    // A tag: "#" and a character that is neither "#" nor space ("#MLS", "#фкмастодон").
    if (text[begin] != '#' || end - begin < 2 || text[begin + 1] == '#') break;
    tail = begin;
    end = skip_space_back(text, begin);
  }
  return tail;
}

bool is_starter(std::string_view text, const NextWord& next, const LanguageData& data) {
  const std::size_t length = next.word_end - next.word_begin;
  if (length == 0 || length > 32) return false;
  std::string lower;
  append_lower(text.substr(next.word_begin, length), lower);
  return data.is_sentence_starter(lower);
}

namespace {

// The end of the lowercase word at `pos` (pos itself when none starts there).
std::size_t lower_word_end(std::string_view text, std::size_t pos) {
  while (pos < text.size() && is_lower(next_cp(text, pos).c)) pos = next_cp(text, pos).end;
  return pos;
}

// The end of the title-case word at `pos` ("Craith"), or pos when none starts there. A dotted
// word is an initial or an abbreviation, not a name that speaks.
std::size_t name_word_end(std::string_view text, std::size_t pos) {
  if (pos >= text.size() || !is_upper(next_cp(text, pos).c)) return pos;
  const std::size_t end = lower_word_end(text, next_cp(text, pos).end);
  if (end == next_cp(text, pos).end || (end < text.size() && text[end] == '.')) return pos;
  return end;
}

}  // namespace

// Whether the capitalized word `next` begins is the subject of a verb of speech: "I asked",
// "Craith asked", "Tenuk Ross exclaimed". Only a name or "I" count: a sentence-starter word
// ("He said", "Nobody answered") is left to the other rules, because after a quoted question
// it as often opens the next sentence.
bool is_attribution(std::string_view text, const NextWord& next, const LanguageData& data) {
  if (next.kind != NextKind::kUpper || next.dash || data.lists().speech_verbs.empty()) return false;
  std::size_t subject_end = next.word_end;
  if (!next.pronoun_i) {
    if (!next.title_case || is_starter(text, next, data)) return false;
    // A two-word name: "Tenuk Ross exclaimed".
    const std::size_t second = skip_space(text, subject_end);
    if (second > subject_end) {
      const std::size_t second_end = name_word_end(text, second);
      if (second_end > second) subject_end = second_end;
    }
  }
  const std::size_t verb_begin = skip_space(text, subject_end);
  if (verb_begin == subject_end) return false;
  const std::size_t verb_end = lower_word_end(text, verb_begin);
  return verb_end > verb_begin && verb_end - verb_begin <= 16 &&
         (verb_end == text.size() || !is_letter(next_cp(text, verb_end).c)) &&
         data.is_speech_verb(text.substr(verb_begin, verb_end - verb_begin));
}

bool is_time_zone(std::string_view text, const NextWord& next, const LanguageData& data) {
  if (next.kind != NextKind::kUpper) return false;
  // The letters of the word, also when a period follows ("9 a.m. ET."): word_end stops short
  // of a dotted word, which for sentence starters is an initial.
  std::size_t end = next.word_begin;
  while (end < text.size() && end - next.word_begin <= 8) {
    const auto c = next_cp(text, end);
    if (!is_letter(c.c)) break;
    end = c.end;
  }
  if (end == next.word_begin || end - next.word_begin > 8) return false;
  std::string lower;
  append_lower(text.substr(next.word_begin, end - next.word_begin), lower);
  return data.is_time_zone(lower);
}

NextWord describe_next(std::string_view text, std::size_t pos, const LanguageData& data) {
  NextWord next;
  if (pos >= text.size()) return next;
  auto cp = next_cp(text, pos);
  if (is_continuation(cp.c)) {
    next.kind = NextKind::kOther;
    next.continuation = true;
    return next;
  }
  if (is_dash(cp.c)) {
    std::size_t p = cp.end;
    while (p < text.size() && is_dash(next_cp(text, p).c)) p = next_cp(text, p).end;
    const std::size_t q = skip_space(text, p);
    if (q >= text.size()) return {NextKind::kOther};
    if (q == p && is_digit(next_cp(text, q).c)) return {NextKind::kOther};
    next.dash = true;
    pos = q;
  }
  for (int skipped = 0; pos < text.size() && skipped < 3; ++skipped) {
    cp = next_cp(text, pos);
    if (!(is_quote(cp.c) || is_open_bracket(cp.c) || cp.c == U'<')) break;
    pos = skip_space(text, cp.end);
  }
  if (pos >= text.size()) {
    next.kind = NextKind::kOther;
    return next;
  }
  next.url = starts_url(text.substr(pos));
  next.mention = starts_mention(text.substr(pos));
  cp = next_cp(text, pos);
  std::size_t end = pos;
  while (end < text.size()) {
    const auto c = next_cp(text, end);
    if (!is_letter(c.c)) break;
    end = c.end;
  }
  const bool dotted = end < text.size() && text[end] == '.';
  if (is_upper(cp.c)) {
    next.kind = NextKind::kUpper;
    next.word_begin = pos;
    const std::string_view word = text.substr(pos, end - pos);
    next.pronoun_i = data.lists().pronoun_i && word == "I" && !dotted;
    next.word_end = dotted ? pos : end;  // a dotted word is an initial, never a starter
    next.title_case = cp.end < end && is_lower(next_cp(text, cp.end).c);
  } else if (is_lower(cp.c)) {
    next.kind = NextKind::kLower;
    next.abbreviated = dotted && end - pos <= 8;  // up to 4 Cyrillic letters
  } else if (is_digit(cp.c)) {
    next.kind = NextKind::kDigit;
  } else {
    next.kind = NextKind::kOther;
  }
  return next;
}

LeftConditions describe_left(std::string_view text, const Stop& stop, std::size_t sentence_start,
                             const NextWord& next, const std::vector<Span>& spans,
                             const LanguageData& data) {
  const std::string_view run = text.substr(stop.run_begin, stop.end - stop.run_begin);
  const std::string_view word = text.substr(stop.word_begin, stop.run_begin - stop.word_begin);
  LeftConditions bits;
  if (is_held(spans, stop)) bits.add(Left::kHeldSpan);
  if (stop.glued) bits.add(Left::kGlued);
  if (stop.footnote) bits.add(Left::kFootnote);
  if (stop.emoticon) {
    bits.add(Left::kEmoticon);
    return bits;  // a smiley is no terminal: none of the conditions below apply
  }
  bool spaceless = false;
  std::size_t dots = 0;
  bool ellipsis = false;
  bool exclaim = false;
  for (std::size_t i = 0; i < run.size();) {
    const auto cp = next_cp(run, i);
    spaceless = spaceless || is_spaceless_terminal(cp.c);
    dots += cp.c == U'.';
    ellipsis = ellipsis || cp.c == U'…';
    exclaim = exclaim || cp.c == U'!' || cp.c == U'?';
    i = cp.end;
  }
  if (spaceless) bits.add(Left::kSpaceless);
  ellipsis = ellipsis || (dots >= 2 && !exclaim);
  if (ellipsis) bits.add(Left::kEllipsis);
  if (exclaim && !ellipsis &&
      !starts_lowercase(text.substr(sentence_start, stop.run_begin - sentence_start))) {
    bits.add(Left::kQuestion);
  }
  const auto last = prev_cp(run, run.size());
  if (is_quote(last.c)) {
    bits.add(Left::kQuotedStop);
    if (exclaim || ellipsis) bits.add(Left::kQuotedQuestion);
  }
  if (run.starts_with("!") && !word.empty() && !data.lists().exclamation_names.empty()) {
    std::string key;
    append_lower(word, key);
    key.push_back('!');
    if (data.is_exclamation_name(key)) bits.add(Left::kExclamationName);
  }
  const bool period = run[0] == '.' && dots == 1 && !ellipsis && !exclaim && !word.empty();
  if (period) {
    bool after_number = false;
    const Abbreviation* entry = find_abbreviation(text, stop, data, after_number);
    std::uint8_t use = 0;
    if (entry != nullptr) {
      use = after_number && entry->after_number != kSameAfterNumber ? entry->after_number
                                                                    : entry->use;
      if ((use & kWordToo) && !(next.kind == NextKind::kDigit && !next.dash)) entry = nullptr;
      if ((use & kWordBeforeCyrillic) && next.kind == NextKind::kUpper && !next.dash &&
          is_cyrillic(next_cp(text, next.word_begin).c)) {
        entry = nullptr;
      }
      // A lone capital inside a sentence is an initial, not "с." or "д." written in capitals.
      const auto first = next_cp(word, 0);
      if (entry != nullptr && first.end == word.size() && is_upper(first.c) &&
          stop.word_begin != sentence_start) {
        entry = nullptr;
      }
    }
    if (entry != nullptr) {
      bits.add(Left::kAbbreviation);
      if (use & kNeverFinal) bits.add(Left::kNeverFinal);
      if (use & kBeforeNumber) bits.add(Left::kNumberAbbreviation);
      if (use & kBeforeName) bits.add(Left::kNameAbbreviation);
      // "RT.", "SEC." in capitals are the channel and the commission, not "Rt. Hon." and "Sec."
      if ((use & kBeforeName) && is_capitals(word)) bits.add(Left::kCapitalsTitle);
      if (use & kStarterEnds) bits.add(Left::kStarterAbbreviation);
      if (use & kClockTime) bits.add(Left::kClockAbbreviation);
      if ((use & (kDateUnit | kClockTime)) &&
          is_opening_phrase(text.substr(sentence_start, stop.word_begin - sentence_start), data)) {
        bits.add(Left::kOpeningDate);
      }
    } else if (run.size() == 1 && is_word(word, 2)) {
      bits.add(Left::kPlainWord);
    }
    // Initials: "А.", "J.R.R."; a lone "I." is the English pronoun unless a name precedes.
    std::size_t initial_begin = stop.word_begin;
    while (initial_begin < stop.run_begin &&
           (is_quote(static_cast<unsigned char>(text[initial_begin])) ||
            is_open_bracket(static_cast<unsigned char>(text[initial_begin])))) {
      ++initial_begin;
    }
    const std::string_view letters = text.substr(initial_begin, stop.run_begin - initial_begin);
    const bool single_letter = !letters.empty() && next_cp(letters, 0).end == letters.size();
    if (is_dotted_capitals(letters) && !single_letter && entry == nullptr) {
      // Unlisted "J.C." is a name's initials, "T.V." an initialism: both go on before a
      // capital unless it starts a sentence.
      bits.add(Left::kStarterAbbreviation);
    } else if (single_letter && is_upper(next_cp(letters, 0).c)) {
      bool initial = true;
      if (data.lists().pronoun_i && letters == "I") {
        const std::size_t prev_end = skip_space_back(text, stop.word_begin);
        initial = prev_end > 0 && prev_end < stop.word_begin &&
                  is_upper(next_cp(text, token_begin(text, prev_end)).c);
      }
      if (initial) bits.add(Left::kInitial);
    }
  }
  // A list number opening the sentence: "1.", "a.)", "§2.", "• 9.", "⁃10.".
  if (period && word.size() <= 8) {
    std::size_t marker_begin = stop.word_begin;
    while (marker_begin < stop.run_begin && is_bullet(next_cp(text, marker_begin).c)) {
      marker_begin = next_cp(text, marker_begin).end;
    }
    std::size_t start = sentence_start;
    if (start < text.size() && is_bullet(next_cp(text, start).c)) {
      start = skip_space(text, next_cp(text, start).end);
    }
    if (is_marker_word(text.substr(marker_begin, stop.run_begin - marker_begin)) &&
        (stop.word_begin == sentence_start || marker_begin == start)) {
      bits.add(Left::kListMarker);
    }
  }
  if (next.dash && is_dateline(text.substr(sentence_start, stop.run_begin - sentence_start))) {
    bits.add(Left::kDateline);
  }
  // "compounds. . . ." — a period, then a spaced ellipsis (MLA's four dots).
  if (run.starts_with(". . . .") && dots == 4 && !word.empty()) {
    bits.add(Left::kPeriodEllipsis);
  }

  return bits;
}

}  // namespace libalign::detail
