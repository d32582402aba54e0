// segment/segmenter_impl.hpp — what a Segmenter holds.
#pragma once

#include <memory>

#include "libalign/segmenter.hpp"
#include "segment/rule_set.hpp"

namespace libalign {

class Segmenter::Impl {
 public:
  Impl(Language language, std::unique_ptr<const detail::RuleSet> rules)
      : language(language), rules(std::move(rules)) {}
  Language language;
  std::unique_ptr<const detail::RuleSet> rules;
};

}  // namespace libalign
