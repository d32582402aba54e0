// Word tokens of a sentence (ICU word BreakIterator), with the few properties the cost model
// reads. Thread-safe: each thread keeps its own BreakIterator.
#pragma once

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

/// Replaces every "ё"/"Ё" by "е"/"Е": Russian texts and dictionaries write either.
void fold_yo(std::string& text);

}  // namespace libalign::detail
