#include "lexicon/mueller.hpp"

#include <algorithm>
#include <array>

#include "features/tokenize.hpp"

namespace libalign::detail {
namespace {

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Removes bracketed notes: [transcription], (note), {см. тж.}; nesting is respected.
std::string strip_brackets(std::string_view text) {
  std::string out;
  int depth = 0;
  for (char c : text) {
    if (c == '[' || c == '(' || c == '{') {
      ++depth;
    } else if (c == ']' || c == ')' || c == '}') {
      if (depth > 0) {
        --depth;
      } else {
        out += ' ';  // the ")" of a sense number "2)": a separator
        out += ';';
      }
    } else if (depth == 0) {
      out += c;
    }
  }
  return out;
}

std::vector<std::string_view> split_words(std::string_view s) {
  std::vector<std::string_view> words;
  std::size_t pos = 0;
  while (pos < s.size()) {
    const std::size_t b = s.find_first_not_of(' ', pos);
    if (b == std::string_view::npos) break;
    std::size_t e = s.find(' ', b);
    if (e == std::string_view::npos) e = s.size();
    words.push_back(s.substr(b, e - b));
    pos = e;
  }
  return words;
}

// Russian words that never translate a headword on their own in Mueller's glosses.
bool is_gloss_function_word(std::string_view w) {
  static constexpr auto kWords = std::to_array<std::string_view>(
      {"в",   "во",  "на",  "с",    "со",  "к",  "ко",  "от", "до", "из",
       "о",   "об",  "по",  "за",   "для", "и",  "или", "не", "ни", "то",
       "что", "как", "кто", "быть", "а",   "но", "же",  "бы", "у"});
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

// Keeps a gloss word only if it is all Cyrillic letters and hyphens (no abbreviation dot).
std::string clean_word(std::string_view w) {
  while (!w.empty() && std::string_view("!?\"'«».,:").find(w.back()) != std::string_view::npos) {
    if (w.back() == '.') return {};  // "т.п.", "кого-л.": an abbreviation, not a word
    w.remove_suffix(1);
  }
  while (!w.empty() && std::string_view("\"'«»").find(w.front()) != std::string_view::npos) {
    w.remove_prefix(1);
  }
  if (w.empty()) return {};
  for (std::size_t k = 0; k < w.size();) {
    if (w[k] == '-') {
      ++k;
    } else if (starts_cyrillic(w, k)) {
      k += 2;
    } else {
      return {};
    }
  }
  if (w.front() == '-' || w.back() == '-') return {};
  return std::string(w);
}

}  // namespace

std::optional<std::uint64_t> decode_dictd_number(std::string_view digits) {
  static constexpr std::string_view kAlphabet =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  if (digits.empty() || digits.size() > 10) return std::nullopt;
  std::uint64_t value = 0;
  for (char c : digits) {
    const std::size_t d = kAlphabet.find(c);
    if (d == std::string_view::npos) return std::nullopt;
    value = value * 64 + d;
  }
  return value;
}

std::vector<std::pair<std::string, std::string>> mueller_pairs(std::string_view headword,
                                                               std::string_view body) {
  std::vector<std::pair<std::string, std::string>> pairs;
  if (headword.empty() || headword.find(' ') != std::string_view::npos) return pairs;
  std::string english;
  for (char c : headword) {
    if (!is_ascii_letter(c) && c != '-' && c != '\'') return pairs;
    english += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  // The stored entry starts with the headword line.
  if (body.starts_with(headword)) {
    const std::size_t nl = body.find('\n');
    body = nl == std::string_view::npos ? std::string_view() : body.substr(nl + 1);
  }
  std::string text = strip_brackets(body);
  std::replace(text.begin(), text.end(), '\n', ' ');
  std::replace(text.begin(), text.end(), '\t', ' ');

  // Split into glosses at ';' ',' and before sense numbers ("1.", "2)" became "2 ;" above).
  std::vector<std::string> glosses(1);
  for (const std::string_view word : split_words(text)) {
    const bool separator = word == ";";
    const bool label = word.front() == '_';
    const bool number = std::all_of(word.begin(), word.end(),
                                    [](char c) { return (c >= '0' && c <= '9') || c == '.'; });
    const bool cyrillic_letter_number =
        word.size() == 2 && starts_cyrillic(word, 0);  // "а" of "а)"
    if (separator || number) {
      glosses.emplace_back();
      continue;
    }
    if (label || cyrillic_letter_number) continue;
    std::string_view w = word;
    bool ends_gloss = false;
    if (w.back() == ';' || w.back() == ',') {
      w.remove_suffix(1);
      ends_gloss = true;
    }
    if (!w.empty()) {
      if (!glosses.back().empty()) glosses.back() += ' ';
      glosses.back() += w;
    }
    if (ends_gloss) glosses.emplace_back();
  }

  for (const std::string& gloss : glosses) {
    if (gloss.empty()) continue;
    if (std::any_of(gloss.begin(), gloss.end(), [](char c) {
          return is_ascii_letter(c) || (c >= '0' && c <= '9') || c == '=';
        })) {
      continue;  // a usage example, a cross-reference or a number
    }
    // A gloss of one content word (with prepositions or particles around it: "отказываться
    // от") is a translation; in longer ones ("быстро двигаться", "директор банка") the first
    // word is as likely a modifier as the head, and pairing it would add noise.
    const std::vector<std::string_view> words = split_words(gloss);
    if (words.empty() || words.size() > 3) continue;
    std::string content;
    int content_words = 0;
    for (const std::string_view raw : words) {
      std::string w = clean_word(raw);
      if (w.empty()) {
        content_words = 2;  // an abbreviation or a foreign token: not a clean gloss
        break;
      }
      if (is_gloss_function_word(w)) continue;
      ++content_words;
      content = std::move(w);
    }
    if (content_words == 1) pairs.emplace_back(std::move(content), english);
  }
  return pairs;
}

}  // namespace libalign::detail
