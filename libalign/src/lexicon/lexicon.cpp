// The stem-pair lexicon: an index from each Russian stem to the English stems it may translate.
#include "libalign/lexicon.hpp"

#include <unicode/utf8.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <unordered_map>

#include "features/stem.hpp"
#include "features/stopwords.hpp"
#include "features/tokenize.hpp"
#include "lexicon/stem_file.hpp"
#include "libalign/error.hpp"
#include "util/string_hash.hpp"

namespace libalign {
namespace {

using detail::StringMap;

bool valid_utf8(std::string_view s) {
  int32_t i = 0;
  const auto n = static_cast<int32_t>(s.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, n, c);
    if (c < 0) return false;
  }
  return true;
}

std::string_view trim(std::string_view s) {
  const std::size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string_view::npos) return {};
  const std::size_t e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

// Stems of the words of one side of a TSV line. A single word is kept even when it is a
// function word: the user asked for it.
std::vector<std::string> side_stems(std::string_view text, Language language) {
  const std::vector<detail::Token> tokens = detail::tokenize(text);
  std::vector<std::string> stems;
  for (const detail::Token& t : tokens) {
    if (tokens.size() > 1 && detail::is_stopword(t.lower, language)) continue;
    const Language stem_language = t.cyrillic ? Language::kRussian : Language::kEnglish;
    stems.push_back(detail::stem_lower(t.lower, stem_language));
  }
  return stems;
}

bool has_cyrillic(std::string_view s) {
  // Cyrillic U+0400..U+04FF is D0/D1/D2/D3 xx in UTF-8.
  return std::any_of(s.begin(), s.end(), [](char c) {
    const auto b = static_cast<unsigned char>(c);
    return b >= 0xD0 && b <= 0xD3;
  });
}

}  // namespace

class Lexicon::Impl {
 public:
  void add(std::string_view ru, std::string_view en) {
    if (ru.empty() || en.empty()) return;
    auto en_it = en_ids_.find(en);
    if (en_it == en_ids_.end()) {
      en_it = en_ids_.emplace(std::string(en), static_cast<std::uint32_t>(en_stems_.size())).first;
      en_stems_.emplace_back(en);
    }
    auto ru_it = ru_to_en_.find(ru);
    if (ru_it == ru_to_en_.end()) ru_it = ru_to_en_.emplace(std::string(ru), Ids{}).first;
    Ids& ids = ru_it->second;
    if (std::find(ids.begin(), ids.end(), en_it->second) == ids.end()) {
      ids.push_back(en_it->second);
      ++size_;
    }
  }

  [[nodiscard]] bool contains(std::string_view ru, std::string_view en) const {
    const auto ru_it = ru_to_en_.find(ru);
    const auto en_it = en_ids_.find(en);
    if (ru_it == ru_to_en_.end() || en_it == en_ids_.end()) return false;
    const Ids& ids = ru_it->second;
    return std::find(ids.begin(), ids.end(), en_it->second) != ids.end();
  }

  [[nodiscard]] std::vector<std::string_view> translations(std::string_view ru) const {
    std::vector<std::string_view> out;
    const auto it = ru_to_en_.find(ru);
    if (it == ru_to_en_.end()) return out;
    out.reserve(it->second.size());
    for (std::uint32_t id : it->second) out.emplace_back(en_stems_[id]);
    return out;
  }

  template <typename F>
  void for_each(F&& f) const {
    for (const auto& [ru, ids] : ru_to_en_) {
      for (std::uint32_t id : ids) f(ru, en_stems_[id]);
    }
  }

  [[nodiscard]] std::size_t size() const noexcept { return size_; }

 private:
  using Ids = std::vector<std::uint32_t>;
  StringMap<std::uint32_t> en_ids_;
  std::vector<std::string> en_stems_;
  StringMap<Ids> ru_to_en_;
  std::size_t size_ = 0;
};

Lexicon::Lexicon() : impl_(std::make_unique<Impl>()) {}
Lexicon::~Lexicon() = default;
Lexicon::Lexicon(Lexicon&&) noexcept = default;
Lexicon& Lexicon::operator=(Lexicon&&) noexcept = default;
Lexicon::Lexicon(const Lexicon& other) : impl_(std::make_unique<Impl>(*other.impl_)) {}
Lexicon& Lexicon::operator=(const Lexicon& other) {
  if (this != &other) impl_ = std::make_unique<Impl>(*other.impl_);
  return *this;
}

