// segment/builtin_rules.hpp — the built-in segmentation rules: ICU's sentence iterator proposes,
// an ordered rule table over the context of each possible stop decides.
//
// A *stop* is a run of terminal punctuation (. ! ? … and closing quotes/brackets after it)
// followed by whitespace. For each stop the engine describes what is on its left (the word
// before the run: an abbreviation? an initial? a list number?) and on its right (the next word:
// capitalized? lowercase? after a dialogue dash?), then the first row of the rule table whose
// left and right conditions both hold decides. Where no row holds, ICU's decision stands (ICU
// runs over a block only when some stop in it is left to it).
// Besides stops, a bullet or the next number of a list that opens the block starts a sentence.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "libalign/document.hpp"
#include "segment/language_data.hpp"
#include "segment/rule_set.hpp"

namespace libalign::detail {

class BuiltinRules final : public RuleSet {
 public:
  explicit BuiltinRules(Language language);
  void find_breaks(std::string_view block, std::vector<std::size_t>& ends) const override;
  [[nodiscard]] const LanguageData& data() const noexcept { return data_; }

 private:
  Language language_;
  std::uint8_t language_mask_;
  LanguageData data_;
};

}  // namespace libalign::detail
