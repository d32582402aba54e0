// libalign/tmx.hpp — TMX 1.4b: an in-memory model, a writer and a reader.
//
// Usage:
//
//   libalign::TmxDocument tmx;
//   tmx.header.src_lang = "ru";
//   tmx.units.push_back({.tuid = "1",
//                        .variants = {{"ru", "Привет, мир."}, {"en", "Hello, world."}}});
//   libalign::write_file_atomically("out.tmx",
//                                   [&](std::ostream& out) { libalign::write_tmx(out, tmx); });
//
//   libalign::TmxDocument back = libalign::read_tmx("out.tmx");   // also OmegaT's 1.1 files
//
// The writer's output is deterministic (same model → same bytes), and write → read → write
// gives identical bytes. docs/tmx.md says what CAT tools make of the files.
#pragma once

#include <chrono>
#include <filesystem>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace libalign {

/// A <prop type="…">value</prop> of a translation unit.
struct TmxProp {
  std::string type{};  ///< e.g. "x-score"; user-defined types start with "x-"
  std::string value{};
  friend bool operator==(const TmxProp&, const TmxProp&) = default;
};

/// One language variant of a TU: <tuv xml:lang="…"><seg>text</seg></tuv>.
struct TmxVariant {
  std::string lang{};  ///< xml:lang, a BCP 47 code such as "ru" or "en-US"
  std::string text{};  ///< plain text of the <seg>
  friend bool operator==(const TmxVariant&, const TmxVariant&) = default;
};

/// A translation unit: <tu tuid="…" segtype="…"> props, then variants.
struct TranslationUnit {
  std::string tuid{};  ///< empty: no tuid attribute
  /// TU-level segtype ("sentence", "paragraph", ...); empty: inherits the header's. libalign
  /// writes "paragraph" on TUs that join several sentences on one side (see docs/tmx.md).
  std::string segtype{};
  std::vector<TmxProp> props{};
  std::vector<TmxVariant> variants{};  ///< usually two: source then target
  friend bool operator==(const TranslationUnit&, const TranslationUnit&) = default;
};

/// The <header> attributes. Defaults are what libalign writes. read_tmx() fills every field
/// from the file (empty when the attribute is absent).
struct TmxHeader {
  std::string creation_tool = "libalign";
  std::string creation_tool_version{};  ///< write_tmx(): the library version when empty
  std::string segtype = "sentence";     ///< "sentence" or "paragraph" (see docs/tmx.md)
  std::string o_tmf = "libalign";
  std::string admin_lang = "en";
  std::string src_lang = "ru";  ///< a code, or "*all*" for bidirectional memories
  std::string datatype = "plaintext";
  std::string creation_date{};  ///< YYYYMMDDThhmmssZ; empty: not written
  std::string creation_id{};    ///< empty: not written
  friend bool operator==(const TmxHeader&, const TmxHeader&) = default;
};

/// A whole translation memory.
struct TmxDocument {
  TmxHeader header{};
  std::vector<TranslationUnit> units{};
  friend bool operator==(const TmxDocument&, const TmxDocument&) = default;
};

/// Writes TMX 1.4 (`version="1.4"`, valid against the LISA tmx14.dtd, which fixes that value;
/// the content follows 1.4b) with pugixml: an XML declaration, `<!DOCTYPE tmx SYSTEM
/// "tmx14.dtd">`, two-space indentation, "\n" line ends. XML-invalid characters and invalid
/// UTF-8 are removed from all text (strip_xml_invalid()); segment text is also trimmed of
/// leading/trailing white space, since CAT tools trim their segments and would then miss the
/// match. The same model always gives the same bytes.
/// Throws Error{kInvalidArgument} when a header or TU segtype is not one of "block",
/// "paragraph", "sentence", "phrase" (the DTD's list).
void write_tmx(std::ostream& out, const TmxDocument& document);

/// write_tmx() into a string.
[[nodiscard]] std::string to_tmx_string(const TmxDocument& document);

/// How read_tmx() turns a <seg> into plain text.
struct TmxReadOptions {
  /// Keep the text inside inline elements (<bpt>, <ept>, <ph>, <it>, <ut> and their <sub>) as
  /// plain text; when false (default), their content is dropped (OmegaT's "level 1" view).
  /// <hi> content is always kept since it is translatable text.
  bool keep_inline_text = false;
};

/// Reads a TMX 1.1–1.4b file. Accepts UTF-8 (with or without BOM), UTF-16/UTF-32 with BOM, and
/// any encoding named in the XML declaration that ICU knows (e.g. windows-1251); CDATA and the
/// predefined/numeric entities; `xml:lang` or TMX 1.1's `lang` on <tuv> (OmegaT's
/// *-omegat.tmx); TU notes and TUV-level props are skipped.
/// Throws Error{kNotFound}/Error{kUnreadable} (from read_file()) when the file cannot be read,
/// and Error{kBadTmx} naming the file, the problem and the byte offset for malformed XML
/// ("a.tmx: not well-formed XML: Start-end tags mismatch at byte 812"), a root that is not
/// <tmx>, an unsupported version, a missing <body>, or a <tuv> without a language or <seg>.
[[nodiscard]] TmxDocument read_tmx(const std::filesystem::path& path,
                                   const TmxReadOptions& options = {});

/// read_tmx() on bytes in memory; `name` stands for the file in messages.
[[nodiscard]] TmxDocument read_tmx_text(std::string_view bytes, std::string_view name,
                                        const TmxReadOptions& options = {});

/// True when `text` is a TMX date: ISO 8601 basic format in UTC, exactly YYYYMMDDThhmmssZ.
[[nodiscard]] bool is_tmx_date(std::string_view text) noexcept;

/// A moment as a TMX date (UTC, to the second).
[[nodiscard]] std::string tmx_date(std::chrono::system_clock::time_point time);

/// The current time as a TMX date (UTC).
[[nodiscard]] std::string tmx_date_now();

/// Removes characters that XML 1.0 forbids (C0 controls except tab/newline/CR, U+FFFE/U+FFFF,
/// lone surrogates) and ill-formed UTF-8 byte sequences from UTF-8 text. Never throws.
[[nodiscard]] std::string strip_xml_invalid(std::string_view utf8);

}  // namespace libalign
