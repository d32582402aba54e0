// libalign/pipeline.hpp — the whole pipeline in one call: read → segment → align.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "libalign/aligner.hpp"
#include "libalign/io.hpp"
#include "libalign/lexicon.hpp"

namespace libalign {

struct PipelineOptions {
  LoadOptions load;
  /// Each non-empty line is a sentence; no segmentation.
  bool presplit = false;
  /// Segment with this SRX 2.0 file instead of the built-in rules.
  std::optional<std::filesystem::path> srx;
  AlignOptions align;
  /// Extra word pairs (--lexicon FILE), merged with the built-in lexicon.
  std::shared_ptr<const Lexicon> lexicon;
};

/// Reads, segments and aligns document pairs. Build one per run: it holds the segmenters and
/// the lexicon. Immutable; the align_* functions are safe to call from several threads.
class Pipeline {
 public:
  /// Throws Error{kBadSrx} for a bad SRX file.
  explicit Pipeline(PipelineOptions options = {});
  ~Pipeline();
  Pipeline(Pipeline&&) noexcept;
  Pipeline& operator=(Pipeline&&) noexcept;

  /// Loads both files (in either language order), segments and aligns them.
  /// Throws Error (naming the file) for an unusable input, Error{kLanguage} when both files are
  /// in the same language.
  [[nodiscard]] Alignment align_files(const std::filesystem::path& first,
                                      const std::filesystem::path& second) const;
  /// As align_files() with the documents' bytes in memory.
  [[nodiscard]] Alignment align_texts(std::string_view first_bytes, std::string first_name,
                                      std::string_view second_bytes,
                                      std::string second_name) const;
  /// Segments and aligns two loaded documents (their languages must differ).
  [[nodiscard]] Alignment align_documents(Document first, Document second) const;

  [[nodiscard]] const PipelineOptions& options() const noexcept;

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

/// The library version, e.g. "0.1.0".
[[nodiscard]] std::string_view version() noexcept;

}  // namespace libalign
