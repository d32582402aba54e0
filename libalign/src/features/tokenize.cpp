#include "features/tokenize.hpp"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include <memory>

namespace libalign::detail {
namespace {

// ICU break iterators are not thread-safe and are costly to build: one per thread, reused.
icu::BreakIterator& word_iterator() {
  thread_local std::unique_ptr<icu::BreakIterator> iterator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    // The root word rules ship with every ICU data build; failing here means ICU itself is
    // broken, which no caller can recover from.
    if (U_FAILURE(status) || !it) std::abort();
    return it;
  }();
  return *iterator;
}

}  // namespace

void fold_yo(std::string& text) {
  for (std::size_t k = 0; k + 1 < text.size(); ++k) {
    const auto a = static_cast<unsigned char>(text[k]);
    const auto b = static_cast<unsigned char>(text[k + 1]);
    if (a == 0xD1 && b == 0x91) {  // ё U+0451 → е U+0435
      text[k] = static_cast<char>(0xD0);
      text[k + 1] = static_cast<char>(0xB5);
    } else if (a == 0xD0 && b == 0x81) {  // Ё U+0401 → Е U+0415
      text[k + 1] = static_cast<char>(0x95);
    }
  }
}

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  for_each_token(text, [&](const Token& token) { tokens.push_back(token); });
  return tokens;
}

void for_each_token(std::string_view text, const std::function<void(const Token&)>& visit) {
  const icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  icu::BreakIterator& it = word_iterator();
  it.setText(u);
  // Leave no pointer into `u`, which dies on return, however this returns.
  struct Detach {
    icu::BreakIterator& it;
    ~Detach() { it.setText(icu::UnicodeString()); }
  } detach{it};
  Token token;
  int32_t start = it.first();
  for (int32_t end = it.next(); end != icu::BreakIterator::DONE; start = end, end = it.next()) {
    const int32_t status = it.getRuleStatus();
    if (status < UBRK_WORD_NUMBER) continue;  // spaces and punctuation
    token.lower.clear();
    token.capitalized = token.latin = token.cyrillic = false;
    token.numeric = status < UBRK_WORD_LETTER;
    icu::UnicodeString word = u.tempSubStringBetween(start, end);
    for (int32_t k = 0; k < word.length();) {
      const UChar32 c = word.char32At(k);
      if (u_isalpha(c)) {
        UErrorCode err = U_ZERO_ERROR;
        const UScriptCode script = uscript_getScript(c, &err);
        token.latin |= script == USCRIPT_LATIN;
        token.cyrillic |= script == USCRIPT_CYRILLIC;
      }
      k += U16_LENGTH(c);
    }
    token.capitalized = u_isupper(word.char32At(0)) != 0;
    word.toLower(icu::Locale::getRoot());
    word.toUTF8String(token.lower);
    fold_yo(token.lower);
    visit(token);
  }
}

}  // namespace libalign::detail
