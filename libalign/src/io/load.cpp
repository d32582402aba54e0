// Reading files and turning bytes into a Document, with one-line errors that name the file.
#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <system_error>

#include "io/text_util.hpp"
#include "libalign/error.hpp"
#include "libalign/io.hpp"

namespace libalign {
namespace {

struct FileCloser {
  // NOLINTNEXTLINE(cppcoreguidelines-owning-memory): the deleter of a unique_ptr<FILE>
  void operator()(std::FILE* file) const noexcept { std::fclose(file); }
};

std::string size_text(std::size_t bytes) {
  if (bytes >= (std::size_t{1} << 20)) return fmt::format("{} MB", bytes >> 20);
  return fmt::format("{} bytes", bytes);
}

[[noreturn]] void too_large(std::string_view name, std::size_t size, std::size_t max_bytes) {
  // kUnreadable: the file cannot be used as it is (there is no separate code for size).
  throw Error(ErrorCode::kUnreadable, fmt::format("{}: too large ({}; the limit is {})", name,
                                                  size_text(size), size_text(max_bytes)));
}

}  // namespace

std::string read_file(const std::filesystem::path& path, std::size_t max_bytes) {
  const std::string name = path.string();
  if (name.empty()) throw Error(ErrorCode::kNotFound, "empty file name");
  std::error_code ec;
  const std::filesystem::file_status status = std::filesystem::status(path, ec);
  if (status.type() == std::filesystem::file_type::not_found) {
    throw Error(ErrorCode::kNotFound, name + ": no such file");
  }
  if (ec) throw Error(ErrorCode::kUnreadable, fmt::format("{}: {}", name, ec.message()));
  if (status.type() == std::filesystem::file_type::directory) {
    throw Error(ErrorCode::kNotAFile, name + ": is a directory");
  }
  // Regular files, and also pipes and character devices: `align pair <(zcat a.gz) b.txt`.
  const bool regular = status.type() == std::filesystem::file_type::regular;
  std::size_t expected = 0;
  if (regular) {
    expected = static_cast<std::size_t>(std::filesystem::file_size(path, ec));
    if (ec) throw Error(ErrorCode::kUnreadable, fmt::format("{}: {}", name, ec.message()));
    if (expected > max_bytes) too_large(name, expected, max_bytes);
  }
  errno = 0;
  const std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "rb"));
  if (!file) {
    throw Error(ErrorCode::kUnreadable,
                fmt::format("{}: cannot open: {}", name, std::strerror(errno)));
  }
  std::string bytes;
  // A regular file is read in one call into a buffer of its size (plus one byte, to notice a
  // file that grew meanwhile); a pipe in chunks, checking the limit as it grows.
  std::size_t chunk = regular ? expected + 1 : std::size_t{1} << 16;
  for (;;) {
    const std::size_t used = bytes.size();
    bytes.resize(used + chunk);
    const std::size_t got = std::fread(bytes.data() + used, 1, chunk, file.get());
    bytes.resize(used + got);
    if (bytes.size() > max_bytes) too_large(name, bytes.size(), max_bytes);
    if (got < chunk) break;
    chunk = std::min<std::size_t>(std::max(chunk, bytes.size()), std::size_t{64} << 20);
  }
  if (std::ferror(file.get())) {
    throw Error(ErrorCode::kUnreadable,
                fmt::format("{}: read error: {}", name, std::strerror(errno)));
  }
  return bytes;
}

Document load_bytes(std::string_view bytes, std::string name, const LoadOptions& options) {
  if (bytes.size() > options.max_bytes) too_large(name, bytes.size(), options.max_bytes);
  if (bytes.empty()) throw Error(ErrorCode::kEmpty, name + ": empty file");
  Decoded decoded = decode(bytes, name);
  if (decoded.utf8.empty()) throw Error(ErrorCode::kEmpty, name + ": empty file");  // a BOM only
  Document document;
  document.text = normalize(decoded.utf8);
  decoded.utf8 = std::string();  // release it before the paragraphs are built
  if (detail::is_blank(document.text)) {
    throw Error(ErrorCode::kEmpty, name + ": contains only whitespace");
  }
  document.name = std::move(name);
  document.encoding = std::move(decoded.encoding);
  document.paragraphs = split_paragraphs(document.text, options.paragraphs);
  if (options.language && *options.language != Language::kUnknown) {
    document.language = *options.language;
  } else {
    document.language = detect_language(document.text);
    if (document.language == Language::kUnknown) {
      throw Error(ErrorCode::kLanguage,
                  document.name +
                      ": cannot detect the language (too few Russian or English letters); "
                      "give it explicitly");
    }
  }
  return document;
}

Document load(const std::filesystem::path& path, const LoadOptions& options) {
  const std::string bytes = read_file(path, options.max_bytes);
  return load_bytes(bytes, path.string(), options);
}

}  // namespace libalign
