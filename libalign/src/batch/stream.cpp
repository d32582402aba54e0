// batch/stream.cpp — `align stream`: JSON lines in, JSON lines out, in input order.
//
// This is the piece that GNU parallel --pipe, Hadoop Streaming and Spark's RDD.pipe drive: they
// hand a process lines on stdin and read lines from stdout, so every input line gets exactly one
// output line, in order, and a bad document is an {"error":…} line rather than a stopped stream.
#include <fmt/format.h>

#include <cmath>
#include <condition_variable>
#include <deque>
#include <istream>
#include <map>
#include <mutex>
#include <new>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "libalign/batch.hpp"
#include "libalign/error.hpp"

namespace libalign {
namespace {

using Json = nlohmann::ordered_json;  // "id" first, as documented

struct LineResult {
  std::string text;
  bool error = false;
};

std::string dump(const Json& json) {
  // Texts are valid UTF-8 after load(); "replace" only guards ids we echo back.
  return json.dump(-1, ' ', false, Json::error_handler_t::replace);
}

// Four decimals: enough to filter on, and stable in text diffs.
double rounded(double score) { return std::round(score * 10000.0) / 10000.0; }

// "[json.exception.parse_error.101] parse error at line 1, column 7: …" → "parse error at …".
std::string json_error_text(const nlohmann::json::exception& error) {
  std::string text = error.what();
  if (text.starts_with("[json.exception.")) {
    const std::size_t end = text.find("] ");
    if (end != std::string::npos) text.erase(0, end + 2);
  }
  return text;
}

// A name for the documents in error messages: the id when it is a string or a number.
std::string document_name(const Json& id, std::size_t line_number, std::string_view side) {
  if (id.is_string()) return fmt::format("{}:{}", id.get<std::string>(), side);
  if (id.is_number()) return fmt::format("{}:{}", dump(id), side);
  return fmt::format("line {}:{}", line_number, side);
}

Json indices(std::size_t begin, std::size_t count) {
  Json list = Json::array();
  for (std::size_t i = begin; i < begin + count; ++i) list.push_back(i);
  return list;
}

Json alignment_json(Json id, const Alignment& alignment, const StreamOptions& options) {
  const bool src_ru = alignment.first_is_russian();
  const Document& ru = alignment.ru();
  const Document& en = alignment.en();
  Json beads = Json::array();
  Json pairs = Json::array();
  for (const Bead& bead : alignment.beads) {
    Json src_indices = indices(bead.ru_begin, bead.ru_count);
    Json tgt_indices = indices(bead.en_begin, bead.en_count);
    if (!src_ru) std::swap(src_indices, tgt_indices);
    Json item;
    item["src"] = std::move(src_indices);
    item["tgt"] = std::move(tgt_indices);
    item["score"] = rounded(bead.score);
    beads.push_back(std::move(item));
    if (bead.ru_count == 0 || bead.en_count == 0 || !(bead.score >= options.min_score)) continue;
    std::string src_text = bead.ru_text(ru);
    std::string tgt_text = bead.en_text(en);
    if (!src_ru) std::swap(src_text, tgt_text);
    Json pair;
    pair["src"] = std::move(src_text);
    pair["tgt"] = std::move(tgt_text);
    pair["score"] = rounded(bead.score);
    pairs.push_back(std::move(pair));
  }
  Json out;
  out["id"] = std::move(id);
  out["src_lang"] = std::string(language_code(alignment.first.language));
  out["tgt_lang"] = std::string(language_code(alignment.second.language));
  out["src_sentences"] = alignment.first.sentences.size();
  out["tgt_sentences"] = alignment.second.sentences.size();
  out["beads"] = std::move(beads);
  out["pairs"] = std::move(pairs);
  return out;
}

LineResult align_line(const Pipeline& pipeline, std::string_view line, std::size_t line_number,
                      const StreamOptions& options) {
  Json id = nullptr;
  std::string problem;
  try {
    const Json input = Json::parse(line);
    if (!input.is_object()) {
      problem = fmt::format("line {}: expected a JSON object {{\"id\":…, \"src\":…, \"tgt\":…}}",
                            line_number);
    } else {
      if (const auto it = input.find("id"); it != input.end()) id = *it;
      const auto src = input.find("src");
      const auto tgt = input.find("tgt");
      if (src == input.end() || !src->is_string()) {
        problem = fmt::format("line {}: \"src\" must be a string (the FILE1 text)", line_number);
      } else if (tgt == input.end() || !tgt->is_string()) {
        problem = fmt::format("line {}: \"tgt\" must be a string (the FILE2 text)", line_number);
      } else {
        const Alignment alignment = pipeline.align_texts(
            src->get_ref<const std::string&>(), document_name(id, line_number, "src"),
            tgt->get_ref<const std::string&>(), document_name(id, line_number, "tgt"));
        return {dump(alignment_json(std::move(id), alignment, options)), false};
      }
    }
  } catch (const nlohmann::json::exception& error) {
    problem = fmt::format("line {}: not valid JSON: {}", line_number, json_error_text(error));
  } catch (const Error& error) {
    problem = error.what();
  } catch (const std::bad_alloc&) {
    problem = fmt::format("line {}: out of memory", line_number);
  } catch (const std::exception& error) {
    problem = fmt::format("line {}: {}", line_number, error.what());
  }
  Json out;
  out["id"] = std::move(id);
  out["error"] = std::move(problem);
  return {dump(out), true};
}

bool blank(std::string_view line) {
  return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

void emit(std::ostream& out, const LineResult& result, StreamSummary& summary) {
  out << result.text << '\n';
  out.flush();
  if (!out) throw Error(ErrorCode::kWrite, "cannot write the output stream");
  ++summary.documents;
  if (result.error) ++summary.errors;
}

// Several documents at once, written in input order: workers take lines from a queue and park
// finished results until every earlier line is written. At most `window` lines are read ahead,
// so memory stays bounded on an endless stream.
class ParallelStream {
 public:
  ParallelStream(const Pipeline& pipeline, std::ostream& out, const StreamOptions& options)
      : pipeline_(pipeline), out_(out), options_(options), window_(std::size_t{options.jobs} * 4) {}

  StreamSummary run(std::istream& in) {
    {
      std::vector<std::jthread> workers;
      for (unsigned i = 0; i < options_.jobs; ++i) workers.emplace_back([this] { work(); });
      std::string line;
      std::size_t line_number = 0;
      while (std::getline(in, line)) {
        ++line_number;
        if (blank(line)) continue;
        std::unique_lock lock(mutex_);
        space_.wait(lock, [&] { return next_read_ - next_write_ < window_ || failed_; });
        if (failed_) break;
        queue_.push_back({next_read_++, line_number, std::move(line)});
        work_.notify_one();
      }
      {
        const std::scoped_lock lock(mutex_);
        end_of_input_ = true;
      }
      work_.notify_all();
    }  // workers join here
    if (error_) std::rethrow_exception(error_);
    return summary_;
  }

 private:
  struct Task {
    std::size_t sequence;
    std::size_t line_number;
    std::string line;
  };

  void work() {
    for (;;) {
      Task task;
      {
        std::unique_lock lock(mutex_);
        work_.wait(lock, [&] { return !queue_.empty() || end_of_input_ || failed_; });
        if (queue_.empty() || failed_) return;
        task = std::move(queue_.front());
        queue_.pop_front();
      }
      LineResult result = align_line(pipeline_, task.line, task.line_number, options_);
      const std::scoped_lock lock(mutex_);
      finished_.emplace(task.sequence, std::move(result));
      try {
        for (auto it = finished_.begin(); it != finished_.end() && it->first == next_write_;
             it = finished_.erase(it)) {
          emit(out_, it->second, summary_);
          ++next_write_;
        }
      } catch (...) {
        error_ = std::current_exception();
        failed_ = true;
        work_.notify_all();
      }
      space_.notify_one();
    }
  }

  const Pipeline& pipeline_;
  std::ostream& out_;
  const StreamOptions& options_;
  const std::size_t window_;

  std::mutex mutex_;  // guards everything below, and out_
  std::condition_variable work_;
  std::condition_variable space_;
  std::deque<Task> queue_;
  std::map<std::size_t, LineResult> finished_;
  std::size_t next_read_ = 0;
  std::size_t next_write_ = 0;
  bool end_of_input_ = false;
  bool failed_ = false;
  std::exception_ptr error_;
  StreamSummary summary_;
};

}  // namespace

std::string align_json_line(const Pipeline& pipeline, std::string_view line,
                            std::size_t line_number, const StreamOptions& options) {
  return align_line(pipeline, line, line_number, options).text;
}

StreamSummary align_json_lines(const Pipeline& pipeline, std::istream& in, std::ostream& out,
                               const StreamOptions& options) {
  if (options.jobs > 1) return ParallelStream(pipeline, out, options).run(in);
  StreamSummary summary;
  std::string line;
  std::size_t line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    if (blank(line)) continue;
    emit(out, align_line(pipeline, line, line_number, options), summary);
  }
  return summary;
}

}  // namespace libalign
