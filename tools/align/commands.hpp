// The subcommands of the `align` tool. Each takes the arguments after its name and returns the
// process exit status; errors escape as exceptions and main() turns them into one line.
#pragma once

#include <string>
#include <vector>

namespace align_cli {

int run_pair(const std::vector<std::string>& args);
int run_split(const std::vector<std::string>& args);
int run_batch(const std::vector<std::string>& args);
int run_stream(const std::vector<std::string>& args);
int run_tmx(const std::vector<std::string>& args);

}  // namespace align_cli
