// batch/runner.cpp — run_batch(): a worker pool over the pair list, per-pair outputs written
// atomically, resume, and the merged TMX.
//
// Determinism is the design constraint: the same pairs give byte-identical files whether the
// batch ran once, was killed and resumed, or was split into shards. Hence the pair order is
// fixed before any thread starts, results land in their pair's slot (never in completion
// order), and the TMX creation date comes from the inputs' modification times, not the clock.
#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <exception>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <new>
#include <optional>
#include <string>
#include <system_error>
#include <thread>
#include <vector>

#include "batch/temporaries.hpp"
#include "libalign/batch.hpp"
#include "libalign/error.hpp"
#include "libalign/output.hpp"
#include "libalign/tmx.hpp"

namespace libalign {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

std::optional<fs::file_time_type> modified(const fs::path& path) {
  std::error_code error;
  const fs::file_time_type time = fs::last_write_time(path, error);
  if (error) return std::nullopt;
  return time;
}

// A file time as a TMX date.
std::string file_date(fs::file_time_type time) {
  return tmx_date(std::chrono::time_point_cast<std::chrono::system_clock::duration>(
      std::chrono::floor<std::chrono::seconds>(std::chrono::file_clock::to_sys(time))));
}

// The newest modification time of the given files; empty when none can be read (then the
// writer falls back to "now", and the pair fails anyway because its inputs are gone).
std::string newest_date(const std::vector<const fs::path*>& files) {
  std::optional<fs::file_time_type> newest;
  for (const fs::path* file : files) {
    if (const auto time = modified(*file); time && (!newest || *time > *newest)) newest = time;
  }
  return newest ? file_date(*newest) : std::string();
}

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

void fill_statistics(PairResult& result, const Alignment& alignment, const OutputOptions& options) {
  result.first_language = alignment.first.language;
  result.first_sentences = alignment.first.sentences.size();
  result.second_sentences = alignment.second.sentences.size();
  double total = 0.0;
  std::size_t scored = 0;
  std::size_t kept = 0;
  for (const Bead& bead : alignment.beads) {
    ++result.beads_by_type[bead.type()];
    if (bead.ru_count == 0 || bead.en_count == 0) continue;
    total += bead.score;
    ++scored;
    if (bead.score >= options.min_score) ++kept;
  }
  result.mean_score = scored > 0 ? total / static_cast<double>(scored) : 0.0;
  result.units = kept;
}

// One pair's share of the merged file: its units, and the header segtype they were written
// under (a unit's empty segtype means "as the header").
struct MergePart {
  std::string segtype;
  std::vector<TranslationUnit> units;
};

MergePart merge_part(TmxDocument&& tmx) {
  return {std::move(tmx.header.segtype), std::move(tmx.units)};
}

// TUs of a pair for the merged file: TMX variants in the merged file's source order.
void order_variants(std::vector<TranslationUnit>& units, const std::string& source_code) {
  if (source_code == "*all*") return;
  for (TranslationUnit& unit : units) {
    std::stable_partition(unit.variants.begin(), unit.variants.end(),
                          [&](const TmxVariant& variant) { return variant.lang == source_code; });
  }
}

class BatchRun {
 public:
  BatchRun(const Pipeline& pipeline, const std::vector<BatchPair>& pairs,
           const BatchOptions& options)
      : pipeline_(pipeline),
        pairs_(pairs),
        options_(options),
        outputs_(pairs.size()),
        results_(pairs.size()),
        merge_units_(options.merge ? pairs.size() : 0) {
    merge_options_ = options_.output;
    if (merge_options_.source == Language::kUnknown) merge_options_.source = Language::kRussian;
  }

