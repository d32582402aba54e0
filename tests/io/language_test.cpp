// Language codes and detection from the script.
#include <gtest/gtest.h>

#include "libalign/document.hpp"
#include "libalign/error.hpp"
#include "libalign/io.hpp"

namespace libalign {
namespace {

TEST(LanguageCode, NamesBothLanguagesAndUnknown) {
  EXPECT_EQ(language_code(Language::kRussian), "ru");
  EXPECT_EQ(language_code(Language::kEnglish), "en");
  EXPECT_EQ(language_code(Language::kUnknown), "und");
}

TEST(ParseLanguage, AcceptsCodesRegionsAndNames) {
  for (const char* code : {"ru", "RU", "ru-RU", "ru_RU", "ru_RU.UTF-8", "Russian", "rus"}) {
    EXPECT_EQ(parse_language(code), Language::kRussian) << code;
  }
  for (const char* code : {"en", "EN", "en-US", "en_GB", "en-Latn-US", "english", "eng"}) {
    EXPECT_EQ(parse_language(code), Language::kEnglish) << code;
  }
}

TEST(ParseLanguage, RejectsOtherLanguagesWithInvalidArgument) {
  for (const char* code : {"", "de", "uk", "r", "rux", "ru-", "en US", "-en"}) {
    try {
      (void)parse_language(code);
      ADD_FAILURE() << "accepted '" << code << "'";
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ErrorCode::kInvalidArgument) << code;
      EXPECT_NE(std::string(e.what()).find("expected ru or en"), std::string::npos);
    }
  }
}

TEST(DetectLanguage, RussianAndEnglishProse) {
  EXPECT_EQ(detect_language("Во всякой книге предисловие есть первая и последняя вещь."),
            Language::kRussian);
  EXPECT_EQ(detect_language("In every book the preface is the first and the last thing."),
            Language::kEnglish);
}

TEST(DetectLanguage, RussianQuotingEnglishNamesStaysRussian) {
  EXPECT_EQ(detect_language("Компания Microsoft представила Windows Server и Visual Studio Code "
                            "на конференции Build в Сиэтле."),
            Language::kRussian);
}

TEST(DetectLanguage, EnglishQuotingARussianWordStaysEnglish) {
  EXPECT_EQ(detect_language("The word for this, as every reader of Chekhov knows, is тоска; "
                            "translators have never agreed on an English equivalent."),
            Language::kEnglish);
}

TEST(DetectLanguage, UnknownWithTooFewLettersOrOtherScripts) {
  EXPECT_EQ(detect_language(""), Language::kUnknown);
  EXPECT_EQ(detect_language("12 345, 6.78 — 90%"), Language::kUnknown);
  EXPECT_EQ(detect_language("OK"), Language::kUnknown);
  EXPECT_EQ(detect_language("中文文本没有拉丁字母"), Language::kUnknown);
}

TEST(DetectLanguage, CountsAccentedLatinAsLatin) {
  EXPECT_EQ(detect_language("Café résumé naïve"), Language::kEnglish);
}

}  // namespace
}  // namespace libalign
