// batch/discover.cpp — the pair list of a batch: from a folder, from a manifest, and sharded.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "batch/naming.hpp"
#include "libalign/batch.hpp"
#include "libalign/error.hpp"
#include "libalign/io.hpp"

namespace libalign {
namespace {

namespace fs = std::filesystem;

std::string lowercase_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return out;
}

bool extension_allowed(const fs::path& file, const std::vector<std::string>& extensions) {
  if (extensions.empty()) return true;
  std::string extension = lowercase_ascii(file.extension().string());
  if (!extension.empty()) extension.erase(0, 1);
  return std::any_of(extensions.begin(), extensions.end(), [&](const std::string& wanted) {
    return lowercase_ascii(wanted.starts_with('.') ? wanted.substr(1) : wanted) == extension;
  });
}

// Canonical forms of the excluded folders; folders that do not exist yet cannot be met.
std::vector<fs::path> canonical_folders(const std::vector<fs::path>& folders) {
  std::vector<fs::path> out;
  for (const fs::path& folder : folders) {
    std::error_code error;
    fs::path canonical = fs::canonical(folder, error);
    if (!error) out.push_back(std::move(canonical));
  }
  return out;
}

struct Side {
  fs::path path;
  detail::NameTag tag;
};

}  // namespace

DiscoveredPairs discover_pairs(const fs::path& dir, const DiscoverOptions& options) {
  std::error_code error;
  const fs::file_status status = fs::status(dir, error);
  if (!fs::exists(status)) {
    throw Error(ErrorCode::kNotFound, fmt::format("{}: no such folder", dir.string()));
  }
  if (!fs::is_directory(status)) {
    throw Error(ErrorCode::kNotAFile,
                fmt::format("{}: not a folder (give a folder of document pairs or a manifest)",
                            dir.string()));
  }
  const std::vector<fs::path> excluded = canonical_folders(options.exclude);

  DiscoveredPairs found;
  // std::map: groups come out in key order, which makes every list below deterministic.
  std::map<std::string, std::vector<Side>> groups;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, error);
  if (error) {
    throw Error(ErrorCode::kUnreadable,
                fmt::format("{}: cannot list the folder: {}", dir.string(), error.message()));
  }
  for (; it != fs::recursive_directory_iterator(); it.increment(error)) {
    if (error) break;
    const fs::path& path = it->path();
    std::error_code entry_error;
    if (path.filename().string().starts_with('.')) {
      // Hidden: editor backups, .git, and our own temporary files (.NAME.tmx.tmp.*).
      if (it->is_directory(entry_error)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_directory(entry_error)) {
      if (!excluded.empty()) {
        const fs::path canonical = fs::canonical(path, entry_error);
        if (!entry_error &&
            std::find(excluded.begin(), excluded.end(), canonical) != excluded.end())
          it.disable_recursion_pending();
      }
      continue;
    }
    if (!it->is_regular_file(entry_error)) continue;  // sockets, fifos, broken links
    if (!extension_allowed(path, options.extensions)) {
      found.ignored.push_back(path);
      continue;
    }
    const std::string relative = path.lexically_relative(dir).generic_string();
    std::optional<detail::NameTag> tag = detail::read_name_tag(relative);
    if (!tag) {
      found.ignored.push_back(path);
      continue;
    }
    std::string key = tag->key;
    groups[key].push_back({path, std::move(*tag)});
  }
  if (error) {
    throw Error(ErrorCode::kUnreadable,
                fmt::format("{}: cannot list the folder: {}", dir.string(), error.message()));
  }

  for (auto& group : groups) {
    // Not a structured binding: clang 14 (the fuzz build) cannot capture one in a lambda.
    const std::vector<Side>& sides = group.second;
    const auto count = [&](Language language) {
      return std::count_if(sides.begin(), sides.end(),
                           [&](const Side& side) { return side.tag.language == language; });
    };
    if (sides.size() == 2 && count(Language::kRussian) == 1 && count(Language::kEnglish) == 1) {
      const Side& ru = sides[0].tag.language == Language::kRussian ? sides[0] : sides[1];
      const Side& en = sides[0].tag.language == Language::kRussian ? sides[1] : sides[0];
      found.pairs.push_back({ru.path, en.path, ru.tag.name, std::nullopt});
    } else {
      // One side only, or e.g. a.ru.txt next to a.RU.txt: which one was meant is a guess.
      for (const Side& side : sides) found.unpaired.push_back(side.path);
    }
  }

  std::sort(found.pairs.begin(), found.pairs.end(),
            [](const BatchPair& a, const BatchPair& b) { return a.name < b.name; });
  for (std::size_t i = 1; i < found.pairs.size(); ++i) {
    if (found.pairs[i].name == found.pairs[i - 1].name) {
      const BatchPair& a = found.pairs[i - 1];
      const BatchPair& b = found.pairs[i];
      throw Error(ErrorCode::kInvalidArgument,
                  fmt::format("{} + {} and {} + {} would both be written as '{}'; choose one "
                              "extension",
                              a.first.string(), a.second.string(), b.first.string(),
                              b.second.string(), a.name));
    }
  }
  std::sort(found.unpaired.begin(), found.unpaired.end());
  std::sort(found.ignored.begin(), found.ignored.end());
  return found;
}

