// libalign/io.hpp — read: bytes → decoded, normalized UTF-8 Document with paragraphs.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "libalign/document.hpp"

namespace libalign {

/// How paragraphs are delimited in the input.
enum class ParagraphMode {
  kBlankLine,  ///< paragraphs are separated by one or more blank lines (default)
  kLine,       ///< every non-empty line is a paragraph
};

struct LoadOptions {
  ParagraphMode paragraphs = ParagraphMode::kBlankLine;
  /// Skip detection and use this language (e.g. from --lang).
  std::optional<Language> language;
  /// Refuse inputs larger than this many bytes (bounded memory on hostile input).
  std::size_t max_bytes = std::size_t{1} << 30;
};

/// Result of decoding raw bytes.
struct Decoded {
  std::string utf8;      ///< valid UTF-8, not yet normalized
  std::string encoding;  ///< "UTF-8", "UTF-16LE", "UTF-16BE", "windows-1251", "KOI8-R", ...
};

/// Decodes bytes: BOM → UTF-8/UTF-16; else valid UTF-8; else ICU charset detection restricted
/// to plausible Cyrillic/Latin single-byte encodings. `name` is used in error messages.
/// Throws Error{kDecode} when the bytes are not text in a supported encoding (binary junk, NUL
/// bytes, UTF-16 without BOM).
[[nodiscard]] Decoded decode(std::string_view bytes, std::string_view name);

/// Normalizes decoded text: CRLF/CR/U+2028/U+2029 → "\n", NFC, invisible and XML-invalid
/// control characters dropped, no-break and other spaces → " ", tabs kept as " ".
[[nodiscard]] std::string normalize(std::string_view utf8);

/// Paragraph ranges of normalized text, trimmed of surrounding whitespace, never empty.
[[nodiscard]] std::vector<TextRange> split_paragraphs(std::string_view text, ParagraphMode mode);

/// The language of a text from its script: Cyrillic letters vs Latin letters.
/// Returns Language::kUnknown when there are too few letters to tell.
[[nodiscard]] Language detect_language(std::string_view text) noexcept;

/// Decode + normalize + paragraphs + language. `name` is used in messages and kept in the
/// Document. Throws Error{kEmpty} for no text, Error{kDecode}, Error{kLanguage} when the
/// language cannot be detected and options.language is empty.
[[nodiscard]] Document load_bytes(std::string_view bytes, std::string name,
                                  const LoadOptions& options = {});

/// Reads a file and calls load_bytes(). Throws Error{kNotFound}, Error{kNotAFile},
/// Error{kUnreadable} with the path in the message, plus what load_bytes() throws.
[[nodiscard]] Document load(const std::filesystem::path& path, const LoadOptions& options = {});

/// Reads a whole file into memory, with the errors load() gives.
[[nodiscard]] std::string read_file(const std::filesystem::path& path,
                                    std::size_t max_bytes = std::size_t{1} << 30);

/// Treats every non-empty line of the document as one sentence (the --presplit mode).
void presplit(Document& document);

}  // namespace libalign
