#include "align/lexical_cost.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstdlib>

namespace libalign::detail {
namespace {

// Adds one sentence's counts to its side's totals. Every bead counts its unsupported sentences,
// though llr reads them only on a side of kRepeatSentences or more: nearly every bead type of
// the final pass has such a side, and testing for it first cost more than it saved (callgrind).
void add_sentence(int words, int matched, int& side_words, int& side_matched,
                  int& side_unsupported) {
  side_words += words;
  side_matched += matched;
  side_unsupported += supported(matched, words) ? 0 : 1;
}

}  // namespace

LexicalMatch lexical_match(const EncodedPair& pair, Span ru, Span en, Scratch& scratch) {
  LexicalMatch m;
  scratch.en_words.clear();
  scratch.translated.clear();
  for (std::size_t j = en.begin; j < en.end(); ++j) {
    for (std::uint32_t e : pair.en_words(j)) scratch.en_words.insert(e);
  }
  for (std::size_t i = ru.begin; i < ru.end(); ++i) {
    int words = 0, matched = 0;
    for (std::uint32_t r : pair.ru_words(i)) {
      if (pair.translations[r].empty()) continue;  // cannot match in any bead
      ++words;
      bool found = false;
      for (std::uint32_t e : pair.translations[r]) {
        scratch.translated.insert(e);
        found = found || scratch.en_words.contains(e);
      }
      matched += found ? 1 : 0;
    }
    add_sentence(words, matched, m.ru_words, m.ru_matched, m.ru_unsupported);
  }
  for (std::size_t j = en.begin; j < en.end(); ++j) {
    int words = 0, matched = 0;
    for (std::uint32_t e : pair.en_words(j)) {
      if (pair.en_is_translation[e] == 0) continue;
      ++words;
      matched += scratch.translated.contains(e) ? 1 : 0;
    }
    add_sentence(words, matched, m.en_words, m.en_matched, m.en_unsupported);
  }
  return m;
}

MatchCache::MatchCache(const EncodedPair& pair, const std::vector<std::size_t>& band_lo,
                       const std::vector<std::size_t>& band_hi, std::size_t max_side,
                       Scratch& scratch)
    : pair_(pair) {
  const std::size_t n = pair.ru.size(), m = pair.en.size();
  first_.assign(n, 0);
  count_.assign(n, 0);
  offset_.assign(n, 0);
  // Sentences with more words than a mask holds are counted directly: a ru one covers no en
  // sentence here, and the en ones are counted, so that match() finds a bead holding one with
  // two look-ups. The counts are kept modulo 256, a byte a sentence (a million one-word lines
  // make a million sentences): a bead spans fewer en sentences than that, so the difference of
  // two counts is still exact.
  long_en_before_.assign(m + 1, 0);
  for (std::size_t j = 0; j < m; ++j) {
    long_en_before_[j + 1] = static_cast<std::uint8_t>(
        long_en_before_[j] + (pair.en_words(j).size() > kMaxWords ? 1 : 0));
  }
  if (m == 0) return;
  std::size_t total = 0;
  for (std::size_t i = 0; i < n; ++i) {
    // Beads holding ru sentence i end at rows i+1 .. i+max_side; their en sentences lie in
    // [lo(i+1) − max_side, hi(i+max_side) − 1]. Band bounds are non-decreasing.
    const std::size_t lo = band_lo[i + 1] > max_side ? band_lo[i + 1] - max_side : 0;
    const std::size_t hi_row = std::min(n, i + max_side);
    const std::size_t hi = std::min(m, band_hi[hi_row]);
    first_[i] = lo;
    count_[i] = hi > lo && pair.ru_words(i).size() <= kMaxWords ? hi - lo : 0;
    offset_[i] = total;
    total += count_[i];
  }
  ru_masks_.assign(total, 0);
  en_masks_.assign(total, 0);
  for (std::size_t i = 0; i < n; ++i) {
    const auto ru_words = pair.ru_words(i);
    if (count_[i] == 0) continue;
    scratch.translated.clear();
    for (std::uint32_t r : ru_words) {
      for (std::uint32_t e : pair.translations[r]) scratch.translated.insert(e);
    }
    for (std::size_t c = 0; c < count_[i]; ++c) {
      const std::size_t j = first_[i] + c;
      const auto en_words = pair.en_words(j);
      if (en_words.size() > kMaxWords) continue;
      std::uint64_t en_mask = 0, ru_mask = 0;
      scratch.en_words.clear();
      for (std::size_t l = 0; l < en_words.size(); ++l) {
        scratch.en_words.insert(en_words[l]);
        if (scratch.translated.contains(en_words[l])) en_mask |= std::uint64_t{1} << l;
      }
      for (std::size_t k = 0; k < ru_words.size(); ++k) {
        for (std::uint32_t e : pair.translations[ru_words[k]]) {
          if (scratch.en_words.contains(e)) {
            ru_mask |= std::uint64_t{1} << k;
            break;
          }
        }
      }
      ru_masks_[offset_[i] + c] = ru_mask;
      en_masks_[offset_[i] + c] = en_mask;
    }
  }
}

// Mostly popcounts: with the POPCNT instruction where the CPU has it (chosen at load time;
// Debian's x86-64 baseline predates it and would call a libgcc routine instead).
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
__attribute__((target_clones("popcnt", "default")))
#endif
bool MatchCache::match(Span ru, Span en, LexicalMatch& out) const {
  constexpr std::size_t kMaxSide = 8;
  if (ru.count > kMaxSide || en.count > kMaxSide) return false;
  if (long_en_before_[en.end()] != long_en_before_[en.begin]) return false;
  for (std::size_t i = ru.begin; i < ru.end(); ++i) {
    if (en.begin < first_[i] || en.end() > first_[i] + count_[i]) return false;
  }
  out = LexicalMatch{};
  std::array<std::uint64_t, kMaxSide> en_or{};
  for (std::size_t i = ru.begin; i < ru.end(); ++i) {
    std::uint64_t ru_or = 0;
    const std::size_t base = offset_[i] + (en.begin - first_[i]);
    for (std::size_t c = 0; c < en.count; ++c) {
      ru_or |= ru_masks_[base + c];
      en_or[c] |= en_masks_[base + c];
    }
    add_sentence(static_cast<int>(pair_.ru_translatable(i)), std::popcount(ru_or), out.ru_words,
                 out.ru_matched, out.ru_unsupported);
  }
  for (std::size_t c = 0; c < en.count; ++c) {
    add_sentence(static_cast<int>(pair_.en_translatable(en.begin + c)), std::popcount(en_or[c]),
                 out.en_words, out.en_matched, out.en_unsupported);
  }
  return true;
}

LexicalModel::LexicalModel(double p_true, double p_random) : p_true_(p_true), p_random_(p_random) {
  for (std::size_t other = 1; other <= kMaxSentences; ++other) {
    const double miss_random = std::pow(1.0 - p_random, static_cast<double>(other));
    const double q_random = 1.0 - miss_random;
    const double q_true = 1.0 - (1.0 - p_true) * miss_random / (1.0 - p_random);
    match_weight_[other] = std::log(q_true / q_random);
    miss_weight_[other] = std::log((1.0 - q_true) / (1.0 - q_random));
  }
}

double LexicalModel::llr(const LexicalMatch& m, std::size_t ru_sentences, std::size_t en_sentences,
                         double repeat_credit) const {
  // A word vouches for one word on the other side: when one side matches more words than the
  // other, the surplus repeats what is already matched and earns no reward. It is no evidence
  // against the bead either: a repetitive text (the Bible's "the priest ... the altar" in every
  // clause) matches one long Russian sentence's words many times over from the English clauses
  // that translate it, and counting the repeats as misses would leave those clauses out. A
  // near duplicate is still kept out by its length and the prior against merging.
  //
  // Except where a side of three or more sentences has the surplus and every one of them finds
  // its own translations in the bead (supported()): there the surplus is content restated clause
  // by clause, as KJV repeats across its verses the nouns of one long Synodal sentence, and
  // without credit a verse whose words the other verses match as well was left out (Leviticus,
  // raw text). A sentence present on one side only seldom finds four of its words, and most of
  // its translatable ones, in its neighbour; and three sentences keep the credit from the 1:2
  // beads where news most often takes such a sentence into a pair (docs/alignment.md).
  const int surplus = std::abs(m.ru_matched - m.en_matched);
  const bool ru_repeats =
      m.ru_matched > m.en_matched && ru_sentences >= kRepeatSentences && m.ru_unsupported == 0;
  const bool en_repeats =
      m.en_matched > m.ru_matched && en_sentences >= kRepeatSentences && m.en_unsupported == 0;
  const double matched = std::min(m.ru_matched, m.en_matched) +
                         (ru_repeats || en_repeats ? repeat_credit * surplus : 0.0);
  const std::size_t ru_faces = std::clamp<std::size_t>(en_sentences, 1, kMaxSentences);
  const std::size_t en_faces = std::clamp<std::size_t>(ru_sentences, 1, kMaxSentences);
  return matched * (match_weight_[ru_faces] + match_weight_[en_faces]) +
         (m.ru_words - m.ru_matched) * miss_weight_[ru_faces] +
         (m.en_words - m.en_matched) * miss_weight_[en_faces];
}

namespace {

// Keeps the two rates apart and away from 0 and 1, where the logarithms blow up.
LexicalModel clamped(double p_true, double p_random) {
  p_random = std::clamp(p_random, 0.01, 0.4);
  return {std::clamp(p_true, p_random + 0.1, 0.9), p_random};
}

}  // namespace

LexicalModel initial_lexical_model(const EncodedPair& pair, double prior_true, Scratch& scratch) {
  const std::size_t n = pair.ru.size(), m = pair.en.size();
  // About 2000 pairs on a lattice that does not follow the diagonal: for each sampled ru
  // sentence, en sentences at a stride coprime with most lengths.
  const std::size_t samples = std::min<std::size_t>(2000, n * m);
  double matched = 1, words = 10;  // a weak prior at p_r = 0.1
  for (std::size_t k = 0; k < samples; ++k) {
    const std::size_t i = (k * 7919) % n;
    const std::size_t j = (k * 104729 + k / n) % m;
    const LexicalMatch lm = lexical_match(pair, Span{i, 1}, Span{j, 1}, scratch);
    matched += lm.ru_matched + lm.en_matched;
    words += lm.ru_words + lm.en_words;
  }
  return clamped(prior_true, matched / words);
}

LexicalModel refine_lexical_model(const std::vector<LexicalMatch>& aligned,
                                  const LexicalModel& prior) {
  // The prior counts as this many words.
  constexpr double kPriorWords = 200.0;
  double matched = prior.p_true() * kPriorWords, words = kPriorWords;
  for (const LexicalMatch& m : aligned) {
    matched += m.ru_matched + m.en_matched;
    words += m.ru_words + m.en_words;
  }
  return clamped(matched / words, prior.p_random());
}

}  // namespace libalign::detail