  BatchReport run() {
    const Clock::time_point started = Clock::now();
    plan_outputs();
    BatchReport report;
    if (options_.resume) {
      std::vector<fs::path> targets = outputs_;
      if (options_.merge) targets.push_back(*options_.merge);
      report.stale_temporaries_removed = detail::remove_stale_temporaries(targets);
    }

    started_ = started;
    progress_.total = pairs_.size();
    unsigned jobs = options_.jobs != 0 ? options_.jobs : std::thread::hardware_concurrency();
    jobs = std::max(1u, static_cast<unsigned>(std::min<std::size_t>(jobs, pairs_.size())));
    if (jobs == 1) {
      work();
    } else {
      std::vector<std::jthread> workers;
      workers.reserve(jobs);
      for (unsigned i = 0; i < jobs; ++i) workers.emplace_back([this] { work(); });
    }  // the jthreads join here
    if (callback_error_) std::rethrow_exception(callback_error_);

    for (const PairResult& result : results_) {
      switch (result.status) {
        case PairStatus::kOk:
          ++report.ok;
          break;
        case PairStatus::kFailed:
          ++report.failed;
          break;
        case PairStatus::kSkipped:
          ++report.skipped;
          break;
      }
    }
    if (options_.merge) {
      report.merged_units = write_merge();
      report.merge = options_.merge;
    }
    report.pairs = std::move(results_);
    report.seconds = seconds_since(started);
    return report;
  }

 private:
  // Every output path, checked before any work: two pairs writing one file would silently lose
  // one of them, and an output that is an input would destroy it.
  void plan_outputs() {
    if (!options_.output_dir && !options_.merge) {
      throw Error(ErrorCode::kInvalidArgument,
                  "a batch needs an output folder, a merged output file, or both");
    }
    std::map<fs::path, std::size_t> owners;
    std::map<fs::path, std::size_t> inputs;
    for (std::size_t i = 0; i < pairs_.size(); ++i) {
      inputs.emplace(pairs_[i].first.lexically_normal(), i);
      inputs.emplace(pairs_[i].second.lexically_normal(), i);
    }
    for (std::size_t i = 0; i < pairs_.size(); ++i) {
      outputs_[i] = output_path(pairs_[i], options_).lexically_normal();
      if (outputs_[i].empty()) continue;
      if (const auto [it, added] = owners.try_emplace(outputs_[i], i); !added) {
        throw Error(ErrorCode::kInvalidArgument,
                    fmt::format("{}: the output of both {} and {}", outputs_[i].string(),
                                pairs_[it->second].first.string(), pairs_[i].first.string()));
      }
      if (inputs.contains(outputs_[i])) {
        throw Error(ErrorCode::kInvalidArgument,
                    fmt::format("{}: an output is also an input; refusing to overwrite it",
                                outputs_[i].string()));
      }
    }
    if (options_.merge) {
      const fs::path merge = options_.merge->lexically_normal();
      if (owners.contains(merge) || inputs.contains(merge)) {
        throw Error(
            ErrorCode::kInvalidArgument,
            fmt::format("{}: the merged output is also a pair's input or output", merge.string()));
      }
    }
  }

  void work() {
    for (;;) {
      const std::size_t i = next_.fetch_add(1);
      if (i >= pairs_.size() || stop_.load()) return;
      results_[i] = process(i);
      report_progress(results_[i]);
    }
  }

  void report_progress(const PairResult& result) {
    const std::scoped_lock lock(progress_mutex_);
    ++progress_.done;
    if (result.status == PairStatus::kFailed) ++progress_.failed;
    if (result.status == PairStatus::kSkipped) ++progress_.skipped;
    progress_.sentences += result.first_sentences + result.second_sentences;
    progress_.elapsed_seconds = seconds_since(started_);
    if (!options_.on_pair_done || callback_error_) return;
    try {
      options_.on_pair_done(result, progress_);
    } catch (...) {
      // An exception must not end a worker thread (std::terminate); stop the batch and let the
      // caller see it.
      callback_error_ = std::current_exception();
      stop_.store(true);
    }
  }

