// util/string_hash.hpp — hash maps and sets of std::string keys that are looked up with a
// std::string_view, without building a string for each look-up (C++20 heterogeneous look-up),
// and a bounded memo built on them.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace libalign::detail {

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept {
    return std::hash<std::string_view>{}(s);
  }
};

template <typename Value>
using StringMap = std::unordered_map<std::string, Value, StringHash, std::equal_to<>>;

using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;

/// `compute(key)`, remembered in `cache`, which is emptied when it holds `max_entries`: a
/// per-thread memo of a costly string function (a stem, a transliteration) that a text of ever
/// new words cannot grow without bound.
template <typename Compute>
std::string memoized(StringMap<std::string>& cache, std::size_t max_entries, std::string_view key,
                     Compute&& compute) {
  if (const auto it = cache.find(key); it != cache.end()) return it->second;
  if (cache.size() >= max_entries) cache.clear();
  std::string value = compute(key);
  cache.emplace(std::string(key), value);
  return value;
}

}  // namespace libalign::detail
