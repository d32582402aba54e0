// bench/lines_document.hpp — a presplit .lines file (one sentence per line) read as `align pair
// --presplit` reads it, for the benches that score against gold beads.
#pragma once

#include <filesystem>

#include "libalign/document.hpp"
#include "libalign/io.hpp"

namespace bench {

inline libalign::Document read_lines(const std::filesystem::path& path,
                                     libalign::Language language) {
  libalign::LoadOptions options;
  options.language = language;
  libalign::Document document = libalign::load(path, options);
  libalign::presplit(document);
  return document;
}

}  // namespace bench
