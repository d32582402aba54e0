// normalize(): newlines, NFC, invisible characters and spaces.
#include <gtest/gtest.h>

#include <string>

#include "libalign/io.hpp"

namespace libalign {
namespace {

using namespace std::string_literals;

TEST(Normalize, WindowsOldMacAndUnicodeNewlinesBecomeLf) {
  EXPECT_EQ(normalize("one\r\ntwo\rthree\nfour"), "one\ntwo\nthree\nfour");
  EXPECT_EQ(normalize("a\u2028b\u2029c\u0085d"), "a\nb\nc\nd");
  EXPECT_EQ(normalize("blank\r\n\r\nline"), "blank\n\nline");
  EXPECT_EQ(normalize("page\fbreak"), "page\nbreak");
}

TEST(Normalize, DecomposedLettersAreComposed) {
  // "й" and "ё" typed as base letter + combining mark (NFD, as macOS file names and some PDFs
  // produce) must equal the precomposed letters the lexicon knows.
  EXPECT_EQ(normalize("и\u0306 е\u0308 cafe\u0301"), "й ё café");
}

TEST(Normalize, ZeroWidthAndFormatCharactersAreDropped) {
  EXPECT_EQ(normalize("пере\u200Bвод"), "перевод");
  EXPECT_EQ(normalize("\uFEFFtext\u200C\u200D\u200E\u200F\u2060"), "text");
  EXPECT_EQ(normalize("transla\u00ADtion"), "translation");  // soft hyphen
  EXPECT_EQ(normalize("\u202Eevil\u202C"), "evil");          // bidi override
  EXPECT_EQ(normalize("x\uFFFEy\uFFFFz"), "xyz");            // noncharacters
}

TEST(Normalize, DroppingAnInvisibleCharacterLetsTheLetterCompose) {
  EXPECT_EQ(normalize("e\u200B\u0301"), "é");
}

TEST(Normalize, ControlCharactersAreDroppedExceptNewline) {
  EXPECT_EQ(normalize("a\x01"
                      "b\x1B"
                      "c\x7F"
                      "d\u0080e\u009Ff\ng"),
            "abcdef\ng");
  EXPECT_EQ(normalize("nul\0byte"s), "nulbyte");
}

TEST(Normalize, NoBreakAndOtherSpacesBecomeSpaces) {
  EXPECT_EQ(normalize("10\u00A0000 руб."), "10 000 руб.");
  EXPECT_EQ(normalize("a\u2002b\u2003c\u2009d\u202Fe\u3000f\u1680g"), "a b c d e f g");
  EXPECT_EQ(normalize("col1\tcol2"), "col1 col2");
}

TEST(Normalize, CleanTextIsUnchanged) {
  const std::string text =
      "Во всякой книге предисловие есть первая вещь.\n\nIn every book the preface is the first "
      "thing — «так» “so” 1,000 ½ € 😀 ё Ё й.\n";
  EXPECT_EQ(normalize(text), text);
}

TEST(Normalize, IllFormedUtf8BecomesReplacementCharacter) {
  EXPECT_EQ(normalize("a\xFF"
                      "b"),
            "a\uFFFD"
            "b");
}

TEST(Normalize, LongAsciiRunsWithScatteredSpecialsAcrossWordBoundaries) {
  // The fast path reads 8 bytes at a time; specials at every position of a word must be seen.
  for (std::size_t pos = 0; pos < 17; ++pos) {
    std::string text(24, 'x');
    std::string expected = text;
    text.insert(pos, "\r\n\t\x7F");
    expected.insert(pos, "\n ");
    EXPECT_EQ(normalize(text), expected) << pos;
  }
}

}  // namespace
}  // namespace libalign
