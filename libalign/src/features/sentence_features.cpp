#include "features/sentence_features.hpp"

#include <algorithm>

#include "features/names.hpp"
#include "features/numbers.hpp"
#include "features/stem.hpp"
#include "features/stopwords.hpp"
#include "features/tokenize.hpp"
#include "segment/text_scan.hpp"

namespace libalign::detail {
namespace {

std::size_t count_code_points(std::string_view text) {
  std::size_t n = 0;
  for (char c : text) {
    const auto b = static_cast<unsigned char>(c);
    if ((b & 0xC0) != 0x80 && b != ' ' && b != '\t' && b != '\n') ++n;
  }
  return n;
}

void saturating_increment(std::uint8_t& counter) {
  if (counter < 255) ++counter;
}

SentenceEnding sentence_ending(std::string_view text) {
  std::size_t end = skip_space_back(text, text.size());
  if (end == 0) return SentenceEnding::kOther;
  CodePoint last = prev_cp(text, end);
  if (is_letter(last.c) || is_digit(last.c)) return SentenceEnding::kBare;
  if (last.c == ':') return SentenceEnding::kColon;
  // A closing quote after a word is how English often ends quoted speech ("…mount up”), so only
  // quotes and brackets after a full stop are told apart.
  while (is_closer(last.c) && last.begin > 0) last = prev_cp(text, last.begin);
  return is_terminal(last.c) ? SentenceEnding::kFullStop : SentenceEnding::kOther;
}

// Whether the semicolon ending at byte `at` is followed by a space and a capital letter, perhaps
// after opening quotes or brackets: two sentences joined into one, as sloppy copy does and the
// noisy dev news does on purpose ("…kitted out; “Morning,” Craith said.").
bool joins_sentences(std::string_view text, std::size_t at) {
  std::size_t next = skip_space(text, at);
  if (next == at) return false;
  while (next < text.size()) {
    const CodePoint cp = next_cp(text, next);
    if (!is_quote(cp.c) && !is_open_bracket(cp.c)) return is_upper(cp.c);
    next = cp.end;
  }
  return false;
}

PunctuationProfile punctuation_profile(std::string_view text) {
  PunctuationProfile p;
  for (std::size_t k = 0; k < text.size(); ++k) {
    switch (text[k]) {
      case '?':
        saturating_increment(p.question);
        break;
      case '!':
        saturating_increment(p.exclamation);
        break;
      case ';':
        if (joins_sentences(text, k + 1)) saturating_increment(p.joins);
        break;
      case ':':
        if (const std::size_t next = skip_space(text, k + 1); next > k + 1 && next < text.size())
          saturating_increment(p.colon_breaks);
        break;
      default:
        break;
    }
  }
  p.ending = sentence_ending(text);
  return p;
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool has_letter_run(std::string_view token) {
  return std::any_of(token.begin(), token.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c & 0x80) != 0;
  });
}

}  // namespace

std::vector<std::string> extract_links(std::string_view text) {
  std::vector<std::string> links;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t begin = text.find_first_not_of(" \t\n", pos);
    if (begin == std::string_view::npos) break;
    std::size_t end = text.find_first_of(" \t\n", begin);
    if (end == std::string_view::npos) end = text.size();
    pos = end;
    std::string_view chunk = text.substr(begin, end - begin);
    // Brackets, quotes and sentence punctuation around the address are not part of it.
    while (!chunk.empty() &&
           std::string_view("([<\"'").find(chunk.front()) != std::string_view::npos)
      chunk.remove_prefix(1);
    while (!chunk.empty() &&
           std::string_view(".,;:!?)]>\"'").find(chunk.back()) != std::string_view::npos)
      chunk.remove_suffix(1);
    const std::string lower = ascii_lower(chunk);
    const std::size_t at = lower.find('@');
    const bool url = lower.find("://") != std::string::npos || lower.starts_with("www.");
    const bool email = at != std::string::npos && at > 0 &&
                       lower.find('.', at) != std::string::npos && has_letter_run(lower);
    if (url || email) links.push_back(lower);
  }
  return links;
}

void visit_sentence_features(std::string_view text, Language language, SentenceFeatures& scalars,
                             const std::function<void(FeatureKind, std::string_view)>& visit) {
  const bool russian = language == Language::kRussian;
  scalars.chars = count_code_points(text);
  scalars.punctuation = punctuation_profile(text);
  for (const std::string& s : extract_numbers(text)) visit(FeatureKind::kNumber, s);
  for (const std::string& s : extract_links(text)) visit(FeatureKind::kLink, s);
  int tens_before = 0;  // "twenty" / "двадцать" just before: "twenty-five" is 25
  for_each_token(text, [&](const Token& token) {
    if (token.numeric || (!token.latin && !token.cyrillic)) {
      tens_before = 0;
      return;
    }
    if (const int value = number_word_value(token.lower, tens_before > 0); value > 0) {
      if (tens_before > 0 && value < 10) {
        visit(FeatureKind::kNumberWord, std::to_string(tens_before + value));
      } else if (value > 1) {
        visit(FeatureKind::kNumberWord, std::to_string(value));
      }
      tens_before = value >= 20 && value % 10 == 0 ? value : 0;
    } else {
      tens_before = 0;
    }
    if (token.latin && !token.cyrillic && (!russian || token.lower.size() >= 2)) {
      visit(FeatureKind::kVerbatim, token.lower);
    }
    bool named = false;
    if (token.capitalized) {
      const std::string key = name_key(token.lower, token.cyrillic);
      if (!key.empty()) {
        if (key.size() > 3) visit(FeatureKind::kName, std::string_view(key).substr(0, 3));
        visit(FeatureKind::kName, key);
        named = true;
      }
    }
    if (!is_stopword(token.lower, language)) {
      // A Latin word in a Russian sentence is stemmed as English: it is a name or a loan.
      const Language stem_language = token.cyrillic ? Language::kRussian : Language::kEnglish;
      visit(named ? FeatureKind::kNameStem : FeatureKind::kStem,
            stem_lower(token.lower, stem_language));
    }
  });
}

SentenceFeatures sentence_features(std::string_view text, Language language) {
  SentenceFeatures f;
  visit_sentence_features(text, language, f, [&f](FeatureKind kind, std::string_view s) {
    switch (kind) {
      case FeatureKind::kStem:
      case FeatureKind::kNameStem:
        f.stems.emplace_back(s);
        break;
      case FeatureKind::kNumber:
        f.numbers.emplace_back(s);
        break;
      case FeatureKind::kNumberWord:
        f.number_words.emplace_back(s);
        break;
      case FeatureKind::kName:
        f.names.emplace_back(s);
        break;
      case FeatureKind::kLink:
        f.links.emplace_back(s);
        break;
      case FeatureKind::kVerbatim:
        f.verbatim.emplace_back(s);
        break;
    }
  });
  return f;
}

}  // namespace libalign::detail
