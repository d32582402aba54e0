// libalign/segmenter.hpp — segment: paragraphs → sentences.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "libalign/document.hpp"

namespace libalign {

/// Splits text into sentences for one language: ICU's sentence BreakIterator with language
/// rules layered over it (abbreviations, initials, numbers, quotes, URLs, ...), or the rules of
/// an SRX 2.0 file. A line break inside a paragraph is a boundary when the line has no final
/// punctuation (headings, bylines, list items); a paragraph end is always a boundary.
///
/// A Segmenter is immutable once built; split() and segment() are safe to call concurrently
/// from several threads. Copying is cheap (shared immutable rules).
class Segmenter {
 public:
  /// The built-in rules for `language` (kRussian or kEnglish).
  /// Throws Error{kInvalidArgument} for kUnknown.
  [[nodiscard]] static Segmenter builtin(Language language);

  /// Rules from an SRX 2.0 file, using the language rules that its maprules select for
  /// `language`. Throws Error{kNotFound}/Error{kBadSrx} naming the file and the problem.
  [[nodiscard]] static Segmenter from_srx(const std::filesystem::path& srx_file,
                                          Language language);
  /// As from_srx() with the SRX document in memory; `name` is used in messages.
  [[nodiscard]] static Segmenter from_srx_text(std::string_view srx, std::string_view name,
                                               Language language);

  /// Sentence ranges of `text` (byte offsets into `text`), trimmed of whitespace, non-empty,
  /// in order. Text between sentences is whitespace only.
  [[nodiscard]] std::vector<TextRange> split(std::string_view text) const;

  /// Fills document.sentences by splitting each paragraph.
  void segment(Document& document) const;

  [[nodiscard]] Language language() const noexcept;

  class Impl;  ///< rules and compiled patterns, shared and immutable

 private:
  explicit Segmenter(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}
  std::shared_ptr<const Impl> impl_;
};

/// The built-in rules for both languages as an SRX 2.0 document (what `align split --dump-srx`
/// prints). Loading it with Segmenter::from_srx_text gives a segmenter close to builtin().
[[nodiscard]] std::string builtin_srx();

/// Collapses whitespace runs to one space and trims: how a sentence's text is derived from its
/// range.
[[nodiscard]] std::string collapse_whitespace(std::string_view text);

}  // namespace libalign
