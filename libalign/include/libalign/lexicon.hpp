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

  /// The built-in lexicon compiled from Mueller's English–Russian dictionary at build time
  /// (tools/make_lexicon). Looked up, first found wins: the file named by the environment
  /// variable LIBALIGN_LEXICON, the build tree, ${datadir}/libalign/ of the installation.
  /// Loaded once, on first use. Empty (and has_builtin() false) when none of them exists, e.g.
  /// the dictionary was not installed at build time; aligning still works, less accurately.
  [[nodiscard]] static const Lexicon& builtin();
  [[nodiscard]] static bool has_builtin() noexcept;

  /// Loads a user word list: UTF-8 TSV lines "russian<TAB>english" (words or phrases; '#'
  /// starts a comment line; blank lines are skipped; a file written English first is accepted).
  /// Words are stemmed on load; in a phrase pair every content word of one side is paired with
  /// every content word of the other. Throws Error{kNotFound} when the file cannot be opened and
  /// Error{kBadLexicon} ("words.tsv:12: ...") for a line without a tab, an empty side or bytes
  /// that are not UTF-8.
  [[nodiscard]] static Lexicon from_tsv(const std::filesystem::path& path);

  /// Adds a pair of words (stemmed here).
  void add_words(std::string_view russian, std::string_view english);
  /// Adds a pair of stems as given.
  void add_stems(std::string_view ru_stem, std::string_view en_stem);
  /// Adds every pair of `other`.
  void merge(const Lexicon& other);

  /// True when the stems are a known translation pair.
  [[nodiscard]] bool contains(std::string_view ru_stem, std::string_view en_stem) const;
  /// The English stems paired with `ru_stem` (empty when none). The views point into this
  /// Lexicon: valid while it lives and is not modified.
  [[nodiscard]] std::vector<std::string_view> translations(std::string_view ru_stem) const;
  [[nodiscard]] std::size_t size() const noexcept;

  class Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

/// The lowercase Snowball stem of one word in `language_code` "ru" or "en". Thread-safe.
[[nodiscard]] std::string stem(std::string_view word, std::string_view language_code);

}  // namespace libalign
