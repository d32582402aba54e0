// Runs build/bin/align as a user would and checks exit statuses, messages and output files.
#include <algorithm>

#include "cli_fixture.hpp"

namespace {

using namespace cli_test;  // NOLINT: test-local fixture names

TEST_F(CliTest, PairWritesTmxWithBothLanguages) {
  const CommandResult run = align("pair a.ru.txt a.en.txt -o a.tmx");
  ASSERT_EQ(run.status, 0) << run.err;
  const std::string tmx = slurp(dir_ / "a.tmx");
  EXPECT_NE(tmx.find("<tmx version=\"1.4\">"), std::string::npos);
  EXPECT_NE(tmx.find("srclang=\"ru\""), std::string::npos);
  EXPECT_NE(tmx.find("xml:lang=\"en\""), std::string::npos);
  EXPECT_NE(tmx.find("Article headline"), std::string::npos);
  EXPECT_NE(tmx.find("т. е. вводное"), std::string::npos) << "split after an abbreviation";
  EXPECT_EQ(files(), (std::vector<std::string>{"a.en.txt", "a.ru.txt", "a.tmx"}))
      << "no temporary file is left behind";
}

TEST_F(CliTest, FirstFileIsTheSourceLanguageAndFirstTsvColumn) {
  const CommandResult run = align("pair a.en.txt a.ru.txt --format tsv");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.out.rfind("Article headline\tЗаголовок статьи\n", 0), 0u) << run.out;
  const CommandResult tmx = align("pair a.en.txt a.ru.txt --langs ru-RU,en-US");
  ASSERT_EQ(tmx.status, 0) << tmx.err;
  EXPECT_NE(tmx.out.find("srclang=\"en-US\""), std::string::npos);
  const CommandResult forced = align("pair a.en.txt a.ru.txt --srclang ru");
  EXPECT_NE(forced.out.find("srclang=\"ru\""), std::string::npos);
}

TEST_F(CliTest, SegtypeOptionSetsTheTmxHeader) {
  const CommandResult run = align("pair a.ru.txt a.en.txt --segtype paragraph");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.out.find("segtype=\"paragraph\""), std::string::npos);
}

TEST_F(CliTest, WhenBothInputsAreMissingTheErrorNamesFile1) {
  const CommandResult run = align("pair missing1.txt missing2.txt");
  EXPECT_EQ(run.status, 2);
  EXPECT_NE(run.err.find("missing1.txt"), std::string::npos) << run.err;
}

TEST_F(CliTest, BeadsCoverEverySentenceOnceWithFile1First) {
  const CommandResult run = align("pair a.en.txt a.ru.txt --format beads");
  ASSERT_EQ(run.status, 0) << run.err;
  std::vector<int> first;
  std::vector<int> second;
  std::istringstream lines(run.out);
  for (std::string line; std::getline(lines, line);) {
    // "[0, 1]:[2]": the indices of file 1, then of file 2.
    const std::size_t middle = line.find("]:[");
    ASSERT_TRUE(line.starts_with('[') && line.ends_with(']') && middle != std::string::npos)
        << line;
    const std::string sides[] = {line.substr(1, middle - 1),
                                 line.substr(middle + 3, line.size() - middle - 4)};
    for (auto [text, target] : {std::pair{sides[0], &first}, std::pair{sides[1], &second}}) {
      std::replace(text.begin(), text.end(), ',', ' ');
      std::istringstream numbers(text);
      for (int index; numbers >> index;) target->push_back(index);
    }
  }
  for (const auto* side : {&first, &second}) {
    for (int i = 0; i < static_cast<int>(side->size()); ++i) EXPECT_EQ((*side)[i], i);
  }
  EXPECT_EQ(first.size(), 5u) << "English: headline + 4 sentences";
}

TEST_F(CliTest, PresplitTakesOneSentenceALine) {
  spit(dir_ / "p.ru", "Один. Два.\nТри.\n\nЧетыре.\n");
  spit(dir_ / "p.en", "One. Two.\nThree.\nFour.\n");
  const CommandResult run = align("pair p.ru p.en --presplit --format beads");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.out, "[0]:[0]\n[1]:[1]\n[2]:[2]\n");
}

