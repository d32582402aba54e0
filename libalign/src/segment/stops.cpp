#include "segment/stops.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <initializer_list>

#include "segment/text_scan.hpp"

namespace libalign::detail {
namespace {

// A quotation or bracket longer than this is not held together: a mismatched pair (an
// apostrophe taken for a quote) must not swallow a paragraph.
constexpr std::size_t kMaxHeldBytes = 600;

// A list item longer than this ends the list: the next number is too far to be its successor.
constexpr std::size_t kMaxItemBytes = 2000;

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

bool is_ascii_letter(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

// Quotes and brackets for pairing: which family a mark belongs to and whether it can open or
// close here, judged by its neighbours (an apostrophe inside a word does neither).
struct Mark {
  int family = 0;  // 0: not a mark
  bool opens = false;
  bool closes = false;
};

Mark classify_mark(std::string_view text, const CodePoint& cp) {
  if (!(is_quote(cp.c) || is_open_bracket(cp.c) || is_close_bracket(cp.c))) return {};
  const char32_t before = cp.begin > 0 ? prev_cp(text, cp.begin).c : U' ';
  const char32_t after = cp.end < text.size() ? next_cp(text, cp.end).c : U' ';
  const bool open_position =
      (is_space(before) || is_open_bracket(before) || is_quote(before) || is_dash(before)) &&
      !is_space(after);
  const bool close_position = !is_space(before) && !is_letter(after) && !is_digit(after);
  switch (cp.c) {
    case U'(':
      return {1, true, false};
    case U')':
      return {1, false, true};
    case U'[':
      return {2, true, false};
    case U']':
      return {2, false, true};
    case U'«':
      return {3, true, false};
    case U'»':
      return {3, false, true};
    case U'„':
      return {4, true, false};
    case U'“':
      return open_position ? Mark{5, true, false} : Mark{4, false, close_position};
    case U'”':
      return {5, false, close_position};
    case U'‘':
      return {6, open_position, false};
    case U'’':
      return {6, false, close_position};
    case U'"':
      return {7, open_position, close_position && !open_position};
    case U'\'':
      return {8, open_position, close_position && !open_position};
    case U'‹':
      return {9, true, false};
    case U'›':
      return {9, false, true};
    default:
      return {};
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
  // Two characters of the word before the stop: a two-byte letter alone can fill word_begin + 2.
  if (last.begin <= word_begin) return false;
  const auto before_last = prev_cp(text, last.begin);
  if (!((is_lower(last.c) || is_digit(last.c)) &&
        (is_letter(before_last.c) || is_digit(before_last.c)))) {
    return false;
  }
  const std::string_view head = text.substr(word_begin, run_begin - word_begin);
  if (head.find_first_of("./@:\\_=") != std::string_view::npos) return false;
  if (run_end >= text.size()) return false;
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
  if (!is_word(text.substr(word_begin, run_begin - word_begin), 2)) return run_end;
  std::size_t p = run_end;
  while (p < text.size() && p - run_end < 4 && text[p] >= '0' && text[p] <= '9') ++p;
  if (p == run_end || p - run_end > 3 || p >= text.size() || !is_space(next_cp(text, p).c)) {
    return run_end;
  }
  const std::size_t next = skip_space(text, p);
  return next < text.size() && is_upper(next_cp(text, next).c) ? p : run_end;
}

// The end of the smiley whose eyes are at `eyes` (":)", ";-(", ":)))", ":D"), or `eyes` if
// there is none. Only after a space: glued to a word, "empty:)" closes a parenthesis as often
// as it smiles.
std::size_t smiley_end(std::string_view text, std::size_t eyes) {
  if (eyes >= text.size() || (text[eyes] != ':' && text[eyes] != ';')) return eyes;
  if (eyes > 0 && !is_space(static_cast<unsigned char>(text[eyes - 1]))) return eyes;
  std::size_t j = eyes + 1;
  if (j < text.size() && text[j] == '-') ++j;
  const std::size_t mouth = j;
  if (j < text.size() && (text[j] == ')' || text[j] == '(')) {
    while (j < text.size() && text[j] == text[mouth]) ++j;
  } else if (j < text.size() && (text[j] == 'D' || text[j] == 'P')) {
    ++j;
  }
  return j == mouth ? eyes : j;
}

// Whether the bracket at `pos` is (part of) the mouth of a smiley.
bool is_smiley_mouth(std::string_view text, std::size_t pos) {
  std::size_t p = pos;
  while (p > 0 && text[p - 1] == text[pos]) --p;
  if (p > 0 && text[p - 1] == '-') --p;
  return p > 0 && smiley_end(text, p - 1) > pos;
}

struct ListMarker {
  std::size_t end = 0;  // after the marker
  long value = 0;
  int style = 0;  // 1: "1.", 2: "1)", 3: "1.)"; +3 for letters
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
  } else if (i < text.size() &&
             ((text[i] >= 'a' && text[i] <= 'z') || (text[i] >= 'A' && text[i] <= 'Z'))) {
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

}  // namespace

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
    if (text[i] == '\'' && i > 0 && i + 1 < text.size() && is_ascii_letter(text[i - 1]) &&
        is_ascii_letter(text[i + 1])) {
      ++i;
      continue;
    }
    // The mouth of a smiley, ":)", ";-(", ":)))", is no bracket.
    if ((text[i] == '(' || text[i] == ')') && is_smiley_mouth(text, i)) {
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
  std::sort(spans.begin(), spans.end(),
            [](const Span& a, const Span& b) { return a.open < b.open; });
}

bool is_held(const std::vector<Span>& spans, const Stop& stop) {
  for (const auto& span : spans) {
    if (span.open >= stop.run_begin) break;
    if (stop.end <= span.close) return true;
  }
  return false;
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

void find_emoticon_stops(std::string_view text, std::vector<Stop>& stops) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != ':' && text[i] != ';') continue;
    const std::size_t j = smiley_end(text, i);
    if (j == i || j >= text.size() || !is_space(static_cast<unsigned char>(text[j]))) continue;
    Stop stop;
    stop.run_begin = i;
    stop.word_begin = token_begin(text, i);
    stop.end = j;
    stop.next = skip_space(text, j);
    stop.emoticon = true;
    if (stop.next < text.size()) stops.push_back(stop);
    i = j;
  }
}

// Structural stops: a bullet inside the block, the next items of a list that opens it
// ("1) The first item 2) The second item"), and a numbered list after a colon.
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
    const void* lead = std::memchr(text.data() + i, 0xE2, text.size() - i);
    if (lead == nullptr) break;
    i = static_cast<std::size_t>(static_cast<const char*>(lead) - text.data());
    const auto cp = next_cp(text, i);
    if (is_bullet(cp.c) && i > first && is_space(prev_cp(text, i).c)) add(i);
    i = cp.end;
  }
  // Later items: the same style, the next value, after whitespace, each within kMaxItemBytes of
  // the one before (which keeps a block of many lists linear). Returns the end of the last.
  auto add_items_after = [&](ListMarker marker) {
    for (std::size_t i = marker.end; i < text.size() && i < marker.end + kMaxItemBytes; ++i) {
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
    return marker.end;
  };
  std::size_t start = first;
  if (start < text.size() && is_bullet(next_cp(text, start).c)) {
    start = skip_space(text, next_cp(text, start).end);
  }
  ListMarker marker;
  std::size_t searched = start;
  if (parse_marker(text, start, marker)) searched = add_items_after(marker);
  // A numbered list run on after the sentence that announces it: "in several ways: 1. Use CSS
  // 2. Use slots". Its items are sentences when they start with a capital, and the first one
  // starts after the colon (a stop after "1." would cut the number from its item). A list of
  // lowercase words ("read as: 1) уд 2) утт") stays in its sentence. Numbers only: "by: A.
  // Smith" is a name.
  for (std::size_t colon = text.find(':', searched); colon != std::string_view::npos;
       colon = text.find(':', colon + 1)) {
    const std::size_t pos = skip_space(text, colon + 1);
    if (pos == colon + 1 || pos >= text.size() || text[pos] < '0' || text[pos] > '9') continue;
    if (!parse_marker(text, pos, marker) || marker.value != 1) continue;
    const std::size_t item = skip_space(text, marker.end);
    if (item < text.size() && is_upper(next_cp(text, item).c)) {
      add(pos);
      colon = add_items_after(marker) - 1;
    }
  }
}
}  // namespace libalign::detail
