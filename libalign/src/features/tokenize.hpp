// Word tokens of a sentence (ICU word BreakIterator), with the few properties the cost model
// reads. Thread-safe: each thread keeps its own BreakIterator.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace libalign::detail {

struct Token {
  std::string lower;         ///< lowercase UTF-8, "ё" folded to "е"
  bool capitalized = false;  ///< the first letter is uppercase in the text
  bool numeric = false;      ///< ICU classed it as a number
  bool latin = false;        ///< has a Latin letter
  bool cyrillic = false;     ///< has a Cyrillic letter
};

/// Letter and number tokens of `text` in order; punctuation and spaces are dropped.
[[nodiscard]] std::vector<Token> tokenize(std::string_view text);

/// Calls `visit` with each token tokenize() would return, in order, without holding them all
/// (a 50 MB sentence has millions). `visit` must not tokenize itself.
void for_each_token(std::string_view text, const std::function<void(const Token&)>& visit);

/// Whether a Cyrillic letter (U+0400..U+047F: two UTF-8 bytes, D0 xx or D1 xx) starts at `pos`.
[[nodiscard]] inline bool starts_cyrillic(std::string_view s, std::size_t pos = 0) {
  if (pos + 1 >= s.size()) return false;
  const auto b = static_cast<unsigned char>(s[pos]);
  return b == 0xD0 || b == 0xD1;
}

/// Replaces every "ё"/"Ё" by "е"/"Е": Russian texts and dictionaries write either.
void fold_yo(std::string& text);

}  // namespace libalign::detail
