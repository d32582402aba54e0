// SRX 2.0 rules: a CAT-tool-style file changes the output as its rules say; errors name the file.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "libalign/error.hpp"
#include "libalign/segmenter.hpp"

namespace libalign {
namespace {

using Texts = std::vector<std::string>;

Texts split_with(const Segmenter& segmenter, std::string_view text) {
  Texts out;
  for (const auto range : segmenter.split(text)) {
    out.push_back(collapse_whitespace(text.substr(range.begin, range.size())));
  }
  return out;
}

// A small rules file in the style OmegaT and Okapi ship: exceptions first, then breaks.
std::string cat_tool_srx(std::string_view cascade = "no") {
  return std::string(R"(<?xml version="1.0" encoding="UTF-8"?>
<srx xmlns="http://www.lisa.org/srx20" version="2.0">
  <header segmentsubflows="yes" cascade=")") +
         std::string(cascade) + R"(">
    <formathandle type="start" include="no"/>
  </header>
  <body>
    <languagerules>
      <languagerule languagerulename="English">
        <rule break="no"><beforebreak>\bFig\.</beforebreak><afterbreak>\s</afterbreak></rule>
      </languagerule>
      <languagerule languagerulename="Russian">
        <rule break="no"><beforebreak>\bрис\.</beforebreak><afterbreak>\s</afterbreak></rule>
        <rule break="yes"><beforebreak>;</beforebreak><afterbreak>\s</afterbreak></rule>
      </languagerule>
      <languagerule languagerulename="Default">
        <rule break="yes"><beforebreak>[.?!]+</beforebreak><afterbreak>\s</afterbreak></rule>
      </languagerule>
    </languagerules>
    <maprules>
      <languagemap languagepattern="EN.*" languagerulename="English"/>
      <languagemap languagepattern="RU.*" languagerulename="Russian"/>
      <languagemap languagepattern=".*" languagerulename="Default"/>
    </maprules>
  </body>
</srx>
)";
}

TEST(SrxRules, NoBreakRuleKeepsAnAbbreviation) {
  const auto segmenter =
      Segmenter::from_srx_text(cat_tool_srx("yes"), "cat.srx", Language::kEnglish);
  EXPECT_EQ(split_with(segmenter, "See Fig. 3 here. Then go."),
            (Texts{"See Fig. 3 here.", "Then go."}));
}

TEST(SrxRules, BreakRuleAfterSemicolon) {
  const auto segmenter =
      Segmenter::from_srx_text(cat_tool_srx("yes"), "cat.srx", Language::kRussian);
  EXPECT_EQ(split_with(segmenter, "Смотри рис. 2; потом ушёл. Всё."),
            (Texts{"Смотри рис. 2;", "потом ушёл.", "Всё."}));
}

TEST(SrxRules, WithoutCascadeOnlyTheFirstMatchingLanguageRuleApplies) {
  // Only the "English" rules: no rule breaks at all, so the text stays whole.
  const auto segmenter =
      Segmenter::from_srx_text(cat_tool_srx("no"), "cat.srx", Language::kEnglish);
  EXPECT_EQ(split_with(segmenter, "See Fig. 3 here. Then go."),
            (Texts{"See Fig. 3 here. Then go."}));
}

TEST(SrxRules, MapRulesSelectTheLanguage) {
  const auto english = Segmenter::from_srx_text(cat_tool_srx("yes"), "cat.srx", Language::kEnglish);
  const auto russian = Segmenter::from_srx_text(cat_tool_srx("yes"), "cat.srx", Language::kRussian);
  // ";" breaks only under the Russian rules, "Fig." is kept only under the English ones.
  EXPECT_EQ(split_with(english, "One; two. Fig. 3."), (Texts{"One; two.", "Fig. 3."}));
  EXPECT_EQ(split_with(russian, "One; two. Fig. 3."), (Texts{"One;", "two.", "Fig.", "3."}));
}

TEST(SrxRules, LinesWithoutFinalPunctuationStaySeparate) {
  const auto segmenter =
      Segmenter::from_srx_text(cat_tool_srx("yes"), "cat.srx", Language::kEnglish);
  EXPECT_EQ(split_with(segmenter, "Title\nBody text. More."),
            (Texts{"Title", "Body text.", "More."}));
}

TEST(SrxRules, SrxVersionOneMapRulesAreRead) {
  const std::string srx = R"(<srx version="1.0"><header cascade="no"/><body>
    <languagerules><languagerule languagerulename="All">
      <rule break="yes"><beforebreak>\.</beforebreak><afterbreak>\s</afterbreak></rule>
    </languagerule></languagerules>
    <maprules><maprule maprulename="Default">
      <languagemap languagepattern=".*" languagerulename="All"/>
    </maprule></maprules></body></srx>)";
  const auto segmenter = Segmenter::from_srx_text(srx, "old.srx", Language::kRussian);
  EXPECT_EQ(split_with(segmenter, "Раз. Два."), (Texts{"Раз.", "Два."}));
}

