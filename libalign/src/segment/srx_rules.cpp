#include "segment/srx_rules.hpp"

#include <fmt/format.h>
#include <unicode/regex.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>

#include <climits>
#include <fstream>
#include <pugixml.hpp>
#include <sstream>
#include <system_error>
#include <vector>

#include "libalign/error.hpp"
#include "segment/text_scan.hpp"

namespace libalign::detail {
namespace {

// A user's pattern can backtrack catastrophically ("(a+)+b"); ICU stops a match after about this
// many steps (roughly milliseconds) and the rule is then skipped for the block.
constexpr int32_t kRegexTimeLimit = 2000;

std::unique_ptr<icu::RegexMatcher> make_matcher(const icu::RegexPattern& pattern,
                                                const icu::UnicodeString& text) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::RegexMatcher> matcher(pattern.matcher(text, status));
  if (U_FAILURE(status)) return nullptr;
  matcher->setTimeLimit(kRegexTimeLimit, status);
  return matcher;
}

struct CompiledRule {
  bool is_break = true;
  std::unique_ptr<icu::RegexPattern> before;  // null: matches the empty string
  std::unique_ptr<icu::RegexPattern> after;
};

class SrxRules final : public RuleSet {
 public:
  explicit SrxRules(std::vector<CompiledRule> rules) : rules_(std::move(rules)) {}
  void find_breaks(std::string_view block, std::vector<std::size_t>& ends) const override;

 private:
  std::vector<CompiledRule> rules_;
};

// The block as UTF-16 for ICU, and where each UTF-16 index starts in the UTF-8 bytes.
struct Utf16Text {
  icu::UnicodeString text;
  std::vector<std::size_t> to_utf8;  // size text.length() + 1
};

Utf16Text to_utf16(std::string_view block) {
  Utf16Text out;
  out.to_utf8.reserve(block.size() + 1);
  for (std::size_t i = 0; i < block.size();) {
    const auto cp = next_cp(block, i);
    out.text.append(static_cast<UChar32>(cp.c));
    out.to_utf8.push_back(cp.begin);
    if (U16_LENGTH(cp.c) == 2) out.to_utf8.push_back(cp.begin);
    i = cp.end;
  }
  out.to_utf8.push_back(block.size());
  return out;
}

void SrxRules::find_breaks(std::string_view block, std::vector<std::size_t>& ends) const {
  if (block.empty() || rules_.empty()) return;
  const Utf16Text u = to_utf16(block);
  const int32_t length = u.text.length();
  // decision[p]: the index of the first rule that matches at UTF-16 position p.
  std::vector<int32_t> decision(static_cast<std::size_t>(length) + 1, INT32_MAX);
  for (std::size_t r = 0; r < rules_.size(); ++r) {
    const auto& rule = rules_[r];
    const auto index = static_cast<int32_t>(r);
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::RegexMatcher> after;
    if (rule.after) {
      after = make_matcher(*rule.after, u.text);
      if (!after) continue;
      after->useTransparentBounds(true);
      after->useAnchoringBounds(false);
    }
    auto after_matches = [&](int32_t pos) {
      if (!after) return true;
      UErrorCode st = U_ZERO_ERROR;
      after->region(pos, length, st);
      return U_SUCCESS(st) && after->lookingAt(st) && U_SUCCESS(st);
    };
    auto record = [&](int32_t pos) {
      if (pos <= 0 || pos >= length) return;
      auto& slot = decision[static_cast<std::size_t>(pos)];
      if (slot > index && after_matches(pos)) slot = index;
    };
    if (rule.before) {
      const auto before = make_matcher(*rule.before, u.text);
      if (!before) continue;
      while (before->find(status) && U_SUCCESS(status)) record(before->end(status));
    } else if (after) {
      // Only an afterbreak: every position where it matches.
      const auto scan = make_matcher(*rule.after, u.text);
      if (!scan) continue;
      while (scan->find(status) && U_SUCCESS(status)) record(scan->start(status));
    } else {
      for (int32_t p = 1; p < length; ++p) record(p);
    }
  }
  for (int32_t p = 1; p < length; ++p) {
    const int32_t r = decision[static_cast<std::size_t>(p)];
    if (r != INT32_MAX && rules_[static_cast<std::size_t>(r)].is_break) {
      ends.push_back(u.to_utf8[static_cast<std::size_t>(p)]);
    }
  }
}

// Element names without a namespace prefix ("srx:rule" → "rule").
std::string_view local_name(const pugi::xml_node& node) {
  std::string_view name = node.name();
  const auto colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node child(const pugi::xml_node& node, std::string_view name) {
  for (auto c = node.first_child(); c; c = c.next_sibling()) {
    if (c.type() == pugi::node_element && local_name(c) == name) return c;
  }
  return {};
}

std::vector<pugi::xml_node> children(const pugi::xml_node& node, std::string_view name) {
  std::vector<pugi::xml_node> out;
  for (auto c = node.first_child(); c; c = c.next_sibling()) {
    if (c.type() == pugi::node_element && local_name(c) == name) out.push_back(c);
  }
  return out;
}

[[noreturn]] void bad_srx(std::string_view name, const std::string& problem) {
  throw Error(ErrorCode::kBadSrx, fmt::format("{}: {}", name, problem));
}

std::unique_ptr<icu::RegexPattern> compile(std::string_view pattern, std::string_view name,
                                           const std::string& where) {
  UParseError parse_error{};
  UErrorCode status = U_ZERO_ERROR;
  const auto text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(pattern.data(), static_cast<int32_t>(pattern.size())));
  std::unique_ptr<icu::RegexPattern> compiled(
      icu::RegexPattern::compile(text, 0, parse_error, status));
  if (U_FAILURE(status) || !compiled) {
    bad_srx(name, fmt::format("{}: invalid regular expression '{}' ({} at offset {})", where,
                              pattern, u_errorName(status), parse_error.offset));
  }
  return compiled;
}

bool yes(const pugi::xml_attribute& attribute, bool fallback) {
  if (!attribute) return fallback;
  const std::string_view value = attribute.value();
  return value == "yes" || value == "true" || value == "1";
}

// The codes a languagepattern may be written against: SRX files use "EN.*", "en.*", "ru-RU".
std::vector<std::string> language_codes(Language language) {
  if (language == Language::kRussian) return {"ru", "RU", "ru-RU", "RU-RU", "ru_RU", "ru-ru"};
  return {"en", "EN", "en-US", "EN-US", "en_US", "en-us", "en-GB", "EN-GB", "en_GB"};
}

}  // namespace

