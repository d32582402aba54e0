#include "align/bead_cost.hpp"

#include <algorithm>
#include <cmath>

namespace libalign::detail {
namespace {

std::uint32_t total_chars(const std::vector<EncodedSentence>& side, Span span) {
  std::uint32_t n = 0;
  for (std::size_t k = span.begin; k < span.end(); ++k) n += side[k].chars;
  return n;
}

int crossings(const std::vector<EncodedSentence>& side, Span span) {
  return span.count == 0 ? 0
                         : static_cast<int>(side[span.end() - 1].paragraph - side[span.begin].paragraph);
}

}  // namespace

Scratch BeadModel::make_scratch() const {
  const std::size_t anchors = pair_.anchor_kind.size();
  return Scratch{StampSet(pair_.en_vocab.size()), StampSet(pair_.en_vocab.size()),
                 StampSet(anchors), StampSet(anchors)};
}

BeadSignals BeadModel::signals(Span ru, Span en, Scratch& scratch) const {
  BeadSignals s;
  s.length = length_cost(total_chars(pair_.ru, ru), total_chars(pair_.en, en), length_);
  s.lexical = lexical_match(pair_, ru, en, scratch);
  s.anchors = anchor_match(pair_, ru, en, scratch);
  s.paragraph_crossings = crossings(pair_.ru, ru) + crossings(pair_.en, en);
  return s;
}

double BeadModel::combine(const BeadSignals& s, Span ru, Span en) const {
  const double coverage = s.lexical.coverage(w_.coverage_prior, w_.coverage_prior_weight);
  // The lexical term is per sentence pair, so that merging two good 1:1 beads into a 2:2 gains
  // nothing; the length term is per bead, as in Gale & Church.
  const double size = static_cast<double>(ru.count + en.count) / 2.0;
  return w_.length * s.length                                                       //
         + w_.lexical * (1.0 - coverage) * size                                     //
         - w_.anchors * std::min(s.anchors.matched, w_.anchor_cap)                  //
         + w_.number_mismatch * std::min(s.anchors.number_mismatch, w_.anchor_cap)  //
         + w_.punctuation * s.anchors.punctuation_mismatch                          //
         + w_.paragraph * s.paragraph_crossings                                     //
         + w_.many * static_cast<double>(ru.count + en.count - 2);
}

double BeadModel::score(double cost, Span ru, Span en) const {
  if (ru.count == 0 || en.count == 0) return 0.0;
  return 1.0 / (1.0 + std::exp(-(w_.score_bias - w_.score_slope * cost)));
}

}  // namespace libalign::detail
