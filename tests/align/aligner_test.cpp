// The aligner on small hand-made document pairs whose right beads are known, one signal at a
// time, plus the invariants every alignment must keep.
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <random>
#include <set>
#include <thread>

#include "align/align_pair.hpp"
#include "align/bead_cost.hpp"
#include "align/cognates.hpp"
#include "align/encoded.hpp"
#include "align/length_cost.hpp"
#include "align/lexical_cost.hpp"
#include "align_fixture.hpp"
#include "features/names.hpp"

namespace libalign {
namespace {

using testing::aligner_with;
using testing::document;
using testing::layout;
using testing::lexicon;
using testing::types;

// Words of the sentences below, as a user lexicon would give them.
std::shared_ptr<const Lexicon> words() {
  return lexicon(
      {{"кошка", "cat"},       {"спит", "sleeps"},      {"дом", "house"},      {"собака", "dog"},
       {"играет", "plays"},    {"сад", "garden"},       {"утро", "morning"},   {"дождь", "rain"},
       {"днем", "afternoon"},  {"солнце", "sun"},       {"вечер", "evening"},  {"корабль", "ship"},
       {"море", "sea"},        {"учитель", "teacher"},  {"читает", "reads"},   {"книга", "book"},
       {"дети", "children"},   {"пишут", "write"},      {"письмо", "letter"},  {"поезд", "train"},
       {"город", "city"},      {"ушли", "left"},        {"выступил", "spoke"}, {"суд", "court"},
       {"мост", "bridge"},     {"река", "river"},       {"старый", "old"},     {"новый", "new"},
       {"построили", "built"}, {"рыбаки", "fishermen"}, {"ловят", "catch"},    {"рыба", "fish"},
       {"лодка", "boat"}});
}

// Sentences that the lexicon links, 1:1.
constexpr const char* kRu[] = {
    "Кошка спит в доме.", "Собака играет в саду.",        "Учитель читает книгу.",
    "Дети пишут письмо.", "Старый мост стоит над рекой.", "Рыбаки ловят рыбу с лодки.",
};
constexpr const char* kEn[] = {
    "The cat sleeps in the house.",
    "The dog plays in the garden.",
    "The teacher reads a book.",
    "The children write a letter.",
    "The old bridge stands over the river.",
    "The fishermen catch fish from a boat.",
};

TEST(GaleChurch, CostGrowsWithTheLengthMismatch) {
  const detail::LengthModel model{1.0, 2.0};
  EXPECT_NEAR(detail::length_cost(100, 100, model), 0.0, 1e-9);
  const double near = detail::length_cost(100, 110, model);
  const double far = detail::length_cost(100, 150, model);
  const double absurd = detail::length_cost(100, 1000, model);
  EXPECT_GT(near, 0.0);
  EXPECT_GT(far, near);
  EXPECT_GT(absurd, far);
  EXPECT_LE(absurd, 25.0);  // capped
  // The same relative mismatch is stronger evidence on longer sentences.
  EXPECT_GT(detail::length_cost(1000, 1500, model), far);
  // The ratio estimated on the pair is what "matching" means.
  EXPECT_NEAR(detail::length_cost(100, 120, detail::LengthModel{1.2, 2.0}), 0.0, 1e-9);
}

TEST(GaleChurch, LengthModelIsEstimatedOnThePair) {
  const detail::LengthModel prior{1.0, 2.0};
  const auto initial = detail::initial_length_model(100000, 120000, prior);
  EXPECT_NEAR(initial.ratio, 1.2, 0.01);
  // A short pair leans on the prior.
  EXPECT_LT(detail::initial_length_model(100, 200, prior).ratio, 1.1);
  std::vector<std::pair<double, double>> pairs(200, {100.0, 120.0});
  pairs.push_back({100.0, 300.0});  // one wrong bead does not move the estimate much
  const auto refined = detail::refine_length_model(pairs, detail::LengthModel{1.0, 2.0});
  EXPECT_NEAR(refined.ratio, 1.2, 0.02);
  EXPECT_LT(refined.variance, 2.0);
}

TEST(LexicalModel, MatchesRewardAndMissesCost) {
  const detail::LexicalModel model(0.5, 0.05);
  auto llr = [&](int ru_words, int ru_matched, int en_words, int en_matched, std::size_t ru_n = 1,
                 std::size_t en_n = 1) {
    return model.llr(detail::LexicalMatch{ru_words, en_words, ru_matched, en_matched}, ru_n, en_n,
                     AlignWeights{}.repeat_credit);
  };
  EXPECT_GT(llr(10, 6, 10, 6), 0.0);
  EXPECT_LT(llr(10, 0, 10, 0), 0.0);
  EXPECT_GT(llr(10, 8, 10, 8), llr(10, 6, 10, 6));
  // A word matched more often on one side than the other side has matches (the same Russian
  // word translated in several English clauses) earns nothing, and costs nothing.
  EXPECT_DOUBLE_EQ(llr(10, 5, 20, 15), llr(10, 5, 10, 5));
  // Unless a side of three or more sentences each find their own translations in the bead
  // (a long sentence against clauses that restate its nouns): then the surplus earns the credit.
  const detail::LexicalMatch restated{10, 20, 8, 16, 0, 0};
  EXPECT_GT(model.llr(restated, 1, 3, 0.5), model.llr(restated, 1, 3, 0.0));
  detail::LexicalMatch one_unsupported = restated;
  one_unsupported.en_unsupported = 1;  // a clause that finds nothing of its own: no credit
  EXPECT_DOUBLE_EQ(model.llr(one_unsupported, 1, 3, 0.5), model.llr(restated, 1, 3, 0.0));
  // Two sentences (a pair and its neighbour, the usual news case): no credit.
  EXPECT_DOUBLE_EQ(model.llr(restated, 1, 2, 0.5), model.llr(restated, 1, 2, 0.0));
  // Facing more sentences, a match is likelier by chance and says less.
  EXPECT_LT(llr(10, 6, 10, 6, 1, 3), llr(10, 6, 10, 6, 1, 1));
}

// The prior against merging follows the document's own rate of merged sentences: a document
// whose first pass merged little (clean news) pays more for a merge, one that merged much (raw
// Bible text) less; merges that "…; Capital…" joins account for do not count, and a short
// document stays near the prior.
TEST(MergePrior, FollowsTheRateOfMergedSentencesInTheFirstPass) {
  const Document ru =
      document(Language::kRussian, {{"Кошка спит в доме; Собака играет в саду.", kRu[2], kRu[3]}});
  const Document en = document(Language::kEnglish, {{kEn[0], kEn[1], kEn[2], kEn[3]}});
  const detail::EncodedPair pair = detail::encode_pair(ru, en, {});
  const AlignWeights w;
  auto path_of = [](std::size_t beads, detail::Span ru, detail::Span en) {
    std::vector<detail::Step> path(beads, detail::Step{detail::Span{1, 1}, detail::Span{2, 1}, 0});
    path.front() = detail::Step{ru, en, 0};
    return path;
  };
  // 200 beads, all 1:1: no merges at all.
  const double none = detail::refined_many(pair, path_of(200, {0, 1}, {0, 1}), w);
  EXPECT_GT(none, w.many + 1.5);
  // 200 beads, a 1:3 among them (two extra sentences): a rate of 0.01 is still far below 0.15.
  const double rare = detail::refined_many(pair, path_of(200, {0, 1}, {0, 3}), w);
  EXPECT_LT(rare, none);
  EXPECT_GT(rare, w.many);
  // Every bead a 1:2 (a rate of 1): merging is the rule, and costs less than the prior says.
  std::vector<detail::Step> merging(100, detail::Step{detail::Span{1, 1}, detail::Span{2, 2}, 0});
  EXPECT_LT(detail::refined_many(pair, merging, w), w.many - 1.5);
  // The join in the first Russian sentence accounts for its 1:2: no merge to count.
  EXPECT_DOUBLE_EQ(detail::refined_many(pair, path_of(200, {0, 1}, {0, 2}), w), none);
  // A few beads say little: the prior holds.
  EXPECT_NEAR(detail::refined_many(pair, path_of(3, {0, 1}, {0, 1}), w), w.many, 0.2);
}

// The DP counts word matches through MatchCache's bit masks; a bead the cache cannot hold (a
// sentence of more than 64 words, a pair outside the band) is counted directly. Both must give
// the same counts, or the alignment would depend on which path a bead took.
TEST(MatchCache, GivesTheCountsOfADirectCount) {
  std::string ru_long, en_long;
  for (int k = 0; k < 70; ++k) {
    ru_long += k % 2 == 0 ? "кошка " : "дом ";
    en_long += k % 2 == 0 ? "cat " : "house ";
  }
  ru_long += "спит.";
  en_long += "sleeps.";
  const Document ru = document(Language::kRussian,
                               {{kRu[0], kRu[1], ru_long.c_str(), kRu[2], kRu[3], kRu[4], kRu[0]}});
  const Document en = document(Language::kEnglish,
                               {{kEn[0], en_long.c_str(), kEn[1], kEn[2], kEn[4], kEn[3], kEn[0]}});
  const auto lex = words();
  const detail::EncodedPair pair = detail::encode_pair(ru, en, {lex.get()});
  detail::Scratch scratch = detail::make_scratch(pair);
  const std::size_t n = pair.ru.size(), m = pair.en.size();
  constexpr std::size_t kMaxSide = 3;
  // A band one sentence either side of the diagonal, so that some beads fall outside it.
  std::vector<std::size_t> lo(n + 1), hi(n + 1);
  for (std::size_t i = 0; i <= n; ++i) {
    lo[i] = i > 1 ? i - 1 : 0;
    hi[i] = std::min(m, i + 1);
  }
  const detail::MatchCache cache(pair, lo, hi, kMaxSide, scratch);
  int cached = 0, direct = 0;
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = 0; j < m; ++j) {
      for (std::size_t a = 1; a <= kMaxSide && i + a <= n; ++a) {
        for (std::size_t b = 1; b <= kMaxSide && j + b <= m; ++b) {
          const detail::Span rs{i, a}, es{j, b};
          SCOPED_TRACE(::testing::Message() << "ru " << i << "+" << a << " en " << j << "+" << b);
          detail::LexicalMatch from_cache;
          const bool held = cache.match(rs, es, from_cache);
          // Sentence 2 of the Russian side and 1 of the English have 71 words.
          if ((i <= 2 && 2 < i + a) || (j <= 1 && 1 < j + b)) {
            EXPECT_FALSE(held);
          }
          if (!held) {
            ++direct;
            continue;
          }
          ++cached;
          const detail::LexicalMatch counted = detail::lexical_match(pair, rs, es, scratch);
          EXPECT_EQ(from_cache.ru_words, counted.ru_words);
          EXPECT_EQ(from_cache.en_words, counted.en_words);
          EXPECT_EQ(from_cache.ru_matched, counted.ru_matched);
          EXPECT_EQ(from_cache.en_matched, counted.en_matched);
          EXPECT_EQ(from_cache.ru_unsupported, counted.ru_unsupported);
          EXPECT_EQ(from_cache.en_unsupported, counted.en_unsupported);
        }
      }
    }
  }
  EXPECT_GT(cached, 20);
  EXPECT_GT(direct, 20);
}

