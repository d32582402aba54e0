// Shared fixture for the CLI tests: runs build/bin/align in a fresh temporary folder.
#pragma once

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "support/files.hpp"

namespace cli_test {

namespace fs = std::filesystem;

struct CommandResult {
  int status = -1;
  std::string out;
  std::string err;
};

using libalign_test::slurp;
using libalign_test::spit;

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("libalign-cli-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    spit(dir_ / "a.ru.txt",
         "Заголовок статьи\n\nПервое предложение, т. е. вводное. В 2024 г. прошло 15 000 "
         "событий.\n\nВторое предложение длиннее первого. Третье!\n");
    spit(dir_ / "a.en.txt",
         "Article headline\n\nThe first sentence, i.e. the introduction. In 2024, 15,000 events "
         "took place.\n\nThe second sentence is longer than the first. The third!\n");
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Runs `align ARGS` in the test folder; arguments are passed through the shell, so quote them.
  CommandResult align(const std::string& args, const std::string& stdin_file = "") {
    const fs::path out = dir_ / "stdout.txt";
    const fs::path err = dir_ / "stderr.txt";
    std::string command = "cd '" + dir_.string() + "' && '" ALIGN_EXE "' " + args + " >'" +
                          out.string() + "' 2>'" + err.string() + "'";
    if (!stdin_file.empty()) command += " <'" + stdin_file + "'";
    const int raw = std::system(command.c_str());
    CommandResult run;
    run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    run.out = slurp(out);
    run.err = slurp(err);
    fs::remove(out);
    fs::remove(err);
    return run;
  }

  // Everything in the test folder except the inputs the test wrote.
  std::vector<std::string> files() const {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir_)) names.push_back(entry.path().filename());
    std::sort(names.begin(), names.end());
    return names;
  }

  fs::path dir_;
};

inline int count_lines(const std::string& text) {
  return static_cast<int>(std::count(text.begin(), text.end(), '\n'));
}

// The English sentences that `--format beads` output places: the indices in the second
// bracket of each "[ru, ...]:[en, ...]" line.
inline int count_english_sentences(const std::string& beads) {
  int count = 0;
  std::size_t line_begin = 0;
  while (line_begin < beads.size()) {
    std::size_t line_end = beads.find('\n', line_begin);
    if (line_end == std::string::npos) line_end = beads.size();
    const std::size_t colon = beads.find("]:[", line_begin);
    if (colon != std::string::npos && colon < line_end) {
      const std::size_t first = colon + 3, close = beads.find(']', first);
      if (close != first) {
        count += 1 + static_cast<int>(std::count(beads.begin() + static_cast<std::ptrdiff_t>(first),
                                                 beads.begin() + static_cast<std::ptrdiff_t>(close),
                                                 ','));
      }
    }
    line_begin = line_end + 1;
  }
  return count;
}

}  // namespace cli_test