std::string read_srx_file(const std::filesystem::path& path) {
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (!std::filesystem::exists(status)) {
    throw Error(ErrorCode::kNotFound, fmt::format("{}: no such SRX file", path.string()));
  }
  if (!std::filesystem::is_regular_file(status)) {
    throw Error(ErrorCode::kNotAFile, fmt::format("{}: not a regular file", path.string()));
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (!in && !in.eof()) {
    throw Error(ErrorCode::kUnreadable, fmt::format("{}: cannot read the SRX file", path.string()));
  }
  return std::move(buffer).str();
}

std::unique_ptr<const RuleSet> load_srx(std::string_view srx, std::string_view name,
                                        Language language) {
  pugi::xml_document document;
  const auto result =
      document.load_buffer(srx.data(), srx.size(), pugi::parse_default, pugi::encoding_auto);
  if (!result) {
    bad_srx(name,
            fmt::format("not well-formed XML at byte {}: {}", result.offset, result.description()));
  }
  const auto root = child(document, "srx");
  if (!root) bad_srx(name, "not an SRX document (no <srx> root element)");
  const auto header = child(root, "header");
  const bool cascade = yes(header.attribute("cascade"), false);
  const auto body = child(root, "body");
  const auto languagerules = child(body, "languagerules");
  if (!body || !languagerules) bad_srx(name, "no <body><languagerules> element");

  // The language maps: SRX 2.0 puts <languagemap> in <maprules>, SRX 1.0 in <maprule>s.
  const auto maprules = child(body, "maprules");
  std::vector<pugi::xml_node> maps = children(maprules, "languagemap");
  for (const auto& maprule : children(maprules, "maprule")) {
    for (const auto& map : children(maprule, "languagemap")) maps.push_back(map);
  }
  if (maps.empty()) bad_srx(name, "no <maprules><languagemap> element");

  const auto codes = language_codes(language);
  std::vector<std::string> selected;
  for (const auto& map : maps) {
    const std::string pattern = map.attribute("languagepattern").value();
    const std::string rule_name = map.attribute("languagerulename").value();
    const auto compiled = compile(pattern, name, fmt::format("languagemap for '{}'", rule_name));
    bool matches = false;
    for (const auto& code : codes) {
      UErrorCode status = U_ZERO_ERROR;
      std::unique_ptr<icu::RegexMatcher> matcher(
          compiled->matcher(icu::UnicodeString::fromUTF8(code), status));
      if (U_SUCCESS(status) && matcher->matches(status) && U_SUCCESS(status)) {
        matches = true;
        break;
      }
    }
    if (!matches) continue;
    selected.push_back(rule_name);
    if (!cascade) break;
  }
  if (selected.empty()) {
    bad_srx(name, fmt::format("no languagerule for language '{}' (no languagepattern matches)",
                              codes.front()));
  }

  std::vector<CompiledRule> rules;
  for (const auto& rule_name : selected) {
    pugi::xml_node found;
    for (const auto& candidate : children(languagerules, "languagerule")) {
      if (candidate.attribute("languagerulename").value() == rule_name) {
        found = candidate;
        break;
      }
    }
    if (!found) {
      bad_srx(name,
              fmt::format("languagemap names languagerule '{}', which does not exist", rule_name));
    }
    std::size_t number = 0;
    for (const auto& rule : children(found, "rule")) {
      ++number;
      CompiledRule compiled;
      compiled.is_break = yes(rule.attribute("break"), true);
      const std::string where = fmt::format("languagerule '{}', rule {}", rule_name, number);
      const std::string_view before = child(rule, "beforebreak").child_value();
      const std::string_view after = child(rule, "afterbreak").child_value();
      if (!before.empty()) compiled.before = compile(before, name, where + " <beforebreak>");
      if (!after.empty()) compiled.after = compile(after, name, where + " <afterbreak>");
      rules.push_back(std::move(compiled));
    }
  }
  return std::make_unique<SrxRules>(std::move(rules));
}

}  // namespace libalign::detail