TEST(Aligner, OneToOneDocumentGivesOneToOneBeads) {
  const Document ru =
      document(Language::kRussian, {{kRu[0], kRu[1], kRu[2]}, {kRu[3], kRu[4], kRu[5]}});
  const Document en =
      document(Language::kEnglish, {{kEn[0], kEn[1], kEn[2]}, {kEn[3], kEn[4], kEn[5]}});
  const auto beads = aligner_with(words()).align(ru, en);
  EXPECT_EQ(types(beads), (std::vector<std::string>(6, "1:1")));
  for (const Bead& b : beads) {
    EXPECT_EQ(b.ru_begin, b.en_begin);
    EXPECT_GE(b.score, 0.5) << b.ru_text(ru);
  }
}

TEST(Aligner, SplitsOneSentenceIntoTwo) {
  const Document ru = document(Language::kRussian,
                               {{kRu[2], "Кошка спит в доме, а собака играет в саду.", kRu[3]}});
  const Document en = document(Language::kEnglish, {{kEn[2], kEn[0], kEn[1], kEn[3]}});
  const auto beads = aligner_with(words()).align(ru, en);
  EXPECT_EQ(layout(beads), "[0]:[0] [1]:[1, 2] [2]:[3]");
}

TEST(Aligner, SplitsOneSentenceIntoThree) {
  const Document ru = document(
      Language::kRussian,
      {{kRu[2], "Утром шел дождь, днем светило солнце, а вечером корабль ушел в море.", kRu[3]}});
  const Document en =
      document(Language::kEnglish,
               {{kEn[2], "In the morning there was rain.", "In the afternoon the sun was shining.",
                 "In the evening the ship sailed out to sea.", kEn[3]}});
  const auto beads = aligner_with(words()).align(ru, en);
  EXPECT_EQ(layout(beads), "[0]:[0] [1]:[1, 2, 3] [2]:[4]");
}

