// capi/capi.cpp — the C API (libalign.h) over the C++ library. Every entry point catches
// everything: a C caller, a JVM or a CLR must never see a C++ exception.
#include <fmt/format.h>

#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "libalign/error.hpp"
#include "libalign/lexicon.hpp"
#include "libalign/libalign.h"
#include "libalign/output.hpp"
#include "libalign/pipeline.hpp"

#ifndef LIBALIGN_VERSION
#define LIBALIGN_VERSION "unknown"
#endif

struct la_options {
  libalign::PipelineOptions pipeline;
  std::optional<std::string> lexicon_path;  // loaded by la_pipeline_new(), which can report it
  libalign::OutputOptions output;
};

struct la_pipeline {
  explicit la_pipeline(libalign::PipelineOptions options, libalign::OutputOptions output_options)
      : pipeline(std::move(options)), output(std::move(output_options)) {}
  libalign::Pipeline pipeline;
  libalign::OutputOptions output;
};

struct la_alignment {
  libalign::Alignment alignment;
  libalign::OutputOptions output;
  // Joined texts of each bead, computed once so that the handle is immutable afterwards
  // (and therefore safe to read from several threads).
  std::vector<std::string> first_texts;
  std::vector<std::string> second_texts;
  // Each sentence's text, for the same reason (Sentence itself holds only a range).
  std::vector<std::string> first_sentences;
  std::vector<std::string> second_sentences;
};

