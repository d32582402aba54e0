// Lexicon: user TSV files and their errors, stem pairs, and the Mueller dictionary reader.
#include "libalign/lexicon.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "lexicon/mueller.hpp"
#include "libalign/error.hpp"

namespace libalign {
namespace {

class LexiconFile : public ::testing::Test {
 protected:
  std::filesystem::path write(const std::string& content) {
    path_ = std::filesystem::temp_directory_path() /
            ("libalign_lexicon_test_" + std::to_string(::getpid()) + "_" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".tsv");
    std::ofstream(path_, std::ios::binary) << content;
    return path_;
  }
  void TearDown() override {
    if (!path_.empty()) std::filesystem::remove(path_);
  }
  Error load_error(const std::string& content) {
    const auto path = write(content);
    try {
      (void)Lexicon::from_tsv(path);
      ADD_FAILURE() << "accepted: " << content;
    } catch (const Error& e) {
      return e;
    }
    return Error(ErrorCode::kInvalidArgument, "");
  }
  std::filesystem::path path_;
};

TEST_F(LexiconFile, LoadsWordsAndPhrasesStemmed) {
  const Lexicon lex =
      Lexicon::from_tsv(write("# a comment\n"
                              "кошка\tcat\n"
                              "\n"
                              "железная дорога\trailway\n"
                              "dog\tсобака\n"));  // English first is accepted
  EXPECT_TRUE(lex.contains(stem("кошками", "ru"), stem("cats", "en")));
  EXPECT_TRUE(lex.contains(stem("железной", "ru"), "railway"));
  EXPECT_TRUE(lex.contains(stem("дороги", "ru"), "railway"));
  EXPECT_TRUE(lex.contains(stem("собака", "ru"), "dog"));
  EXPECT_FALSE(lex.contains(stem("кошка", "ru"), "dog"));
  EXPECT_EQ(lex.size(), 4u);
}

TEST_F(LexiconFile, ALineWithoutTabNamesFileAndLine) {
  const Error e = load_error("кошка\tcat\n# ok\nсобака dog\n");
  EXPECT_EQ(e.code(), ErrorCode::kBadLexicon);
  EXPECT_NE(std::string(e.what()).find(path_.string() + ":3:"), std::string::npos) << e.what();
}

TEST_F(LexiconFile, RejectsEmptySidesExtraColumnsAndBadBytes) {
  EXPECT_EQ(load_error("кошка\t\n").code(), ErrorCode::kBadLexicon);
  EXPECT_EQ(load_error("\tcat\n").code(), ErrorCode::kBadLexicon);
  EXPECT_EQ(load_error("кошка\tcat\tfeline\n").code(), ErrorCode::kBadLexicon);
  const Error e = load_error("кошка\tcat\n\xFF\xFE\tdog\n");
  EXPECT_EQ(e.code(), ErrorCode::kBadLexicon);
  EXPECT_NE(std::string(e.what()).find(":2:"), std::string::npos) << e.what();
}

TEST_F(LexiconFile, AMissingFileIsNotFound) {
  try {
    (void)Lexicon::from_tsv("/nonexistent/words.tsv");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kNotFound);
    EXPECT_NE(std::string(e.what()).find("/nonexistent/words.tsv"), std::string::npos);
  }
}

TEST(Lexicon, AddsMergesAndCopies) {
  Lexicon a;
  a.add_stems("кошк", "cat");
  a.add_stems("кошк", "cat");  // a repeat is one pair
  Lexicon b;
  b.add_words("собака", "dog");
  a.merge(b);
  EXPECT_EQ(a.size(), 2u);
  EXPECT_TRUE(a.contains(stem("собака", "ru"), "dog"));
  const Lexicon copy = a;
  a.add_stems("дом", "hous");
  EXPECT_EQ(copy.size(), 2u);
  EXPECT_EQ(a.translations("кошк"), std::vector<std::string_view>{"cat"});
  EXPECT_TRUE(a.translations("нет").empty());
}

TEST(Lexicon, BuiltinIsConsistentWithHasBuiltin) {
  EXPECT_EQ(Lexicon::has_builtin(), Lexicon::builtin().size() > 0);
  if (Lexicon::has_builtin()) {
    EXPECT_TRUE(Lexicon::builtin().contains(stem("президент", "ru"), stem("president", "en")));
  }
}

TEST(Mueller, DecodesDictdNumbers) {
  EXPECT_EQ(detail::decode_dictd_number("A"), 0u);
  EXPECT_EQ(detail::decode_dictd_number("BA"), 64u);
  EXPECT_EQ(detail::decode_dictd_number("C+m"), 2u * 64 * 64 + 62 * 64 + 38);
  EXPECT_FALSE(detail::decode_dictd_number("").has_value());
  EXPECT_FALSE(detail::decode_dictd_number("a-b").has_value());
}

TEST(Mueller, KeepsOneWordGlossesAndDropsExamplesAndLabels) {
  const std::string body =
      "abandon\n"
      "   [\xC9\x9C\xE2\x86\x97"
      "b\xC3\xA6nd\xC9\x9Cn]\n"
      "   1. _v.\n"
      "      1) покидать, оставлять\n"
      "      2) отказываться от\n"
      "      3) _refl. предаваться (страсти, отчаянию и т.п. - to); to abandon\n"
      "      oneself to the idea склоняться к мысли\n"
      "   2. _n. _книж. развязность, несдержанность; быстро двигаться\n";
  const auto pairs = detail::mueller_pairs("abandon", body);
  std::vector<std::string> ru;
  for (const auto& [r, e] : pairs) {
    EXPECT_EQ(e, "abandon");
    ru.push_back(r);
  }
  EXPECT_EQ(ru, (std::vector<std::string>{"покидать", "оставлять", "отказываться", "предаваться",
                                          "развязность", "несдержанность"}));
  EXPECT_TRUE(detail::mueller_pairs("abandon oneself", body).empty());
}

}  // namespace
}  // namespace libalign
