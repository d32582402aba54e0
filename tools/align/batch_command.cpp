// align batch DIR|--manifest FILE -o OUTDIR [--merge OUT.tmx] [--jobs N] [--resume]
//             [--shard K/N] [--report FILE]: many document pairs.
// The work is libalign::run_batch(); this file parses options and draws the progress.
#include <fmt/format.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "cli_common.hpp"
#include "commands.hpp"
#include "libalign/batch.hpp"
#include "libalign/error.hpp"
#include "libalign/output.hpp"
#include "libalign/pipeline.hpp"

namespace align_cli {
namespace {

namespace fs = std::filesystem;

std::string duration_text(double seconds) {
  if (!std::isfinite(seconds) || seconds < 0) return "--";
  const auto total = static_cast<long long>(std::llround(seconds));
  if (total >= 3600) return fmt::format("{}h{:02}m", total / 3600, total % 3600 / 60);
  if (total >= 60) return fmt::format("{}m{:02}s", total / 60, total % 60);
  return fmt::format("{}s", total);
}

// Progress on stderr: a redrawn bar on a terminal, one line per pair elsewhere (logs, CI), and
// nothing but failures with --quiet. Called by run_batch() one pair at a time.
class ProgressPrinter {
 public:
  enum class Mode { kBar, kLines, kQuiet };

  explicit ProgressPrinter(Mode mode) : mode_(mode) {}

  void operator()(const libalign::PairResult& result, const libalign::BatchProgress& progress) {
    switch (mode_) {
      case Mode::kQuiet:
        if (result.status == libalign::PairStatus::kFailed) print_failure(result);
        return;
      case Mode::kLines:
        print_line(result, progress);
        return;
      case Mode::kBar:
        if (result.status == libalign::PairStatus::kFailed) {
          clear_bar();
          print_failure(result);
        }
        draw_bar(progress, result.status == libalign::PairStatus::kFailed);
        return;
    }
  }

  // Leaves the terminal on a fresh line after the last redraw.
  void finish() {
    if (mode_ == Mode::kBar && drawn_) std::fputs("\n", stderr);
    std::fflush(stderr);
  }

 private:
  static void print_failure(const libalign::PairResult& result) {
    fmt::print(stderr, "align batch: failed: {}\n", result.reason);
  }

  static void print_line(const libalign::PairResult& result,
                         const libalign::BatchProgress& progress) {
    const std::string counter = fmt::format("[{}/{}]", progress.done, progress.total);
    switch (result.status) {
      case libalign::PairStatus::kOk: {
        std::size_t beads = 0;
        for (const auto& entry : result.beads_by_type) beads += entry.second;
        fmt::print(stderr, "{} ok {} ({} + {} sentences, {} beads, {:.2f} s)\n", counter,
                   result.pair.name, result.first_sentences, result.second_sentences, beads,
                   result.seconds);
        break;
      }
      case libalign::PairStatus::kSkipped:
        fmt::print(stderr, "{} skipped {} (up to date)\n", counter, result.pair.name);
        break;
      case libalign::PairStatus::kFailed:
        fmt::print(stderr, "{} FAILED {}: {}\n", counter, result.pair.name, result.reason);
        break;
    }
    std::fflush(stderr);
  }

  static std::size_t terminal_width() {
    winsize size{};
    if (::ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 20) return size.ws_col;
    return 80;
  }

  void clear_bar() {
    if (drawn_) std::fputs("\r\x1b[K", stderr);
  }

  void draw_bar(const libalign::BatchProgress& progress, bool force) {
    // A redraw per pair would flood a slow terminal when pairs are tiny; ten a second is plenty.
    const auto now = std::chrono::steady_clock::now();
    const bool last = progress.done == progress.total;
    if (!force && !last && drawn_ && now - last_draw_ < std::chrono::milliseconds(100)) return;
    last_draw_ = now;

    const double elapsed = std::max(progress.elapsed_seconds, 1e-9);
    const double rate = static_cast<double>(progress.sentences) / elapsed;
    const double eta = progress.done == 0 ? NAN
                                          : elapsed / static_cast<double>(progress.done) *
                                                static_cast<double>(progress.total - progress.done);
    std::string tail = fmt::format(" {}/{} pairs  {:.0f} sentences/s  ETA {}", progress.done,
                                   progress.total, rate, last ? "0s" : duration_text(eta));
    if (progress.failed > 0) tail += fmt::format("  {} failed", progress.failed);
    if (progress.skipped > 0) tail += fmt::format("  {} skipped", progress.skipped);

    const std::size_t width = terminal_width();
    const std::size_t room = width > tail.size() + 3 ? width - tail.size() - 3 : 0;
    const std::size_t bar = std::min<std::size_t>(room, 40);
    std::string line = "\r\x1b[K";
    if (bar >= 10) {
      const std::size_t filled = progress.total == 0 ? bar : bar * progress.done / progress.total;
      line += '[';
      line.append(filled, '#');
      line.append(bar - filled, '.');
      line += ']';
    }
    line += tail;
    std::fputs(line.c_str(), stderr);
    std::fflush(stderr);
    drawn_ = true;
  }

