// align pair FILE1 FILE2 [-o OUT] [--format ...]: one document pair.
#include <fmt/format.h>

#include <filesystem>
#include <iostream>

#include "cli_common.hpp"
#include "commands.hpp"
#include "libalign/output.hpp"
#include "libalign/pipeline.hpp"

namespace align_cli {
namespace {

namespace fs = std::filesystem;

bool same_file(const fs::path& a, const fs::path& b) {
  std::error_code error;
  if (fs::exists(a, error) && fs::exists(b, error)) return fs::equivalent(a, b, error);
  return fs::weakly_canonical(a, error) == fs::weakly_canonical(b, error);
}

}  // namespace

int run_pair(const std::vector<std::string>& args) {
  po::options_description general("align pair FILE1 FILE2 [-o OUT] [options]\n\n"
                                   "Aligns two documents (one Russian, one English, in either "
                                   "order;\nFILE1 is the TMX source language unless --srclang "
                                   "says otherwise).\n\nGeneral");
  general.add_options()
    ("help,h", "show this help")
    ("output,o", po::value<std::string>(), "output file (default: standard output)");
  po::options_description visible;
  visible.add(general).add(pipeline_options_description()).add(output_options_description());

  const CommandLine command = parse_command(args, visible);
  if (command.help) return kExitOk;
  const po::variables_map& values = command.values;
  const std::vector<std::string>& files = command.positionals;
  if (files.size() != 2) {
    throw UsageError(fmt::format("expected two input files, got {}", files.size()));
  }
  const libalign::Format format = format_from(values);
  const libalign::OutputOptions output_options = output_options_from(values);
  std::optional<fs::path> output;
  if (values.count("output") > 0 && values["output"].as<std::string>() != "-") {
    output = values["output"].as<std::string>();
    for (const auto& input : files) {
      if (same_file(*output, input)) {
        throw UsageError(fmt::format("the output {} is also an input; refusing to overwrite it",
                                     output->string()));
      }
    }
  }

  const libalign::Pipeline pipeline(pipeline_options_from(values));
  note_missing_dictionary();
  const libalign::Alignment alignment = pipeline.align_files(files[0], files[1]);
  if (output) {
    libalign::write_file_atomically(*output, [&](std::ostream& out) {
      libalign::write_alignment(out, alignment, format, output_options);
    });
  } else {
    libalign::write_alignment(std::cout, alignment, format, output_options);
    std::cout.flush();
  }
  return kExitOk;
}

}  // namespace align_cli
