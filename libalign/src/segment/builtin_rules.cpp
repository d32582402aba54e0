#include "segment/builtin_rules.hpp"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <string>

#include "segment/icu_sentences.hpp"
#include "segment/text_scan.hpp"

namespace libalign::detail {
namespace {

// The rule table. Order matters: the first row whose left and right conditions hold decides.
constexpr Rule kRules[] = {
    {Left::kHeldSpan, Right::kAny, Action::kNoBreak, kBoth,
     "He said, ‘Go home. Now.’ and left"},
    {Left::kSpaceless, Right::kAny, Action::kBreak, kBoth, "Test period．Does it work．"},
    {Left::kExclamationName, Right::kLower, Action::kNoBreak, kEn, "She works at Yahoo! in Paris"},
    {Left::kNeverFinal, Right::kAny, Action::kNoBreak, kBoth, "т. е. Москва; e.g. Paris"},
    {Left::kOpeningDate, Right::kAny, Action::kNoBreak, kBoth, "В 1998 г. Путин стал"},
    {Left::kNumberAbbreviation, Right::kDigit, Action::kNoBreak, kBoth,
     "see p. 55; рис. 3; Jan. 20"},
    {Left::kNameAbbreviation, Right::kUpper, Action::kNoBreak, kBoth,
     "Mr. Smith; ул. Ленина; г. Москва"},
    {Left::kStarterAbbreviation, Right::kStarter, Action::kBreak, kBoth,
     "in the U.S. The rest; подражаний им. К ним"},
    {Left::kStarterAbbreviation, Right::kUpper, Action::kNoBreak, kBoth,
     "the U.S. Army; театр им. Вахтангова"},
    {Left::kAbbreviation, Right::kLower, Action::kNoBreak, kBoth, "etc. and; 5 тыс. машин"},
    {Left::kInitial, Right::kUpper, Action::kNoBreak, kBoth, "А. С. Пушкин; George W. Bush"},
    {Left::kListMarker, Right::kAny, Action::kNoBreak, kBoth, "1. The first item"},
    {Left::kGlued, Right::kAny, Action::kBreak, kBoth, "Hello world.Today is Tuesday."},
    {Left::kFootnote, Right::kUpper, Action::kBreak, kBoth, "We tested this out.1 But then"},
    {Left::kAny, Right::kUrl, Action::kBreak, kBoth, "Read this. http://example.com/"},
    {Left::kPeriodEllipsis, Right::kUpper, Action::kBreakBeforeEllipsis, kBoth,
     "compounds. . . . The practice"},
    {Left::kAny, Right::kDashLower, Action::kNoBreak, kBoth, "— Пойдём! — сказал он."},
    {Left::kDateline, Right::kDashUpper, Action::kNoBreak, kBoth, "МОСКВА, 5 окт. — РИА Новости"},
    {Left::kAny, Right::kDashUpper, Action::kBreak, kBoth, "— Я дам. — А мне?"},
    {Left::kEllipsis, Right::kCapital, Action::kBreak, kBoth, "Он ушёл… Потом вернулся."},
    {Left::kEllipsis, Right::kAny, Action::kNoBreak, kBoth, "I mean... well"},
    {Left::kQuotedStop, Right::kLower, Action::kNoBreak, kBoth, "'Well!' thought Alice"},
    {Left::kPlainWord, Right::kLowerWord, Action::kBreak, kEn, "It is available. it is not"},
};

// A quotation or bracket longer than this is not held together: a mismatched pair (an
// apostrophe taken for a quote) must not swallow a paragraph.
constexpr std::size_t kMaxHeldBytes = 600;

// Lead bytes of the UTF-8 sequences the scanners look for, so that the scans skip everything
// else a byte at a time without decoding. Terminals: . ! ? and E2/E3/EF (… ‼ ⁇ 。 ．！？).
// Quotes and brackets: ( ) [ ] " ' and C2 (« »), E2 (“ ” „ ‘ ’ ‹ ›), E3 (「 」).
constexpr auto make_table(std::initializer_list<unsigned char> bytes) {
  std::array<bool, 256> table{};
  for (const unsigned char b : bytes) table[b] = true;
  return table;
}
constexpr auto kTerminalLead = make_table({'.', '!', '?', 0xE2, 0xE3, 0xEF});
constexpr auto kMarkLead = make_table({'(', ')', '[', ']', '"', '\'', 0xC2, 0xE2, 0xE3});

// A possible sentence end.
struct Stop {
  std::size_t word_begin = 0;  // the token before the terminal run
  std::size_t run_begin = 0;   // first terminal (== end for structural stops)
  std::size_t end = 0;         // after the terminals, closing quotes/brackets, footnote marks
  std::size_t next = 0;        // first non-space byte after end
  bool icu = false;            // ICU's sentence iterator breaks here
  bool forced = false;         // a bullet or the next list item starts at `next`
  bool glued = false;          // no space before the next sentence: "world.Today"
  bool footnote = false;       // a footnote number follows the period: "out.1 But"
};

enum class NextKind : std::uint8_t { kEnd, kUpper, kLower, kDigit, kOther };

struct NextWord {
  NextKind kind = NextKind::kEnd;
  bool dash = false;
  bool starter = false;      // a sentence-starter word (not an initial)
  bool pronoun_i = false;    // the English pronoun "I"
  bool abbreviated = false;  // a short word directly followed by a period: "ed."
  bool url = false;
  std::size_t word_begin = 0;  // the capitalized word, for the sentence-starter test
  std::size_t word_end = 0;
};

struct Span {
  std::size_t open = 0;   // byte of the opening mark
  std::size_t close = 0;  // byte of the closing mark
};

bool is_letters(std::string_view word, std::size_t min_letters) {
  std::size_t letters = 0;
  for (std::size_t i = 0; i < word.size();) {
    const auto cp = next_cp(word, i);
    if (is_letter(cp.c)) {
      ++letters;
    } else if (!(cp.c == U'\'' || cp.c == U'’' || cp.c == U'-')) {
      return false;
    }
    i = cp.end;
  }
  return letters >= min_letters;
}

bool is_ascii_letter(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

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

// Start of the non-space token that ends at `pos`.
std::size_t token_begin(std::string_view text, std::size_t pos) {
  while (pos > 0) {
    const auto cp = prev_cp(text, pos);
    if (is_space(cp.c)) break;
    pos = cp.begin;
  }
  return pos;
}

// Quotes and brackets for pairing: which family a mark belongs to and whether it can open or
// close here, judged by its neighbours (an apostrophe inside a word does neither).
struct Mark {
  int family = 0;  // 0: not a mark
  bool opens = false;
  bool closes = false;
};

Mark classify_mark(std::string_view text, const CodePoint& cp) {
  const char32_t before = cp.begin > 0 ? prev_cp(text, cp.begin).c : U' ';
  const char32_t after = cp.end < text.size() ? next_cp(text, cp.end).c : U' ';
  const bool open_position = (is_space(before) || is_open_bracket(before) || is_quote(before) ||
                              is_dash(before)) &&
                             !is_space(after);
  const bool close_position = !is_space(before) && !is_letter(after) && !is_digit(after);
  switch (cp.c) {
    case U'(': return {1, true, false};
    case U')': return {1, false, true};
    case U'[': return {2, true, false};
    case U']': return {2, false, true};
    case U'«': return {3, true, false};
    case U'»': return {3, false, true};
    case U'„': return {4, true, false};
    case U'“': return open_position ? Mark{5, true, false} : Mark{4, false, close_position};
    case U'”': return {5, false, close_position};
    case U'‘': return {6, open_position, false};
    case U'’': return {6, false, close_position};
    case U'"': return {7, open_position, close_position && !open_position};
    case U'\'': return {8, open_position, close_position && !open_position};
    case U'‹': return {9, true, false};
    case U'›': return {9, false, true};
    default: return {};
  }
}

// Whether the text before `pos` ends a sentence (or is the start), so that a quotation opened
// at `pos` starts one rather than sitting inside one.
bool starts_sentence(std::string_view text, std::size_t pos) {
  std::size_t p = skip_space_back(text, pos);
  for (int steps = 0; steps < 4 && p > 0; ++steps) {
    const auto cp = prev_cp(text, p);
    if (is_terminal(cp.c)) return true;
    if (!(is_closer(cp.c) || is_dash(cp.c))) return false;
    p = skip_space_back(text, cp.begin);
  }
  return p == 0;
}

// Quotations and brackets opened in the middle of a sentence, sorted by opening position; their
// stops do not end it.
void held_spans(std::string_view text, std::vector<Span>& spans) {
  spans.clear();
  struct Open {
    int family;
    std::size_t pos;
  };
  std::vector<Open> stack;
  for (std::size_t i = 0; i < text.size();) {
    // Fast path: skip bytes that cannot start a quote or bracket.
    while (i < text.size() && !kMarkLead[static_cast<unsigned char>(text[i])]) ++i;
    if (i >= text.size()) break;
    // An apostrophe inside a word ("don't") is the common case in English: neither opens nor
    // closes.
    if (text[i] == '\'' && i > 0 && i + 1 < text.size() &&
        is_ascii_letter(text[i - 1]) && is_ascii_letter(text[i + 1])) {
      ++i;
      continue;
    }
    const auto cp = next_cp(text, i);
    i = cp.end;
    const Mark mark = classify_mark(text, cp);
    if (mark.family == 0) continue;
    if (mark.closes) {
      for (auto it = stack.rbegin(); it != stack.rend(); ++it) {
        const bool pairs = it->family == mark.family || (mark.family == 4 && it->family == 5) ||
                           (mark.family == 5 && it->family == 4);
        if (!pairs) continue;
        const Open open = *it;
        stack.erase(std::next(it).base(), stack.end());
        if (cp.begin - open.pos <= kMaxHeldBytes && !starts_sentence(text, open.pos)) {
          spans.push_back({open.pos, cp.begin});
        }
        break;
      }
    } else if (mark.opens) {
      stack.push_back({mark.family, cp.begin});
    }
  }
  std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.open < b.open; });
}

bool is_held(const std::vector<Span>& spans, const Stop& stop) {
  for (const auto& span : spans) {
    if (span.open >= stop.run_begin) break;
    if (stop.end <= span.close) return true;
  }
  return false;
}

// "В 1998", "В апреле 2009", "К концу XIX": a preposition or time word and at most three more
// words, the start of a sentence that a date unit ("г.", "в.") cannot end.
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

// The end of a footnote or omission mark starting at `pos` ("[1]", "[2–11]", "[...]", "[…]"),
// or `pos` if there is none.
std::size_t bracket_mark_end(std::string_view text, std::size_t pos) {
  if (pos >= text.size() || text[pos] != '[') return pos;
  std::size_t k = pos + 1;
  bool digits = false;
  while (k < text.size() && k - pos < 16) {
    const auto cp = next_cp(text, k);
    if (is_digit(cp.c)) {
      digits = true;
    } else if (!(cp.c == U',' || cp.c == U'-' || cp.c == U'–' || cp.c == U'.' || cp.c == U'…')) {
      break;
    }
    k = cp.end;
  }
  if (k >= text.size() || text[k] != ']') return pos;
  const std::string_view inside = text.substr(pos + 1, k - pos - 1);
  const bool omission = inside == "..." || inside == "…";
  return digits || omission ? k + 1 : pos;
}

// "Hello world.Today is Tuesday.Mr. Smith": a lowercase word or a number, one terminal and a
// capitalized word with no space between. Not in web addresses, e-mails, file names or dotted
// abbreviations: the token has no other period before the stop, no "/", "@", ":", and the
// capitalized word ends the token (but for a terminal run).
bool is_glued_sentence(std::string_view text, std::size_t word_begin, std::size_t run_begin,
                       std::size_t run_end) {
  if (run_begin < word_begin + 2) return false;
  const auto last = prev_cp(text, run_begin);
  const auto before_last = prev_cp(text, last.begin);
  if (!((is_lower(last.c) || is_digit(last.c)) &&
        (is_letter(before_last.c) || is_digit(before_last.c)))) {
    return false;
  }
  const std::string_view head = text.substr(word_begin, run_begin - word_begin);
  if (head.find_first_of("./@:\\_=") != std::string_view::npos) return false;
  auto cp = next_cp(text, run_end);
  if (!is_upper(cp.c) || cp.end >= text.size() || !is_lower(next_cp(text, cp.end).c)) {
    return false;
  }
  std::size_t p = cp.end;
  while (p < text.size() && is_letter((cp = next_cp(text, p)).c)) p = cp.end;
  while (p < text.size() && (is_terminal((cp = next_cp(text, p)).c) || is_closer(cp.c))) {
    p = cp.end;
  }
  return p >= text.size() || is_space(next_cp(text, p).c);
}

// "tested this out.1 But": after a word of two or more letters and a single period, a number of
// one to three digits, then whitespace and a capital. Returns the end of the number, or
// `run_end` if there is none.
std::size_t footnote_number_end(std::string_view text, std::size_t word_begin,
                                std::size_t run_begin, std::size_t run_end) {
  if (run_end != run_begin + 1 || text[run_begin] != '.') return run_end;
  if (!is_letters(text.substr(word_begin, run_begin - word_begin), 2)) return run_end;
  std::size_t p = run_end;
  while (p < text.size() && p - run_end < 4 && text[p] >= '0' && text[p] <= '9') ++p;
  if (p == run_end || p - run_end > 3 || p >= text.size() || !is_space(next_cp(text, p).c)) {
    return run_end;
  }
  const std::size_t next = skip_space(text, p);
  return next < text.size() && is_upper(next_cp(text, next).c) ? p : run_end;
}

// Finds the terminal runs followed by whitespace.
void find_stops(std::string_view text, std::vector<Stop>& stops) {
  for (std::size_t i = 0; i < text.size();) {
    // Fast path: skip bytes that cannot start a terminal.
    while (i < text.size() && !kTerminalLead[static_cast<unsigned char>(text[i])]) ++i;
    if (i >= text.size()) break;
    const auto first = next_cp(text, i);
    if (!is_terminal(first.c)) {
      i = first.end;
      continue;
    }
    // An omission mark is not a stop: "Bohr [...] used the analogy".
    if (first.begin > 0 && text[first.begin - 1] == '[') {
      const std::size_t mark_end = bracket_mark_end(text, first.begin - 1);
      if (mark_end > first.begin) {
        i = mark_end;
        continue;
      }
    }
    bool spaceless = false;
    bool only_dots = true;
    std::size_t j = first.begin;
    while (j < text.size()) {
      const auto cp = next_cp(text, j);
      if (is_terminal(cp.c)) {
        spaceless = spaceless || is_spaceless_terminal(cp.c);
        only_dots = only_dots && cp.c == U'.';
        j = cp.end;
      } else if (is_closer(cp.c)) {
        only_dots = false;
        j = cp.end;
      } else if (cp.c == U'[' && bracket_mark_end(text, j) > j) {
        j = bracket_mark_end(text, j);  // a footnote mark: "martyr.[1] The"
      } else if (cp.c == U' ' && only_dots && j + 1 < text.size() && text[j + 1] == '.') {
        j += 1;  // a spaced ellipsis ". . ." is one run
      } else {
        break;
      }
    }
    // A footnote or omission mark after a space still belongs here: "computer. [1]", "[...]".
    if (j < text.size() && is_space(next_cp(text, j).c)) {
      const std::size_t mark = skip_space(text, j);
      const std::size_t mark_end = bracket_mark_end(text, mark);
      if (mark_end > mark && (mark_end == text.size() || is_space(next_cp(text, mark_end).c))) {
        j = mark_end;
      }
    }
    i = j;
    if (j >= text.size()) break;  // the block end is a boundary anyway
    const auto after = next_cp(text, j);
    Stop stop;
    stop.run_begin = first.begin;
    stop.word_begin = token_begin(text, first.begin);
    stop.end = j;
    if (!is_space(after.c) && !spaceless) {
      if (j == first.end && is_glued_sentence(text, stop.word_begin, first.begin, j)) {
        stop.glued = true;  // "world.Today": a space is missing
      } else if (const std::size_t end = footnote_number_end(text, stop.word_begin, first.begin, j);
                 end > j) {
        stop.end = end;  // "tested this out.1 But": a footnote number after the stop
        stop.footnote = true;
      } else {
        continue;
      }
    }
    stop.next = skip_space(text, stop.end);
    i = stop.end;
    if (stop.next < text.size()) stops.push_back(stop);
  }
}

struct ListMarker {
  std::size_t end = 0;    // after the marker
  long value = 0;
  int style = 0;          // 1: "1.", 2: "1)", 3: "1.)"; +3 for letters
};

// Parses "12.", "3)", "4.)", "a.", "b)" at `pos`, followed by whitespace.
bool parse_marker(std::string_view text, std::size_t pos, ListMarker& marker) {
  std::size_t i = pos;
  long value = 0;
  int kind = 0;
  while (i < text.size() && i - pos < 3 && text[i] >= '0' && text[i] <= '9') {
    value = value * 10 + (text[i] - '0');
    ++i;
  }
  if (i > pos) {
    kind = 0;
  } else if (i < text.size() && ((text[i] >= 'a' && text[i] <= 'z') ||
                                 (text[i] >= 'A' && text[i] <= 'Z'))) {
    value = (text[i] | 0x20) - 'a' + 1;
    kind = 3;
    ++i;
  } else {
    return false;
  }
  int style = 0;
  if (text.substr(i).starts_with(".)")) {
    style = 3;
    i += 2;
  } else if (text.substr(i).starts_with(")")) {
    style = 2;
    i += 1;
  } else if (text.substr(i).starts_with(".")) {
    style = 1;
    i += 1;
  } else {
    return false;
  }
  if (i >= text.size() || !is_space(next_cp(text, i).c)) return false;
  marker = {i, value, style + kind};
  return true;
}

// Structural stops: a bullet inside the block, and the next items of a list that opens it
// ("1) The first item 2) The second item").
void find_list_stops(std::string_view text, std::vector<Stop>& stops) {
  const std::size_t first = skip_space(text, 0);
  auto add = [&](std::size_t pos) {
    // A list number after a bullet: the break goes before the bullet ("• 10. The second").
    const std::size_t before = skip_space_back(text, pos);
    if (before > 0 && is_bullet(prev_cp(text, before).c)) pos = prev_cp(text, before).begin;
    const std::size_t end = skip_space_back(text, pos);
    if (end == 0) return;
    Stop stop;
    stop.word_begin = stop.run_begin = stop.end = end;
    stop.next = pos;
    stop.forced = true;
    stops.push_back(stop);
  };
  // Bullets: all of them are three-byte sequences led by E2.
  for (std::size_t i = first; i < text.size();) {
    if (static_cast<unsigned char>(text[i]) != 0xE2) {
      ++i;
      continue;
    }
    const auto cp = next_cp(text, i);
    if (is_bullet(cp.c) && i > first && is_space(prev_cp(text, i).c)) add(i);
    i = cp.end;
  }
  std::size_t start = first;
  if (start < text.size() && is_bullet(next_cp(text, start).c)) {
    start = skip_space(text, next_cp(text, start).end);
  }
  ListMarker marker;
  if (!parse_marker(text, start, marker)) return;
  // Later items: the same style, the next value, after whitespace.
  for (std::size_t i = marker.end; i < text.size(); ++i) {
    if (!is_space(static_cast<unsigned char>(text[i]))) continue;
    const std::size_t pos = i + 1;
    ListMarker next;
    if (pos < text.size() && parse_marker(text, pos, next) && next.style == marker.style &&
        next.value == marker.value + 1) {
      add(pos);
      marker = next;
      i = next.end - 1;
    }
  }
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

// Whether the capitalized next word is a sentence starter; only asked where a rule needs it.
bool is_starter(std::string_view text, const NextWord& next, const LanguageData& data) {
  const std::size_t length = next.word_end - next.word_begin;
  if (length == 0 || length > 32) return false;
  std::string lower;
  append_lower(text.substr(next.word_begin, length), lower);
  return data.is_sentence_starter(lower);
}

NextWord describe_next(std::string_view text, std::size_t pos, const LanguageData& data) {
  NextWord next;
  if (pos >= text.size()) return next;
  auto cp = next_cp(text, pos);
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

// The abbreviation whose dotted parts end at the stop's period, longest first: "и т. д." over
// "т. д." over "д.".
const Abbreviation* find_abbreviation(std::string_view text, const Stop& stop,
                                      const LanguageData& data, bool& after_number) {
  std::string_view pieces[4];
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
  if (total > data.max_key_bytes()) return nullptr;
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
    const bool short_word = !dotted && token.size() <= 4 && is_letters(token, 1);
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

bool bit(std::uint32_t bits, Left left) { return (bits >> static_cast<unsigned>(left)) & 1U; }
void set(std::uint32_t& bits, Left left) { bits |= 1U << static_cast<unsigned>(left); }

bool right_matches(Right right, const NextWord& next) {
  switch (right) {
    case Right::kAny: return true;
    case Right::kUpper: return !next.dash && next.kind == NextKind::kUpper;
    case Right::kCapital:
      return !next.dash && next.kind == NextKind::kUpper && !next.pronoun_i;
    case Right::kLower: return !next.dash && next.kind == NextKind::kLower;
    case Right::kLowerWord:
      return !next.dash && next.kind == NextKind::kLower && !next.abbreviated && !next.url;
    case Right::kUrl: return !next.dash && next.url;
    case Right::kDigit: return !next.dash && next.kind == NextKind::kDigit;
    case Right::kStarter: return !next.dash && next.kind == NextKind::kUpper && next.starter;
    case Right::kDashUpper: return next.dash && next.kind == NextKind::kUpper;
    case Right::kDashLower: return next.dash && next.kind == NextKind::kLower;
  }
  return false;
}

}  // namespace

std::span<const Rule> builtin_rule_table() { return kRules; }

BuiltinRules::BuiltinRules(Language language)
    : language_(language),
      language_mask_(language == Language::kRussian ? kRu : kEn),
      data_(language_lists(language)) {}

void BuiltinRules::find_breaks(std::string_view text, std::vector<std::size_t>& ends) const {
  // Per-thread scratch space: split() runs per paragraph, and allocating these each time
  // showed up in profiles.
  struct Scratch {
    std::vector<Stop> stops;
    std::vector<std::size_t> icu;
    std::vector<Span> spans;
  };
  thread_local Scratch scratch;
  auto& stops = scratch.stops;
  stops.clear();
  find_stops(text, stops);
  find_list_stops(text, stops);
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

  // ICU's opinion: a boundary between a run's first terminal and the next word marks the stop.
  auto& icu = scratch.icu;
  icu.clear();
  icu_sentence_boundaries(language_, text, icu);
  std::size_t s = 0;
  for (const std::size_t b : icu) {
    while (s < stops.size() && stops[s].next < b) ++s;
    if (s < stops.size() && stops[s].run_begin < b) stops[s].icu = true;
  }

  auto& spans = scratch.spans;
  held_spans(text, spans);
  const auto& lists = data_.lists();
  std::size_t sentence_start = skip_space(text, 0);
  for (Stop stop : stops) {
    // After "world.Today", the word before the next stop starts at "Today".
    stop.word_begin = std::clamp(stop.word_begin, std::min(sentence_start, stop.run_begin),
                                 stop.run_begin);
    bool split = false;
    std::size_t at = stop.end;
    if (stop.forced) {
      split = true;
    } else {
      const std::string_view run = text.substr(stop.run_begin, stop.end - stop.run_begin);
      const std::string_view word = text.substr(stop.word_begin, stop.run_begin - stop.word_begin);
      NextWord next = describe_next(text, stop.next, data_);
      std::uint32_t bits = 0;
      if (is_held(spans, stop)) set(bits, Left::kHeldSpan);
      if (stop.glued) set(bits, Left::kGlued);
      if (stop.footnote) set(bits, Left::kFootnote);
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
      if (spaceless) set(bits, Left::kSpaceless);
      ellipsis = ellipsis || (dots >= 2 && !exclaim);
      if (ellipsis) set(bits, Left::kEllipsis);
      const auto last = prev_cp(run, run.size());
      if (is_quote(last.c)) set(bits, Left::kQuotedStop);
      if (run.starts_with("!") && !word.empty() && !lists.exclamation_names.empty()) {
        std::string key;
        append_lower(word, key);
        key.push_back('!');
        if (data_.is_exclamation_name(key)) set(bits, Left::kExclamationName);
      }
      const bool period = run[0] == '.' && dots == 1 && !ellipsis && !exclaim && !word.empty();
      if (period) {
        bool after_number = false;
        const Abbreviation* entry = find_abbreviation(text, stop, data_, after_number);
        std::uint8_t use = 0;
        if (entry != nullptr) {
          use = after_number && entry->after_number != kSameAfterNumber ? entry->after_number
                                                                       : entry->use;
          if ((use & kWordToo) && !(next.kind == NextKind::kDigit && !next.dash)) entry = nullptr;
        }
        if (entry != nullptr) {
          set(bits, Left::kAbbreviation);
          if (use & kNeverFinal) set(bits, Left::kNeverFinal);
          if (use & kBeforeNumber) set(bits, Left::kNumberAbbreviation);
          if (use & kBeforeName) set(bits, Left::kNameAbbreviation);
          if (use & kStarterEnds) set(bits, Left::kStarterAbbreviation);
          if ((use & kDateUnit) &&
              is_opening_phrase(text.substr(sentence_start, stop.word_begin - sentence_start),
                                data_)) {
            set(bits, Left::kOpeningDate);
          }
        } else if (run.size() == 1 && is_letters(word, 2)) {
          set(bits, Left::kPlainWord);
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
          set(bits, Left::kStarterAbbreviation);
        } else if (single_letter && is_upper(next_cp(letters, 0).c)) {
          bool initial = true;
          if (lists.pronoun_i && letters == "I") {
            const std::size_t prev_end = skip_space_back(text, stop.word_begin);
            initial = prev_end > 0 && prev_end < stop.word_begin &&
                      is_upper(next_cp(text, token_begin(text, prev_end)).c);
          }
          if (initial) set(bits, Left::kInitial);
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
          set(bits, Left::kListMarker);
        }
      }
      if (next.dash && is_dateline(text.substr(sentence_start, stop.run_begin - sentence_start))) {
        set(bits, Left::kDateline);
      }
      // "compounds. . . ." — a period, then a spaced ellipsis (MLA's four dots).
      if (run.starts_with(". . . .") && dots == 4 && !word.empty()) {
        set(bits, Left::kPeriodEllipsis);
      }

      if (bit(bits, Left::kStarterAbbreviation)) next.starter = is_starter(text, next, data_);
      bool decided = false;
      for (const Rule& rule : kRules) {
        if (!(rule.languages & language_mask_)) continue;
        if (rule.left != Left::kAny && !bit(bits, rule.left)) continue;
        if (!right_matches(rule.right, next)) continue;
        split = rule.action != Action::kNoBreak;
        if (rule.action == Action::kBreakBeforeEllipsis) at = stop.run_begin + 1;
        decided = true;
        break;
      }
      if (!decided) split = stop.icu;
    }
    if (split && at > 0 && at < text.size()) {
      ends.push_back(at);
      sentence_start = skip_space(text, at);
    }
  }
}

}  // namespace libalign::detail
