// Reading Mueller's English–Russian dictionary (Debian mueller7-dict, dictd format) into word
// pairs. Used by tools/make_lexicon at build time; kept in the library's source tree so that it
// is unit-tested with the rest of the lexicon.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace libalign::detail {

/// A dictd index number: base64 digits "A-Za-z0-9+/", most significant first.
[[nodiscard]] std::optional<std::uint64_t> decode_dictd_number(std::string_view digits);

/// (Russian word, English headword) pairs of one dictionary entry. `body` is the entry's text
/// as stored in the .dict file (it starts with the headword line).
///
/// The entry is read as translations separated by ';' and ',' and by sense numbers ("1.", "2)",
/// "а)"). Transcriptions [..], notes (..) and {..}, grammar and domain labels (_n., _v., _ам.,
/// _разг.) are dropped. A translation that holds Latin letters is a usage example ("to keep
/// house вести хозяйство") and is skipped; so is any translation with more than one content
/// word, whose head cannot be told from its modifiers. A one-content-word gloss gives its word
/// ("отказываться от" → "отказываться").
/// Multi-word headwords give no pairs.
[[nodiscard]] std::vector<std::pair<std::string, std::string>> mueller_pairs(
    std::string_view headword, std::string_view body);

}  // namespace libalign::detail
