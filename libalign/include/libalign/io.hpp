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
/// to plausible Cyrillic/Latin single-byte encodings (windows-1251, KOI8-R, ISO-8859-5, IBM866,
/// windows-1252), verified by how Russian each decoding reads. `name` is used in error messages.
/// Throws Error{kDecode} when the bytes are not text in a supported encoding, with a one-line
/// message "NAME: problem" giving the 0-based byte offset where it applies: binary data, NUL
/// bytes, UTF-16 without BOM, UTF-32, invalid UTF-8 in a file that is otherwise UTF-8 (never
/// silently re-read as windows-1251), truncated or invalid UTF-16.
[[nodiscard]] Decoded decode(std::string_view bytes, std::string_view name);

/// Normalizes decoded text: CRLF/CR/U+0085/U+2028/U+2029 (and \v, \f) → "\n", NFC, control
/// and invisible format characters dropped (C0/C1 controls but \n, U+00AD soft hyphen,
/// U+200B..U+200F, U+202A..U+202E, U+2060.., U+FEFF, noncharacters such as U+FFFE/U+FFFF),
/// no-break and other Unicode spaces → " ", tabs → " ". Ill-formed UTF-8 becomes U+FFFD.
/// Byte lengths may change; ranges are taken on the result.
[[nodiscard]] std::string normalize(std::string_view utf8);

/// Paragraph ranges of normalized text, trimmed of surrounding whitespace, never empty.
[[nodiscard]] std::vector<TextRange> split_paragraphs(std::string_view text, ParagraphMode mode);

/// The language of a text from its script: Cyrillic letters vs Latin letters.
/// Returns Language::kUnknown when there are too few letters to tell.
[[nodiscard]] Language detect_language(std::string_view text) noexcept;

/// Decode + normalize + paragraphs + language. `name` is used in messages and kept in the
/// Document. Throws Error{kEmpty} ("NAME: empty file", "NAME: contains only whitespace"),
/// Error{kDecode}, Error{kUnreadable} when larger than options.max_bytes, Error{kLanguage} when
/// the language cannot be detected and options.language is empty.
[[nodiscard]] Document load_bytes(std::string_view bytes, std::string name,
                                  const LoadOptions& options = {});

/// Reads a file and calls load_bytes(). Throws Error{kNotFound} ("NAME: no such file"),
/// Error{kNotAFile} ("NAME: is a directory"), Error{kUnreadable} (the system's reason, or "too
/// large"), each message starting with the path as given, plus what load_bytes() throws.
[[nodiscard]] Document load(const std::filesystem::path& path, const LoadOptions& options = {});

/// Reads a whole file into memory, with the errors load() gives. Pipes and devices are read
/// too (`<(zcat file.gz)`), up to max_bytes.
[[nodiscard]] std::string read_file(const std::filesystem::path& path,
                                    std::size_t max_bytes = std::size_t{1} << 30);

/// Treats every non-empty line of the document as one sentence (the --presplit mode), replacing
/// document.sentences: range = the line trimmed of whitespace,
/// paragraph = the paragraph holding it. Works with either ParagraphMode.
void presplit(Document& document);

}  // namespace libalign
