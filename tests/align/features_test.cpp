// Per-sentence features: tokens, stems, canonical numbers, name keys, links, punctuation.
#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "features/names.hpp"
#include "features/numbers.hpp"
#include "features/sentence_features.hpp"
#include "features/stopwords.hpp"
#include "features/tokenize.hpp"
#include "libalign/error.hpp"
#include "libalign/lexicon.hpp"

namespace libalign::detail {
namespace {

using Strings = std::vector<std::string>;

TEST(Numbers, RussianAndEnglishWritingsAgree) {
  EXPECT_EQ(extract_numbers("1 000"), Strings{"1000"});
  EXPECT_EQ(extract_numbers("1,000"), Strings{"1000"});
  EXPECT_EQ(extract_numbers("1000"), Strings{"1000"});
  EXPECT_EQ(extract_numbers("1\xC2\xA0"
                            "000"),
            Strings{"1000"});  // no-break space
  EXPECT_EQ(extract_numbers("3,5"), Strings{"3.5"});
  EXPECT_EQ(extract_numbers("3.5"), Strings{"3.5"});
  EXPECT_EQ(extract_numbers("3.50"), Strings{"3.5"});
  EXPECT_EQ(extract_numbers("1,234.56"), Strings{"1234.56"});
  EXPECT_EQ(extract_numbers("15 000 000"), Strings{"15000000"});
  EXPECT_EQ(extract_numbers("07"), Strings{"7"});
}

TEST(Numbers, SeparatesNumbersThatAreNotOne) {
  EXPECT_EQ(extract_numbers("в 2020 году 15 человек"), (Strings{"2020", "15"}));
  EXPECT_EQ(extract_numbers("1, 2 и 3"), (Strings{"1", "2", "3"}));
  EXPECT_EQ(extract_numbers("10:30"), (Strings{"10", "30"}));
  EXPECT_EQ(extract_numbers("1.5.2020"), (Strings{"1.5", "2020"}));
  EXPECT_EQ(extract_numbers("без чисел"), Strings{});
  EXPECT_EQ(canonical_number("1 000,50"), "1000.5");
}

TEST(Numbers, WordsHaveTheirValue) {
  EXPECT_EQ(number_word_value("ten"), 10);
  EXPECT_EQ(number_word_value("десять"), 10);
  EXPECT_EQ(number_word_value("десяти"), 10);  // declined
  EXPECT_EQ(number_word_value("трое"), 3);     // collective
  EXPECT_EQ(number_word_value("twenty"), 20);
  EXPECT_EQ(number_word_value("семью"), 0);  // "family", far more often than "seven"
  EXPECT_EQ(number_word_value("one"), 0);    // "the one", "one of them"
  EXPECT_EQ(number_word_value("one", /*in_compound=*/true), 1);
  EXPECT_EQ(number_word_value("house"), 0);
}

TEST(Numbers, WordsBecomeCanonicalNumbersIncludingCompounds) {
  EXPECT_EQ(sentence_features("He waited ten years.", Language::kEnglish).number_words,
            Strings{"10"});
  EXPECT_EQ(sentence_features("Twenty-five of them left.", Language::kEnglish).number_words,
            (Strings{"20", "25"}));
  EXPECT_EQ(sentence_features("Ушли двадцать пять человек.", Language::kRussian).number_words,
            (Strings{"20", "25"}));
  EXPECT_EQ(sentence_features("One of them left.", Language::kEnglish).number_words, Strings{});
  // Written numbers stay numbers, not number words.
  EXPECT_EQ(sentence_features("He waited 10 years.", Language::kEnglish).numbers, Strings{"10"});
}

TEST(Names, TransliteratedRussianNamesMeetTheirEnglishSpelling) {
  EXPECT_EQ(name_key("навальный", true), name_key("navalny", false));
  EXPECT_EQ(name_key("удальцов", true), name_key("udaltsov", false));
  EXPECT_EQ(name_key("александр", true), name_key("alexander", false));
  EXPECT_EQ(name_key("москва", true), name_key("moscow", false));
  // Different names stay apart.
  EXPECT_NE(name_key("навальный", true), name_key("udaltsov", false));
  EXPECT_EQ(name_key("ан", true), "");  // too short to be a reliable key
}

TEST(Names, InflectedFormsShareTheThreeLetterPrefix) {
  const SentenceFeatures ru = sentence_features("Встреча с Путиным.", Language::kRussian);
  const SentenceFeatures en = sentence_features("A meeting with Putin.", Language::kEnglish);
  bool shared = false;
  for (const std::string& a : ru.names) {
    for (const std::string& b : en.names) shared = shared || a == b;
  }
  EXPECT_TRUE(shared);
}

TEST(Tokenize, GivesLowercaseWordsWithScriptAndCase) {
  const std::vector<Token> tokens = tokenize("Ёлка и iPhone, 42!");
  ASSERT_EQ(tokens.size(), 4u);
  EXPECT_EQ(tokens[0].lower, "елка");
  EXPECT_TRUE(tokens[0].capitalized);
  EXPECT_TRUE(tokens[0].cyrillic);
  EXPECT_EQ(tokens[2].lower, "iphone");
  EXPECT_TRUE(tokens[2].latin);
  EXPECT_FALSE(tokens[2].capitalized);
  EXPECT_TRUE(tokens[3].numeric);
}

TEST(Stem, UsesSnowballForEachLanguage) {
  EXPECT_EQ(stem("Кошками", "ru"), stem("кошка", "ru"));
  EXPECT_EQ(stem("running", "en"), "run");
  EXPECT_EQ(stem("Ёжик", "ru"), stem("ежик", "ru"));
  try {
    (void)stem("word", "de");
    FAIL() << "accepted language de";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kInvalidArgument);
  }
}

TEST(Stopwords, AreLeftOutOfTheContentStems) {
  EXPECT_TRUE(is_stopword("the", Language::kEnglish));
  EXPECT_TRUE(is_stopword("и", Language::kRussian));
  EXPECT_FALSE(is_stopword("кошка", Language::kRussian));
  const SentenceFeatures f = sentence_features("The cat and the dog.", Language::kEnglish);
  EXPECT_EQ(f.stems, (Strings{"cat", "dog"}));
}

TEST(SentenceFeatures, CollectsAnchorsAndPunctuation) {
  const SentenceFeatures ru = sentence_features(
      "Пишите на info@example.com или на сайт https://example.com/a?b=1 (до 5 мая)?",
      Language::kRussian);
  EXPECT_EQ(ru.links, (Strings{"info@example.com", "https://example.com/a?b=1"}));
  EXPECT_EQ(ru.punctuation.question, 2);  // one in the URL, one at the end
  EXPECT_EQ(sentence_features("Кот спит.", Language::kRussian).chars, 8u);  // no spaces
  const SentenceFeatures latin = sentence_features("Новый iPhone и COVID.", Language::kRussian);
  EXPECT_EQ(latin.verbatim, (Strings{"iphone", "covid"}));
}

// A headline ends in a word; quoted speech may end in a closing quote with no full stop before it,
// which says nothing either way.
TEST(SentenceFeatures, TellAFullStopFromABareEnd) {
  const auto ending = [](const char* text) {
    return sentence_features(text, Language::kEnglish).punctuation.ending;
  };
  EXPECT_EQ(ending("Ministry announces completion of Zircon tests"), SentenceEnding::kBare);
  EXPECT_EQ(ending("Chapter 1 "), SentenceEnding::kBare);
  EXPECT_EQ(ending("\"Северсталь\" обыграл \"Амур\""), SentenceEnding::kOther);
  EXPECT_EQ(ending("The rest fled on foot\u201d"), SentenceEnding::kOther);
  EXPECT_EQ(ending("Here's how it went:"), SentenceEnding::kColon);
  EXPECT_EQ(ending("Он сказал: \u00abИдём.\u00bb"), SentenceEnding::kFullStop);
  EXPECT_EQ(ending("(See the appendix.)"), SentenceEnding::kFullStop);
  EXPECT_EQ(ending("Wait\u2026"), SentenceEnding::kFullStop);
}

// "…; Capital…" is two sentences run together; a semicolon before a lowercase word (the Synodal
// Bible's clauses) or at the end is not.
TEST(SentenceFeatures, CountSentencesJoinedByASemicolon) {
  const auto joins = [](const char* text, Language language) {
    return sentence_features(text, language).punctuation.joins;
  };
  EXPECT_EQ(joins("Младенца в палате уже не было; По словам отца, все произошло ночью.",
                  Language::kRussian),
            1);
  EXPECT_EQ(joins("It rained; The match was called off;  Fans went home.", Language::kEnglish), 2);
  EXPECT_EQ(joins("They hurried out; \u201cMorning,\u201d Craith said.", Language::kEnglish), 1);
  EXPECT_EQ(joins("Он ушел; «Вернусь», — сказал он.", Language::kRussian), 1);
  EXPECT_EQ(
      joins("и омочит священник перст свой в кровь; и возложит крови на роги;", Language::kRussian),
      0);
  EXPECT_EQ(joins("Wait; 5 minutes; then go; \"soon\".", Language::kEnglish), 0);
}

TEST(SentenceFeatures, CountColonsThatBreakASentence) {
  const auto breaks = [](const char* text) {
    return sentence_features(text, Language::kRussian).punctuation.colon_breaks;
  };
  EXPECT_EQ(breaks("Начну по порядку: В день заезда позвонили."), 1);
  EXPECT_EQ(breaks("Итак: утро, день и вечер: все прошло."), 2);
  EXPECT_EQ(breaks("Такси (в 23:00 цена 850р) см. https://example.com/a:b"), 0);
  EXPECT_EQ(breaks("Вот как это было:"), 0);  // a colon at the end is the ending, not a break
}

TEST(SentenceFeatures, AreTheSameFromSeveralThreads) {
  const std::string text = "Навальный и Удальцов вышли на Болотную площадь 6 мая 2012 года.";
  const SentenceFeatures expected = sentence_features(text, Language::kRussian);
  std::vector<std::thread> threads;
  std::vector<SentenceFeatures> results(4);
  for (std::size_t t = 0; t < results.size(); ++t) {
    threads.emplace_back([&, t] {
      for (int k = 0; k < 50; ++k) results[t] = sentence_features(text, Language::kRussian);
    });
  }
  for (auto& th : threads) th.join();
  for (const SentenceFeatures& r : results) {
    EXPECT_EQ(r.stems, expected.stems);
    EXPECT_EQ(r.names, expected.names);
    EXPECT_EQ(r.numbers, expected.numbers);
  }
}

}  // namespace
}  // namespace libalign::detail
