// Bead's small helpers.
#include <string>

#include "libalign/aligner.hpp"

namespace libalign {
namespace {

std::string join(const Document& document, std::size_t begin, std::size_t count) {
  std::string out;
  for (std::size_t k = begin; k < begin + count && k < document.sentences.size(); ++k) {
    if (!out.empty()) out += ' ';
    out += document.sentence_text(k);
  }
  return out;
}

}  // namespace

std::string Bead::type() const { return std::to_string(ru_count) + ":" + std::to_string(en_count); }

std::string Bead::ru_text(const Document& ru) const { return join(ru, ru_begin, ru_count); }

std::string Bead::en_text(const Document& en) const { return join(en, en_begin, en_count); }

}  // namespace libalign
