#include "align/lexical_cost.hpp"

namespace libalign::detail {

LexicalMatch lexical_match(const EncodedPair& pair, Span ru, Span en, Scratch& scratch) {
  LexicalMatch m;
  scratch.en_words.clear();
  scratch.translated.clear();
  for (std::size_t j = en.begin; j < en.end(); ++j) {
    for (std::uint32_t e : pair.en[j].words) scratch.en_words.insert(e);
  }
  for (std::size_t i = ru.begin; i < ru.end(); ++i) {
    for (std::uint32_t r : pair.ru[i].words) {
      ++m.ru_words;
      bool found = false;
      for (std::uint32_t e : pair.translations[r]) {
        scratch.translated.insert(e);
        found = found || scratch.en_words.contains(e);
      }
      m.ru_matched += found ? 1 : 0;
    }
  }
  for (std::size_t j = en.begin; j < en.end(); ++j) {
    for (std::uint32_t e : pair.en[j].words) {
      ++m.en_words;
      m.en_matched += scratch.translated.contains(e) ? 1 : 0;
    }
  }
  return m;
}

}  // namespace libalign::detail
