// libalign/output.hpp — write: an Alignment as TMX, TSV, JSONL, bead indices or HTML.
#pragma once

#include <filesystem>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

#include "libalign/aligner.hpp"
#include "libalign/tmx.hpp"

namespace libalign {

enum class Format {
  kTmx,    ///< TMX 1.4b translation memory
  kTsv,    ///< FILE1 sentence<TAB>FILE2 sentence, one aligned pair a line
  kJsonl,  ///< one JSON object per bead: {"ru":…, "en":…, "score":…, "type":…, ...}
  kBeads,  ///< one bead a line as 0-based indices, FILE1 first: "[1, 2]:[1]", "[3]:[]"
  kHtml,   ///< a side-by-side review page
};

/// "tmx", "tsv", "jsonl", "beads", "html". Throws Error{kInvalidArgument} otherwise.
[[nodiscard]] Format parse_format(std::string_view name);

struct OutputOptions {
  std::string ru_code = "ru";  ///< xml:lang for Russian (--langs)
  std::string en_code = "en";  ///< xml:lang for English
  /// Source language of the TMX; kUnknown: the first file's language.
  Language source = Language::kUnknown;
  bool bidirectional = false;  ///< srclang="*all*"
  bool props = true;           ///< score, bead type and document names as <prop>s
  double min_score = 0.0;      ///< aligned pairs scored below this are left out
  bool tuids = true;           ///< number the TUs
  std::string creation_date;   ///< empty: now (UTC)
  std::string creation_id;     ///< empty: not written
};

/// The aligned pairs (beads with both sides non-empty and score ≥ min_score) as a TMX model.
[[nodiscard]] TmxDocument to_tmx(const Alignment& alignment, const OutputOptions& options);

/// Writes the alignment in `format`. 0:1/1:0 beads appear only in kBeads, kJsonl and kHtml.
void write_alignment(std::ostream& out, const Alignment& alignment, Format format,
                     const OutputOptions& options);

/// Calls `write` with a stream on a temporary file beside `path`, flushes, and renames it to
/// `path` only when `write` returned normally and the data reached the disk. On any failure
/// the temporary file is removed and Error{kWrite} is thrown; `path` is never half-written.
void write_file_atomically(const std::filesystem::path& path,
                           const std::function<void(std::ostream&)>& write);

}  // namespace libalign
