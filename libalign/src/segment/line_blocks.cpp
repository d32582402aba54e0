#include "segment/line_blocks.hpp"

#include <algorithm>

#include "segment/text_scan.hpp"

namespace libalign::detail {
namespace {

// A line at least this long (in code points) that runs on into a lowercase line is prose cut by
// a line break, not a heading.
constexpr std::size_t kLongLine = 60;
// Hard-wrapped prose: this many lines, the widest at least this wide, and most lines at least
// kWrapShare of the widest.
constexpr std::size_t kWrapMinLines = 3;
constexpr std::size_t kWrapMinWidth = 40;
constexpr double kWrapShare = 0.55;
constexpr double kWrapMajority = 0.8;

struct Line {
  std::size_t begin = 0;  // first byte
  std::size_t end = 0;    // the '\n' or text end
  std::size_t width = 0;  // code points, trimmed
  bool blank = true;
};

std::size_t width_of(std::string_view text) {
  std::size_t n = 0;
  for (const char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

bool starts_as_list_item(std::string_view line) {
  const std::size_t p = skip_space(line, 0);
  if (p >= line.size()) return false;
  const auto cp = next_cp(line, p);
  if (is_bullet(cp.c) || is_dash(cp.c) || cp.c == U'*') return true;
  std::size_t q = p;
  while (q < line.size() && q - p < 3 && line[q] >= '0' && line[q] <= '9') ++q;
  return q > p && q < line.size() && (line[q] == '.' || line[q] == ')');
}

bool is_hard_wrapped(std::string_view text, const std::vector<Line>& lines) {
  if (lines.size() < kWrapMinLines) return false;
  std::size_t widest = 0;
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) widest = std::max(widest, lines[i].width);
  if (widest < kWrapMinWidth) return false;
  std::size_t wide = 0;
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    const auto line = text.substr(lines[i].begin, lines[i].end - lines[i].begin);
    if (starts_as_list_item(line)) return false;
    wide += static_cast<double>(lines[i].width) >= kWrapShare * static_cast<double>(widest);
  }
  return static_cast<double>(wide) >= kWrapMajority * static_cast<double>(lines.size() - 1);
}

}  // namespace

bool ends_with_final_punctuation(std::string_view line) noexcept {
  std::size_t p = skip_space_back(line, line.size());
  while (p > 0) {
    const auto cp = prev_cp(line, p);
    if (is_terminal(cp.c)) return true;
    if (!is_closer(cp.c)) return false;
    p = cp.begin;
  }
  return false;
}

std::vector<TextRange> line_blocks(std::string_view text) {
  std::vector<TextRange> blocks;
  // Paragraph-like chunks: runs of non-blank lines.
  std::vector<Line> chunk;
  auto flush = [&]() {
    if (chunk.empty()) return;
    const bool wrapped = is_hard_wrapped(text, chunk);
    std::size_t block_begin = chunk.front().begin;
    for (std::size_t i = 0; i + 1 < chunk.size(); ++i) {
      const auto line = text.substr(chunk[i].begin, chunk[i].end - chunk[i].begin);
      bool joins = wrapped || ends_with_final_punctuation(line);
      if (!joins && chunk[i].width >= kLongLine) {
        const auto next = text.substr(chunk[i + 1].begin, chunk[i + 1].end - chunk[i + 1].begin);
        const std::size_t p = skip_space(next, 0);
        joins = p < next.size() && is_lower(next_cp(next, p).c);
      }
      if (!joins && chunk[i].end > chunk[i].begin &&
          (text[chunk[i].end - 1] == ' ' || text[chunk[i].end - 1] == '\t')) {
        // A trailing space marks a soft line break ("format=flowed", RFC 3676); trust it when
        // the text runs on in lowercase.
        const auto next = text.substr(chunk[i + 1].begin, chunk[i + 1].end - chunk[i + 1].begin);
        const std::size_t p = skip_space(next, 0);
        joins = p < next.size() && (is_lower(next_cp(next, p).c) || next[p] == '(');
      }
      if (!joins) {
        blocks.push_back({block_begin, chunk[i].end});
        block_begin = chunk[i + 1].begin;
      }
    }
    blocks.push_back({block_begin, chunk.back().end});
    chunk.clear();
  };
  std::size_t begin = 0;
  while (begin <= text.size()) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    Line line{begin, end, 0, true};
    const auto view = text.substr(begin, end - begin);
    const std::size_t first = skip_space(view, 0);
    if (first < view.size()) {
      line.blank = false;
      line.width = width_of(view.substr(first, skip_space_back(view, view.size()) - first));
      chunk.push_back(line);
    } else {
      flush();
    }
    if (end == text.size()) break;
    begin = end + 1;
  }
  flush();
  return blocks;
}

}  // namespace libalign::detail