std::vector<BatchPair> parse_manifest(std::string_view text, std::string_view name,
                                      const fs::path& base) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);  // a BOM from Windows editors
  const auto fail = [&](std::size_t line, const std::string& problem) {
    return Error(ErrorCode::kInvalidArgument, fmt::format("{}:{}: {}", name, line, problem));
  };
  const auto resolve = [&](std::string_view field) {
    const fs::path path(field);
    return path.is_absolute() || base.empty() ? path.lexically_normal()
                                              : (base / path).lexically_normal();
  };

  std::vector<BatchPair> pairs;
  // The line where each pair, explicit output and derived name was first seen, for messages.
  std::map<std::pair<fs::path, fs::path>, std::size_t> seen_pairs;
  std::map<fs::path, std::size_t> seen_outputs;
  std::map<std::string, std::size_t> seen_names;
  std::size_t number = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    ++number;
    if (line.ends_with('\r')) line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos || line.starts_with('#')) continue;

    std::vector<std::string_view> fields;
    for (std::size_t from = 0;;) {
      const std::size_t tab = line.find('\t', from);
      fields.push_back(line.substr(from, tab == std::string_view::npos ? tab : tab - from));
      if (tab == std::string_view::npos) break;
      from = tab + 1;
    }
    if (fields.size() < 2 || fields.size() > 3) {
      throw fail(number, fmt::format("expected FILE1<TAB>FILE2[<TAB>OUTPUT], found {} field{}{}",
                                     fields.size(), fields.size() == 1 ? "" : "s",
                                     fields.size() == 1 ? " (fields are separated by tabs)" : ""));
    }
    constexpr auto kFieldNames = std::to_array<std::string_view>({"FILE1", "FILE2", "OUTPUT"});
    for (std::size_t i = 0; i < fields.size(); ++i) {
      if (fields[i].empty()) throw fail(number, fmt::format("empty {} field", kFieldNames[i]));
    }

    BatchPair pair;
    pair.first = resolve(fields[0]);
    pair.second = resolve(fields[1]);
    if (fields.size() == 3) pair.output = resolve(fields[2]);
    if (pair.first == pair.second) throw fail(number, "FILE1 and FILE2 are the same file");
    // The name mirrors FILE1 below the manifest's folder; outside it, only the file name is
    // ours to reuse.
    fs::path relative = fs::path(fields[0]).lexically_normal();
    if (relative.is_absolute() || relative.generic_string().starts_with("..")) {
      relative = relative.filename();
    }
    const std::string generic = relative.generic_string();
    const std::optional<detail::NameTag> tag = detail::read_name_tag(generic);
    pair.name = tag ? tag->name : detail::untagged_name(generic);

    // Maps, not a scan over earlier lines: manifests of a whole corpus run to 100,000 lines.
    if (const auto [it, added] = seen_pairs.try_emplace({pair.first, pair.second}, number);
        !added) {
      throw fail(number, fmt::format("the same pair as line {}", it->second));
    }
    if (pair.output) {
      if (const auto [it, added] = seen_outputs.try_emplace(*pair.output, number); !added) {
        throw fail(number, fmt::format("the same OUTPUT as line {}", it->second));
      }
    } else if (const auto [it, added] = seen_names.try_emplace(pair.name, number); !added) {
      throw fail(number, fmt::format("the output name '{}' is also line {}'s; add an OUTPUT "
                                     "column to tell them apart",
                                     pair.name, it->second));
    }
    pairs.push_back(std::move(pair));
  }
  return pairs;
}

std::vector<BatchPair> read_manifest(const fs::path& manifest) {
  const std::string text = read_file(manifest);
  return parse_manifest(text, manifest.string(), manifest.parent_path());
}

Shard parse_shard(std::string_view text) {
  const auto bad = [&] {
    return Error(ErrorCode::kInvalidArgument,
                 fmt::format("shard '{}' is not K/N with 1 <= K <= N, e.g. 2/3", text));
  };
  const std::size_t slash = text.find('/');
  if (slash == std::string_view::npos) throw bad();
  const auto number = [&](std::string_view digits) {
    std::size_t value = 0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (digits.empty() || error != std::errc() || end != digits.data() + digits.size()) throw bad();
    return value;
  };
  const Shard shard{number(text.substr(0, slash)), number(text.substr(slash + 1))};
  if (shard.count == 0 || shard.index == 0 || shard.index > shard.count) throw bad();
  return shard;
}

std::vector<BatchPair> select_shard(const std::vector<BatchPair>& pairs, Shard shard) {
  if (shard.count == 0 || shard.index == 0 || shard.index > shard.count) {
    throw Error(ErrorCode::kInvalidArgument,
                fmt::format("shard {}/{} is not K/N with 1 <= K <= N", shard.index, shard.count));
  }
  std::vector<BatchPair> selected;
  for (std::size_t i = shard.index - 1; i < pairs.size(); i += shard.count) {
    selected.push_back(pairs[i]);
  }
  return selected;
}

}  // namespace libalign
