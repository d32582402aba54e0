// Tests of the output stage: Alignment → TMX model, and the TSV / JSONL / beads / HTML formats,
// with FILE1 in either language (bead indices are Russian/English, output is in file order).
#include "libalign/output.hpp"

#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "fixture.hpp"
#include "libalign/error.hpp"

namespace libalign {
namespace {

using testing::sample;

std::string render(const Alignment& alignment, Format format, const OutputOptions& options = {}) {
  std::ostringstream out;
  write_alignment(out, alignment, format, options);
  return out.str();
}

OutputOptions fixed_date() {
  OutputOptions options;
  options.creation_date = "20250101T000000Z";
  return options;
}

TEST(ParseFormat, KnowsEveryFormatAndRejectsOthers) {
  EXPECT_EQ(parse_format("tmx"), Format::kTmx);
  EXPECT_EQ(parse_format("tsv"), Format::kTsv);
  EXPECT_EQ(parse_format("jsonl"), Format::kJsonl);
  EXPECT_EQ(parse_format("beads"), Format::kBeads);
  EXPECT_EQ(parse_format("html"), Format::kHtml);
  try {
    (void)parse_format("xlsx");
    FAIL() << "no exception";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kInvalidArgument);
    EXPECT_NE(std::string(e.what()).find("xlsx"), std::string::npos);
  }
}

TEST(ToTmx, KeepsOnlyPairsWithBothSidesAndNumbersThem) {
  const TmxDocument tmx = to_tmx(sample(false), fixed_date());
  ASSERT_EQ(tmx.units.size(), 2u);
  EXPECT_EQ(tmx.units[0].tuid, "1");
  EXPECT_EQ(tmx.units[1].tuid, "2");
  EXPECT_EQ(tmx.units[0].variants, (std::vector<TmxVariant>{{"ru", "Привет."}, {"en", "Hello."}}));
  EXPECT_EQ(tmx.units[1].variants, (std::vector<TmxVariant>{{"ru", "Как дела? Всё хорошо."},
                                                            {"en", "How are you? All is well."}}));
}

TEST(ToTmx, WritesScoreBeadAndDocumentProps) {
  const TmxDocument tmx = to_tmx(sample(false), fixed_date());
  EXPECT_EQ(tmx.units[0].props, (std::vector<TmxProp>{{"x-score", "0.9731"},
                                                      {"x-bead", "1:1"},
                                                      {"x-ru-doc", "a.ru.txt"},
                                                      {"x-en-doc", "a.en.txt"}}));
  EXPECT_EQ(tmx.units[1].props[1], (TmxProp{"x-bead", "2:1"}));
}

TEST(ToTmx, PropsAndTuidsCanBeSwitchedOff) {
  OutputOptions options = fixed_date();
  options.props = false;
  options.tuids = false;
  const TmxDocument tmx = to_tmx(sample(false), options);
  for (const TranslationUnit& unit : tmx.units) {
    EXPECT_TRUE(unit.props.empty());
    EXPECT_TRUE(unit.tuid.empty());
  }
  EXPECT_EQ(to_tmx_string(tmx).find("<prop"), std::string::npos);
}

TEST(ToTmx, AutoSegtypeIsParagraphWhenSomeUnitHoldsSeveralSentences) {
  const TmxDocument tmx = to_tmx(sample(false), fixed_date());
  EXPECT_EQ(tmx.header.segtype, "paragraph");
  EXPECT_EQ(tmx.units[0].segtype, "sentence") << "1:1 differs from the header";
  EXPECT_EQ(tmx.units[1].segtype, "") << "2:1 is what the header says";
}

TEST(ToTmx, AutoSegtypeIsSentenceWhenEveryUnitIsOneToOne) {
  Alignment alignment = sample(false);
  alignment.beads = {testing::bead(0, 1, 0, 1, 0.9), testing::bead(1, 3, 1, 0, 0.0),
                     testing::bead(4, 0, 1, 2, 0.0)};  // one-sided beads are not written
  const TmxDocument tmx = to_tmx(alignment, fixed_date());
  ASSERT_EQ(tmx.units.size(), 1u);
  EXPECT_EQ(tmx.header.segtype, "sentence");
  EXPECT_EQ(tmx.units[0].segtype, "");
}

TEST(ToTmx, ForcedSentenceHeaderMarksMultiSentenceUnits) {
  OutputOptions options = fixed_date();
  options.segtype = "sentence";
  const TmxDocument tmx = to_tmx(sample(false), options);
  EXPECT_EQ(tmx.header.segtype, "sentence");
  EXPECT_EQ(tmx.units[0].segtype, "");
  EXPECT_EQ(tmx.units[1].segtype, "paragraph");
}

TEST(ToTmx, SourceIsTheFirstFileUnlessGiven) {
  const TmxDocument english_first = to_tmx(sample(true), fixed_date());
  EXPECT_EQ(english_first.header.src_lang, "en");
  EXPECT_EQ(english_first.units[0].variants[0], (TmxVariant{"en", "Hello."}));
  EXPECT_EQ(english_first.units[0].variants[1], (TmxVariant{"ru", "Привет."}));

  OutputOptions options = fixed_date();
  options.source = Language::kRussian;
  const TmxDocument forced = to_tmx(sample(true), options);
  EXPECT_EQ(forced.header.src_lang, "ru");
  EXPECT_EQ(forced.units[0].variants[0].lang, "ru");
}

TEST(ToTmx, UsesTheGivenLanguageCodes) {
  OutputOptions options = fixed_date();
  options.ru_code = "ru-RU";
  options.en_code = "en-US";
  const TmxDocument tmx = to_tmx(sample(false), options);
  EXPECT_EQ(tmx.header.src_lang, "ru-RU");
  EXPECT_EQ(tmx.units[0].variants[0].lang, "ru-RU");
  EXPECT_EQ(tmx.units[0].variants[1].lang, "en-US");
}

TEST(ToTmx, BidirectionalMemoryHasSrclangAll) {
  OutputOptions options = fixed_date();
  options.bidirectional = true;
  EXPECT_EQ(to_tmx(sample(false), options).header.src_lang, "*all*");
}

TEST(ToTmx, DropsPairsBelowTheMinimumScore) {
  OutputOptions options = fixed_date();
  options.min_score = 0.9;
  const TmxDocument tmx = to_tmx(sample(false), options);
  ASSERT_EQ(tmx.units.size(), 1u);
  EXPECT_EQ(tmx.units[0].variants[1].text, "Hello.");
  EXPECT_EQ(tmx.units[0].tuid, "1");
}

TEST(ToTmx, CreationDateDefaultsToNowAndIsValidated) {
  const TmxDocument now = to_tmx(sample(false), {});
  ASSERT_EQ(now.header.creation_date.size(), 16u);
  EXPECT_EQ(now.header.creation_date[8], 'T');
  EXPECT_EQ(now.header.creation_date[15], 'Z');
  EXPECT_EQ(now.header.creation_date.substr(0, 2), "20");

  OutputOptions options;
  options.creation_date = "2025-01-01";
  EXPECT_THROW((void)to_tmx(sample(false), options), Error);
  options.creation_date = "20251301T000000Z";
  EXPECT_THROW((void)to_tmx(sample(false), options), Error);
}

TEST(ToTmx, RejectsNonsenseOptions) {
  OutputOptions bad_code = fixed_date();
  bad_code.en_code = "en US";
  EXPECT_THROW((void)to_tmx(sample(false), bad_code), Error);
  OutputOptions same = fixed_date();
  same.en_code = "ru";
  EXPECT_THROW((void)to_tmx(sample(false), same), Error);
  OutputOptions score = fixed_date();
  score.min_score = 1.5;
  EXPECT_THROW((void)to_tmx(sample(false), score), Error);
  OutputOptions segtype = fixed_date();
  segtype.segtype = "phrase";
  EXPECT_THROW((void)to_tmx(sample(false), segtype), Error);
}

TEST(ToTmx, WritesCreationIdAndParagraphHeaderWhenAsked) {
  OutputOptions options = fixed_date();
  options.creation_id = "aligner-bot";
  options.segtype = "paragraph";
  const TmxDocument tmx = to_tmx(sample(false), options);
  EXPECT_EQ(tmx.header.creation_id, "aligner-bot");
  EXPECT_EQ(tmx.header.segtype, "paragraph");
  EXPECT_EQ(tmx.units[0].segtype, "sentence");
}

TEST(ToTmx, SkipsPairsThatAreEmptyAfterCleaning) {
  Alignment alignment = sample(false);
  testing::set_sentence_text(alignment.first, 0, "\x01\x02 ");
  const TmxDocument tmx = to_tmx(alignment, fixed_date());
  ASSERT_EQ(tmx.units.size(), 1u);
  EXPECT_EQ(tmx.units[0].variants[0].text, "Как дела? Всё хорошо.");
}

TEST(WriteAlignment, TmxIsByteIdenticalForTheSameInputAndDate) {
  EXPECT_EQ(render(sample(false), Format::kTmx, fixed_date()),
            render(sample(false), Format::kTmx, fixed_date()));
}

TEST(WriteAlignment, TsvHasFileOneThenFileTwoWhenFileOneIsEnglish) {
  EXPECT_EQ(render(sample(true), Format::kTsv),
            "Hello.\tПривет.\n"
            "How are you? All is well.\tКак дела? Всё хорошо.\n");
  EXPECT_EQ(render(sample(false), Format::kTsv),
            "Привет.\tHello.\n"
            "Как дела? Всё хорошо.\tHow are you? All is well.\n");
}

TEST(WriteAlignment, TsvTurnsTabsAndNewlinesIntoSpaces) {
  Alignment alignment = sample(false);
  testing::set_sentence_text(alignment.first, 0, "При\tвет\nмир\r.");
  const std::string tsv = render(alignment, Format::kTsv);
  EXPECT_EQ(tsv.substr(0, tsv.find('\n') + 1), "При вет мир .\tHello.\n");
}

TEST(WriteAlignment, TsvHonoursTheMinimumScore) {
  OutputOptions options;
  options.min_score = 0.9;
  EXPECT_EQ(render(sample(true), Format::kTsv, options), "Hello.\tПривет.\n");
}

TEST(WriteAlignment, BeadsListFileOneIndicesFirst) {
  EXPECT_EQ(render(sample(false), Format::kBeads), "[0]:[0]\n[1, 2]:[1]\n[3]:[]\n[]:[2]\n");
  EXPECT_EQ(render(sample(true), Format::kBeads), "[0]:[0]\n[1]:[1, 2]\n[]:[3]\n[2]:[]\n");
}

TEST(WriteAlignment, BeadsCoverEverySentenceOnceWhateverTheMinimumScore) {
  OutputOptions options;
  options.min_score = 1.0;
  EXPECT_EQ(render(sample(false), Format::kBeads, options),
            "[0]:[0]\n[1, 2]:[1]\n[3]:[]\n[]:[2]\n");
}

TEST(WriteAlignment, JsonlHasOneObjectPerBeadIncludingGaps) {
  EXPECT_EQ(render(sample(true), Format::kJsonl),
            "{\"ru\":\"Привет.\",\"en\":\"Hello.\",\"score\":0.9731,\"type\":\"1:1\","
            "\"ru_index\":[0],\"en_index\":[0]}\n"
            "{\"ru\":\"Как дела? Всё хорошо.\",\"en\":\"How are you? All is well.\","
            "\"score\":0.8100,\"type\":\"2:1\",\"ru_index\":[1, 2],\"en_index\":[1]}\n"
            "{\"ru\":\"Лишняя фраза.\",\"en\":\"\",\"score\":0.0000,\"type\":\"1:0\","
            "\"ru_index\":[3],\"en_index\":[]}\n"
            "{\"ru\":\"\",\"en\":\"Extra line.\",\"score\":0.0000,\"type\":\"0:1\","
            "\"ru_index\":[],\"en_index\":[2]}\n");
}

TEST(WriteAlignment, JsonlEscapesQuotesBackslashesControlsAndBrokenUtf8) {
  Alignment alignment = sample(false);
  testing::set_sentence_text(alignment.first, 0, "\"q\" \\ \t\n\x01 \xFF ok");
  const std::string line = render(alignment, Format::kJsonl);
  EXPECT_EQ(line.substr(0, line.find(",\"en\"")),
            "{\"ru\":\"\\\"q\\\" \\\\ \\u0001 \xEF\xBF\xBD ok\"");
}

TEST(WriteAlignment, HtmlIsSelfContainedEscapedAndColouredByScore) {
  Alignment alignment = sample(true);
  alignment.beads[1].score = 0.6;
  testing::set_sentence_text(alignment.first, 0, "<script>alert('x')</script> & co");
  const std::string html = render(alignment, Format::kHtml);
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(html.find("<meta charset=\"utf-8\">"), std::string::npos);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co"),
            std::string::npos);
  EXPECT_NE(html.find("<tr class=\"high\">"), std::string::npos);
  EXPECT_NE(html.find("<tr class=\"mid\">"), std::string::npos);
  EXPECT_NE(html.find("<tr class=\"gap\">"), std::string::npos);
  EXPECT_EQ(html.find("http"), std::string::npos) << "no external resources";
  EXPECT_NE(html.find("<th>a.en.txt</th><th>a.ru.txt</th>"), std::string::npos);
}

}  // namespace
}  // namespace libalign
