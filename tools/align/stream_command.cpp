// align stream [--jobs N]: JSON lines {"id":…, "src":…, "tgt":…} on stdin, one JSON line per
// document on stdout, in input order. The work is libalign::align_json_lines().
#include <fmt/format.h>

#include <iostream>

#include "cli_common.hpp"
#include "commands.hpp"
#include "libalign/batch.hpp"
#include "libalign/pipeline.hpp"

namespace align_cli {

int run_stream(const std::vector<std::string>& args) {
  po::options_description general(
      "align stream [options] < documents.jsonl > alignments.jsonl\n\n"
      "Reads one JSON object per line,\n"
      "  {\"id\": ..., \"src\": \"FILE1 text\", \"tgt\": \"FILE2 text\"}\n"
      "(one Russian and one English document, in either order), and writes one line\n"
      "per document, in input order:\n"
      "  {\"id\": ..., \"src_lang\": \"ru\", \"tgt_lang\": \"en\", \"src_sentences\": N,\n"
      "   \"tgt_sentences\": M, \"beads\": [{\"src\": [0], \"tgt\": [0, 1], \"score\": 0.93}],\n"
      "   \"pairs\": [{\"src\": \"...\", \"tgt\": \"...\", \"score\": 0.93}]}\n"
      "or {\"id\": ..., \"error\": \"...\"} for a document that cannot be aligned (the stream\n"
      "goes on). Made for GNU parallel --pipe, Hadoop Streaming and Spark's RDD.pipe\n"
      "(see docs/scaling.md).\n\nStream");
  const libalign::StreamOptions defaults;
  general.add_options()("help,h", "show this help")(
      "jobs,j", po::value<unsigned>()->value_name("N")->default_value(defaults.jobs),
      "documents aligned at once (output order is kept)")(
      "min-score", po::value<double>()->value_name("X")->default_value(defaults.min_score),
      "leave out of \"pairs\" the aligned pairs scored below this (0..1)");
  po::options_description visible;
  visible.add(general).add(pipeline_options_description());

  const po::variables_map values = parse_command_line(args, visible, {});
  if (values.count("help") > 0) {
    std::cout << visible << "\n";
    return kExitOk;
  }
  libalign::StreamOptions options;
  options.jobs = values["jobs"].as<unsigned>();
  if (options.jobs == 0) throw UsageError("--jobs must be at least 1");
  options.min_score = values["min-score"].as<double>();
  if (!(options.min_score >= 0.0 && options.min_score <= 1.0)) {
    throw UsageError("--min-score must be between 0 and 1");
  }

  const libalign::Pipeline pipeline(pipeline_options_from(values));
  note_missing_dictionary();
  std::ios::sync_with_stdio(false);
  (void)libalign::align_json_lines(pipeline, std::cin, std::cout, options);
  return kExitOk;
}

}  // namespace align_cli
