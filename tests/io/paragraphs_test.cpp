// split_paragraphs() in both modes, and presplit().
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "libalign/document.hpp"
#include "libalign/io.hpp"

namespace libalign {
namespace {

std::vector<std::string> texts(std::string_view text, const std::vector<TextRange>& ranges) {
  std::vector<std::string> out;
  for (const TextRange r : ranges) out.emplace_back(text.substr(r.begin, r.size()));
  return out;
}

using Strings = std::vector<std::string>;

TEST(SplitParagraphs, BlankLinesSeparateParagraphs) {
  const std::string text =
      "First line\nstill first.\n\nSecond.\n  \n \n\n  Third,  \n  indented.\n";
  EXPECT_EQ(texts(text, split_paragraphs(text, ParagraphMode::kBlankLine)),
            (Strings{"First line\nstill first.", "Second.", "Third,  \n  indented."}));
}

TEST(SplitParagraphs, LineModeMakesEachNonEmptyLineAParagraph) {
  const std::string text = "\n  One.  \nTwo.\n\n   \nThree.";
  EXPECT_EQ(texts(text, split_paragraphs(text, ParagraphMode::kLine)),
            (Strings{"One.", "Two.", "Three."}));
}

TEST(SplitParagraphs, RangesPointIntoTheText) {
  const std::string text = "  a b\n\nc";
  const auto ranges = split_paragraphs(text, ParagraphMode::kBlankLine);
  ASSERT_EQ(ranges.size(), 2U);
  EXPECT_EQ(ranges[0], (TextRange{2, 5}));
  EXPECT_EQ(ranges[1], (TextRange{7, 8}));
}

TEST(SplitParagraphs, NothingButWhitespaceHasNoParagraphs) {
  EXPECT_TRUE(split_paragraphs("", ParagraphMode::kBlankLine).empty());
  EXPECT_TRUE(split_paragraphs(" \n\n  \n", ParagraphMode::kBlankLine).empty());
  EXPECT_TRUE(split_paragraphs(" \n\n  \n", ParagraphMode::kLine).empty());
}

TEST(SplitParagraphs, NoTrailingNewlineAndSingleParagraph) {
  const std::string text = "Только одна строка";
  EXPECT_EQ(texts(text, split_paragraphs(text, ParagraphMode::kBlankLine)), (Strings{text}));
}

Document document(std::string text, ParagraphMode mode) {
  Document d;
  d.text = std::move(text);
  d.paragraphs = split_paragraphs(d.text, mode);
  return d;
}

TEST(Presplit, EachNonEmptyLineIsOneSentenceWithCollapsedSpaces) {
  Document d = document("  Первое   предложение.  \n\nВторое.\nТретье  в том же  абзаце.\n",
                        ParagraphMode::kBlankLine);
  presplit(d);
  ASSERT_EQ(d.sentences.size(), 3U);
  EXPECT_EQ(d.sentence_text(0), "Первое предложение.");
  EXPECT_EQ(d.view(d.sentences[0].range), "Первое   предложение.");
  EXPECT_EQ(d.sentences[0].paragraph, 0U);
  EXPECT_EQ(d.sentence_text(1), "Второе.");
  EXPECT_EQ(d.sentences[1].paragraph, 1U);
  EXPECT_EQ(d.sentence_text(2), "Третье в том же абзаце.");
  EXPECT_EQ(d.sentences[2].paragraph, 1U);
}

TEST(Presplit, LineModeGivesOneParagraphPerSentence) {
  Document d = document("a b\n\n c \nd\n", ParagraphMode::kLine);
  presplit(d);
  ASSERT_EQ(d.sentences.size(), 3U);
  for (std::size_t k = 0; k < 3; ++k) EXPECT_EQ(d.sentences[k].paragraph, k);
  EXPECT_EQ(d.sentence_text(1), "c");
  EXPECT_EQ(d.sentences[1].range, (TextRange{6, 7}));
}

TEST(Presplit, ReplacesEarlierSentences) {
  Document d = document("x\ny\n", ParagraphMode::kLine);
  d.sentences.push_back({{0, 1}, 0});
  presplit(d);
  EXPECT_EQ(d.sentences.size(), 2U);
  EXPECT_EQ(d.sentence_text(0), "x");
}

}  // namespace
}  // namespace libalign
