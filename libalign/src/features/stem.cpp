#include "features/stem.hpp"

#include <libstemmer.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <array>
#include <cstdlib>
#include <string>

#include "features/tokenize.hpp"
#include "libalign/error.hpp"
#include "libalign/lexicon.hpp"
#include "util/string_hash.hpp"

namespace libalign {
namespace detail {
namespace {

class Stemmers {
 public:
  Stemmers()
      : russian_(sb_stemmer_new("russian", "UTF_8")), english_(sb_stemmer_new("english", "UTF_8")) {
    // Both algorithms are compiled into every libstemmer build; only allocation can fail.
    if (russian_ == nullptr || english_ == nullptr) std::abort();
  }
  ~Stemmers() {
    sb_stemmer_delete(russian_);
    sb_stemmer_delete(english_);
  }
  Stemmers(const Stemmers&) = delete;
  Stemmers& operator=(const Stemmers&) = delete;

  std::string stem(std::string_view word, Language language) {
    sb_stemmer* s = language == Language::kRussian ? russian_ : english_;
    const sb_symbol* out = sb_stemmer_stem(s, reinterpret_cast<const sb_symbol*>(word.data()),
                                           static_cast<int>(word.size()));
    if (out == nullptr)
      return {word.begin(), word.end()};  // out of memory: the word is its own stem
    return {reinterpret_cast<const char*>(out), static_cast<std::size_t>(sb_stemmer_length(s))};
  }

 private:
  sb_stemmer* russian_;
  sb_stemmer* english_;
};

}  // namespace

std::string stem_lower(std::string_view lower_word, Language language) {
  thread_local Stemmers stemmers;
  // Words repeat (the novel in ../shared/data/scale has 100,000 words, 17,000 of them
  // distinct), and a look-up costs less than Snowball: this halved the stemming's share of the
  // novel's instructions. Bounded, since every thread of a batch keeps its own.
  constexpr std::size_t kMaxCached = 50000;
  thread_local std::array<StringMap<std::string>, 2> caches;
  return memoized(caches[language == Language::kRussian ? 0 : 1], kMaxCached, lower_word,
                  [&](std::string_view word) { return stemmers.stem(word, language); });
}

}  // namespace detail

std::string stem(std::string_view word, std::string_view language_code) {
  Language language;
  if (language_code == "ru") {
    language = Language::kRussian;
  } else if (language_code == "en") {
    language = Language::kEnglish;
  } else {
    throw Error(ErrorCode::kInvalidArgument, R"(stem: language must be "ru" or "en", not ")" +
                                                 std::string(language_code) + "\"");
  }
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  u.toLower(icu::Locale::getRoot());
  std::string lower;
  u.toUTF8String(lower);
  detail::fold_yo(lower);
  return detail::stem_lower(lower, language);
}

}  // namespace libalign