  PairResult process(std::size_t i) {
    const Clock::time_point started = Clock::now();
    PairResult result;
    result.pair = pairs_[i];
    result.output = outputs_[i];
    try {
      if (options_.resume && !outputs_[i].empty() &&
          output_is_current(outputs_[i], pairs_[i], options_.format)) {
        result.status = PairStatus::kSkipped;
        result.reason = "the output is complete and newer than both inputs";
        if (options_.merge) merge_units_[i] = units_from_existing(i);
      } else {
        align_and_write(i, result);
        result.status = PairStatus::kOk;
      }
    } catch (const Error& error) {
      result.status = PairStatus::kFailed;
      result.reason = error.what();
      result.error = error.code();
    } catch (const std::bad_alloc&) {
      result.status = PairStatus::kFailed;
      result.reason = fmt::format("{}: out of memory", pairs_[i].first.string());
    } catch (const std::exception& error) {
      // e.g. std::filesystem_error from creating the output folder.
      result.status = PairStatus::kFailed;
      result.reason = error.what();
    }
    if (result.status == PairStatus::kFailed) {
      result.output.clear();
      if (options_.merge) merge_units_[i].reset();
    }
    result.seconds = seconds_since(started);
    return result;
  }

  [[nodiscard]] OutputOptions pair_output_options(std::size_t i) const {
    OutputOptions options = options_.output;
    if (options.creation_date.empty()) {
      options.creation_date = newest_date({&pairs_[i].first, &pairs_[i].second});
    }
    return options;
  }

  void align_and_write(std::size_t i, PairResult& result) {
    const Alignment alignment = pipeline_.align_files(pairs_[i].first, pairs_[i].second);
    const OutputOptions output_options = pair_output_options(i);
    fill_statistics(result, alignment, output_options);
    std::optional<TmxDocument> tmx;
    if (options_.format == Format::kTmx) {
      tmx = to_tmx(alignment, output_options);
      result.units = tmx->units.size();
    }
    if (!outputs_[i].empty()) {
      if (outputs_[i].has_parent_path()) fs::create_directories(outputs_[i].parent_path());
      write_file_atomically(outputs_[i], [&](std::ostream& out) {
        if (tmx) {
          write_tmx(out, *tmx);
        } else {
          write_alignment(out, alignment, options_.format, output_options);
        }
      });
    }
    if (options_.merge) {
      if (tmx && output_options.source == merge_options_.source) {
        merge_units_[i] = merge_part(std::move(*tmx));
      } else {
        merge_units_[i] = merge_part(to_tmx(alignment, merge_options_));
      }
    }
  }

  // A resumed pair's units for the merged file: read back from its TMX (what an uninterrupted
  // run put there), or aligned again when the per-pair files are in another format.
  [[nodiscard]] MergePart units_from_existing(std::size_t i) const {
    if (options_.format == Format::kTmx) {
      try {
        return merge_part(read_tmx(outputs_[i]));
      } catch (const Error&) {
        // Complete but not ours after all; the alignment below is the ground truth.
      }
    }
    return merge_part(
        to_tmx(pipeline_.align_files(pairs_[i].first, pairs_[i].second), merge_options_));
  }

  std::size_t write_merge() {
    OutputOptions options = merge_options_;
    if (options.creation_date.empty()) {
      std::vector<const fs::path*> inputs;
      for (const BatchPair& pair : pairs_) {
        inputs.push_back(&pair.first);
        inputs.push_back(&pair.second);
      }
      options.creation_date = newest_date(inputs);
    }
    // The header comes from the output module, exactly as for a single pair.
    Alignment empty;
    empty.first.language = Language::kRussian;
    empty.second.language = Language::kEnglish;
    TmxDocument merged = to_tmx(empty, options);
    for (std::optional<MergePart>& part : merge_units_) {
      if (!part) continue;
      order_variants(part->units, merged.header.src_lang);
      for (TranslationUnit& unit : part->units) {
        if (options.tuids) unit.tuid = std::to_string(merged.units.size() + 1);
        if (unit.segtype.empty()) unit.segtype = part->segtype;
        merged.units.push_back(std::move(unit));
      }
      part.reset();
    }
    // The header segtype as to_tmx() decides it for one pair ("auto": "paragraph" as soon as a
    // unit joins several sentences), then each unit's own segtype only where it differs.
    const bool any_paragraph =
        std::any_of(merged.units.begin(), merged.units.end(),
                    [](const TranslationUnit& unit) { return unit.segtype == "paragraph"; });
    if (options.segtype == "auto") merged.header.segtype = any_paragraph ? "paragraph" : "sentence";
    for (TranslationUnit& unit : merged.units) {
      if (unit.segtype == merged.header.segtype) unit.segtype.clear();
    }
    const fs::path& path = *options_.merge;
    std::error_code error;
    if (path.has_parent_path()) fs::create_directories(path.parent_path(), error);
    write_file_atomically(path, [&](std::ostream& out) { write_tmx(out, merged); });
    return merged.units.size();
  }

