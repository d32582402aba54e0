// libFuzzer target: the TMX reader, and the writer on whatever the reader accepted.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "libalign/error.hpp"
#include "libalign/tmx.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  for (const bool keep_inline_text : {false, true}) {
    try {
      libalign::TmxReadOptions options;
      options.keep_inline_text = keep_inline_text;
      const libalign::TmxDocument document = libalign::read_tmx_text(bytes, "fuzz.tmx", options);
      // Whatever we read, we must be able to write back as a TMX we can read again.
      (void)libalign::read_tmx_text(libalign::to_tmx_string(document), "again.tmx", options);
    } catch (const libalign::Error&) {
    }
  }
  return 0;
}
