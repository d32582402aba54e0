// libFuzzer target: bytes → decode → normalize → paragraphs → language. Must never crash, hang or
// throw anything but libalign::Error.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "libalign/error.hpp"
#include "libalign/io.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  for (const auto mode : {libalign::ParagraphMode::kBlankLine, libalign::ParagraphMode::kLine}) {
    try {
      libalign::LoadOptions options;
      options.paragraphs = mode;
      options.language = libalign::Language::kRussian;  // exercise paragraphs even when undetectable
      const libalign::Document document = libalign::load_bytes(bytes, "fuzz.txt", options);
      for (const auto& paragraph : document.paragraphs) {
        if (paragraph.begin >= paragraph.end || paragraph.end > document.text.size()) __builtin_trap();
      }
    } catch (const libalign::Error&) {
    }
  }
  return 0;
}