TEST_F(CliTest, SplitPrintsOneSentenceALine) {
  spit(dir_ / "in.txt", "Это т. е. пример. А. С. Пушкин родился в 1799 г. в Москве. Конец!\n");
  const CommandResult run = align("split - --lang ru", (dir_ / "in.txt").string());
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_EQ(run.out, "Это т. е. пример.\nА. С. Пушкин родился в 1799 г. в Москве.\nКонец!\n");
}

struct BadInput {
  const char* name;
  std::string bytes;    // written to bad.txt; empty name part means "do not create"
  const char* message;  // expected in the one-line error
};

TEST_F(CliTest, BadInputsGetOneLineErrorStatus2AndNoOutput) {
  fs::create_directory(dir_ / "folder.txt");
  const std::vector<BadInput> cases = {
      {"empty.txt", "", "empty"},
      {"blank.txt", " \n\n\t \n", "whitespace"},
      {"binary.txt",
       std::string("\x7f"
                   "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0\x01\0\0\0",
                   24),
       ""},
      {"russian-too.txt", "Это тоже русский текст, а не английский.\n", "Russian"},
  };
  for (const auto& bad : cases) {
    spit(dir_ / bad.name, bad.bytes);
    const CommandResult run = align(std::string("pair a.ru.txt ") + bad.name + " -o out.tmx");
    EXPECT_EQ(run.status, 2) << bad.name << ": " << run.err;
    EXPECT_EQ(count_lines(run.err), 1) << run.err;
    EXPECT_NE(run.err.find(bad.name), std::string::npos) << run.err;
    EXPECT_NE(run.err.find(bad.message), std::string::npos) << run.err;
    EXPECT_FALSE(fs::exists(dir_ / "out.tmx")) << bad.name;
    fs::remove(dir_ / bad.name);
  }
  for (const char* missing : {"missing.txt", "folder.txt"}) {
    const CommandResult run = align(std::string("pair ") + missing + " a.en.txt -o out.tmx");
    EXPECT_EQ(run.status, 2) << run.err;
    EXPECT_EQ(count_lines(run.err), 1) << run.err;
    EXPECT_NE(run.err.find(missing), std::string::npos) << run.err;
    EXPECT_FALSE(fs::exists(dir_ / "out.tmx"));
  }
}

TEST_F(CliTest, UnwritableOutputIsAnErrorNamingThePath) {
  const CommandResult run = align("pair a.ru.txt a.en.txt -o no/such/dir/out.tmx");
  EXPECT_EQ(run.status, 2);
  EXPECT_NE(run.err.find("no/such/dir/out.tmx"), std::string::npos) << run.err;
}

TEST_F(CliTest, OutputEqualToAnInputIsRefused) {
  const std::string before = slurp(dir_ / "a.en.txt");
  const CommandResult run = align("pair a.ru.txt a.en.txt -o a.en.txt");
  EXPECT_EQ(run.status, 1);
  EXPECT_NE(run.err.find("a.en.txt"), std::string::npos) << run.err;
  EXPECT_EQ(slurp(dir_ / "a.en.txt"), before);
}

TEST_F(CliTest, UsageErrorsExitWith1) {
  EXPECT_EQ(align("pair a.ru.txt").status, 1);
  EXPECT_EQ(align("pair a.ru.txt a.en.txt --format xml").status, 1);
  EXPECT_EQ(align("pair a.ru.txt a.en.txt --min-score 2").status, 1);
  EXPECT_EQ(align("pair a.ru.txt a.en.txt --segtype phrase").status, 1);
  EXPECT_EQ(align("pair a.ru.txt a.en.txt --langs ru_RU,en_US").status, 1);
  EXPECT_EQ(align("frobnicate").status, 1);
  EXPECT_EQ(align("").status, 1);
}

}  // namespace
