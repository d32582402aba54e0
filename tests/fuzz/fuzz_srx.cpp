// libFuzzer target: the SRX 2.0 parser and the rules it builds, applied to a fixed text.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "libalign/error.hpp"
#include "libalign/segmenter.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view srx(reinterpret_cast<const char*>(data), size);
  for (const auto language : {libalign::Language::kRussian, libalign::Language::kEnglish}) {
    try {
      const auto segmenter = libalign::Segmenter::from_srx_text(srx, "fuzz.srx", language);
      (void)segmenter.split("Mr. Smith went to Washington. Он пришёл, т. е. вернулся! Why?");
    } catch (const libalign::Error&) {
    }
  }
  return 0;
}