// Bible translations: one Russian sentence of clauses joined by semicolons, one English
// sentence per clause. The five go together, not four with one left over.
TEST(Aligner, SplitsOneSentenceIntoFive) {
  const Document ru = document(
      Language::kRussian,
      {{kRu[2],
        "Кошка спит в доме; собака играет в саду; дети пишут письмо; рыбаки ловят рыбу с лодки; "
        "старый мост стоит над рекой.",
        kRu[3]}});
  const Document en =
      document(Language::kEnglish, {{kEn[2], kEn[0], kEn[1], kEn[3], kEn[5], kEn[4], kEn[3]}});
  const auto beads = aligner_with(words()).align(ru, en);
  EXPECT_EQ(layout(beads), "[0]:[0] [1]:[1, 2, 3, 4, 5] [2]:[6]");
}

// The Synodal Bible joins up to eight KJV verses in one sentence: all seven go together.
TEST(Aligner, SplitsOneSentenceIntoSeven) {
  const Document ru = document(
      Language::kRussian,
      {{"Днем светило солнце.",
        "Кошка спит в доме; собака играет в саду; учитель читает книгу; дети пишут письмо; "
        "старый мост стоит над рекой; рыбаки ловят рыбу с лодки; утром шел дождь.",
        "Вечером корабль ушел в море."}});
  const Document en = document(
      Language::kEnglish,
      {{"In the afternoon the sun was shining.", kEn[0], kEn[1], kEn[2], kEn[3], kEn[4], kEn[5],
        "In the morning there was rain.", "In the evening the ship sailed out to sea."}});
  const auto beads = aligner_with(words()).align(ru, en);
  EXPECT_EQ(layout(beads), "[0]:[0] [1]:[1, 2, 3, 4, 5, 6, 7] [2]:[8]");
}

// Past the eight the search offers (a Synodal sentence of nine or more KJV verses), the ninth
// would be left out beside the other eight; the beads are merged after the search.
TEST(Aligner, SplitsOneSentenceIntoNine) {
  const Document ru = document(
      Language::kRussian,
      {{"Поезд ушел в город.",
        "Кошка спит в доме; собака играет в саду; учитель читает книгу; дети пишут письмо; "
        "старый мост стоит над рекой; рыбаки ловят рыбу с лодки; утром шел дождь; днем светило "
        "солнце; вечером корабль ушел в море.",
        "Новый мост построили над рекой."}});
  const Document en = document(
      Language::kEnglish,
      {{"The train left for the city.", kEn[0], kEn[1], kEn[2], kEn[3], kEn[4], kEn[5],
        "In the morning there was rain.", "In the afternoon the sun was shining.",
        "In the evening the ship sailed out to sea.", "A new bridge was built over the river."}});
  const auto beads = aligner_with(words()).align(ru, en);
  EXPECT_EQ(layout(beads), "[0]:[0] [1]:[1, 2, 3, 4, 5, 6, 7, 8, 9] [2]:[10]");
}

