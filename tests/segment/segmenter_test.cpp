// The built-in rules, one test group per rule family, with Russian and English cases.
#include "libalign/segmenter.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <thread>
#include <vector>

#include "libalign/error.hpp"

namespace libalign {
namespace {

using Texts = std::vector<std::string>;

Texts split_texts(Language language, std::string_view text) {
  const auto segmenter = Segmenter::builtin(language);
  Texts out;
  for (const auto range : segmenter.split(text)) {
    out.push_back(collapse_whitespace(text.substr(range.begin, range.size())));
  }
  return out;
}

Texts ru(std::string_view text) { return split_texts(Language::kRussian, text); }
Texts en(std::string_view text) { return split_texts(Language::kEnglish, text); }

// --- abbreviations -------------------------------------------------------------------------

TEST(SegmenterAbbreviations, RussianNeverFinalAbbreviationsContinue) {
  EXPECT_EQ(ru("Он уехал, т. е. Москва осталась позади. Все молчали."),
            (Texts{"Он уехал, т. е. Москва осталась позади.", "Все молчали."}));
  EXPECT_EQ(ru("Подробнее см. Приложение 2. Там всё есть."),
            (Texts{"Подробнее см. Приложение 2.", "Там всё есть."}));
  EXPECT_EQ(ru("Была утечка т.н. Документов штаба."),
            (Texts{"Была утечка т.н. Документов штаба."}));
  EXPECT_EQ(ru("(Прим. Лермонтова.) Дальше."), (Texts{"(Прим. Лермонтова.)", "Дальше."}));
}

// "нем.", "порт.", "род." name a language or a birth date before a foreign word, a number or
// lowercase text, but are also the words "(в) нем", "порт", "род" (the 22 dev books of the
// Synodal Bible write "нем" 165 times, 23 of them before a new sentence).
TEST(SegmenterAbbreviations, AnAbbreviationThatIsAlsoAWordEndsBeforeACyrillicCapital) {
  EXPECT_EQ(ru("Червей не было в нем. И сказал Моисей: ешьте."),
            (Texts{"Червей не было в нем.", "И сказал Моисей: ешьте."}));
  EXPECT_EQ(ru("Он прибыл в порт. Там ждали. Из рода в род. Пойди."),
            (Texts{"Он прибыл в порт.", "Там ждали.", "Из рода в род.", "Пойди."}));
  EXPECT_EQ(
      ru("Массив (нем. Schwarzwald) высок. От нем. Kraft — сила. Он род. 12 мая."),
      (Texts{"Массив (нем. Schwarzwald) высок.", "От нем. Kraft — сила.", "Он род. 12 мая."}));
}

TEST(SegmenterAbbreviations, RussianPlaceAndTitleWordsBeforeNames) {
  EXPECT_EQ(ru("Он жил в г. Тверь на ул. Советской у проф. Иванова. Потом уехал."),
            (Texts{"Он жил в г. Тверь на ул. Советской у проф. Иванова.", "Потом уехал."}));
}

TEST(SegmenterAbbreviations, RussianYearAbbreviationMayEndASentence) {
  EXPECT_EQ(ru("Завод открыли в 1998 г. Сейчас там музей."),
            (Texts{"Завод открыли в 1998 г.", "Сейчас там музей."}));
  EXPECT_EQ(ru("В 1636 г. он плыл по Оке."), (Texts{"В 1636 г. он плыл по Оке."}));
  // An opening date phrase is not a sentence of its own.
  EXPECT_EQ(ru("В 1998 г. Путин стал директором."), (Texts{"В 1998 г. Путин стал директором."}));
  EXPECT_EQ(ru("Умер в 2009 г. Похоронен в Москве."),
            (Texts{"Умер в 2009 г.", "Похоронен в Москве."}));
  EXPECT_EQ(ru("Это было в XV--XVII вв. Тогда всё изменилось."),
            (Texts{"Это было в XV--XVII вв.", "Тогда всё изменилось."}));
}

TEST(SegmenterAbbreviations, RussianEtceteraEndsBeforeACapital) {
  EXPECT_EQ(ru("Купили хлеб, соль и т. д. Потом пошли домой."),
            (Texts{"Купили хлеб, соль и т. д.", "Потом пошли домой."}));
  EXPECT_EQ(ru("Выступали Семенов и др. учёные."), (Texts{"Выступали Семенов и др. учёные."}));
  EXPECT_EQ(ru("Выпустили 500 тыс. машин. Это рекорд."),
            (Texts{"Выпустили 500 тыс. машин.", "Это рекорд."}));
}

TEST(SegmenterAbbreviations, EnglishTitlesAndLatinAbbreviations) {
  EXPECT_EQ(en("Mr. Brown met Dr. Watson. They talked."),
            (Texts{"Mr. Brown met Dr. Watson.", "They talked."}));
  EXPECT_EQ(en("Bring fruit, e.g. Apples or pears. Thanks."),
            (Texts{"Bring fruit, e.g. Apples or pears.", "Thanks."}));
  EXPECT_EQ(en("He lost, i.e. the game was over."), (Texts{"He lost, i.e. the game was over."}));
}

TEST(SegmenterAbbreviations, EnglishEtceteraAndCompanies) {
  EXPECT_EQ(en("We sold pens, paper, etc. and then we closed."),
            (Texts{"We sold pens, paper, etc. and then we closed."}));
  EXPECT_EQ(en("We sold pens, paper, etc. Then we closed."),
            (Texts{"We sold pens, paper, etc.", "Then we closed."}));
  EXPECT_EQ(en("He works for Acme Inc. at the port. It pays."),
            (Texts{"He works for Acme Inc. at the port.", "It pays."}));
}

TEST(SegmenterAbbreviations, ATitleWrittenInCapitalsIsAnAcronym) {
  EXPECT_EQ(
      en("It will be warm, reports RT. According to Anatoly Tsygankov, it will rain."),
      (Texts{"It will be warm, reports RT.", "According to Anatoly Tsygankov, it will rain."}));
  EXPECT_EQ(en("They filed with the SEC. The company agreed."),
            (Texts{"They filed with the SEC.", "The company agreed."}));
  // The title itself, and capitals throughout, still go on before a name.
  EXPECT_EQ(en("The Rt. Hon. John Major spoke."), (Texts{"The Rt. Hon. John Major spoke."}));
  EXPECT_EQ(en("WE MET DR. SMITH TODAY."), (Texts{"WE MET DR. SMITH TODAY."}));
}

TEST(SegmenterAbbreviations, EnglishCountryInitialismsEndOnlyBeforeASentenceStarter) {
  EXPECT_EQ(en("He moved to the U.K. The weather was bad."),
            (Texts{"He moved to the U.K.", "The weather was bad."}));
  EXPECT_EQ(en("The U.S. Navy sent a ship."), (Texts{"The U.S. Navy sent a ship."}));
}

// --- initials and names ----------------------------------------------------------------------

TEST(SegmenterInitials, RussianInitialsStayWithTheSurname) {
  EXPECT_EQ(ru("Вошёл А. С. Пушкин. Все встали."), (Texts{"Вошёл А. С. Пушкин.", "Все встали."}));
  EXPECT_EQ(ru("Указ подписал В.В. Путин. Он вступил в силу."),
            (Texts{"Указ подписал В.В. Путин.", "Он вступил в силу."}));
  EXPECT_EQ(ru("Директор Чарльз Дж. Филлипс уехал."),
            (Texts{"Директор Чарльз Дж. Филлипс уехал."}));
}

TEST(SegmenterInitials, EnglishInitialsButNotThePronounI) {
  EXPECT_EQ(en("I read J. R. R. Tolkien. George W. Bush did not."),
            (Texts{"I read J. R. R. Tolkien.", "George W. Bush did not."}));
  EXPECT_EQ(en("It was you and I. Did Albert I. Jones come?"),
            (Texts{"It was you and I.", "Did Albert I. Jones come?"}));
  // A single capital before a sentence starter ends the sentence: not an initial.
  EXPECT_EQ(en("It was 98.6 F. It felt hot. A. A. Milne wrote it."),
            (Texts{"It was 98.6 F.", "It felt hot.", "A. A. Milne wrote it."}));
  EXPECT_EQ(ru("Нужен витамин С. Он полезен."), (Texts{"Нужен витамин С.", "Он полезен."}));
}

// --- numbers, dates, times ------------------------------------------------------------------

TEST(SegmenterNumbers, DecimalsDatesTimesAndVersionsDoNotSplit) {
  EXPECT_EQ(ru("Курс вырос на 3,5 % до 27.10.2013 в 10.30 утра. Версия 2.4.1 вышла."),
            (Texts{"Курс вырос на 3,5 % до 27.10.2013 в 10.30 утра.", "Версия 2.4.1 вышла."}));
  EXPECT_EQ(en("It costs $3.50 today. Version 1.2.3 is out."),
            (Texts{"It costs $3.50 today.", "Version 1.2.3 is out."}));
}

TEST(SegmenterNumbers, ReferenceWordsBeforeNumbers) {
  EXPECT_EQ(en("See p. 55 and No. 7 on Jan. 20. It is there."),
            (Texts{"See p. 55 and No. 7 on Jan. 20.", "It is there."}));
  EXPECT_EQ(en("It is at N°. 1026. That is all."), (Texts{"It is at N°. 1026.", "That is all."}));
  EXPECT_EQ(ru("Смотрите рис. 3 на стр. 12. Там схема."),
            (Texts{"Смотрите рис. 3 на стр. 12.", "Там схема."}));
}

TEST(SegmenterNumbers, ANumberCanEndASentence) {
  EXPECT_EQ(en("I have 600. How many do you have?"),
            (Texts{"I have 600.", "How many do you have?"}));
  EXPECT_EQ(ru("Ответ: 42. Других нет."), (Texts{"Ответ: 42.", "Других нет."}));
}

TEST(SegmenterNumbers, NumberedListsSplitIntoItems) {
  EXPECT_EQ(en("1) Buy milk 2) Call Anna 3) Pay rent"),
            (Texts{"1) Buy milk", "2) Call Anna", "3) Pay rent"}));
  EXPECT_EQ(ru("§2. Нахождение оптимума."), (Texts{"§2. Нахождение оптимума."}));
  EXPECT_EQ(ru("Купить: 1)хлеб 2)соль."), (Texts{"Купить: 1)хлеб 2)соль."}));
  EXPECT_EQ(en("• First thing • Second thing"), (Texts{"• First thing", "• Second thing"}));
  EXPECT_EQ(en("• 9. The first item • 10. The second item"),
            (Texts{"• 9. The first item", "• 10. The second item"}));
  EXPECT_EQ(en("a) Apples b) Pears"), (Texts{"a) Apples", "b) Pears"}));
  EXPECT_EQ(en("As payment for 1. above and 2. above, no fee."),
            (Texts{"As payment for 1. above and 2. above, no fee."}));
}

TEST(SegmenterNumbers, ACapitalizedListAfterAColonStartsASentence) {
  // Without the rule the number was cut from its item: "…на выбор: 1." | "Использовать CSS".
  EXPECT_EQ(ru("Можно несколькими способами на выбор: 1. Использовать CSS 2. Использовать шаблон"),
            (Texts{"Можно несколькими способами на выбор:", "1. Использовать CSS",
                   "2. Использовать шаблон"}));
  EXPECT_EQ(en("There are two ways: 1) Use CSS. 2) Use slots. Both work."),
            (Texts{"There are two ways:", "1) Use CSS.", "2) Use slots.", "Both work."}));
  // Lowercase items are a list inside the sentence; a letter after a colon may be an initial.
  EXPECT_EQ(ru("Читается как слоги: 1) уд 2) утт 3) ут."),
            (Texts{"Читается как слоги: 1) уд 2) утт 3) ут."}));
  EXPECT_EQ(en("Written by: A. Smith. It is short."),
            (Texts{"Written by: A. Smith.", "It is short."}));
}

// --- quotes, brackets, ellipses, ?! -----------------------------------------------------------

TEST(SegmenterPunctuation, ClosingQuotesAndBracketsBelongToTheSentence) {
  EXPECT_EQ(ru("Она спросила: «Ты придёшь?» Он кивнул."),
            (Texts{"Она спросила: «Ты придёшь?»", "Он кивнул."}));
  EXPECT_EQ(
      en("He left (as planned.) Then it rained. It was late.[2] Nobody cared."),
      (Texts{"He left (as planned.)", "Then it rained.", "It was late.[2]", "Nobody cared."}));
}

TEST(SegmenterPunctuation, QuotationOpenedMidSentenceIsHeldTogether) {
  EXPECT_EQ(ru("Он сказал: «Иди домой. Там ждут», и ушёл. Все молчали."),
            (Texts{"Он сказал: «Иди домой. Там ждут», и ушёл.", "Все молчали."}));
  EXPECT_EQ(en("He works (He said so. Really.) at home. We agree."),
            (Texts{"He works (He said so. Really.) at home.", "We agree."}));
}

TEST(SegmenterPunctuation, ExclamationsQuestionsAndEllipses) {
  EXPECT_EQ(en("Really?! Yes!!! Wait... what? Well… Fine."),
            (Texts{"Really?!", "Yes!!!", "Wait... what?", "Well…", "Fine."}));
  EXPECT_EQ(ru("Он ушёл… Потом вернулся… и сел."), (Texts{"Он ушёл…", "Потом вернулся… и сел."}));
  EXPECT_EQ(en("'Stop!' cried Alice. She ran."), (Texts{"'Stop!' cried Alice.", "She ran."}));
  // "I" is capitalized anyway: after a quoted question it is the speaker, not a new sentence.
  EXPECT_EQ(en("\"What is it?\" I asked. \"Why?\" I don't know."),
            (Texts{"\"What is it?\" I asked.", "\"Why?\"", "I don't know."}));
  // So is a name before a verb of speech, in fiction's dialogue, also after an ellipsis; a
  // sentence-starter word ("Nobody") or a name that does not speak starts a new sentence.
  EXPECT_EQ(en("\u201CKill or capture?\u201D Craith asked as they watched. \"Oops...\" Tenuk Ross "
               "muttered. \"Fine?\" Nobody answered. \"Go!\" Anna left."),
            (Texts{"\u201CKill or capture?\u201D Craith asked as they watched.",
                   "\"Oops...\" Tenuk Ross muttered.", "\"Fine?\"", "Nobody answered.", "\"Go!\"",
                   "Anna left."}));
}

// A question or exclamation mark before a lowercase word goes on with the sentence, as in the
// Synodal and King James Bibles and in news ("а где же…"); a writer who never capitalizes starts
// a new sentence that way, and is recognized by a sentence that began in lowercase.
TEST(SegmenterPunctuation, AQuestionBeforeALowercaseWordContinues) {
  EXPECT_EQ(
      ru("И сказал ему: что ты спишь? встань, воззови к Богу. О, Господи! пошли другого."),
      (Texts{"И сказал ему: что ты спишь? встань, воззови к Богу.", "О, Господи! пошли другого."}));
  EXPECT_EQ(
      en("Who art thou? that we may give an answer. what happened? i had a blast."),
      (Texts{"Who art thou? that we may give an answer.", "what happened?", "i had a blast."}));
}

TEST(SegmenterPunctuation, AMissingSpaceAfterAStopStillEndsTheSentence) {
  EXPECT_EQ(en("Hello world.Today is Tuesday.Mr. Smith came."),
            (Texts{"Hello world.", "Today is Tuesday.", "Mr. Smith came."}));
  EXPECT_EQ(ru("Мы пришли.Никого не было."), (Texts{"Мы пришли.", "Никого не было."}));
  EXPECT_EQ(en("Go to www.testurl.Awesome.com now."),
            (Texts{"Go to www.testurl.Awesome.com now."}));
}

TEST(SegmenterPunctuation, ASmileyBeforeACapitalEndsTheSentence) {
  EXPECT_EQ(en("Come in January, it is less crowded :) It's too bad the pool is shut."),
            (Texts{"Come in January, it is less crowded :)", "It's too bad the pool is shut."}));
  EXPECT_EQ(ru("Всё сломалось :(( Больше не приду."),
            (Texts{"Всё сломалось :((", "Больше не приду."}));
  // Before a lowercase word it goes on; glued to a word it may close a parenthesis; and its
  // mouth opens no bracket that would hold the next stops together.
  EXPECT_EQ(en("I knew who to call :) and they came."),
            (Texts{"I knew who to call :) and they came."}));
  EXPECT_EQ(en("(none shall appear before me empty:) And the feast."),
            (Texts{"(none shall appear before me empty:) And the feast."}));
  EXPECT_EQ(en("Sad :( Really. Then we left."), (Texts{"Sad :(", "Really.", "Then we left."}));
}

TEST(SegmenterPunctuation, FootnoteAndOmissionMarksStayWithTheSentence) {
  EXPECT_EQ(en("We tested this out.1 But it broke. Really. [2] Then we stopped."),
            (Texts{"We tested this out.1", "But it broke.", "Really. [2]", "Then we stopped."}));
  EXPECT_EQ(en("\"Bohr [...] used stairways [...]\" (Smith 55)."),
            (Texts{"\"Bohr [...] used stairways [...]\" (Smith 55)."}));
}

// --- dialogue dashes --------------------------------------------------------------------------

TEST(SegmenterDialogue, AuthorsWordsAfterTheSpeechStayWithIt) {
  EXPECT_EQ(ru("— Пойдём! — сказал он. — Пора."), (Texts{"— Пойдём! — сказал он.", "— Пора."}));
  EXPECT_EQ(ru("-- Ты что делаешь? -- сердито спросила мама."),
            (Texts{"-- Ты что делаешь? -- сердито спросила мама."}));
}

TEST(SegmenterDialogue, ANewSpeakersLineStartsASentence) {
  EXPECT_EQ(ru("— Ты ей скажи, что я ей гостинца дам. — А мне дашь?"),
            (Texts{"— Ты ей скажи, что я ей гостинца дам.", "— А мне дашь?"}));
  EXPECT_EQ(en("What do you see? - Ships, mostly."),
            (Texts{"What do you see?", "- Ships, mostly."}));
}

// --- URLs, e-mails, file names, datelines --------------------------------------------------

TEST(SegmenterNonBoundaries, UrlsEmailsAndFileNames) {
  EXPECT_EQ(en("Visit http://example.com/a?b=1 now. Mail john.smith@example.org today."),
            (Texts{"Visit http://example.com/a?b=1 now.", "Mail john.smith@example.org today."}));
  EXPECT_EQ(ru("Откройте файл report.final.pdf в папке. Готово."),
            (Texts{"Откройте файл report.final.pdf в папке.", "Готово."}));
  EXPECT_EQ(en("She works at Yahoo! in Paris."), (Texts{"She works at Yahoo! in Paris."}));
}

// A reply in a thread opens with the handle it answers, lowercase or not.
TEST(SegmenterBoundaries, AHandleAfterAStopStartsASentence) {
  EXPECT_EQ(en("I’ll give it a try. @user22 oh, you want the browser to fix it?"),
            (Texts{"I’ll give it a try.", "@user22 oh, you want the browser to fix it?"}));
  EXPECT_EQ(ru("Статья хороша – так и есть. @user39 только что увидела её."),
            (Texts{"Статья хороша – так и есть.", "@user39 только что увидела её."}));
  // An "@" that is not a handle does not.
  EXPECT_EQ(en("Meet me at the café, etc. @ noon, they said."),
            (Texts{"Meet me at the café, etc. @ noon, they said."}));
}

// A clock time's time zone goes on with it; without one, "p.m." may end the sentence.
TEST(SegmenterNonBoundaries, ATimeZoneAfterAClockTimeContinues) {
  EXPECT_EQ(
      en("The game starts at 10 P.M. Moscow time, and ends late. Call at 9 a.m. ET."),
      (Texts{"The game starts at 10 P.M. Moscow time, and ends late.", "Call at 9 a.m. ET."}));
  EXPECT_EQ(en("We met at 2:00 p.m. The next day was fine."),
            (Texts{"We met at 2:00 p.m.", "The next day was fine."}));
}

// "At 5 a.m." opening a sentence is not a sentence, as "В 1998 г." is not.
TEST(SegmenterNonBoundaries, AClockTimeOpeningTheSentenceContinues) {
  EXPECT_EQ(
      en("At 5 a.m. Mr. Smith went to the bank. He left at 6 P.M. Then he slept."),
      (Texts{"At 5 a.m. Mr. Smith went to the bank.", "He left at 6 P.M.", "Then he slept."}));
  EXPECT_EQ(en("By 10:30 p.m. The Times had the story."),
            (Texts{"By 10:30 p.m. The Times had the story."}));
}

// A byline's "|" or a stray comma after an abbreviation cannot open a sentence.
TEST(SegmenterNonBoundaries, PunctuationThatNeverOpensASentenceContinues) {
  EXPECT_EQ(ru("5 сент. 2024 г. | 10:32"), (Texts{"5 сент. 2024 г. | 10:32"}));
  EXPECT_EQ(en("Smith et al. , 2019. Acme Inc. ; see below."),
            (Texts{"Smith et al. , 2019.", "Acme Inc. ; see below."}));
}

// A post's closing hashtags belong to its last sentence.
TEST(SegmenterNonBoundaries, ClosingHashtagsStayWithTheLastSentence) {
  EXPECT_EQ(en("Absolute rocket from Stroud on a perfect half turn to goal. #DCU #MLS #MastodonFC"),
            (Texts{"Absolute rocket from Stroud on a perfect half turn to goal. #DCU #MLS "
                   "#MastodonFC"}));
  EXPECT_EQ(ru("Гол — просто пушка от Страуда. Браво! #ДСЮ #МЛС #фкмастодон"),
            (Texts{"Гол — просто пушка от Страуда.", "Браво! #ДСЮ #МЛС #фкмастодон"}));
  // Tags followed by more text are not closing tags.
  EXPECT_EQ(en("We won. #DCU Next week we play Miami."),
            (Texts{"We won.", "#DCU Next week we play Miami."}));
}

// --- lines without final punctuation ----------------------------------------------------------

TEST(SegmenterLines, LinesWithoutFinalPunctuationAreTheirOwnSegments) {
  EXPECT_EQ(en("Breaking news\nBy John Smith\nThe storm hit the coast. Liked by 4 people\nMore"),
            (Texts{"Breaking news", "By John Smith", "The storm hit the coast.",
                   "Liked by 4 people", "More"}));
  EXPECT_EQ(ru("Глава первая\nБыл вечер. Шёл дождь."),
            (Texts{"Глава первая", "Был вечер.", "Шёл дождь."}));
}

TEST(SegmenterLines, LinesWithFinalPunctuationFollowTheRules) {
  EXPECT_EQ(en("It was Mr.\nSmith who came."), (Texts{"It was Mr. Smith who came."}));
}

TEST(SegmenterLines, ATrailingSpaceBeforeALowercaseLineIsASoftBreak) {
  EXPECT_EQ(en("It was a cold \nnight in the city."), (Texts{"It was a cold night in the city."}));
  EXPECT_EQ(en("It was a cold\nnight in the city."),
            (Texts{"It was a cold", "night in the city."}));
}

TEST(SegmenterLines, HardWrappedProseIsJoined) {
  const std::string text =
      "It was the best of times, it was the worst of times, it was the age of\n"
      "wisdom, it was the age of foolishness, it was the epoch of belief, it\n"
      "was the epoch of incredulity, it was the season of Light. It was the\n"
      "season of Darkness.";
  EXPECT_EQ(en(text).size(), 2U);
}

// --- the Segmenter API ---------------------------------------------------------------------

TEST(SegmenterApi, RangesAreTrimmedAndPointIntoTheText) {
  const std::string text = "  First one.   Second one.  ";
  const auto ranges = Segmenter::builtin(Language::kEnglish).split(text);
  ASSERT_EQ(ranges.size(), 2U);
  EXPECT_EQ(text.substr(ranges[0].begin, ranges[0].size()), "First one.");
  EXPECT_EQ(text.substr(ranges[1].begin, ranges[1].size()), "Second one.");
}

TEST(SegmenterApi, EmptyAndBlankTextGiveNoSentences) {
  EXPECT_TRUE(Segmenter::builtin(Language::kRussian).split("").empty());
  EXPECT_TRUE(Segmenter::builtin(Language::kRussian).split(" \n\n ").empty());
}

TEST(SegmenterApi, UnknownLanguageIsAnInvalidArgument) {
  try {
    (void)Segmenter::builtin(Language::kUnknown);
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kInvalidArgument);
  }
}

TEST(SegmenterApi, SegmentFillsSentencesWithParagraphIndexAndRanges) {
  Document document;
  document.language = Language::kEnglish;
  document.text = "One.  Two \t lines.\n\nThree.";
  document.paragraphs = {{0, 18}, {20, 26}};
  Segmenter::builtin(Language::kEnglish).segment(document);
  ASSERT_EQ(document.sentences.size(), 3U);
  EXPECT_EQ(document.sentence_text(0), "One.");
  EXPECT_EQ(document.sentence_text(1), "Two lines.");
  EXPECT_EQ(document.sentences[1].range, (TextRange{6, 18}));
  EXPECT_EQ(document.sentences[1].paragraph, 0U);
  EXPECT_EQ(document.sentence_text(2), "Three.");
  EXPECT_EQ(document.sentences[2].paragraph, 1U);
}

// Random text from the characters the rules care about: the contract holds whatever the rules
// decide (ranges in order, trimmed, non-empty, and every non-space byte in some range).
TEST(SegmenterApi, RandomTextKeepsTheRangeContract) {
  const std::vector<std::string> pieces = {"a",  "Б",  "x",    "Mr", "т",       "е", "U", "S", "1",
                                           "23", ".",  ".",    "!",  "?",       "…", "«", "»", "\"",
                                           "'",  "(",  ")",    "[",  "]",       "—", "-", " ", " ",
                                           " ",  "\n", "\n\n", "•",  "http://", "@", "．"};
  std::mt19937 random(12345);
  for (const auto language : {Language::kRussian, Language::kEnglish}) {
    const auto segmenter = Segmenter::builtin(language);
    for (int round = 0; round < 2000; ++round) {
      std::string text;
      const auto length = random() % 40;
      for (std::size_t i = 0; i < length; ++i) text += pieces[random() % pieces.size()];
      const auto ranges = segmenter.split(text);
      std::size_t covered_until = 0;
      for (const auto range : ranges) {
        ASSERT_LT(range.begin, range.end) << text;
        ASSERT_LE(range.end, text.size()) << text;
        ASSERT_LE(covered_until, range.begin) << text;
        const auto gap = std::string_view(text).substr(covered_until, range.begin - covered_until);
        ASSERT_EQ(collapse_whitespace(gap), "") << "text outside sentences in: " << text;
        const auto sentence = std::string_view(text).substr(range.begin, range.size());
        ASSERT_FALSE(collapse_whitespace(sentence).empty()) << text;
        ASSERT_NE(sentence.front(), ' ') << text;
        ASSERT_NE(sentence.back(), ' ') << text;
        ASSERT_NE(sentence.back(), '\n') << text;
        covered_until = range.end;
      }
      ASSERT_EQ(collapse_whitespace(std::string_view(text).substr(covered_until)), "") << text;
    }
  }
}

TEST(SegmenterApi, CollapseWhitespace) {
  EXPECT_EQ(collapse_whitespace("  a \t b\n\nc  "), "a b c");
  EXPECT_EQ(collapse_whitespace("слово\u00A0слово"), "слово слово");
  EXPECT_EQ(collapse_whitespace(" \n "), "");
}

TEST(SegmenterApi, ConcurrentSplitsAgreeWithASingleThread) {
  const auto segmenter = Segmenter::builtin(Language::kRussian);
  std::string text;
  for (int i = 0; i < 200; ++i)
    text += "Вошёл А. С. Пушкин, т. е. поэт. — Здравствуйте! — сказал он. ";
  const auto expected = segmenter.split(text);
  std::vector<std::thread> threads;
  std::vector<int> same(4, 0);  // not vector<bool>: threads write neighbouring elements
  for (std::size_t t = 0; t < same.size(); ++t) {
    threads.emplace_back([&, t] {
      bool ok = true;
      for (int round = 0; round < 20; ++round) ok = ok && segmenter.split(text) == expected;
      same[t] = ok;
    });
  }
  for (auto& thread : threads) thread.join();
  for (const int ok : same) EXPECT_TRUE(ok);
}

}  // namespace
}  // namespace libalign
