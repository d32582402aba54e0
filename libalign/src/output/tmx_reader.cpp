// output/tmx_reader.cpp — TMX 1.1–1.4b bytes → TmxDocument, with pugixml.
//
// Lenient where real files differ (OmegaT's *-omegat.tmx is TMX 1.1 with `lang=` on <tuv>;
// translate-toolkit and Trados write a 1.4 header; some files declare windows-1251), strict
// where guessing would lose data (malformed XML, a <tuv> without a language or a <seg>).
#include <fmt/format.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <cstdint>
#include <cstring>
#include <optional>
#include <pugixml.hpp>
#include <string>
#include <string_view>

#include "libalign/error.hpp"
#include "libalign/io.hpp"
#include "libalign/tmx.hpp"
#include "output/text.hpp"

namespace libalign {
namespace {

[[noreturn]] void bad_tmx(std::string_view name, std::string_view problem) {
  throw Error(ErrorCode::kBadTmx, fmt::format("{}: {}", name, problem));
}

bool starts_with_bytes(std::string_view bytes, std::string_view prefix) {
  return bytes.substr(0, prefix.size()) == prefix;
}

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& ch : out)
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  return out;
}

// The encoding named in an 8-bit XML declaration (<?xml version="1.0" encoding="X"?>), if any.
std::optional<std::string> declared_encoding(std::string_view bytes) {
  if (!starts_with_bytes(bytes, "<?xml")) return std::nullopt;
  const std::string_view declaration = bytes.substr(0, bytes.find("?>"));
  const std::size_t key = declaration.find("encoding");
  if (key == std::string_view::npos) return std::nullopt;
  const std::size_t quote = declaration.find_first_of("\"'", key);
  if (quote == std::string_view::npos) return std::nullopt;
  const std::size_t end = declaration.find(declaration[quote], quote + 1);
  if (end == std::string_view::npos) return std::nullopt;
  return std::string(declaration.substr(quote + 1, end - quote - 1));
}

// The byte offset of the first ill-formed UTF-8 sequence, if any.
std::optional<std::size_t> invalid_utf8_at(std::string_view text) {
  std::optional<std::size_t> at;
  detail::for_each_code_point(text, [&](UChar32 c, std::string_view bytes) {
    if (c < 0) at = static_cast<std::size_t>(bytes.data() - text.data());
    return c >= 0;
  });
  return at;
}

// The input as pugixml should see it: UTF-8 text we checked, or bytes pugixml decodes itself
// (UTF-16/32, recognized by a BOM or by "<?" in that encoding).
struct Prepared {
  std::string utf8;      // used when encoding == encoding_utf8
  std::string_view raw;  // used otherwise
  pugi::xml_encoding encoding = pugi::encoding_utf8;
  std::size_t skipped = 0;     // bytes dropped in front (a UTF-8 BOM), for error offsets
  std::string converted_from;  // non-empty: offsets are into the UTF-8 text, not the file
};

Prepared prepare(std::string_view bytes, std::string_view name) {
  // ICU's UTF-8 macros and UnicodeString count in int32_t.
  if (bytes.size() >= static_cast<std::size_t>(INT32_MAX))
    bad_tmx(name, "larger than 2 GiB; split the memory first");
  Prepared prepared;
  const bool utf32 = starts_with_bytes(bytes, std::string_view("\xFF\xFE\0\0", 4)) ||
                     starts_with_bytes(bytes, std::string_view("\0\0\xFE\xFF", 4));
  const bool utf16 = starts_with_bytes(bytes, "\xFF\xFE") || starts_with_bytes(bytes, "\xFE\xFF") ||
                     starts_with_bytes(bytes, std::string_view("<\0?\0", 4)) ||
                     starts_with_bytes(bytes, std::string_view("\0<\0?", 4));
  if (utf32 || utf16) {
    prepared.raw = bytes;
    prepared.encoding = pugi::encoding_auto;
    prepared.converted_from = utf32 ? "UTF-32" : "UTF-16";
    return prepared;
  }
  if (starts_with_bytes(bytes, "\xEF\xBB\xBF")) {
    bytes.remove_prefix(3);
    prepared.skipped = 3;
  }
  const std::optional<std::string> declared = declared_encoding(bytes);
  const std::string lower = declared ? ascii_lower(*declared) : std::string("utf-8");
  if (lower == "utf-8" || lower == "utf8" || prepared.skipped == 3) {
    if (const auto at = invalid_utf8_at(bytes))
      bad_tmx(name, fmt::format("not valid UTF-8 at byte {}", *at + prepared.skipped));
    prepared.utf8.assign(bytes);
    return prepared;
  }
  // A legacy encoding such as windows-1251 or ISO-8859-1: ICU knows far more than pugixml.
  UErrorCode status = U_ZERO_ERROR;
  UConverter* converter = ucnv_open(declared->c_str(), &status);
  if (U_FAILURE(status)) bad_tmx(name, fmt::format("unknown encoding \"{}\"", *declared));
  ucnv_close(converter);
  const icu::UnicodeString text(bytes.data(), static_cast<int32_t>(bytes.size()),
                                declared->c_str());
  text.toUTF8String(prepared.utf8);
  prepared.converted_from = *declared;
  return prepared;
}

