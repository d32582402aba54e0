#include "align/encoded.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "features/names.hpp"
#include "util/string_hash.hpp"

namespace libalign::detail {
namespace {

using IdMap = StringMap<std::uint32_t>;

std::uint32_t intern(IdMap& ids, std::vector<std::string>& vocab, std::string_view s) {
  if (const auto it = ids.find(s); it != ids.end()) return it->second;
  const auto id = static_cast<std::uint32_t>(vocab.size());
  ids.emplace(std::string(s), id);
  vocab.emplace_back(s);
  return id;
}

// Anchor keys carry their kind as a one-letter prefix, so that the number "12" and a word "12"
// cannot meet. Within a sentence the kinds come in this order (numbers, names, links, verbatim),
// which fixes the order anchor ids are handed out in.
constexpr auto kAnchorPrefix = std::to_array<char>({'#', '~', '@', '='});
constexpr auto kAnchorKinds = std::to_array<AnchorKind>(
    {AnchorKind::kNumber, AnchorKind::kName, AnchorKind::kLink, AnchorKind::kVerbatim});

std::size_t anchor_slot(FeatureKind kind) {
  switch (kind) {
    case FeatureKind::kNumber:
    case FeatureKind::kNumberWord:
      return 0;
    case FeatureKind::kName:
      return 1;
    case FeatureKind::kLink:
      return 2;
    default:
      return 3;
  }
}

void sort_unique(std::vector<std::uint32_t>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

// Capitalized words of both sides by name key (names.hpp), each distinct pair once: a document
// of a million capitalized lines must not keep a million entries.
class NameIndex {
 public:
  // A key shared by more English words than this is too common to say which one is meant.
  static constexpr std::size_t kMaxNamesPerKey = 4;

  void add_russian(std::uint32_t id, std::string_view key) {
    std::vector<std::string>& keys = ru_keys_[id];
    if (std::find(keys.begin(), keys.end(), key) == keys.end()) keys.emplace_back(key);
  }
  void add_english(std::uint32_t id, std::string_view key) {
    std::vector<std::uint32_t>& ids = en_ids_[std::string(key)];
    // One past the limit marks the key as too common; no need to collect more.
    if (ids.size() <= kMaxNamesPerKey && std::find(ids.begin(), ids.end(), id) == ids.end()) {
      ids.push_back(id);
    }
  }

  // A Russian name translates to the English names of the same key: Гомер → Gomer, Навальный →
  // Navalny. Names are rarely in a dictionary, and a sentence of names (a genealogy, a list of
  // speakers) would otherwise look like a sentence of untranslated words. The key of the
  // Russian word as written and that of its stem both count, so that inflection
  // (Путиным → "ptnm", stem путин → "ptn" ← Putin) does not hide a name.
  void add_translations(EncodedPair& pair) const {
    for (const auto& [ru_id, keys] : ru_keys_) {
      std::vector<std::uint32_t>& out = pair.translations[ru_id];
      const std::size_t before = out.size();
      auto link = [&](const std::string& key) {
        if (key.size() < 3) return;
        const auto it = en_ids_.find(key);
        if (it == en_ids_.end() || it->second.size() > kMaxNamesPerKey) return;
        out.insert(out.end(), it->second.begin(), it->second.end());
      };
      for (const std::string& key : keys) link(key);
      link(name_key(pair.ru_vocab[ru_id], true));
      if (out.size() != before) sort_unique(out);
    }
  }

 private:
  std::unordered_map<std::uint32_t, std::vector<std::string>> ru_keys_;
  std::unordered_map<std::string, std::vector<std::uint32_t>> en_ids_;
};

}  // namespace

EncodedPair encode_pair(const Document& ru, const Document& en,
                        const std::vector<const Lexicon*>& lexicons) {
  EncodedPair pair;
  pair.ru.resize(ru.sentences.size());
  pair.en.resize(en.sentences.size());

  // Features are interned as they are found, never held as strings: a SentenceFeatures for
  // every sentence (or every word of one huge sentence) cost more than the documents. Anchors
  // get provisional ids here, in the order their keys are visited, with their counts per side;
  // which of them survive, and their final ids, are settled once both sides are counted.
  // Sentence k's ids start at word_begin[k] / anchor_begin[k] (ru sentences, then en).
  const std::size_t n = pair.ru.size(), total = n + pair.en.size();
  std::vector<std::uint32_t> word_begin, anchor_begin;
  word_begin.reserve(total + 1);
  anchor_begin.reserve(total + 1);
  IdMap ru_ids, en_ids, key_ids;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> key_counts;  // ru, en
  std::vector<AnchorKind> key_kind;
  std::vector<std::uint32_t> en_df;
  std::vector<std::uint32_t> distinct;
  // Capitalized words by name key, so that a name pairs with its transliteration.
  NameIndex names;
  std::string last_name_key;  // the key of the word whose stem comes next (kNameStem)
  auto encode_side = [&](const Document& document, Language language,
                         std::vector<EncodedSentence>& out, IdMap& ids,
                         std::vector<std::string>& vocab) {
    const bool russian = language == Language::kRussian;
    SentenceFeatures scalars;
    std::string key;
    // Provisional anchor ids of the sentence, per kind.
    std::array<std::vector<std::uint32_t>, kAnchorKinds.size()> by_kind;
    for (std::size_t k = 0; k < out.size(); ++k) {
      EncodedSentence& s = out[k];
      word_begin.push_back(static_cast<std::uint32_t>(pair.word_arena.size()));
      for (auto& ids_of_kind : by_kind) ids_of_kind.clear();
      visit_sentence_features(
          document.view(document.sentences[k].range), language, scalars,
          [&](FeatureKind kind, std::string_view feature) {
            if (kind == FeatureKind::kStem || kind == FeatureKind::kNameStem) {
              const std::uint32_t id = intern(ids, vocab, feature);
              pair.word_arena.push_back(id);
              if (kind == FeatureKind::kNameStem) {
                if (russian) {
                  names.add_russian(id, last_name_key);
                } else {
                  names.add_english(id, last_name_key);
                }
              }
              return;
            }
            if (kind == FeatureKind::kName) last_name_key = feature;
            const std::size_t slot = anchor_slot(kind);
            key.assign(1, kAnchorPrefix[slot]);
            key += feature;
            auto it = key_ids.find(std::string_view(key));
            if (it == key_ids.end()) {
              it = key_ids.emplace(key, static_cast<std::uint32_t>(key_counts.size())).first;
              key_counts.emplace_back(0, 0);
              key_kind.push_back(kAnchorKinds[slot]);
            }
            ++(russian ? key_counts[it->second].first : key_counts[it->second].second);
            by_kind[slot].push_back(kind == FeatureKind::kNumberWord ? it->second | kSoftAnchor
                                                                     : it->second);
          });
      s.chars = static_cast<std::uint32_t>(scalars.chars);
      s.paragraph = static_cast<std::uint32_t>(document.sentences[k].paragraph);
      s.punctuation = scalars.punctuation;
      if (!russian) {
        distinct.assign(pair.word_arena.begin() + word_begin.back(), pair.word_arena.end());
        sort_unique(distinct);
        en_df.resize(vocab.size(), 0);
        for (std::uint32_t id : distinct) ++en_df[id];
      }
      anchor_begin.push_back(static_cast<std::uint32_t>(pair.anchor_arena.size()));
      for (const auto& ids_of_kind : by_kind)
        pair.anchor_arena.insert(pair.anchor_arena.end(), ids_of_kind.begin(), ids_of_kind.end());
    }
  };
  encode_side(ru, Language::kRussian, pair.ru, ru_ids, pair.ru_vocab);
  encode_side(en, Language::kEnglish, pair.en, en_ids, pair.en_vocab);
  word_begin.push_back(static_cast<std::uint32_t>(pair.word_arena.size()));
  anchor_begin.push_back(static_cast<std::uint32_t>(pair.anchor_arena.size()));
  key_ids = IdMap();
  pair.word_arena.shrink_to_fit();

  en_df.resize(pair.en_vocab.size(), 0);
  pair.en_idf.resize(pair.en_vocab.size());
  const auto n_en = static_cast<double>(en.sentences.size());
  for (std::size_t id = 0; id < en_df.size(); ++id) {
    pair.en_idf[id] = static_cast<float>(std::log((n_en + 1.0) / (en_df[id] + 0.5)));
  }

  // Translations of each Russian stem that occur in this English document.
  pair.translations.resize(pair.ru_vocab.size());
  for (std::size_t r = 0; r < pair.ru_vocab.size(); ++r) {
    std::vector<std::uint32_t>& out = pair.translations[r];
    const std::string& stem = pair.ru_vocab[r];
    if (const auto it = en_ids.find(stem); it != en_ids.end()) out.push_back(it->second);
    for (const Lexicon* lexicon : lexicons) {
      if (lexicon == nullptr) continue;
      for (std::string_view e : lexicon->translations(stem)) {
        if (const auto it = en_ids.find(e); it != en_ids.end()) out.push_back(it->second);
      }
    }
    sort_unique(out);
  }
  names.add_translations(pair);

  // Anchors: keep the keys found on both sides, numbered in order of first use (Russian
  // sentences first), each sentence's sorted and unique; compacted in place, since a
  // sentence's kept anchors never outnumber its provisional ones.
  constexpr auto kDropped = static_cast<std::uint32_t>(-1);
  std::vector<std::uint32_t> final_id(key_counts.size(), kDropped);
  std::vector<std::uint32_t>& anchors = pair.anchor_arena;
  std::size_t kept = 0;
  for (std::size_t k = 0; k < total; ++k) {
    const std::size_t first = kept;
    for (std::size_t a = anchor_begin[k]; a < anchor_begin[k + 1]; ++a) {
      const std::uint32_t key = anchor_id(anchors[a]);
      const std::uint32_t soft = anchors[a] & kSoftAnchor;
      const auto [ru_count, en_count] = key_counts[key];
      const AnchorKind kind = key_kind[key];
      // A number found in one document only stays: it can never match, but a bead holding
      // it on one side is less likely a translation (translators keep numbers). A number
      // word is no such evidence.
      if ((ru_count == 0 || en_count == 0) && (kind != AnchorKind::kNumber || soft != 0)) {
        continue;
      }
      if (final_id[key] == kDropped) {
        final_id[key] = static_cast<std::uint32_t>(pair.anchor_kind.size());
        pair.anchor_kind.push_back(kind);
        pair.anchor_weight.push_back(static_cast<float>(
            1.0 / std::sqrt(static_cast<double>(std::max(ru_count, 1u)) * std::max(en_count, 1u))));
      }
      anchors[kept++] = final_id[key] | soft;
    }
    // (Classic algorithms: clang 14's ranges do not compile with libstdc++ 12.)
    const auto ids_begin = anchors.begin() + static_cast<std::ptrdiff_t>(first);
    const auto ids_end = anchors.begin() + static_cast<std::ptrdiff_t>(kept);
    std::sort(ids_begin, ids_end);
    kept = static_cast<std::size_t>(std::unique(ids_begin, ids_end) - anchors.begin());
    anchor_begin[k] = static_cast<std::uint32_t>(first);
    EncodedSentence& s = k < n ? pair.ru[k] : pair.en[k - n];
    if (s.punctuation.question > 0) s.evidence |= EncodedSentence::kQuestion;
    if (s.punctuation.exclamation > 0) s.evidence |= EncodedSentence::kExclamation;
    if (kept > first) s.evidence |= EncodedSentence::kAnchors;
    for (std::size_t a = first; a < kept; ++a) {
      if (!is_soft(anchors[a]) && pair.anchor_kind[anchor_id(anchors[a])] == AnchorKind::kNumber)
        s.evidence |= EncodedSentence::kHardNumbers;
    }
  }
  anchor_begin[total] = static_cast<std::uint32_t>(kept);
  anchors.resize(kept);
  anchors.shrink_to_fit();

  pair.word_offsets = std::move(word_begin);
  pair.anchor_offsets = std::move(anchor_begin);

  for (const auto* side : {&pair.ru, &pair.en}) {
    auto& before = side == &pair.ru ? pair.ru_chars_before : pair.en_chars_before;
    before.assign(side->size() + 1, 0);
    for (std::size_t k = 0; k < side->size(); ++k) before[k + 1] = before[k] + (*side)[k].chars;
  }
  count_translatable(pair);
  return pair;
}

double lexicon_coverage(const EncodedPair& pair) {
  std::size_t covered = 0, words = 0;
  for (std::size_t i = 0; i < pair.ru.size(); ++i) {
    covered += pair.ru_translatable(i);
    words += pair.ru_words(i).size();
  }
  return words == 0 ? 0.0 : static_cast<double>(covered) / static_cast<double>(words);
}

void add_translations(EncodedPair& pair,
                      const std::vector<std::pair<std::uint32_t, std::uint32_t>>& pairs) {
  for (const auto& [r, e] : pairs) {
    std::vector<std::uint32_t>& out = pair.translations[r];
    const auto it = std::lower_bound(out.begin(), out.end(), e);
    if (it == out.end() || *it != e) out.insert(it, e);
  }
  count_translatable(pair);
}

void count_translatable(EncodedPair& pair) {
  pair.en_is_translation.assign(pair.en_vocab.size(), 0);
  for (const auto& candidates : pair.translations) {
    for (const std::uint32_t e : candidates) pair.en_is_translation[e] = 1;
  }
  pair.translatable.assign(pair.ru.size() + pair.en.size(), 0);
  for (std::size_t i = 0; i < pair.ru.size(); ++i) {
    for (const std::uint32_t r : pair.ru_words(i)) {
      pair.translatable[i] += pair.translations[r].empty() ? 0 : 1;
    }
  }
  for (std::size_t j = 0; j < pair.en.size(); ++j) {
    for (const std::uint32_t e : pair.en_words(j)) {
      pair.translatable[pair.ru.size() + j] += pair.en_is_translation[e];
    }
  }
}

}  // namespace libalign::detail
