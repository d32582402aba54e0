// segment/line_blocks.hpp — line breaks that end a sentence whatever the rules say.
#pragma once

#include <string_view>
#include <vector>

#include "libalign/document.hpp"

namespace libalign::detail {

/// True if the line's last visible character is a sentence terminal, optionally followed by
/// closing quotes or brackets ("Yes.", "«Да!»", "(see above.)").
[[nodiscard]] bool ends_with_final_punctuation(std::string_view line) noexcept;

/// Splits text into blocks that the sentence rules segment independently. A blank line ends a
/// block, and so does a line break after a line without final punctuation: a heading, a byline,
/// a list item, "Liked by 4 people". Two exceptions keep prose together: hard-wrapped text (three
/// or more lines of similar width, as in e-texts wrapped at 70 columns) and a long line followed
/// by one that starts in lowercase. Blocks are non-empty and in order; whitespace-only parts are
/// dropped.
[[nodiscard]] std::vector<TextRange> line_blocks(std::string_view text);

}  // namespace libalign::detail
