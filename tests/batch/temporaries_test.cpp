// Cleaning up after a killed batch (batch/temporaries.cpp).
#include "batch/temporaries.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

#include "batch_support.hpp"
#include "libalign/batch.hpp"
#include "libalign/output.hpp"

namespace libalign {
namespace {

using batch_test::spit;
using batch_test::TempDir;
namespace fs = std::filesystem;

std::vector<std::string> listing(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) names.push_back(entry.path().filename());
  std::sort(names.begin(), names.end());
  return names;
}

// The contract with output/atomic_write.cpp: whatever temporary name write_file_atomically()
// uses while it writes, --resume must recognise it. A change of the scheme fails here.
TEST(Temporaries, RecognisesTheTemporaryFileOfARealAtomicWrite) {
  TempDir dir;
  const fs::path target = dir / "doc.name.tmx";
  std::vector<std::string> during;
  write_file_atomically(target, [&](std::ostream& out) {
    out << "<tmx/>\n";
    during = listing(dir.path());
  });
  ASSERT_EQ(during.size(), 1u);
  const auto recognised = detail::temporary_target(during[0]);
  ASSERT_TRUE(recognised) << during[0];
  EXPECT_EQ(*recognised, "doc.name.tmx");
  EXPECT_EQ(listing(dir.path()), (std::vector<std::string>{"doc.name.tmx"}));
}

TEST(Temporaries, ReadsTheTargetNameOrNothing) {
  EXPECT_EQ(detail::temporary_target(".a.tmx.tmp.123.ab12cd"), "a.tmx");
  EXPECT_EQ(detail::temporary_target(".x.tmp.y.tmx.tmp.9.q"), "x.tmp.y.tmx");
  EXPECT_FALSE(detail::temporary_target("a.tmx.tmp.123.ab12cd"));  // no leading dot
  EXPECT_FALSE(detail::temporary_target(".a.tmx.tmp.12x.ab"));     // pid not digits
  EXPECT_FALSE(detail::temporary_target(".a.tmx.tmp.123."));       // no random part
  EXPECT_FALSE(detail::temporary_target(".a.tmx.tmp.123.ab.c"));
  EXPECT_FALSE(detail::temporary_target(".tmp.1.a"));  // no name
  EXPECT_FALSE(detail::temporary_target(".bashrc"));
}

TEST(Temporaries, RemovesOnlyTheTemporariesOfTheGivenTargets) {
  TempDir dir;
  spit(dir / "a.tmx", "kept");
  spit(dir / ".a.tmx.tmp.41.abcdef", "partial");
  spit(dir / ".a.tmx.tmp.42.zzzzzz", "partial");
  spit(dir / "sub/.b.tmx.tmp.7.qqqqqq", "partial");
  spit(dir / ".other.tmx.tmp.43.abcdef", "another shard's file in flight");
  spit(dir / ".a.tmx.bak", "not ours");
  EXPECT_EQ(detail::remove_stale_temporaries({dir / "a.tmx", dir / "sub/b.tmx", dir / "no/c.tmx"}),
            3u);
  EXPECT_EQ(listing(dir.path()),
            (std::vector<std::string>{".a.tmx.bak", ".other.tmx.tmp.43.abcdef", "a.tmx", "sub"}));
  EXPECT_TRUE(listing(dir / "sub").empty());
  EXPECT_EQ(remove_stale_temporaries(dir / "other.tmx"), 1u);
}

}  // namespace
}  // namespace libalign
