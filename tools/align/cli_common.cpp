#include "cli_common.hpp"

#include <fmt/format.h>

#include <iostream>

#include "libalign/error.hpp"
#include "libalign/lexicon.hpp"

namespace align_cli {

po::variables_map parse_command_line(const std::vector<std::string>& args,
                                     const po::options_description& options,
                                     const po::positional_options_description& positional) {
  po::variables_map values;
  try {
    po::store(po::command_line_parser(args).options(options).positional(positional).run(),
              values);
    po::notify(values);
  } catch (const po::error& error) {
    throw UsageError(error.what());
  }
  return values;
}

CommandLine parse_command(const std::vector<std::string>& args,
                          const po::options_description& visible) {
  po::options_description hidden;
  hidden.add_options()("positional", po::value<std::vector<std::string>>(), "file names");
  po::options_description all;
  all.add(visible).add(hidden);
  po::positional_options_description positional;
  positional.add("positional", -1);

  CommandLine command;
  command.values = parse_command_line(args, all, positional);
  if (command.values.count("positional") > 0) {
    command.positionals = command.values["positional"].as<std::vector<std::string>>();
  }
  command.help = command.values.count("help") > 0;
  if (command.help) std::cout << visible << "\n";
  return command;
}

po::options_description pipeline_options_description() {
  po::options_description options("Reading, segmentation and alignment");
  options.add_options()
    ("paragraphs", po::value<std::string>()->default_value("blank"),
     "paragraphs are separated by blank lines (blank) or are single lines (line)")
    ("presplit", "each non-empty input line is one sentence (no segmentation)")
    ("srx", po::value<std::string>(), "segment with the rules of this SRX 2.0 file")
    ("lexicon", po::value<std::string>(),
     "extra word pairs: a UTF-8 TSV file of russian<TAB>english lines")
    ("no-learn", "do not learn word pairs from the document pair (one alignment pass)");
  return options;
}

po::options_description output_options_description() {
  po::options_description options("Output");
  options.add_options()
    ("format", po::value<std::string>()->default_value("tmx"), "tmx, tsv, jsonl, beads or html")
    ("srclang", po::value<std::string>(), "TMX source language, ru or en (default: FILE1's)")
    ("langs", po::value<std::string>()->default_value("ru,en"),
     "xml:lang codes for Russian and English, e.g. ru-RU,en-US")
    ("bidirectional", "TMX usable in both directions (srclang=\"*all*\")")
    ("min-score", po::value<double>()->default_value(0.0),
     "leave out aligned pairs scored below this (0..1)")
    ("no-props", "no score, bead type or document names as TMX <prop>s")
    ("segtype", po::value<std::string>()->default_value("auto"),
     "TMX header segtype: sentence, paragraph, or auto (paragraph when some unit joins several "
     "sentences, so that OmegaT re-splits such units)")
    ("creation-id", po::value<std::string>(), "TMX creationid (e.g. your name)")
    ("creation-date", po::value<std::string>(),
     "TMX creationdate as YYYYMMDDThhmmssZ (default: now for pair; the newest input time for "
     "batch, so that reruns give identical files)");
  return options;
}

libalign::PipelineOptions pipeline_options_from(const po::variables_map& values) {
  libalign::PipelineOptions options;
  const auto& paragraphs = values["paragraphs"].as<std::string>();
  if (paragraphs == "blank") {
    options.load.paragraphs = libalign::ParagraphMode::kBlankLine;
  } else if (paragraphs == "line") {
    options.load.paragraphs = libalign::ParagraphMode::kLine;
  } else {
    throw UsageError(fmt::format("--paragraphs must be blank or line, not '{}'", paragraphs));
  }
  options.presplit = values.count("presplit") > 0;
  if (values.count("srx") > 0) options.srx = values["srx"].as<std::string>();
  if (values.count("lexicon") > 0) {
    options.lexicon = std::make_shared<const libalign::Lexicon>(
        libalign::Lexicon::from_tsv(values["lexicon"].as<std::string>()));
  }
  options.align.learn_lexicon = values.count("no-learn") == 0;
  return options;
}

libalign::OutputOptions output_options_from(const po::variables_map& values) {
  libalign::OutputOptions options;
  const auto& langs = values["langs"].as<std::string>();
  const auto comma = langs.find(',');
  if (comma == std::string::npos || comma == 0 || comma + 1 == langs.size() ||
      langs.find(',', comma + 1) != std::string::npos) {
    throw UsageError(fmt::format("--langs wants two codes, Russian first: ru-RU,en-US (got '{}')",
                                 langs));
  }
  options.ru_code = langs.substr(0, comma);
  options.en_code = langs.substr(comma + 1);
  for (const std::string& code : {options.ru_code, options.en_code}) {
    // OmegaT matches on the part before the first non-word character; '_' would hide the
    // language from it, so insist on BCP 47 hyphens.
    if (code.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-") !=
        std::string::npos) {
      throw UsageError(fmt::format("--langs: '{}' is not a BCP 47 code (use '-', e.g. ru-RU)",
                                   code));
    }
  }
  if (values.count("srclang") > 0) {
    try {
      options.source = libalign::parse_language(values["srclang"].as<std::string>());
    } catch (const libalign::Error& error) {
      throw UsageError(fmt::format("--srclang: {}", error.what()));
    }
  }
  options.bidirectional = values.count("bidirectional") > 0;
  options.min_score = values["min-score"].as<double>();
  if (options.min_score < 0.0 || options.min_score > 1.0) {
    throw UsageError("--min-score must be between 0 and 1");
  }
  options.props = values.count("no-props") == 0;
  options.segtype = values["segtype"].as<std::string>();
  if (options.segtype != "auto" && options.segtype != "sentence" && options.segtype != "paragraph") {
    throw UsageError(fmt::format("--segtype must be auto, sentence or paragraph, not '{}'",
                                 options.segtype));
  }
  if (values.count("creation-id") > 0) options.creation_id = values["creation-id"].as<std::string>();
  if (values.count("creation-date") > 0) {
    options.creation_date = values["creation-date"].as<std::string>();
  }
  return options;
}

libalign::Format format_from(const po::variables_map& values) {
  try {
    return libalign::parse_format(values["format"].as<std::string>());
  } catch (const libalign::Error& error) {
    throw UsageError(fmt::format("--format: {}", error.what()));
  }
}

void note_missing_dictionary() {
  if (!libalign::Lexicon::has_builtin()) {
    std::cerr << "align: note: the built-in English-Russian dictionary is not installed; aligning "
                 "without it (install mueller7-dict and rebuild for better results)\n";
  }
}

}  // namespace align_cli