// Leviticus: one Synodal sentence, four KJV verses that each restate its nouns. The first verse
// matches only words that the other three match as well, so it adds no match the Russian side
// can pay back; without credit for such repeats it was left out (raw Bible text).
TEST(Aligner, VersesThatRestateOneLongSentenceAllJoinIt) {
  auto offerings = std::make_shared<Lexicon>(*words());
  offerings->merge(*lexicon({{"приносит", "offers"},
                             {"овцу", "sheep"},
                             {"священник", "priest"},
                             {"жертвенника", "altar"},
                             {"заколет", "kill"},
                             {"покропит", "sprinkle"},
                             {"кровью", "blood"},
                             {"сожжет", "burn"}}));
  const Document ru = document(
      Language::kRussian,
      {{kRu[0], kRu[1], kRu[2],
        "Если кто из вас приносит овцу в дар, то священник заколет ее перед жертвенником у входа, "
        "покропит ее кровью жертвенник со всех сторон и сожжет ее всю на жертвеннике в приятное "
        "благоухание.",
        kRu[3], kRu[4], kRu[5]}});
  const Document en = document(
      Language::kEnglish,
      {{kEn[0], kEn[1], kEn[2], "If any man offers a sheep, the priest offers it at the altar.",
        "And the priest shall kill the sheep before the altar and offers its blood.",
        "And the priest shall sprinkle the blood of the sheep on the altar round about.",
        "And the priest shall burn the sheep upon the altar: he offers it as a sweet savour.",
        kEn[3], kEn[4], kEn[5]}});
  const std::string expected = "[0]:[0] [1]:[1] [2]:[2] [3]:[3, 4, 5, 6] [4]:[7] [5]:[8] [6]:[9]";
  EXPECT_EQ(layout(aligner_with(offerings).align(ru, en)), expected);
  AlignOptions no_credit;
  no_credit.weights.repeat_credit = 0;
  EXPECT_EQ(layout(aligner_with(offerings, no_credit).align(ru, en)),
            "[0]:[0] [1]:[1] [2]:[2] []:[3] [3]:[4, 5, 6] [4]:[7] [5]:[8] [6]:[9]");
}

// Two sentences run together with a semicolon ("…; Capital…") are translated as two: the second
// English one joins the pair though the lexicon knows none of its words and it is longer than
// the clause it translates, where otherwise it would be left out.
TEST(Aligner, ASemicolonBeforeACapitalJoinsTwoSentences) {
  const Document ru =
      document(Language::kRussian,
               {{kRu[0], kRu[1], "Учитель читает книгу; Ее написал его друг.", kRu[3], kRu[4]}});
  const Document en =
      document(Language::kEnglish,
               {{kEn[0], kEn[1], kEn[2],
                 "A friend of his wrote it for him many years ago, when young.", kEn[3], kEn[4]}});
  EXPECT_EQ(layout(aligner_with(words()).align(ru, en)),
            "[0]:[0] [1]:[1] [2]:[2, 3] [3]:[4] [4]:[5]");
  AlignOptions not_joined;
  not_joined.weights.joined = 0;
  EXPECT_EQ(layout(aligner_with(words(), not_joined).align(ru, en)),
            "[0]:[0] [1]:[1] [2]:[2] []:[3] [3]:[4] [4]:[5]");
}

// A paragraph that ends with a colon runs on into the next one; where the other side keeps the
// colon inside one sentence, the two are that sentence split by the paragraph, not a sentence
// the other side lacks. The same short sentence ending with a full stop is left out.
TEST(Aligner, AParagraphEndingWithAColonJoinsTheNextSentence) {
  const Document ru = document(
      Language::kRussian,
      {{kRu[0], kRu[1],
        "Расскажу по порядку: утром учитель читает детям книгу, дети пишут письмо, а вечером "
        "старый корабль уходит в море.",
        kRu[4], kRu[5]}});
  const auto en_with = [](const char* lead) {
    return document(Language::kEnglish,
                    {{kEn[0], kEn[1], lead},
                     {"In the morning the teacher reads the children a book, the children write a "
                      "letter, and in the evening the old ship sails out to sea.",
                      kEn[4], kEn[5]}});
  };
  EXPECT_EQ(layout(aligner_with(words()).align(ru, en_with("Here is how it went:"))),
            "[0]:[0] [1]:[1] [2]:[2, 3] [3]:[4] [4]:[5]");
  EXPECT_EQ(layout(aligner_with(words()).align(ru, en_with("Here is how it went."))),
            "[0]:[0] [1]:[1] []:[2] [2]:[3] [3]:[4] [4]:[5]");
}

