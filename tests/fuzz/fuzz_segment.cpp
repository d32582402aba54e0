// libFuzzer target: both built-in segmenters on arbitrary (decoded, normalized) text. Checks the
// Segmenter contract: ranges in order, inside the text, non-empty.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "libalign/error.hpp"
#include "libalign/io.hpp"
#include "libalign/segmenter.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const libalign::Segmenter ru = libalign::Segmenter::builtin(libalign::Language::kRussian);
  static const libalign::Segmenter en = libalign::Segmenter::builtin(libalign::Language::kEnglish);
  std::string text;
  try {
    text = libalign::normalize(
        libalign::decode(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz").utf8);
  } catch (const libalign::Error&) {
    return 0;
  }
  for (const auto* segmenter : {&ru, &en}) {
    std::size_t previous_end = 0;
    for (const auto& range : segmenter->split(text)) {
      if (range.begin < previous_end || range.begin >= range.end || range.end > text.size()) {
        __builtin_trap();
      }
      previous_end = range.end;
    }
  }
  return 0;
}
