// Pieces shared by the subcommands: exit statuses, usage errors, and the options that `pair`,
// `batch` and `stream` have in common.
#pragma once

#include <boost/program_options.hpp>
#include <stdexcept>
#include <string>
#include <vector>

#include "libalign/output.hpp"
#include "libalign/pipeline.hpp"

namespace align_cli {

namespace po = boost::program_options;

/// Exit statuses of the CLI contract (design.md).
enum ExitStatus : int {
  kExitOk = 0,
  kExitUsage = 1,    ///< bad command line
  kExitInput = 2,    ///< an input could not be used (the message names it)
  kExitPartial = 3,  ///< batch: some pairs failed, the rest were written
};

/// A command-line mistake: printed with a hint to --help, exit status 1.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Parses `args` against `options` (and `positional`), throwing UsageError on mistakes.
po::variables_map parse_command_line(const std::vector<std::string>& args,
                                     const po::options_description& options,
                                     const po::positional_options_description& positional);

/// A command line split into option values and the positional arguments (file names).
struct CommandLine {
  po::variables_map values;
  std::vector<std::string> positionals;
  bool help = false;  ///< --help was given and `visible` has been printed to stdout
};

/// Parses `args` against `visible` (which must declare "help") plus any number of positional
/// arguments; prints `visible` when --help is given. Throws UsageError on mistakes.
CommandLine parse_command(const std::vector<std::string>& args,
                          const po::options_description& visible);

/// The reading, segmentation, alignment and output options shared by pair/batch/stream.
po::options_description pipeline_options_description();
po::options_description output_options_description();

/// Builds the library options from parsed values. Throws UsageError for bad values and
/// libalign::Error for unusable files (--lexicon, --srx).
libalign::PipelineOptions pipeline_options_from(const po::variables_map& values);
libalign::OutputOptions output_options_from(const po::variables_map& values);
libalign::Format format_from(const po::variables_map& values);

/// Says once on stderr that the built-in dictionary is missing (the tool still works).
void note_missing_dictionary();

}  // namespace align_cli
