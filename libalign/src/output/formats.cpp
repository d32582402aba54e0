// output/formats.cpp — the line formats: TSV, JSONL and bead indices.
#include "output/formats.hpp"

#include <fmt/format.h>

#include <cmath>
#include <ostream>
#include <string>

#include "libalign/error.hpp"
#include "output/text.hpp"

namespace libalign::detail {
namespace {

// "[1, 2]" — the list syntax of the CLI contract and of the gold .beads files.
std::string index_list(std::size_t begin, std::size_t count) {
  std::string out = "[";
  for (std::size_t i = 0; i < count; ++i) {
    if (i > 0) out += ", ";
    out += std::to_string(begin + i);
  }
  out += ']';
  return out;
}

}  // namespace

BeadSide first_side(const Alignment& alignment, const Bead& bead) noexcept {
  return alignment.first_is_russian() ? BeadSide{bead.ru_begin, bead.ru_count}
                                      : BeadSide{bead.en_begin, bead.en_count};
}

BeadSide second_side(const Alignment& alignment, const Bead& bead) noexcept {
  return alignment.first_is_russian() ? BeadSide{bead.en_begin, bead.en_count}
                                      : BeadSide{bead.ru_begin, bead.ru_count};
}

std::string first_text(const Alignment& alignment, const Bead& bead) {
  return alignment.first_is_russian() ? bead.ru_text(alignment.first)
                                      : bead.en_text(alignment.first);
}

std::string second_text(const Alignment& alignment, const Bead& bead) {
  return alignment.first_is_russian() ? bead.en_text(alignment.second)
                                      : bead.ru_text(alignment.second);
}

std::string format_score(double score) {
  if (!std::isfinite(score)) return "0.0000";
  return fmt::format("{:.4f}", score);
}

void write_tsv(std::ostream& out, const Alignment& alignment, const OutputOptions& options) {
  if (!(options.min_score >= 0.0 && options.min_score <= 1.0))
    throw Error(ErrorCode::kInvalidArgument,
                fmt::format("minimum score {} is not between 0 and 1", options.min_score));
  for (const Bead& bead : alignment.beads) {
    if (bead.ru_count == 0 || bead.en_count == 0 || !(bead.score >= options.min_score)) continue;
    out << trim_space(one_line(first_text(alignment, bead))) << '\t'
        << trim_space(one_line(second_text(alignment, bead))) << '\n';
  }
}

void write_jsonl(std::ostream& out, const Alignment& alignment) {
  const Document& ru = alignment.ru();
  const Document& en = alignment.en();
  for (const Bead& bead : alignment.beads) {
    out << "{\"ru\":" << json_quote(bead.ru_count > 0 ? bead.ru_text(ru) : std::string())
        << ",\"en\":" << json_quote(bead.en_count > 0 ? bead.en_text(en) : std::string())
        << ",\"score\":" << format_score(bead.score) << ",\"type\":" << json_quote(bead.type())
        << ",\"ru_index\":" << index_list(bead.ru_begin, bead.ru_count)
        << ",\"en_index\":" << index_list(bead.en_begin, bead.en_count) << "}\n";
  }
}

void write_beads(std::ostream& out, const Alignment& alignment) {
  for (const Bead& bead : alignment.beads) {
    const BeadSide first = first_side(alignment, bead);
    const BeadSide second = second_side(alignment, bead);
    out << index_list(first.begin, first.count) << ':' << index_list(second.begin, second.count)
        << '\n';
  }
}

}  // namespace libalign::detail
