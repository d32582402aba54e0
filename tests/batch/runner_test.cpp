// run_batch(): the worker pool, failures, determinism, resume and the merged TMX
// (batch/runner.cpp).
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "batch_support.hpp"
#include "libalign/batch.hpp"
#include "libalign/error.hpp"
#include "libalign/tmx.hpp"

namespace libalign {
namespace {

using batch_test::leftovers;
using batch_test::slurp;
using batch_test::spit;
using batch_test::TempDir;
using batch_test::tree;
namespace fs = std::filesystem;

// 2020-01-02T03:04:05Z: inputs get a fixed, old modification time, so outputs are strictly newer
// and their TMX creation date is known.
const fs::file_time_type kInputTime =
    std::chrono::file_clock::from_sys(std::chrono::system_clock::from_time_t(1577934245));

void age(const fs::path& file) { fs::last_write_time(file, kInputTime); }

class RunBatchTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { pipeline_ = std::make_unique<Pipeline>(); }
  static void TearDownTestSuite() { pipeline_.reset(); }

  // Pair i as corpus/STEM.ru.txt + corpus/STEM.en.txt.
  BatchPair add_pair(const std::string& stem, int i) {
    batch_test::write_pair(dir_ / "corpus", stem, i);
    return add_files(stem, stem + ".ru.txt", stem + ".en.txt");
  }
  BatchPair add_files(const std::string& name, const std::string& first,
                      const std::string& second) {
    BatchPair pair{dir_ / "corpus" / first, dir_ / "corpus" / second, name, std::nullopt};
    std::error_code ignored;
    fs::last_write_time(pair.first, kInputTime, ignored);
    fs::last_write_time(pair.second, kInputTime, ignored);
    return pair;
  }
  std::vector<BatchPair> add_pairs(int count) {
    std::vector<BatchPair> pairs;
    for (int i = 0; i < count; ++i) {
      pairs.push_back(add_pair(fmt_name(i), i));
    }
    return pairs;
  }
  static std::string fmt_name(int i) {
    return (i % 2 == 0 ? "even/doc" : "odd/doc") + std::to_string(100 + i);
  }
  BatchOptions options(const std::string& out, unsigned jobs = 2) const {
    BatchOptions options;
    options.output_dir = dir_ / out;
    options.jobs = jobs;
    return options;
  }