TEST(Aligner, LeavesOutAParagraphPresentOnOneSideOnly) {
  const Document ru = document(
      Language::kRussian, {{kRu[0], kRu[1]},
                           {"Примечание переводчика к этой главе.",
                            "Оно длинное и ничего не переводит.", "В английском тексте его нет."},
                           {kRu[2], kRu[3]}});
  const Document en = document(Language::kEnglish, {{kEn[0], kEn[1]}, {kEn[2], kEn[3]}});
  const auto beads = aligner_with(words()).align(ru, en);
  EXPECT_EQ(layout(beads), "[0]:[0] [1]:[1] [2]:[] [3]:[] [4]:[] [5]:[2] [6]:[3]");
  for (const Bead& b : beads) {
    if (b.en_count == 0) {
      EXPECT_EQ(b.score, 0.0);
    }
  }
}

// Words with no candidate translation anywhere in the other document match in no bead, true or
// not: they are no evidence against a pair. Counted as misses, the forty unknown words of this
// pair cost more than leaving both sentences out.
TEST(Aligner, WordsTheLexiconDoesNotKnowDoNotPushAPairOut) {
  const char* ru_long =
      "Вчерашние многочасовые переговоры делегаций завершились подписанием предварительного "
      "протокола о намерениях, согласованием графика консультаций экспертов, обменом "
      "верительными грамотами и совместным заявлением министров.";
  const char* en_long =
      "Yesterday's lengthy negotiations between the delegations ended with the signing of a "
      "preliminary memorandum of intent, an agreed schedule of expert consultations, an "
      "exchange of credentials and a joint statement by the ministers.";
  const Document ru = document(Language::kRussian, {{kRu[0], kRu[1], ru_long, kRu[2], kRu[3]}});
  const Document en = document(Language::kEnglish, {{kEn[0], kEn[1], en_long, kEn[2], kEn[3]}});
  const auto beads = aligner_with(words()).align(ru, en);
  EXPECT_EQ(layout(beads), "[0]:[0] [1]:[1] [2]:[2] [3]:[3] [4]:[4]");
}

// A headline present on one side only repeats the first sentence's words; what tells them apart
// is that the sentence ends with a full stop, as its translation does, and the headline does not.
TEST(Aligner, AHeadlineOnOneSideDoesNotTakeTheFirstSentence) {
  const Document ru = document(Language::kRussian, {{kRu[0], kRu[1], kRu[2]}});
  const Document en =
      document(Language::kEnglish,
               {{"Cat sleeps in house"}, {"The cat sleeps in the house.", kEn[1], kEn[2]}});
  const auto beads = aligner_with(words()).align(ru, en);
  EXPECT_EQ(layout(beads), "[]:[0] [0]:[1] [1]:[2] [2]:[3]");
}

TEST(Aligner, NumbersDecideBetweenSentencesThatDifferOnlyInThem) {
  const auto lex = words();
  const Document ru =
      document(Language::kRussian, {{kRu[0], "В 2019 году из города ушли 15 поездов.", kRu[1]}});
  for (const bool matching_first : {true, false}) {
    const char* right = "In 2019, 15 trains left the city.";
    const char* wrong = "In 2021, 40 trains left the city.";
    const Document en = document(Language::kEnglish, {{kEn[0], matching_first ? right : wrong,
                                                       matching_first ? wrong : right, kEn[1]}});
    const auto beads = aligner_with(lex).align(ru, en);
    EXPECT_EQ(layout(beads),
              matching_first ? "[0]:[0] [1]:[1] []:[2] [2]:[3]" : "[0]:[0] []:[1] [1]:[2] [2]:[3]");
  }
}

TEST(Aligner, ATransliteratedNameDecidesBetweenSentences) {
  const auto lex = words();
  const Document ru =
      document(Language::kRussian, {{kRu[0], "Навальный выступил в суде.", kRu[1]}});
  const Document en =
      document(Language::kEnglish,
               {{kEn[0], "Udaltsov spoke in court.", "Navalny spoke in court.", kEn[1]}});
  const auto beads = aligner_with(lex).align(ru, en);
  EXPECT_EQ(layout(beads), "[0]:[0] []:[1] [1]:[2] [2]:[3]");
}

// Names are rarely in a dictionary: a name and its transliteration count as a translated word.
TEST(Aligner, ATransliteratedNameIsAWordMatch) {
  const Document ru = document(Language::kRussian, {{"Гомер и Удальцов встретили Навального."}});
  const Document en = document(Language::kEnglish, {{"Gomer and Udaltsov met Navalny."}});
  const detail::EncodedPair pair = detail::encode_pair(ru, en, {});
  detail::Scratch scratch = detail::make_scratch(pair);
  const detail::LexicalMatch m = detail::lexical_match(pair, {0, 1}, {0, 1}, scratch);
  EXPECT_EQ(m.ru_matched, 3);  // all but "встретили"
  EXPECT_EQ(m.en_matched, 3);
}

