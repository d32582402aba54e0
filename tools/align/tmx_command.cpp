// align tmx merge|stats: work with existing TMX files (ours, OmegaT's, translate-toolkit's).
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "cli_common.hpp"
#include "commands.hpp"
#include "libalign/error.hpp"
#include "libalign/output.hpp"
#include "libalign/tmx.hpp"

namespace align_cli {
namespace {

constexpr std::string_view kUsage =
    "usage: align tmx merge A.tmx B.tmx [...] [-o OUT.tmx]   merge, dropping duplicate pairs\n"
    "       align tmx stats X.tmx [...]                      units, languages, scores\n"
    "\n"
    "Run 'align tmx merge --help' or 'align tmx stats --help' for the options.\n";

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
  return text;
}

// What makes two TUs "the same pair": their variants as (language, trimmed text), in any order.
// Props, tuids and dates do not count.
std::vector<std::pair<std::string, std::string>> pair_key(const libalign::TranslationUnit& unit) {
  std::vector<std::pair<std::string, std::string>> key;
  for (const libalign::TmxVariant& variant : unit.variants) {
    const std::size_t begin = variant.text.find_first_not_of(" \t\r\n");
    const std::size_t end = variant.text.find_last_not_of(" \t\r\n");
    key.emplace_back(lower(variant.lang), begin == std::string::npos
                                              ? std::string()
                                              : variant.text.substr(begin, end - begin + 1));
  }
  std::sort(key.begin(), key.end());
  return key;
}

// Foreign files sometimes carry a segtype the DTD does not know ("sentences"); writing it back
// would make the merged file invalid, so such a value is dropped.
std::string valid_segtype(const std::string& segtype) {
  for (const char* valid : {"block", "paragraph", "sentence", "phrase"})
    if (segtype == valid) return segtype;
  return "";
}

libalign::TmxReadOptions read_options(const po::variables_map& values) {
  return {.keep_inline_text = values.count("keep-inline") > 0};
}

int run_merge(const std::vector<std::string>& args) {
  po::options_description visible(
      "align tmx merge A.tmx B.tmx [...] [-o OUT.tmx] [options]\n\n"
      "Merges TMX files into one, keeping the first of identical pairs (same languages and\n"
      "texts). TUs are renumbered; their props are kept. Writes to standard output when -o is\n"
      "absent.\n\nOptions");
  visible.add_options()("help,h", "show this help")(
      "output,o", po::value<std::string>(), "write here (atomically) instead of standard output")(
      "keep-inline", "keep the text of inline codes (<bpt>, <ph>, ...) instead of dropping it")(
      "creation-id", po::value<std::string>(), "TMX creationid of the merged file")(
      "creation-date", po::value<std::string>(),
      "TMX creationdate as YYYYMMDDThhmmssZ (default: now)");
  const CommandLine command = parse_command(args, visible);
  if (command.help) return kExitOk;
  const po::variables_map& values = command.values;
  const std::vector<std::string>& inputs = command.positionals;
  if (inputs.size() < 2) throw UsageError("merge needs at least two TMX files");
  if (values.count("creation-date") > 0 &&
      !libalign::is_tmx_date(values["creation-date"].as<std::string>()))
    throw UsageError("--creation-date must be YYYYMMDDThhmmssZ, e.g. 20250101T120000Z");

  // Read everything before writing anything: a bad input must not leave an output behind.
  std::vector<libalign::TmxDocument> documents;
  documents.reserve(inputs.size());
  for (const std::string& input : inputs)
    documents.push_back(libalign::read_tmx(input, read_options(values)));

  libalign::TmxDocument merged;
  merged.header.admin_lang = documents.front().header.admin_lang.empty()
                                 ? merged.header.admin_lang
                                 : documents.front().header.admin_lang;
  merged.header.datatype = "plaintext";
  merged.header.creation_date = values.count("creation-date") > 0
                                    ? values["creation-date"].as<std::string>()
                                    : libalign::tmx_date_now();
  if (values.count("creation-id") > 0)
    merged.header.creation_id = values["creation-id"].as<std::string>();
  // One source language if the inputs agree, else a memory for every direction.
  const std::string& src_lang = documents.front().header.src_lang;
  const bool same_source = std::all_of(documents.begin(), documents.end(), [&](const auto& doc) {
    return lower(doc.header.src_lang) == lower(src_lang);
  });
  merged.header.src_lang = same_source && !src_lang.empty() ? src_lang : "*all*";
  // Segtype: every TU keeps its effective segtype (its own, else its file's). The merged header
  // is "paragraph" as soon as one TU is (OmegaT re-segments TUs only under such a header; see
  // docs/tmx.md), and a TU states its segtype only where it differs from the header.
  bool any_paragraph = false;
  for (libalign::TmxDocument& document : documents) {
    document.header.segtype = valid_segtype(document.header.segtype);
    for (libalign::TranslationUnit& unit : document.units) {
      unit.segtype = valid_segtype(unit.segtype);
      if (unit.segtype.empty()) unit.segtype = document.header.segtype;
      any_paragraph = any_paragraph || unit.segtype == "paragraph";
    }
  }
  merged.header.segtype = any_paragraph ? "paragraph" : "sentence";

  std::set<std::vector<std::pair<std::string, std::string>>> seen;
  std::size_t total = 0;
  for (libalign::TmxDocument& document : documents) {
    for (libalign::TranslationUnit& unit : document.units) {
      ++total;
      if (!seen.insert(pair_key(unit)).second) continue;
      if (unit.segtype == merged.header.segtype) unit.segtype.clear();
      unit.tuid = std::to_string(merged.units.size() + 1);
      merged.units.push_back(std::move(unit));
    }
  }

  if (values.count("output") > 0) {
    const auto& output = values["output"].as<std::string>();
    libalign::write_file_atomically(output,
                                    [&](std::ostream& out) { libalign::write_tmx(out, merged); });
    std::cerr << fmt::format("align: wrote {}: {} units from {} files ({} duplicates dropped)\n",
                             output, merged.units.size(), inputs.size(),
                             total - merged.units.size());
  } else {
    libalign::write_tmx(std::cout, merged);
    std::cout.flush();
  }
  return kExitOk;
}

void print_stats(const std::string& file, const libalign::TmxDocument& document) {
  std::map<std::string, std::size_t> languages;
  std::map<std::string, std::size_t> beads;
  std::size_t empty_variants = 0;
  std::size_t not_bilingual = 0;
  std::size_t scored = 0;
  double score_sum = 0;
  double score_min = 1;
  std::array<std::size_t, 5> score_bands{};  // [0, .2) [.2, .4) [.4, .6) [.6, .8) [.8, 1]
  std::set<std::vector<std::pair<std::string, std::string>>> seen;
  std::size_t duplicates = 0;
  for (const libalign::TranslationUnit& unit : document.units) {
    std::set<std::string> unit_languages;
    for (const libalign::TmxVariant& variant : unit.variants) {
      ++languages[variant.lang];
      unit_languages.insert(lower(variant.lang));
      if (variant.text.find_first_not_of(" \t\r\n") == std::string::npos) ++empty_variants;
    }
    if (unit_languages.size() != 2) ++not_bilingual;
    if (!seen.insert(pair_key(unit)).second) ++duplicates;
    for (const libalign::TmxProp& prop : unit.props) {
      if (prop.type == "x-bead") ++beads[prop.value];
      if (prop.type != "x-score") continue;
      try {
        const double score = std::stod(prop.value);
        ++scored;
        score_sum += score;
        score_min = std::min(score_min, score);
        ++score_bands[std::min<std::size_t>(4, static_cast<std::size_t>(std::max(0.0, score) * 5))];
      } catch (const std::exception&) {
        // a foreign prop that happens to share the name; not a score
      }
    }
  }
  const libalign::TmxHeader& header = document.header;
  std::cout << fmt::format("file: {}\n", file)
            << fmt::format("creationtool: {} {}\n", header.creation_tool,
                           header.creation_tool_version)
            << fmt::format("srclang: {}\nsegtype: {}\n", header.src_lang, header.segtype)
            << fmt::format("units: {}\n", document.units.size());
  for (const auto& [language, count] : languages)
    std::cout << fmt::format("variants {}: {}\n", language, count);
  std::cout << fmt::format("units not bilingual: {}\n", not_bilingual)
            << fmt::format("empty segments: {}\n", empty_variants)
            << fmt::format("duplicate pairs: {}\n", duplicates);
  for (const auto& [type, count] : beads) std::cout << fmt::format("beads {}: {}\n", type, count);
  if (scored > 0) {
    std::cout << fmt::format("score mean: {:.4f}\nscore min: {:.4f}\n",
                             score_sum / static_cast<double>(scored), score_min)
              << fmt::format("scores 0-.2 .2-.4 .4-.6 .6-.8 .8-1: {} {} {} {} {}\n", score_bands[0],
                             score_bands[1], score_bands[2], score_bands[3], score_bands[4]);
  }
}

int run_stats(const std::vector<std::string>& args) {
  po::options_description visible(
      "align tmx stats X.tmx [...] [options]\n\n"
      "Prints, for each file: units, variants per language, units that are not bilingual, empty\n"
      "segments, duplicate pairs, and (for libalign files) bead types and scores.\n\nOptions");
  visible.add_options()("help,h", "show this help")(
      "keep-inline", "count the text of inline codes (<bpt>, <ph>, ...) as segment text");
  const CommandLine command = parse_command(args, visible);
  if (command.help) return kExitOk;
  const po::variables_map& values = command.values;
  const std::vector<std::string>& inputs = command.positionals;
  if (inputs.empty()) throw UsageError("stats needs a TMX file");
  bool first = true;
  for (const std::string& input : inputs) {
    const libalign::TmxDocument document = libalign::read_tmx(input, read_options(values));
    if (!first) std::cout << "\n";
    first = false;
    print_stats(input, document);
  }
  return kExitOk;
}

}  // namespace

int run_tmx(const std::vector<std::string>& args) {
  if (args.empty()) throw UsageError("expected merge or stats");
  const std::string& command = args.front();
  const std::vector<std::string> rest(args.begin() + 1, args.end());
  if (command == "merge") return run_merge(rest);
  if (command == "stats") return run_stats(rest);
  if (command == "--help" || command == "-h") {
    std::cout << kUsage;
    return kExitOk;
  }
  throw UsageError(fmt::format("unknown tmx command '{}' (expected merge or stats)", command));
}

}  // namespace align_cli
