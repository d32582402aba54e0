// align split FILE|- [--lang ru|en]: one sentence per line on stdout.
#include <fmt/format.h>

#include <cstdio>
#include <iostream>
#include <iterator>

#include "cli_common.hpp"
#include "commands.hpp"
#include "libalign/error.hpp"
#include "libalign/io.hpp"
#include "libalign/segmenter.hpp"

namespace align_cli {

int run_split(const std::vector<std::string>& args) {
  po::options_description visible("align split FILE|- [--lang ru|en] [options]\n\n"
                                  "Prints the sentences of FILE (or standard input), one a "
                                  "line.\n\nOptions");
  visible.add_options()
    ("help,h", "show this help")
    ("lang", po::value<std::string>(), "ru or en (default: detected from the script)")
    ("srx", po::value<std::string>(), "segment with the rules of this SRX 2.0 file")
    ("dump-srx", "print the built-in rules as an SRX 2.0 file and exit")
    ("paragraphs", po::value<std::string>()->default_value("blank"),
     "paragraphs are separated by blank lines (blank) or are single lines (line)");
  po::options_description hidden;
  hidden.add_options()("file", po::value<std::string>(), "input file");
  po::options_description all;
  all.add(visible).add(hidden);
  po::positional_options_description positional;
  positional.add("file", 1);

  const po::variables_map values = parse_command_line(args, all, positional);
  if (values.count("help") > 0) {
    std::cout << visible << "\n";
    return kExitOk;
  }
  if (values.count("dump-srx") > 0) {
    std::cout << libalign::builtin_srx();
    return kExitOk;
  }
  if (values.count("file") == 0) throw UsageError("expected a file name or - for standard input");

  libalign::LoadOptions load_options;
  const auto& paragraphs = values["paragraphs"].as<std::string>();
  if (paragraphs == "line") {
    load_options.paragraphs = libalign::ParagraphMode::kLine;
  } else if (paragraphs != "blank") {
    throw UsageError(fmt::format("--paragraphs must be blank or line, not '{}'", paragraphs));
  }
  if (values.count("lang") > 0) {
    try {
      load_options.language = libalign::parse_language(values["lang"].as<std::string>());
    } catch (const libalign::Error& error) {
      throw UsageError(fmt::format("--lang: {}", error.what()));
    }
  }

  const auto& file = values["file"].as<std::string>();
  libalign::Document document;
  try {
    if (file == "-") {
      std::string bytes(std::istreambuf_iterator<char>(std::cin), {});
      document = libalign::load_bytes(bytes, "<stdin>", load_options);
    } else {
      document = libalign::load(file, load_options);
    }
  } catch (const libalign::Error& error) {
    // Nothing to split is not a failure for a filter: print nothing.
    if (error.code() == libalign::ErrorCode::kEmpty) return kExitOk;
    throw;
  }
  const libalign::Segmenter segmenter =
      values.count("srx") > 0
          ? libalign::Segmenter::from_srx(values["srx"].as<std::string>(), document.language)
          : libalign::Segmenter::builtin(document.language);
  segmenter.segment(document);

  std::string out;
  for (std::size_t k = 0; k < document.sentences.size(); ++k) {
    out += document.sentence_text(k);
    out += '\n';
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return std::fflush(stdout) == 0 ? kExitOk : kExitInput;
}

}  // namespace align_cli
