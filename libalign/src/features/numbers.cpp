#include "features/numbers.hpp"

#include <array>
#include <functional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "util/string_hash.hpp"

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

namespace {

using NumberWords = StringMap<int>;

// Every written form, Russian ones lowercase with ё folded to е (as tokens are). Russian
// numerals decline: пять, пяти, пятью; two to four and the collectives (двое, трое) have more
// forms. "семью" is left out: it is also "family" (instrumental), far more often.
const NumberWords& number_words() {
  static const NumberWords words = [] {
    NumberWords w = {
        {"two", 2},         {"three", 3},        {"four", 4},          {"five", 5},
        {"six", 6},         {"seven", 7},        {"eight", 8},         {"nine", 9},
        {"ten", 10},        {"eleven", 11},      {"twelve", 12},       {"thirteen", 13},
        {"fourteen", 14},   {"fifteen", 15},     {"sixteen", 16},      {"seventeen", 17},
        {"eighteen", 18},   {"nineteen", 19},    {"twenty", 20},       {"thirty", 30},
        {"forty", 40},      {"fifty", 50},       {"sixty", 60},        {"seventy", 70},
        {"eighty", 80},     {"ninety", 90},      {"два", 2},           {"две", 2},
        {"двух", 2},        {"двум", 2},         {"двумя", 2},         {"двое", 2},
        {"двоих", 2},       {"оба", 2},          {"обе", 2},           {"обоих", 2},
        {"обеих", 2},       {"три", 3},          {"трех", 3},          {"трем", 3},
        {"тремя", 3},       {"трое", 3},         {"троих", 3},         {"четыре", 4},
        {"четырех", 4},     {"четырем", 4},      {"четырьмя", 4},      {"четверо", 4},
        {"четверых", 4},    {"пятеро", 5},       {"пятерых", 5},       {"шестеро", 6},
        {"семеро", 7},      {"восемь", 8},       {"восьми", 8},        {"восемью", 8},
        {"восьмью", 8},     {"сорок", 40},       {"сорока", 40},       {"пятьдесят", 50},
        {"пятидесяти", 50}, {"шестьдесят", 60},  {"шестидесяти", 60},  {"семьдесят", 70},
        {"семидесяти", 70}, {"восемьдесят", 80}, {"восьмидесяти", 80}, {"девяносто", 90},
        {"девяноста", 90}};
    // The numerals in -ь decline -ь, -и, -ью.
    // A table, laid out by hand (clang-format would put one pair per line).
    // clang-format off
    constexpr auto kSoftStems = std::to_array<std::pair<std::string_view, int>>({
        {"пят", 5},          {"шест", 6},         {"сем", 7},         {"девят", 9},
        {"десят", 10},       {"одиннадцат", 11},  {"двенадцат", 12},  {"тринадцат", 13},
        {"четырнадцат", 14}, {"пятнадцат", 15},   {"шестнадцат", 16}, {"семнадцат", 17},
        {"восемнадцат", 18}, {"девятнадцат", 19}, {"двадцат", 20},    {"тридцат", 30}});
    // clang-format on
    for (const auto& [stem, value] : kSoftStems) {
      for (std::string_view ending : {"ь", "и", "ью"}) {
        std::string form = std::string(stem) + std::string(ending);
        if (form != "семью") w.emplace(std::move(form), value);
      }
    }
    return w;
  }();
  return words;
}

}  // namespace

int number_word_value(std::string_view lower_word, bool in_compound) {
  if (in_compound) {
    for (std::string_view one :
         {"one", "один", "одна", "одно", "одного", "одной", "одному", "одним", "одну", "одном"}) {
      if (lower_word == one) return 1;
    }
  }
  const auto& words = number_words();
  const auto it = words.find(lower_word);
  return it == words.end() ? 0 : it->second;
}

}  // namespace libalign::detail
