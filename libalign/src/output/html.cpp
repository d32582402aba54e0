// output/html.cpp — a self-contained side-by-side review page (no scripts, no external files),
// so a translator can open it from an e-mail or a CI artifact and spot weak beads by colour.
#include <fmt/format.h>

#include <cstddef>
#include <ostream>
#include <string>

#include "output/formats.hpp"
#include "output/text.hpp"

namespace libalign::detail {
namespace {

constexpr std::string_view kStyle = R"(
body { font: 15px/1.45 system-ui, sans-serif; margin: 1.5em; color: #222; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border: 1px solid #ccc; padding: .35em .6em; vertical-align: top; }
th { background: #eee; text-align: left; position: sticky; top: 0; }
td.n, td.s, td.t { font: 13px monospace; color: #555; white-space: nowrap; }
col.n { width: 4em; } col.s { width: 5.5em; } col.t { width: 4em; }
tr.high td { background: #e8f6e8; }
tr.mid td { background: #fff6d6; }
tr.low td { background: #fde2e2; }
tr.gap td { background: #f2f2f2; color: #888; }
.legend span { padding: .1em .5em; margin-right: .5em; border: 1px solid #ccc; }
)";

// Colour bands: what a reviewer should look at first. The thresholds are for eyes, not for
// filtering (that is --min-score).
std::string_view row_class(const Bead& bead) {
  if (bead.ru_count == 0 || bead.en_count == 0) return "gap";
  if (bead.score >= 0.8) return "high";
  if (bead.score >= 0.5) return "mid";
  return "low";
}

std::string_view lang_of(const Document& document) {
  return document.language == Language::kRussian ? "ru" : "en";
}

}  // namespace

void write_html(std::ostream& out, const Alignment& alignment) {
  const std::string first_name = html_escape(alignment.first.name);
  const std::string second_name = html_escape(alignment.second.name);
  std::size_t pairs = 0;
  for (const Bead& bead : alignment.beads)
    if (bead.ru_count > 0 && bead.en_count > 0) ++pairs;

  out << "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>" << first_name << " — "
      << second_name << "</title>\n<style>" << kStyle << "</style>\n</head>\n<body>\n"
      << "<h1>" << first_name << " — " << second_name << "</h1>\n"
      << fmt::format("<p>{} beads, {} aligned pairs.</p>\n", alignment.beads.size(), pairs)
      << "<p class=\"legend\"><span style=\"background:#e8f6e8\">score ≥ 0.8</span>"
         "<span style=\"background:#fff6d6\">0.5–0.8</span>"
         "<span style=\"background:#fde2e2\">&lt; 0.5</span>"
         "<span style=\"background:#f2f2f2\">one side only</span></p>\n"
      << "<table>\n<colgroup><col class=\"n\"><col><col><col class=\"s\"><col class=\"t\">"
         "</colgroup>\n"
      << "<tr><th>#</th><th>" << first_name << "</th><th>" << second_name
      << "</th><th>score</th><th>ru:en</th></tr>\n";
  const std::string_view first_lang = lang_of(alignment.first);
  const std::string_view second_lang = lang_of(alignment.second);
  std::size_t number = 0;
  for (const Bead& bead : alignment.beads) {
    const BeadSide first = first_side(alignment, bead);
    const BeadSide second = second_side(alignment, bead);
    // NOLINTNEXTLINE(modernize-raw-string-literal): one quoting style for the whole row
    out << "<tr class=\"" << row_class(bead) << "\"><td class=\"n\">" << ++number
        << "</td><td lang=\"" << first_lang << "\">"
        << (first.count > 0 ? html_escape(first_text(alignment, bead)) : std::string())
        << "</td><td lang=\"" << second_lang << "\">"
        << (second.count > 0 ? html_escape(second_text(alignment, bead)) : std::string())
        << "</td><td class=\"s\">" << format_score(bead.score) << "</td><td class=\"t\">"
        << html_escape(bead.type()) << "</td></tr>\n";
  }
  out << "</table>\n</body>\n</html>\n";
}

}  // namespace libalign::detail
