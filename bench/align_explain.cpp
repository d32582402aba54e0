// align_explain: prints each bead of a presplit pair with the signals behind its cost, and the
// gold bead it should have been when a gold file is given. A debugging aid for the cost model.
//
//   align_explain A.ru.lines A.en.lines [A.gold.beads]
//   align_explain A.ru.txt A.en.txt [BEADS]    (segmented as `align pair` does; BEADS index its
//                                               sentences)
//
// EXPLAIN_TEXT=1 prints each bead's text; EXPLAIN_WORDS=1 prints, for each gold bead, its
// content stems: `*` matched inside the bead, `~` translatable somewhere in the other document
// but not here, plain: no candidate translation in the other document at all.
#include <fmt/format.h>

#include <array>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <string>
#include <string_view>

#include "align/align_pair.hpp"
#include "align/bead_cost.hpp"
#include "libalign/aligner.hpp"
#include "lines_document.hpp"

namespace {

std::string indices(std::size_t begin, std::size_t count) {
  std::string out = "[";
  for (std::size_t k = 0; k < count; ++k) out += (k ? ", " : "") + std::to_string(begin + k);
  return out + "]";
}

// One side's stems of a bead, marked as the header comment says. A ru stem matches when one of
// its candidate translations occurs among the bead's en stems; an en stem when some ru stem of
// the bead lists it.
void print_words(const libalign::detail::EncodedPair& pair, const libalign::detail::Span& rs,
                 const libalign::detail::Span& es) {
  std::set<std::uint32_t> ru_ids, en_ids;
  for (std::size_t i = rs.begin; i < rs.begin + rs.count; ++i)
    for (auto id : pair.ru_words(i)) ru_ids.insert(id);
  for (std::size_t j = es.begin; j < es.begin + es.count; ++j)
    for (auto id : pair.en_words(j)) en_ids.insert(id);
  std::set<std::uint32_t> en_matched;
  std::string ru_line = "    ru:", en_line = "    en:";
  for (auto id : ru_ids) {
    const auto& cands = pair.translations[id];
    bool matched = false;
    for (auto e : cands) {
      if (en_ids.count(e)) {
        matched = true;
        en_matched.insert(e);
      }
    }
    ru_line += fmt::format(" {}{}", matched ? "*" : (cands.empty() ? "" : "~"), pair.ru_vocab[id]);
  }
  for (auto id : en_ids) {
    const char* mark = en_matched.count(id) ? "*" : (pair.en_is_translation[id] ? "~" : "");
    en_line += fmt::format(" {}{}", mark, pair.en_vocab[id]);
  }
  fmt::print("{}\n{}\n", ru_line, en_line);
}

}  // namespace

int main(int argc, char** argv) {
  using namespace libalign;
  if (argc < 3) {
    std::cerr << "usage: align_explain A.ru.lines A.en.lines [A.gold.beads]\n"
                 "       align_explain A.ru.txt A.en.txt [BEADS]\n";
    return 1;
  }
  // A .txt pair is read and segmented as `align pair` does, to explain an end-to-end alignment.
  const auto read = [](const char* path, Language language) {
    return std::string_view(path).ends_with(".txt") ? bench::read_segmented(path, language)
                                                    : bench::read_lines(path, language);
  };
  const Document ru = read(argv[1], Language::kRussian);
  const Document en = read(argv[2], Language::kEnglish);
  std::set<std::string> gold;
  if (argc > 3) {
    std::ifstream in(argv[3]);
    for (std::string line; std::getline(in, line);) gold.insert(line);
  }
  const AlignOptions options;
  const Lexicon* builtin = Lexicon::has_builtin() ? &Lexicon::builtin() : nullptr;
  const detail::PairAlignment a = detail::align_pair(ru, en, options, {builtin});
  fmt::print(
      "length model: ratio {:.3f} variance {:.3f}; lexical p_t {:.3f} p_r {:.3f}; "
      "learned pairs {}\n",
      a.length.ratio, a.length.variance, a.lexical.p_true(), a.lexical.p_random(), a.learned_pairs);
  // The final pass's model: learned pairs and re-estimated lengths included.
  const detail::BeadModel model(a.pair, options.weights, a.length, a.lexical);
  auto scratch = model.make_scratch();
  double predicted_total = 0;
  for (std::size_t k = 0; k < a.path.size(); ++k) {
    const detail::Step& st = a.path[k];
    const Bead b{st.ru.begin, st.ru.count, st.en.begin, st.en.count, a.scores[k]};
    predicted_total += st.cost;
    const std::string key = indices(b.ru_begin, b.ru_count) + ":" + indices(b.en_begin, b.en_count);
    std::string mark = gold.empty() ? "" : (gold.count(key) ? "  ok" : "  XX");
    fmt::print("{:<22} score={:.2f}{} cost={:.2f}", key, b.score, mark, st.cost);
    if (b.ru_count > 0 && b.en_count > 0) {
      const auto& s = a.signals[k];
      fmt::print("  len={:.2f} llr={:.1f} lex={}/{}+{}/{} anch={:.2f} num-={:.2f} punct={} par={}",
                 s.length, s.lexical_llr, s.lexical.ru_matched, s.lexical.ru_words,
                 s.lexical.en_matched, s.lexical.en_words, s.anchors.matched,
                 s.anchors.number_mismatch, s.anchors.punctuation_mismatch, s.paragraph_crossings);
    }
    fmt::print("\n");
    if (std::getenv("EXPLAIN_TEXT") != nullptr) {
      fmt::print("    RU: {}\n    EN: {}\n", b.ru_text(ru), b.en_text(en));
    }
  }
  fmt::print("predicted total cost {:.2f}\n", predicted_total);
  if (argc > 3) {
    fmt::print("--- gold beads\n");
    std::ifstream in(argv[3]);
    double total = 0;
    for (std::string line; std::getline(in, line);) {
      std::array<std::vector<std::size_t>, 2> side;
      int which = 0;
      std::string num;
      for (char c : line) {
        if (c >= '0' && c <= '9') {
          num += c;
        } else {
          if (!num.empty()) side[which].push_back(std::stoul(num));
          num.clear();
          if (c == ':') which = 1;
        }
      }
      const detail::Span rs{side[0].empty() ? 0 : side[0][0], side[0].size()};
      const detail::Span es{side[1].empty() ? 0 : side[1][0], side[1].size()};
      const double c = model.cost(rs, es, scratch);
      total += c;
      fmt::print("{:<22} cost={:.2f}", line, c);
      if (rs.count > 0 && es.count > 0) {
        const auto s = model.signals(rs, es, scratch);
        fmt::print(" len={:.2f} llr={:.1f} lex={}/{}+{}/{} anch={:.2f}", s.length, s.lexical_llr,
                   s.lexical.ru_matched, s.lexical.ru_words, s.lexical.en_matched,
                   s.lexical.en_words, s.anchors.matched);
      }
      fmt::print("\n");
      if (std::getenv("EXPLAIN_WORDS") != nullptr) print_words(a.pair, rs, es);
    }
    fmt::print("gold total cost {:.2f}\n", total);
  }
  return 0;
}
