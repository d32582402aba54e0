// Tests of write_tmx(): escaping, invalid characters, trimming, structure, determinism and,
// when xmllint and the shared DTD are present, validity against the LISA tmx14.dtd.
#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <pugixml.hpp>
#include <string>

#include "libalign/error.hpp"
#include "libalign/tmx.hpp"

namespace libalign {
namespace {

TmxDocument two_units() {
  TmxDocument tmx;
  tmx.header.creation_tool_version = "0.1.0";
  tmx.header.creation_date = "20250102T030405Z";
  tmx.units.push_back({.tuid = "1",
                       .props = {{"x-score", "0.9731"}, {"x-bead", "1:1"}},
                       .variants = {{"ru", "Привет."}, {"en", "Hello."}}});
  tmx.units.push_back({.tuid = "2",
                       .segtype = "paragraph",
                       .variants = {{"ru", "Как дела? Всё хорошо."}, {"en", "How are you?"}}});
  return tmx;
}

pugi::xml_document parse(const std::string& xml) {
  pugi::xml_document doc;
  const pugi::xml_parse_result result = doc.load_string(xml.c_str());
  EXPECT_TRUE(result) << result.description() << " at " << result.offset << "\n" << xml;
  return doc;
}

TEST(TmxWriter, StartsWithDeclarationAndDoctypeAndVersion14) {
  const std::string xml = to_tmx_string(two_units());
  EXPECT_EQ(xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n"
                      "<tmx version=\"1.4\">\n",
                      0),
            0u)
      << xml;
}

TEST(TmxWriter, WritesEveryRequiredHeaderAttribute) {
  const pugi::xml_document doc = parse(to_tmx_string(two_units()));
  const pugi::xml_node header = doc.child("tmx").child("header");
  EXPECT_STREQ(header.attribute("creationtool").value(), "libalign");
  EXPECT_STREQ(header.attribute("creationtoolversion").value(), "0.1.0");
  EXPECT_STREQ(header.attribute("segtype").value(), "sentence");
  EXPECT_STREQ(header.attribute("o-tmf").value(), "libalign");
  EXPECT_STREQ(header.attribute("adminlang").value(), "en");
  EXPECT_STREQ(header.attribute("srclang").value(), "ru");
  EXPECT_STREQ(header.attribute("datatype").value(), "plaintext");
  EXPECT_STREQ(header.attribute("creationdate").value(), "20250102T030405Z");
  EXPECT_TRUE(header.attribute("creationid").empty()) << "empty creation_id is not written";
}

TEST(TmxWriter, FillsTheLibraryVersionWhenNoneIsGiven) {
  TmxDocument tmx;
  const pugi::xml_document doc = parse(to_tmx_string(tmx));
  EXPECT_STRNE(doc.child("tmx").child("header").attribute("creationtoolversion").value(), "");
}

TEST(TmxWriter, PutsPropsBeforeVariantsAsTheDtdRequires) {
  const pugi::xml_document doc = parse(to_tmx_string(two_units()));
  const pugi::xml_node tu = doc.child("tmx").child("body").child("tu");
  std::string order;
  for (const pugi::xml_node child : tu.children()) order += std::string(child.name()) + " ";
  EXPECT_EQ(order, "prop prop tuv tuv ");
  EXPECT_STREQ(tu.attribute("tuid").value(), "1");
  EXPECT_STREQ(tu.child("prop").attribute("type").value(), "x-score");
  EXPECT_STREQ(tu.child("prop").text().get(), "0.9731");
  EXPECT_STREQ(tu.child("tuv").attribute("xml:lang").value(), "ru");
  EXPECT_STREQ(tu.child("tuv").child("seg").text().get(), "Привет.");
}

TEST(TmxWriter, WritesTuSegtypeOnlyWhenSet) {
  const pugi::xml_document doc = parse(to_tmx_string(two_units()));
  const pugi::xml_node first = doc.child("tmx").child("body").child("tu");
  EXPECT_TRUE(first.attribute("segtype").empty());
  EXPECT_STREQ(first.next_sibling("tu").attribute("segtype").value(), "paragraph");
}

TEST(TmxWriter, EscapesMarkupCharactersInTextAndAttributes) {
  TmxDocument tmx;
  tmx.units.push_back({.props = {{"x-ru-doc", "a\"b'<c>&.txt"}},
                       .variants = {{"ru", "A & B < C > D \"q\" 'a'"}, {"en", "<b>&amp;</b>"}}});
  const std::string xml = to_tmx_string(tmx);
  EXPECT_NE(xml.find("<seg>A &amp; B &lt; C &gt; D \"q\" 'a'</seg>"), std::string::npos) << xml;
  EXPECT_NE(xml.find("<seg>&lt;b&gt;&amp;amp;&lt;/b&gt;</seg>"), std::string::npos) << xml;
  const pugi::xml_document doc = parse(xml);
  const pugi::xml_node tu = doc.child("tmx").child("body").child("tu");
  EXPECT_STREQ(tu.child("prop").text().get(), "a\"b'<c>&.txt");
  EXPECT_STREQ(tu.child("tuv").next_sibling("tuv").child("seg").text().get(), "<b>&amp;</b>");
}

TEST(TmxWriter, EscapesQuotesInAttributeValues) {
  TmxDocument tmx;
  tmx.header.creation_id = "Ann \"the translator\" <a&b>";
  const std::string xml = to_tmx_string(tmx);
  // ">" needs no escape in an attribute value; pugixml leaves it, which is valid XML.
  EXPECT_NE(xml.find("creationid=\"Ann &quot;the translator&quot; &lt;a&amp;b>\""),
            std::string::npos)
      << xml;
}

TEST(TmxWriter, RemovesXmlInvalidCharacters) {
  constexpr char kEnglish[] = "Bell\x0B ring\x0C.\0!";
  TmxDocument tmx;
  tmx.units.push_back(
      {.variants = {{"ru", std::string("Звонок\x07 в\x01 дверь\x1B.") + "\xEF\xBF\xBE"},
                    {"en", std::string(kEnglish, sizeof kEnglish - 1)}}});
  const std::string xml = to_tmx_string(tmx);
  EXPECT_NE(xml.find("<seg>Звонок в дверь.</seg>"), std::string::npos) << xml;
  EXPECT_NE(xml.find("<seg>Bell ring.!</seg>"), std::string::npos) << xml;
}

TEST(TmxWriter, TrimsSegmentsButKeepsInnerSpaces) {
  TmxDocument tmx;
  tmx.units.push_back(
      {.variants = {{"ru", " \t\u00A0Два  пробела.\n "}, {"en", "\u3000Two  spaces.\u2003"}}});
  const std::string xml = to_tmx_string(tmx);
  EXPECT_NE(xml.find("<seg>Два  пробела.</seg>"), std::string::npos) << xml;
  EXPECT_NE(xml.find("<seg>Two  spaces.</seg>"), std::string::npos) << xml;
}

TEST(TmxWriter, WritesAnAllSpaceSegAsAnEmptySeg) {
  TmxDocument tmx;
  tmx.units.push_back({.variants = {{"ru", "  "}, {"en", "x"}}});
  const pugi::xml_document doc = parse(to_tmx_string(tmx));
  const pugi::xml_node seg = doc.child("tmx").child("body").child("tu").child("tuv").child("seg");
  ASSERT_TRUE(seg);
  EXPECT_FALSE(seg.first_child());
}

TEST(TmxWriter, SameModelGivesSameBytes) {
  EXPECT_EQ(to_tmx_string(two_units()), to_tmx_string(two_units()));
}

TEST(TmxWriter, RejectsASegtypeTheDtdDoesNotAllow) {
  TmxDocument tmx;
  tmx.header.segtype = "sentences";
  try {
    (void)to_tmx_string(tmx);
    FAIL() << "no exception";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kInvalidArgument);
    EXPECT_NE(std::string(e.what()).find("sentences"), std::string::npos);
  }
  TmxDocument unit_level;
  unit_level.units.push_back({.segtype = "line", .variants = {{"ru", "a"}, {"en", "b"}}});
  EXPECT_THROW((void)to_tmx_string(unit_level), Error);
}