std::string attribute(pugi::xml_node node, const char* name) {
  return node.attribute(name).value();
}

// The plain text of a <seg> (or of an inline element when keeping inline text).
void collect_text(pugi::xml_node node, const TmxReadOptions& options, std::string& out) {
  for (const pugi::xml_node child : node.children()) {
    switch (child.type()) {
      case pugi::node_pcdata:
      case pugi::node_cdata:
        out += child.value();
        break;
      case pugi::node_element: {
        const std::string_view element = child.name();
        // Native codes (<bpt>, <ph>, ...) are formatting, not text; <hi> and unknown elements
        // wrap translatable text.
        const bool code = element == "bpt" || element == "ept" || element == "ph" ||
                          element == "it" || element == "ut";
        if (!code || options.keep_inline_text) collect_text(child, options, out);
        break;
      }
      default:
        break;  // comments, processing instructions
    }
  }
}

TmxHeader read_header(pugi::xml_node node) {
  TmxHeader header;
  header.creation_tool = attribute(node, "creationtool");
  header.creation_tool_version = attribute(node, "creationtoolversion");
  header.segtype = attribute(node, "segtype");
  header.o_tmf = attribute(node, "o-tmf");
  header.admin_lang = attribute(node, "adminlang");
  header.src_lang = attribute(node, "srclang");
  header.datatype = attribute(node, "datatype");
  header.creation_date = attribute(node, "creationdate");
  header.creation_id = attribute(node, "creationid");
  return header;
}

TranslationUnit read_unit(pugi::xml_node tu, std::string_view name, std::size_t number,
                          std::size_t skipped, const TmxReadOptions& options) {
  TranslationUnit unit;
  unit.tuid = attribute(tu, "tuid");
  unit.segtype = attribute(tu, "segtype");
  for (const pugi::xml_node prop : tu.children("prop"))
    unit.props.push_back({attribute(prop, "type"), prop.text().get()});
  for (const pugi::xml_node tuv : tu.children("tuv")) {
    const auto where = [&] {
      return fmt::format("<tu> number {} (byte {})", number,
                         static_cast<std::size_t>(tuv.offset_debug()) + skipped);
    };
    // TMX 1.4 says xml:lang; TMX 1.1 (OmegaT's *-omegat.tmx) says lang.
    pugi::xml_attribute lang = tuv.attribute("xml:lang");
    if (!lang) lang = tuv.attribute("lang");
    if (!lang || std::string_view(lang.value()).empty())
      bad_tmx(name, fmt::format("a <tuv> without xml:lang in {}", where()));
    const pugi::xml_node seg = tuv.child("seg");
    if (!seg) bad_tmx(name, fmt::format("a <tuv> without <seg> in {}", where()));
    TmxVariant variant;
    variant.lang = lang.value();
    collect_text(seg, options, variant.text);
    unit.variants.push_back(std::move(variant));
  }
  return unit;
}

}  // namespace

TmxDocument read_tmx_text(std::string_view bytes, std::string_view name,
                          const TmxReadOptions& options) {
  const Prepared prepared = prepare(bytes, name);
  pugi::xml_document xml;
  // parse_ws_pcdata: a space between two inline elements is text.
  const unsigned flags = pugi::parse_default | pugi::parse_ws_pcdata;
  const pugi::xml_parse_result result =
      prepared.encoding == pugi::encoding_utf8
          ? xml.load_buffer(prepared.utf8.data(), prepared.utf8.size(), flags, pugi::encoding_utf8)
          : xml.load_buffer(prepared.raw.data(), prepared.raw.size(), flags, prepared.encoding);
  if (!result) {
    const std::size_t offset = static_cast<std::size_t>(result.offset) + prepared.skipped;
    bad_tmx(name,
            prepared.converted_from.empty()
                ? fmt::format("not well-formed XML: {} at byte {}", result.description(), offset)
                : fmt::format("not well-formed XML: {} at byte {} of the text decoded "
                              "from {}",
                              result.description(), offset, prepared.converted_from));
  }

  const pugi::xml_node root = xml.document_element();
  if (std::string_view(root.name()) != "tmx")
    bad_tmx(name, fmt::format("not a TMX file: the root element is <{}>, not <tmx>", root.name()));
  const std::string version = attribute(root, "version");
  if (!version.empty() && version.rfind("1.", 0) != 0)
    bad_tmx(name, fmt::format("TMX version \"{}\" is not supported (1.1 to 1.4b are)", version));
  const pugi::xml_node body = root.child("body");
  if (!body) bad_tmx(name, "no <body> element in <tmx>");

  TmxDocument document;
  const pugi::xml_node header = root.child("header");
  // A file without a header is invalid TMX, but its units are still usable; the fields stay
  // empty so that a caller (align tmx stats) can see what was missing.
  document.header = header ? read_header(header) : read_header(pugi::xml_node());
  std::size_t number = 0;
  for (const pugi::xml_node tu : body.children("tu"))
    document.units.push_back(read_unit(tu, name, ++number, prepared.skipped, options));
  return document;
}

TmxDocument read_tmx(const std::filesystem::path& path, const TmxReadOptions& options) {
  return read_tmx_text(read_file(path), path.string(), options);
}

}  // namespace libalign
