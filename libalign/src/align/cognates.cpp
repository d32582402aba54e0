#include "align/cognates.hpp"

#include <algorithm>
#include <cstdint>
#include <unordered_map>
#include <utility>
#include <vector>

#include "features/names.hpp"
#include "features/tokenize.hpp"

namespace libalign::detail {
namespace {

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// The first letter, then the consonants, up to four: the bucket a spelling's candidates share.
// Loanwords keep their consonants across the two languages and change their vowels and endings.
std::string bucket_key(std::string_view spelling) {
  std::string key;
  for (std::size_t k = 0; k < spelling.size() && key.size() < 4; ++k) {
    if (k == 0 || !is_vowel(spelling[k])) key += spelling[k];
  }
  return key.size() == 4 ? key : std::string();
}

// Levenshtein distance of two short strings.
std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({above + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

bool is_ascii_word(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

}  // namespace

std::string cognate_spelling(std::string_view w) {
  std::string s;
  s.reserve(w.size() + 2);
  for (std::size_t k = 0; k < w.size(); ++k) {
    const char c = w[k];
    const char next = k + 1 < w.size() ? w[k + 1] : '\0';
    const char after = k + 2 < w.size() ? w[k + 2] : '\0';
    if ((c == 'k' || c == 'c') && next == 'h') {
      s += 'h';  // х (BGN "kh") and the Greek "ch" of technology, chemistry
      ++k;
    } else if (c == 'c' && next == 'k') {
      s += 'k';
      ++k;
    } else if (c == 't' && next == 's') {
      s += 's';  // ц (BGN "ts") against the English soft c: центр / center
      ++k;
    } else if ((c == 't' || c == 'p') && next == 'h') {
      s += c == 't' ? 't' : 'f';
      ++k;
    } else if (c == 'd' && next == 'z' && after == 'h') {
      s += 'j';
      k += 2;
    } else if (c == 'z' && next == 'h') {
      s += 'j';
      ++k;
    } else if (c == 'y' && (next == 'e' || next == 'u')) {
      // BGN writes е after a vowel or at the start "ye", ю "yu": Европа "yevropa", компьютер
      // "komp'yuter" against computer.
    } else if (c == 'c') {
      s += (next == 'e' || next == 'i' || next == 'y') ? 's' : 'k';
    } else if (c == 'q') {
      s += 'k';
    } else if (c == 'x') {
      s += "ks";
    } else if (c == 'w') {
      s += 'v';
    } else if (c == 'y') {
      s += 'i';
    } else if (c == 'z') {
      s += 's';
    } else {
      s += c;
    }
  }
  s.erase(std::unique(s.begin(), s.end()), s.end());
  return s;
}

bool same_cognate(std::string_view a, std::string_view b) {
  constexpr std::size_t kMinLetters = 6;
  constexpr std::size_t kMaxLonger = 3;
  // No loanword is longer; the edit distance is quadratic in the length, and a hostile document
  // of long made-up words must not make it the aligner's cost.
  constexpr std::size_t kMaxLetters = 40;
  const std::size_t shorter = std::min(a.size(), b.size());
  if (shorter < kMinLetters || shorter > kMaxLetters ||
      std::max(a.size(), b.size()) > shorter + kMaxLonger) {
    return false;
  }
  return edit_distance(a.substr(0, shorter), b.substr(0, shorter)) <= shorter / 5;
}

void add_cognates(EncodedPair& pair) {
  // A key that more English stems share than this belongs to no word in particular (and on
  // a degenerate document would make the comparisons quadratic).
  constexpr std::size_t kMaxStemsPerKey = 32;
  std::vector<std::string> en_spelling(pair.en_vocab.size());
  std::unordered_map<std::string, std::vector<std::uint32_t>> by_key;
  for (std::size_t e = 0; e < pair.en_vocab.size(); ++e) {
    if (!is_ascii_word(pair.en_vocab[e])) continue;
    en_spelling[e] = cognate_spelling(pair.en_vocab[e]);
    const std::string key = bucket_key(en_spelling[e]);
    if (key.empty()) continue;
    std::vector<std::uint32_t>& ids = by_key[key];
    if (ids.size() <= kMaxStemsPerKey) ids.push_back(static_cast<std::uint32_t>(e));
  }
  std::vector<std::pair<std::uint32_t, std::uint32_t>> found;
  for (std::size_t r = 0; r < pair.ru_vocab.size(); ++r) {
    if (!pair.translations[r].empty() || !starts_cyrillic(pair.ru_vocab[r])) continue;
    const std::string spelling = cognate_spelling(ascii_transliteration(pair.ru_vocab[r]));
    const auto it = by_key.find(bucket_key(spelling));
    if (it == by_key.end() || it->second.size() > kMaxStemsPerKey) continue;
    for (const std::uint32_t e : it->second) {
      if (same_cognate(spelling, en_spelling[e]))
        found.emplace_back(static_cast<std::uint32_t>(r), e);
    }
  }
  if (!found.empty()) add_translations(pair, found);
}

}  // namespace libalign::detail
