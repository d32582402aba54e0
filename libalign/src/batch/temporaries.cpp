// batch/temporaries.cpp — cleaning up after a batch that was killed mid-write.
#include "batch/temporaries.hpp"

#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <system_error>

#include "libalign/batch.hpp"

namespace libalign {
namespace detail {

namespace fs = std::filesystem;

std::optional<std::string_view> temporary_target(std::string_view candidate) {
  constexpr std::string_view kMarker = ".tmp.";
  if (!candidate.starts_with('.')) return std::nullopt;
  // NAME may itself contain ".tmp."; PID and the random part never contain a dot.
  const std::size_t marker = candidate.rfind(kMarker);
  if (marker == std::string_view::npos || marker < 2) return std::nullopt;
  const std::string_view rest = candidate.substr(marker + kMarker.size());
  const std::size_t dot = rest.find('.');
  if (dot == 0 || dot == std::string_view::npos || dot + 1 == rest.size()) return std::nullopt;
  if (rest.find('.', dot + 1) != std::string_view::npos) return std::nullopt;
  for (std::size_t i = 0; i < dot; ++i)
    if (rest[i] < '0' || rest[i] > '9') return std::nullopt;
  return candidate.substr(1, marker - 1);
}

std::size_t remove_stale_temporaries(const std::vector<fs::path>& targets) {
  std::map<fs::path, std::set<std::string, std::less<>>> by_folder;
  for (const fs::path& target : targets) {
    if (target.empty()) continue;
    by_folder[target.has_parent_path() ? target.parent_path() : fs::path(".")].insert(
        target.filename().string());
  }
  std::size_t removed = 0;
  for (const auto& [folder, names] : by_folder) {
    std::error_code error;
    fs::directory_iterator it(folder, error);
    if (error) continue;  // no folder yet: nothing was ever written there
    for (; it != fs::directory_iterator(); it.increment(error)) {
      if (error) break;
      const std::string candidate = it->path().filename().string();
      const std::optional<std::string_view> target = temporary_target(candidate);
      if (!target || !names.contains(*target)) continue;
      // The pid in the name could be checked for liveness, but outputs on a shared disk are
      // written from other hosts too; --resume means the previous run is over.
      std::error_code remove_error;
      if (fs::remove(it->path(), remove_error)) ++removed;
    }
  }
  return removed;
}

}  // namespace detail

std::size_t remove_stale_temporaries(const std::filesystem::path& target) {
  return detail::remove_stale_temporaries(std::vector<std::filesystem::path>{target});
}

}  // namespace libalign
