// The three naming layouts of a batch folder (batch/naming.cpp).
#include "batch/naming.hpp"

#include <gtest/gtest.h>

namespace libalign::detail {
namespace {

TEST(NameTag, ReadsDotSeparatedLanguage) {
  const auto tag = read_name_tag("a/b/report.ru.txt");
  ASSERT_TRUE(tag);
  EXPECT_EQ(tag->language, Language::kRussian);
  EXPECT_EQ(tag->name, "a/b/report");
  EXPECT_EQ(read_name_tag("a/b/report.en.txt")->key, tag->key);
}

TEST(NameTag, ReadsUnderscoreSeparatedLanguageInAnyCase) {
  const auto tag = read_name_tag("news_EN.md");
  ASSERT_TRUE(tag);
  EXPECT_EQ(tag->language, Language::kEnglish);
  EXPECT_EQ(tag->name, "news");
  EXPECT_EQ(read_name_tag("news_ru.md")->key, tag->key);
}

TEST(NameTag, ReadsLanguageFoldersAndKeepsTheSubfoldersBelowThem) {
  const auto ru = read_name_tag("books/ru/part1/chapter.txt");
  const auto en = read_name_tag("books/en/part1/chapter.txt");
  ASSERT_TRUE(ru && en);
  EXPECT_EQ(ru->language, Language::kRussian);
  EXPECT_EQ(en->language, Language::kEnglish);
  EXPECT_EQ(ru->name, "books/part1/chapter");
  EXPECT_EQ(ru->key, en->key);
}

TEST(NameTag, DropsARedundantTagInsideALanguageFolder) {
  const auto ru = read_name_tag("ru/chapter.ru.txt");
  const auto en = read_name_tag("en/chapter.en.txt");
  ASSERT_TRUE(ru && en);
  EXPECT_EQ(ru->name, "chapter");
  EXPECT_EQ(ru->key, en->key);
}

TEST(NameTag, DoesNotPairAcrossLayoutsOrExtensions) {
  EXPECT_NE(read_name_tag("a.ru.txt")->key, read_name_tag("a_en.txt")->key);
  EXPECT_NE(read_name_tag("a.ru.txt")->key, read_name_tag("a.en.md")->key);
  EXPECT_NE(read_name_tag("x/a.ru.txt")->key, read_name_tag("y/a.en.txt")->key);
  EXPECT_NE(read_name_tag("ru/a.txt")->key, read_name_tag("a.en.txt")->key);
}

TEST(NameTag, IgnoresNamesWithoutALanguage) {
  EXPECT_FALSE(read_name_tag("README.md"));
  EXPECT_FALSE(read_name_tag("a.gold.beads"));
  EXPECT_FALSE(read_name_tag("menu.txt"));   // "menu" ends in "nu", not ".ru"
  EXPECT_FALSE(read_name_tag(".ru.txt"));    // no NAME
  EXPECT_FALSE(read_name_tag("rus/a.txt"));  // only two-letter codes
  EXPECT_FALSE(read_name_tag("a.rus.txt"));
}

TEST(NameTag, UntaggedNameDropsOnlyTheExtension) {
  EXPECT_EQ(untagged_name("a/b/doc.txt"), "a/b/doc");
  EXPECT_EQ(untagged_name("doc"), "doc");
  EXPECT_EQ(untagged_name("a/.hidden"), "a/.hidden");
}

}  // namespace
}  // namespace libalign::detail