// Loanwords, transliterated, are spelled like their English stems (stems as Snowball gives
// them: president → "presid", economist → "economist", computer → "comput").
TEST(Cognates, TransliteratedLoanwordsMeetTheirEnglishStems) {
  auto alike = [](const char* russian_stem, const char* english_stem) {
    return detail::same_cognate(
        detail::cognate_spelling(detail::ascii_transliteration(russian_stem)),
        detail::cognate_spelling(english_stem));
  };
  EXPECT_TRUE(alike("технолог", "technolog"));
  EXPECT_TRUE(alike("коронавирус", "coronavirus"));
  EXPECT_TRUE(alike("президент", "presid"));
  EXPECT_TRUE(alike("компьютер", "comput"));
  EXPECT_TRUE(alike("экономист", "economist"));
  EXPECT_TRUE(alike("атмосфер", "atmospher"));
  EXPECT_TRUE(alike("философ", "philosoph"));
  // Other words, and words too short to tell apart by spelling, stay apart.
  EXPECT_FALSE(alike("технолог", "techniqu"));
  EXPECT_FALSE(alike("президент", "prison"));
  EXPECT_FALSE(alike("коронавирус", "corona"));
  EXPECT_FALSE(alike("радио", "radio"));
}

// Without a dictionary, loanwords are a word match: three of the four words here.
TEST(Cognates, ALoanwordIsAWordMatchWithoutADictionary) {
  const Document ru = document(Language::kRussian, {{"Пандемия коронавируса изменила экономику."}});
  const Document en =
      document(Language::kEnglish, {{"The coronavirus pandemic changed the economy."}});
  detail::EncodedPair pair = detail::encode_pair(ru, en, {});
  detail::Scratch scratch = detail::make_scratch(pair);
  EXPECT_EQ(detail::lexical_match(pair, {0, 1}, {0, 1}, scratch).ru_matched, 0);
  detail::add_cognates(pair);
  const detail::LexicalMatch m = detail::lexical_match(pair, {0, 1}, {0, 1}, scratch);
  EXPECT_EQ(m.ru_matched, 3);  // all but "изменила"
  EXPECT_EQ(m.en_matched, 3);
}

// The translation is longer than the Russian; the other sentence has its length and no word in
// common with it. Without the loanwords the lengths pick the other sentence.
TEST(Cognates, DecideBetweenSentencesWithoutALexicon) {
  const Document ru =
      document(Language::kRussian,
               {{"В 2019 году было 15 поездов.", "За год пандемия коронавируса изменила экономику.",
                 "В 2021 году было 40 поездов."}});
  const char* right = "In one year the coronavirus pandemic has changed the whole economy.";
  const char* other = "Scientists published a study of the summer weather.";
  for (const bool right_first : {true, false}) {
    const Document en = document(Language::kEnglish,
                                 {{"In 2019 there were 15 trains.", right_first ? right : other,
                                   right_first ? other : right, "In 2021 there were 40 trains."}});
    const auto beads = aligner_with(nullptr).align(ru, en);
    EXPECT_EQ(layout(beads),
              right_first ? "[0]:[0] [1]:[1] []:[2] [2]:[3]" : "[0]:[0] []:[1] [1]:[2] [2]:[3]");
  }
}

// "10" and "ten" are the same number; a number word missing on the other side is no mismatch
// (translators keep digits, but write "ten years" as "десять лет" or "долго" as they please).
TEST(Aligner, ANumberWordMeetsTheNumberAndIsNoMismatch) {
  const Document ru = document(Language::kRussian, {{"Он ждал 10 лет.", "Он ждал долго."}});
  const Document en = document(Language::kEnglish, {{"He waited ten years."}});
  const detail::EncodedPair pair = detail::encode_pair(ru, en, {});
  detail::Scratch scratch = detail::make_scratch(pair);
  const detail::AnchorMatch same = detail::anchor_match(pair, {0, 1}, {0, 1}, scratch);
  EXPECT_GT(same.matched, 0.0);
  EXPECT_EQ(same.number_mismatch, 0.0);
  const detail::AnchorMatch other = detail::anchor_match(pair, {1, 1}, {0, 1}, scratch);
  EXPECT_EQ(other.matched, 0.0);
  EXPECT_EQ(other.number_mismatch, 0.0);
}

TEST(Aligner, OneEmptySideGivesOneSidedBeads) {
  const Document ru = document(Language::kRussian, {{kRu[0], kRu[1], kRu[2]}});
  const Document empty_en = document(Language::kEnglish, {});
  const Aligner aligner = aligner_with(words());
  EXPECT_EQ(layout(aligner.align(ru, empty_en)), "[0]:[] [1]:[] [2]:[]");
  const Document en = document(Language::kEnglish, {{kEn[0], kEn[1]}});
  const Document empty_ru = document(Language::kRussian, {});
  EXPECT_EQ(layout(aligner.align(empty_ru, en)), "[]:[0] []:[1]");
  EXPECT_TRUE(aligner.align(empty_ru, empty_en).empty());
}

// Random documents built from the sentences above, with deletions, merges and splits.
/// One paragraph of the given sentences, separated by spaces.
Document from_sentences(Language language, const std::vector<std::string>& sentences) {
  Document doc;
  doc.language = language;
  for (const std::string& s : sentences) {
    const std::size_t begin = doc.text.size();
    doc.text += s;
    doc.sentences.push_back({{begin, doc.text.size()}, 0});
    doc.text += ' ';
  }
  doc.paragraphs.push_back({0, doc.text.size()});
  return doc;
}

