// Snowball stemming (libstemmer) for Russian and English.
#pragma once

#include <string>
#include <string_view>

#include "libalign/document.hpp"

namespace libalign::detail {

/// The Snowball stem of a word that is already lowercase with "ё" folded (what tokenize()
/// gives). Thread-safe: sb_stemmer is not, so each thread keeps its own pair of stemmers.
[[nodiscard]] std::string stem_lower(std::string_view lower_word, Language language);

}  // namespace libalign::detail