TEST(StripXmlInvalid, KeepsTabNewlineAndAllValidText) {
  EXPECT_EQ(strip_xml_invalid("a\tb\nc\rd ё 😀 \u00A0\uFFFD"), "a\tb\nc\rd ё 😀 \u00A0\uFFFD");
}

TEST(StripXmlInvalid, RemovesControlsNoncharactersSurrogatesAndBrokenUtf8) {
  EXPECT_EQ(strip_xml_invalid(std::string("a\x00"
                                          "b\x1F"
                                          "c",
                                          5)),
            "abc");
  EXPECT_EQ(strip_xml_invalid("x\xEF\xBF\xBEy\xEF\xBF\xBFz"), "xyz");    // U+FFFE, U+FFFF
  EXPECT_EQ(strip_xml_invalid("l\xED\xA0\x80o\xED\xBF\xBFne"), "lone");  // encoded surrogates
  EXPECT_EQ(strip_xml_invalid("bad\xFF\xC3 utf8\xE2\x82"), "bad utf8");
}

// The real check: the DTD every consumer of check_tmx.sh stage a validates against.
TEST(TmxWriter, OutputIsValidAgainstTheTmx14Dtd) {
  const std::filesystem::path dtd =
      std::filesystem::path(LIBALIGN_SHARED_DIR) / "tools/tmxcheck/tmx14.dtd";
  if (!std::filesystem::exists(dtd)) GTEST_SKIP() << "tmx14.dtd not found at " << dtd;
  if (std::system("xmllint --version >/dev/null 2>&1") != 0) GTEST_SKIP() << "xmllint missing";
  TmxDocument tmx = two_units();
  tmx.header.creation_id = "tester";
  tmx.units.push_back({.variants = {{"ru", "A & B \x07<c>"}, {"en", "\"q\""}}});
  const std::filesystem::path file = std::filesystem::temp_directory_path() /
                                     ("tmx_writer_test_" + std::to_string(::getpid()) + ".tmx");
  {
    std::ofstream out(file, std::ios::binary);
    write_tmx(out, tmx);
  }
  // --path: the DOCTYPE's "tmx14.dtd" resolves to the same file, as in check_tmx.sh.
  const std::string command = "xmllint --nonet --path '" + dtd.parent_path().string() +
                              "' --noout --dtdvalid '" + dtd.string() + "' '" + file.string() +
                              "' 2>&1";
  const int status = std::system(command.c_str());
  std::filesystem::remove(file);
  EXPECT_EQ(status, 0) << command;
}

// creationdate and changedate are UTC in the basic ISO format TMX requires, to the second.
TEST(TmxDate, IsUtcInTheBasicFormatToTheSecond) {
  using namespace std::chrono;
  const sys_days day = year{2024} / September / 5;
  EXPECT_EQ(tmx_date(day + hours{10} + minutes{32} + seconds{7} + milliseconds{900}),
            "20240905T103207Z");
  EXPECT_TRUE(is_tmx_date(tmx_date(day)));
  EXPECT_TRUE(is_tmx_date(tmx_date_now()));
  EXPECT_FALSE(is_tmx_date("2024-09-05T10:32:07Z"));
}

}  // namespace
}  // namespace libalign
