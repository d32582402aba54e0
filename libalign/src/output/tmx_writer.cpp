// output/tmx_writer.cpp — TmxDocument → TMX 1.4 bytes with pugixml.
//
// What the consumers we test against need (../shared/tools/tmxcheck/README.md): version="1.4"
// (the DTD fixes it), every required header attribute, props before variants inside a <tu>,
// no XML-invalid characters, and trimmed segments (OmegaT trims its own segments, so leading
// white space would stop an exact match).
#include <fmt/format.h>

#include <array>
#include <chrono>
#include <ctime>
#include <ostream>
#include <pugixml.hpp>
#include <sstream>
#include <string>
#include <string_view>

#include "libalign/error.hpp"
#include "libalign/tmx.hpp"
#include "output/text.hpp"

namespace libalign {
namespace {

#ifndef LIBALIGN_VERSION
#define LIBALIGN_VERSION "unknown"
#endif

// The DTD's %segtypes; entity. Anything else makes the file invalid.
void check_segtype(std::string_view segtype, std::string_view where) {
  constexpr std::array<std::string_view, 4> kSegtypes = {"block", "paragraph", "sentence",
                                                         "phrase"};
  for (const std::string_view valid : kSegtypes)
    if (segtype == valid) return;
  throw Error(ErrorCode::kInvalidArgument,
              fmt::format("TMX {} segtype \"{}\" is not one of block, paragraph, sentence, phrase",
                          where, segtype));
}

void add_attribute(pugi::xml_node node, const char* name, std::string_view value) {
  node.append_attribute(name).set_value(strip_xml_invalid(value).c_str());
}

void add_text(pugi::xml_node element, const std::string& text) {
  if (!text.empty()) element.append_child(pugi::node_pcdata).set_value(text.c_str());
}

void build_header(pugi::xml_node tmx, const TmxHeader& header) {
  check_segtype(header.segtype, "header");
  pugi::xml_node node = tmx.append_child("header");
  add_attribute(node, "creationtool", header.creation_tool);
  add_attribute(node, "creationtoolversion",
                header.creation_tool_version.empty() ? std::string_view(LIBALIGN_VERSION)
                                                     : header.creation_tool_version);
  add_attribute(node, "segtype", header.segtype);
  add_attribute(node, "o-tmf", header.o_tmf);
  add_attribute(node, "adminlang", header.admin_lang);
  add_attribute(node, "srclang", header.src_lang);
  add_attribute(node, "datatype", header.datatype);
  if (!header.creation_date.empty()) add_attribute(node, "creationdate", header.creation_date);
  if (!header.creation_id.empty()) add_attribute(node, "creationid", header.creation_id);
}

void build_unit(pugi::xml_node body, const TranslationUnit& unit) {
  pugi::xml_node tu = body.append_child("tu");
  if (!unit.tuid.empty()) add_attribute(tu, "tuid", unit.tuid);
  if (!unit.segtype.empty()) {
    check_segtype(unit.segtype, "tu");
    add_attribute(tu, "segtype", unit.segtype);
  }
  // The DTD's content model is ((note|prop)*, tuv+): props first.
  for (const TmxProp& prop : unit.props) {
    pugi::xml_node node = tu.append_child("prop");
    add_attribute(node, "type", prop.type);
    add_text(node, strip_xml_invalid(prop.value));
  }
  for (const TmxVariant& variant : unit.variants) {
    pugi::xml_node tuv = tu.append_child("tuv");
    add_attribute(tuv, "xml:lang", variant.lang);
    add_text(tuv.append_child("seg"), detail::clean_segment(variant.text));
  }
}

}  // namespace

void write_tmx(std::ostream& out, const TmxDocument& document) {
  pugi::xml_document xml;
  pugi::xml_node declaration = xml.append_child(pugi::node_declaration);
  declaration.append_attribute("version").set_value("1.0");
  declaration.append_attribute("encoding").set_value("UTF-8");
  xml.append_child(pugi::node_doctype).set_value("tmx SYSTEM \"tmx14.dtd\"");

  pugi::xml_node tmx = xml.append_child("tmx");
  tmx.append_attribute("version").set_value("1.4");
  build_header(tmx, document.header);
  pugi::xml_node body = tmx.append_child("body");
  for (const TranslationUnit& unit : document.units) build_unit(body, unit);

  xml.save(out, "  ", pugi::format_indent, pugi::encoding_utf8);
}

bool is_tmx_date(std::string_view date) noexcept {
  if (date.size() != 16 || date[8] != 'T' || date[15] != 'Z') return false;
  for (std::size_t i = 0; i < 15; ++i)
    if (i != 8 && (date[i] < '0' || date[i] > '9')) return false;
  const auto two = [&](std::size_t at) { return (date[at] - '0') * 10 + (date[at + 1] - '0'); };
  const int month = two(4), day = two(6), hour = two(9), minute = two(11), second = two(13);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23 && minute <= 59 &&
         second <= 60;  // 60: a leap second
}

std::string tmx_date(std::chrono::system_clock::time_point time) {
  const std::time_t seconds = std::chrono::system_clock::to_time_t(time);
  std::tm utc{};
  if (gmtime_r(&seconds, &utc) == nullptr) return {};
  std::array<char, 32> buffer{};
  const std::size_t size = std::strftime(buffer.data(), buffer.size(), "%Y%m%dT%H%M%SZ", &utc);
  return {buffer.data(), size};
}

std::string tmx_date_now() { return tmx_date(std::chrono::system_clock::now()); }

std::string to_tmx_string(const TmxDocument& document) {
  std::ostringstream out;
  write_tmx(out, document);
  return std::move(out).str();
}

}  // namespace libalign
