// Function words, which carry no evidence that two sentences translate each other: they are
// left out of the lexical signal (hunalign does the same through its dictionary).
#pragma once

#include <string_view>

#include "libalign/document.hpp"

namespace libalign::detail {

/// True for a lowercase function word of `language` ("и", "the", ...).
[[nodiscard]] bool is_stopword(std::string_view lower_word, Language language);

}  // namespace libalign::detail
