// segment/icu_sentences.hpp — ICU's sentence BreakIterator over UTF-8, one per thread.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "libalign/document.hpp"

namespace libalign::detail {

/// Appends ICU's sentence boundaries of `text` (UTF-8 byte offsets, excluding 0 and the end)
/// for the language's locale. BreakIterator objects are not thread-safe, so each thread keeps
/// its own, created on first use; the text is read in place through a UTF-8 UText.
void icu_sentence_boundaries(Language language, std::string_view text,
                             std::vector<std::size_t>& out);

}  // namespace libalign::detail