void Lexicon::add_stems(std::string_view ru_stem, std::string_view en_stem) {
  impl_->add(ru_stem, en_stem);
}

void Lexicon::add_words(std::string_view russian, std::string_view english) {
  for (const std::string& r : side_stems(russian, Language::kRussian)) {
    for (const std::string& e : side_stems(english, Language::kEnglish)) impl_->add(r, e);
  }
}

void Lexicon::merge(const Lexicon& other) {
  if (this == &other) return;
  other.impl_->for_each([this](std::string_view r, std::string_view e) { impl_->add(r, e); });
}

bool Lexicon::contains(std::string_view ru_stem, std::string_view en_stem) const {
  return impl_->contains(ru_stem, en_stem);
}

std::vector<std::string_view> Lexicon::translations(std::string_view ru_stem) const {
  return impl_->translations(ru_stem);
}

std::size_t Lexicon::size() const noexcept { return impl_->size(); }

Lexicon Lexicon::from_tsv(const std::filesystem::path& path) {
  const std::string name = path.string();
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorCode::kNotFound, name + ": cannot open the lexicon file");
  Lexicon lexicon;
  std::string line;
  std::size_t line_number = 0;
  auto bad = [&](const std::string& problem) {
    return Error(ErrorCode::kBadLexicon, name + ":" + std::to_string(line_number) + ": " + problem);
  };
  while (std::getline(in, line)) {
    ++line_number;
    if (line_number == 1 && line.starts_with("\xEF\xBB\xBF")) line.erase(0, 3);  // BOM
    const std::string_view text = trim(line);
    if (text.empty() || text.front() == '#') continue;
    if (!valid_utf8(text)) throw bad("not valid UTF-8");
    const std::size_t tab = text.find('\t');
    if (tab == std::string_view::npos) throw bad("expected \"russian<TAB>english\", found no tab");
    std::string_view left = trim(text.substr(0, tab));
    std::string_view right = trim(text.substr(tab + 1));
    if (right.find('\t') != std::string_view::npos) {
      throw bad("expected two columns, found more than one tab");
    }
    if (left.empty() || right.empty()) throw bad("a side of the pair is empty");
    if (!has_cyrillic(left) && has_cyrillic(right)) std::swap(left, right);
    const std::vector<std::string> ru = side_stems(left, Language::kRussian);
    const std::vector<std::string> en = side_stems(right, Language::kEnglish);
    if (ru.empty() || en.empty()) throw bad("a side of the pair has no word");
    for (const std::string& r : ru) {
      for (const std::string& e : en) lexicon.impl_->add(r, e);
    }
  }
  if (in.bad()) throw Error(ErrorCode::kUnreadable, name + ": read error");
  return lexicon;
}

namespace {

Lexicon load_builtin() {
  std::vector<std::filesystem::path> candidates;
  if (const char* env = std::getenv("LIBALIGN_LEXICON"); env != nullptr && *env != '\0') {
    candidates.emplace_back(env);
  }
#ifdef LIBALIGN_BUILD_LEXICON
  candidates.emplace_back(LIBALIGN_BUILD_LEXICON);
#endif
#ifdef LIBALIGN_INSTALL_LEXICON
  candidates.emplace_back(LIBALIGN_INSTALL_LEXICON);
#endif
  Lexicon lexicon;
  for (const std::filesystem::path& path : candidates) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) continue;
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (!in) continue;
    const std::string text = std::move(bytes).str();
    if (!detail::read_stem_pairs(
            text, [&](std::string_view r, std::string_view e) { lexicon.add_stems(r, e); })) {
      lexicon = Lexicon();  // not a lexicon file: try the next candidate
      continue;
    }
    break;
  }
  return lexicon;
}

}  // namespace

const Lexicon& Lexicon::builtin() {
  // Loaded on first use, once per process; a function-local static is thread-safe to initialize.
  static const Lexicon instance = load_builtin();
  return instance;
}

bool Lexicon::has_builtin() noexcept {
  try {
    return builtin().size() > 0;
  } catch (...) {
    return false;
  }
}

}  // namespace libalign
