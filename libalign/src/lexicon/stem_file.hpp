// The built-in lexicon's file format, shared by tools/make_lexicon (writer) and the library
// (reader): a header line, then one "russian_stem<TAB>english_stem" line per pair.
#pragma once

#include <string_view>

namespace libalign::detail {

inline constexpr std::string_view kStemFileHeader = "# libalign stem lexicon 1";

/// Calls add(ru, en) for every pair of `text`; false when the header is missing.
template <typename Add>
bool read_stem_pairs(std::string_view text, Add&& add) {
  if (!text.starts_with(kStemFileHeader)) return false;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    if (line.empty() || line.front() == '#') continue;
    const std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos || tab == 0 || tab + 1 == line.size()) continue;
    add(line.substr(0, tab), line.substr(tab + 1));
  }
  return true;
}

}  // namespace libalign::detail
