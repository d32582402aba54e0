// output/formats.hpp — the per-format writers behind write_alignment() (internal).
#pragma once

#include <cstddef>
#include <iosfwd>
#include <string>

#include "libalign/aligner.hpp"
#include "libalign/output.hpp"

namespace libalign::detail {

/// One side of a bead seen in the user's file order: FILE1 (Alignment::first) or FILE2.
struct BeadSide {
  std::size_t begin = 0;
  std::size_t count = 0;
};

/// Bead indices are Russian/English; these map them to FILE1/FILE2.
[[nodiscard]] BeadSide first_side(const Alignment& alignment, const Bead& bead) noexcept;
[[nodiscard]] BeadSide second_side(const Alignment& alignment, const Bead& bead) noexcept;
[[nodiscard]] std::string first_text(const Alignment& alignment, const Bead& bead);
[[nodiscard]] std::string second_text(const Alignment& alignment, const Bead& bead);

/// The score as written everywhere: fixed four decimals ("0.9731"), so output is stable.
[[nodiscard]] std::string format_score(double score);

void write_tsv(std::ostream& out, const Alignment& alignment, const OutputOptions& options);
void write_jsonl(std::ostream& out, const Alignment& alignment);
void write_beads(std::ostream& out, const Alignment& alignment);
void write_html(std::ostream& out, const Alignment& alignment);

}  // namespace libalign::detail
