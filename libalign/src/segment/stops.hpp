// segment/stops.hpp — the scanners: where a sentence may end (stops), where a list item or
// bullet starts one, and which quotations and brackets hold their stops together.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace libalign::detail {

/// A possible sentence end: a run of terminals (with closing quotes, brackets and footnote
/// marks after them) followed by whitespace, or a structural break before a list item.
struct Stop {
  std::size_t word_begin = 0;  // the token before the terminal run
  std::size_t run_begin = 0;   // first terminal (== end for structural stops)
  std::size_t end = 0;         // after the terminals, closing quotes/brackets, footnote marks
  std::size_t next = 0;        // first non-space byte after end
  bool icu = false;            // ICU's sentence iterator breaks here
  bool forced = false;         // a bullet or the next list item starts at `next`
  bool glued = false;          // no space before the next sentence: "world.Today"
  bool footnote = false;       // a footnote number follows the period: "out.1 But"
  bool emoticon = false;       // the run is a smiley: "less crowded :) It's"
};

/// A quotation or bracket pair: [open, close] are the bytes of the two marks.
struct Span {
  std::size_t open = 0;   // byte of the opening mark
  std::size_t close = 0;  // byte of the closing mark
};

/// Appends the terminal runs followed by whitespace (or by a glued capitalized word, or a
/// footnote number), in text order. The run at the very end of `text` is not a stop.
void find_stops(std::string_view text, std::vector<Stop>& stops);

/// Appends the smileys between whitespace: ":)", ";-)", ":((", ":D". In reviews and posts
/// they end sentences as a period would ("less crowded :) It's too bad"). One glued to a word,
/// "empty:)", is as often the end of a parenthesis, and is left alone.
void find_emoticon_stops(std::string_view text, std::vector<Stop>& stops);

/// Appends structural stops: before a bullet inside the text, before the next items of a
/// numbered or lettered list that opens it ("1) The first item 2) The second item"), and before
/// a numbered list that follows a colon and its items ("in two ways: 1. Use CSS 2. Use slots").
void find_list_stops(std::string_view text, std::vector<Stop>& stops);

/// The quotations and brackets opened in the middle of a sentence (not right after a stop),
/// sorted by opening position: a stop inside one does not end the sentence.
void held_spans(std::string_view text, std::vector<Span>& spans);

/// Whether a stop lies inside one of the spans.
[[nodiscard]] bool is_held(const std::vector<Span>& spans, const Stop& stop);

}  // namespace libalign::detail
