// align_scale: time and peak memory of Aligner::align on a synthetic document pair of N
// sentences a side, built from the presplit dev pairs (news and Bible, cycled) with deletions
// (5% a side) and merges (10% of neighbouring pairs joined on one side), so that the search
// meets the 0:1, 1:0, 2:1 and 1:2 beads of real data. Run one size per process: peak memory
// (getrusage) only grows.
//
//   align_scale N [DEV_DIR]      DEV_DIR defaults to ../shared/data/align/dev
//
// Prints: sentences, wall and CPU seconds, sentences per CPU second, peak RSS, and the share of the
// known beads found exactly (the coarse-to-fine search must not lose accuracy at scale).
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "libalign/aligner.hpp"

namespace {

std::vector<std::string> read_lines(const std::filesystem::path& path) {
  std::vector<std::string> lines;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    if (line.find_first_not_of(" \t\r") != std::string::npos) lines.push_back(line);
  }
  return lines;
}

void add(libalign::Document& doc, const std::string& text, std::size_t paragraph) {
  const std::size_t begin = doc.text.size();
  doc.text += text;
  doc.sentences.push_back({{begin, doc.text.size()}, paragraph});
  doc.text += '\n';
}

}  // namespace

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  if (argc < 2) {
    std::cerr << "usage: align_scale N [DEV_DIR]\n";
    return 1;
  }
  const std::size_t target = std::stoul(argv[1]);
  const fs::path dev =
      argc > 2 ? fs::path(argv[2]) : fs::path(LIBALIGN_SHARED_DIR) / "data/align/dev";
  // 1:1 units from the sources whose gold is all 1:1.
  std::vector<std::pair<std::string, std::string>> units;
  for (const char* source : {"newstest", "bible"}) {
    if (!fs::is_directory(dev / source)) {
      std::cerr << "align_scale: " << (dev / source).string()
                << " is not a folder: the bench builds its pairs from the dev data\n";
      return 1;
    }
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(dev / source)) {
      if (e.path().string().ends_with(".ru.lines")) files.push_back(e.path());
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& ru : files) {
      std::string base = ru.string();
      base.resize(base.size() - std::string(".ru.lines").size());
      const auto r = read_lines(ru), e = read_lines(base + ".en.lines");
      for (std::size_t k = 0; k < std::min(r.size(), e.size()); ++k) units.emplace_back(r[k], e[k]);
    }
  }
  if (units.empty()) {
    std::cerr << "align_scale: no presplit pairs under " << dev << "\n";
    return 2;
  }

  libalign::Document ru, en;
  ru.language = libalign::Language::kRussian;
  en.language = libalign::Language::kEnglish;
  std::mt19937 rng(20250101);
  std::uniform_real_distribution<double> u(0.0, 1.0);
  std::uniform_int_distribution<int> paragraph_length(3, 8);
  std::size_t ru_par = 0, en_par = 0;
  int ru_left = paragraph_length(rng), en_left = paragraph_length(rng);
  std::set<std::pair<std::string, std::string>> gold;  // "i..:j.." keys of the true beads
  auto key = [](std::size_t i0, std::size_t i1, std::size_t j0, std::size_t j1) {
    return std::make_pair(std::to_string(i0) + "+" + std::to_string(i1 - i0),
                          std::to_string(j0) + "+" + std::to_string(j1 - j0));
  };
  for (std::size_t k = 0; ru.sentences.size() < target || en.sentences.size() < target; ++k) {
    const auto& [r, e] = units[k % units.size()];
    const auto& [r2, e2] = units[(k + 1) % units.size()];
    const std::size_t i0 = ru.sentences.size(), j0 = en.sentences.size();
    const double x = u(rng);
    if (x < 0.05) {
      add(ru, r, ru_par);  // English side deleted
    } else if (x < 0.10) {
      add(en, e, en_par);  // Russian side deleted
    } else if (x < 0.15) {
      add(ru, r, ru_par);  // two English segments merged
      add(ru, r2, ru_par);
      add(en, e + " " + e2, en_par);
      ++k;
    } else if (x < 0.20) {
      add(ru, r + " " + r2, ru_par);
      add(en, e, en_par);
      add(en, e2, en_par);
      ++k;
    } else {
      add(ru, r, ru_par);
      add(en, e, en_par);
    }
    const std::size_t i1 = ru.sentences.size(), j1 = en.sentences.size();
    if (i1 > i0 && j1 > j0) gold.insert(key(i0, i1, j0, j1));
    if (i1 > i0 && --ru_left <= 0) ru_left = paragraph_length(rng), ++ru_par;
    if (j1 > j0 && --en_left <= 0) en_left = paragraph_length(rng), ++en_par;
  }

  const libalign::Aligner aligner;  // loads the built-in lexicon before the clock starts
  // CPU time as well as wall time: the bench machine is often shared.
  auto cpu_now = [] {
    rusage r{};
    getrusage(RUSAGE_SELF, &r);
    return static_cast<double>(r.ru_utime.tv_sec) + static_cast<double>(r.ru_utime.tv_usec) * 1e-6;
  };
  const double cpu_start = cpu_now();
  const auto start = std::chrono::steady_clock::now();
  const std::vector<libalign::Bead> beads = aligner.align(ru, en);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const double cpu_seconds = cpu_now() - cpu_start;
  std::size_t found = 0;
  for (const auto& b : beads) {
    if (b.ru_count > 0 && b.en_count > 0 &&
        gold.count(key(b.ru_begin, b.ru_begin + b.ru_count, b.en_begin, b.en_begin + b.en_count))) {
      ++found;
    }
  }
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::cout << "sentences ru=" << ru.sentences.size() << " en=" << en.sentences.size()
            << " wall_seconds=" << seconds << " cpu_seconds=" << cpu_seconds
            << " sentences_per_cpu_second="
            << static_cast<double>(ru.sentences.size() + en.sentences.size()) / cpu_seconds
            << " peak_rss_mb=" << usage.ru_maxrss / 1024.0
            << " gold_beads_found=" << static_cast<double>(found) / static_cast<double>(gold.size())
            << "\n";
  return 0;
}
