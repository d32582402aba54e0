// Choosing the single-byte encoding of text that is not UTF-8 (internal).
#pragma once

#include <optional>
#include <string_view>

namespace libalign::detail {

/// The most plausible legacy encoding of some bytes.
struct LegacyGuess {
  std::string_view charset;  ///< ICU converter name, e.g. "windows-1251"
  bool russian = false;      ///< one of the Cyrillic candidates (else windows-1252)
  /// For Russian: the average score per non-ASCII byte, in nats. The paragraphs of a Russian
  /// novel decoded with the right table score -2.1 to -2.7; the same text in UTF-8, misread as
  /// a single-byte encoding, -4.6 to -5.1.
  double score = 0;
};

/// Picks the most plausible legacy encoding of `bytes` among windows-1251, KOI8-R, ISO-8859-5,
/// IBM866 (Russian) and windows-1252 (Western European, e.g. English with curly quotes).
/// Returns nullopt when no candidate yields plausible text.
///
/// Russian versus Western: in Russian single-byte text the non-ASCII bytes come in runs
/// (words), in Western text they are single accented letters or curly quotes among ASCII.
/// Among the Russian tables: each decoding is scored as Russian (letter frequencies, frequent
/// letter pairs, capitals inside words, ь/ъ/ы where they cannot stand). ICU's charset detector
/// (ucsdet) alone is close to a coin toss between windows-1251 and KOI8-R on a sentence or
/// two; it decides only near-ties of the score, where it halves the remaining errors.
[[nodiscard]] std::optional<LegacyGuess> guess_legacy_charset(std::string_view bytes);

/// Above this LegacyGuess::score a Russian guess is convincing: the text reads as Russian.
inline constexpr double kConvincingRussian = -3.6;

}  // namespace libalign::detail
