// Tests of write_file_atomically(): the target appears complete or not at all, and no temporary
// file is left behind on failure.
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>

#include "libalign/error.hpp"
#include "libalign/output.hpp"
#include "support/files.hpp"

namespace libalign {
namespace {

namespace fs = std::filesystem;
using libalign_test::slurp;

class AtomicWrite : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("atomic_write_test_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Names of everything in the directory, sorted, so leftovers show in the failure message.
  std::string listing() const {
    std::set<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir_)) names.insert(entry.path().filename());
    std::string out;
    for (const std::string& name : names) out += name + " ";
    return out;
  }

  fs::path dir_;
};

TEST_F(AtomicWrite, WritesTheWholeFileAndNothingElse) {
  const fs::path target = dir_ / "out.tmx";
  write_file_atomically(target, [](std::ostream& out) {
    for (int i = 0; i < 100000; ++i) out << "line " << i << '\n';  // larger than the buffer
  });
  const std::string text = slurp(target);
  EXPECT_EQ(text.substr(0, 14), "line 0\nline 1\n");
  EXPECT_EQ(text.substr(text.size() - 11), "line 99999\n");
  EXPECT_EQ(listing(), "out.tmx ");
}

TEST_F(AtomicWrite, WriterThatThrowsHalfwayLeavesNoFileAndNoTemporary) {
  const fs::path target = dir_ / "out.tmx";
  try {
    write_file_atomically(target, [](std::ostream& out) {
      for (int i = 0; i < 100000; ++i) out << "partial line " << i << '\n';
      throw std::runtime_error("disk on fire");
    });
    FAIL() << "no exception";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kWrite);
    const std::string message = e.what();
    EXPECT_NE(message.find(target.string()), std::string::npos) << message;
    EXPECT_NE(message.find("cannot write: disk on fire"), std::string::npos) << message;
  }
  EXPECT_FALSE(fs::exists(target));
  EXPECT_EQ(listing(), "");
}

TEST_F(AtomicWrite, FailureKeepsTheOldFileIntact) {
  const fs::path target = dir_ / "out.tsv";
  { std::ofstream(target) << "old contents\n"; }
  EXPECT_THROW(write_file_atomically(target,
                                     [](std::ostream& out) {
                                       out << "new";
                                       throw std::runtime_error("stop");
                                     }),
               Error);
  EXPECT_EQ(slurp(target), "old contents\n");
  EXPECT_EQ(listing(), "out.tsv ");
}

TEST_F(AtomicWrite, LibalignErrorsFromTheWriterPassThroughUnchanged) {
  const fs::path target = dir_ / "out.tmx";
  try {
    write_file_atomically(
        target, [](std::ostream&) { throw Error(ErrorCode::kInvalidArgument, "bad option"); });
    FAIL() << "no exception";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kInvalidArgument);
    EXPECT_STREQ(e.what(), "bad option");
  }
  EXPECT_EQ(listing(), "");
}

TEST_F(AtomicWrite, ReplacesAnExistingFileKeepingItsPermissions) {
  const fs::path target = dir_ / "out.tmx";
  { std::ofstream(target) << "old\n"; }
  fs::permissions(target, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
  write_file_atomically(target, [](std::ostream& out) { out << "new\n"; });
  EXPECT_EQ(slurp(target), "new\n");
  EXPECT_EQ(fs::status(target).permissions() & fs::perms::all,
            fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
}

TEST_F(AtomicWrite, MissingDirectoryIsAWriteErrorNamingThePath) {
  const fs::path target = dir_ / "no" / "such" / "out.tmx";
  try {
    write_file_atomically(target, [](std::ostream& out) { out << "x"; });
    FAIL() << "no exception";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kWrite);
    EXPECT_NE(std::string(e.what()).find(target.string() + ": cannot write: "), std::string::npos)
        << e.what();
  }
  EXPECT_EQ(listing(), "");
}

TEST_F(AtomicWrite, DirectoryAsTargetIsAWriteError) {
  try {
    write_file_atomically(dir_, [](std::ostream& out) { out << "x"; });
    FAIL() << "no exception";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::kWrite);
  }
}

TEST_F(AtomicWrite, FailedWritesMidwayAreReportedAndCleanedUp) {
  // A file size limit makes write() fail with EFBIG after 64 KiB, like a full disk would with
  // ENOSPC; SIGXFSZ is ignored so that the failure is an errno, not a dead process.
  rlimit old_limit{};
  ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &old_limit), 0);
  rlimit small = old_limit;
  small.rlim_cur = 64 * 1024;
  const auto old_handler = std::signal(SIGXFSZ, SIG_IGN);
  ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &small), 0);
  const fs::path target = dir_ / "big.tmx";
  std::string message;
  try {
    write_file_atomically(target, [](std::ostream& out) {
      for (int i = 0; i < 100000; ++i) out << "a line that will not fit " << i << '\n';
    });
  } catch (const Error& e) {
    message = e.what();
    EXPECT_EQ(e.code(), ErrorCode::kWrite);
  }
  ::setrlimit(RLIMIT_FSIZE, &old_limit);
  std::signal(SIGXFSZ, old_handler);
  EXPECT_NE(message.find(target.string() + ": cannot write: File too large"), std::string::npos)
      << message;
  EXPECT_FALSE(fs::exists(target));
  EXPECT_EQ(listing(), "");
}

TEST_F(AtomicWrite, UnwritableDirectoryIsAWriteError) {
  if (::geteuid() == 0) GTEST_SKIP() << "root can write into read-only directories";
  fs::permissions(dir_, fs::perms::owner_read | fs::perms::owner_exec);
  const fs::path target = dir_ / "out.tmx";
  EXPECT_THROW(write_file_atomically(target, [](std::ostream& out) { out << "x"; }), Error);
  fs::permissions(dir_, fs::perms::owner_all);
  EXPECT_EQ(listing(), "");
}

}  // namespace
}  // namespace libalign
