#include "align/learned_lexicon.hpp"

#include <algorithm>

#include "align/scratch.hpp"

namespace libalign::detail {

std::vector<std::pair<std::uint32_t, std::uint32_t>> learn_pairs(const EncodedPair& pair,
                                                                 const std::vector<Step>& beads,
                                                                 const std::vector<bool>& confident,
                                                                 const LearnOptions& options) {
  std::vector<std::uint32_t> ru_count(pair.ru_vocab.size(), 0), en_count(pair.en_vocab.size(), 0);
  std::vector<std::uint64_t> cooccurrences;
  StampSet ru_seen(pair.ru_vocab.size()), en_seen(pair.en_vocab.size()),
      translated(pair.en_vocab.size());
  std::vector<std::uint32_t> ru_free, en_free;
  for (std::size_t b = 0; b < beads.size(); ++b) {
    const Step& s = beads[b];
    if (!confident[b] || s.ru.count == 0 || s.en.count == 0) continue;
    ru_seen.clear();
    en_seen.clear();
    translated.clear();
    ru_free.clear();
    en_free.clear();
    for (std::size_t j = s.en.begin; j < s.en.end(); ++j) {
      for (std::uint32_t e : pair.en_words(j)) {
        if (!en_seen.contains(e)) {
          en_seen.insert(e);
          ++en_count[e];
        }
      }
    }
    for (std::size_t i = s.ru.begin; i < s.ru.end(); ++i) {
      for (std::uint32_t r : pair.ru_words(i)) {
        if (ru_seen.contains(r)) continue;
        ru_seen.insert(r);
        ++ru_count[r];
        bool matched = false;
        for (std::uint32_t e : pair.translations[r]) {
          translated.insert(e);
          matched = matched || en_seen.contains(e);
        }
        if (!matched) ru_free.push_back(r);
      }
    }
    en_seen.clear();
    for (std::size_t j = s.en.begin; j < s.en.end(); ++j) {
      for (std::uint32_t e : pair.en_words(j)) {
        if (en_seen.contains(e)) continue;
        en_seen.insert(e);
        if (!translated.contains(e)) en_free.push_back(e);
      }
    }
    for (std::uint32_t r : ru_free) {
      for (std::uint32_t e : en_free) {
        cooccurrences.push_back((static_cast<std::uint64_t>(r) << 32) | e);
      }
    }
  }
  std::sort(cooccurrences.begin(), cooccurrences.end());

  // For each Russian word, the English word(s) with the best Dice above the threshold.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> learned;
  std::vector<std::pair<double, std::uint32_t>> candidates;
  std::uint32_t current_ru = UINT32_MAX;
  auto flush = [&] {
    if (candidates.empty()) return;
    const double best = std::max_element(candidates.begin(), candidates.end())->first;
    for (const auto& [dice, e] : candidates) {
      if (dice >= best) learned.emplace_back(current_ru, e);
    }
    candidates.clear();
  };
  for (std::size_t k = 0; k < cooccurrences.size();) {
    std::size_t end = k;
    while (end < cooccurrences.size() && cooccurrences[end] == cooccurrences[k]) ++end;
    const auto count = static_cast<std::uint32_t>(end - k);
    const auto r = static_cast<std::uint32_t>(cooccurrences[k] >> 32);
    const auto e = static_cast<std::uint32_t>(cooccurrences[k] & 0xFFFFFFFFU);
    if (r != current_ru) {
      flush();
      current_ru = r;
    }
    const double dice = 2.0 * count / (ru_count[r] + en_count[e]);
    if (count >= options.min_count && dice >= options.min_dice) candidates.emplace_back(dice, e);
    k = end;
  }
  flush();
  return learned;
}

}  // namespace libalign::detail
