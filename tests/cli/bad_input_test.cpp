// The bad-input matrix (issue 7): each hostile input gets exactly the expected behaviour — a
// one-line error naming the file and the problem with exit status 2 and no output file, or a
// complete, valid output.
#include <string>

#include "cli_fixture.hpp"

namespace {

using namespace cli_test;  // NOLINT: test-local fixture names

class BadInputTest : public CliTest {
 protected:
  // Aligns a.ru.txt with FILE into out.tmx and expects a refusal naming FILE and `problem`.
  void expect_refused(const std::string& file, const std::string& problem) {
    SCOPED_TRACE(file);
    const CommandResult run = align("pair a.ru.txt '" + file + "' -o out.tmx");
    EXPECT_EQ(run.status, 2) << run.err;
    EXPECT_EQ(count_lines(run.err), 1) << run.err;
    EXPECT_NE(run.err.find(file), std::string::npos) << run.err;
    EXPECT_NE(run.err.find(problem), std::string::npos) << run.err;
    EXPECT_FALSE(fs::exists(dir_ / "out.tmx"));
    EXPECT_EQ(files().size(), fs::exists(dir_ / file) ? 3u : 2u) << "no stray files";
  }
};

TEST_F(BadInputTest, EmptyFile) {
  spit(dir_ / "empty.en.txt", "");
  expect_refused("empty.en.txt", "empty");
}

TEST_F(BadInputTest, WhitespaceOnly) {
  spit(dir_ / "blank.en.txt", "  \n\t\n\r\n   \n");
  expect_refused("blank.en.txt", "whitespace");
}

TEST_F(BadInputTest, BinaryFile) {
  std::string bytes;
  for (int i = 0; i < 4096; ++i) bytes.push_back(static_cast<char>((i * 7919) % 256));
  spit(dir_ / "junk.en.txt", bytes);
  expect_refused("junk.en.txt", "binary");
}

TEST_F(BadInputTest, InvalidUtf8InTheMiddle) {
  std::string text;
  for (int i = 0; i < 200; ++i) text += "This is an ordinary English sentence. ";
  text += "\xC3\x28 broken here. ";
  for (int i = 0; i < 200; ++i) text += "Ещё одна строка — «кириллица». ";
  spit(dir_ / "mixed.en.txt", text);
  expect_refused("mixed.en.txt", "UTF-8");
}

TEST_F(BadInputTest, Utf16WithoutByteOrderMark) {
  const std::string ascii = "Hello world. This file is UTF-16 without a byte-order mark.\n";
  std::string utf16;
  for (const char c : ascii) {
    utf16.push_back(c);
    utf16.push_back('\0');
  }
  spit(dir_ / "utf16.en.txt", utf16);
  expect_refused("utf16.en.txt", "UTF-16");
}

TEST_F(BadInputTest, NulBytes) {
  spit(dir_ / "nul.en.txt", std::string("An English sentence.\0\0\0Another one.\n", 37));
  expect_refused("nul.en.txt", "at byte 20");  // where the first NUL is
}

TEST_F(BadInputTest, BothFilesInTheSameLanguage) {
  spit(dir_ / "b.ru.txt", "Другой русский текст. Совсем другой.\n");
  const CommandResult run = align("pair a.ru.txt b.ru.txt -o out.tmx");
  EXPECT_EQ(run.status, 2);
  EXPECT_EQ(count_lines(run.err), 1) << run.err;
  EXPECT_NE(run.err.find("both in Russian"), std::string::npos) << run.err;
  EXPECT_FALSE(fs::exists(dir_ / "out.tmx"));
}

// A corpus whose "translation" is a copy of the original says so.
TEST_F(BadInputTest, AnUntranslatedCopyIsNamedAsSuch) {
  // Re-paragraphed, as such copies often are: still the same text.
  std::string copy = slurp(dir_ / "a.ru.txt");
  for (char& c : copy) {
    if (c == ' ') {
      c = '\n';
      break;
    }
  }
  spit(dir_ / "copy.en.txt", "\n" + copy + "\n\n");
  const CommandResult run = align("pair a.ru.txt copy.en.txt -o out.tmx");
  EXPECT_EQ(run.status, 2);
  EXPECT_EQ(count_lines(run.err), 1) << run.err;
  EXPECT_NE(run.err.find("both in Russian, with the same text (a copy, not a translation)"),
            std::string::npos)
      << run.err;
  EXPECT_FALSE(fs::exists(dir_ / "out.tmx"));
}

TEST_F(BadInputTest, MissingPathAndDirectory) {
  expect_refused("missing.en.txt", "no such file");
  fs::create_directory(dir_ / "folder.en.txt");
  expect_refused("folder.en.txt", "directory");
}

TEST_F(BadInputTest, OutputFolderNotWritable) {
  // Root ignores permission bits, so use a path whose parent is a regular file.
  const CommandResult run = align("pair a.ru.txt a.en.txt -o a.ru.txt/out.tmx");
  EXPECT_EQ(run.status, 2);
  EXPECT_EQ(count_lines(run.err), 1) << run.err;
  EXPECT_NE(run.err.find("a.ru.txt/out.tmx"), std::string::npos) << run.err;
}

TEST_F(BadInputTest, OutputPathEqualToAnInputIsRefused) {
  const std::string before = slurp(dir_ / "a.ru.txt");
  const CommandResult run = align("pair a.ru.txt a.en.txt -o ./a.ru.txt");
  EXPECT_EQ(run.status, 1);
  EXPECT_NE(run.err.find("a.ru.txt"), std::string::npos) << run.err;
  EXPECT_EQ(slurp(dir_ / "a.ru.txt"), before);
}

TEST_F(BadInputTest, XmlInvalidControlCharactersNeverReachTheTmx) {
  spit(dir_ / "ctrl.en.txt",
       "The first\x01 sentence, i.e. the introduction.\x07 In 2024, 15,000\x1b events took "
       "place.\n\nThe second\x0b sentence is longer than the first. The third!\x0c\n");
  const CommandResult run = align("pair a.ru.txt ctrl.en.txt -o out.tmx");
  ASSERT_EQ(run.status, 0) << run.err;
  const std::string tmx = slurp(dir_ / "out.tmx");
  for (const char c : tmx) {
    const auto byte = static_cast<unsigned char>(c);
    EXPECT_FALSE(byte < 0x20 && byte != '\n' && byte != '\t' && byte != '\r')
        << "control byte " << int(byte);
  }
  EXPECT_NE(tmx.find("The second sentence"), std::string::npos);
}

TEST_F(BadInputTest, OneHugeLineWithoutNewline) {
  std::string line;
  line.reserve(50u << 20);
  while (line.size() < (50u << 20)) line += "word and another word, ";
  spit(dir_ / "huge.en.txt", line);
  const CommandResult run = align("pair a.ru.txt huge.en.txt --format beads -o out.beads");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_TRUE(fs::exists(dir_ / "out.beads"));
  EXPECT_NE(slurp(dir_ / "out.beads").find("[]:[0]"), std::string::npos);
}

TEST_F(BadInputTest, AMillionOneWordLines) {
  std::string text;
  for (int i = 0; i < 1'000'000; ++i) text += "word\n";
  spit(dir_ / "lines.en.txt", text);
  const CommandResult run = align("pair a.ru.txt lines.en.txt --format beads -o out.beads");
  ASSERT_EQ(run.status, 0) << run.err;
  const std::string beads = slurp(dir_ / "out.beads");
  EXPECT_EQ(count_english_sentences(beads), 1'000'000) << "every English line is in some bead";
}

TEST_F(BadInputTest, OneSentenceAgainstTenThousand) {
  std::string text;
  for (int i = 0; i < 10'000; ++i) text += "Sentence number " + std::to_string(i) + " is here. ";
  spit(dir_ / "long.en.txt", text);
  spit(dir_ / "short.ru.txt", "Одно предложение номер 5000.\n");
  const CommandResult run = align("pair short.ru.txt long.en.txt --format beads -o out.beads");
  ASSERT_EQ(run.status, 0) << run.err;
  const std::string beads = slurp(dir_ / "out.beads");
  EXPECT_EQ(count_english_sentences(beads), 10'000) << "every English sentence is in some bead";
  EXPECT_GE(count_lines(beads), 10'000 - 5) << "one bead holds at most six sentences a side";
}

}  // namespace
