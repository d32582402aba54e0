// libFuzzer target: the whole `pair` pipeline on two fuzzed documents (the input is split at
// its first NUL byte, or in the middle), written as TMX and as beads.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string_view>

#include "libalign/error.hpp"
#include "libalign/output.hpp"
#include "libalign/pipeline.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const libalign::Pipeline pipeline;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  std::size_t cut = bytes.find('\0');
  std::size_t skip = 1;
  if (cut == std::string_view::npos) {
    cut = bytes.size() / 2;
    skip = 0;
  }
  try {
    const libalign::Alignment alignment = pipeline.align_texts(
        bytes.substr(0, cut), "first.txt", bytes.substr(cut + skip), "second.txt");
    std::size_t ru = 0;
    std::size_t en = 0;
    for (const auto& bead : alignment.beads) {
      if (bead.ru_begin != ru || bead.en_begin != en || bead.score < 0.0 || bead.score > 1.0) {
        __builtin_trap();
      }
      ru += bead.ru_count;
      en += bead.en_count;
    }
    if (ru != alignment.ru().sentences.size() || en != alignment.en().sentences.size()) {
      __builtin_trap();
    }
    std::ostringstream out;
    libalign::write_alignment(out, alignment, libalign::Format::kTmx, {});
    (void)libalign::read_tmx_text(out.str(), "out.tmx");
  } catch (const libalign::Error&) {
  }
  return 0;
}
