// Numbers in canonical form, so that the same quantity written the Russian way and the English
// way compares equal: "1 000" = "1,000" = "1000", "3,5" = "3.5", "07" = "7".
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace libalign::detail {

/// The numbers of `text`, canonical, in order of appearance.
///
/// A digit group is joined to the previous one across a space (only when the previous group has
/// at most 3 digits and this one exactly 3: "15 000") or across ',' '.' '\''. A separator followed
/// by exactly 3 digits is a thousands separator, any other is the decimal point: that reading is
/// right for both "1,000" (English) and "3,5" (Russian) and for "1.234.567"/"1,234.56".
/// Canonical: no leading zeros, '.' as the decimal point, no trailing fractional zeros.
[[nodiscard]] std::vector<std::string> extract_numbers(std::string_view text);

/// The canonical form of one number written with digits and separators, e.g. "1 000,50" → "1000.5".
[[nodiscard]] std::string canonical_number(std::string_view written);

/// The value of a number written as a word, English or Russian, lowercase ("ten", "десяти",
/// "трое", "twenty"), or 0. One ("one", "один") is left out: it is as often a pronoun or an
/// article ("the one", "one of them") as a number; `in_compound` admits it after a tens word
/// ("twenty-one", "двадцать один"). Only the words for 2 to 90 (and their collective and
/// inflected Russian forms), which with compounds cover 2 to 99: larger numbers are mostly
/// written with digits.
[[nodiscard]] int number_word_value(std::string_view lower_word, bool in_compound = false);

}  // namespace libalign::detail
