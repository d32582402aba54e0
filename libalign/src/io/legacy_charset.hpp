// Choosing the single-byte encoding of text that is not UTF-8 (internal).
#pragma once

#include <optional>
#include <string_view>

namespace libalign::detail {

/// The most plausible legacy encoding of some bytes.
struct LegacyGuess {
  std::string_view charset;  ///< ICU converter name, e.g. "windows-1251"
  bool russian = false;      ///< one of the Cyrillic candidates (else windows-1252)
  /// For Russian: the average score per non-ASCII byte, in nats; real Russian text decoded
  /// with the right table scores about -3.5, UTF-8 Russian misread as windows-1251 about -6.
  double score = 0;
};

/// Picks the most plausible legacy encoding of `bytes` among windows-1251, KOI8-R, ISO-8859-5,
/// IBM866 (Russian) and windows-1252 (Western European, e.g. English with curly quotes).
/// Returns nullopt when no candidate yields plausible text.
///
/// ICU's charset detector (ucsdet) is consulted, but on a sentence or two of Cyrillic its
/// confidence is close to a coin toss between windows-1251 and KOI8-R, so the choice rests on
/// decoding the high bytes with each candidate and scoring the result as Russian: letter
/// frequencies, and capitals appearing at word starts rather than inside words.
[[nodiscard]] std::optional<LegacyGuess> guess_legacy_charset(std::string_view bytes);

/// Above this LegacyGuess::score a Russian guess is convincing: the text reads as Russian.
inline constexpr double kConvincingRussian = -4.5;

}  // namespace libalign::detail
