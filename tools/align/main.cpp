// align — the command-line shell over libalign. It parses options and calls the library; all
// the work is in libalign (see design.md, "The CLI contract").
#include <fmt/format.h>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include <exception>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "cli_common.hpp"
#include "commands.hpp"
#include "libalign/error.hpp"
#include "libalign/pipeline.hpp"

namespace {

constexpr std::string_view kUsage =
    "usage: align COMMAND [OPTIONS]\n"
    "\n"
    "Aligns a Russian document with its English translation, sentence by sentence.\n"
    "\n"
    "commands:\n"
    "  pair FILE1 FILE2 [-o OUT]   align one document pair (TMX, TSV, JSONL, beads, HTML)\n"
    "  split FILE|- [--lang L]     print one sentence per line\n"
    "  batch DIR|--manifest FILE -o OUTDIR\n"
    "                              align many pairs in parallel, resumable\n"
    "  stream                      JSON lines in, JSON lines out (for GNU parallel, Hadoop)\n"
    "  tmx merge|stats ...         work with TMX files\n"
    "\n"
    "Run 'align COMMAND --help' for the options of a command.\n"
    "Exit status: 0 success, 1 usage error, 2 an input could not be used,\n"
    "3 (batch) some pairs failed and the rest were written.\n";

// glibc raises its mmap threshold each time a large block is freed, so that later large
// vectors come from the heap and their pages stay with the process after they are freed: on a
// file of a million one-word lines that left peak RSS 50% above the live heap. A fixed
// threshold keeps every block of 1 MB or more mmapped and given back when freed.
void keep_large_blocks_mmapped() {
#if defined(__GLIBC__)
  mallopt(M_MMAP_THRESHOLD, 1 << 20);
#endif
}

}  // namespace

int main(int argc, char** argv) {
  keep_large_blocks_mmapped();
  const std::vector<std::string> all(argv + 1, argv + argc);
  if (all.empty()) {
    std::cerr << kUsage;
    return align_cli::kExitUsage;
  }
  const std::string& command = all.front();
  const std::vector<std::string> args(all.begin() + 1, all.end());
  try {
    if (command == "pair") return align_cli::run_pair(args);
    if (command == "split") return align_cli::run_split(args);
    if (command == "batch") return align_cli::run_batch(args);
    if (command == "stream") return align_cli::run_stream(args);
    if (command == "tmx") return align_cli::run_tmx(args);
    if (command == "--help" || command == "-h" || command == "help") {
      std::cout << kUsage;
      return align_cli::kExitOk;
    }
    if (command == "--version") {
      std::cout << "align (libalign) " << libalign::version() << "\n";
      return align_cli::kExitOk;
    }
    std::cerr << fmt::format("align: unknown command '{}'\n\n", command) << kUsage;
    return align_cli::kExitUsage;
  } catch (const align_cli::UsageError& error) {
    std::cerr << fmt::format("align {}: {}\nTry 'align {} --help'.\n", command, error.what(),
                             command);
    return align_cli::kExitUsage;
  } catch (const libalign::Error& error) {
    std::cerr << "align: " << error.what() << "\n";
    return align_cli::kExitInput;
  } catch (const std::bad_alloc&) {
    std::cerr << "align: out of memory\n";
    return align_cli::kExitInput;
  } catch (const std::exception& error) {
    std::cerr << "align: internal error: " << error.what() << "\n";
    return align_cli::kExitInput;
  }
}
