// Throughput of Segmenter::split against ICU's plain sentence BreakIterator on the same text, in
// the same run. Texts are read at run time from ../shared/data (the Lermontov novel pair and the
// dev news articles); a benchmark whose text is absent is skipped with a message.
//
//   build/bench/segment_bench [--benchmark_filter=...] [SHARED_DIR]
//
// Targets (issue 3): split() at most 2x the plain iterator's time, at least 10 MB/s per core.
#include <benchmark/benchmark.h>
#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "libalign/segmenter.hpp"

namespace {

namespace fs = std::filesystem;

fs::path g_shared_dir = LIBALIGN_SHARED_DIR;

std::string read_all(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return std::move(out).str();
}

// "novel": Lermontov (ru) and its 1912 translation (en). "news": every dev newstest article of
// the language, concatenated with blank lines (many short paragraphs, names, numbers).
const std::string& corpus(const std::string& kind, const std::string& lang) {
  static std::map<std::string, std::string> cache;
  const std::string key = kind + "." + lang;
  if (const auto it = cache.find(key); it != cache.end()) return it->second;
  std::string text;
  if (kind == "novel") {
    const auto path = g_shared_dir / "data" / "scale" / ("hero-of-our-time." + lang + ".txt");
    if (fs::exists(path)) text = read_all(path);
  } else {
    const auto dir = g_shared_dir / "data" / "align" / "dev" / "newstest";
    std::vector<fs::path> files;
    if (fs::is_directory(dir)) {
      for (const auto& entry : fs::directory_iterator(dir)) {
        if (entry.path().string().ends_with("." + lang + ".txt")) files.push_back(entry.path());
      }
    }
    std::sort(files.begin(), files.end());
    for (const auto& file : files) text += read_all(file) + "\n\n";
  }
  return cache.emplace(key, std::move(text)).first->second;
}

libalign::Language language_of(const std::string& lang) {
  return lang == "ru" ? libalign::Language::kRussian : libalign::Language::kEnglish;
}

// ICU alone: the sentence iterator over the UTF-8 text in place, all boundaries visited.
void icu_plain(benchmark::State& state, const std::string& kind, const std::string& lang) {
  const std::string& text = corpus(kind, lang);
  if (text.empty()) {
    state.SkipWithError("text not found under the shared data directory");
    return;
  }
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> iterator(icu::BreakIterator::createSentenceInstance(
      icu::Locale(lang == "ru" ? "ru" : "en_US"), status));
  std::size_t sentences = 0;
  for (auto _ : state) {
    UText utext = UTEXT_INITIALIZER;
    utext_openUTF8(&utext, text.data(), static_cast<int64_t>(text.size()), &status);
    iterator->setText(&utext, status);
    for (int32_t b = iterator->first(); b != icu::BreakIterator::DONE; b = iterator->next()) {
      ++sentences;
    }
    utext_close(&utext);
    benchmark::DoNotOptimize(sentences);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.counters["sentences"] =
      benchmark::Counter(static_cast<double>(sentences) / static_cast<double>(state.iterations()));
}

// The segmenter: line blocks, ICU, the rule table.
void segmenter_split(benchmark::State& state, const std::string& kind, const std::string& lang) {
  const std::string& text = corpus(kind, lang);
  if (text.empty()) {
    state.SkipWithError("text not found under the shared data directory");
    return;
  }
  const auto segmenter = libalign::Segmenter::builtin(language_of(lang));
  std::size_t sentences = 0;
  for (auto _ : state) {
    const auto ranges = segmenter.split(text);
    sentences += ranges.size();
    benchmark::DoNotOptimize(ranges.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.counters["sentences"] =
      benchmark::Counter(static_cast<double>(sentences) / static_cast<double>(state.iterations()));
}

// The built-in rules loaded from their SRX form: what a translator's --srx file costs.
void srx_split(benchmark::State& state, const std::string& kind, const std::string& lang) {
  const std::string& text = corpus(kind, lang);
  if (text.empty()) {
    state.SkipWithError("text not found under the shared data directory");
    return;
  }
  const auto segmenter =
      libalign::Segmenter::from_srx_text(libalign::builtin_srx(), "builtin.srx", language_of(lang));
  for (auto _ : state) benchmark::DoNotOptimize(segmenter.split(text).data());
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}

void register_all() {
  for (const std::string kind : {"novel", "news"}) {
    for (const std::string lang : {"ru", "en"}) {
      const std::string suffix = "/" + kind + "." + lang;
      benchmark::RegisterBenchmark(("IcuPlain" + suffix).c_str(), icu_plain, kind, lang)
          ->Unit(benchmark::kMillisecond);
      benchmark::RegisterBenchmark(("SegmenterSplit" + suffix).c_str(), segmenter_split, kind, lang)
          ->Unit(benchmark::kMillisecond);
      benchmark::RegisterBenchmark(("SrxSplit" + suffix).c_str(), srx_split, kind, lang)
          ->Unit(benchmark::kMillisecond);
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (argc > 1) g_shared_dir = argv[1];
  register_all();
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
