#include "features/numbers.hpp"

#include <vector>

namespace libalign::detail {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Separators that may sit inside a number: space, no-break space (U+00A0, U+202F thin),
// comma, period, apostrophe (Swiss style).
std::size_t separator_length(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return 0;
  const char c = text[pos];
  if (c == ' ' || c == ',' || c == '.' || c == '\'') return 1;
  if (text.substr(pos, 2) == "\xC2\xA0") return 2;
  if (text.substr(pos, 3) == "\xE2\x80\xAF" || text.substr(pos, 3) == "\xE2\x80\x89") return 3;
  return 0;
}

struct Group {
  std::string_view digits;
  char separator_before = 0;  // ' ' for any space, else the character
};

std::string canonical(const std::vector<Group>& groups) {
  std::string integer;
  std::string fraction;
  bool in_fraction = false;
  for (std::size_t k = 0; k < groups.size(); ++k) {
    const Group& g = groups[k];
    if (k > 0 && !in_fraction && g.separator_before != ' ' && g.digits.size() != 3) {
      in_fraction = true;
    }
    (in_fraction ? fraction : integer) += g.digits;
  }
  std::size_t first = integer.find_first_not_of('0');
  integer = first == std::string::npos ? "0" : integer.substr(first);
  while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
  return fraction.empty() ? integer : integer + "." + fraction;
}

// Parses the number starting at text[pos] (a digit); returns its groups and moves pos past it.
std::vector<Group> scan_number(std::string_view text, std::size_t& pos) {
  std::vector<Group> groups;
  auto digits_at = [&](std::size_t at) {
    std::size_t end = at;
    while (end < text.size() && is_digit(text[end])) ++end;
    return text.substr(at, end - at);
  };
  groups.push_back({digits_at(pos), 0});
  pos += groups.back().digits.size();
  while (true) {
    const std::size_t sep = separator_length(text, pos);
    if (sep == 0 || pos + sep >= text.size() || !is_digit(text[pos + sep])) break;
    const char kind = (sep > 1 || text[pos] == ' ') ? ' ' : text[pos];
    const std::string_view next = digits_at(pos + sep);
    if (kind == ' ' && (groups.back().digits.size() > 3 || next.size() != 3)) break;
    // "1,000" and "3,5" join; a decimal part must be the last group ("1.5.2020" is a date).
    const bool had_fraction = groups.size() > 1 && groups.back().separator_before != ' ' &&
                              groups.back().digits.size() != 3;
    if (had_fraction) break;
    if (kind == ' ' && groups.size() > 1 && groups.back().separator_before != ' ') break;
    groups.push_back({next, kind});
    pos += sep + next.size();
  }
  return groups;
}

}  // namespace

std::vector<std::string> extract_numbers(std::string_view text) {
  std::vector<std::string> numbers;
  std::size_t pos = 0;
  while (pos < text.size()) {
    if (!is_digit(text[pos])) {
      ++pos;
      continue;
    }
    numbers.push_back(canonical(scan_number(text, pos)));
  }
  return numbers;
}

std::string canonical_number(std::string_view written) {
  std::size_t pos = 0;
  while (pos < written.size() && !is_digit(written[pos])) ++pos;
  if (pos == written.size()) return {};
  return canonical(scan_number(written, pos));
}

}  // namespace libalign::detail
