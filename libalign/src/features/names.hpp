// Name keys: a capitalized word reduced to a rough consonant skeleton of its Latin spelling, so
// that a Russian name and its English rendering meet: Навальный → Naval'nyy (ICU
// "Russian-Latin/BGN") → "nvln" ← Navalny; Удальцов → "udlt" ← Udaltsov. Inflection (Путина,
// Русикова) mostly changes the vowels at the end, which the skeleton drops; a consonant ending
// (Путиным → "ptnm") is why features also compare the 3-letter prefix of the key.
#pragma once

#include <string>
#include <string_view>

namespace libalign::detail {

/// The key of one lowercase word (`cyrillic` says whether to transliterate first); empty when
/// the word is too short to make a reliable key. Thread-safe: one transliterator per thread,
/// with a per-thread cache because transliteration is slow.
[[nodiscard]] std::string name_key(std::string_view lower_word, bool cyrillic);

/// A lowercase Cyrillic word in ASCII letters (ICU "Russian-Latin/BGN", diacritics and the
/// soft sign's prime dropped): "технология" → "tekhnologiya". Thread-safe, cached per thread.
[[nodiscard]] std::string ascii_transliteration(std::string_view lower_word);

/// The skeleton of an ASCII lowercase spelling (exposed for tests).
[[nodiscard]] std::string latin_skeleton(std::string_view ascii_lower);

}  // namespace libalign::detail
