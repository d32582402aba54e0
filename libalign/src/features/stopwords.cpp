#include "features/stopwords.hpp"

#include <algorithm>
#include <array>
#include <string_view>

namespace libalign::detail {
namespace {

using namespace std::string_view_literals;

// Sorted (byte order) for binary search; the static_asserts below keep them so.
constexpr std::array kRussian = {
    "а"sv,   "без"sv,  "бы"sv,    "был"sv,   "была"sv, "были"sv,  "было"sv, "быть"sv,  "в"sv,
    "во"sv,  "вот"sv,  "все"sv,   "всего"sv, "вы"sv,   "да"sv,    "даже"sv, "для"sv,   "до"sv,
    "его"sv, "ее"sv,   "ей"sv,    "если"sv,  "есть"sv, "еще"sv,   "же"sv,   "за"sv,    "и"sv,
    "из"sv,  "или"sv,  "им"sv,    "их"sv,    "к"sv,    "как"sv,   "ко"sv,   "когда"sv, "кто"sv,
    "ли"sv,  "либо"sv, "мы"sv,    "на"sv,    "над"sv,  "не"sv,    "него"sv, "нет"sv,   "ни"sv,
    "но"sv,  "о"sv,    "об"sv,    "он"sv,    "она"sv,  "они"sv,   "оно"sv,  "от"sv,    "по"sv,
    "под"sv, "при"sv,  "с"sv,     "со"sv,    "так"sv,  "также"sv, "то"sv,   "тот"sv,   "у"sv,
    "уже"sv, "что"sv,  "чтобы"sv, "это"sv,   "этот"sv, "я"sv,
};

constexpr std::array kEnglish = {
    "a"sv,    "about"sv, "after"sv, "all"sv,  "also"sv, "an"sv,    "and"sv,   "are"sv,
    "as"sv,   "at"sv,    "be"sv,    "been"sv, "but"sv,  "by"sv,    "can"sv,   "could"sv,
    "did"sv,  "do"sv,    "for"sv,   "from"sv, "had"sv,  "has"sv,   "have"sv,  "he"sv,
    "her"sv,  "him"sv,   "his"sv,   "i"sv,    "if"sv,   "in"sv,    "into"sv,  "is"sv,
    "it"sv,   "its"sv,   "me"sv,    "my"sv,   "not"sv,  "of"sv,    "on"sv,    "or"sv,
    "our"sv,  "she"sv,   "so"sv,    "than"sv, "that"sv, "the"sv,   "their"sv, "them"sv,
    "then"sv, "there"sv, "these"sv, "they"sv, "this"sv, "to"sv,    "was"sv,   "we"sv,
    "were"sv, "which"sv, "who"sv,   "will"sv, "with"sv, "would"sv, "you"sv,   "your"sv,
};

static_assert(std::is_sorted(kRussian.begin(), kRussian.end()));
static_assert(std::is_sorted(kEnglish.begin(), kEnglish.end()));

}  // namespace

bool is_stopword(std::string_view lower_word, Language language) {
  if (language == Language::kRussian) {
    return std::binary_search(kRussian.begin(), kRussian.end(), lower_word);
  }
  return std::binary_search(kEnglish.begin(), kEnglish.end(), lower_word);
}

}  // namespace libalign::detail