TEST(SrxRules, CatastrophicBacktrackingIsCutShort) {
  const std::string srx = R"(<srx version="2.0"><header cascade="no"/><body>
    <languagerules><languagerule languagerulename="All">
      <rule break="yes"><beforebreak>(a+)+b</beforebreak><afterbreak></afterbreak></rule>
      <rule break="yes"><beforebreak>\.</beforebreak><afterbreak>\s</afterbreak></rule>
    </languagerule></languagerules>
    <maprules><languagemap languagepattern=".*" languagerulename="All"/></maprules>
    </body></srx>)";
  const auto segmenter = Segmenter::from_srx_text(srx, "slow.srx", Language::kEnglish);
  // The first rule gives up on this text (ICU's time limit); the second still applies.
  const std::string text = std::string(40, 'a') + "c. Next.";
  EXPECT_EQ(split_with(segmenter, text), (Texts{std::string(40, 'a') + "c.", "Next."}));
}

void expect_bad_srx(std::string_view srx, std::string_view name, std::string_view mention) {
  try {
    (void)Segmenter::from_srx_text(srx, name, Language::kRussian);
    FAIL() << "expected Error{kBadSrx} mentioning " << mention;
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kBadSrx);
    const std::string message = e.what();
    EXPECT_EQ(message.rfind(std::string(name) + ":", 0), 0U) << message;
    EXPECT_NE(message.find(mention), std::string::npos) << message;
  }
}

TEST(SrxErrors, BrokenXml) {
  expect_bad_srx("<srx version=\"2.0\"><body><languagerules>", "broken.srx", "XML");
}

TEST(SrxErrors, InvalidRegexNamesTheRuleAndPattern) {
  std::string srx = cat_tool_srx("yes");
  srx.replace(srx.find(R"(\bрис\.)"), std::string_view(R"(\bрис\.)").size(), "([unclosed");
  expect_bad_srx(srx, "regex.srx", "([unclosed");
  expect_bad_srx(srx, "regex.srx", "languagerule 'Russian', rule 1");
}

TEST(SrxErrors, NoLanguageRuleForTheLanguage) {
  std::string srx = cat_tool_srx("no");
  srx.replace(srx.find(R"(languagepattern=".*")"),
              std::string_view(R"(languagepattern=".*")").size(), R"(languagepattern="DE.*")");
  srx.replace(srx.find(R"(languagepattern="RU.*")"),
              std::string_view(R"(languagepattern="RU.*")").size(), R"(languagepattern="FR.*")");
  expect_bad_srx(srx, "german.srx", "no languagerule");
}

TEST(SrxErrors, MapToAMissingLanguageRule) {
  std::string srx = cat_tool_srx("no");
  srx.replace(srx.find(R"(languagerulename="Russian"/>)"),
              std::string_view(R"(languagerulename="Russian"/>)").size(),
              R"(languagerulename="Russisch"/>)");
  expect_bad_srx(srx, "typo.srx", "Russisch");
}

TEST(SrxErrors, NotAnSrxDocument) { expect_bad_srx("<tmx version=\"1.4\"/>", "x.tmx", "SRX"); }

