// Pair lists: folder discovery, manifests and shards (batch/discover.cpp).
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "batch_support.hpp"
#include "libalign/batch.hpp"
#include "libalign/error.hpp"

namespace libalign {
namespace {

using batch_test::spit;
using batch_test::TempDir;
namespace fs = std::filesystem;

std::vector<std::string> names(const std::vector<BatchPair>& pairs) {
  std::vector<std::string> out;
  for (const BatchPair& pair : pairs) out.push_back(pair.name);
  return out;
}

ErrorCode code_of(const std::function<void()>& action) {
  try {
    action();
  } catch (const Error& error) {
    return error.code();
  }
  ADD_FAILURE() << "no libalign::Error thrown";
  return ErrorCode::kInvalidArgument;
}

TEST(DiscoverPairs, FindsAllThreeLayoutsRecursivelyInSortedOrder) {
  TempDir dir;
  spit(dir / "z.ru.txt", "x");
  spit(dir / "z.en.txt", "x");
  spit(dir / "sub/deeper/report_ru.txt", "x");
  spit(dir / "sub/deeper/report_en.txt", "x");
  spit(dir / "books/ru/part1/chapter.txt", "x");
  spit(dir / "books/en/part1/chapter.txt", "x");
  spit(dir / "a.EN.md", "x");
  spit(dir / "a.ru.md", "x");

  const DiscoveredPairs found = discover_pairs(dir.path());
  EXPECT_EQ(names(found.pairs),
            (std::vector<std::string>{"a", "books/part1/chapter", "sub/deeper/report", "z"}));
  EXPECT_TRUE(found.unpaired.empty());
  EXPECT_TRUE(found.ignored.empty());
  // The Russian file is FILE1 whatever the directory order.
  EXPECT_EQ(found.pairs[0].first, dir / "a.ru.md");
  EXPECT_EQ(found.pairs[0].second, dir / "a.EN.md");
  EXPECT_EQ(found.pairs[1].first, dir / "books/ru/part1/chapter.txt");
  EXPECT_EQ(found.pairs[1].second, dir / "books/en/part1/chapter.txt");
  EXPECT_EQ(found.pairs[2].first, dir / "sub/deeper/report_ru.txt");
}

TEST(DiscoverPairs, ListsUnpairedFilesAndIgnoredFilesInsteadOfDroppingThem) {
  TempDir dir;
  spit(dir / "ok.ru.txt", "x");
  spit(dir / "ok.en.txt", "x");
  spit(dir / "lonely.ru.txt", "x");
  spit(dir / "ru/orphan.txt", "x");
  spit(dir / "mixed.ru.txt", "x");  // a different layout is not a partner
  spit(dir / "mixed_en.txt", "x");
  spit(dir / "README.md", "x");
  spit(dir / ".hidden.ru.txt", "x");
  spit(dir / ".git/x.en.txt", "x");

  const DiscoveredPairs found = discover_pairs(dir.path());
  EXPECT_EQ(names(found.pairs), (std::vector<std::string>{"ok"}));
  EXPECT_EQ(found.unpaired, (std::vector<fs::path>{dir / "lonely.ru.txt", dir / "mixed.ru.txt",
                                                   dir / "mixed_en.txt", dir / "ru/orphan.txt"}));
  EXPECT_EQ(found.ignored, (std::vector<fs::path>{dir / "README.md"}));
}

TEST(DiscoverPairs, TwoFilesOfOneLanguageForOneNameAreUnpaired) {
  TempDir dir;
  spit(dir / "a.ru.txt", "x");
  spit(dir / "a.RU.txt", "x");
  spit(dir / "a.en.txt", "x");
  const DiscoveredPairs found = discover_pairs(dir.path());
  EXPECT_TRUE(found.pairs.empty());
  EXPECT_EQ(found.unpaired.size(), 3u);
}

TEST(DiscoverPairs, SkipsExcludedFoldersSuchAsTheOutputFolder) {
  TempDir dir;
  spit(dir / "a.ru.txt", "x");
  spit(dir / "a.en.txt", "x");
  spit(dir / "out/old.ru.txt", "x");
  spit(dir / "out/old.en.txt", "x");
  DiscoverOptions options;
  options.exclude.push_back(dir / "out");
  EXPECT_EQ(names(discover_pairs(dir.path(), options).pairs), (std::vector<std::string>{"a"}));
  EXPECT_EQ(names(discover_pairs(dir.path()).pairs), (std::vector<std::string>{"a", "out/old"}));
}

TEST(DiscoverPairs, SameNameFromTwoExtensionsIsAnErrorUnlessOneIsChosen) {
  TempDir dir;
  for (const char* file : {"a.ru.txt", "a.en.txt", "a.ru.lines", "a.en.lines"}) {
    spit(dir / file, "x");
  }
  try {
    (void)discover_pairs(dir.path());
    FAIL() << "expected an error";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::kInvalidArgument);
    EXPECT_NE(std::string(error.what()).find("a.ru.lines"), std::string::npos) << error.what();
  }
  DiscoverOptions options;
  options.extensions = {"TXT"};
  const DiscoveredPairs found = discover_pairs(dir.path(), options);
  ASSERT_EQ(found.pairs.size(), 1u);
  EXPECT_EQ(found.pairs[0].first, dir / "a.ru.txt");
  EXPECT_EQ(found.ignored.size(), 2u);
}

TEST(DiscoverPairs, RejectsAMissingFolderAndAFile) {
  TempDir dir;
  spit(dir / "file.txt", "x");
  EXPECT_EQ(code_of([&] { (void)discover_pairs(dir / "missing"); }), ErrorCode::kNotFound);
  EXPECT_EQ(code_of([&] { (void)discover_pairs(dir / "file.txt"); }), ErrorCode::kNotAFile);
}

TEST(ParseManifest, ResolvesRelativePathsAgainstTheManifestFolder) {
  const std::string text =
      "\xEF\xBB\xBF# corpus\n"
      "a/doc.ru.txt\ta/doc.en.txt\n"
      "\n"
      "/abs/x_en.txt\t/abs/x_ru.txt\tout/x.tmx\r\n"
      "../up/thing.txt\tother.txt\n";
  const std::vector<BatchPair> pairs = parse_manifest(text, "list.tsv", "/data/m");
  ASSERT_EQ(pairs.size(), 3u);
  EXPECT_EQ(pairs[0], (BatchPair{"/data/m/a/doc.ru.txt", "/data/m/a/doc.en.txt", "a/doc", {}}));
  EXPECT_EQ(pairs[1].first, fs::path("/abs/x_en.txt"));  // manifest order is FILE1 order
  EXPECT_EQ(pairs[1].name, "x");
  EXPECT_EQ(pairs[1].output, fs::path("/data/m/out/x.tmx"));
  EXPECT_EQ(pairs[2].first, fs::path("/data/up/thing.txt"));
  EXPECT_EQ(pairs[2].name, "thing");  // outside the manifest folder: the file name only
}

TEST(ParseManifest, NamesFileAndLineOfABadLine) {
  const auto message = [](const std::string& text) {
    try {
      (void)parse_manifest(text, "list.tsv", "");
    } catch (const Error& error) {
      EXPECT_EQ(error.code(), ErrorCode::kInvalidArgument);
      return std::string(error.what());
    }
    return std::string("no error");
  };
  EXPECT_EQ(message("a.ru\ta.en\n# c\nb.ru b.en\n"),
            "list.tsv:3: expected FILE1<TAB>FILE2[<TAB>OUTPUT], found 1 field (fields are "
            "separated by tabs)");
  EXPECT_EQ(message("a\tb\tc\td\n"),
            "list.tsv:1: expected FILE1<TAB>FILE2[<TAB>OUTPUT], found 4 fields");
  EXPECT_EQ(message("a.ru\t\n"), "list.tsv:1: empty FILE2 field");
  EXPECT_EQ(message("a.ru\ta.en\t\n"), "list.tsv:1: empty OUTPUT field");
  EXPECT_EQ(message("a.ru\ta.ru\n"), "list.tsv:1: FILE1 and FILE2 are the same file");
  EXPECT_EQ(message("a.ru\ta.en\n\na.ru\ta.en\n"), "list.tsv:3: the same pair as line 1");
  EXPECT_EQ(message("a.ru\ta.en\to.tmx\nb.ru\tb.en\to.tmx\n"),
            "list.tsv:2: the same OUTPUT as line 1");
  EXPECT_EQ(message("x/a.ru.txt\tx/a.en.txt\nx/a_ru.txt\tx/a_en.txt\n"),
            "list.tsv:2: the output name 'x/a' is also line 1's; add an OUTPUT column to tell "
            "them apart");
}

TEST(ReadManifest, AMissingManifestIsNotFound) {
  TempDir dir;
  EXPECT_EQ(code_of([&] { (void)read_manifest(dir / "none.tsv"); }), ErrorCode::kNotFound);
  spit(dir / "list.tsv", "a.ru.txt\ta.en.txt\n");
  const std::vector<BatchPair> pairs = read_manifest(dir / "list.tsv");
  ASSERT_EQ(pairs.size(), 1u);
  EXPECT_EQ(pairs[0].first, dir / "a.ru.txt");
}

TEST(Shard, ParsesKOfN) {
  EXPECT_EQ(parse_shard("2/3"), (Shard{2, 3}));
  EXPECT_EQ(parse_shard("1/1"), (Shard{1, 1}));
  for (const char* bad : {"0/3", "4/3", "1/0", "1", "/3", "2/", "a/b", "1/3x", "-1/3", "1 /3"}) {
    EXPECT_EQ(code_of([&] { (void)parse_shard(bad); }), ErrorCode::kInvalidArgument) << bad;
  }
}

// The property --shard promises: shards 1/N … N/N are disjoint, together hold every pair, keep
// the pair order, and differ in size by at most one.
TEST(Shard, ShardsPartitionThePairListForEverySize) {
  for (std::size_t size = 0; size <= 40; ++size) {
    std::vector<BatchPair> pairs;
    for (std::size_t i = 0; i < size; ++i) pairs.push_back({"r", "e", std::to_string(i), {}});
    for (std::size_t count = 1; count <= 7; ++count) {
      std::multiset<std::string> seen;
      std::size_t smallest = size;
      std::size_t largest = 0;
      for (std::size_t index = 1; index <= count; ++index) {
        const std::vector<BatchPair> shard = select_shard(pairs, {index, count});
        smallest = std::min(smallest, shard.size());
        largest = std::max(largest, shard.size());
        for (std::size_t k = 0; k < shard.size(); ++k) {
          seen.insert(shard[k].name);
          if (k > 0) {
            EXPECT_LT(std::stoul(shard[k - 1].name), std::stoul(shard[k].name));
          }
        }
      }
      std::multiset<std::string> all;
      for (const BatchPair& pair : pairs) all.insert(pair.name);
      EXPECT_EQ(seen, all) << size << " pairs in " << count << " shards";
      EXPECT_LE(largest - std::min(smallest, largest), 1u);
    }
  }
  EXPECT_THROW((void)select_shard({}, {0, 2}), Error);
}

}  // namespace
}  // namespace libalign
