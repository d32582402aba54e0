// bench/lines_document.hpp — a presplit .lines file (one sentence per line) read as `align pair
// --presplit` reads it, for the benches that score against gold beads; and a raw .txt file read
// and segmented as `align pair` does, for the end-to-end ones.
#pragma once

#include <filesystem>

#include "libalign/document.hpp"
#include "libalign/io.hpp"
#include "libalign/segmenter.hpp"

namespace bench {

inline libalign::Document read_lines(const std::filesystem::path& path,
                                     libalign::Language language) {
  libalign::LoadOptions options;
  options.language = language;
  libalign::Document document = libalign::load(path, options);
  libalign::presplit(document);
  return document;
}

/// Loaded (its language detected) and segmented with the built-in rules of `segment_as`.
inline libalign::Document read_segmented(const std::filesystem::path& path,
                                         libalign::Language segment_as) {
  libalign::Document document = libalign::load(path);
  libalign::Segmenter::builtin(segment_as).segment(document);
  return document;
}

}  // namespace bench
