// Aligner: the public face of detail::align_pair, holding the options and the lexicons.
#include "libalign/aligner.hpp"

#include <utility>

#include "align/align_pair.hpp"

namespace libalign {

class Aligner::Impl {
 public:
  Impl(AlignOptions options, std::shared_ptr<const Lexicon> extra)
      : options_(options), extra_(std::move(extra)) {
    // Loading the built-in lexicon here, once, keeps align() free of first-use work.
    if (options_.builtin_lexicon && Lexicon::has_builtin()) builtin_ = &Lexicon::builtin();
  }

  [[nodiscard]] const AlignOptions& options() const noexcept { return options_; }

  [[nodiscard]] std::vector<Bead> align(const Document& ru, const Document& en) const {
    const detail::PairAlignment a = detail::align_pair(ru, en, options_, {builtin_, extra_.get()},
                                                       /*keep_details=*/false);
    std::vector<Bead> beads;
    beads.reserve(a.path.size());
    for (std::size_t k = 0; k < a.path.size(); ++k) {
      const detail::Step& s = a.path[k];
      beads.push_back(Bead{s.ru.begin, s.ru.count, s.en.begin, s.en.count, a.scores[k]});
    }
    return beads;
  }

 private:
  AlignOptions options_;
  std::shared_ptr<const Lexicon> extra_;
  const Lexicon* builtin_ = nullptr;  // Lexicon::builtin() lives as long as the process
};

Aligner::Aligner(AlignOptions options, std::shared_ptr<const Lexicon> extra)
    : impl_(std::make_unique<Impl>(options, std::move(extra))) {}
Aligner::~Aligner() = default;
Aligner::Aligner(Aligner&&) noexcept = default;
Aligner& Aligner::operator=(Aligner&&) noexcept = default;

std::vector<Bead> Aligner::align(const Document& ru, const Document& en) const {
  return impl_->align(ru, en);
}

const AlignOptions& Aligner::options() const noexcept { return impl_->options(); }

}  // namespace libalign
