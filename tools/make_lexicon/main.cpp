// make_lexicon: Mueller's dictionary (dictd .index + .dict.dz) → the built-in stem lexicon.
//
//   make_lexicon INDEX DICT_DZ OUT
//
// Runs at build time (see CMakeLists.txt); the library reads OUT through Lexicon::builtin().
// Each (Russian word, English headword) pair of lexicon/mueller.hpp is stemmed with the same
// Snowball stemmers the aligner uses, so lookups at alignment time are exact string matches.
#include <zlib.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "features/stem.hpp"
#include "features/stopwords.hpp"
#include "features/tokenize.hpp"
#include "lexicon/mueller.hpp"
#include "lexicon/stem_file.hpp"

namespace {

// The .dict.dz is dictzip: gzip with random-access chunks, which zlib reads as plain gzip.
bool read_gzip(const std::string& path, std::string& out) {
  gzFile f = gzopen(path.c_str(), "rb");
  if (f == nullptr) return false;
  std::vector<char> buffer(std::size_t{1} << 16);
  int n = 0;
  while ((n = gzread(f, buffer.data(), static_cast<unsigned>(buffer.size()))) > 0)
    out.append(buffer.data(), static_cast<std::size_t>(n));
  const bool ok = n == 0;
  gzclose(f);
  return ok;
}

std::string lower_ascii(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

}  // namespace

int main(int argc, char** argv) {
  using libalign::Language;
  namespace detail = libalign::detail;
  if (argc != 4) {
    std::cerr << "usage: make_lexicon INDEX DICT_DZ OUT\n";
    return 1;
  }
  const std::string index_path = argv[1], dict_path = argv[2], out_path = argv[3];
  std::string dict;
  if (!read_gzip(dict_path, dict)) {
    std::cerr << "make_lexicon: " << dict_path << ": cannot read the dictionary\n";
    return 2;
  }
  std::ifstream index(index_path);
  if (!index) {
    std::cerr << "make_lexicon: " << index_path << ": cannot read the index\n";
    return 2;
  }
  std::set<std::pair<std::string, std::string>> stems;
  std::string line;
  std::size_t entries = 0;
  while (std::getline(index, line)) {
    const std::size_t t1 = line.find('\t');
    const std::size_t t2 = t1 == std::string::npos ? t1 : line.find('\t', t1 + 1);
    if (t2 == std::string::npos) continue;
    const std::string headword = line.substr(0, t1);
    const auto offset = detail::decode_dictd_number(line.substr(t1 + 1, t2 - t1 - 1));
    const auto length = detail::decode_dictd_number(line.substr(t2 + 1));
    if (!offset || !length || *offset + *length > dict.size()) continue;
    ++entries;
    const std::string_view body = std::string_view(dict).substr(*offset, *length);
    for (auto& [ru, en] : detail::mueller_pairs(headword, body)) {
      detail::fold_yo(ru);
      // Glosses are lowercase Cyrillic already; tokenize() lowercases a capital (Москва).
      const auto tokens = detail::tokenize(ru);
      if (tokens.size() != 1) continue;
      const std::string en_lower = lower_ascii(en);
      if (detail::is_stopword(en_lower, Language::kEnglish) ||
          detail::is_stopword(tokens[0].lower, Language::kRussian)) {
        continue;
      }
      stems.emplace(detail::stem_lower(tokens[0].lower, Language::kRussian),
                    detail::stem_lower(en_lower, Language::kEnglish));
    }
  }
  if (entries == 0 || stems.empty()) {
    std::cerr << "make_lexicon: " << index_path << ": no usable entries\n";
    return 2;
  }
  const std::string tmp = out_path + ".tmp";
  {
    std::filesystem::create_directories(std::filesystem::path(out_path).parent_path());
    std::ofstream out(tmp, std::ios::binary);
    out << detail::kStemFileHeader << "\n# from " << dict_path << ": " << entries << " entries, "
        << stems.size() << " stem pairs\n";
    for (const auto& [ru, en] : stems) out << ru << '\t' << en << '\n';
    if (!out) {
      std::cerr << "make_lexicon: " << tmp << ": write failed\n";
      return 2;
    }
  }
  std::filesystem::rename(tmp, out_path);
  return 0;
}
