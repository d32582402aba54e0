// Runs `align tmx merge|stats` as a user would: exit statuses, messages, output files.
#include <gtest/gtest.h>

#include <filesystem>
#include <initializer_list>
#include <string>
#include <utility>

#include "cli/cli_fixture.hpp"
#include "libalign/tmx.hpp"

namespace {

namespace fs = std::filesystem;
using cli_test::CommandResult;
using cli_test::slurp;
using cli_test::spit;

// The CLI tests' fixture: a fresh folder per test and align() to run the executable there.
class TmxCommand : public cli_test::CliTest {
 protected:
  // A TMX with the given TUs; each unit is {ru, en}.
  static std::string tmx(std::initializer_list<std::pair<std::string, std::string>> units,
                         const std::string& segtype = "sentence",
                         const std::string& src_lang = "ru") {
    libalign::TmxDocument doc;
    doc.header.segtype = segtype;
    doc.header.src_lang = src_lang;
    doc.header.creation_date = "20240101T000000Z";
    int n = 0;
    for (const auto& [ru, en] : units)
      doc.units.push_back({.tuid = std::to_string(++n),
                           .props = {{"x-score", "0.9000"}, {"x-bead", "1:1"}},
                           .variants = {{"ru", ru}, {"en", en}}});
    return libalign::to_tmx_string(doc);
  }
};

TEST_F(TmxCommand, MergeDropsIdenticalPairsAndRenumbers) {
  spit(dir_ / "a.tmx", tmx({{"Один.", "One."}, {"Два.", "Two."}}));
  spit(dir_ / "b.tmx", tmx({{"Два.", "Two."}, {"Три.", "Three."}}));
  const CommandResult run =
      align("tmx merge a.tmx b.tmx -o c.tmx --creation-date 20250101T000000Z");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.err.find("3 units from 2 files (1 duplicates dropped)"), std::string::npos)
      << run.err;
  const libalign::TmxDocument merged = libalign::read_tmx(dir_ / "c.tmx");
  ASSERT_EQ(merged.units.size(), 3u);
  EXPECT_EQ(merged.units[2].tuid, "3");
  EXPECT_EQ(merged.units[2].variants[1].text, "Three.");
  EXPECT_EQ(merged.units[0].props[0], (libalign::TmxProp{"x-score", "0.9000"}));
  EXPECT_EQ(merged.header.src_lang, "ru");
  EXPECT_EQ(merged.header.creation_date, "20250101T000000Z");
}

TEST_F(TmxCommand, MergeOfTheSameInputsIsByteIdentical) {
  spit(dir_ / "a.tmx", tmx({{"Один.", "One."}}));
  spit(dir_ / "b.tmx", tmx({{"Два.", "Two."}}));
  const CommandResult first = align("tmx merge a.tmx b.tmx --creation-date 20250101T000000Z");
  const CommandResult second = align("tmx merge a.tmx b.tmx --creation-date 20250101T000000Z");
  ASSERT_EQ(first.status, 0) << first.err;
  EXPECT_EQ(first.out, second.out);
  EXPECT_EQ(first.out.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", 0), 0u);
}

TEST_F(TmxCommand, MergeOfDifferentDirectionsIsBidirectional) {
  spit(dir_ / "a.tmx", tmx({{"Один.", "One."}}, "sentence", "ru"));
  spit(dir_ / "b.tmx", tmx({{"Два.", "Two."}}, "sentence", "en"));
  const CommandResult run = align("tmx merge a.tmx b.tmx");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.out.find("srclang=\"*all*\""), std::string::npos);
}

TEST_F(TmxCommand, MergeKeepsParagraphSegtypeInTheHeader) {
  spit(dir_ / "a.tmx", tmx({{"Один.", "One."}}, "sentence"));
  spit(dir_ / "b.tmx", tmx({{"Два. Три.", "Two. Three."}}, "paragraph"));
  const CommandResult run = align("tmx merge a.tmx b.tmx");
  ASSERT_EQ(run.status, 0) << run.err;
  const libalign::TmxDocument merged = libalign::read_tmx_text(run.out, "merged");
  EXPECT_EQ(merged.header.segtype, "paragraph");
  EXPECT_EQ(merged.units[0].segtype, "sentence");
  EXPECT_EQ(merged.units[1].segtype, "");
}

TEST_F(TmxCommand, BadInputIsExitTwoWithTheFileNamedAndNoOutput) {
  spit(dir_ / "a.tmx", tmx({{"Один.", "One."}}));
  spit(dir_ / "broken.tmx", "<tmx version=\"1.4\"><body><tu>");
  const CommandResult run = align("tmx merge a.tmx broken.tmx -o c.tmx");
  EXPECT_EQ(run.status, 2);
  EXPECT_EQ(run.err.rfind("align: broken.tmx: not well-formed XML: ", 0), 0u) << run.err;
  EXPECT_FALSE(fs::exists(dir_ / "c.tmx"));
  const CommandResult missing = align("tmx stats nope.tmx");
  EXPECT_EQ(missing.status, 2);
  EXPECT_NE(missing.err.find("nope.tmx"), std::string::npos) << missing.err;
}

TEST_F(TmxCommand, UsageErrorsAreExitOne) {
  spit(dir_ / "a.tmx", tmx({{"Один.", "One."}}));
  EXPECT_EQ(align("tmx").status, 1);
  EXPECT_EQ(align("tmx frobnicate").status, 1);
  EXPECT_EQ(align("tmx merge a.tmx").status, 1);
  EXPECT_EQ(align("tmx merge a.tmx a.tmx --creation-date yesterday").status, 1);
  EXPECT_EQ(align("tmx stats").status, 1);
  EXPECT_EQ(align("tmx stats --no-such-option a.tmx").status, 1);
  EXPECT_EQ(align("tmx merge --help").status, 0);
}

TEST_F(TmxCommand, StatsCountsUnitsLanguagesDuplicatesAndScores) {
  spit(dir_ / "a.tmx", tmx({{"Один.", "One."}, {"Один.", "One."}, {"Два.", ""}}));
  const CommandResult run = align("tmx stats a.tmx");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.out.find("units: 3\n"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("variants ru: 3\n"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("empty segments: 1\n"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("duplicate pairs: 1\n"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("beads 1:1: 3\n"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("score mean: 0.9000\n"), std::string::npos) << run.out;
}

TEST_F(TmxCommand, StatsReadsOmegaTStyleFiles) {
  spit(dir_ / "project-omegat.tmx",
       "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.1\"><header "
       "creationtool=\"OmegaT\" creationtoolversion=\"3.6.0_10\" segtype=\"sentence\" "
       "o-tmf=\"OmegaT TMX\" adminlang=\"EN-US\" srclang=\"RU\" datatype=\"plaintext\"/><body>"
       "<tu><tuv lang=\"RU\"><seg>Да.</seg></tuv><tuv lang=\"EN-US\"><seg>Yes.</seg></tuv></tu>"
       "</body></tmx>");
  const CommandResult run = align("tmx stats project-omegat.tmx");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.out.find("variants EN-US: 1\n"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("units not bilingual: 0\n"), std::string::npos) << run.out;
}

}  // namespace
