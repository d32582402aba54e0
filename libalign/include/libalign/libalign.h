/* libalign/libalign.h — the C API of libalign, for C programs and for bindings (Python ctypes,
 * Java JNA, .NET P/Invoke, ...).
 *
 * Usage:
 *
 *   la_pipeline* pipeline = NULL;
 *   la_alignment* alignment = NULL;
 *   if (la_pipeline_new(NULL, &pipeline) != LA_OK ||
 *       la_align_texts(pipeline, ru_text, LA_NUL_TERMINATED, en_text, LA_NUL_TERMINATED,
 *                      &alignment) != LA_OK) {
 *     fprintf(stderr, "align: %s\n", la_last_error());
 *   } else {
 *     for (size_t i = 0; i < la_alignment_bead_count(alignment); ++i) {
 *       la_bead bead;
 *       la_alignment_bead(alignment, i, &bead);
 *       if (bead.first_count > 0 && bead.second_count > 0)
 *         printf("%.4f\t%s\t%s\n", bead.score, bead.first_text, bead.second_text);
 *     }
 *     la_alignment_write(alignment, "out.tmx", "tmx", NULL);
 *   }
 *   la_alignment_free(alignment);
 *   la_pipeline_free(pipeline);
 *
 * Conventions:
 *   - All text is UTF-8, in and out. Input documents may also be UTF-16 with a BOM,
 *     windows-1251 or KOI8-R (detected as for files).
 *   - Functions that can fail return an la_status; LA_OK is 0. On failure, la_last_error()
 *     gives a one-line message naming the file and the problem. Out-parameters are set only
 *     on success. No C++ exception ever crosses this boundary.
 *   - "first"/"second" are the two documents in the order the caller gave them, whichever
 *     language each is in (the languages are detected; see la_alignment_language()).
 *   - Strings returned as `const char*` belong to the handle they came from and stay valid
 *     until it is freed. Strings returned through `char**` are the caller's: la_free() them.
 *   - Every *_free() function accepts NULL.
 *   - Threads: an la_pipeline and an la_alignment are immutable once created, so any number
 *     of threads may use one at the same time. An la_options must not be changed while
 *     another thread uses it.
 */
#ifndef LIBALIGN_LIBALIGN_H_
#define LIBALIGN_LIBALIGN_H_

#include <stddef.h>

#if defined(_WIN32)
#if defined(LIBALIGN_BUILDING_SHARED)
#define LA_API __declspec(dllexport)
#elif defined(LIBALIGN_USING_SHARED)
#define LA_API __declspec(dllimport)
#else
#define LA_API
#endif
#else
#define LA_API __attribute__((visibility("default")))
#endif

