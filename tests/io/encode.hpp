// Test helper: the bytes of a UTF-8 literal in another encoding, made by ICU's converters, so
// that the tests state their inputs as readable text.
#pragma once

#include <unicode/ucnv.h>

#include <stdexcept>
#include <string>
#include <string_view>

namespace libalign::testing {

/// `utf8` converted to `charset` ("windows-1251", "KOI8-R", "UTF-16LE", ...), without a BOM.
inline std::string encode(std::string_view utf8, const char* charset) {
  UErrorCode status = U_ZERO_ERROR;
  std::string out(utf8.size() * 4 + 16, '\0');
  const int32_t length =
      ucnv_convert(charset, "UTF-8", out.data(), static_cast<int32_t>(out.size()), utf8.data(),
                   static_cast<int32_t>(utf8.size()), &status);
  if (U_FAILURE(status)) throw std::runtime_error(std::string("encode: ") + u_errorName(status));
  out.resize(static_cast<std::size_t>(length));
  // ICU's "UTF-16" family may add a BOM; the tests add their own where they want one.
  if (out.starts_with("\xFF\xFE") || out.starts_with("\xFE\xFF")) {
    if (std::string_view(charset) == "UTF-16") out.erase(0, 2);
  }
  return out;
}

}  // namespace libalign::testing
