// The pipeline in one place: read → segment → align. Everything here is glue; each stage lives
// in its own folder.
#include "libalign/pipeline.hpp"

#include <fmt/format.h>

#include <utility>

#include "libalign/error.hpp"
#include "libalign/segmenter.hpp"

namespace libalign {

std::string_view version() noexcept { return LIBALIGN_VERSION; }

class Pipeline::Impl {
 public:
  explicit Impl(PipelineOptions options)
      : options_(std::move(options)),
        ru_segmenter_(make_segmenter(Language::kRussian)),
        en_segmenter_(make_segmenter(Language::kEnglish)),
        aligner_(options_.align, options_.lexicon) {}

  [[nodiscard]] const PipelineOptions& options() const noexcept { return options_; }

  [[nodiscard]] Alignment align_documents(Document first, Document second) const {
    check_languages(first, second);
    split(first);
    split(second);
    Alignment alignment{std::move(first), std::move(second), {}};
    alignment.beads = aligner_.align(alignment.ru(), alignment.en());
    return alignment;
  }

 private:
  [[nodiscard]] Segmenter make_segmenter(Language language) const {
    return options_.srx ? Segmenter::from_srx(*options_.srx, language)
                        : Segmenter::builtin(language);
  }

  void split(Document& document) const {
    if (options_.presplit) {
      presplit(document);
    } else {
      (document.language == Language::kRussian ? ru_segmenter_ : en_segmenter_).segment(document);
    }
  }

  // Both files in one language is the most common user mistake in a batch (two copies of the
  // same side); say exactly that instead of producing a meaningless alignment.
  static void check_languages(const Document& first, const Document& second) {
    for (const Document* document : {&first, &second}) {
      if (document->language != Language::kRussian && document->language != Language::kEnglish) {
        throw Error(
            ErrorCode::kLanguage,
            fmt::format("{}: cannot tell whether the text is Russian or English", document->name));
      }
    }
    if (first.language == second.language) {
      // An untranslated copy (a corpus whose "translation" is the original again, perhaps
      // re-paragraphed) is worth naming as such: the file is not misnamed, it was never
      // translated.
      const bool copy = collapse_whitespace(first.text) == collapse_whitespace(second.text);
      throw Error(ErrorCode::kLanguage,
                  fmt::format("{} and {} are both in {}{}: give one Russian and one English file",
                              first.name, second.name,
                              first.language == Language::kRussian ? "Russian" : "English",
                              copy ? ", with the same text (a copy, not a translation)" : ""));
    }
  }

  PipelineOptions options_;
  Segmenter ru_segmenter_;
  Segmenter en_segmenter_;
  Aligner aligner_;
};

Pipeline::Pipeline(PipelineOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {}
Pipeline::~Pipeline() = default;
Pipeline::Pipeline(Pipeline&&) noexcept = default;
Pipeline& Pipeline::operator=(Pipeline&&) noexcept = default;

const PipelineOptions& Pipeline::options() const noexcept { return impl_->options(); }

Alignment Pipeline::align_files(const std::filesystem::path& first,
                                const std::filesystem::path& second) const {
  const LoadOptions& load_options = impl_->options().load;
  // Load in order, so that when both files are bad the error names FILE1 (argument evaluation
  // order is unspecified).
  Document first_document = load(first, load_options);
  Document second_document = load(second, load_options);
  return impl_->align_documents(std::move(first_document), std::move(second_document));
}

Alignment Pipeline::align_texts(std::string_view first_bytes, std::string first_name,
                                std::string_view second_bytes, std::string second_name) const {
  const LoadOptions& load_options = impl_->options().load;
  Document first_document = load_bytes(first_bytes, std::move(first_name), load_options);
  Document second_document = load_bytes(second_bytes, std::move(second_name), load_options);
  return impl_->align_documents(std::move(first_document), std::move(second_document));
}

Alignment Pipeline::align_documents(Document first, Document second) const {
  return impl_->align_documents(std::move(first), std::move(second));
}

}  // namespace libalign
