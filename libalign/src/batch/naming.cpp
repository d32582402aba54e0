// batch/naming.cpp — the three naming layouts of a batch folder.
#include "batch/naming.hpp"

#include <fmt/format.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace libalign::detail {
namespace {

std::vector<std::string_view> split_path(std::string_view relative) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (start <= relative.size()) {
    const std::size_t slash = relative.find('/', start);
    const std::size_t end = slash == std::string_view::npos ? relative.size() : slash;
    if (end > start) parts.push_back(relative.substr(start, end - start));
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  return parts;
}

// "ru"/"en" in any case. Only the two-letter codes: "eng" or "english" folders are too rare to
// be worth the false pairs they would make ("engine/", "rus.txt").
Language language_tag(std::string_view tag) {
  if (tag.size() != 2) return Language::kUnknown;
  const auto lower = [](char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); };
  const char a = lower(tag[0]);
  const char b = lower(tag[1]);
  if (a == 'r' && b == 'u') return Language::kRussian;
  if (a == 'e' && b == 'n') return Language::kEnglish;
  return Language::kUnknown;
}

// "report.ru.txt" → {"report.ru", ".txt"}; a leading dot does not start an extension.
std::pair<std::string_view, std::string_view> split_extension(std::string_view file) {
  const std::size_t dot = file.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return {file, {}};
  return {file.substr(0, dot), file.substr(dot)};
}

// The separator ('.' or '_') and language of a "NAME.ru" / "NAME_en" stem, when it has one.
std::optional<std::pair<char, Language>> stem_tag(std::string_view stem) {
  if (stem.size() < 4) return std::nullopt;  // at least one character of NAME
  const char separator = stem[stem.size() - 3];
  if (separator != '.' && separator != '_') return std::nullopt;
  const Language language = language_tag(stem.substr(stem.size() - 2));
  if (language == Language::kUnknown) return std::nullopt;
  return std::pair{separator, language};
}

std::string join(const std::vector<std::string_view>& parts, std::size_t begin, std::size_t end) {
  std::string out;
  for (std::size_t i = begin; i < end; ++i) {
    if (!out.empty()) out += '/';
    out += parts[i];
  }
  return out;
}

std::string join_name(std::string prefix, std::string_view last) {
  if (!prefix.empty()) prefix += '/';
  prefix += last;
  return prefix;
}

}  // namespace

std::optional<NameTag> read_name_tag(std::string_view relative) {
  const std::vector<std::string_view> parts = split_path(relative);
  if (parts.empty()) return std::nullopt;
  const std::size_t folders = parts.size() - 1;
  const auto [stem, extension] = split_extension(parts.back());

  // ru/NAME.EXT + en/NAME.EXT: the nearest language folder wins.
  for (std::size_t k = folders; k-- > 0;) {
    const Language language = language_tag(parts[k]);
    if (language == Language::kUnknown) continue;
    std::string_view base = stem;
    // ru/report.ru.txt + en/report.en.txt: the redundant tag is not part of the name.
    if (const auto tag = stem_tag(stem); tag && tag->second == language) {
      base = stem.substr(0, stem.size() - 3);
    }
    std::string inside = join_name(join(parts, k + 1, folders), base);
    const std::string outside = join(parts, 0, k);
    NameTag result;
    result.language = language;
    result.name = outside.empty() ? inside : fmt::format("{}/{}", outside, inside);
    result.key = fmt::format("/|{}|{}{}", outside, inside, extension);
    return result;
  }

  // NAME.ru.EXT + NAME.en.EXT and NAME_ru.EXT + NAME_en.EXT.
  const auto tag = stem_tag(stem);
  if (!tag) return std::nullopt;
  NameTag result;
  result.language = tag->second;
  result.name = join_name(join(parts, 0, folders), stem.substr(0, stem.size() - 3));
  result.key = std::string(1, tag->first) + "|" + result.name + std::string(extension);
  return result;
}

std::string untagged_name(std::string_view relative) {
  const std::vector<std::string_view> parts = split_path(relative);
  if (parts.empty()) return {};
  return join_name(join(parts, 0, parts.size() - 1), split_extension(parts.back()).first);
}

}  // namespace libalign::detail