  const Pipeline& pipeline_;
  const std::vector<BatchPair>& pairs_;
  const BatchOptions& options_;
  OutputOptions merge_options_;
  std::vector<fs::path> outputs_;
  std::vector<PairResult> results_;  // slot i written only by the worker that took pair i
  std::vector<std::optional<MergePart>> merge_units_;

  std::atomic<std::size_t> next_{0};
  std::atomic<bool> stop_{false};
  std::mutex progress_mutex_;
  BatchProgress progress_;
  Clock::time_point started_;
  std::exception_ptr callback_error_;
};

}  // namespace

std::string_view status_name(PairStatus status) noexcept {
  switch (status) {
    case PairStatus::kOk:
      return "ok";
    case PairStatus::kFailed:
      return "failed";
    case PairStatus::kSkipped:
      return "skipped";
  }
  return "unknown";
}

std::string_view error_code_name(ErrorCode code) noexcept {
  switch (code) {
    case ErrorCode::kNotFound:
      return "not_found";
    case ErrorCode::kNotAFile:
      return "not_a_file";
    case ErrorCode::kUnreadable:
      return "unreadable";
    case ErrorCode::kEmpty:
      return "empty";
    case ErrorCode::kDecode:
      return "decode";
    case ErrorCode::kLanguage:
      return "language";
    case ErrorCode::kBadSrx:
      return "bad_srx";
    case ErrorCode::kBadTmx:
      return "bad_tmx";
    case ErrorCode::kBadLexicon:
      return "bad_lexicon";
    case ErrorCode::kWrite:
      return "write";
    case ErrorCode::kInvalidArgument:
      return "invalid_argument";
  }
  return "unknown";
}

std::string_view format_extension(Format format) noexcept {
  switch (format) {
    case Format::kTmx:
      return ".tmx";
    case Format::kTsv:
      return ".tsv";
    case Format::kJsonl:
      return ".jsonl";
    case Format::kBeads:
      return ".beads";
    case Format::kHtml:
      return ".html";
  }
  return ".out";
}

fs::path output_path(const BatchPair& pair, const BatchOptions& options) {
  if (pair.output) return *pair.output;
  if (!options.output_dir) return {};
  return *options.output_dir / (pair.name + std::string(format_extension(options.format)));
}

bool output_is_complete(const fs::path& path, Format format) {
  std::error_code error;
  if (!fs::is_regular_file(path, error)) return false;
  const std::uintmax_t size = fs::file_size(path, error);
  if (error) return false;
  if (size == 0) return format != Format::kTmx && format != Format::kHtml;
  std::ifstream in(path, std::ios::binary);
  const std::uintmax_t tail_size = std::min<std::uintmax_t>(size, 64);
  in.seekg(static_cast<std::streamoff>(size - tail_size));
  std::string tail(tail_size, '\0');
  if (!in.read(tail.data(), static_cast<std::streamsize>(tail_size))) return false;
  if (format != Format::kTmx && format != Format::kHtml) return tail.back() == '\n';
  while (!tail.empty() && (tail.back() == '\n' || tail.back() == '\r' || tail.back() == ' ')) {
    tail.pop_back();
  }
  return format == Format::kTmx ? tail.ends_with("</tmx>")
                                : tail.ends_with("</html>") || tail.ends_with("</HTML>");
}

bool output_is_current(const fs::path& output, const BatchPair& pair, Format format) {
  if (!output_is_complete(output, format)) return false;
  const auto written = modified(output);
  const auto first = modified(pair.first);
  const auto second = modified(pair.second);
  return written && first && second && *written > *first && *written > *second;
}

BatchReport run_batch(const Pipeline& pipeline, const std::vector<BatchPair>& pairs,
                      const BatchOptions& options) {
  return BatchRun(pipeline, pairs, options).run();
}

}  // namespace libalign
