// Speed of the read stage: decode + normalize (the hot path of every `align pair`), load_bytes()
// and the legacy-encoding path, on the scale novel repeated to about 20 MB.
//   build-X/bench/io_bench [--benchmark_filter=...]
#include <benchmark/benchmark.h>
#include <unicode/ucnv.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "libalign/io.hpp"

namespace {

std::string novel(const char* file, std::size_t target_bytes) {
  const std::filesystem::path path =
      std::filesystem::path(LIBALIGN_SHARED_DIR) / "data/scale" / file;
  std::string one = libalign::read_file(path);
  std::string text;
  text.reserve(target_bytes + one.size());
  while (text.size() < target_bytes) text += one;
  return text;
}

std::string to_charset(const std::string& utf8, const char* charset) {
  UErrorCode status = U_ZERO_ERROR;
  std::string out(utf8.size() * 2 + 16, '\0');
  const int32_t n = ucnv_convert(charset, "UTF-8", out.data(), static_cast<int32_t>(out.size()),
                                 utf8.data(), static_cast<int32_t>(utf8.size()), &status);
  if (U_FAILURE(status)) std::abort();
  out.resize(static_cast<std::size_t>(n));
  return out;
}

constexpr std::size_t kBytes = std::size_t{20} << 20;

const std::string& russian() {
  static const std::string text = novel("hero-of-our-time.ru.txt", kBytes);
  return text;
}
const std::string& english() {
  static const std::string text = novel("hero-of-our-time.en.txt", kBytes);
  return text;
}

void decode_normalize(benchmark::State& state, const std::string& bytes) {
  for (auto _ : state) {
    const libalign::Decoded decoded = libalign::decode(bytes, "bench");
    std::string text = libalign::normalize(decoded.utf8);
    benchmark::DoNotOptimize(text.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes.size()));
}

void BM_DecodeNormalizeRussianUtf8(benchmark::State& state) { decode_normalize(state, russian()); }
void BM_DecodeNormalizeEnglishUtf8(benchmark::State& state) { decode_normalize(state, english()); }
void BM_DecodeNormalizeRussianWindows1251(benchmark::State& state) {
  static const std::string bytes = to_charset(russian(), "windows-1251");
  decode_normalize(state, bytes);
}

void BM_LoadBytesRussian(benchmark::State& state) {
  for (auto _ : state) {
    libalign::Document document = libalign::load_bytes(russian(), "bench");
    benchmark::DoNotOptimize(document.paragraphs.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * russian().size()));
}

BENCHMARK(BM_DecodeNormalizeRussianUtf8)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DecodeNormalizeEnglishUtf8)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DecodeNormalizeRussianWindows1251)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LoadBytesRussian)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
  if (!std::filesystem::exists(std::filesystem::path(LIBALIGN_SHARED_DIR) / "data/scale")) {
    std::fprintf(stderr, "io_bench: %s/data/scale not found\n", LIBALIGN_SHARED_DIR);
    return 1;
  }
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
