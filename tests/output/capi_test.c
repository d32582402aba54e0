/* Tests of the C API, written in C11 and using nothing but libalign.h: what a C program or an
 * FFI binding sees. Exit status 0 when every check passed; each failure is printed. */
#include <libalign/libalign.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int failures = 0;

#define CHECK(condition)                                                                \
  do {                                                                                  \
    if (!(condition)) {                                                                 \
      fprintf(stderr, "%s:%d: CHECK failed: %s (last error: %s)\n", __FILE__, __LINE__, \
              #condition, la_last_error());                                             \
      ++failures;                                                                       \
    }                                                                                   \
  } while (0)

static const char kRussian[] =
    "Вчера в Москве прошёл сильный дождь. Улицы города затопило.\n\n"
    "Мэр города заявил, что ущерб составит 5 миллионов рублей. Ремонт начнётся в понедельник.";
static const char kEnglish[] =
    "Heavy rain fell in Moscow yesterday. The city streets were flooded.\n\n"
    "The mayor said the damage would amount to 5 million roubles. Repairs will begin on "
    "Monday.";

static int contains(const char* haystack, const char* needle) {
  return haystack != NULL && strstr(haystack, needle) != NULL;
}

static void test_version(void) {
  CHECK(la_version() != NULL && strlen(la_version()) > 0);
  CHECK(strcmp(la_last_error(), "") == 0);
}

static void test_align_texts_english_first(void) {
  la_pipeline* pipeline = NULL;
  la_alignment* alignment = NULL;
  CHECK(la_pipeline_new(NULL, &pipeline) == LA_OK);
  CHECK(la_align_texts(pipeline, kEnglish, LA_NUL_TERMINATED, kRussian, strlen(kRussian),
                       &alignment) == LA_OK);
  if (alignment == NULL) {
    la_pipeline_free(pipeline);
    return;
  }
  CHECK(strcmp(la_alignment_language(alignment, LA_FIRST), "en") == 0);
  CHECK(strcmp(la_alignment_language(alignment, LA_SECOND), "ru") == 0);
  const size_t first_sentences = la_alignment_sentence_count(alignment, LA_FIRST);
  const size_t second_sentences = la_alignment_sentence_count(alignment, LA_SECOND);
  CHECK(first_sentences == 4);
  CHECK(second_sentences == 4);
  CHECK(strcmp(la_alignment_sentence(alignment, LA_FIRST, 0),
               "Heavy rain fell in Moscow yesterday.") == 0);
  CHECK(la_alignment_sentence(alignment, LA_FIRST, 99) == NULL);

  /* The beads cover every sentence of both sides once, in order. */
  size_t next_first = 0, next_second = 0, pairs = 0;
  const size_t count = la_alignment_bead_count(alignment);
  CHECK(count > 0);
  for (size_t i = 0; i < count; ++i) {
    la_bead bead;
    CHECK(la_alignment_bead(alignment, i, &bead) == LA_OK);
    CHECK(bead.first_begin == next_first);
    CHECK(bead.second_begin == next_second);
    next_first += bead.first_count;
    next_second += bead.second_count;
    CHECK(bead.score >= 0.0 && bead.score <= 1.0);
    CHECK(la_alignment_bead_score(alignment, i) == bead.score);
    CHECK(strcmp(la_alignment_bead_text(alignment, i, LA_FIRST), bead.first_text) == 0);
    if (bead.first_count > 0 && bead.second_count > 0) {
      ++pairs;
      CHECK(strlen(bead.first_text) > 0 && strlen(bead.second_text) > 0);
    }
  }
  CHECK(next_first == first_sentences);
  CHECK(next_second == second_sentences);
  CHECK(pairs >= 3);
  la_bead unused;
  CHECK(la_alignment_bead(alignment, count, &unused) == LA_ERROR_INVALID_ARGUMENT);
  CHECK(contains(la_last_error(), "does not exist"));
  CHECK(la_alignment_bead_text(alignment, count, LA_FIRST) == NULL);
  CHECK(la_alignment_bead_score(alignment, count) == -1.0);

  /* The first bead pairs the first sentences, English first. */
  la_bead first;
  CHECK(la_alignment_bead(alignment, 0, &first) == LA_OK);
  CHECK(contains(first.first_text, "Heavy rain"));
  CHECK(contains(first.second_text, "дождь"));

  char* text = NULL;
  size_t size = 0;
  CHECK(la_alignment_format(alignment, "tmx", NULL, &text, &size) == LA_OK);
  CHECK(contains(text, "<tmx version=\"1.4\">"));
  CHECK(contains(text, "srclang=\"en\""));
  CHECK(text != NULL && strlen(text) == size);
  la_free(text);

  la_options* options = la_options_new();
  CHECK(options != NULL);
  CHECK(la_options_set(options, "langs", "ru-RU,en-US") == LA_OK);
  CHECK(la_options_set(options, "srclang", "ru") == LA_OK);
  CHECK(la_options_set(options, "props", "false") == LA_OK);
  CHECK(la_options_set(options, "creation_date", "20250101T000000Z") == LA_OK);
  text = NULL;
  CHECK(la_alignment_format(alignment, "tmx", options, &text, NULL) == LA_OK);
  CHECK(contains(text, "srclang=\"ru-RU\""));
  CHECK(contains(text, "creationdate=\"20250101T000000Z\""));
  CHECK(!contains(text, "<prop"));
  la_free(text);

  text = NULL;
  CHECK(la_alignment_format(alignment, "beads", NULL, &text, NULL) == LA_OK);
  CHECK(text != NULL && strncmp(text, "[0]:[0]\n", 8) == 0);
  la_free(text);
  text = NULL;
  CHECK(la_alignment_format(alignment, "tsv", NULL, &text, NULL) == LA_OK);
  CHECK(contains(text, "Heavy rain fell in Moscow yesterday.\tВчера в Москве"));
  la_free(text);
  text = NULL;
  CHECK(la_alignment_format(alignment, "docx", NULL, &text, NULL) == LA_ERROR_INVALID_ARGUMENT);
  CHECK(text == NULL);
  CHECK(contains(la_last_error(), "docx"));

  /* Writing a file: complete, and a clear error for a directory that does not exist. */
  char path[256];
  snprintf(path, sizeof path, "/tmp/capi_test_%ld.tmx", (long)getpid());
  CHECK(la_alignment_write(alignment, path, "tmx", options) == LA_OK);
  FILE* file = fopen(path, "rb");
  CHECK(file != NULL);
  if (file != NULL) {
    char head[64] = {0};
    CHECK(fread(head, 1, sizeof head - 1, file) > 0);
    CHECK(strncmp(head, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>", 38) == 0);
    fclose(file);
  }
  remove(path);
  CHECK(la_alignment_write(alignment, "/no/such/dir/out.tmx", "tmx", NULL) == LA_ERROR_WRITE);
  CHECK(contains(la_last_error(), "/no/such/dir/out.tmx: cannot write"));

  la_options_free(options);
  la_alignment_free(alignment);
  la_pipeline_free(pipeline);
}

static void test_errors(void) {
  la_pipeline* pipeline = NULL;
  la_alignment* alignment = NULL;
  CHECK(la_pipeline_new(NULL, NULL) == LA_ERROR_INVALID_ARGUMENT);
  CHECK(la_align_texts(NULL, "a", 1, "b", 1, &alignment) == LA_ERROR_INVALID_ARGUMENT);
  CHECK(contains(la_last_error(), "pipeline is NULL"));
  CHECK(alignment == NULL);

  CHECK(la_pipeline_new(NULL, &pipeline) == LA_OK);
  CHECK(la_align_texts(pipeline, kRussian, LA_NUL_TERMINATED, kRussian, LA_NUL_TERMINATED,
                       &alignment) == LA_ERROR_LANGUAGE);
  CHECK(alignment == NULL);
  CHECK(contains(la_last_error(), "Russian"));
  CHECK(la_align_texts(pipeline, "", 0, kEnglish, LA_NUL_TERMINATED, &alignment) == LA_ERROR_EMPTY);
  CHECK(la_align_files(pipeline, "/no/such/file.ru.txt", "/no/such/file.en.txt", &alignment) ==
        LA_ERROR_NOT_FOUND);
  CHECK(contains(la_last_error(), "/no/such/file."));
  CHECK(contains(la_last_error(), "no such file"));
  CHECK(alignment == NULL);
  la_pipeline_free(pipeline);

  la_options* options = la_options_new();
  CHECK(la_options_set(options, "no_such_option", "1") == LA_ERROR_INVALID_ARGUMENT);
  CHECK(contains(la_last_error(), "no_such_option"));
  CHECK(la_options_set(options, "min_score", "1.5") == LA_ERROR_INVALID_ARGUMENT);
  CHECK(la_options_set(options, "min_score", "abc") == LA_ERROR_INVALID_ARGUMENT);
  CHECK(la_options_set(options, "presplit", "maybe") == LA_ERROR_INVALID_ARGUMENT);
  CHECK(la_options_set(options, "srclang", "de") == LA_ERROR_INVALID_ARGUMENT);
  CHECK(la_options_set(options, "creation_date", "2025-01-01") == LA_ERROR_INVALID_ARGUMENT);
  CHECK(la_options_set(options, "min_score", "0.5") == LA_OK);
  CHECK(la_options_set(options, "lexicon", "/no/such/lexicon.tsv") == LA_OK);
  pipeline = NULL;
  CHECK(la_pipeline_new(options, &pipeline) != LA_OK);
  CHECK(pipeline == NULL);
  CHECK(contains(la_last_error(), "/no/such/lexicon.tsv"));
  la_options_free(options);

  /* NULL is fine for every *_free and harmless for the queries. */
  la_options_free(NULL);
  la_pipeline_free(NULL);
  la_alignment_free(NULL);
  la_free(NULL);
  CHECK(la_alignment_bead_count(NULL) == 0);
  CHECK(la_alignment_language(NULL, LA_FIRST) == NULL);
}

static void test_presplit_option(void) {
  la_options* options = la_options_new();
  CHECK(la_options_set(options, "presplit", "1") == LA_OK);
  la_pipeline* pipeline = NULL;
  CHECK(la_pipeline_new(options, &pipeline) == LA_OK);
  la_options_free(options);
  la_alignment* alignment = NULL;
  CHECK(la_align_texts(pipeline, "Один. Два.\nТри.\n", LA_NUL_TERMINATED, "One. Two.\nThree.\n",
                       LA_NUL_TERMINATED, &alignment) == LA_OK);
  CHECK(la_alignment_sentence_count(alignment, LA_FIRST) == 2);
  CHECK(la_alignment_sentence_count(alignment, LA_SECOND) == 2);
  la_alignment_free(alignment);
  la_pipeline_free(pipeline);
}

int main(void) {
  test_version();
  test_align_texts_english_first();
  test_errors();
  test_presplit_option();
  if (failures > 0) {
    fprintf(stderr, "%d check(s) failed\n", failures);
    return 1;
  }
  printf("capi_test: all checks passed\n");
  return 0;
}
