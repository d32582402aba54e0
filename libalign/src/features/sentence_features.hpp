// Everything the cost model reads about one sentence, computed once per sentence.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "libalign/document.hpp"

namespace libalign::detail {

/// How a sentence ends. A heading, a caption or a title ends in a word, and its translation does
/// too; a sentence that ends with its full stop is rarely translated as one that does not (in the
/// dev news, 1 gold pair in 100 against 1 random pair in 10).
enum class SentenceEnding : std::uint8_t {
  kOther,     ///< a comma, a closing quote after a word, ...: says nothing
  kColon,     ///< a colon: the sentence runs on into the next (a paragraph before a list, a quote)
  kFullStop,  ///< . ! ? or …, possibly inside closing quotes or brackets
  kBare,      ///< a letter or a digit
};

/// Counts of the punctuation that survives translation: a question stays a question.
struct PunctuationProfile {
  std::uint8_t question = 0;      ///< ?
  std::uint8_t exclamation = 0;   ///< !
  std::uint8_t joins = 0;         ///< ; followed by a space and a capital letter
  std::uint8_t colon_breaks = 0;  ///< : followed by a space and more text (not 23:00, not a URL's)
  SentenceEnding ending = SentenceEnding::kOther;
  friend bool operator==(const PunctuationProfile&, const PunctuationProfile&) = default;
};

struct SentenceFeatures {
  std::size_t chars = 0;             ///< code points, whitespace excluded (Gale–Church length)
  std::vector<std::string> stems;    ///< lowercase Snowball stems of the content words
  std::vector<std::string> numbers;  ///< canonical numbers (numbers.hpp)
  std::vector<std::string> number_words;  ///< canonical values of numbers written as words
  std::vector<std::string> names;  ///< name keys of capitalized words (names.hpp), 3- and 4-letter
  std::vector<std::string> links;  ///< URLs and e-mail addresses, lowercase
  /// Words that may appear unchanged in the other language: Latin-script tokens of a Russian
  /// sentence ("iPhone", "COVID"); every word token of an English one. Lowercase.
  std::vector<std::string> verbatim;
  PunctuationProfile punctuation;
};

/// The features of one sentence of `language` (kRussian or kEnglish). Thread-safe.
[[nodiscard]] SentenceFeatures sentence_features(std::string_view text, Language language);

/// kNameStem is the stem of a capitalized word: a stem like any other, which the encoder may
/// also pair with an English name of the same key (names.hpp). It comes right after that word's
/// name keys.
/// kNumberWord is a number written as a word ("ten", "десяти"), in canonical form ("10"): it
/// may meet the other side's "10" but, unlike a written number, is no evidence when it does not
/// (translators keep digits, not number words).
enum class FeatureKind : std::uint8_t {
  kStem,
  kNameStem,
  kNumber,
  kNumberWord,
  kName,
  kLink,
  kVerbatim
};

/// sentence_features() one feature at a time, for callers that only intern them: a 50 MB
/// sentence has millions of words, and holding each as a string took gigabytes. `visit` gets
/// every stem, number, name key, link and verbatim word; those of one kind come in the order of
/// that kind's vector, the kinds interleaved. `scalars` gets chars and punctuation; its vectors
/// are left as they are. Thread-safe; `visit` must not tokenize.
void visit_sentence_features(std::string_view text, Language language, SentenceFeatures& scalars,
                             const std::function<void(FeatureKind, std::string_view)>& visit);

/// URLs (scheme:// or www.) and e-mail addresses in `text`, lowercase, trailing punctuation cut.
[[nodiscard]] std::vector<std::string> extract_links(std::string_view text);

}  // namespace libalign::detail
