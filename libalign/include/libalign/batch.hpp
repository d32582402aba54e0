// libalign/batch.hpp — many document pairs: finding them, running them on a worker pool,
// resuming a killed run, reporting; and the JSON-lines stream used by distributed engines.
//
// Usage (what `align batch corpus/ -o tm/ --jobs 4` does, minus the printing):
//
//   #include <libalign/batch.hpp>
//
//   libalign::DiscoveredPairs found = libalign::discover_pairs("corpus");
//   for (const auto& file : found.unpaired) warn(file);      // never dropped silently
//   libalign::Pipeline pipeline;                             // one, shared by every worker
//   libalign::BatchOptions options;
//   options.output_dir = "tm";
//   options.jobs = 4;
//   options.on_pair_done = [](const libalign::PairResult& r, const libalign::BatchProgress& p) {
//     show(p.done, p.total, r.status);                      // called one at a time
//   };
//   libalign::BatchReport report = libalign::run_batch(pipeline, found.pairs, options);
//   libalign::write_file_atomically("report.json", [&](std::ostream& out) {
//     libalign::write_report_json(out, report);
//   });
//   return report.failed > 0 ? 3 : 0;
//
// A bad pair (missing, unreadable, undecodable, empty, both files in one language) never stops
// a batch: it becomes a PairResult with status kFailed and the error's message as its reason.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <iosfwd>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "libalign/error.hpp"
#include "libalign/output.hpp"
#include "libalign/pipeline.hpp"

