// libalign/output.hpp — write: an Alignment as TMX, TSV, JSONL, bead indices or HTML.
//
// Usage:
//
//   libalign::Alignment alignment = pipeline.align_files("a.en.txt", "a.ru.txt");
//   libalign::OutputOptions options{.ru_code = "ru-RU", .en_code = "en-US", .min_score = 0.3};
//   libalign::write_file_atomically("a.tmx", [&](std::ostream& out) {
//     libalign::write_alignment(out, alignment, libalign::Format::kTmx, options);
//   });
//
// FILE1/FILE2 below are Alignment::first/second, the user's file order, whatever their
// languages; Bead indices are Russian/English and are mapped here.
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
  kTmx,    ///< TMX 1.4b translation memory (aligned pairs only)
  kTsv,    ///< FILE1 sentence<TAB>FILE2 sentence, one aligned pair a line
  kJsonl,  ///< one JSON object per bead, 0:1/1:0 included:
           ///< {"ru":…,"en":…,"score":…,"type":"2:1","ru_index":[…],"en_index":[…]}
  kBeads,  ///< one bead a line as 0-based indices, FILE1 first: "[1, 2]:[1]", "[3]:[]"
  kHtml,   ///< a self-contained side-by-side review page, rows coloured by score
};

/// "tmx", "tsv", "jsonl", "beads", "html". Throws Error{kInvalidArgument} otherwise.
[[nodiscard]] Format parse_format(std::string_view name);

/// Options of the output stage. Defaults (in parentheses) are what `align pair` writes.
struct OutputOptions {
  std::string ru_code = "ru";  ///< xml:lang for Russian (--langs)
  std::string en_code = "en";  ///< xml:lang for English
  /// Source language of the TMX; kUnknown: the first file's language.
  Language source = Language::kUnknown;
  bool bidirectional = false;  ///< srclang="*all*": usable in both translation directions
  /// <prop>s on each TU: x-score ("0.9731"), x-bead ("2:1", Russian count first),
  /// x-ru-doc / x-en-doc (the documents' names).
  bool props = true;
  /// Aligned pairs scored below this are left out of kTmx and kTsv. kBeads, kJsonl and kHtml
  /// always show every bead (they carry the score, and beads must cover every sentence).
  double min_score = 0.0;
  bool tuids = true;  ///< number the TUs tuid="1", "2", ...
  /// Header segtype: "auto" (default): "paragraph" when some TU joins several sentences on a
  /// side, else "sentence"; or "sentence" / "paragraph" as given. "paragraph" lets OmegaT split
  /// such TUs with its own rules, so that they match its sentence segments (docs/tmx.md).
  std::string segtype = "auto";
  /// YYYYMMDDThhmmssZ; empty: now (UTC). Set it for byte-identical reruns.
  std::string creation_date{};
  std::string creation_id{};  ///< empty: not written
};

/// The aligned pairs (beads with both sides non-empty and score ≥ min_score) as a TMX model,
/// source variant first. A TU's own segtype is set only where it differs from the header's:
/// "paragraph" on a TU joining several sentences on a side, "sentence" on a 1:1 TU under a
/// "paragraph" header.
/// Throws Error{kInvalidArgument} for an empty or space-containing language code, a
/// creation_date not of the form YYYYMMDDThhmmssZ, a segtype other than auto/sentence/paragraph,
/// or a min_score outside [0, 1].
[[nodiscard]] TmxDocument to_tmx(const Alignment& alignment, const OutputOptions& options);

/// Writes the alignment in `format`. 0:1/1:0 beads appear only in kBeads, kJsonl and kHtml.
/// Throws what to_tmx() throws; stream errors are left to the caller (see
/// write_file_atomically()).
void write_alignment(std::ostream& out, const Alignment& alignment, Format format,
                     const OutputOptions& options);

/// Calls `write` with a stream on a new temporary file beside `path` (".NAME.tmp.PID.XXXXXX"),
/// flushes it to disk (fsync) and renames it to `path` only when `write` returned normally and
/// every byte was written. On any failure the temporary file is removed and `path` is left as
/// it was (never created, never half-written). Throws Error{kWrite} "PATH: cannot write:
/// REASON" for I/O failures and for exceptions from `write` that are not libalign::Error; a
/// libalign::Error thrown by `write` is rethrown unchanged after the cleanup.
void write_file_atomically(const std::filesystem::path& path,
                           const std::function<void(std::ostream&)>& write);

}  // namespace libalign
