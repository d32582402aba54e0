#include "align/encoded.hpp"

#include <algorithm>
#include <cmath>
#include <string_view>
#include <unordered_map>

namespace libalign::detail {
namespace {

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept {
    return std::hash<std::string_view>{}(s);
  }
};
using IdMap = std::unordered_map<std::string, std::uint32_t, StringHash, std::equal_to<>>;

std::uint32_t intern(IdMap& ids, std::vector<std::string>& vocab, const std::string& s) {
  auto [it, inserted] = ids.try_emplace(s, static_cast<std::uint32_t>(vocab.size()));
  if (inserted) vocab.push_back(s);
  return it->second;
}

// Anchor keys with their kind as a one-letter prefix, so that the number "12" and a word "12"
// cannot meet.
template <typename F>
void for_each_anchor_key(const SentenceFeatures& f, F&& visit) {
  for (const std::string& s : f.numbers) visit("#" + s, AnchorKind::kNumber);
  for (const std::string& s : f.names) visit("~" + s, AnchorKind::kName);
  for (const std::string& s : f.links) visit("@" + s, AnchorKind::kLink);
  for (const std::string& s : f.verbatim) visit("=" + s, AnchorKind::kVerbatim);
}

void sort_unique(std::vector<std::uint32_t>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

}  // namespace

EncodedPair encode_pair(const Document& ru, const std::vector<SentenceFeatures>& ru_f,
                        const Document& en, const std::vector<SentenceFeatures>& en_f,
                        const std::vector<const Lexicon*>& lexicons) {
  EncodedPair pair;
  pair.ru.resize(ru_f.size());
  pair.en.resize(en_f.size());

  // Content words.
  IdMap ru_ids, en_ids;
  for (std::size_t k = 0; k < ru_f.size(); ++k) {
    pair.ru[k].chars = static_cast<std::uint32_t>(ru_f[k].chars);
    pair.ru[k].paragraph = static_cast<std::uint32_t>(ru.sentences[k].paragraph);
    pair.ru[k].punctuation = ru_f[k].punctuation;
    for (const std::string& s : ru_f[k].stems) {
      pair.ru[k].words.push_back(intern(ru_ids, pair.ru_vocab, s));
    }
  }
  std::vector<std::uint32_t> en_df;
  for (std::size_t k = 0; k < en_f.size(); ++k) {
    pair.en[k].chars = static_cast<std::uint32_t>(en_f[k].chars);
    pair.en[k].paragraph = static_cast<std::uint32_t>(en.sentences[k].paragraph);
    pair.en[k].punctuation = en_f[k].punctuation;
    for (const std::string& s : en_f[k].stems) {
      pair.en[k].words.push_back(intern(en_ids, pair.en_vocab, s));
    }
    std::vector<std::uint32_t> distinct = pair.en[k].words;
    sort_unique(distinct);
    en_df.resize(pair.en_vocab.size(), 0);
    for (std::uint32_t id : distinct) ++en_df[id];
  }
  en_df.resize(pair.en_vocab.size(), 0);
  pair.en_idf.resize(pair.en_vocab.size());
  const double n_en = static_cast<double>(en_f.size());
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

  // Anchors: keep the keys found on both sides.
  std::unordered_map<std::string, std::pair<std::uint32_t, std::uint32_t>> df;  // ru, en counts
  for (const SentenceFeatures& f : ru_f) {
    for_each_anchor_key(f, [&](const std::string& key, AnchorKind) { ++df[key].first; });
  }
  for (const SentenceFeatures& f : en_f) {
    for_each_anchor_key(f, [&](const std::string& key, AnchorKind) { ++df[key].second; });
  }
  IdMap anchor_ids;
  std::vector<std::string> anchor_vocab;
  auto encode_anchors = [&](const std::vector<SentenceFeatures>& fs,
                            std::vector<EncodedSentence>& out) {
    for (std::size_t k = 0; k < fs.size(); ++k) {
      for_each_anchor_key(fs[k], [&](const std::string& key, AnchorKind kind) {
        const auto [ru_count, en_count] = df[key];
        // A number found in one document only stays: it can never match, but a bead holding
        // it on one side is less likely a translation (translators keep numbers).
        if ((ru_count == 0 || en_count == 0) && kind != AnchorKind::kNumber) return;
        const std::uint32_t id = intern(anchor_ids, anchor_vocab, key);
        if (id == pair.anchor_kind.size()) {
          pair.anchor_kind.push_back(kind);
          pair.anchor_weight.push_back(
              static_cast<float>(1.0 / std::sqrt(static_cast<double>(std::max(ru_count, 1u)) *
                                                 std::max(en_count, 1u))));
        }
        out[k].anchors.push_back(id);
      });
      sort_unique(out[k].anchors);
    }
  };
  encode_anchors(ru_f, pair.ru);
  encode_anchors(en_f, pair.en);
  for (const auto* side : {&pair.ru, &pair.en}) {
    auto& before = side == &pair.ru ? pair.ru_chars_before : pair.en_chars_before;
    before.assign(side->size() + 1, 0);
    for (std::size_t k = 0; k < side->size(); ++k) before[k + 1] = before[k] + (*side)[k].chars;
  }
  return pair;
}

void add_translations(EncodedPair& pair,
                      const std::vector<std::pair<std::uint32_t, std::uint32_t>>& pairs) {
  for (const auto& [r, e] : pairs) {
    std::vector<std::uint32_t>& out = pair.translations[r];
    const auto it = std::lower_bound(out.begin(), out.end(), e);
    if (it == out.end() || *it != e) out.insert(it, e);
  }
}

}  // namespace libalign::detail