namespace libalign {

// ---------------------------------------------------------------------------------------------
// Finding the pairs

/// One document pair of a batch.
struct BatchPair {
  std::filesystem::path first;   ///< FILE1: the TMX source language unless --srclang says otherwise
  std::filesystem::path second;  ///< FILE2
  /// The pair's identity: a relative, '/'-separated name without extension such as "a/b/report"
  /// for corpus/a/b/report.ru.txt. The per-pair output is OUTDIR/name + the format's extension,
  /// the merged TMX and the JSON report show it, and directory pairs are sorted by it.
  std::string name;
  /// An explicit output file (a manifest's third column); overrides OUTDIR/name.EXT.
  std::optional<std::filesystem::path> output;
  friend bool operator==(const BatchPair&, const BatchPair&) = default;
};

struct DiscoverOptions {
  /// Only files with one of these extensions (without the dot, e.g. "txt"); empty: any.
  std::vector<std::string> extensions;
  /// Folders not to look into, e.g. the output folder when it lies inside the input folder.
  std::vector<std::filesystem::path> exclude;
};

struct DiscoveredPairs {
  std::vector<BatchPair> pairs;  ///< sorted by name (byte order), so runs are reproducible
  /// Files named like one side of a pair (NAME.ru.txt, NAME_en.txt, ru/NAME.txt) whose other
  /// side is missing. Sorted.
  std::vector<std::filesystem::path> unpaired;
  /// Other files (no language in their name or folder), e.g. README.md. Sorted.
  std::vector<std::filesystem::path> ignored;
};

/// Finds document pairs under `dir`, recursively, named in any of three ways:
///   NAME.ru.EXT + NAME.en.EXT,   NAME_ru.EXT + NAME_en.EXT,   ru/NAME.EXT + en/NAME.EXT
/// (the language tags are case-insensitive; in the third layout `ru` and `en` are sibling
/// folders and NAME may contain subfolders). The Russian file is FILE1. Hidden files and folders
/// (".name") are skipped. Throws Error{kNotFound} when `dir` does not exist, Error{kNotAFile}
/// when it is not a folder, Error{kUnreadable} when it cannot be listed, and
/// Error{kInvalidArgument} when two pairs would get the same name (e.g. a.ru.txt + a.en.txt
/// next to a.ru.md + a.en.md: use DiscoverOptions::extensions to choose).
[[nodiscard]] DiscoveredPairs discover_pairs(const std::filesystem::path& dir,
                                             const DiscoverOptions& options = {});

/// Reads a manifest: UTF-8 lines "FILE1<TAB>FILE2[<TAB>OUTPUT]"; blank lines and lines starting
/// with '#' are skipped. Relative paths are relative to the manifest's folder (`base`). Pairs
/// keep the manifest's order. Files are not checked here: a missing file fails its pair only.
/// Throws Error{kInvalidArgument} "NAME:LINE: problem" for a malformed line, a pair listed
/// twice or two pairs with the same output; read_manifest() also Error{kNotFound} etc.
[[nodiscard]] std::vector<BatchPair> read_manifest(const std::filesystem::path& manifest);
[[nodiscard]] std::vector<BatchPair> parse_manifest(std::string_view text, std::string_view name,
                                                    const std::filesystem::path& base);

// ---------------------------------------------------------------------------------------------
// Sharding: the same batch split over N processes or hosts

/// The K-th of N shards, 1 ≤ index ≤ count.
struct Shard {
  std::size_t index = 1;
  std::size_t count = 1;
  friend bool operator==(const Shard&, const Shard&) = default;
};

/// Parses "K/N". Throws Error{kInvalidArgument} unless 1 ≤ K ≤ N.
[[nodiscard]] Shard parse_shard(std::string_view text);

/// The pairs whose position p (0-based, in the given order) has p % count == index - 1.
/// Shards 1/N … N/N are disjoint and together hold every pair; round-robin keeps them balanced
/// when large and small documents are sorted together.
[[nodiscard]] std::vector<BatchPair> select_shard(const std::vector<BatchPair>& pairs, Shard shard);

// ---------------------------------------------------------------------------------------------
// Running a batch

enum class PairStatus {
  kOk,       ///< aligned and written
  kFailed,   ///< the pair could not be aligned or written; `reason` says why
  kSkipped,  ///< --resume: the output was already complete and newer than both inputs
};

/// "ok", "failed", "skipped".
[[nodiscard]] std::string_view status_name(PairStatus status) noexcept;

/// "not_found", "decode", ... (snake_case of the ErrorCode), for reports.
[[nodiscard]] std::string_view error_code_name(ErrorCode code) noexcept;

/// What happened to one pair.
struct PairResult {
  BatchPair pair;
  PairStatus status = PairStatus::kFailed;
  std::string reason;              ///< the error message (kFailed) or why it was skipped
  std::optional<ErrorCode> error;  ///< kFailed with a libalign::Error
  std::filesystem::path output;    ///< the per-pair output file (written or kept); may be empty
  // Filled for kOk only:
  Language first_language = Language::kUnknown;
  std::size_t first_sentences = 0;
  std::size_t second_sentences = 0;
  std::map<std::string, std::size_t> beads_by_type;  ///< "1:1" → count, Russian side first
  /// Mean score of the beads with text on both sides (0:1 and 1:0 beads score 0 by definition
  /// and would only measure how much text is untranslated). 0 when there are none.
  double mean_score = 0.0;
  std::size_t units = 0;  ///< translation units written (aligned pairs at or above min_score)
  double seconds = 0.0;   ///< wall time spent on this pair
};

/// Counters passed to the progress callback.
struct BatchProgress {
  std::size_t total = 0;  ///< pairs in this batch (after sharding)
  std::size_t done = 0;   ///< finished, in any status
  std::size_t failed = 0;
  std::size_t skipped = 0;
  std::size_t sentences = 0;  ///< sentences aligned so far, both sides
  double elapsed_seconds = 0.0;
};

struct BatchOptions {
  /// Per-pair outputs go to output_dir/name.EXT (subfolders created as needed). Optional when
  /// `merge` is set.
  std::optional<std::filesystem::path> output_dir;
  /// One TMX with every pair, in pair order; each unit carries its pair's document names as
  /// <prop type="x-document-…">s. Always TMX, whatever `format` says.
  std::optional<std::filesystem::path> merge;
  Format format = Format::kTmx;  ///< of the per-pair outputs
  /// Output options of every file. An empty creation_date becomes, per pair, the newest
  /// modification time of its two inputs (for the merge: of all inputs) rather than "now", so
  /// that a rerun, a resumed run and a sharded run write byte-identical files.
  OutputOptions output;
  /// Worker threads; 0: std::thread::hardware_concurrency().
  unsigned jobs = 0;
  /// Skip pairs whose output is complete (see output_is_complete()) and newer than both
  /// inputs, after removing temporary files a killed run left beside this batch's outputs.
  bool resume = false;
  /// Called after each pair, one call at a time (under a lock, from a worker thread): keep it
  /// short. The library itself never prints.
  std::function<void(const PairResult&, const BatchProgress&)> on_pair_done;
};

struct BatchReport {
  std::vector<PairResult> pairs;  ///< in pair order
  std::size_t ok = 0;
  std::size_t failed = 0;
  std::size_t skipped = 0;
  std::optional<std::filesystem::path> merge;  ///< the merged TMX, when written
  std::size_t merged_units = 0;
  std::size_t stale_temporaries_removed = 0;  ///< by resume
  double seconds = 0.0;
};

/// Aligns every pair with `pipeline` on options.jobs threads and writes the outputs, each via
/// write_file_atomically(). Per-pair problems are recorded in the report, never thrown. Throws
/// Error{kInvalidArgument} when neither output_dir nor merge is set or two pairs share an
/// output path, and Error{kWrite} when the merged file cannot be written.
[[nodiscard]] BatchReport run_batch(const Pipeline& pipeline, const std::vector<BatchPair>& pairs,
                                    const BatchOptions& options);

/// ".tmx", ".tsv", ".jsonl", ".beads", ".html".
[[nodiscard]] std::string_view format_extension(Format format) noexcept;

/// Where a pair's output goes under `options` (empty path when there is no output_dir and the
/// pair has no explicit output).
[[nodiscard]] std::filesystem::path output_path(const BatchPair& pair, const BatchOptions& options);

/// True when `path` is a regular file that a complete write in `format` produced: files are
/// renamed into place only when complete, so this is a second line of defence against files
/// that someone else truncated (a TMX must end with "</tmx>", HTML with "</html>", the line
/// formats with a newline unless empty).
[[nodiscard]] bool output_is_complete(const std::filesystem::path& path, Format format);

/// True when `output` is complete and strictly newer than both inputs of `pair`.
[[nodiscard]] bool output_is_current(const std::filesystem::path& output, const BatchPair& pair,
                                     Format format);

/// Removes the temporary files that write_file_atomically() leaves beside `target` when the
/// process is killed mid-write. Returns how many were removed. Only files named after
/// `target` are touched, so concurrent batches (other shards) writing other files into the same
/// folder are safe.
std::size_t remove_stale_temporaries(const std::filesystem::path& target);

/// The report as JSON (one object; see docs/scaling.md for the fields), ending in a newline.
void write_report_json(std::ostream& out, const BatchReport& report);

// ---------------------------------------------------------------------------------------------
// JSON-lines streaming (align stream): GNU parallel, Hadoop Streaming, Spark RDD.pipe

struct StreamOptions {
  /// Documents aligned at once; results are still written in input order. 1 by default because
  /// distributed engines already run one process per core.
  unsigned jobs = 1;
  /// Aligned pairs below this score are left out of "pairs" (beads always list everything).
  double min_score = 0.0;
};

struct StreamSummary {
  std::size_t documents = 0;  ///< output lines written
  std::size_t errors = 0;     ///< of which {"id":…, "error":…}
};

/// Aligns one input line {"id": any JSON value, "src": "FILE1 text", "tgt": "FILE2 text"} (the
/// two texts in either language order) and returns one output line without the newline:
///   {"id":…, "src_lang":"ru", "tgt_lang":"en", "src_sentences":N, "tgt_sentences":M,
///    "beads":[{"src":[0],"tgt":[0,1],"score":0.93}, …],
///    "pairs":[{"src":"…","tgt":"…","score":0.93}, …]}
/// Bead indices are 0-based sentence indices of src and tgt, as in `align pair --format beads`.
/// Never throws for a bad document or a malformed line: returns {"id":…, "error":"…"} instead
/// ("id" is null when it could not be read). `line_number` (1-based) goes into parse errors.
[[nodiscard]] std::string align_json_line(const Pipeline& pipeline, std::string_view line,
                                          std::size_t line_number, const StreamOptions& options);

/// Reads JSON lines from `in` until its end and writes one line per non-blank input line to
/// `out`, in input order, flushing after each so that a consumer sees results as they come.
/// Throws Error{kWrite} if `out` fails.
StreamSummary align_json_lines(const Pipeline& pipeline, std::istream& in, std::ostream& out,
                               const StreamOptions& options);

}  // namespace libalign
