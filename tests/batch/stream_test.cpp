// JSON lines in, JSON lines out (batch/stream.cpp).
#include <gtest/gtest.h>

#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "batch_support.hpp"
#include "libalign/batch.hpp"
#include "libalign/error.hpp"

namespace libalign {
namespace {

using Json = nlohmann::json;

class StreamTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { pipeline_ = std::make_unique<Pipeline>(); }
  static void TearDownTestSuite() { pipeline_.reset(); }

  static Json align(const std::string& line, const StreamOptions& options = {}) {
    const std::string out = align_json_line(*pipeline_, line, 7, options);
    EXPECT_EQ(out.find('\n'), std::string::npos) << "one document, one line";
    return Json::parse(out);
  }
  static std::string input(const Json& id, const std::string& src, const std::string& tgt) {
    return Json{{"id", id}, {"src", src}, {"tgt", tgt}}.dump();
  }

  static std::unique_ptr<Pipeline> pipeline_;
};

std::unique_ptr<Pipeline> StreamTest::pipeline_;

TEST_F(StreamTest, GivesTheSameBeadsAsThePipeline) {
  const auto [ru, en] = batch_test::document_pair(3);
  const Json out = align(input("doc-3", ru, en));
  ASSERT_FALSE(out.contains("error")) << out.dump();
  EXPECT_EQ(out["id"], "doc-3");
  EXPECT_EQ(out["src_lang"], "ru");
  EXPECT_EQ(out["tgt_lang"], "en");

  const Alignment expected = pipeline_->align_texts(ru, "src", en, "tgt");
  EXPECT_EQ(out["src_sentences"], expected.first.sentences.size());
  EXPECT_EQ(out["tgt_sentences"], expected.second.sentences.size());
  ASSERT_EQ(out["beads"].size(), expected.beads.size());
  std::size_t pairs = 0;
  for (std::size_t k = 0; k < expected.beads.size(); ++k) {
    const Bead& bead = expected.beads[k];
    const Json& json = out["beads"][k];
    std::vector<std::size_t> src;
    std::vector<std::size_t> tgt;
    for (std::size_t i = 0; i < bead.ru_count; ++i) src.push_back(bead.ru_begin + i);
    for (std::size_t j = 0; j < bead.en_count; ++j) tgt.push_back(bead.en_begin + j);
    EXPECT_EQ(json["src"].get<std::vector<std::size_t>>(), src);
    EXPECT_EQ(json["tgt"].get<std::vector<std::size_t>>(), tgt);
    EXPECT_NEAR(json["score"].get<double>(), bead.score, 0.00005);
    if (bead.ru_count > 0 && bead.en_count > 0) {
      const Json& pair = out["pairs"][pairs++];
      EXPECT_EQ(pair["src"], bead.ru_text(expected.ru()));
      EXPECT_EQ(pair["tgt"], bead.en_text(expected.en()));
    }
  }
  EXPECT_EQ(out["pairs"].size(), pairs);
}

TEST_F(StreamTest, TakesTheTextsInEitherLanguageOrder) {
  const auto [ru, en] = batch_test::document_pair(4);
  const Json forward = align(input(1, ru, en));
  const Json backward = align(input(1, en, ru));
  EXPECT_EQ(backward["src_lang"], "en");
  EXPECT_EQ(backward["tgt_lang"], "ru");
  ASSERT_EQ(forward["beads"].size(), backward["beads"].size());
  for (std::size_t k = 0; k < forward["beads"].size(); ++k) {
    EXPECT_EQ(forward["beads"][k]["src"], backward["beads"][k]["tgt"]);
    EXPECT_EQ(forward["beads"][k]["tgt"], backward["beads"][k]["src"]);
  }
}

TEST_F(StreamTest, ABadDocumentGivesAnErrorLineWithItsId) {
  const auto error_of = [&](const std::string& line) {
    const Json out = align(line);
    EXPECT_TRUE(out.contains("error")) << out.dump();
    EXPECT_FALSE(out.contains("beads"));
    return out;
  };
  EXPECT_TRUE(error_of("{\"id\": 1, \"src\": \"Привет\"")["id"].is_null());  // cut short
  EXPECT_EQ(error_of("{\"id\": 1, \"src\": \"Привет\"")["error"].get<std::string>().substr(0, 26),
            "line 7: not valid JSON: pa");
  EXPECT_TRUE(error_of("[1, 2]")["id"].is_null());
  EXPECT_EQ(error_of("{\"id\": \"x\", \"tgt\": \"Hello.\"}")["error"],
            "line 7: \"src\" must be a string (the FILE1 text)");
  EXPECT_EQ(error_of("{\"id\": \"x\", \"src\": \"Привет.\", \"tgt\": 5}")["id"], "x");
  EXPECT_EQ(error_of(input(9, "", "Hello there."))["id"], 9);
  const Json same = error_of(input("twice", "Hello there.", "Good morning."));
  EXPECT_NE(same["error"].get<std::string>().find("twice:src"), std::string::npos) << same;
  // Strict JSON: no single quotes, no trailing commas, no raw control characters, valid UTF-8.
  error_of("{'id': 1}");
  error_of("{\"id\": 1, \"src\": \"a\", \"tgt\": \"b\",}");
  error_of("{\"id\": 1, \"src\": \"a\tb\", \"tgt\": \"b\"}");
  error_of("{\"id\": 1, \"src\": \"\xff\", \"tgt\": \"b\"}");
  error_of("{\"id\": 1, \"src\": \"\\ud83d\", \"tgt\": \"b\"}");  // a lone surrogate
}

TEST_F(StreamTest, DecodesEscapesIncludingSurrogatePairs) {
  // "Привет, мир 😀. Как дела?" written with \u escapes (the emoji as a surrogate pair), and
  // the English with escaped quotes and newline.
  const std::string line =
      "{\"id\": \"esc\", \"src\": \"\\u041f\\u0440\\u0438\\u0432\\u0435\\u0442, \\u043c\\u0438"
      "\\u0440 \\ud83d\\ude00. \\u041a\\u0430\\u043a \\u0434\\u0435\\u043b\\u0430?\", "
      "\"tgt\": \"Hello, \\\"world\\\" \\ud83d\\ude00.\\nHow are you?\"}";
  const Json out = align(line);
  ASSERT_FALSE(out.contains("error")) << out.dump();
  std::string src;
  std::string tgt;
  for (const Json& pair : out["pairs"]) {
    src += pair["src"].get<std::string>() + "|";
    tgt += pair["tgt"].get<std::string>() + "|";
  }
  EXPECT_NE(src.find("Привет, мир 😀."), std::string::npos) << src;
  EXPECT_NE(tgt.find("Hello, \"world\" 😀."), std::string::npos) << tgt;
}

TEST_F(StreamTest, EchoesIdsOfAnyType) {
  const auto [ru, en] = batch_test::document_pair(1);
  for (const Json& id : {Json(42), Json(-1.5), Json("a\"b"), Json::array({1, "x"}),
                         Json{{"doc", 3}}, Json(nullptr), Json(true)}) {
    EXPECT_EQ(align(input(id, ru, en))["id"], id);
  }
  EXPECT_TRUE(align(Json{{"src", ru}, {"tgt", en}}.dump())["id"].is_null());
}

TEST_F(StreamTest, MinScoreFiltersPairsButBeadsCoverEverything) {
  const auto [ru, en] = batch_test::document_pair(2);
  const Json all = align(input(1, ru, en));
  StreamOptions strict;
  strict.min_score = 1.0;
  const Json none = align(input(1, ru, en), strict);
  EXPECT_EQ(none["beads"], all["beads"]);
  EXPECT_LT(none["pairs"].size(), all["pairs"].size());
}

TEST_F(StreamTest, WritesOneLinePerDocumentInInputOrderWithAnyNumberOfJobs) {
  std::string in;
  int documents = 0;
  for (int i = 0; i < 16; ++i) {
    const auto [ru, en] = batch_test::document_pair(i);
    if (i % 5 == 3) {
      in += "{\"id\": " + std::to_string(i) + ", \"src\": \"\"}\n";  // an error line
    } else {
      in += input(i, i % 2 == 0 ? ru : en, i % 2 == 0 ? en : ru) + "\n";
    }
    ++documents;
    if (i % 4 == 0) in += "   \n";  // blank lines are not documents
  }
  std::string reference;
  for (unsigned jobs : {1u, 2u, 4u}) {
    std::istringstream input_stream(in);
    std::ostringstream output;
    StreamOptions options;
    options.jobs = jobs;
    const StreamSummary summary = align_json_lines(*pipeline_, input_stream, output, options);
    EXPECT_EQ(summary.documents, static_cast<std::size_t>(documents));
    EXPECT_EQ(summary.errors, 3u);
    if (jobs == 1) {
      reference = output.str();
      std::istringstream lines(reference);
      std::string line;
      int i = 0;
      while (std::getline(lines, line)) EXPECT_EQ(Json::parse(line)["id"], i++);
      EXPECT_EQ(i, documents);
    } else {
      EXPECT_EQ(output.str(), reference) << jobs << " jobs";
    }
  }
}

TEST_F(StreamTest, AFailedOutputStreamIsAnError) {
  const auto [ru, en] = batch_test::document_pair(1);
  for (unsigned jobs : {1u, 3u}) {
    std::istringstream in(input(1, ru, en) + "\n" + input(2, ru, en) + "\n");
    std::ostringstream out;
    out.setstate(std::ios::badbit);
    StreamOptions options;
    options.jobs = jobs;
    try {
      (void)align_json_lines(*pipeline_, in, out, options);
      FAIL() << "expected an error";
    } catch (const Error& error) {
      EXPECT_EQ(error.code(), ErrorCode::kWrite);
    }
  }
}

}  // namespace
}  // namespace libalign
