// Helpers for the align tests: documents and lexicons written inline.
#pragma once

#include <gtest/gtest.h>

#include <initializer_list>
#include <memory>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "libalign/aligner.hpp"
#include "libalign/document.hpp"
#include "libalign/lexicon.hpp"

namespace libalign {

// GoogleTest prints a bead as "[1, 2]:[1]" (vecalign style) instead of its bytes.
inline void PrintTo(const Bead& b, std::ostream* os) {
  auto side = [](std::size_t begin, std::size_t count) {
    std::string s = "[";
    for (std::size_t k = 0; k < count; ++k) s += (k ? ", " : "") + std::to_string(begin + k);
    return s + "]";
  };
  *os << side(b.ru_begin, b.ru_count) << ':' << side(b.en_begin, b.en_count);
}

namespace testing {

/// A segmented document: one inner list per paragraph, one string per sentence.
inline Document document(Language language,
                         std::initializer_list<std::initializer_list<const char*>> paragraphs) {
  Document doc;
  doc.name = language == Language::kRussian ? "test.ru" : "test.en";
  doc.language = language;
  for (const auto& paragraph : paragraphs) {
    const std::size_t paragraph_begin = doc.text.size();
    for (const char* sentence : paragraph) {
      if (doc.text.size() > paragraph_begin) doc.text += ' ';
      Sentence s;
      s.range.begin = doc.text.size();
      doc.text += sentence;
      s.range.end = doc.text.size();
      s.paragraph = doc.paragraphs.size();
      doc.sentences.push_back(std::move(s));
    }
    doc.paragraphs.push_back({paragraph_begin, doc.text.size()});
    doc.text += "\n\n";
  }
  return doc;
}

inline std::shared_ptr<const Lexicon> lexicon(
    std::initializer_list<std::pair<const char*, const char*>> pairs) {
  auto lex = std::make_shared<Lexicon>();
  for (const auto& [ru, en] : pairs) lex->add_words(ru, en);
  return lex;
}

/// An aligner that uses only `lexicon`, so that results do not depend on whether the built-in
/// dictionary was available at build time.
inline Aligner aligner_with(std::shared_ptr<const Lexicon> lexicon, AlignOptions options = {}) {
  options.builtin_lexicon = false;
  return Aligner(options, std::move(lexicon));
}

/// "ru:en" bead types in order, e.g. {"1:1", "1:2", "0:1"}.
inline std::vector<std::string> types(const std::vector<Bead>& beads) {
  std::vector<std::string> out;
  for (const Bead& b : beads) out.push_back(b.type());
  return out;
}

/// The beads' positions, vecalign style, e.g. "[0]:[0] [1]:[1, 2] []:[3]" (scores left out:
/// they vary with the model's calibration).
inline std::string layout(const std::vector<Bead>& beads) {
  std::string out;
  for (const Bead& b : beads) {
    if (!out.empty()) out += ' ';
    out += ::testing::PrintToString(b);
  }
  return out;
}

}  // namespace testing
}  // namespace libalign
