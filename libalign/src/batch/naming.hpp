// batch/naming.hpp — how a file's name says which pair and which language it belongs to
// (internal; shared by directory discovery and manifests).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "libalign/document.hpp"

namespace libalign::detail {

/// What a relative file name says about the file.
struct NameTag {
  Language language = Language::kUnknown;
  /// Files with equal keys are two sides of one pair: the relative path with the language
  /// removed, the layout ('.', '_' or '/') and the extension, so that a.ru.txt never pairs
  /// with a_en.txt or a.en.md.
  std::string key;
  /// The pair name: the relative path with the language and the extension removed,
  /// '/'-separated, e.g. "a/b/report".
  std::string name;
};

/// Reads a '/'-separated relative path such as "a/b/report.ru.txt", "a/report_EN.txt" or
/// "a/ru/b/report.txt" (the last "ru"/"en" folder counts). Language tags are
/// case-insensitive. Returns nothing for a name without a language.
[[nodiscard]] std::optional<NameTag> read_name_tag(std::string_view relative);

/// The pair name of a file without a language tag: the path without its extension.
[[nodiscard]] std::string untagged_name(std::string_view relative);

}  // namespace libalign::detail
