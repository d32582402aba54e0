// load() and load_bytes(): files on disk, the errors a user sees, and the Document they give.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include "encode.hpp"
#include "libalign/error.hpp"
#include "libalign/io.hpp"

namespace libalign {
namespace {

namespace fs = std::filesystem;
using namespace std::literals;

class LoadTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("libalign_load_test_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override {
    std::error_code ec;
    fs::permissions(dir_ / "locked.txt", fs::perms::owner_all, ec);
    fs::remove_all(dir_, ec);
  }
  fs::path write(const std::string& name, std::string_view bytes) {
    const fs::path path = dir_ / fs::u8path(name);
    std::ofstream(path, std::ios::binary)
        .write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return path;
  }
  // The error load() throws for `path`, or a test failure.
  static Error load_error(const fs::path& path, const LoadOptions& options = {}) {
    try {
      (void)load(path, options);
      ADD_FAILURE() << "loaded " << path;
    } catch (const Error& e) {
      return e;
    }
    return Error(ErrorCode::kInvalidArgument, "");
  }
  fs::path dir_;
};

TEST_F(LoadTest, MissingFileIsNotFound) {
  const fs::path path = dir_ / "missing.ru.txt";
  const Error e = load_error(path);
  EXPECT_EQ(e.code(), ErrorCode::kNotFound);
  EXPECT_EQ(std::string(e.what()), path.string() + ": no such file");
}

TEST_F(LoadTest, DirectoryIsNotAFile) {
  const Error e = load_error(dir_);
  EXPECT_EQ(e.code(), ErrorCode::kNotAFile);
  EXPECT_EQ(std::string(e.what()), dir_.string() + ": is a directory");
}

TEST_F(LoadTest, EmptyFileAndBomOnlyFile) {
  for (const std::string_view bytes : {""sv, "\xEF\xBB\xBF"sv}) {
    const fs::path path = write("empty.txt", bytes);
    const Error e = load_error(path);
    EXPECT_EQ(e.code(), ErrorCode::kEmpty);
    EXPECT_EQ(std::string(e.what()), path.string() + ": empty file");
  }
}

TEST_F(LoadTest, WhitespaceOnlyFile) {
  const fs::path path = write("blank.txt", " \r\n\t\n\u00A0\u200B\n");
  const Error e = load_error(path);
  EXPECT_EQ(e.code(), ErrorCode::kEmpty);
  EXPECT_EQ(std::string(e.what()), path.string() + ": contains only whitespace");
}

TEST_F(LoadTest, UnreadableFileReportsTheSystemReason) {
  const fs::path path = write("locked.txt", "Some text here.");
  fs::permissions(path, fs::perms::none);
  if (std::ifstream(path).good()) GTEST_SKIP() << "running as root: permissions not enforced";
  const Error e = load_error(path);
  EXPECT_EQ(e.code(), ErrorCode::kUnreadable);
  EXPECT_EQ(std::string(e.what()), path.string() + ": cannot open: Permission denied");
}

TEST_F(LoadTest, TooLargeFileIsRefusedBeforeReading) {
  const fs::path path = write("big.txt", std::string(5000, 'a'));
  LoadOptions options;
  options.max_bytes = 4096;
  const Error e = load_error(path, options);
  EXPECT_EQ(e.code(), ErrorCode::kUnreadable);
  EXPECT_EQ(std::string(e.what()),
            path.string() + ": too large (5000 bytes; the limit is 4096 bytes)");
}

TEST_F(LoadTest, BinaryFileErrorNamesTheFile) {
  std::string junk;
  for (int k = 0; k < 256; ++k) junk += static_cast<char>(k);
  const fs::path path = write("photo.jpg.txt", junk);
  const Error e = load_error(path);
  EXPECT_EQ(e.code(), ErrorCode::kDecode);
  EXPECT_TRUE(std::string(e.what()).starts_with(path.string() + ": not text")) << e.what();
}

TEST_F(LoadTest, Windows1251FileWithCyrillicNameLoadsAsRussian) {
  const std::string text =
      "Бэла\r\n\r\nЯ ехал на перекладных из Тифлиса.\r\nВся поклажа моей "
      "тележки состояла из одного небольшого чемодана.\r\n";
  const fs::path path = write("герой.txt", testing::encode(text, "windows-1251"));
  const Document d = load(path);
  EXPECT_EQ(d.name, path.string());
  EXPECT_EQ(d.encoding, "windows-1251");
  EXPECT_EQ(d.language, Language::kRussian);
  EXPECT_EQ(d.text.find('\r'), std::string::npos);
  ASSERT_EQ(d.paragraphs.size(), 2U);
  EXPECT_EQ(d.view(d.paragraphs[0]), "Бэла");
  EXPECT_TRUE(d.view(d.paragraphs[1]).starts_with("Я ехал"));
}

TEST_F(LoadTest, Utf16FileLoadsAsEnglishInLineMode) {
  const std::string text = "One line.\nAnother line.\n\nA third.\n";
  const fs::path path = write("en.txt", "\xFF\xFE"s + testing::encode(text, "UTF-16LE"));
  LoadOptions options;
  options.paragraphs = ParagraphMode::kLine;
  const Document d = load(path, options);
  EXPECT_EQ(d.encoding, "UTF-16LE");
  EXPECT_EQ(d.language, Language::kEnglish);
  EXPECT_EQ(d.text, text);
  EXPECT_EQ(d.paragraphs.size(), 3U);
}

TEST(LoadBytes, UndetectableLanguageNeedsAnExplicitOne) {
  try {
    (void)load_bytes("12 345\n", "numbers.txt");
    ADD_FAILURE() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kLanguage);
    EXPECT_TRUE(std::string(e.what()).starts_with("numbers.txt: cannot detect the language"));
  }
  LoadOptions options;
  options.language = Language::kEnglish;
  EXPECT_EQ(load_bytes("12 345\n", "numbers.txt", options).language, Language::kEnglish);
}

TEST(LoadBytes, GivenLanguageOverridesDetection) {
  LoadOptions options;
  options.language = Language::kRussian;
  EXPECT_EQ(load_bytes("Names only: Smith, Jones.", "x", options).language, Language::kRussian);
}

TEST(LoadBytes, NormalizesText) {
  const Document d = load_bytes("\xEF\xBB\xBFOne\u00A0two\r\n\r\nthree\u200B.", "x");
  EXPECT_EQ(d.text, "One two\n\nthree.");
  EXPECT_EQ(d.encoding, "UTF-8");
  EXPECT_EQ(d.paragraphs.size(), 2U);
}

}  // namespace
}  // namespace libalign
