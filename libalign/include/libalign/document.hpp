// libalign/document.hpp — the value types that flow through the pipeline.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace libalign {

/// The two languages libalign aligns.
enum class Language { kUnknown, kRussian, kEnglish };

/// "ru", "en" or "und".
[[nodiscard]] std::string_view language_code(Language language) noexcept;

/// Parses "ru"/"en" (case-insensitive, a region such as "ru-RU" is accepted).
/// Throws Error{kInvalidArgument} for anything else.
[[nodiscard]] Language parse_language(std::string_view code);

/// Collapses whitespace runs to one space and trims: how a sentence's text is derived from its
/// range.
[[nodiscard]] std::string collapse_whitespace(std::string_view text);

/// A byte range [begin, end) into Document::text.
struct TextRange {
  std::size_t begin = 0;
  std::size_t end = 0;
  [[nodiscard]] std::size_t size() const noexcept { return end - begin; }
  friend bool operator==(const TextRange&, const TextRange&) = default;
};

/// One sentence: where it is in Document::text. No copy of the text: on a file of a million
/// one-word lines a copy per sentence (a std::string each) was most of the memory;
/// Document::sentence_text() gives the text when it is needed.
struct Sentence {
  TextRange range;            ///< bytes of Document::text
  std::size_t paragraph = 0;  ///< index into Document::paragraphs
};

/// A decoded, normalized document. `text` is NFC UTF-8 with "\n" newlines and no invisible
/// control characters; every range points into it.
struct Document {
  std::string name;      ///< file name or caller-given id, used in messages
  std::string encoding;  ///< the encoding the bytes were decoded from, e.g. "UTF-8"
  Language language = Language::kUnknown;
  std::string text;
  std::vector<TextRange> paragraphs;  ///< in order, non-empty, non-overlapping
  std::vector<Sentence> sentences;    ///< filled by a Segmenter (or presplit())

  /// The text of a range as a view into `text`.
  [[nodiscard]] std::string_view view(TextRange range) const {
    return std::string_view(text).substr(range.begin, range.size());
  }

  /// The text of sentences[index] as it goes into a TMX: its range with whitespace runs
  /// collapsed to one space (collapse_whitespace()). Throws std::out_of_range past the end.
  [[nodiscard]] std::string sentence_text(std::size_t index) const;
};

}  // namespace libalign