TEST(SrxErrors, FileErrorsNameTheFile) {
  const auto missing = std::filesystem::temp_directory_path() / "libalign-no-such-rules.srx";
  try {
    (void)Segmenter::from_srx(missing, Language::kEnglish);
    FAIL() << "expected Error{kNotFound}";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kNotFound);
    EXPECT_NE(std::string(e.what()).find("libalign-no-such-rules.srx"), std::string::npos);
  }
  const auto broken = std::filesystem::temp_directory_path() / "libalign-broken-rules.srx";
  std::ofstream(broken) << "<srx><body>";
  try {
    (void)Segmenter::from_srx(broken, Language::kEnglish);
    FAIL() << "expected Error{kBadSrx}";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kBadSrx);
    EXPECT_NE(std::string(e.what()).find("libalign-broken-rules.srx"), std::string::npos);
  }
  std::filesystem::remove(broken);
}

// --- the built-in rules as SRX ------------------------------------------------------------

TEST(BuiltinSrx, LoadsForBothLanguagesAndSegmentsLikeTheBuiltinRules) {
  const std::string srx = builtin_srx();
  const std::vector<std::pair<Language, std::string>> cases = {
      {Language::kRussian,
       "Вошёл А. С. Пушкин, т. е. поэт. Все встали. Это было в 1998 г. Потом — нет."},
      {Language::kRussian,
       "— Ты ей скажи. — А мне дашь? — Дам! — сказал он. Смотрите рис. 3 на стр. 12."},
      {Language::kEnglish, "Mr. Smith met Dr. Watson. They moved to the U.K. The weather was bad."},
      {Language::kEnglish, "See p. 55 and No. 7 on Jan. 20. He said no. Wait... what? Well… Fine."},
      {Language::kEnglish, "I’ll give it a try. @user22 oh, you want the DOM order? @ noon. Yes."},
      {Language::kEnglish, "We won. #DCU Next week we play Miami. What a goal! #DCU #MLS"},
      {Language::kEnglish,
       "It is warm, reports RT. According to him, the SEC. Mr. Smith. DR. SMITH."},
      {Language::kEnglish, "It is less crowded :) It's a pity. Sad :( Really. Fine;) Bye."},
      {Language::kEnglish, "It starts at 10 P.M. Moscow time. We met at 2 p.m. The day was fine."},
      {Language::kEnglish, "At 5 a.m. Mr. Smith went to the bank. He left at 6 P.M. Then."},
      {Language::kRussian, "С 1998 г. Путин стал директором. Завод открыли в 1998 г. Сейчас."},
      {Language::kRussian, "Гол — просто пушка от Страуда. Браво! #ДСЮ #МЛС #фкмастодон"},
      {Language::kRussian, "Есть способ: 1. Использовать CSS. Слоги: 1) уд 2) утт. Всё."},
      {Language::kRussian, "Не было в нем. И сказал он. От нем. Kraft — сила. Он род. 12 мая."},
      {Language::kRussian, "Вышло 5 сент. 2024 г. | 10:32. Смит и др. , и всё. Ок."},
      {Language::kRussian, "И сказал: что ты спишь? встань! Господи! пошли. Кто там? Никого."},
      {Language::kEnglish, "Who art thou? that we may answer. what happened? i had a blast."},
      {Language::kEnglish,
       "\"Why?\" Craith asked. \"Oops...\" Tenuk Ross muttered. \"Fine?\" Nobody answered."},
  };
  for (const auto& [language, text] : cases) {
    const auto from_srx = Segmenter::from_srx_text(srx, "builtin.srx", language);
    EXPECT_EQ(split_with(from_srx, text), split_with(Segmenter::builtin(language), text));
  }
}

TEST(BuiltinSrx, TheShippedFileIsTheGeneratedOne) {
  const std::filesystem::path shipped =
      std::filesystem::path(LIBALIGN_SOURCE_DIR) / "data" / "srx" / "libalign.srx";
  std::ifstream in(shipped, std::ios::binary);
  ASSERT_TRUE(in) << shipped << " is missing; regenerate it with `align split --dump-srx`";
  const std::string content((std::istreambuf_iterator<char>(in)), {});
  EXPECT_EQ(content, builtin_srx())
      << shipped << " is stale; regenerate it with `align split --dump-srx > " << shipped << "`";
}

}  // namespace
}  // namespace libalign
