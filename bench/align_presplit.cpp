// align_presplit: aligns presplit dev pairs in one process (the lexicon loads once) and writes
// vecalign-style bead files with the bead score as a third field, for bench/eval_align.sh.
//
//   align_presplit [--set weight=value ...] OUTDIR A.ru.lines [B.ru.lines ...]
//   align_presplit [--set weight=value ...] OUTDIR A.ru.txt [B.ru.txt ...]
//
// A.en.lines is read beside A.ru.lines. --set overrides one AlignWeights/AlignOptions field
// (e.g. --set skip=4 --set band=10), for tuning experiments. Given raw A.ru.txt files, it reads
// and segments them (and A.en.txt) as `align pair` does and writes A.tsv, the two-sided beads as
// "ru<TAB>en" lines, which ../shared/tools/score_raw.py scores: the end-to-end figures without a
// process and a lexicon load per pair.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <span>
#include <sstream>
#include <string>

#include "libalign/aligner.hpp"
#include "lines_document.hpp"

namespace {

std::string indices(std::size_t begin, std::size_t count) {
  std::string out = "[";
  for (std::size_t k = 0; k < count; ++k) out += (k ? ", " : "") + std::to_string(begin + k);
  return out + "]";
}

bool set_option(libalign::AlignOptions& o, const std::string& assignment) {
  const auto eq = assignment.find('=');
  if (eq == std::string::npos) return false;
  const std::string key = assignment.substr(0, eq);
  const double v = std::stod(assignment.substr(eq + 1));
  libalign::AlignWeights& w = o.weights;
  const std::map<std::string, double*> fields = {{"length", &w.length},
                                                 {"length_variance", &w.length_variance},
                                                 {"length_ratio", &w.length_ratio},
                                                 {"lexical", &w.lexical},
                                                 {"match_rate", &w.match_rate},
                                                 {"repeat_credit", &w.repeat_credit},
                                                 {"anchors", &w.anchors},
                                                 {"anchor_cap", &w.anchor_cap},
                                                 {"number_mismatch", &w.number_mismatch},
                                                 {"punctuation", &w.punctuation},
                                                 {"paragraph", &w.paragraph},
                                                 {"skip", &w.skip},
                                                 {"many", &w.many},
                                                 {"joined", &w.joined},
                                                 {"merge_rate", &w.merge_rate},
                                                 {"coarse_length", &w.coarse_length},
                                                 {"score_bias", &w.score_bias},
                                                 {"score_lexical", &w.score_lexical},
                                                 {"score_posterior", &w.score_posterior},
                                                 {"temperature", &w.temperature},
                                                 {"score_length", &w.score_length},
                                                 {"score_anchors", &w.score_anchors},
                                                 {"score_mismatch", &w.score_mismatch},
                                                 {"score_size", &w.score_size}};
  if (const auto it = fields.find(key); it != fields.end()) {
    *it->second = v;
  } else if (key == "band") {
    o.band = static_cast<std::size_t>(v);
  } else if (key == "full_search_limit") {
    o.full_search_limit = static_cast<std::size_t>(v);
  } else if (key == "learn_lexicon") {
    o.learn_lexicon = v != 0;
  } else if (key == "builtin_lexicon") {
    o.builtin_lexicon = v != 0;
  } else {
    return false;
  }
  return true;
}

}  // namespace

// One line of TSV: tabs and newlines inside a sentence become spaces.
std::string tsv_field(std::string text) {
  for (char& c : text) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return text;
}

void align_raw(const libalign::Aligner& aligner, const std::filesystem::path& ru_path,
               const std::filesystem::path& out_dir) {
  using namespace libalign;
  std::string name = ru_path.filename().string();
  name = name.substr(0, name.size() - std::string(".ru.txt").size());
  const Document ru = bench::read_segmented(ru_path, Language::kRussian);
  const Document en =
      bench::read_segmented(ru_path.parent_path() / (name + ".en.txt"), Language::kEnglish);
  if (ru.language == en.language) return;  // refused by `align pair` too: scores zero
  std::ofstream out(out_dir / (name + ".tsv"));
  for (const Bead& b : aligner.align(ru, en)) {
    if (b.ru_count == 0 || b.en_count == 0) continue;
    out << tsv_field(b.ru_text(ru)) << '\t' << tsv_field(b.en_text(en)) << '\n';
  }
}

// Aligns each pair named by its Russian file (A.ru.lines or A.ru.txt) into out_dir.
void align_all(const libalign::Aligner& aligner, const std::filesystem::path& out_dir,
               std::span<char*> ru_files) {
  for (const char* file : ru_files) {
    const std::filesystem::path ru_path = file;
    if (ru_path.string().ends_with(".ru.txt")) {
      align_raw(aligner, ru_path, out_dir);
      continue;
    }
    std::string name = ru_path.filename().string();
    name = name.substr(0, name.size() - std::string(".ru.lines").size());
    const auto en_path = ru_path.parent_path() / (name + ".en.lines");
    const auto ru = bench::read_lines(ru_path, libalign::Language::kRussian);
    const auto en = bench::read_lines(en_path, libalign::Language::kEnglish);
    std::ofstream out(out_dir / (name + ".beads"));
    for (const libalign::Bead& b : aligner.align(ru, en)) {
      out << indices(b.ru_begin, b.ru_count) << ':' << indices(b.en_begin, b.en_count) << ':'
          << b.score << '\n';
    }
  }
}

int main(int argc, char** argv) {
  libalign::AlignOptions options;
  int first = 1;
  while (first + 1 < argc && std::string(argv[first]) == "--set") {
    if (!set_option(options, argv[first + 1])) {
      std::cerr << "align_presplit: unknown option " << argv[first + 1] << "\n";
      return 1;
    }
    first += 2;
  }
  if (argc - first < 2) {
    std::cerr << "usage: align_presplit [--set weight=value ...] OUTDIR A.ru.lines [...]\n";
    return 1;
  }
  const std::filesystem::path out_dir = argv[first];
  std::error_code ec;
  std::filesystem::create_directories(out_dir, ec);
  if (ec || !std::filesystem::is_directory(out_dir)) {
    std::cerr << "align_presplit: cannot create the output folder '" << out_dir.string()
              << "': " << (ec ? ec.message() : "not a folder") << "\n";
    return 2;
  }
  const libalign::Aligner aligner(options);
  try {
    align_all(aligner, out_dir, std::span<char*>(argv + first + 1, argv + argc));
  } catch (const std::exception& e) {
    std::cerr << "align_presplit: " << e.what() << "\n";
    return 2;
  }
  return 0;
}
