#include "align/align_pair.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <utility>

#include "align/coarse.hpp"
#include "align/cognates.hpp"
#include "align/encoded.hpp"
#include "align/learned_lexicon.hpp"

namespace libalign::detail {
namespace {

std::size_t largest_side(std::span<const Move> moves) {
  std::size_t k = 1;
  for (const Move& mv : moves) k = std::max<std::size_t>({k, mv.ru, mv.en});
  return k;
}

// The least-cost path through `band`; with `posteriors`, also each bead's posterior. The
// caller gives `model` its MatchCache for the band.
std::vector<Step> search_in(BeadModel& model, const Band& band, std::span<const Move> moves,
                            Scratch& scratch, std::vector<double>* posteriors) {
  const EncodedPair& pair = model.pair();
  auto cost = [&](Span ru, Span en) { return model.cost(ru, en, scratch); };
  if (posteriors == nullptr) {
    return banded_dp(pair.ru.size(), pair.en.size(), band, moves, cost);
  }
  // Keeping every bead cost for the posteriors (a float per cell and move) is fastest: asking
  // them again costs twice the search. With the final pass's 23 moves they come to about 10
  // bytes per character on ordinary text, which is kept; on degenerate text (a million
  // one-word lines: 23 bytes per character) they would outweigh the rest of the search, and
  // are asked again.
  constexpr std::size_t kKeptEdgeBytesAlways = std::size_t{32} << 20;
  constexpr std::size_t kKeptEdgeBytesPerChar = 12;
  const std::size_t chars = std::size_t{pair.ru_chars_before.back()} + pair.en_chars_before.back();
  const std::size_t cells = cell_offsets(band).back();
  const std::size_t edge_bytes = cells * moves.size() * sizeof(float);
  if (edge_bytes > std::max(kKeptEdgeBytesAlways, kKeptEdgeBytesPerChar * chars)) {
    std::vector<Step> path = banded_dp(pair.ru.size(), pair.en.size(), band, moves, cost);
    *posteriors = path_posteriors_recomputed(pair.ru.size(), pair.en.size(), band, moves, cost,
                                             path, model.weights().temperature);
    return path;
  }
  std::vector<float> edges;
  std::vector<Step> path = banded_dp(pair.ru.size(), pair.en.size(), band, moves, cost, &edges);
  *posteriors = path_posteriors(pair.ru.size(), pair.en.size(), band, moves, edges, path,
                                model.weights().temperature);
  return path;
}

// search_in, the path then mended where the band cut it off (repair_band) and, with
// `open_gaps`, where it leans on one side's omissions (widen_where_skipping).
std::vector<Step> search(BeadModel model, Band band, std::size_t width, std::span<const Move> moves,
                         Scratch& scratch, bool open_gaps,
                         std::vector<double>* posteriors = nullptr) {
  const EncodedPair& pair = model.pair();
  const std::size_t n = pair.ru.size(), m = pair.en.size();
  const MatchCache cache(pair, band.lo, band.hi, largest_side(moves), scratch);
  model.use_cache(&cache);
  std::vector<Step> path = search_in(model, band, moves, scratch, posteriors);
  // Beads outside the first band are counted directly: the cache does not cover them.
  auto cost = [&](Span ru, Span en) { return model.cost(ru, en, scratch); };
  if (!repair_band(n, m, band, moves, width, path, cost, open_gaps) || posteriors == nullptr) {
    return path;
  }
  // The posteriors search_in gave belong to the band before the repair, so the band the
  // repair leaves is searched again and they are summed there — around the repaired path where
  // gaps were opened, since their rectangles are mostly empty of paths worth summing. Summing
  // along the repaired path instead (path_posteriors_recomputed) asks every bead's cost twice
  // more: opening the novel's gaps without the dictionary cost 60% of its time that way, half
  // as much this way. Searching without posteriors first would save the discarded sum when a
  // repair happens, but costs a search where none does (the Bible without the dictionary: +20%).
  if (open_gaps) band = band_around(path, n, m, width);
  // The search below finds the path again; a million-bead path is 20 MB not to hold twice.
  std::vector<Step>().swap(path);
  const MatchCache repaired_cache(pair, band.lo, band.hi, largest_side(moves), scratch);
  model.use_cache(&repaired_cache);
  return search_in(model, band, moves, scratch, posteriors);
}

bool two_sided(const Step& s) { return s.ru.count > 0 && s.en.count > 0; }

// Confident = the cheaper half of the first pass's two-sided beads: a rank, not a score
// threshold, because what a good bead costs differs between genres (the Bible's archaic
// wording finds fewer dictionary pairs than news does).
std::vector<bool> cheaper_half(const std::vector<Step>& path) {
  std::vector<double> costs;
  for (const Step& s : path) {
    if (two_sided(s)) costs.push_back(s.cost);
  }
  std::vector<bool> confident(path.size(), false);
  if (costs.empty()) return confident;
  std::nth_element(costs.begin(), costs.begin() + std::ssize(costs) / 2, costs.end());
  const double median = costs[costs.size() / 2];
  for (std::size_t k = 0; k < path.size(); ++k)
    confident[k] = two_sided(path[k]) && path[k].cost <= median;
  return confident;
}

// Sentence lengths of every 1:1 bead — not only the confident ones: those were picked partly
// for matching lengths and would make the variance look smaller than it is.
std::vector<std::pair<double, double>> one_to_one_lengths(const EncodedPair& pair,
                                                          const std::vector<Step>& path) {
  std::vector<std::pair<double, double>> lengths;
  for (const Step& s : path) {
    if (s.ru.count == 1 && s.en.count == 1) {
      lengths.emplace_back(pair.ru[s.ru.begin].chars, pair.en[s.en.begin].chars);
    }
  }
  return lengths;
}

}  // namespace

double refined_many(const EncodedPair& pair, const std::vector<Step>& path, const AlignWeights& w) {
  constexpr double kPriorBeads = 20;
  double beads = 0, extra = 0;
  for (const Step& s : path) {
    if (!two_sided(s)) continue;
    beads += 1;
    extra += static_cast<double>(s.ru.count + s.en.count - 2 - joined_sentences(pair, s.ru, s.en));
  }
  const double rate = (extra + w.merge_rate * kPriorBeads) / (beads + kPriorBeads);
  return w.many + std::log(w.merge_rate / rate);
}

PairAlignment align_pair(const Document& ru, const Document& en, const AlignOptions& options,
                         const std::vector<const Lexicon*>& lexicons, bool keep_details) {
  PairAlignment result;
  const std::size_t n = ru.sentences.size(), m = en.sentences.size();
  AlignWeights w = options.weights;  // `many` is refined after the first pass
  result.length = LengthModel{w.length_ratio, w.length_variance};
  if (n == 0 || m == 0) {
    // Every sentence of the non-empty side is its own 1:0 or 0:1 bead.
    const auto skip = static_cast<float>(w.skip);
    for (std::size_t i = 0; i < n; ++i) result.path.push_back(Step{Span{i, 1}, Span{0, 0}, skip});
    for (std::size_t j = 0; j < m; ++j) result.path.push_back(Step{Span{0, 0}, Span{j, 1}, skip});
    result.signals.resize(result.path.size());
    result.scores.assign(result.path.size(), 0.0);
    result.posteriors.assign(result.path.size(), 1.0);
    return result;
  }

  EncodedPair pair = encode_pair(ru, en, lexicons);
  // Without a dictionary the lexicons see names and identical words, 2–7% of the text; then
  // loanwords spelled alike stand in for it (cognates.hpp). With it (about half the words) they
  // add guesses to what it knows better: noisy news end to end 0.968 → 0.967.
  constexpr double kCognateCoverage = 0.2;
  double first_coverage = lexicon_coverage(pair);
  if (first_coverage < kCognateCoverage) {
    add_cognates(pair);
    first_coverage = lexicon_coverage(pair);
  }
  double ru_total = 0, en_total = 0;
  for (const EncodedSentence& s : pair.ru) ru_total += s.chars;
  for (const EncodedSentence& s : pair.en) en_total += s.chars;
  result.length = initial_length_model(ru_total, en_total, result.length);

  Scratch scratch = make_scratch(pair);
  result.lexical = initial_lexical_model(pair, w.match_rate, scratch);

  result.path =
      search(BeadModel(pair, w, result.length, result.lexical), sentence_band(pair, options),
             options.band, options.learn_lexicon ? kFirstPassMoves : kSentenceMoves, scratch,
             /*open_gaps=*/true, options.learn_lexicon ? nullptr : &result.posteriors);

  if (options.learn_lexicon) {
    // Second pass: what the first pass's beads teach about words and lengths.
    const auto learned = learn_pairs(pair, result.path, cheaper_half(result.path));
    result.learned_pairs = learned.size();
    add_translations(pair, learned);
    result.length = refine_length_model(one_to_one_lengths(pair, result.path), result.length);
    std::vector<LexicalMatch> matches;
    for (const Step& s : result.path) {
      if (s.ru.count == 1 && s.en.count == 1)
        matches.push_back(lexical_match(pair, s.ru, s.en, scratch));
    }
    result.lexical = refine_lexical_model(matches, result.lexical);
    w.many = refined_many(pair, result.path, w);
    // The second band: a narrow one around the first path, except for small pairs, where
    // searching everything again costs nothing. Where the dictionary saw less than half of
    // what the learned pairs now see (without a dictionary: a few percent of the Russian words
    // against a third), the first coarse path was built on too little and may have gone
    // astray without ever touching its band; the coarse paths found again with the learned
    // pairs are searched too. With the dictionary the coarse paths agree, and the second costs
    // a tenth of the novel's time, so it is not computed.
    constexpr std::size_t kSmallPairCells = 40000;
    const std::size_t width = std::max<std::size_t>(options.band / 2, 4);
    Band second = Band::full(n, m);
    bool second_coarse = false;
    if ((n + 1) * (m + 1) > kSmallPairCells) {
      second = band_around(result.path, n, m, width);
      widen_where_skipping(second, result.path, m, options.band);
      second_coarse = first_coverage < 0.5 * lexicon_coverage(pair);
      if (second_coarse) {
        AlignOptions narrow = options;
        narrow.band = width;
        // Two coarse paths, with and without the block length term. The term keeps a path near
        // the diagonal where the cosines see little; but it also prices any two blocks of like
        // length as a likely pair, and so can hold the path on a diagonal shifted across a
        // gap rather than leave the gap's blocks out, where the cosines of the learned pairs
        // alone find it. Neither is right on every text, so the sentence search decides
        // between them (bench/cut_novel.py without the dictionary, a chapter cut from each
        // side: 0.76 of the beads kept with the term, 0.94 without; on made-up text whose
        // lengths match better than real ones the term is what finds the gaps, aligner_test).
        second.include(sentence_band(pair, narrow));
        narrow.weights.coarse_length = 0;
        second.include(sentence_band(pair, narrow));
      }
    }
    // The first path has taught all it can; free it before the second search allocates its own.
    std::vector<Step>().swap(result.path);
    // The second coarse paths were never searched at sentence level, so the gaps they smeared
    // are opened there (widen_where_skipping); otherwise the band already lies around the first
    // path, whose gaps are open.
    result.path =
        search(BeadModel(pair, w, result.length, result.lexical), std::move(second), width,
               kSentenceMoves, scratch, /*open_gaps=*/second_coarse, &result.posteriors);
  }

  const BeadModel model(pair, w, result.length, result.lexical);
  // Shapes the search does not offer (a Synodal sentence of nine KJV verses): runs of up to six
  // beads, at most 16 sentences a side; longer runs merged nothing more on the dev Bible.
  constexpr std::size_t kMergedSide = 16, kMergedRun = 6;
  merge_beyond_moves(result.path, result.posteriors, kSentenceMoves, kMergedSide, kMergedRun,
                     [&](Span ru, Span en) { return model.cost(ru, en, scratch); });
  result.scores.reserve(result.path.size());
  if (keep_details) result.signals.reserve(result.path.size());
  for (std::size_t k = 0; k < result.path.size(); ++k) {
    const Step& s = result.path[k];
    if (two_sided(s)) {
      const BeadSignals signals = model.signals(s.ru, s.en, scratch);
      result.scores.push_back(model.score(signals, result.posteriors[k], s.ru, s.en));
      if (keep_details) result.signals.push_back(signals);
    } else {
      if (keep_details) result.signals.emplace_back();
      result.scores.push_back(0.0);
    }
  }
  if (keep_details) result.pair = std::move(pair);
  return result;
}

}  // namespace libalign::detail
