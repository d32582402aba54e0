#include "segment/language_data.hpp"

#include <array>

#include "libalign/error.hpp"
#include "segment/text_scan.hpp"

namespace libalign::detail {
namespace {

// The tables are kept compact by hand: one entry per line would make them ten pages long.
// clang-format off
constexpr std::uint8_t kName = kBeforeName;
constexpr std::uint8_t kNumber = kBeforeNumber;
constexpr std::uint8_t kNameOrNumber = kBeforeName | kBeforeNumber;
constexpr std::uint8_t kEnds = 0;  // may end a sentence before a capital
// Never final as an abbreviation, which comes before a foreign word ("нем. Schwarzwald"), a date
// or lowercase text; but also a Russian word ("в нем", "в порт", "второй тур", "в род и род").
constexpr std::uint8_t kNeverFinalWord = kNeverFinal | kWordBeforeCyrillic;

// English. Titles come before names; reference words before numbers; the rest may end a
// sentence ("He works for Acme Inc. It pays well.") but never before a lowercase word.
constexpr auto kEnglishAbbreviations = std::to_array<Abbreviation>({
    // Latin and reference abbreviations that always continue the sentence.
    {"e.g.", kNeverFinal}, {"i.e.", kNeverFinal}, {"viz.", kNeverFinal}, {"cf.", kNeverFinal},
    {"vs.", kNeverFinal}, {"v.", kNeverFinal}, {"esp.", kNeverFinal}, {"incl.", kNeverFinal},
    {"w.r.t.", kNeverFinal}, {"p.s.", kNeverFinal}, {"ps.", kNeverFinal}, {"p.p.s.", kNeverFinal},
    {"a.k.a.", kNeverFinal}, {"approx.", kNeverFinal | kNumber}, {"ca.", kNumber}, {"c.", kNumber},
    // Titles and name parts.
    {"mr.", kName}, {"mrs.", kName}, {"ms.", kName}, {"messrs.", kName}, {"mmes.", kName},
    {"mme.", kName}, {"mlle.", kName}, {"dr.", kName}, {"drs.", kName}, {"prof.", kName},
    {"profs.", kName}, {"rev.", kName}, {"revd.", kName}, {"fr.", kName}, {"st.", kName},
    {"ste.", kName}, {"mt.", kName}, {"mts.", kName}, {"ft.", kName, kEnds}, {"gen.", kName},
    {"lt.", kName}, {"col.", kName}, {"maj.", kName}, {"capt.", kName}, {"cmdr.", kName},
    {"cdr.", kName}, {"adm.", kName}, {"sgt.", kName}, {"cpl.", kName}, {"pvt.", kName},
    {"gov.", kName}, {"govs.", kName}, {"sen.", kName}, {"sens.", kName}, {"rep.", kName},
    {"reps.", kName}, {"pres.", kName}, {"supt.", kName}, {"det.", kName}, {"insp.", kName},
    {"hon.", kName}, {"atty.", kName}, {"amb.", kName}, {"brig.", kName}, {"msgr.", kName},
    {"rt.", kName}, {"sec.", kNameOrNumber}, {"treas.", kName}, {"mon.", kNameOrNumber},
    {"tue.", kNameOrNumber}, {"tues.", kNameOrNumber}, {"thu.", kNameOrNumber},
    {"thur.", kNameOrNumber}, {"thurs.", kNameOrNumber}, {"fri.", kNameOrNumber},
    // Before numbers: references, units of counting, months.
    {"no.", kNumber | kWordToo}, {"n°.", kNumber}, {"nos.", kNumber}, {"nr.", kNumber},
    {"p.", kNumber}, {"pp.", kNumber}, {"vol.", kNumber}, {"vols.", kNumber}, {"fig.", kNumber},
    {"figs.", kNumber}, {"ch.", kNumber}, {"chap.", kNumber}, {"secs.", kNumber},
    {"art.", kNumber | kWordToo}, {"para.", kNumber}, {"paras.", kNumber}, {"pt.", kNumber},
    {"pts.", kNumber}, {"op.", kNumber}, {"eq.", kNumber}, {"eqs.", kNumber},
    {"ex.", kNumber | kWordToo}, {"tel.", kNumber}, {"ext.", kNumber}, {"rs.", kNumber},
    {"rm.", kNumber}, {"apt.", kNumber}, {"bldg.", kNumber}, {"rte.", kNumber}, {"hwy.", kNumber},
    {"est.", kNumber}, {"ser.", kNumber}, {"suppl.", kNumber}, {"tab.", kNumber}, {"ll.", kNumber},
    {"nn.", kNumber}, {"jan.", kNumber}, {"feb.", kNumber}, {"mar.", kNumber}, {"apr.", kNumber},
    {"jun.", kNumber}, {"jul.", kNumber}, {"aug.", kNumber}, {"sep.", kNumber}, {"sept.", kNumber},
    {"oct.", kNumber}, {"nov.", kNumber}, {"dec.", kNumber},
    // May end a sentence.
    {"etc.", kEnds}, {"inc.", kEnds}, {"co.", kEnds}, {"corp.", kEnds}, {"ltd.", kEnds},
    {"bros.", kEnds}, {"jr.", kEnds}, {"sr.", kEnds}, {"esq.", kEnds}, {"ph.d.", kEnds},
    {"m.d.", kEnds}, {"b.a.", kEnds}, {"m.a.", kEnds}, {"b.sc.", kEnds}, {"m.sc.", kEnds},
    {"d.phil.", kEnds}, {"ll.b.", kEnds}, {"ll.m.", kEnds}, {"a.m.", kClockTime}, {"p.m.", kClockTime},
    {"b.c.", kEnds}, {"a.d.", kEnds}, {"b.c.e.", kEnds}, {"c.e.", kEnds}, {"ave.", kEnds},
    {"blvd.", kEnds}, {"rd.", kEnds}, {"dept.", kEnds}, {"univ.", kEnds}, {"assn.", kEnds},
    {"govt.", kEnds}, {"intl.", kEnds}, {"natl.", kEnds}, {"misc.", kEnds}, {"min.", kEnds},
    {"max.", kEnds}, {"sq.", kEnds}, {"lb.", kEnds}, {"lbs.", kEnds}, {"oz.", kEnds},
    {"hr.", kEnds}, {"hrs.", kEnds}, {"mins.", kEnds}, {"yr.", kEnds}, {"yrs.", kEnds},
    {"mos.", kEnds}, {"wk.", kEnds}, {"wks.", kEnds}, {"ed.", kEnds}, {"eds.", kEnds},
    {"trans.", kEnds}, {"ibid.", kEnds}, {"al.", kEnds}, {"ff.", kEnds}, {"cit.", kEnds},
    {"mfg.", kEnds}, {"dist.", kEnds}, {"div.", kEnds}, {"excl.", kEnds}, {"i.v.", kEnds},
    {"pl.", kEnds}, {"sing.", kEnds}, {"aux.", kEnds}, {"obj.", kEnds}, {"ref.", kEnds},
    {"avg.", kEnds}, {"asst.", kName}, {"assoc.", kEnds}, {"acct.", kEnds}, {"mgr.", kEnds},
    {"mgmt.", kEnds}, {"pkg.", kEnds}, {"qty.", kEnds}, {"tbsp.", kEnds}, {"tsp.", kEnds},
    {"wt.", kEnds}, {"ht.", kEnds}, {"mi.", kEnds}, {"km.", kEnds}, {"cm.", kEnds},
    {"mm.", kEnds}, {"kg.", kEnds}, {"ml.", kEnds}, {"orig.", kEnds}, {"prev.", kEnds},
    {"cont.", kEnds}, {"ea.", kEnds}, {"appt.", kEnds}, {"pg.", kNumber}, {"pgs.", kNumber},
    {"ver.", kNumber}, {"vers.", kNumber},
    {"b.", kNumber}, {"d.", kNumber}, {"fl.", kNumber}, {"r.", kNumber},
    {"f.e.", kEnds}, {"n.b.", kEnds}, {"r.s.v.p.", kEnds}, {"p.s.", kEnds}, {"a.s.a.p.", kEnds},
    // US states (those that are not also common words).
    {"ala.", kEnds}, {"ariz.", kEnds}, {"ark.", kEnds}, {"calif.", kEnds}, {"colo.", kEnds},
    {"conn.", kEnds}, {"del.", kEnds}, {"fla.", kEnds}, {"ga.", kEnds}, {"kan.", kEnds},
    {"kans.", kEnds}, {"ky.", kEnds}, {"md.", kEnds}, {"mich.", kEnds}, {"minn.", kEnds},
    {"mo.", kEnds}, {"mont.", kEnds}, {"neb.", kEnds}, {"nev.", kEnds}, {"okla.", kEnds},
    {"pa.", kEnds}, {"tenn.", kEnds}, {"tex.", kEnds}, {"va.", kEnds}, {"vt.", kEnds},
    {"wis.", kEnds}, {"wyo.", kEnds},
    // Country and institution initialisms: usually modifiers ("the U.S. Army").
    {"u.s.", kStarterEnds}, {"u.k.", kStarterEnds}, {"u.n.", kStarterEnds}, {"e.u.", kStarterEnds},
    {"u.s.a.", kStarterEnds}, {"u.s.s.r.", kStarterEnds}, {"d.c.", kStarterEnds},
    {"n.y.", kStarterEnds}, {"l.a.", kStarterEnds}, {"u.a.e.", kStarterEnds},
});

// Function words, pronouns and quantifiers that open English sentences and are not parts of
// names; after "U.S." they show that the initialism ended the sentence.
constexpr auto kEnglishStarters = std::to_array<std::string_view>({
    "a", "an", "the", "this", "that", "these", "those", "there", "here", "it", "its", "i", "he",
    "she", "we", "they", "you", "his", "her", "our", "their", "my", "your", "in", "on", "at", "as",
    "for", "but", "and", "or", "so", "if", "when", "where", "what", "why", "how", "who", "which",
    "while", "after", "before", "since", "although", "though", "however", "meanwhile", "then",
    "now", "yet", "still", "also", "some", "many", "most", "all", "no", "not", "only", "even",
    "each", "every", "both", "such", "to", "from", "with", "by", "is", "are", "was", "were", "do",
    "does", "did", "can", "could", "will", "would", "should", "may", "might", "must", "let",
    "please", "yes", "thus", "therefore", "instead", "despite", "during", "under", "over", "one",
    "being", "more", "millions", "thousands", "hundreds", "billions", "dozens", "several", "few",
    "other", "another", "whatever", "whenever", "because", "unlike", "like", "until", "once",
    "perhaps", "maybe", "indeed", "moreover", "furthermore", "nevertheless", "otherwise", "besides",
    "today", "yesterday", "tomorrow", "nobody", "everybody", "somebody", "anybody", "someone",
    "everyone", "anyone", "nothing", "everything", "something", "none",
});

constexpr auto kEnglishExclamationNames = std::to_array<std::string_view>({
    "yahoo!", "jeopardy!", "joomla!", "wham!", "e!", "oklahoma!", "mamma mia!",
});

// Russian. Titles, place words and name parts come before names; reference words before
// numbers; amounts, units and "и т. д." may end a sentence.
constexpr auto kRussianAbbreviations = std::to_array<Abbreviation>({
    // Always continue.
    {"т. е.", kNeverFinal}, {"т. к.", kNeverFinal}, {"т. н.", kNeverFinal}, {"т. о.", kNeverFinal},
    {"т. ч.", kNeverFinal}, {"т. наз.", kNeverFinal}, {"напр.", kNeverFinal},
    {"см.", kNeverFinal, kEnds}, {"ср.", kNeverFinal}, {"им.", kStarterEnds | kNumber},
    {"и. о.", kNeverFinal}, {"вкл.", kNeverFinal}, {"букв.", kNeverFinal}, {"англ.", kNeverFinal},
    {"лат.", kNeverFinal}, {"греч.", kNeverFinal}, {"франц.", kNeverFinal}, {"фр.", kNeverFinal},
    {"нем.", kNeverFinalWord}, {"итал.", kNeverFinal}, {"исп.", kNeverFinal},
    {"др.-греч.", kNeverFinal}, {"др.-рус.", kNeverFinal}, {"ок.", kNeverFinal}, {"зав.", kName},
    {"зам.", kName}, {"пред.", kName},
    // Places and addresses.
    {"г.", kName, kDateUnit}, {"гг.", kName, kDateUnit}, {"ул.", kNameOrNumber},
    {"пр.", kNameOrNumber}, {"просп.", kNameOrNumber}, {"пер.", kNameOrNumber},
    {"пл.", kNameOrNumber}, {"наб.", kNameOrNumber}, {"ш.", kNameOrNumber}, {"пос.", kName},
    {"пгт.", kName}, {"дер.", kName}, {"с.", kNameOrNumber}, {"ст.", kNameOrNumber},
    {"р.", kName, kEnds}, {"оз.", kName}, {"о.", kName}, {"о-в.", kName}, {"м.", kName, kEnds},
    {"обл.", kEnds}, {"д.", kNameOrNumber}, {"корп.", kNumber}, {"кв.", kNumber}, {"стр.", kNumber},
    {"тел.", kNumber}, {"моб.", kNumber}, {"доб.", kNumber}, {"каб.", kNumber}, {"эт.", kNumber},
    {"род.", kNeverFinalWord | kNumber}, {"ум.", kNumber}, {"араб.", kNeverFinalWord},
    {"кит.", kNeverFinalWord}, {"яп.", kNeverFinal}, {"тур.", kNeverFinalWord}, {"польск.", kNeverFinal},
    {"укр.", kNeverFinal}, {"белор.", kNeverFinal}, {"нидерл.", kNeverFinal},
    {"швед.", kNeverFinalWord}, {"фин.", kNeverFinal}, {"венг.", kNeverFinal}, {"чеш.", kNeverFinal},
    {"порт.", kNeverFinalWord}, {"санскр.", kNeverFinal}, {"ст.-слав.", kNeverFinal},
    {"церк.-слав.", kNeverFinal},
    {"оф.", kNumber}, {"комн.", kNumber}, {"абз.", kNumber}, {"подп.", kNumber},
    {"сев.", kName}, {"юж.", kName}, {"зап.", kName}, {"вост.", kName},
    // Titles and name parts.
    {"проф.", kName}, {"акад.", kName}, {"доц.", kName}, {"ген.", kName}, {"полк.", kName},
    {"подполк.", kName}, {"лейт.", kName}, {"ст. лейт.", kName}, {"кап.", kName}, {"св.", kName},
    {"свт.", kName}, {"прп.", kName}, {"тов.", kName}, {"гр.", kName}, {"дж.", kName},
    {"чл.-корр.", kName}, {"к. п. н.", kName}, {"д. п. н.", kName}, {"к. т. н.", kName},
    {"д. т. н.", kName}, {"к. ф.-м. н.", kName}, {"д. ф.-м. н.", kName}, {"к. э. н.", kName},
    {"д. э. н.", kName}, {"к. и. н.", kName}, {"д. и. н.", kName}, {"к. м. н.", kName},
    {"д. м. н.", kName}, {"к. х. н.", kName}, {"д. х. н.", kName}, {"к. б. н.", kName},
    {"д. б. н.", kName}, {"к. ю. н.", kName}, {"д. ю. н.", kName}, {"к. ф. н.", kName},
    {"д. ф. н.", kName}, {"к. филол. н.", kName}, {"д. филол. н.", kName}, {"к. г. н.", kName},
    {"д. г. н.", kName},
    // References and counting words before numbers.
    {"п.", kNumber}, {"пп.", kNumber}, {"ч.", kNumber, kEnds}, {"гл.", kNumber}, {"разд.", kNumber},
    {"рис.", kNumber}, {"табл.", kNumber}, {"т.", kNumber}, {"вып.", kNumber}, {"илл.", kNumber},
    {"прил.", kNumber}, {"янв.", kNumber, kEnds}, {"фев.", kNumber, kEnds},
    {"февр.", kNumber, kEnds}, {"мар.", kNumber, kEnds}, {"апр.", kNumber, kEnds},
    {"авг.", kNumber, kEnds}, {"сен.", kNumber, kEnds}, {"сент.", kNumber, kEnds},
    {"окт.", kNumber, kEnds}, {"нояб.", kNumber, kEnds}, {"ноя.", kNumber, kEnds},
    {"дек.", kNumber, kEnds},
    // May end a sentence.
    {"и т. д.", kEnds}, {"и т. п.", kEnds}, {"и др.", kEnds}, {"и пр.", kEnds}, {"и проч.", kEnds},
    {"и мн. др.", kEnds}, {"др.", kEnds}, {"тыс.", kEnds}, {"млн.", kEnds}, {"млрд.", kEnds},
    {"трлн.", kEnds}, {"руб.", kEnds}, {"коп.", kEnds}, {"долл.", kEnds}, {"дол.", kEnds},
    {"ед.", kEnds}, {"экз.", kEnds}, {"чел.", kEnds}, {"шт.", kEnds}, {"км.", kEnds},
    {"мм.", kEnds}, {"кг.", kEnds}, {"мин.", kEnds}, {"сек.", kEnds}, {"проц.", kEnds},
    {"в.", kDateUnit}, {"вв.", kDateUnit}, {"н. э.", kEnds}, {"до н. э.", kEnds}, {"у. е.", kEnds},
    {"с. г.", kEnds}, {"т. г.", kEnds}, {"н. в.", kEnds}, {"приб.", kNeverFinal},
    {"кв. м.", kEnds}, {"куб. м.", kEnds}, {"изд.", kEnds}, {"сокр.", kEnds}, {"прим.", kNeverFinal},
    {"ред.", kEnds}, {"авт.", kEnds}, {"перев.", kEnds}, {"обр.", kEnds}, {"жит.", kEnds},
    {"га.", kEnds},
});

// Prepositions, conjunctions, pronouns and adverbs that open Russian sentences; after "им."
// (the pronoun, not "имени") they show that the sentence ended.
constexpr auto kRussianStarters = std::to_array<std::string_view>({
    "в", "во", "на", "к", "ко", "с", "со", "по", "за", "из", "от", "до", "о", "об", "у", "для",
    "при", "без", "через", "после", "перед", "между", "и", "а", "но", "да", "или", "однако", "он",
    "она", "оно", "они", "мы", "вы", "я", "ты", "это", "этот", "эта", "эти", "тот", "та", "те",
    "там", "тут", "здесь", "так", "также", "тогда", "потом", "затем", "когда", "если", "хотя",
    "как", "что", "чтобы", "где", "кто", "все", "всё", "его", "её", "их", "не", "ни", "нет", "уже",
    "ещё", "еще", "поэтому", "впрочем", "кроме", "сейчас", "теперь", "вот", "именно", "ведь",
    "зато", "лишь", "только", "даже", "среди", "около", "благодаря", "несмотря", "согласно",
    "позже", "позднее", "ранее", "сегодня", "вчера", "завтра", "тем", "этом", "этого", "этой",
    "том", "той", "ее", "один", "одна", "одно", "многие", "некоторые", "каждый", "весь", "вся",
    "всего", "свой", "мой", "наш", "ваш", "такой", "такие", "кстати", "например", "наконец",
    "сначала", "впоследствии", "вскоре", "более", "почти", "сам", "сама", "сразу", "вместе",
    "затем", "следующий", "первый", "последний", "из-за", "над", "под",
});

constexpr auto kRussianDateOpeners = std::to_array<std::string_view>({
    "в", "во", "с", "со", "к", "ко", "до", "после", "на", "от", "за", "по", "около", "начиная",
    "летом", "весной", "осенью", "зимой", "уже", "ещё", "еще", "лишь", "только", "между",
});

// An English clock time opening a sentence: "At 5 a.m.", "By 10 p.m. tonight".
constexpr auto kEnglishDateOpeners = std::to_array<std::string_view>({
    "at", "by", "around", "about", "until", "till", "since", "from", "after", "before", "between",
});

// News from Russia gives times in Moscow time; the rest are the common zone names and
// abbreviations of English news.
constexpr auto kEnglishTimeZones = std::to_array<std::string_view>({
    "moscow", "msk",  "gmt", "utc", "bst",  "cet",  "cest",    "eet",     "eest",
    "et",     "est",  "edt", "ct",  "cst",  "cdt",  "mt",      "mst",     "mdt",
    "pt",     "pst",  "pdt", "kyiv", "kiev", "eastern", "central", "pacific", "mountain",
});

constexpr auto kEnglishSpeechVerbs = std::to_array<std::string_view>({
    "asked", "said", "cried", "replied", "answered", "exclaimed", "shouted", "whispered",
    "thought", "added", "continued", "inquired", "enquired", "muttered", "called", "repeated",
    "remarked", "observed", "began", "interrupted", "protested", "suggested", "insisted",
    "admitted", "explained", "retorted", "screamed", "yelled", "murmured", "sighed", "laughed",
    "wondered", "asks", "says", "stammered", "stuttered", "mumbled", "grumbled", "snapped",
    "growled", "hissed", "gasped", "demanded", "declared", "announced", "agreed", "warned",
    "pleaded", "groaned", "roared", "ask", "say", "cry", "reply", "answer", "think", "wonder",
    "mean",
});

// clang-format on

constexpr std::span<const std::string_view> kNoWords{};

}  // namespace

const LanguageLists& language_lists(Language language) {
  static const LanguageLists english{
      .language = Language::kEnglish,
      .abbreviations = kEnglishAbbreviations,
      .sentence_starters = kEnglishStarters,
      .date_openers = kEnglishDateOpeners,
      .exclamation_names = kEnglishExclamationNames,
      .speech_verbs = kEnglishSpeechVerbs,
      .time_zones = kEnglishTimeZones,
      .lowercase_starts = true,
      .pronoun_i = true,
  };
  static const LanguageLists russian{
      .language = Language::kRussian,
      .abbreviations = kRussianAbbreviations,
      .sentence_starters = kRussianStarters,
      .date_openers = kRussianDateOpeners,
      .exclamation_names = kNoWords,
      .speech_verbs = kNoWords,
      .time_zones = kNoWords,
      .lowercase_starts = false,
      .pronoun_i = false,
  };
  switch (language) {
    case Language::kEnglish:
      return english;
    case Language::kRussian:
      return russian;
    default:
      throw Error(ErrorCode::kInvalidArgument,
                  "segmenter: no built-in rules for an unknown language (use ru or en)");
  }
}

std::string abbreviation_key(std::string_view text) {
  std::string key;
  std::string without_spaces;
  for (std::size_t i = 0; i < text.size();) {
    const auto cp = next_cp(text, i);
    if (!is_space(cp.c)) without_spaces.append(text.substr(cp.begin, cp.end - cp.begin));
    i = cp.end;
  }
  append_lower(without_spaces, key);
  return key;
}

LanguageData::LanguageData(const LanguageLists& lists) : lists_(&lists) {
  for (const auto& entry : lists.abbreviations) {
    auto key = abbreviation_key(entry.text);
    max_key_bytes_ = std::max(max_key_bytes_, key.size());
    // Every suffix after a period may be the last token in text: "т.е." or "т. е.".
    for (std::size_t i = 0; i + 1 < key.size(); ++i) {
      if (i == 0 || key[i - 1] == '.') {
        last_parts_.emplace(key.substr(i));
        max_last_part_bytes_ = std::max(max_last_part_bytes_, key.size() - i);
      }
    }
    abbreviations_.emplace(std::move(key), &entry);
  }
  for (const auto word : lists.sentence_starters) starters_.emplace(word);
  for (const auto name : lists.exclamation_names) exclamation_names_.emplace(name);
  for (const auto word : lists.date_openers) date_openers_.emplace(word);
  for (const auto word : lists.speech_verbs) speech_verbs_.emplace(word);
  for (const auto word : lists.time_zones) time_zones_.emplace(word);
}

bool LanguageData::is_last_part(std::string_view key) const {
  return last_parts_.find(key) != last_parts_.end();
}

const Abbreviation* LanguageData::abbreviation(std::string_view key) const {
  const auto it = abbreviations_.find(key);
  return it == abbreviations_.end() ? nullptr : it->second;
}

bool LanguageData::is_sentence_starter(std::string_view lowercase_word) const {
  return starters_.find(lowercase_word) != starters_.end();
}

bool LanguageData::is_date_opener(std::string_view lowercase_word) const {
  return date_openers_.find(lowercase_word) != date_openers_.end();
}

bool LanguageData::is_speech_verb(std::string_view lowercase_word) const {
  return speech_verbs_.find(lowercase_word) != speech_verbs_.end();
}

bool LanguageData::is_time_zone(std::string_view lowercase_word) const {
  return time_zones_.find(lowercase_word) != time_zones_.end();
}

bool LanguageData::is_exclamation_name(std::string_view lowercase_word) const {
  return exclamation_names_.find(lowercase_word) != exclamation_names_.end();
}

}  // namespace libalign::detail
