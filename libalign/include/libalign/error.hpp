// libalign/error.hpp — the one exception type the library throws.
#pragma once

#include <stdexcept>
#include <string>

namespace libalign {

/// What went wrong, so that callers (the CLI, the C API, a batch report) can react without
/// parsing messages.
enum class ErrorCode {
  kNotFound,      ///< the input path does not exist
  kNotAFile,      ///< the input path is a directory or a special file
  kUnreadable,    ///< the file exists but could not be read (permissions, I/O error)
  kEmpty,         ///< the file is empty or holds only whitespace
  kDecode,        ///< the bytes are not text in any supported encoding
  kLanguage,      ///< language could not be detected, or both files are in the same language
  kBadSrx,        ///< an SRX rules file is malformed
  kBadTmx,        ///< a TMX file is malformed
  kBadLexicon,    ///< a lexicon file is malformed
  kWrite,         ///< an output file could not be written
  kInvalidArgument,  ///< a caller passed an option value that makes no sense
};

/// The exception thrown by every libalign function. `what()` is a one-line message that names
/// the file (when there is one) and the problem, ready to show to a user, e.g.
/// "article.ru.txt: not valid text in UTF-8, UTF-16, windows-1251 or KOI8-R (byte 0xFF at 1024)".
class Error : public std::runtime_error {
 public:
  Error(ErrorCode code, const std::string& message) : std::runtime_error(message), code_(code) {}
  [[nodiscard]] ErrorCode code() const noexcept { return code_; }

 private:
  ErrorCode code_;
};

}  // namespace libalign
