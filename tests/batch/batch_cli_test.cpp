// `align batch` and `align stream` as a user runs them: exit statuses, warnings, the report,
// shards, and stream-versus-pair equality.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "batch_support.hpp"
#include "libalign/tmx.hpp"

namespace {

using batch_test::align;
using batch_test::leftovers;
using batch_test::Outcome;
using batch_test::slurp;
using batch_test::spit;
using batch_test::TempDir;
using batch_test::tree;
using batch_test::write_pair;
using Json = nlohmann::json;
namespace fs = std::filesystem;

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

// 16 good pairs in all three layouts, 4 bad ones, one file without a partner.
void make_corpus(const fs::path& corpus) {
  for (int i = 0; i < 8; ++i) write_pair(corpus / "news", "item" + std::to_string(i), i);
  for (int i = 8; i < 12; ++i) {
    const auto [ru, en] = batch_test::document_pair(i);
    spit(corpus / ("law/act" + std::to_string(i) + "_ru.txt"), ru);
    spit(corpus / ("law/act" + std::to_string(i) + "_en.txt"), en);
  }
  for (int i = 12; i < 16; ++i) {
    const auto [ru, en] = batch_test::document_pair(i);
    spit(corpus / ("books/ru/vol1/ch" + std::to_string(i) + ".txt"), ru);
    spit(corpus / ("books/en/vol1/ch" + std::to_string(i) + ".txt"), en);
  }
  spit(corpus / "bad/empty.ru.txt", "");
  spit(corpus / "bad/empty.en.txt", "Some English text.\n");
  spit(corpus / "bad/blank.ru.txt", " \n\t\n");
  spit(corpus / "bad/blank.en.txt", "Some English text.\n");
  spit(corpus / "bad/binary.ru.txt", std::string("\x00\x01\x02\x03\xff\xfe\x00\x9c", 8));
  spit(corpus / "bad/binary.en.txt", "Some English text.\n");
  spit(corpus / "bad/twice.ru.txt", "Some English text in the Russian file.\n");
  spit(corpus / "bad/twice.en.txt", "Some English text.\n");
  spit(corpus / "lonely.ru.txt", "Одинокий файл.\n");
}

TEST(BatchCli, BadPairsDoNotStopTheBatchExitThreeAndAreNamedInTheReport) {
  TempDir dir;
  make_corpus(dir / "corpus");
  const Outcome run =
      align(dir.path(), {"batch", "corpus", "-o", "out", "--report", "report.json", "--jobs", "2"});
  EXPECT_EQ(run.status, 3) << run.err;
  EXPECT_NE(run.err.find("warning: corpus/lonely.ru.txt has no partner"), std::string::npos)
      << run.err;
  // Off a terminal: one line per pair.
  EXPECT_EQ(count(run.err, "/20] ok "), 16u) << run.err;
  EXPECT_EQ(count(run.err, "/20] FAILED "), 4u) << run.err;
  EXPECT_NE(run.err.find("20 pairs: 16 ok, 4 failed"), std::string::npos) << run.err;

  const Json report = Json::parse(slurp(dir / "report.json"));
  EXPECT_EQ(report["total"], 20);
  EXPECT_EQ(report["failed"], 4);
  std::set<std::string> failed;
  for (const Json& pair : report["pairs"]) {
    if (pair["status"] == "failed") {
      failed.insert(pair["name"].get<std::string>());
      const std::string reason = pair["reason"];
      EXPECT_NE(reason.find(pair["name"].get<std::string>()), std::string::npos) << reason;
      EXPECT_TRUE(pair["output"].is_null());
    } else {
      EXPECT_EQ(pair["status"], "ok");
      EXPECT_GT(pair["units"].get<int>(), 0);
    }
  }
  EXPECT_EQ(failed, (std::set<std::string>{"bad/binary", "bad/blank", "bad/empty", "bad/twice"}));

  const auto outputs = tree(dir / "out");
  EXPECT_EQ(outputs.size(), 16u);
  EXPECT_TRUE(outputs.contains("books/vol1/ch12.tmx"));
  EXPECT_TRUE(outputs.contains("law/act8.tmx"));
  EXPECT_TRUE(outputs.contains("news/item0.tmx"));
  for (const auto& [name, bytes] : outputs) {
    EXPECT_NO_THROW((void)libalign::read_tmx_text(bytes, name)) << name;
  }
  EXPECT_TRUE(leftovers(dir.path()).empty());
}

TEST(BatchCli, QuietPrintsOnlyWarningsAndFailures) {
  TempDir dir;
  make_corpus(dir / "corpus");
  const Outcome run = align(dir.path(), {"batch", "corpus", "-o", "out", "--quiet"});
  EXPECT_EQ(run.status, 3);
  EXPECT_EQ(count(run.err, "] ok "), 0u) << run.err;
  EXPECT_EQ(count(run.err, "align batch: failed: "), 4u) << run.err;
  EXPECT_EQ(count(run.err, "warning:"), 1u) << run.err;
}

TEST(BatchCli, AManifestLineWithoutTabsIsAUsageErrorNamingTheLine) {
  TempDir dir;
  write_pair(dir / "c", "a", 1);
  spit(dir / "list.tsv", "c/a.ru.txt\tc/a.en.txt\nc/b.ru.txt c/b.en.txt\n");
  const Outcome run = align(dir.path(), {"batch", "--manifest", "list.tsv", "-o", "out"});
  EXPECT_EQ(run.status, 1);
  EXPECT_NE(run.err.find("list.tsv:2: expected FILE1<TAB>FILE2"), std::string::npos) << run.err;
  EXPECT_FALSE(fs::exists(dir / "out"));
}

TEST(BatchCli, AManifestPairWithAMissingFileFailsAloneAndExplicitOutputsAreUsed) {
  TempDir dir;
  write_pair(dir / "m/c", "a", 1);
  write_pair(dir / "m/c", "b", 2);
  spit(dir / "m/list.tsv",
       "# FILE1\tFILE2\tOUTPUT\n"
       "c/a.en.txt\tc/a.ru.txt\n"
       "c/missing.ru.txt\tc/missing.en.txt\n"
       "c/b.ru.txt\tc/b.en.txt\tspecial/b-custom.tmx\n");
  const Outcome run = align(dir.path(), {"batch", "--manifest", "m/list.tsv", "-o", "out",
                                         "--report", "r.json", "--merge", "all.tmx"});
  EXPECT_EQ(run.status, 3) << run.err;
  EXPECT_TRUE(fs::exists(dir / "out/c/a.tmx"));
  EXPECT_TRUE(fs::exists(dir / "m/special/b-custom.tmx"));
  const Json report = Json::parse(slurp(dir / "r.json"));
  EXPECT_EQ(report["pairs"][1]["status"], "failed");
  EXPECT_EQ(report["pairs"][1]["error"], "not_found");
  EXPECT_EQ(report["pairs"][0]["languages"], Json::array({"en", "ru"}));
  const libalign::TmxDocument merged = libalign::read_tmx(dir / "all.tmx");
  EXPECT_EQ(merged.units.size(), report["pairs"][0]["units"].get<std::size_t>() +
                                     report["pairs"][2]["units"].get<std::size_t>());
}

TEST(BatchCli, CommandLineMistakesAreUsageErrors) {
  TempDir dir;
  write_pair(dir / "c", "a", 1);
  spit(dir / "list.tsv", "c/a.ru.txt\tc/a.en.txt\n");
  for (const std::vector<std::string>& args :
       std::vector<std::vector<std::string>>{{"batch", "-o", "out"},
                                             {"batch", "c", "--manifest", "list.tsv", "-o", "out"},
                                             {"batch", "c"},
                                             {"batch", "c", "d", "-o", "out"},
                                             {"batch", "c", "-o", "out", "--shard", "4/3"},
                                             {"batch", "c", "-o", "out", "--jobs", "0"},
                                             {"batch", "c", "-o", "out", "--format", "pdf"},
                                             {"stream", "--jobs", "0"},
                                             {"stream", "--min-score", "2"}}) {
    const Outcome run = align(dir.path(), args);
    EXPECT_EQ(run.status, 1) << args.back() << ": " << run.err;
    EXPECT_NE(run.err.find("--help"), std::string::npos) << run.err;
  }
  EXPECT_FALSE(fs::exists(dir / "out"));
}

TEST(BatchCli, AFolderWithoutPairsIsAnInputError) {
  TempDir dir;
  spit(dir / "c/readme.txt", "nothing here");
  const Outcome run = align(dir.path(), {"batch", "c", "-o", "out"});
  EXPECT_EQ(run.status, 2);
  EXPECT_NE(run.err.find("c: no document pairs found"), std::string::npos) << run.err;
  EXPECT_EQ(align(dir.path(), {"batch", "nowhere", "-o", "out"}).status, 2);
}

TEST(BatchCli, ShardsOneTwoThreeOfThreeTogetherGiveTheWholeBatch) {
  TempDir dir;
  for (int i = 0; i < 7; ++i) write_pair(dir / "c", "doc" + std::to_string(i), i);
  ASSERT_EQ(align(dir.path(), {"batch", "c", "-o", "whole", "-q"}).status, 0);
  for (const char* shard : {"1/3", "2/3", "3/3"}) {
    const Outcome run = align(dir.path(), {"batch", "c", "-o", "sharded", "--shard", shard,
                                           "--report", std::string("r") + shard[0] + ".json"});
    EXPECT_EQ(run.status, 0) << run.err;
  }
  const auto whole = tree(dir / "whole");
  EXPECT_EQ(whole.size(), 7u);
  EXPECT_EQ(tree(dir / "sharded"), whole);
  std::size_t total = 0;
  for (const char* report : {"r1.json", "r2.json", "r3.json"}) {
    total += Json::parse(slurp(dir / report))["total"].get<std::size_t>();
  }
  EXPECT_EQ(total, 7u);
}

// "[0, 1]:[2]" lines, the --format beads notation, from a stream line's beads.
std::string beads_text(const Json& line) {
  std::string text;
  const auto list = [](const Json& indices) {
    std::string out = "[";
    for (std::size_t k = 0; k < indices.size(); ++k) {
      out += (k > 0 ? ", " : "") + std::to_string(indices[k].get<std::size_t>());
    }
    return out + "]";
  };
  for (const Json& bead : line["beads"]) text += list(bead["src"]) + ":" + list(bead["tgt"]) + "\n";
  return text;
}

TEST(StreamCli, GivesTheSameAlignmentsAsPair) {
  TempDir dir;
  std::string input;
  std::vector<std::pair<std::string, std::string>> files;
  for (int i = 0; i < 3; ++i) {
    write_pair(dir.path(), "d" + std::to_string(i), i + 20);
    const auto [ru, en] = batch_test::document_pair(i + 20);
    const bool reversed = i == 1;  // FILE1 English: src is FILE1 in both commands
    files.emplace_back("d" + std::to_string(i) + (reversed ? ".en.txt" : ".ru.txt"),
                       "d" + std::to_string(i) + (reversed ? ".ru.txt" : ".en.txt"));
    input +=
        Json{{"id", i}, {"src", reversed ? en : ru}, {"tgt", reversed ? ru : en}}.dump() + "\n";
  }
  input += "{\"id\": \"bad\", \"src\": 1}\n";
  spit(dir / "in.jsonl", input);
  for (const char* jobs : {"1", "2"}) {
    const Outcome stream = align(dir.path(), {"stream", "--jobs", jobs}, dir / "in.jsonl");
    ASSERT_EQ(stream.status, 0) << stream.err;
    std::istringstream lines(stream.out);
    std::string line;
    std::size_t k = 0;
    while (std::getline(lines, line)) {
      const Json json = Json::parse(line);
      if (k == files.size()) {
        EXPECT_EQ(json["id"], "bad");
        EXPECT_TRUE(json.contains("error"));
        ++k;
        continue;
      }
      ASSERT_LT(k, files.size());
      EXPECT_EQ(json["id"], k);
      const Outcome pair =
          align(dir.path(), {"pair", files[k].first, files[k].second, "--format", "beads"});
      ASSERT_EQ(pair.status, 0) << pair.err;
      EXPECT_EQ(beads_text(json), pair.out) << files[k].first;
      ++k;
    }
    EXPECT_EQ(k, files.size() + 1);
  }
}

}  // namespace
