// Aligns a short Russian text with its English translation through the C++ API of an installed
// libalign and prints the aligned pairs, then the TMX.
#include <iostream>
#include <libalign/error.hpp>
#include <libalign/output.hpp>
#include <libalign/pipeline.hpp>

int main() {
  const char* russian =
      "Вчера в Москве прошёл сильный дождь. Улицы города затопило.\n\n"
      "Мэр заявил, что ущерб составит 5 миллионов рублей.";
  const char* english =
      "Heavy rain fell in Moscow yesterday. The city streets were flooded.\n\n"
      "The mayor said the damage would amount to 5 million roubles.";
  try {
    const libalign::Pipeline pipeline;
    const libalign::Alignment alignment =
        pipeline.align_texts(russian, "ru.txt", english, "en.txt");
    std::cout << "libalign " << libalign::version() << ": " << alignment.beads.size() << " beads\n";
    for (const libalign::Bead& bead : alignment.beads) {
      if (bead.ru_count == 0 || bead.en_count == 0) continue;
      std::cout << bead.type() << "  " << bead.score << "\n  ru: " << bead.ru_text(alignment.ru())
                << "\n  en: " << bead.en_text(alignment.en()) << "\n";
    }
    libalign::OutputOptions options;
    options.creation_date = "20250101T000000Z";
    libalign::write_alignment(std::cout, alignment, libalign::Format::kTmx, options);
  } catch (const libalign::Error& e) {
    std::cerr << "align_pairs: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
