// align_dump: the signals behind every two-sided bead of presplit dev pairs, with whether the
// bead is in the gold alignment — the training data of bench/fit_score.py.
//
//   align_dump A.ru.lines [B.ru.lines ...] > beads.tsv
//   align_dump --raw A.ru.txt [B.ru.txt ...] > raw.tsv   (read and segment as `align pair` does)
//
// Columns: strict (bead is a gold bead), nested (inside one gold bead on both sides), posterior,
// llr, words, length, anchors, mismatch, size, cost. With --raw the first two columns are -1
// (bench/label_raw.py fills them from NAME.gold.jsonl) and the last three are the document
// name and the bead's Russian and English text.
#include <fmt/format.h>

#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "align/align_pair.hpp"
#include "libalign/aligner.hpp"
#include "lines_document.hpp"

namespace {

// Gold beads as (ru indices, en indices).
std::vector<std::pair<std::vector<std::size_t>, std::vector<std::size_t>>> read_gold(
    const std::string& path) {
  std::vector<std::pair<std::vector<std::size_t>, std::vector<std::size_t>>> beads;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    std::vector<std::size_t> side[2];
    int which = 0;
    std::string num;
    for (char c : line + " ") {
      if (c >= '0' && c <= '9') {
        num += c;
        continue;
      }
      if (!num.empty()) side[which].push_back(std::stoul(num));
      num.clear();
      if (c == ':') which = 1;
    }
    beads.emplace_back(side[0], side[1]);
  }
  return beads;
}

}  // namespace

std::string one_line(std::string s) {
  for (char& c : s) {
    if (c == '\t' || c == '\n') c = ' ';
  }
  return s;
}

void print_features(const libalign::detail::PairAlignment& a, std::size_t b,
                    const libalign::AlignWeights& w) {
  const auto& s = a.path[b];
  const auto& sig = a.signals[b];
  fmt::print("{:.6f}\t{:.4f}\t{}\t{:.4f}\t{:.4f}\t{:.4f}\t{}\t{:.4f}", a.posteriors[b],
             sig.lexical_llr, sig.lexical.ru_words + sig.lexical.en_words, sig.length,
             std::min(sig.anchors.matched, w.anchor_cap),
             std::min(sig.anchors.number_mismatch, w.anchor_cap) + sig.anchors.punctuation_mismatch,
             s.ru.count + s.en.count - 2, s.cost);
}

libalign::AlignOptions options_from_env() {
  libalign::AlignOptions options;
  // For calibration experiments: ALIGN_DUMP_TEMPERATURE=2 changes the posterior temperature.
  if (const char* t = std::getenv("ALIGN_DUMP_TEMPERATURE"))
    options.weights.temperature = std::stod(t);
  return options;
}

int raw_mode(int argc, char** argv) {
  using namespace libalign;
  const AlignOptions options = options_from_env();
  const Lexicon* builtin = Lexicon::has_builtin() ? &Lexicon::builtin() : nullptr;
  fmt::print(
      "strict\tnested\tposterior\tllr\twords\tlength\tanchors\tmismatch\tsize\tcost\t"
      "doc\tru\ten\n");
  for (int k = 2; k < argc; ++k) {
    const std::string ru_path = argv[k];
    const std::string base = ru_path.substr(0, ru_path.size() - std::string(".ru.txt").size());
    const Document ru = bench::read_segmented(ru_path, Language::kRussian);
    const Document en = bench::read_segmented(base + ".en.txt", Language::kEnglish);
    const auto a = detail::align_pair(ru, en, options, {builtin});
    const std::string name = base.substr(base.find_last_of('/') + 1);
    for (std::size_t b = 0; b < a.path.size(); ++b) {
      const auto& s = a.path[b];
      if (s.ru.count == 0 || s.en.count == 0) continue;
      const Bead bead{s.ru.begin, s.ru.count, s.en.begin, s.en.count, 0.0};
      fmt::print("-1\t-1\t");
      print_features(a, b, options.weights);
      fmt::print("\t{}\t{}\t{}\n", name, one_line(bead.ru_text(ru)), one_line(bead.en_text(en)));
    }
  }
  return 0;
}

int main(int argc, char** argv) {
  using namespace libalign;
  if (argc > 1 && std::string(argv[1]) == "--raw") return raw_mode(argc, argv);
  const AlignOptions options = options_from_env();
  const Lexicon* builtin = Lexicon::has_builtin() ? &Lexicon::builtin() : nullptr;
  fmt::print("strict\tnested\tposterior\tllr\twords\tlength\tanchors\tmismatch\tsize\tcost\n");
  for (int k = 1; k < argc; ++k) {
    const std::string ru_path = argv[k];
    const std::string base = ru_path.substr(0, ru_path.size() - std::string(".ru.lines").size());
    const Document ru = bench::read_lines(ru_path, Language::kRussian);
    const Document en = bench::read_lines(base + ".en.lines", Language::kEnglish);
    const auto gold = read_gold(base + ".gold.beads");
    std::map<std::size_t, std::size_t> ru_unit, en_unit;
    std::map<std::pair<std::size_t, std::size_t>, std::pair<std::size_t, std::size_t>> exact;
    for (std::size_t g = 0; g < gold.size(); ++g) {
      for (std::size_t i : gold[g].first) ru_unit[i] = g;
      for (std::size_t j : gold[g].second) en_unit[j] = g;
    }
    const auto a = detail::align_pair(ru, en, options, {builtin});
    for (std::size_t b = 0; b < a.path.size(); ++b) {
      const auto& s = a.path[b];
      if (s.ru.count == 0 || s.en.count == 0) continue;
      std::vector<std::size_t> rs, es;
      for (std::size_t i = s.ru.begin; i < s.ru.end(); ++i) rs.push_back(i);
      for (std::size_t j = s.en.begin; j < s.en.end(); ++j) es.push_back(j);
      bool strict = false;
      for (const auto& g : gold) strict = strict || (g.first == rs && g.second == es);
      std::set<std::size_t> units;
      for (std::size_t i : rs) units.insert(ru_unit.count(i) ? ru_unit[i] : SIZE_MAX);
      for (std::size_t j : es) units.insert(en_unit.count(j) ? en_unit[j] : SIZE_MAX);
      const bool nested = units.size() == 1 && *units.begin() != SIZE_MAX;
      fmt::print("{}\t{}\t", strict ? 1 : 0, nested ? 1 : 0);
      print_features(a, b, options.weights);
      fmt::print("\n");
    }
  }
  return 0;
}
