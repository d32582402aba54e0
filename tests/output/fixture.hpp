// tests/output/fixture.hpp — small hand-made documents and alignments for the output tests.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "libalign/aligner.hpp"
#include "libalign/document.hpp"

namespace libalign::testing {

/// A segmented document: one paragraph, the given sentences separated by one space.
inline Document document(std::string name, Language language,
                         std::initializer_list<std::string> sentences) {
  Document doc;
  doc.name = std::move(name);
  doc.encoding = "UTF-8";
  doc.language = language;
  for (const std::string& sentence : sentences) {
    if (!doc.text.empty()) doc.text += ' ';
    const std::size_t begin = doc.text.size();
    doc.text += sentence;
    doc.sentences.push_back({{begin, doc.text.size()}, 0});
  }
  doc.paragraphs.push_back({0, doc.text.size()});
  return doc;
}

/// Makes sentence `index` read `text` (raw: the writers' cleaning is what the tests look at):
/// the text goes at the end of document.text and the sentence's range points at it.
inline void set_sentence_text(Document& document, std::size_t index, std::string_view text) {
  const std::size_t begin = document.text.size();
  document.text += text;
  document.sentences.at(index).range = {begin, document.text.size()};
}

inline Bead bead(std::size_t ru_begin, std::size_t ru_count, std::size_t en_begin,
                 std::size_t en_count, double score) {
  return Bead{ru_begin, ru_count, en_begin, en_count, score};
}

/// Russian: 0 "Привет.", 1 "Как дела?", 2 "Всё хорошо.", 3 "Лишняя фраза."
/// English: 0 "Hello.", 1 "How are you? All is well.", 2 "Extra line."
/// Beads: 1:1 (0.97), 2:1 (0.81), 1:0, 0:1.
inline Alignment sample(bool english_first) {
  Document ru = document("a.ru.txt", Language::kRussian,
                         {"Привет.", "Как дела?", "Всё хорошо.", "Лишняя фраза."});
  Document en = document("a.en.txt", Language::kEnglish,
                         {"Hello.", "How are you? All is well.", "Extra line."});
  Alignment alignment;
  alignment.first = english_first ? en : ru;
  alignment.second = english_first ? ru : en;
  alignment.beads = {bead(0, 1, 0, 1, 0.97314), bead(1, 2, 1, 1, 0.81), bead(3, 1, 2, 0, 0.0),
                     bead(4, 0, 2, 1, 0.0)};
  return alignment;
}

}  // namespace libalign::testing
