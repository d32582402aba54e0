// output/output.cpp — Alignment → TMX model, and the dispatch of write_alignment().
#include "libalign/output.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <ostream>
#include <string>

#include "libalign/error.hpp"
#include "output/formats.hpp"
#include "output/text.hpp"

#ifndef LIBALIGN_VERSION
#define LIBALIGN_VERSION "unknown"
#endif

namespace libalign {
namespace {

void check_language_code(const std::string& code) {
  const bool bad = code.empty() || code.find_first_of(" \t\n\r\"<>&") != std::string::npos;
  if (bad)
    throw Error(ErrorCode::kInvalidArgument,
                fmt::format("language code \"{}\" is not a BCP 47 code such as ru-RU", code));
}

void check_options(const OutputOptions& options) {
  check_language_code(options.ru_code);
  check_language_code(options.en_code);
  if (options.ru_code == options.en_code)
    throw Error(
        ErrorCode::kInvalidArgument,
        fmt::format("the Russian and English language codes are both \"{}\"", options.ru_code));
  if (!(options.min_score >= 0.0 && options.min_score <= 1.0))
    throw Error(ErrorCode::kInvalidArgument,
                fmt::format("minimum score {} is not between 0 and 1", options.min_score));
  if (options.segtype != "auto" && options.segtype != "sentence" && options.segtype != "paragraph")
    throw Error(ErrorCode::kInvalidArgument,
                fmt::format("segtype \"{}\" is not auto, sentence or paragraph", options.segtype));
  if (!options.creation_date.empty() && !is_tmx_date(options.creation_date))
    throw Error(ErrorCode::kInvalidArgument,
                fmt::format("creation date \"{}\" is not of the form YYYYMMDDThhmmssZ",
                            options.creation_date));
}

}  // namespace

Format parse_format(std::string_view name) {
  if (name == "tmx") return Format::kTmx;
  if (name == "tsv") return Format::kTsv;
  if (name == "jsonl") return Format::kJsonl;
  if (name == "beads") return Format::kBeads;
  if (name == "html") return Format::kHtml;
  throw Error(
      ErrorCode::kInvalidArgument,
      fmt::format("unknown output format \"{}\" (expected tmx, tsv, jsonl, beads or html)", name));
}

TmxDocument to_tmx(const Alignment& alignment, const OutputOptions& options) {
  check_options(options);
  const Document& ru = alignment.ru();
  const Document& en = alignment.en();
  const Language source = options.source != Language::kUnknown ? options.source
                          : alignment.first_is_russian()       ? Language::kRussian
                                                               : Language::kEnglish;
  const bool ru_first = source == Language::kRussian;

  TmxDocument tmx;
  tmx.header.creation_tool_version = LIBALIGN_VERSION;
  tmx.header.src_lang = options.bidirectional ? "*all*"
                        : ru_first            ? options.ru_code
                                              : options.en_code;
  tmx.header.creation_date = options.creation_date.empty() ? tmx_date_now() : options.creation_date;
  tmx.header.creation_id = options.creation_id;

  std::size_t number = 0;
  for (const Bead& bead : alignment.beads) {
    if (bead.ru_count == 0 || bead.en_count == 0) continue;
    // NaN scores compare false and are left out with the low ones.
    if (!(bead.score >= options.min_score)) continue;
    std::string ru_text = detail::clean_segment(bead.ru_text(ru));
    std::string en_text = detail::clean_segment(bead.en_text(en));
    // A side that was only control characters would give an empty <seg>, which consumers
    // reject as a TU without a target.
    if (ru_text.empty() || en_text.empty()) continue;

    TranslationUnit unit;
    if (options.tuids) unit.tuid = std::to_string(++number);
    // Provisional: the TU's own kind; reduced below to "only where it differs from the header".
    unit.segtype = bead.ru_count > 1 || bead.en_count > 1 ? "paragraph" : "sentence";
    if (options.props) {
      unit.props.push_back({"x-score", detail::format_score(bead.score)});
      unit.props.push_back({"x-bead", bead.type()});
      if (!ru.name.empty()) unit.props.push_back({"x-ru-doc", ru.name});
      if (!en.name.empty()) unit.props.push_back({"x-en-doc", en.name});
    }
    TmxVariant ru_variant{options.ru_code, std::move(ru_text)};
    TmxVariant en_variant{options.en_code, std::move(en_text)};
    if (ru_first) {
      unit.variants.push_back(std::move(ru_variant));
      unit.variants.push_back(std::move(en_variant));
    } else {
      unit.variants.push_back(std::move(en_variant));
      unit.variants.push_back(std::move(ru_variant));
    }
    tmx.units.push_back(std::move(unit));
  }

  // OmegaT ignores a TU's segtype and re-segments TUs only under a "paragraph" header; with
  // its default sentence segmentation, a 2:2 TU then matches as two sentences instead of
  // never (docs/tmx.md has the measurements). So "auto" says "paragraph" as soon as one TU
  // holds several sentences.
  const bool any_multi = std::any_of(tmx.units.begin(), tmx.units.end(),
                                     [](const auto& unit) { return unit.segtype == "paragraph"; });
  tmx.header.segtype = options.segtype != "auto" ? options.segtype
                       : any_multi               ? "paragraph"
                                                 : "sentence";
  for (TranslationUnit& unit : tmx.units)
    if (unit.segtype == tmx.header.segtype) unit.segtype.clear();
  return tmx;
}

void write_alignment(std::ostream& out, const Alignment& alignment, Format format,
                     const OutputOptions& options) {
  switch (format) {
    case Format::kTmx:
      write_tmx(out, to_tmx(alignment, options));
      return;
    case Format::kTsv:
      detail::write_tsv(out, alignment, options);
      return;
    case Format::kJsonl:
      detail::write_jsonl(out, alignment);
      return;
    case Format::kBeads:
      detail::write_beads(out, alignment);
      return;
    case Format::kHtml:
      detail::write_html(out, alignment);
      return;
  }
  throw Error(ErrorCode::kInvalidArgument, "unknown output format");
}

}  // namespace libalign