namespace {

using libalign::Error;
using libalign::ErrorCode;

thread_local std::string last_error;

la_status status_of(ErrorCode code) {
  switch (code) {
    case ErrorCode::kNotFound:
      return LA_ERROR_NOT_FOUND;
    case ErrorCode::kNotAFile:
      return LA_ERROR_NOT_A_FILE;
    case ErrorCode::kUnreadable:
      return LA_ERROR_UNREADABLE;
    case ErrorCode::kEmpty:
      return LA_ERROR_EMPTY;
    case ErrorCode::kDecode:
      return LA_ERROR_DECODE;
    case ErrorCode::kLanguage:
      return LA_ERROR_LANGUAGE;
    case ErrorCode::kBadSrx:
      return LA_ERROR_BAD_SRX;
    case ErrorCode::kBadTmx:
      return LA_ERROR_BAD_TMX;
    case ErrorCode::kBadLexicon:
      return LA_ERROR_BAD_LEXICON;
    case ErrorCode::kWrite:
      return LA_ERROR_WRITE;
    case ErrorCode::kInvalidArgument:
      return LA_ERROR_INVALID_ARGUMENT;
  }
  return LA_ERROR_INTERNAL;
}

la_status fail(la_status status, const char* message, const char* prefix = "") noexcept {
  try {
    last_error = prefix;
    last_error += message;
  } catch (...) {
    last_error.clear();  // out of memory for the message itself; the status still says it
  }
  return status;
}

// Runs `body` and turns any exception into a status and a last_error message.
template <typename Body>
la_status guarded(Body&& body) noexcept {
  try {
    body();
    return LA_OK;
  } catch (const Error& e) {
    return fail(status_of(e.code()), e.what());
  } catch (const std::bad_alloc&) {
    return fail(LA_ERROR_OUT_OF_MEMORY, "out of memory");
  } catch (const std::exception& e) {
    return fail(LA_ERROR_INTERNAL, e.what(), "internal error: ");
  } catch (...) {
    return fail(LA_ERROR_INTERNAL, "internal error: unknown exception");
  }
}

[[noreturn]] void invalid(const std::string& message) {
  throw Error(ErrorCode::kInvalidArgument, message);
}

void require(const void* pointer, const char* what) {
  if (pointer == nullptr) invalid(fmt::format("{} is NULL", what));
}

bool parse_bool(std::string_view key, std::string_view value) {
  if (value == "1" || value == "true" || value == "yes" || value == "on") return true;
  if (value == "0" || value == "false" || value == "no" || value == "off") return false;
  invalid(fmt::format("option {}: \"{}\" is not a boolean (1/0, true/false)", key, value));
}

double parse_score(std::string_view key, const std::string& value) {
  std::size_t used = 0;
  double score = 0;
  try {
    score = std::stod(value, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used != value.size() || !(score >= 0.0 && score <= 1.0))
    invalid(fmt::format("option {}: \"{}\" is not a number between 0 and 1", key, value));
  return score;
}

void set_option(la_options& options, std::string_view key, const std::string& value) {
  libalign::OutputOptions& out = options.output;
  if (key == "presplit") {
    options.pipeline.presplit = parse_bool(key, value);
  } else if (key == "paragraphs") {
    if (value == "blank") {
      options.pipeline.load.paragraphs = libalign::ParagraphMode::kBlankLine;
    } else if (value == "line") {
      options.pipeline.load.paragraphs = libalign::ParagraphMode::kLine;
    } else {
      invalid(fmt::format("option paragraphs: \"{}\" is not blank or line", value));
    }
  } else if (key == "srx") {
    if (value.empty())
      options.pipeline.srx.reset();
    else
      options.pipeline.srx = value;
  } else if (key == "lexicon") {
    if (value.empty())
      options.lexicon_path.reset();
    else
      options.lexicon_path = value;
  } else if (key == "learn_lexicon") {
    options.pipeline.align.learn_lexicon = parse_bool(key, value);
  } else if (key == "langs") {
    const std::size_t comma = value.find(',');
    if (comma == std::string::npos || comma == 0 || comma + 1 == value.size())
      invalid(
          fmt::format("option langs: \"{}\" is not two codes, Russian first: ru-RU,en-US", value));
    out.ru_code = value.substr(0, comma);
    out.en_code = value.substr(comma + 1);
  } else if (key == "srclang") {
    out.source = value.empty() ? libalign::Language::kUnknown : libalign::parse_language(value);
  } else if (key == "bidirectional") {
    out.bidirectional = parse_bool(key, value);
  } else if (key == "props") {
    out.props = parse_bool(key, value);
  } else if (key == "min_score") {
    out.min_score = parse_score(key, value);
  } else if (key == "tuids") {
    out.tuids = parse_bool(key, value);
  } else if (key == "segtype") {
    if (value != "auto" && value != "sentence" && value != "paragraph")
      invalid(fmt::format("option segtype: \"{}\" is not auto, sentence or paragraph", value));
    out.segtype = value;
  } else if (key == "creation_date") {
    if (!value.empty() && !libalign::is_tmx_date(value))
      invalid(fmt::format("option creation_date: \"{}\" is not YYYYMMDDThhmmssZ", value));
    out.creation_date = value;
  } else if (key == "creation_id") {
    out.creation_id = value;
  } else {
    invalid(fmt::format("unknown option \"{}\"", key));
  }
}

std::unique_ptr<la_alignment> wrap(libalign::Alignment alignment,
                                   const libalign::OutputOptions& output) {
  auto handle = std::make_unique<la_alignment>();
  handle->alignment = std::move(alignment);
  handle->output = output;
  const libalign::Alignment& a = handle->alignment;
  handle->first_texts.reserve(a.beads.size());
  handle->second_texts.reserve(a.beads.size());
  for (const libalign::Bead& bead : a.beads) {
    std::string first = bead.ru_count > 0 ? bead.ru_text(a.ru()) : std::string();
    std::string second = bead.en_count > 0 ? bead.en_text(a.en()) : std::string();
    if (!a.first_is_russian()) std::swap(first, second);
    handle->first_texts.push_back(std::move(first));
    handle->second_texts.push_back(std::move(second));
  }
  for (auto [document, texts] : {std::pair{&a.first, &handle->first_sentences},
                                 std::pair{&a.second, &handle->second_sentences}}) {
    texts->reserve(document->sentences.size());
    for (std::size_t k = 0; k < document->sentences.size(); ++k)
      texts->push_back(document->sentence_text(k));
  }
  return handle;
}

const libalign::Document* side_document(const la_alignment* alignment, la_side side) {
  if (alignment == nullptr) return nullptr;
  if (side == LA_FIRST) return &alignment->alignment.first;
  if (side == LA_SECOND) return &alignment->alignment.second;
  return nullptr;
}

std::string render(const la_alignment& alignment, const char* format, const la_options* options) {
  const libalign::Format parsed = libalign::parse_format(format);
  std::ostringstream out;
  libalign::write_alignment(out, alignment.alignment, parsed,
                            options != nullptr ? options->output : alignment.output);
  return std::move(out).str();
}

}  // namespace

extern "C" {

const char* la_version(void) { return LIBALIGN_VERSION; }

const char* la_last_error(void) { return last_error.c_str(); }

// NOLINTNEXTLINE(cppcoreguidelines-owning-memory): the C API hands out raw handles
void la_free(void* pointer) { std::free(pointer); }

la_options* la_options_new(void) {
  la_options* options = nullptr;
  // NOLINTNEXTLINE(cppcoreguidelines-owning-memory): the C API hands out raw handles
  if (guarded([&] { options = new la_options(); }) != LA_OK) return nullptr;
  return options;
}

// NOLINTNEXTLINE(cppcoreguidelines-owning-memory): the C API hands out raw handles
void la_options_free(la_options* options) { delete options; }

la_status la_options_set(la_options* options, const char* key, const char* value) {
  return guarded([&] {
    require(options, "options");
    require(key, "key");
    require(value, "value");
    set_option(*options, key, value);
  });
}

la_status la_pipeline_new(const la_options* options, la_pipeline** out) {
  return guarded([&] {
    require(out, "out");
    const la_options defaults;
    const la_options& chosen = options != nullptr ? *options : defaults;
    libalign::PipelineOptions pipeline_options = chosen.pipeline;
    if (chosen.lexicon_path) {
      pipeline_options.lexicon = std::make_shared<const libalign::Lexicon>(
          libalign::Lexicon::from_tsv(*chosen.lexicon_path));
    }
    // NOLINTNEXTLINE(cppcoreguidelines-owning-memory): the C API hands out raw handles
    *out = new la_pipeline(std::move(pipeline_options), chosen.output);
  });
}

// NOLINTNEXTLINE(cppcoreguidelines-owning-memory): the C API hands out raw handles
void la_pipeline_free(la_pipeline* pipeline) { delete pipeline; }

la_status la_align_texts(const la_pipeline* pipeline, const char* first, size_t first_size,
                         const char* second, size_t second_size, la_alignment** out) {
  return guarded([&] {
    require(pipeline, "pipeline");
    require(first, "first");
    require(second, "second");
    require(out, "out");
    const std::string_view first_bytes(
        first, first_size == LA_NUL_TERMINATED ? std::strlen(first) : first_size);
    const std::string_view second_bytes(
        second, second_size == LA_NUL_TERMINATED ? std::strlen(second) : second_size);
    libalign::Alignment alignment =
        pipeline->pipeline.align_texts(first_bytes, "first", second_bytes, "second");
    *out = wrap(std::move(alignment), pipeline->output).release();
  });
}

la_status la_align_files(const la_pipeline* pipeline, const char* first_path,
                         const char* second_path, la_alignment** out) {
  return guarded([&] {
    require(pipeline, "pipeline");
    require(first_path, "first_path");
    require(second_path, "second_path");
    require(out, "out");
    libalign::Alignment alignment = pipeline->pipeline.align_files(first_path, second_path);
    *out = wrap(std::move(alignment), pipeline->output).release();
  });
}

// NOLINTNEXTLINE(cppcoreguidelines-owning-memory): the C API hands out raw handles
void la_alignment_free(la_alignment* alignment) { delete alignment; }

size_t la_alignment_bead_count(const la_alignment* alignment) {
  return alignment == nullptr ? 0 : alignment->alignment.beads.size();
}

la_status la_alignment_bead(const la_alignment* alignment, size_t index, la_bead* out) {
  return guarded([&] {
    require(alignment, "alignment");
    require(out, "out");
    const libalign::Alignment& a = alignment->alignment;
    if (index >= a.beads.size())
      invalid(fmt::format("bead {} does not exist (there are {})", index, a.beads.size()));
    const libalign::Bead& bead = a.beads[index];
    const bool ru_first = a.first_is_russian();
    out->first_begin = ru_first ? bead.ru_begin : bead.en_begin;
    out->first_count = ru_first ? bead.ru_count : bead.en_count;
    out->second_begin = ru_first ? bead.en_begin : bead.ru_begin;
    out->second_count = ru_first ? bead.en_count : bead.ru_count;
    out->score = bead.score;
    out->first_text = alignment->first_texts[index].c_str();
    out->second_text = alignment->second_texts[index].c_str();
  });
}

const char* la_alignment_bead_text(const la_alignment* alignment, size_t index, la_side side) {
  if (alignment == nullptr || index >= alignment->first_texts.size()) return nullptr;
  if (side == LA_FIRST) return alignment->first_texts[index].c_str();
  if (side == LA_SECOND) return alignment->second_texts[index].c_str();
  return nullptr;
}

double la_alignment_bead_score(const la_alignment* alignment, size_t index) {
  if (alignment == nullptr || index >= alignment->alignment.beads.size()) return -1.0;
  return alignment->alignment.beads[index].score;
}

const char* la_alignment_language(const la_alignment* alignment, la_side side) {
  const libalign::Document* document = side_document(alignment, side);
  if (document == nullptr) return nullptr;
  return document->language == libalign::Language::kRussian ? "ru" : "en";
}

size_t la_alignment_sentence_count(const la_alignment* alignment, la_side side) {
  const libalign::Document* document = side_document(alignment, side);
  return document == nullptr ? 0 : document->sentences.size();
}

const char* la_alignment_sentence(const la_alignment* alignment, la_side side, size_t index) {
  const libalign::Document* document = side_document(alignment, side);
  if (document == nullptr || index >= document->sentences.size()) return nullptr;
  return (side == LA_FIRST ? alignment->first_sentences : alignment->second_sentences)[index]
      .c_str();
}

la_status la_alignment_write(const la_alignment* alignment, const char* path, const char* format,
                             const la_options* options) {
  return guarded([&] {
    require(alignment, "alignment");
    require(path, "path");
    require(format, "format");
    const libalign::Format parsed = libalign::parse_format(format);
    const libalign::OutputOptions& output =
        options != nullptr ? options->output : alignment->output;
    libalign::write_file_atomically(path, [&](std::ostream& out) {
      libalign::write_alignment(out, alignment->alignment, parsed, output);
    });
  });
}

la_status la_alignment_format(const la_alignment* alignment, const char* format,
                              const la_options* options, char** out, size_t* out_size) {
  return guarded([&] {
    require(alignment, "alignment");
    require(format, "format");
    require(out, "out");
    const std::string text = render(*alignment, format, options);
    // malloc, not new[]: la_free() is std::free, the allocator every FFI knows.
    // NOLINTNEXTLINE(cppcoreguidelines-owning-memory): the C API hands out raw handles
    char* copy = static_cast<char*>(std::malloc(text.size() + 1));
    if (copy == nullptr) throw std::bad_alloc();
    std::memcpy(copy, text.data(), text.size() + 1);
    *out = copy;
    if (out_size != nullptr) *out_size = text.size();
  });
}

}  // extern "C"