  Mode mode_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point last_draw_{};
};

void warn_about_files(const libalign::DiscoveredPairs& found, bool quiet) {
  for (const fs::path& file : found.unpaired) {
    fmt::print(stderr,
               "align batch: warning: {} has no partner (expected NAME.ru.EXT + NAME.en.EXT, "
               "NAME_ru.EXT + NAME_en.EXT or ru/NAME.EXT + en/NAME.EXT); skipped\n",
               file.string());
  }
  if (!quiet && !found.ignored.empty()) {
    std::string examples;
    for (std::size_t i = 0; i < std::min<std::size_t>(found.ignored.size(), 3); ++i) {
      examples += (i > 0 ? ", " : "") + found.ignored[i].string();
    }
    fmt::print(stderr, "align batch: note: ignored {} file{} without ru/en in the name ({}{})\n",
               found.ignored.size(), found.ignored.size() == 1 ? "" : "s", examples,
               found.ignored.size() > 3 ? ", ..." : "");
  }
}

}  // namespace

int run_batch(const std::vector<std::string>& args) {
  po::options_description general(
      "align batch DIR|--manifest FILE -o OUTDIR [--merge OUT.tmx] [options]\n\n"
      "Aligns every document pair in DIR (recursively), named NAME.ru.EXT + NAME.en.EXT,\n"
      "NAME_ru.EXT + NAME_en.EXT or ru/NAME.EXT + en/NAME.EXT, or listed in a manifest\n"
      "(FILE1<TAB>FILE2[<TAB>OUTPUT] lines, paths relative to the manifest's folder).\n"
      "A bad pair does not stop the batch: it is reported and the exit status is 3.\n"
      "Unless --creation-date is given, each TMX is dated by the newest modification time\n"
      "of its inputs, so that a rerun, a resumed run or a sharded run writes identical files.\n\n"
      "Batch");
  general.add_options()("help,h", "show this help")(
      "output,o", po::value<std::string>()->value_name("OUTDIR"),
      "write one file per pair under this folder, mirroring the input names (a/b/NAME.tmx)")(
      "manifest", po::value<std::string>()->value_name("FILE"),
      "read the pairs from this TSV file instead of DIR")(
      "merge", po::value<std::string>()->value_name("OUT.tmx"),
      "also write all pairs into this one TMX file, in pair order, with the document names as "
      "<prop>s")("jobs,j", po::value<unsigned>()->value_name("N"),
                 "worker threads (default: all cores)")(
      "resume",
      "skip pairs whose output is complete and newer than both inputs (after a crash "
      "or kill, rerun the same command with --resume)")(
      "shard", po::value<std::string>()->value_name("K/N"),
      "process only the K-th of N shards of the sorted pair list, e.g. 2/3")(
      "report", po::value<std::string>()->value_name("FILE"),
      "write a JSON report of every pair to this file")(
      "ext", po::value<std::vector<std::string>>()->value_name("EXT"),
      "only files with this extension, e.g. --ext txt (repeatable; default: any)")(
      "quiet,q", "no progress; failures are still reported");
  po::options_description hidden;
  hidden.add_options()("dir", po::value<std::vector<std::string>>(), "input folder");
  po::options_description visible;
  visible.add(general).add(pipeline_options_description()).add(output_options_description());
  po::options_description all;
  all.add(visible).add(hidden);
  po::positional_options_description positional;
  positional.add("dir", -1);

  const po::variables_map values = parse_command_line(args, all, positional);
  if (values.count("help") > 0) {
    std::cout << visible << "\n";
    return kExitOk;
  }
  const auto dirs = values.count("dir") > 0 ? values["dir"].as<std::vector<std::string>>()
                                            : std::vector<std::string>{};
  const bool manifest = values.count("manifest") > 0;
  if (dirs.size() > 1) throw UsageError(fmt::format("expected one folder, got {}", dirs.size()));
  if (dirs.empty() == !manifest) throw UsageError("give either a folder DIR or --manifest FILE");
  if (values.count("output") == 0 && values.count("merge") == 0) {
    throw UsageError("nowhere to write: give -o OUTDIR, --merge OUT.tmx, or both");
  }
  const bool quiet = values.count("quiet") > 0;

  libalign::BatchOptions options;
  options.format = format_from(values);
  options.output = output_options_from(values);
  if (values.count("output") > 0) options.output_dir = values["output"].as<std::string>();
  if (values.count("merge") > 0) options.merge = values["merge"].as<std::string>();
  options.resume = values.count("resume") > 0;
  if (values.count("jobs") > 0) {
    options.jobs = values["jobs"].as<unsigned>();
    if (options.jobs == 0) throw UsageError("--jobs must be at least 1");
  }
  libalign::Shard shard;
  if (values.count("shard") > 0) {
    try {
      shard = libalign::parse_shard(values["shard"].as<std::string>());
    } catch (const libalign::Error& error) {
      throw UsageError(fmt::format("--shard: {}", error.what()));
    }
  }
  std::optional<fs::path> report_path;
  if (values.count("report") > 0) report_path = values["report"].as<std::string>();

  // The pair list. Mistakes in it (a malformed manifest line, two pairs with one output name)
  // are the user's to fix before anything runs.
  std::vector<libalign::BatchPair> pairs;
  std::string source;
  try {
    if (manifest) {
      source = values["manifest"].as<std::string>();
      pairs = libalign::read_manifest(source);
    } else {
      source = dirs.front();
      libalign::DiscoverOptions discover;
      if (values.count("ext") > 0)
        discover.extensions = values["ext"].as<std::vector<std::string>>();
      if (options.output_dir) discover.exclude.push_back(*options.output_dir);
      const libalign::DiscoveredPairs found = libalign::discover_pairs(source, discover);
      warn_about_files(found, quiet);
      pairs = found.pairs;
    }
  } catch (const libalign::Error& error) {
    if (error.code() == libalign::ErrorCode::kInvalidArgument) {
      throw UsageError(manifest ? error.what() : fmt::format("{} with --ext", error.what()));
    }
    throw;
  }
  if (pairs.empty()) {
    throw libalign::Error(
        libalign::ErrorCode::kNotFound,
        manifest ? fmt::format("{}: the manifest lists no pairs", source)
                 : fmt::format("{}: no document pairs found (name them NAME.ru.txt + NAME.en.txt, "
                               "NAME_ru.txt + NAME_en.txt or ru/NAME.txt + en/NAME.txt)",
                               source));
  }
  pairs = libalign::select_shard(pairs, shard);

  const libalign::Pipeline pipeline(pipeline_options_from(values));
  note_missing_dictionary();
  const ProgressPrinter::Mode mode = quiet                          ? ProgressPrinter::Mode::kQuiet
                                     : ::isatty(STDERR_FILENO) != 0 ? ProgressPrinter::Mode::kBar
                                                                    : ProgressPrinter::Mode::kLines;
  ProgressPrinter printer(mode);
  options.on_pair_done = [&printer](const libalign::PairResult& result,
                                    const libalign::BatchProgress& progress) {
    printer(result, progress);
  };

  libalign::BatchReport report;
  try {
    report = libalign::run_batch(pipeline, pairs, options);
  } catch (const libalign::Error& error) {
    printer.finish();
    if (error.code() == libalign::ErrorCode::kInvalidArgument) throw UsageError(error.what());
    throw;
  }
  printer.finish();

  if (report_path) {
    // A run killed while writing its report left a temporary file beside it too.
    if (options.resume)
      report.stale_temporaries_removed += libalign::remove_stale_temporaries(*report_path);
    libalign::write_file_atomically(
        *report_path, [&](std::ostream& out) { libalign::write_report_json(out, report); });
  }
  if (!quiet) {
    std::string summary =
        fmt::format("align batch: {} pair{}: {} ok, {} failed, {} skipped in {:.1f} s",
                    report.pairs.size(), report.pairs.size() == 1 ? "" : "s", report.ok,
                    report.failed, report.skipped, report.seconds);
    if (options.output_dir) summary += fmt::format("; outputs in {}", options.output_dir->string());
    if (report.merge) {
      summary +=
          fmt::format("; {} units merged into {}", report.merged_units, report.merge->string());
    }
    if (report.stale_temporaries_removed > 0) {
      summary += fmt::format("; removed {} temporary file{} of an interrupted run",
                             report.stale_temporaries_removed,
                             report.stale_temporaries_removed == 1 ? "" : "s");
    }
    fmt::print(stderr, "{}\n", summary);
  }
  return report.failed > 0 ? kExitPartial : kExitOk;
}

}  // namespace align_cli
