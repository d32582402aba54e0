// How a sentence's text is derived from its range.
#include <stdexcept>

#include "libalign/document.hpp"
#include "segment/text_scan.hpp"

namespace libalign {

std::string collapse_whitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < text.size();) {
    const auto cp = detail::next_cp(text, i);
    i = cp.end;
    if (detail::is_space(cp.c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.append(text.substr(cp.begin, cp.end - cp.begin));
  }
  return out;
}

std::string Document::sentence_text(std::size_t index) const {
  return collapse_whitespace(view(sentences.at(index).range));
}

}  // namespace libalign
