// The resume promise of issue 5: kill `align batch` with SIGKILL at random moments, ten times,
// then rerun with --resume; the outputs must be byte-identical to an uninterrupted run's and no
// temporary or partial file may remain.
#include <fmt/format.h>
#include <gtest/gtest.h>
#include <signal.h>

#include <chrono>
#include <iostream>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "batch_support.hpp"

namespace {

using batch_test::finish_align;
using batch_test::leftovers;
using batch_test::Outcome;
using batch_test::slurp;
using batch_test::start_align;
using batch_test::TempDir;
using batch_test::tree;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

TEST(KillAndResume, TenRandomKillsThenResumeGiveTheUninterruptedOutputs) {
  TempDir dir;
  for (int i = 0; i < 30; ++i) {
    batch_test::write_pair(dir / "corpus" / (i % 3 == 0 ? "a" : "b/c"), "doc" + std::to_string(i),
                           i);
  }
  const auto batch = [](const std::string& out, bool resume) {
    std::vector<std::string> args = {"batch",      "corpus", "-o", out,      "--merge",
                                     out + ".tmx", "--jobs", "2",  "--quiet"};
    if (resume) args.push_back("--resume");
    return args;
  };

  const Clock::time_point started = Clock::now();
  const Outcome reference = batch_test::align(dir.path(), batch("ref", false));
  const auto full = Clock::now() - started;
  ASSERT_EQ(reference.status, 0) << reference.err;
  const auto expected = tree(dir / "ref");
  ASSERT_EQ(expected.size(), 30u);
  const std::string expected_merge = slurp(dir / "ref.tmx");

  std::random_device seed;
  const unsigned seed_value = seed();
  SCOPED_TRACE("random seed " + std::to_string(seed_value));
  std::mt19937 random(seed_value);
  // Up to the whole run's length, so kills land while starting, aligning, writing pairs and
  // writing the merged file.
  const auto full_us = std::chrono::duration_cast<std::chrono::microseconds>(full).count();
  std::uniform_int_distribution<long long> moment(0, std::max<long long>(full_us, 1000));
  int killed = 0;
  std::string story;  // what each kill left behind, printed for whoever reads the log
  for (int attempt = 0; attempt < 10; ++attempt) {
    const pid_t pid = start_align(dir.path(), batch("out", attempt > 0), "/dev/null", "kill");
    const long long delay = moment(random);
    std::this_thread::sleep_for(std::chrono::microseconds(delay));
    ::kill(pid, SIGKILL);
    const Outcome run = finish_align(dir.path(), pid, "kill");
    if (run.status == -SIGKILL) {
      ++killed;
      const std::size_t partial = fs::exists(dir / "out") ? leftovers(dir / "out").size() : 0;
      story += fmt::format(" [{} us: {} outputs, {} temporary]", delay, tree(dir / "out").size(),
                           partial);
    } else {
      EXPECT_EQ(run.status, 0) << "attempt " << attempt << " after " << delay << " us: " << run.err;
    }
  }
  // The sleeps are drawn over the whole run, so most runs die; all finishing would mean the
  // test no longer tests anything.
  EXPECT_GT(killed, 0);
  std::cout << "killed " << killed << " of 10 runs:" << story << "\n";

  const Outcome resumed = batch_test::align(dir.path(), batch("out", true));
  ASSERT_EQ(resumed.status, 0) << resumed.err;
  EXPECT_EQ(tree(dir / "out"), expected);
  EXPECT_EQ(slurp(dir / "out.tmx"), expected_merge);
  EXPECT_TRUE(leftovers(dir.path()).empty()) << leftovers(dir.path()).front();
}

}  // namespace
