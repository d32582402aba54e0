#include "libalign/segmenter.hpp"

#include <algorithm>

#include "libalign/error.hpp"
#include "segment/builtin_rules.hpp"
#include "segment/line_blocks.hpp"
#include "segment/segmenter_impl.hpp"
#include "segment/srx_rules.hpp"
#include "segment/text_scan.hpp"

namespace libalign {

Segmenter Segmenter::builtin(Language language) {
  if (language != Language::kRussian && language != Language::kEnglish) {
    throw Error(ErrorCode::kInvalidArgument,
                "segmenter: no built-in rules for an unknown language (use ru or en)");
  }
  return Segmenter(
      std::make_shared<const Impl>(language, std::make_unique<detail::BuiltinRules>(language)));
}

Segmenter Segmenter::from_srx(const std::filesystem::path& srx_file, Language language) {
  const std::string text = detail::read_srx_file(srx_file);
  return from_srx_text(text, srx_file.string(), language);
}

Segmenter Segmenter::from_srx_text(std::string_view srx, std::string_view name, Language language) {
  if (language != Language::kRussian && language != Language::kEnglish) {
    throw Error(ErrorCode::kInvalidArgument,
                std::string(name) + ": cannot choose SRX rules for an unknown language");
  }
  return Segmenter(std::make_shared<const Impl>(language, detail::load_srx(srx, name, language)));
}

std::vector<TextRange> Segmenter::split(std::string_view text) const {
  std::vector<TextRange> out;
  std::vector<std::size_t> ends;
  for (const TextRange block : detail::line_blocks(text)) {
    const std::string_view view = text.substr(block.begin, block.size());
    ends.clear();
    impl_->rules->find_breaks(view, ends);
    std::sort(ends.begin(), ends.end());
    std::size_t begin = 0;
    auto emit = [&](std::size_t from, std::size_t to) {
      from = detail::skip_space(view, from);
      to = std::max(from, detail::skip_space_back(view, to));
      if (to > from) out.push_back({block.begin + from, block.begin + to});
    };
    for (const std::size_t end : ends) {
      if (end <= begin || end >= view.size()) continue;
      emit(begin, end);
      begin = end;
    }
    emit(begin, view.size());
  }
  return out;
}

void Segmenter::segment(Document& document) const {
  document.sentences.clear();
  for (std::size_t p = 0; p < document.paragraphs.size(); ++p) {
    const TextRange paragraph = document.paragraphs[p];
    for (const TextRange range : split(document.view(paragraph))) {
      const TextRange absolute{paragraph.begin + range.begin, paragraph.begin + range.end};
      document.sentences.push_back({absolute, p});
    }
  }
}

Language Segmenter::language() const noexcept { return impl_->language; }

}  // namespace libalign
