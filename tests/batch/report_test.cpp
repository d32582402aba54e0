// The JSON report (batch/report.cpp), read back with a real JSON parser.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "libalign/batch.hpp"

namespace libalign {
namespace {

using Json = nlohmann::json;

Json report_json(const BatchReport& report) {
  std::ostringstream out;
  write_report_json(out, report);
  EXPECT_TRUE(out.str().ends_with("}\n"));
  return Json::parse(out.str());  // throws, failing the test, on invalid JSON
}

TEST(ReportJson, ListsEveryPairWithStatusReasonAndStatistics) {
  BatchReport report;
  PairResult ok;
  ok.pair = {"c/a.ru.txt", "c/a.en.txt", "a", std::nullopt};
  ok.status = PairStatus::kOk;
  ok.output = "out/a.tmx";
  ok.first_language = Language::kRussian;
  ok.first_sentences = 12;
  ok.second_sentences = 11;
  ok.beads_by_type = {{"1:1", 10}, {"2:1", 1}};
  ok.mean_score = 0.875;
  ok.units = 11;
  ok.seconds = 0.25;
  PairResult failed;
  failed.pair = {"c/b.ru.txt", "c/b.en.txt", "b", std::nullopt};
  failed.status = PairStatus::kFailed;
  failed.reason = "c/b.ru.txt: empty file";
  failed.error = ErrorCode::kEmpty;
  PairResult skipped;
  skipped.pair = {"c/d.en.txt", "c/d.ru.txt", "d", std::nullopt};
  skipped.status = PairStatus::kSkipped;
  skipped.reason = "the output is complete and newer than both inputs";
  skipped.output = "out/d.tmx";
  report.pairs = {ok, failed, skipped};
  report.ok = report.failed = report.skipped = 1;
  report.merge = "all.tmx";
  report.merged_units = 11;

  const Json json = report_json(report);
  EXPECT_EQ(json["total"], 3);
  EXPECT_EQ(json["ok"], 1);
  EXPECT_EQ(json["failed"], 1);
  EXPECT_EQ(json["skipped"], 1);
  EXPECT_EQ(json["merge"], "all.tmx");
  ASSERT_EQ(json["pairs"].size(), 3u);
  const Json& a = json["pairs"][0];
  EXPECT_EQ(a["name"], "a");
  EXPECT_EQ(a["status"], "ok");
  EXPECT_TRUE(a["reason"].is_null());
  EXPECT_EQ(a["inputs"], Json::array({"c/a.ru.txt", "c/a.en.txt"}));
  EXPECT_EQ(a["output"], "out/a.tmx");
  EXPECT_EQ(a["languages"], Json::array({"ru", "en"}));
  EXPECT_EQ(a["sentences"], Json::array({12, 11}));
  EXPECT_EQ(a["beads"], (Json{{"1:1", 10}, {"2:1", 1}}));
  EXPECT_DOUBLE_EQ(a["mean_score"].get<double>(), 0.875);
  EXPECT_EQ(a["units"], 11);
  EXPECT_DOUBLE_EQ(a["seconds"].get<double>(), 0.25);
  const Json& b = json["pairs"][1];
  EXPECT_EQ(b["status"], "failed");
  EXPECT_EQ(b["reason"], "c/b.ru.txt: empty file");
  EXPECT_EQ(b["error"], "empty");
  EXPECT_TRUE(b["output"].is_null());
  EXPECT_TRUE(b["sentences"].is_null());
  EXPECT_EQ(json["pairs"][2]["status"], "skipped");
}

TEST(ReportJson, EscapesAwkwardFileNamesAndMessages) {
  BatchReport report;
  PairResult result;
  const std::string name = "quote\" back\\slash\ttab\nnewline \x01 ctl Ünïcödé 😀";
  result.pair = {"dir/" + name + ".ru.txt", "bad\xff\xfe.en.txt", name, std::nullopt};
  result.reason = "line one\nline two \"quoted\"";
  report.pairs = {result};
  report.failed = 1;
  const Json json = report_json(report);
  const Json& pair = json["pairs"][0];
  EXPECT_EQ(pair["name"], name);
  EXPECT_EQ(pair["reason"], "line one\nline two \"quoted\"");
  EXPECT_EQ(pair["inputs"][0], "dir/" + name + ".ru.txt");
  // File names are bytes on Linux; ill-formed UTF-8 becomes U+FFFD rather than invalid JSON.
  EXPECT_EQ(pair["inputs"][1], "bad\xEF\xBF\xBD\xEF\xBF\xBD.en.txt");
}

TEST(ReportJson, NamesOfStatusesAndErrorCodes) {
  EXPECT_EQ(status_name(PairStatus::kOk), "ok");
  EXPECT_EQ(status_name(PairStatus::kFailed), "failed");
  EXPECT_EQ(status_name(PairStatus::kSkipped), "skipped");
  EXPECT_EQ(error_code_name(ErrorCode::kNotFound), "not_found");
  EXPECT_EQ(error_code_name(ErrorCode::kDecode), "decode");
  EXPECT_EQ(error_code_name(ErrorCode::kInvalidArgument), "invalid_argument");
}

}  // namespace
}  // namespace libalign