  TempDir dir_;
  static std::unique_ptr<Pipeline> pipeline_;
};

std::unique_ptr<Pipeline> RunBatchTest::pipeline_;

TEST_F(RunBatchTest, WritesOneTmxPerPairMirroringTheNamesAndReportsProgress) {
  const std::vector<BatchPair> pairs = add_pairs(5);
  BatchOptions opts = options("out");
  std::vector<std::size_t> done;
  std::mutex mutex;
  opts.on_pair_done = [&](const PairResult& result, const BatchProgress& progress) {
    const std::scoped_lock lock(mutex);  // must not be needed, but a data race would show in TSan
    EXPECT_EQ(result.status, PairStatus::kOk) << result.reason;
    EXPECT_EQ(progress.total, 5u);
    done.push_back(progress.done);
  };
  const BatchReport report = run_batch(*pipeline_, pairs, opts);
  EXPECT_EQ(done, (std::vector<std::size_t>{1, 2, 3, 4, 5}));
  EXPECT_EQ(report.ok, 5u);
  EXPECT_EQ(report.failed, 0u);
  ASSERT_EQ(report.pairs.size(), 5u);
  for (std::size_t i = 0; i < pairs.size(); ++i) {
    const PairResult& result = report.pairs[i];
    EXPECT_EQ(result.pair, pairs[i]);  // pair order, not completion order
    EXPECT_EQ(result.output, (dir_ / "out" / (pairs[i].name + ".tmx")).lexically_normal());
    const TmxDocument tmx = read_tmx(result.output);
    EXPECT_EQ(tmx.header.src_lang, "ru");
    EXPECT_EQ(tmx.header.creation_date, "20200102T030405Z");
    EXPECT_EQ(tmx.units.size(), result.units);
    EXPECT_GT(result.units, 0u);
    EXPECT_EQ(result.first_language, Language::kRussian);
    EXPECT_GE(result.first_sentences, 4u);
    std::size_t beads = 0;
    for (const auto& [type, count] : result.beads_by_type) beads += count;
    EXPECT_GE(beads, result.units);
    EXPECT_GT(result.mean_score, 0.0);
    EXPECT_LE(result.mean_score, 1.0);
  }
  EXPECT_TRUE(leftovers(dir_.path()).empty());
}

TEST_F(RunBatchTest, ABadPairFailsWithItsReasonAndTheOthersAreWritten) {
  std::vector<BatchPair> pairs;
  pairs.push_back(add_pair("good1", 1));
  spit(dir_ / "corpus/empty.ru.txt", "  \n\n");
  spit(dir_ / "corpus/empty.en.txt", "Some English text.\n");
  pairs.push_back(add_files("empty", "empty.ru.txt", "empty.en.txt"));
  spit(dir_ / "corpus/binary.ru.txt", std::string("\x7f"
                                                  "ELF\x02\x01\x01\x00\x00\x00\xff\xfe",
                                                  12));
  spit(dir_ / "corpus/binary.en.txt", "Some English text.\n");
  pairs.push_back(add_files("binary", "binary.ru.txt", "binary.en.txt"));
  spit(dir_ / "corpus/twice.ru.txt", "This is English, not Russian.\n");
  spit(dir_ / "corpus/twice.en.txt", "Some English text.\n");
  pairs.push_back(add_files("twice", "twice.ru.txt", "twice.en.txt"));
  pairs.push_back(add_files("missing", "missing.ru.txt", "missing.en.txt"));
  fs::create_directories(dir_ / "corpus/folder.ru.txt");
  spit(dir_ / "corpus/folder.en.txt", "Some English text.\n");
  pairs.push_back(add_files("folder", "folder.ru.txt", "folder.en.txt"));
  pairs.push_back(add_pair("good2", 2));

  BatchOptions opts = options("out");
  opts.merge = dir_ / "all.tmx";
  const BatchReport report = run_batch(*pipeline_, pairs, opts);
  EXPECT_EQ(report.ok, 2u);
  EXPECT_EQ(report.failed, 5u);
  const std::map<std::string, ErrorCode> expected = {{"empty", ErrorCode::kEmpty},
                                                     {"binary", ErrorCode::kDecode},
                                                     {"twice", ErrorCode::kLanguage},
                                                     {"missing", ErrorCode::kNotFound},
                                                     {"folder", ErrorCode::kNotAFile}};
  for (const PairResult& result : report.pairs) {
    const auto it = expected.find(result.pair.name);
    if (it == expected.end()) {
      EXPECT_EQ(result.status, PairStatus::kOk) << result.reason;
      EXPECT_NO_THROW((void)read_tmx(result.output));
      continue;
    }
    EXPECT_EQ(result.status, PairStatus::kFailed) << result.pair.name;
    ASSERT_TRUE(result.error) << result.pair.name << ": " << result.reason;
    EXPECT_EQ(*result.error, it->second) << result.pair.name << ": " << result.reason;
    EXPECT_NE(result.reason.find(result.pair.name + "."), std::string::npos) << result.reason;
    EXPECT_TRUE(result.output.empty());
    EXPECT_FALSE(fs::exists(dir_ / "out" / (result.pair.name + ".tmx")));
  }
  // Only the good pairs are in the merged file.
  std::set<std::string> documents;
  for (const TranslationUnit& unit : read_tmx(dir_ / "all.tmx").units) {
    for (const TmxProp& prop : unit.props) {
      if (prop.type == "x-ru-doc") documents.insert(fs::path(prop.value).filename().string());
    }
  }
  EXPECT_EQ(documents, (std::set<std::string>{"good1.ru.txt", "good2.ru.txt"}));
  EXPECT_TRUE(leftovers(dir_.path()).empty());
}

TEST_F(RunBatchTest, OutputsAreByteIdenticalWhateverTheNumberOfJobs) {
  const std::vector<BatchPair> pairs = add_pairs(12);
  BatchOptions one = options("one", 1);
  one.merge = dir_ / "one/all.tmx";
  BatchOptions four = options("four", 4);
  four.merge = dir_ / "four/all.tmx";
  (void)run_batch(*pipeline_, pairs, one);
  (void)run_batch(*pipeline_, pairs, four);
  const auto expected = tree(dir_ / "one");
  EXPECT_EQ(expected.size(), 13u);
  EXPECT_EQ(tree(dir_ / "four"), expected);
}

TEST_F(RunBatchTest, MergedTmxHoldsEveryPairInOrderWithDocumentNames) {
  const std::vector<BatchPair> pairs = add_pairs(4);
  BatchOptions opts;
  opts.merge = dir_ / "merged/all.tmx";  // no per-pair outputs at all
  opts.jobs = 3;
  const BatchReport report = run_batch(*pipeline_, pairs, opts);
  ASSERT_TRUE(report.merge);
  const TmxDocument merged = read_tmx(*report.merge);
  EXPECT_EQ(merged.units.size(), report.merged_units);
  EXPECT_EQ(merged.header.creation_date, "20200102T030405Z");
  std::vector<std::string> order;
  bool any_multi = false;
  for (std::size_t k = 0; k < merged.units.size(); ++k) {
    const TranslationUnit& unit = merged.units[k];
    EXPECT_EQ(unit.tuid, std::to_string(k + 1));
    ASSERT_EQ(unit.variants.size(), 2u);
    EXPECT_EQ(unit.variants[0].lang, "ru");
    std::string ru_doc;
    std::string en_doc;
    for (const TmxProp& prop : unit.props) {
      if (prop.type == "x-ru-doc") ru_doc = prop.value;
      if (prop.type == "x-en-doc") en_doc = prop.value;
    }
    ASSERT_FALSE(ru_doc.empty());
    ASSERT_FALSE(en_doc.empty());
    if (order.empty() || order.back() != ru_doc) order.push_back(ru_doc);
    // Several sentences on a side make a "paragraph" unit, whether the header says so or the
    // unit itself (the header follows the output module's "auto" rule over the whole file).
    std::string bead;
    for (const TmxProp& prop : unit.props) {
      if (prop.type == "x-bead") bead = prop.value;
    }
    const bool multi = bead != "1:1";
    any_multi = any_multi || multi;
    const std::string& segtype = unit.segtype.empty() ? merged.header.segtype : unit.segtype;
    EXPECT_EQ(segtype, multi ? "paragraph" : "sentence") << bead;
  }
  EXPECT_EQ(merged.header.segtype, any_multi ? "paragraph" : "sentence");
  std::vector<std::string> expected;
  for (const BatchPair& pair : pairs) expected.push_back(pair.first.string());
  EXPECT_EQ(order, expected);
  for (const PairResult& result : report.pairs) EXPECT_TRUE(result.output.empty());
}

TEST_F(RunBatchTest, MergeKeepsOneSourceLanguageWhenPairsComeInEitherOrder) {
  std::vector<BatchPair> pairs;
  batch_test::write_pair(dir_ / "corpus", "a", 1);
  batch_test::write_pair(dir_ / "corpus", "b", 2);
  pairs.push_back(add_files("a", "a.en.txt", "a.ru.txt"));  // English first
  pairs.push_back(add_files("b", "b.ru.txt", "b.en.txt"));
  BatchOptions opts = options("out");
  opts.merge = dir_ / "all.tmx";
  (void)run_batch(*pipeline_, pairs, opts);
  EXPECT_EQ(read_tmx(dir_ / "out/a.tmx").header.src_lang, "en");  // FILE1's language
  const std::string first_merge = slurp(dir_ / "all.tmx");
  const TmxDocument merged = read_tmx(dir_ / "all.tmx");
  EXPECT_EQ(merged.header.src_lang, "ru");
  for (const TranslationUnit& unit : merged.units) EXPECT_EQ(unit.variants.at(0).lang, "ru");

  // Resumed, the English-first pair's units come back from its TMX file: same merged bytes.
  opts.resume = true;
  const BatchReport resumed = run_batch(*pipeline_, pairs, opts);
  EXPECT_EQ(resumed.skipped, 2u);
  EXPECT_EQ(slurp(dir_ / "all.tmx"), first_merge);
}

TEST_F(RunBatchTest, ResumeSkipsCompleteOutputsAndRedoesStaleOrBrokenOnes) {
  const std::vector<BatchPair> pairs = add_pairs(6);
  BatchOptions opts = options("out");
  opts.merge = dir_ / "all.tmx";
  (void)run_batch(*pipeline_, pairs, opts);
  const auto uninterrupted = tree(dir_.path() / "out");
  const std::string uninterrupted_merge = slurp(dir_ / "all.tmx");

  // What a killed run leaves: a missing output, a stale temporary, and a file someone truncated.
  fs::remove(dir_ / "out" / (pairs[0].name + ".tmx"));
  spit(dir_ / "out" / ("even/.doc102.tmx.tmp.999.abcdef"), "<tmx><body><tu>");
  spit(dir_ / ".all.tmx.tmp.999.abcdef", "<tmx>");
  const fs::path truncated = dir_ / "out" / (pairs[3].name + ".tmx");
  spit(truncated, slurp(truncated).substr(0, 200));
  fs::remove(dir_ / "all.tmx");

  opts.resume = true;
  const BatchReport report = run_batch(*pipeline_, pairs, opts);
  EXPECT_EQ(report.stale_temporaries_removed, 2u);
  EXPECT_EQ(report.ok, 2u);
  EXPECT_EQ(report.skipped, 4u);
  EXPECT_EQ(report.pairs[0].status, PairStatus::kOk);
  EXPECT_EQ(report.pairs[3].status, PairStatus::kOk);
  EXPECT_EQ(report.pairs[1].status, PairStatus::kSkipped);
  EXPECT_EQ(report.pairs[1].output, (dir_ / "out" / (pairs[1].name + ".tmx")).lexically_normal());
  EXPECT_EQ(tree(dir_.path() / "out"), uninterrupted);
  EXPECT_EQ(slurp(dir_ / "all.tmx"), uninterrupted_merge);
  EXPECT_TRUE(leftovers(dir_.path()).empty());

  // An input changed after its output was written: aligned again.
  fs::last_write_time(pairs[2].second, fs::file_time_type::clock::now() + std::chrono::hours(1));
  const BatchReport again = run_batch(*pipeline_, pairs, opts);
  EXPECT_EQ(again.pairs[2].status, PairStatus::kOk);
  EXPECT_EQ(again.skipped, 5u);
}

TEST_F(RunBatchTest, ResumeWithAnotherFormatRecomputesTheMergeFromTheInputs) {
  const std::vector<BatchPair> pairs = add_pairs(3);
  BatchOptions opts = options("out");
  opts.format = Format::kBeads;
  opts.merge = dir_ / "all.tmx";
  (void)run_batch(*pipeline_, pairs, opts);
  EXPECT_TRUE(fs::exists(dir_ / "out" / (pairs[0].name + ".beads")));
  const std::string merge = slurp(dir_ / "all.tmx");
  opts.resume = true;
  const BatchReport report = run_batch(*pipeline_, pairs, opts);
  EXPECT_EQ(report.skipped, 3u);
  EXPECT_EQ(slurp(dir_ / "all.tmx"), merge);
}

TEST_F(RunBatchTest, RefusesOutputsThatCollideOrOverwriteAnInput) {
  std::vector<BatchPair> pairs = add_pairs(2);
  pairs[1].output = dir_ / "out" / (pairs[0].name + ".tmx");
  try {
    (void)run_batch(*pipeline_, pairs, options("out"));
    FAIL() << "expected an error";
  } catch (const Error& error) {
    EXPECT_EQ(error.code(), ErrorCode::kInvalidArgument);
  }
  pairs[1].output = pairs[0].first;
  EXPECT_THROW((void)run_batch(*pipeline_, pairs, options("out")), Error);
  pairs[1].output.reset();
  EXPECT_THROW((void)run_batch(*pipeline_, pairs, BatchOptions{}), Error);  // nowhere to write
  EXPECT_FALSE(fs::exists(dir_ / "out"));
}

TEST_F(RunBatchTest, AnExceptionFromTheProgressCallbackStopsTheBatchAndReachesTheCaller) {
  const std::vector<BatchPair> pairs = add_pairs(4);
  BatchOptions opts = options("out");
  opts.on_pair_done = [](const PairResult&, const BatchProgress&) {
    throw std::runtime_error("display gone");
  };
  EXPECT_THROW((void)run_batch(*pipeline_, pairs, opts), std::runtime_error);
}

TEST(OutputIsComplete, ChecksTheEndOfEachFormat) {
  TempDir dir;
  spit(dir / "ok.tmx", "<tmx version=\"1.4\"><body/></tmx>\n");
  spit(dir / "cut.tmx", "<tmx version=\"1.4\"><body><tu>");
  spit(dir / "empty.tmx", "");
  spit(dir / "ok.tsv", "a\tb\n");
  spit(dir / "empty.tsv", "");
  spit(dir / "cut.tsv", "a\tb\nc");
  spit(dir / "ok.html", "<html><body></body></html>\n");
  fs::create_directories(dir / "dir.tmx");
  EXPECT_TRUE(output_is_complete(dir / "ok.tmx", Format::kTmx));
  EXPECT_FALSE(output_is_complete(dir / "cut.tmx", Format::kTmx));
  EXPECT_FALSE(output_is_complete(dir / "empty.tmx", Format::kTmx));
  EXPECT_FALSE(output_is_complete(dir / "missing.tmx", Format::kTmx));
  EXPECT_FALSE(output_is_complete(dir / "dir.tmx", Format::kTmx));
  EXPECT_TRUE(output_is_complete(dir / "ok.tsv", Format::kTsv));
  EXPECT_TRUE(output_is_complete(dir / "empty.tsv", Format::kTsv));
  EXPECT_FALSE(output_is_complete(dir / "cut.tsv", Format::kTsv));
  EXPECT_TRUE(output_is_complete(dir / "ok.html", Format::kHtml));
}

TEST(OutputIsCurrent, WantsTheOutputStrictlyNewerThanBothInputs) {
  TempDir dir;
  spit(dir / "a.ru.txt", "x");
  spit(dir / "a.en.txt", "x");
  spit(dir / "a.tmx", "<tmx></tmx>\n");
  const BatchPair pair{dir / "a.ru.txt", dir / "a.en.txt", "a", std::nullopt};
  age(pair.first);
  age(pair.second);
  EXPECT_TRUE(output_is_current(dir / "a.tmx", pair, Format::kTmx));
  fs::last_write_time(dir / "a.tmx", kInputTime);
  EXPECT_FALSE(output_is_current(dir / "a.tmx", pair, Format::kTmx));  // same time: not newer
  fs::last_write_time(dir / "a.tmx", kInputTime + std::chrono::seconds(1));
  EXPECT_TRUE(output_is_current(dir / "a.tmx", pair, Format::kTmx));
  fs::remove(pair.second);
  EXPECT_FALSE(output_is_current(dir / "a.tmx", pair, Format::kTmx));
}

TEST(OutputPath, MirrorsTheNameUnderTheOutputFolderUnlessTheManifestGaveOne) {
  BatchOptions options;
  const BatchPair pair{"c/a/b.ru.txt", "c/a/b.en.txt", "a/b", std::nullopt};
  EXPECT_EQ(output_path(pair, options), fs::path());
  options.output_dir = "out";
  EXPECT_EQ(output_path(pair, options), fs::path("out/a/b.tmx"));
  options.format = Format::kTsv;
  EXPECT_EQ(output_path(pair, options), fs::path("out/a/b.tsv"));
  BatchPair explicit_output = pair;
  explicit_output.output = "elsewhere/x.tmx";
  EXPECT_EQ(output_path(explicit_output, options), fs::path("elsewhere/x.tmx"));
}

}  // namespace
}  // namespace libalign
