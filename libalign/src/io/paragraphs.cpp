// Paragraph ranges of normalized text, and the presplit mode (one sentence a line).
#include <string>
#include <string_view>
#include <vector>

#include "io/text_util.hpp"
#include "libalign/document.hpp"
#include "libalign/io.hpp"

namespace libalign {
namespace {

using detail::is_ascii_space;

// Calls visit(begin, end) for each line of `text` within [begin, end) that is not blank,
// trimmed of surrounding whitespace.
template <typename Visit>
void for_each_line(std::string_view text, std::size_t begin, std::size_t end, Visit&& visit) {
  std::size_t pos = begin;
  while (pos < end) {
    std::size_t newline = text.find('\n', pos);
    if (newline == std::string_view::npos || newline > end) newline = end;
    std::size_t first = pos;
    std::size_t last = newline;
    while (first < last && is_ascii_space(text[first])) ++first;
    while (last > first && is_ascii_space(text[last - 1])) --last;
    if (first < last) visit(first, last);
    pos = newline + 1;
  }
}

}  // namespace

std::vector<TextRange> split_paragraphs(std::string_view text, ParagraphMode mode) {
  std::vector<TextRange> paragraphs;
  if (mode == ParagraphMode::kLine) {
    for_each_line(text, 0, text.size(), [&](std::size_t b, std::size_t e) {
      paragraphs.push_back({b, e});
    });
    return paragraphs;
  }
  // kBlankLine: consecutive non-blank lines form one paragraph. A line's trimmed range extends
  // the open paragraph if no blank line came between them.
  bool open = false;
  std::size_t last_line_end = 0;  // end of the previous non-blank line's newline search
  for_each_line(text, 0, text.size(), [&](std::size_t b, std::size_t e) {
    // The lines between the previous non-blank line and this one are all blank, so a
    // paragraph break is exactly "more than one newline in between".
    bool adjacent = false;
    if (open) {
      const std::string_view gap = text.substr(last_line_end, b - last_line_end);
      adjacent = gap.find('\n') == gap.rfind('\n');
    }
    if (adjacent) {
      paragraphs.back().end = e;
    } else {
      paragraphs.push_back({b, e});
      open = true;
    }
    last_line_end = e;
  });
  return paragraphs;
}

void presplit(Document& document) {
  document.sentences.clear();
  const std::string_view text = document.text;
  for (std::size_t p = 0; p < document.paragraphs.size(); ++p) {
    const TextRange paragraph = document.paragraphs[p];
    for_each_line(text, paragraph.begin, paragraph.end, [&](std::size_t b, std::size_t e) {
      document.sentences.push_back({{b, e}, p});
    });
  }
}

}  // namespace libalign
