#include "segment/icu_sentences.hpp"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <array>
#include <memory>

#include "libalign/error.hpp"

namespace libalign::detail {
namespace {

icu::BreakIterator& thread_iterator(Language language) {
  // One iterator per language and thread: cheap to keep, and no locking on the hot path.
  thread_local std::array<std::unique_ptr<icu::BreakIterator>, 3> iterators;
  auto& slot = iterators[static_cast<std::size_t>(language)];
  if (!slot) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale locale(language == Language::kRussian ? "ru" : "en_US");
    slot.reset(icu::BreakIterator::createSentenceInstance(locale, status));
    if (U_FAILURE(status) || !slot) {
      slot.reset();
      throw Error(
          ErrorCode::kInvalidArgument,
          std::string("segmenter: ICU sentence iterator unavailable: ") + u_errorName(status));
    }
  }
  return *slot;
}

}  // namespace

void icu_sentence_boundaries(Language language, std::string_view text,
                             std::vector<std::size_t>& out) {
  if (text.empty()) return;
  auto& iterator = thread_iterator(language);
  UErrorCode status = U_ZERO_ERROR;
  UText utext = UTEXT_INITIALIZER;
  utext_openUTF8(&utext, text.data(), static_cast<int64_t>(text.size()), &status);
  iterator.setText(&utext, status);
  if (U_SUCCESS(status)) {
    for (int32_t b = iterator.next(); b != icu::BreakIterator::DONE; b = iterator.next()) {
      if (static_cast<std::size_t>(b) < text.size()) out.push_back(static_cast<std::size_t>(b));
    }
  }
  // The iterator keeps its own shallow clone of the UText; it is not read again before the
  // next setText(), so the text may go away after this returns.
  utext_close(&utext);
}

}  // namespace libalign::detail
