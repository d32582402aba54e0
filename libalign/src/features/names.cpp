#include "features/names.hpp"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <cstdlib>
#include <memory>

#include "util/string_hash.hpp"

namespace libalign::detail {
namespace {

// Building a Transliterator parses its rules (milliseconds); it is not thread-safe either.
icu::Transliterator& russian_latin() {
  thread_local std::unique_ptr<icu::Transliterator> translit = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(
        icu::Transliterator::createInstance("Russian-Latin/BGN", UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !t) {
      // Some minimal ICU data builds lack the BGN rules; the generic ones are close enough.
      status = U_ZERO_ERROR;
      t.reset(icu::Transliterator::createInstance("Cyrillic-Latin", UTRANS_FORWARD, status));
    }
    if (U_FAILURE(status) || !t) std::abort();
    return t;
  }();
  return *translit;
}

// Latin transliteration folded to ASCII a-z: diacritics and the prime of the soft sign go.
std::string to_ascii_latin(std::string_view lower_word) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(lower_word.data(), static_cast<int32_t>(lower_word.size())));
  russian_latin().transliterate(u);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_SUCCESS(status)) u = nfd->normalize(u, status);
  u.toLower();
  std::string out;
  for (int32_t k = 0; k < u.length(); ++k) {
    const char16_t c = u.charAt(k);
    if (c >= u'a' && c <= u'z') out.push_back(static_cast<char>(c));
  }
  return out;
}

bool is_vowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

}  // namespace

std::string ascii_transliteration(std::string_view lower_word) {
  constexpr std::size_t kMaxCached = 200000;
  thread_local StringMap<std::string> cache;
  return memoized(cache, kMaxCached, lower_word, to_ascii_latin);
}

std::string latin_skeleton(std::string_view word) {
  // Spelling variants between transliteration schemes and English usage.
  std::string s;
  for (std::size_t k = 0; k < word.size(); ++k) {
    const char c = word[k];
    const char next = k + 1 < word.size() ? word[k + 1] : '\0';
    if (c == 'x') {
      s += "ks";
    } else if (c == 'w') {
      s += 'v';
    } else if (c == 'c' && next == 'k') {
      // "ck" is one k.
    } else if (c == 'c' && next == 'h') {
      // BGN "ch" (ч) and English "ch" agree; keep it as one letter.
      s += 'q';
      ++k;
    } else if (c == 'c') {
      s += 'k';
    } else if (c == 'k' && next == 'h') {
      s += 'h';
      ++k;
    } else if (c == 'p' && next == 'h') {
      s += 'f';
      ++k;
    } else if (c == 'j') {
      s += 'y';
    } else {
      s += c;
    }
  }
  // Keep the first letter, then consonants only, doubled letters once.
  std::string key;
  for (std::size_t k = 0; k < s.size(); ++k) {
    const char c = s[k];
    if (k > 0 && is_vowel(c)) continue;
    if (!key.empty() && key.back() == c) continue;
    key += c;
  }
  // Four letters tell names apart; more would let case endings (Путиным, Навальному) in.
  if (key.size() > 4) key.resize(4);
  return key.size() >= 3 ? key : std::string();
}

std::string name_key(std::string_view lower_word, bool cyrillic) {
  if (!cyrillic) {
    for (char c : lower_word) {
      if (c < 'a' || c > 'z') return {};
    }
    return latin_skeleton(lower_word);
  }
  return latin_skeleton(ascii_transliteration(lower_word));
}

}  // namespace libalign::detail
