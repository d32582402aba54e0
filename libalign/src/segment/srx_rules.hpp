// segment/srx_rules.hpp — SRX 2.0 (and 1.0) segmentation rules applied through ICU regex.
//
// Semantics, as in the SRX 2.0 specification and the CAT tools that use it: the rules of the
// language rules that the maprules select for the language are tried in document order; at a
// position between two characters the first rule whose <beforebreak> matches text ending there
// and whose <afterbreak> matches text starting there decides: break="yes" breaks, break="no"
// does not. Where no rule matches there is no break. With cascade="yes" in the header, every
// matching <languagemap> contributes its rules in order; otherwise only the first does.
// <beforebreak> is searched left to right like Java's Matcher.find(), so overlapping matches of
// one rule are not all seen (as in Okapi and OmegaT).
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "libalign/document.hpp"
#include "segment/rule_set.hpp"

namespace libalign::detail {

/// Reads an SRX file. Throws Error{kNotFound}, Error{kNotAFile} or Error{kUnreadable}.
[[nodiscard]] std::string read_srx_file(const std::filesystem::path& path);

/// Parses an SRX document and compiles the rules for `language`. `name` (a file name) starts
/// every message. Throws Error{kBadSrx} for XML that is not well formed, a document that is not
/// SRX, an invalid regular expression (naming the rule and the pattern), a languagemap naming a
/// missing languagerule, or no languagerule for the language.
[[nodiscard]] std::unique_ptr<const RuleSet> load_srx(std::string_view srx, std::string_view name,
                                                      Language language);

}  // namespace libalign::detail
