// libalign/segmenter.hpp — segment: paragraphs → sentences.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "libalign/document.hpp"

namespace libalign {

/// Splits text into sentences for one language.
///
/// Built-in rules: ICU's sentence BreakIterator proposes, and an ordered table of language rules
/// decides at each possible stop: abbreviation lists (ru: т. е., г., ул., им., тыс.; en: Mr.,
/// e.g., U.S., Sept.), initials (А. С. Пушкин, J. R. R. Tolkien), numbers and dates, closing
/// quotes and brackets after the stop, ellipses, Russian dialogue dashes, footnote marks,
/// numbered lists and bullets, URLs and e-mails. `builtin_srx()` shows the same rules as SRX.
///
/// SRX rules (from_srx): the break and no-break rules of an SRX 2.0 (or 1.0) file, matched with
/// ICU regular expressions: at each position the first rule whose <beforebreak> matches the text
/// ending there and whose <afterbreak> matches the text starting there decides; no match, no
/// break. <maprules> choose the language rules for the language ("ru"/"RU"/"ru-RU" and
/// "en"/"EN"/"en-US" are tried against each languagepattern); cascade="yes" in the header
/// applies every matching languagerule in order, otherwise only the first.
///
/// With either rules, a line break inside a paragraph ends a sentence when the line has no final
/// punctuation (a heading, a byline, a list item, "Liked by 4 people"), unless the paragraph is
/// hard-wrapped prose or the line ends with a space and the next one runs on in lowercase; a
/// paragraph end is always a boundary.
///
/// Usage:
///
///     const auto segmenter = libalign::Segmenter::builtin(libalign::Language::kRussian);
///     for (const auto range : segmenter.split("Вошёл А. С. Пушкин. Все встали.")) { ... }
///     segmenter.segment(document);  // fills document.sentences
///
/// A Segmenter is immutable once built; split() and segment() are safe to call concurrently
/// from several threads (ICU iterators and regex matchers are per thread or per call). Copying
/// is cheap (shared immutable rules).
class Segmenter {
 public:
  /// The built-in rules for `language` (kRussian or kEnglish).
  /// Throws Error{kInvalidArgument} for kUnknown.
  [[nodiscard]] static Segmenter builtin(Language language);

  /// Rules from an SRX 2.0 file, using the language rules that its maprules select for
  /// `language`. Throws Error{kNotFound}, Error{kNotAFile} or Error{kUnreadable} for the file,
  /// Error{kBadSrx} for XML that is not well formed, an invalid regular expression (the message
  /// names the languagerule, the rule number and the pattern) or no languagerule for the
  /// language, and Error{kInvalidArgument} for kUnknown; every message starts with the file name.
  [[nodiscard]] static Segmenter from_srx(const std::filesystem::path& srx_file, Language language);
  /// As from_srx() with the SRX document in memory; `name` is used in messages.
  [[nodiscard]] static Segmenter from_srx_text(std::string_view srx, std::string_view name,
                                               Language language);

  /// Sentence ranges of `text` (byte offsets into `text`), trimmed of whitespace, non-empty,
  /// in order. Text between sentences is whitespace only. `text` is one or more paragraphs
  /// (blank lines end paragraphs). Any UTF-8 text is accepted (ill-formed bytes count as
  /// letters).
  [[nodiscard]] std::vector<TextRange> split(std::string_view text) const;

  /// Fills document.sentences (replacing what was there) by splitting each paragraph:
  /// ranges are bytes of document.text, trimmed of whitespace.
  void segment(Document& document) const;

  [[nodiscard]] Language language() const noexcept;

  class Impl;  ///< rules and compiled patterns, shared and immutable

 private:
  explicit Segmenter(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}
  std::shared_ptr<const Impl> impl_;
};

/// The built-in rules for both languages as an SRX 2.0 document (what `align split --dump-srx`
/// prints, shipped as data/srx/libalign.srx), generated from the same tables. Loading it with
/// Segmenter::from_srx_text gives a segmenter close to builtin(): SRX cannot express quotation
/// pairing, list numbering or ICU's fallback, so those are approximated.
[[nodiscard]] std::string builtin_srx();

}  // namespace libalign
