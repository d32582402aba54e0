// batch/report.cpp — the JSON report of a batch (--report FILE).
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>

#include "libalign/batch.hpp"
#include "libalign/error.hpp"

namespace libalign {
namespace {

using Json = nlohmann::ordered_json;  // fields in the documented order, not alphabetical

// File names are bytes on Linux; dump() below replaces ill-formed UTF-8 with U+FFFD.
Json path_json(const std::filesystem::path& path) {
  return path.empty() ? Json(nullptr) : Json(path.string());
}

Json pair_json(const PairResult& result) {
  Json pair;
  pair["name"] = result.pair.name;
  pair["status"] = std::string(status_name(result.status));
  pair["reason"] = result.reason.empty() ? Json(nullptr) : Json(result.reason);
  pair["error"] = result.error ? Json(std::string(error_code_name(*result.error))) : Json(nullptr);
  pair["inputs"] = Json::array({result.pair.first.string(), result.pair.second.string()});
  pair["output"] = path_json(result.output);
  if (result.status == PairStatus::kOk) {
    const bool first_ru = result.first_language == Language::kRussian;
    pair["languages"] = first_ru ? Json::array({"ru", "en"}) : Json::array({"en", "ru"});
    pair["sentences"] = Json::array({result.first_sentences, result.second_sentences});
    Json beads = Json::object();
    for (const auto& [type, count] : result.beads_by_type) beads[type] = count;
    pair["beads"] = std::move(beads);
    pair["mean_score"] = result.mean_score;
    pair["units"] = result.units;
  } else {
    pair["languages"] = nullptr;
    pair["sentences"] = nullptr;
    pair["beads"] = nullptr;
    pair["mean_score"] = nullptr;
    pair["units"] = nullptr;
  }
  pair["seconds"] = result.seconds;
  return pair;
}

}  // namespace

void write_report_json(std::ostream& out, const BatchReport& report) {
  Json json;
  json["tool"] = "libalign";
  json["version"] = std::string(version());
  json["total"] = report.pairs.size();
  json["ok"] = report.ok;
  json["failed"] = report.failed;
  json["skipped"] = report.skipped;
  json["merge"] = report.merge ? Json(report.merge->string()) : Json(nullptr);
  json["merged_units"] = report.merged_units;
  json["stale_temporaries_removed"] = report.stale_temporaries_removed;
  json["seconds"] = report.seconds;
  Json pairs = Json::array();
  for (const PairResult& result : report.pairs) pairs.push_back(pair_json(result));
  json["pairs"] = std::move(pairs);
  out << json.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
  if (!out) throw Error(ErrorCode::kWrite, "cannot write the batch report");
}

}  // namespace libalign
