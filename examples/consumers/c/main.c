/* Aligns a short Russian text with its English translation through the C API of an installed
 * libalign and prints the aligned pairs. Build with pkg-config:
 *
 *   cc -std=c11 main.c $(pkg-config --cflags --libs libalign) -o align_pairs
 *
 * (or `make`; set PKG_CONFIG_PATH=PREFIX/lib/pkgconfig for a non-system prefix, and
 * LD_LIBRARY_PATH=PREFIX/lib to run it from there). */
#include <libalign/libalign.h>
#include <stdio.h>

int main(void) {
  const char* russian =
      "Вчера в Москве прошёл сильный дождь. Улицы города затопило.\n\n"
      "Мэр заявил, что ущерб составит 5 миллионов рублей.";
  const char* english =
      "Heavy rain fell in Moscow yesterday. The city streets were flooded.\n\n"
      "The mayor said the damage would amount to 5 million roubles.";

  la_pipeline* pipeline = NULL;
  la_alignment* alignment = NULL;
  if (la_pipeline_new(NULL, &pipeline) != LA_OK ||
      la_align_texts(pipeline, russian, LA_NUL_TERMINATED, english, LA_NUL_TERMINATED,
                     &alignment) != LA_OK) {
    fprintf(stderr, "align_pairs: %s\n", la_last_error());
    la_pipeline_free(pipeline);
    return 1;
  }
  printf("libalign %s: %zu beads\n", la_version(), la_alignment_bead_count(alignment));
  for (size_t i = 0; i < la_alignment_bead_count(alignment); ++i) {
    la_bead bead;
    if (la_alignment_bead(alignment, i, &bead) != LA_OK) continue;
    if (bead.first_count > 0 && bead.second_count > 0)
      printf("%.4f\t%s\t%s\n", bead.score, bead.first_text, bead.second_text);
  }
  la_alignment_free(alignment);
  la_pipeline_free(pipeline);
  return 0;
}