#ifdef __cplusplus
extern "C" {
#endif

/** Result of every fallible call. The numbers are part of the ABI and never change. */
typedef enum la_status {
  LA_OK = 0,
  LA_ERROR_NOT_FOUND = 1,         /**< an input path does not exist */
  LA_ERROR_NOT_A_FILE = 2,        /**< an input path is a directory or special file */
  LA_ERROR_UNREADABLE = 3,        /**< a file exists but could not be read */
  LA_ERROR_EMPTY = 4,             /**< a document has no text */
  LA_ERROR_DECODE = 5,            /**< bytes that are not text in a supported encoding */
  LA_ERROR_LANGUAGE = 6,          /**< language unknown, or both documents in one language */
  LA_ERROR_BAD_SRX = 7,           /**< a malformed SRX rules file */
  LA_ERROR_BAD_TMX = 8,           /**< a malformed TMX file */
  LA_ERROR_BAD_LEXICON = 9,       /**< a malformed lexicon file */
  LA_ERROR_WRITE = 10,            /**< an output file could not be written */
  LA_ERROR_INVALID_ARGUMENT = 11, /**< a NULL handle, an unknown option, a bad value, ... */
  LA_ERROR_OUT_OF_MEMORY = 12,
  LA_ERROR_INTERNAL = 13 /**< a bug in libalign; the message says more */
} la_status;

/** The two documents of an alignment, in the caller's order. */
typedef enum la_side { LA_FIRST = 0, LA_SECOND = 1 } la_side;

/** Pass as a size to mean "the string is NUL-terminated". */
#define LA_NUL_TERMINATED ((size_t)-1)

/** Options for a pipeline and for writing (opaque; see la_options_set()). */
typedef struct la_options la_options;
/** Reads, segments and aligns document pairs (opaque). */
typedef struct la_pipeline la_pipeline;
/** Two segmented documents and their beads (opaque). */
typedef struct la_alignment la_alignment;

/** One bead: sentences [first_begin, first_begin + first_count) of the first document
 *  aligned with [second_begin, second_begin + second_count) of the second. One side may be
 *  empty (text present on one side only). */
typedef struct la_bead {
  size_t first_begin;
  size_t first_count;
  size_t second_begin;
  size_t second_count;
  double score;            /**< confidence in [0, 1]; 0 for one-sided beads */
  const char* first_text;  /**< the first side's sentences joined by a space; "" if none */
  const char* second_text; /**< the same for the second side */
} la_bead;

/** The library version, e.g. "0.1.0". Never fails. */
LA_API const char* la_version(void);

/** The message of the most recent failed call on this thread ("" if none). Valid until the
 *  next failing call on this thread. */
LA_API const char* la_last_error(void);

/** Frees a string returned through a `char**` out-parameter. NULL is fine. */
LA_API void la_free(void* pointer);

/* ---- Options -------------------------------------------------------------------------- */

/** New options with the defaults of `align pair`. Returns NULL only when out of memory. */
LA_API la_options* la_options_new(void);
LA_API void la_options_free(la_options* options);

/** Sets one option from a string (booleans: "1"/"0", "true"/"false", "yes"/"no").
 *  Reading and alignment (used by la_pipeline_new()):
 *    "presplit"        each non-empty line is one sentence (default "0")
 *    "paragraphs"      "blank" (paragraphs end at blank lines, default) or "line"
 *    "srx"             segment with this SRX 2.0 file instead of the built-in rules
 *    "lexicon"         extra word pairs: a UTF-8 TSV file of russian<TAB>english
 *    "learn_lexicon"   learn word pairs from the pair and align again (default "1")
 *  Output (used when writing):
 *    "langs"           xml:lang codes, Russian first: "ru-RU,en-US" (default "ru,en")
 *    "srclang"         TMX source language "ru" or "en" (default: the first document's)
 *    "bidirectional"   srclang="*all*" (default "0")
 *    "props"           score, bead type and document names as <prop>s (default "1")
 *    "min_score"       leave out pairs scored below this, 0..1 (default "0")
 *    "tuids"           number the TUs (default "1")
 *    "segtype"         header segtype: "auto" (default; "paragraph" when some TU holds
 *                      several sentences, else "sentence"), "sentence" or "paragraph"
 *    "creation_date"   YYYYMMDDThhmmssZ (default: now, UTC)
 *    "creation_id"     TMX creationid (default: none)
 *  Returns LA_ERROR_INVALID_ARGUMENT for an unknown key or a bad value. */
LA_API la_status la_options_set(la_options* options, const char* key, const char* value);

/* ---- Pipeline ------------------------------------------------------------------------- */

/** Creates a pipeline. `options` may be NULL (defaults); it is copied, so it can be freed
 *  afterwards. Fails with LA_ERROR_BAD_SRX / LA_ERROR_BAD_LEXICON / LA_ERROR_NOT_FOUND for
 *  unusable "srx" or "lexicon" files. */
LA_API la_status la_pipeline_new(const la_options* options, la_pipeline** out);
LA_API void la_pipeline_free(la_pipeline* pipeline);

/** Aligns two documents given as bytes (`size` may be LA_NUL_TERMINATED). The documents'
 *  languages are detected: one must be Russian and the other English, in either order. */
LA_API la_status la_align_texts(const la_pipeline* pipeline, const char* first, size_t first_size,
                                const char* second, size_t second_size, la_alignment** out);

/** Aligns two files (paths in UTF-8). */
LA_API la_status la_align_files(const la_pipeline* pipeline, const char* first_path,
                                const char* second_path, la_alignment** out);

LA_API void la_alignment_free(la_alignment* alignment);

/* ---- Results -------------------------------------------------------------------------- */

/** Number of beads; together they cover every sentence of both documents once, in order.
 *  0 for NULL. */
LA_API size_t la_alignment_bead_count(const la_alignment* alignment);

/** Copies bead `index` into `*out`. LA_ERROR_INVALID_ARGUMENT when out of range. */
LA_API la_status la_alignment_bead(const la_alignment* alignment, size_t index, la_bead* out);

/** Convenience accessors for bindings that dislike structs; NULL / -1.0 when out of range. */
LA_API const char* la_alignment_bead_text(const la_alignment* alignment, size_t index,
                                          la_side side);
LA_API double la_alignment_bead_score(const la_alignment* alignment, size_t index);

/** "ru" or "en": the detected language of one side. NULL for a NULL handle. */
LA_API const char* la_alignment_language(const la_alignment* alignment, la_side side);

/** The sentences of one side. */
LA_API size_t la_alignment_sentence_count(const la_alignment* alignment, la_side side);
LA_API const char* la_alignment_sentence(const la_alignment* alignment, la_side side, size_t index);

/* ---- Output --------------------------------------------------------------------------- */

/** Writes the alignment to `path` in `format` ("tmx", "tsv", "jsonl", "beads" or "html"),
 *  atomically: the file appears complete or not at all. `options` may be NULL (the options
 *  of the pipeline that made the alignment). */
LA_API la_status la_alignment_write(const la_alignment* alignment, const char* path,
                                    const char* format, const la_options* options);

/** The same output as a NUL-terminated string in `*out` (free it with la_free()); its
 *  length without the NUL goes to `*out_size` when that is not NULL. */
LA_API la_status la_alignment_format(const la_alignment* alignment, const char* format,
                                     const la_options* options, char** out, size_t* out_size);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* LIBALIGN_LIBALIGN_H_ */