std::pair<Document, Document> random_pair(std::mt19937& rng, std::size_t units) {
  std::vector<std::string> ru_sentences, en_sentences;
  std::uniform_int_distribution<int> pick(0, 5), event(0, 9);
  for (std::size_t u = 0; u < units; ++u) {
    const int k = pick(rng);
    const int e = event(rng);
    if (e != 0) ru_sentences.emplace_back(kRu[k]);
    if (e != 1) en_sentences.emplace_back(kEn[k]);
  }
  return {from_sentences(Language::kRussian, ru_sentences),
          from_sentences(Language::kEnglish, en_sentences)};
}

void expect_cover_once_in_order(const std::vector<Bead>& beads, std::size_t n, std::size_t m) {
  std::size_t i = 0, j = 0;
  for (const Bead& b : beads) {
    ASSERT_EQ(b.ru_begin, i);
    ASSERT_EQ(b.en_begin, j);
    ASSERT_GT(b.ru_count + b.en_count, 0u);
    ASSERT_LE(b.ru_count, 3u);
    ASSERT_LE(b.en_count, 3u);
    ASSERT_GE(b.score, 0.0);
    ASSERT_LE(b.score, 1.0);
    i += b.ru_count;
    j += b.en_count;
  }
  EXPECT_EQ(i, n);
  EXPECT_EQ(j, m);
}

TEST(Aligner, BeadsCoverEverySentenceOnceInOrderWithScoresInRange) {
  std::mt19937 rng(7);
  const Aligner aligner = aligner_with(words());
  for (int trial = 0; trial < 20; ++trial) {
    const auto [ru, en] = random_pair(rng, 5 + trial * 3);
    expect_cover_once_in_order(aligner.align(ru, en), ru.sentences.size(), en.sentences.size());
  }
}

TEST(Aligner, CoarseToFineSearchFindsTheFullSearchAlignment) {
  // A long pair of distinct sentences with deletions: forcing the coarse pass (tiny
  // full_search_limit) must not change the result of the full search.
  std::vector<std::string> ru_s, en_s;
  std::mt19937 rng(11);
  std::uniform_int_distribution<int> event(0, 14);
  for (int u = 0; u < 300; ++u) {
    const int k = u % 6, e = event(rng);
    const std::string n = std::to_string(1000 + u);
    if (e != 0) ru_s.push_back(std::string(kRu[k]) + " Номер " + n + ".");
    if (e != 1) en_s.push_back(std::string(kEn[k]) + " Number " + n + ".");
  }
  const Document ru = from_sentences(Language::kRussian, ru_s);
  const Document en = from_sentences(Language::kEnglish, en_s);
  AlignOptions coarse;
  coarse.full_search_limit = 16;
  coarse.band = 4;
  AlignOptions full;
  full.full_search_limit = 100000;
  const auto a = aligner_with(words(), coarse).align(ru, en);
  const auto b = aligner_with(words(), full).align(ru, en);
  expect_cover_once_in_order(a, ru.sentences.size(), en.sentences.size());
  EXPECT_EQ(layout(a), layout(b));
}

// 800 sentence pairs: each a head and min_fillers to max_fillers filler words ("слово" /
// "wordy", which no lexicon translates), so that only the fillers make the lengths differ.
std::pair<Document, Document> padded_pair(std::mt19937& rng, int min_fillers, int max_fillers,
                                          const std::string& ru_head, const std::string& en_head) {
  std::uniform_int_distribution<int> fillers(min_fillers, max_fillers);
  std::vector<std::string> ru_s, en_s;
  for (int u = 0; u < 800; ++u) {
    std::string ru_sentence = ru_head, en_sentence = en_head;
    for (int w = fillers(rng); w > 0; --w) {
      ru_sentence += " слово";
      en_sentence += " wordy";
    }
    ru_s.push_back(ru_sentence + ".");
    en_s.push_back(en_sentence + ".");
  }
  return {from_sentences(Language::kRussian, ru_s), from_sentences(Language::kEnglish, en_s)};
}

// The 1:1 beads that pair sentence k with sentence k.
std::size_t diagonal_pairs(const std::vector<Bead>& beads) {
  return static_cast<std::size_t>(std::count_if(beads.begin(), beads.end(), [](const Bead& b) {
    return b.ru_count == 1 && b.en_count == 1 && b.ru_begin == b.en_begin;
  }));
}

// Without a dictionary (no lexicon at all here: the words of the two sides share nothing),
// lengths are what is left. A long pair goes through the coarse search, whose block cosines
// are then noise: the block lengths must carry it, and a true pair that matches no word must
// still cost less than leaving both sentences out.
TEST(Aligner, WithoutALexiconLengthsAlignALongDocument) {
  std::mt19937 rng(5);
  const auto [ru, en] = padded_pair(rng, 2, 39, "Слово", "Wordy");
  EXPECT_GE(diagonal_pairs(aligner_with(nullptr).align(ru, en)), 790u) << "of 800 sentence pairs";
}

// Laws that repeat one formula (Leviticus): every block holds the same translated words, so
// the coarse search's cosines cannot tell one stretch from the next, and the words the lexicon
// leaves untranslated make the lengths differ. The lengths must place the path.
TEST(Aligner, LengthsPlaceARepeatedFormulaThatTheLexiconTranslates) {
  std::mt19937 rng(9);
  const auto [ru, en] = padded_pair(rng, 1, 4, "Кошка спит в доме", "The cat sleeps in the house");
  EXPECT_GE(diagonal_pairs(aligner_with(words()).align(ru, en)), 790u) << "of 800 sentence pairs";
}

