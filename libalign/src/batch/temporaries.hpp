// batch/temporaries.hpp — recognising the temporary files of write_file_atomically() (internal).
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string_view>
#include <vector>

namespace libalign::detail {

/// The target file name of a temporary file that write_file_atomically() creates:
/// ".NAME.tmp.PID.XXXXXX" → "NAME" (output/atomic_write.cpp); nothing for other names. The
/// batch tests check this against a real write, so a change of the scheme there fails a test.
[[nodiscard]] std::optional<std::string_view> temporary_target(std::string_view candidate);

/// Removes the temporaries of all `targets`, listing each folder once (a batch has thousands of
/// outputs in a few folders). Returns how many files were removed.
std::size_t remove_stale_temporaries(const std::vector<std::filesystem::path>& targets);

}  // namespace libalign::detail
