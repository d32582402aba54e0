// libalign/tmx.hpp — TMX 1.4b: an in-memory model, a writer and a reader.
#pragma once

#include <filesystem>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace libalign {

struct TmxProp {
  std::string type;   ///< e.g. "x-score"
  std::string value;
  friend bool operator==(const TmxProp&, const TmxProp&) = default;
};

struct TmxVariant {
  std::string lang;  ///< xml:lang, a BCP 47 code such as "ru" or "en-US"
  std::string text;  ///< plain text of the <seg>
  friend bool operator==(const TmxVariant&, const TmxVariant&) = default;
};

struct TranslationUnit {
  std::string tuid;                  ///< empty: no tuid attribute
  std::vector<TmxProp> props;
  std::vector<TmxVariant> variants;  ///< usually two: source then target
  friend bool operator==(const TranslationUnit&, const TranslationUnit&) = default;
};

/// The <header> attributes. Defaults are what libalign writes.
struct TmxHeader {
  std::string creation_tool = "libalign";
  std::string creation_tool_version;   ///< filled with the library version when empty
  std::string segtype = "sentence";    ///< "sentence" or "paragraph" (see docs/tmx.md)
  std::string o_tmf = "libalign";
  std::string admin_lang = "en";
  std::string src_lang = "ru";         ///< a code, or "*all*" for bidirectional memories
  std::string datatype = "plaintext";
  std::string creation_date;           ///< YYYYMMDDThhmmssZ; empty: not written
  std::string creation_id;             ///< empty: not written
  friend bool operator==(const TmxHeader&, const TmxHeader&) = default;
};

struct TmxDocument {
  TmxHeader header;
  std::vector<TranslationUnit> units;
};

/// Writes TMX 1.4 (version="1.4", valid against the LISA tmx14.dtd) with pugixml.
/// XML-invalid characters are removed from all text; segment text is trimmed.
void write_tmx(std::ostream& out, const TmxDocument& document);
[[nodiscard]] std::string to_tmx_string(const TmxDocument& document);

struct TmxReadOptions {
  /// Keep the text inside inline elements (<bpt>, <ept>, <ph>, <it>, <hi>, <ut>) as plain text;
  /// when false, their content is dropped (OmegaT's "level 1" view). <hi> content is always
  /// kept since it is translatable text.
  bool keep_inline_text = false;
};

/// Reads a TMX 1.1–1.4b file (UTF-8 or UTF-16 with BOM). Throws Error{kBadTmx} naming the file,
/// the problem and the byte offset or element for malformed XML or a missing <body>.
[[nodiscard]] TmxDocument read_tmx(const std::filesystem::path& path,
                                   const TmxReadOptions& options = {});
[[nodiscard]] TmxDocument read_tmx_text(std::string_view bytes, std::string_view name,
                                        const TmxReadOptions& options = {});

/// Removes characters that XML 1.0 forbids (C0 controls except tab/newline/CR, U+FFFE/U+FFFF,
/// lone surrogates) from UTF-8 text.
[[nodiscard]] std::string strip_xml_invalid(std::string_view utf8);

}  // namespace libalign
