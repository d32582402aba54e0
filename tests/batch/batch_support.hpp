// Helpers for the batch tests: temporary folders, generated document pairs, running the align
// executable. Test-only code; never part of the library.
#pragma once

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "support/files.hpp"

namespace batch_test {

namespace fs = std::filesystem;

using libalign_test::slurp;
using libalign_test::spit;

/// A fresh folder under the system temp folder, removed at the end of the test.
class TempDir {
 public:
  TempDir() {
    static std::atomic<int> counter{0};
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    path_ = fs::temp_directory_path() /
            ("libalign-batch-" + std::to_string(::getpid()) + "-" +
             (info != nullptr ? std::string(info->name()) : std::string("x")) + "-" +
             std::to_string(counter++));
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code error;
    fs::remove_all(path_, error);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  [[nodiscard]] const fs::path& path() const { return path_; }
  [[nodiscard]] fs::path operator/(const fs::path& relative) const { return path_ / relative; }

 private:
  fs::path path_;
};

/// Document pair number `i`: a Russian text and its English translation, a few sentences in
/// two paragraphs, different for every i (numbers and sentence choice vary).
inline std::pair<std::string, std::string> document_pair(int i) {
  struct Line {
    const char* ru;
    const char* en;
  };
  static const Line kLines[] = {
      {"Мэр города открыл новый мост через реку.",
       "The mayor of the city opened a new bridge over the river."},
      {"В {A} году здесь жили {B} человек.", "In {A}, {B} people lived here."},
      {"Строительство продолжалось три года и стоило {B} рублей.",
       "The construction lasted three years and cost {B} roubles."},
      {"Жители давно просили об этом.", "Residents had long asked for it."},
      {"По словам инженеров, мост простоит сто лет.",
       "According to the engineers, the bridge will last a hundred years."},
      {"Движение откроют в понедельник утром.", "Traffic will open on Monday morning."},
      {"Школа номер {A} получила новые компьютеры.", "School number {A} received new computers."},
      {"Учителя прошли курсы повышения квалификации.",
       "The teachers took professional development courses."},
      {"Погода в выходные будет тёплой и солнечной.",
       "The weather at the weekend will be warm and sunny."},
      {"Синоптики обещают до {A} градусов тепла.", "Forecasters promise up to {A} degrees."},
  };
  constexpr int kCount = static_cast<int>(std::size(kLines));
  const auto fill = [&](std::string text) {
    const std::string a = std::to_string(1900 + i);
    const std::string b = std::to_string(1000 + 37 * i);
    for (std::size_t at; (at = text.find("{A}")) != std::string::npos;) text.replace(at, 3, a);
    for (std::size_t at; (at = text.find("{B}")) != std::string::npos;) text.replace(at, 3, b);
    return text;
  };
  std::string ru;
  std::string en;
  const int sentences = 4 + i % 5;
  for (int k = 0; k < sentences; ++k) {
    const Line& line = kLines[(i + 3 * k) % kCount];
    if (k == sentences / 2) {
      ru += "\n\n";
      en += "\n\n";
    } else if (k > 0) {
      ru += ' ';
      en += ' ';
    }
    ru += fill(line.ru);
    en += fill(line.en);
  }
  return {ru + "\n", en + "\n"};
}

/// Writes document pair `i` as DIR/STEM.ru.txt and DIR/STEM.en.txt.
inline void write_pair(const fs::path& dir, const std::string& stem, int i) {
  const auto [ru, en] = document_pair(i);
  spit(dir / (stem + ".ru.txt"), ru);
  spit(dir / (stem + ".en.txt"), en);
}

/// Every regular file under `dir`, relative, '/'-separated, sorted, with its bytes.
inline std::map<std::string, std::string> tree(const fs::path& dir) {
  std::map<std::string, std::string> files;
  if (!fs::exists(dir)) return files;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file()) {
      files[entry.path().lexically_relative(dir).generic_string()] = slurp(entry.path());
    }
  }
  return files;
}

/// File names under `dir` that look like temporary or partial files.
inline std::vector<std::string> leftovers(const fs::path& dir) {
  std::vector<std::string> found;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (name.find(".tmp") != std::string::npos || name.starts_with('.')) {
      found.push_back(entry.path().string());
    }
  }
  return found;
}

struct Outcome {
  int status = -1;  ///< exit status, or -signal when killed
  std::string out;
  std::string err;
};

#ifdef ALIGN_EXE
/// Starts `align ARGS` in `cwd` with stdin from `stdin_file` (or /dev/null) and stdout/stderr
/// into files in `cwd`; returns the child's pid. No shell, so arguments need no quoting.
inline pid_t start_align(const fs::path& cwd, const std::vector<std::string>& args,
                         const fs::path& stdin_file = "/dev/null", const std::string& tag = "run") {
  const fs::path out = cwd / (".." + tag + ".stdout");
  const fs::path err = cwd / (".." + tag + ".stderr");
  const pid_t pid = ::fork();
  if (pid == 0) {
    if (::chdir(cwd.c_str()) != 0) ::_exit(126);
    const int in_fd = ::open(stdin_file.c_str(), O_RDONLY);
    const int out_fd = ::open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int err_fd = ::open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (in_fd < 0 || out_fd < 0 || err_fd < 0) ::_exit(126);
    ::dup2(in_fd, 0);
    ::dup2(out_fd, 1);
    ::dup2(err_fd, 2);
    std::vector<char*> argv;
    static char kName[] = "align";
    argv.push_back(kName);
    for (const std::string& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
    argv.push_back(nullptr);
    ::execv(ALIGN_EXE, argv.data());
    ::_exit(127);
  }
  return pid;
}

inline Outcome finish_align(const fs::path& cwd, pid_t pid, const std::string& tag = "run") {
  int raw = 0;
  ::waitpid(pid, &raw, 0);
  Outcome run;
  run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : WIFSIGNALED(raw) ? -WTERMSIG(raw) : -1000;
  const fs::path out = cwd / (".." + tag + ".stdout");
  const fs::path err = cwd / (".." + tag + ".stderr");
  run.out = slurp(out);
  run.err = slurp(err);
  fs::remove(out);
  fs::remove(err);
  return run;
}

/// Runs `align ARGS` in `cwd` to completion.
inline Outcome align(const fs::path& cwd, const std::vector<std::string>& args,
                     const fs::path& stdin_file = "/dev/null") {
  return finish_align(cwd, start_align(cwd, args, stdin_file));
}
#endif

}  // namespace batch_test