// A made-up language pair that no lexicon knows: 4096 words of four syllables a side, in a
// Zipf-like mix, each Russian word with an English one of its own. Sentence k has 6 to 16 words,
// seven in ten of them translated, the rest some other word; sentence k of `ru_cut` and `en_cut`
// is left out of that side.
std::pair<std::vector<std::string>, std::vector<std::string>> unknown_language_pair(
    std::mt19937& rng, std::size_t sentences, std::pair<std::size_t, std::size_t> ru_cut,
    std::pair<std::size_t, std::size_t> en_cut) {
  constexpr std::array<const char*, 8> kRuSyllables = {"ка", "ло",  "ми", "ну",
                                                       "ре", "сто", "ва", "ди"};
  constexpr std::array<const char*, 8> kEnSyllables = {"bap", "tif", "gor", "wum",
                                                       "hed", "pix", "zol", "yun"};
  auto word = [](const auto& syllables, std::size_t k) {
    std::string w;
    for (int s = 0; s < 4; ++s, k /= 8) w += syllables[k % 8];
    return w;
  };
  std::vector<double> weights(4096);
  for (std::size_t r = 0; r < weights.size(); ++r) weights[r] = 1.0 / static_cast<double>(r + 10);
  std::discrete_distribution<std::size_t> pick(weights.begin(), weights.end());
  std::uniform_int_distribution<int> length(6, 16);
  std::bernoulli_distribution translated(0.7);
  std::vector<std::string> ru, en;
  for (std::size_t k = 0; k < sentences; ++k) {
    std::string ru_sentence, en_sentence;
    for (int w = length(rng); w > 0; --w) {
      const std::size_t id = pick(rng);
      if (!ru_sentence.empty()) {
        ru_sentence += ' ';
        en_sentence += ' ';
      }
      ru_sentence += word(kRuSyllables, id);
      en_sentence += word(kEnSyllables, translated(rng) ? (id * 2731) % 4096 : pick(rng));
    }
    if (k < ru_cut.first || k >= ru_cut.second) ru.push_back(ru_sentence + ".");
    if (k < en_cut.first || k >= en_cut.second) en.push_back(en_sentence + ".");
  }
  return {ru, en};
}

// Without a lexicon, the word pairs the first pass learns are what pairs the words. 200 Russian
// sentences are missing near the start and 300 English ones further on, so that between the gaps
// every sentence's counterpart lies 200 places off. The second pass finds both gaps: 0.995 of
// the sentence pairs (0.954 when its band did not open the gaps its coarse path smeared).
TEST(Aligner, WithoutALexiconLearnedPairsFindGapsOnBothSides) {
  std::mt19937 rng(17);
  const std::size_t total = 1600;
  const std::pair<std::size_t, std::size_t> ru_cut{300, 500}, en_cut{1000, 1300};
  const auto [ru_s, en_s] = unknown_language_pair(rng, total, ru_cut, en_cut);
  // Where sentence k of the whole text is on a side (npos where cut).
  auto position = [](std::size_t k, std::pair<std::size_t, std::size_t> cut) {
    if (k >= cut.first && k < cut.second) return std::string::npos;
    return k < cut.first ? k : k - (cut.second - cut.first);
  };
  const std::vector<Bead> beads = aligner_with(nullptr).align(
      from_sentences(Language::kRussian, ru_s), from_sentences(Language::kEnglish, en_s));
  std::set<std::pair<std::size_t, std::size_t>> found;
  for (const Bead& b : beads) {
    if (b.ru_count == 1 && b.en_count == 1) found.emplace(b.ru_begin, b.en_begin);
  }
  std::size_t expected = 0, kept = 0;
  for (std::size_t k = 0; k < total; ++k) {
    const std::size_t i = position(k, ru_cut), j = position(k, en_cut);
    if (i == std::string::npos || j == std::string::npos) continue;
    ++expected;
    kept += found.contains({i, j}) ? 1 : 0;
  }
  EXPECT_GE(static_cast<double>(kept) / static_cast<double>(expected), 0.99)
      << kept << " of " << expected << " sentence pairs";
}

TEST(Aligner, IsDeterministicAndSafeToCallConcurrently) {
  std::mt19937 rng(3);
  const auto [ru, en] = random_pair(rng, 40);
  const Aligner aligner = aligner_with(words());
  const auto expected = aligner.align(ru, en);
  std::vector<std::vector<Bead>> results(4);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < results.size(); ++t) {
    threads.emplace_back([&, t] { results[t] = aligner.align(ru, en); });
  }
  for (auto& th : threads) th.join();
  for (const auto& r : results) EXPECT_EQ(r, expected);
}

TEST(Bead, TypeAndTexts) {
  const Document ru = document(Language::kRussian, {{kRu[0], kRu[1]}});
  const Bead b{0, 2, 0, 0, 0.0};
  EXPECT_EQ(b.type(), "2:0");
  EXPECT_EQ(b.ru_text(ru), std::string(kRu[0]) + " " + kRu[1]);
  EXPECT_EQ((Bead{1, 0, 0, 1, 0.0}).type(), "0:1");
}

}  // namespace
}  // namespace libalign
