// libalign/lexicon.hpp — a bilingual stem-pair lexicon.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace libalign {

/// A set of (Russian stem, English stem) pairs: "these words can translate each other".
/// Stems are lowercase Snowball stems (see stem()). Immutable after construction except
/// through add()/merge(); share one instance read-only across threads.
class Lexicon {
 public:
  Lexicon();
  ~Lexicon();
  Lexicon(Lexicon&&) noexcept;
  Lexicon& operator=(Lexicon&&) noexcept;
  Lexicon(const Lexicon&);
  Lexicon& operator=(const Lexicon&);

  /// The built-in lexicon compiled from Mueller's English–Russian dictionary at build time.
  /// Empty (and has_builtin() false) when the dictionary was not installed at build time.
  [[nodiscard]] static const Lexicon& builtin();
  [[nodiscard]] static bool has_builtin() noexcept;

  /// Loads a user word list: UTF-8 TSV lines "russian<TAB>english" (words or phrases; '#'
  /// starts a comment line). Words are stemmed on load. Throws Error{kBadLexicon} naming the
  /// file and line.
  [[nodiscard]] static Lexicon from_tsv(const std::filesystem::path& path);

  /// Adds a pair of words (stemmed here).
  void add_words(std::string_view russian, std::string_view english);
  /// Adds a pair of stems as given.
  void add_stems(std::string_view ru_stem, std::string_view en_stem);
  /// Adds every pair of `other`.
  void merge(const Lexicon& other);

  /// True when the stems are a known translation pair.
  [[nodiscard]] bool contains(std::string_view ru_stem, std::string_view en_stem) const;
  [[nodiscard]] std::size_t size() const noexcept;

  class Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

/// The lowercase Snowball stem of one word in `language_code` "ru" or "en". Thread-safe.
[[nodiscard]] std::string stem(std::string_view word, std::string_view language_code);

}  // namespace libalign
