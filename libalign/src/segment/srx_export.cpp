// The built-in rules written out as SRX 2.0, generated from the same rule table and word lists
// the built-in engine uses, so the two cannot drift apart. What regular expressions cannot say
// is approximated and marked in comments: quotations held together, list numbering, and ICU's
// default (replaced by two plain break rules at the end).
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <pugixml.hpp>
#include <span>
#include <sstream>
#include <string>
#include <vector>

#include "libalign/segmenter.hpp"
#include "segment/language_data.hpp"
#include "segment/rule_table.hpp"

namespace libalign {
namespace {

using detail::Abbreviation;
using detail::Action;
using detail::Left;
using detail::Right;

constexpr std::string_view kTerminals = R"([.!?…。．！？])";
constexpr std::string_view kClosers = R"([\"'»”“’›)\]}])";
constexpr std::string_view kOpeners = R"([\"'«“„‘‹(\[{])";
constexpr std::string_view kNotWordBefore = R"((?<![\p{L}\p{N}.\-]))";

std::string escape_regex(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (std::string_view(R"(\^$.|?*+()[]{}-)").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

// "т. е." → "т\s{0,2}\.\s{0,2}е": an abbreviation without its final period, spaces between
// its dotted parts optional. The rules put it in a look-behind before the period,
// "(?<=...)\.", so that ICU scans for periods (fast) instead of trying the alternation at every
// position (ten times slower); a look-behind needs a bounded length, hence {0,2}.
std::string abbreviation_regex(std::string_view text) {
  if (text.ends_with('.')) text.remove_suffix(1);
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == ' ') {
      out += R"(\s{0,2})";
      while (i + 1 < text.size() && text[i + 1] == ' ') ++i;
    } else {
      out += escape_regex(text.substr(i, 1));
    }
  }
  return out;
}

std::string alternation(const std::vector<std::string>& items) {
  std::string out = "(?:";
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += '|';
    out += items[i];
  }
  return out + ")";
}

// The alternation of a word list, each word matched literally.
std::string word_alternation(std::span<const std::string_view> words) {
  std::vector<std::string> escaped;
  escaped.reserve(words.size());
  for (const auto word : words) escaped.push_back(escape_regex(word));
  return alternation(escaped);
}

std::string right_regex(Right right, const detail::LanguageLists& lists) {
  const std::string openers = fmt::format("{}*", kOpeners);
  switch (right) {
    case Right::kAny:
      return R"(\s)";
    case Right::kUpper:
      return fmt::format(R"(\s+{}\p{{Lu}})", openers);
    case Right::kCapital:
      return fmt::format(R"(\s+{}(?!I\b)\p{{Lu}})", openers);
    case Right::kTitleCase:
      return fmt::format(R"(\s+{}\p{{Lu}}\p{{Ll}})", openers);
    case Right::kLower:
      return fmt::format(R"(\s+{}\p{{Ll}})", openers);
    case Right::kLowerWord:
      return fmt::format(R"(\s+{}\p{{Ll}}+(?![\p{{L}}.]))", openers);
    case Right::kAttribution:
      // "I" or a name of one or two title-case words that is not a sentence starter.
      return fmt::format(
          R"(\s+(?:I|(?!(?i:{})\b)\p{{Lu}}\p{{Ll}}+(?:\s+\p{{Lu}}\p{{Ll}}+)?)\s+{}\b)",
          word_alternation(lists.sentence_starters), word_alternation(lists.speech_verbs));
    case Right::kUrl:
      return R"(\s+<?\s*(?i:https?://|ftp://|www\.))";
    case Right::kMention:
      return R"(\s+@[A-Za-z0-9_])";
    case Right::kTimeZone:
      return fmt::format(R"(\s+(?i:{})\b)", word_alternation(lists.time_zones));
    case Right::kTagsToEnd:
      return R"((?:\s+#[^\s#]\S*)+\s*$)";
    case Right::kDigit:
      return R"(\s+\p{Nd})";
    case Right::kDashUpper:
      return fmt::format(R"(\s+[-–—]+\s*{}\p{{Lu}})", openers);
    case Right::kDashLower:
      return fmt::format(R"(\s+[-–—]+\s*{}\p{{Ll}})", openers);
    case Right::kContinuation:
      return R"(\s+[,;:|)\]}%])";
    case Right::kStarter:
      // Capitalized ("The", not "the"), and not an initial ("A. A. Milne").
      return fmt::format(R"(\s+{}(?=\p{{Lu}})(?i:{})\b(?!\.))", openers,
                         word_alternation(lists.sentence_starters));
  }
  return R"(\s)";
}

// The abbreviations whose use (in the given context) has a flag.
// (Entries that change use after a number get rules of their own first, see language_rules.)
std::string abbreviations_with(const detail::LanguageLists& lists, std::uint8_t flag) {
  std::vector<std::string> items;
  for (const Abbreviation& entry : lists.abbreviations) {
    const std::uint8_t use = entry.use;
    if ((use & detail::kWordToo) && flag != detail::kBeforeNumber) continue;
    if (flag == 0 ? true : (use & flag) != 0) items.push_back(abbreviation_regex(entry.text));
  }
  if (items.empty()) return {};
  return fmt::format(R"((?<={}(?i:{}))\.)", kNotWordBefore, alternation(items));
}

struct SrxRule {
  bool is_break;
  std::string before;
  std::string after;
  std::string comment;
};

// Translates one row of the rule table; empty if regular expressions cannot express it.
std::vector<SrxRule> translate(const detail::Rule& rule, const detail::LanguageLists& lists) {
  const bool is_break = rule.action != Action::kNoBreak;
  const std::string after = right_regex(rule.right, lists);
  const std::string comment(rule.example);
  const std::string stop = fmt::format(R"({}+{}*(?:\[\d{{1,3}}\])?)", kTerminals, kClosers);
  switch (rule.left) {
    case Left::kAny:
      return {{is_break, stop, after, comment}};
    case Left::kHeldSpan:
      return {};  // needs quote pairing; not expressible as a regular expression
    case Left::kSpaceless:
      return {{true, "[。．！？]", "", comment}};
    case Left::kExclamationName: {
      std::vector<std::string> names;
      for (const auto name : lists.exclamation_names) {
        names.push_back(escape_regex(name.substr(0, name.size() - 1)));
      }
      if (names.empty()) return {};
      return {
          {is_break, fmt::format("(?i){}{}!", kNotWordBefore, alternation(names)), after, comment}};
    }
    case Left::kNeverFinal:
    case Left::kNumberAbbreviation:
    case Left::kNameAbbreviation:
    case Left::kStarterAbbreviation:
    case Left::kClockAbbreviation:
    case Left::kAbbreviation: {
      const std::uint8_t flag = rule.left == Left::kNeverFinal            ? detail::kNeverFinal
                                : rule.left == Left::kNumberAbbreviation  ? detail::kBeforeNumber
                                : rule.left == Left::kNameAbbreviation    ? detail::kBeforeName
                                : rule.left == Left::kStarterAbbreviation ? detail::kStarterEnds
                                : rule.left == Left::kClockAbbreviation   ? detail::kClockTime
                                                                          : 0;
      std::vector<SrxRule> out;
      if (rule.left == Left::kNeverFinal) {
        // "в нем. И сказал": before a Cyrillic capital these are words, and the stop may end.
        const std::string words = abbreviations_with(lists, detail::kWordBeforeCyrillic);
        if (!words.empty()) {
          out.push_back({true, words, R"(\s+[А-ЯЁ])", "also a word: в нем. И сказал"});
        }
      }
      const std::string before = abbreviations_with(lists, flag);
      if (!before.empty()) out.push_back({is_break, before, after, comment});
      if (rule.left == Left::kStarterAbbreviation) {
        // Unlisted dotted capitals ("J.C.", "T.V.") behave like "U.S."; listed ones ("P.M.")
        // keep their own use.
        std::vector<std::string> dotted;
        for (const Abbreviation& entry : lists.abbreviations) {
          const std::string_view text = entry.text.substr(0, entry.text.size() - 1);
          if (text.find('.') != std::string_view::npos &&
              text.find(' ') == std::string_view::npos) {
            dotted.push_back(abbreviation_regex(entry.text));
          }
        }
        const std::string unlisted =
            dotted.empty() ? std::string() : fmt::format("(?<!(?i:{}))", alternation(dotted));
        out.push_back(
            {is_break,
             fmt::format(
                 R"((?<=(?<![\p{{L}}\p{{N}}.])\p{{Lu}}\.\p{{Lu}}(?:\.\p{{Lu}}){{0,3}}){}\.)",
                 unlisted),
             after, comment + " (dotted capitals)"});
      }
      return out;
    }
    case Left::kCapitalsTitle: {
      // The titles of two or more letters, in capitals and matched case-sensitively: "RT".
      std::vector<std::string> titles;
      for (const Abbreviation& entry : lists.abbreviations) {
        const std::string_view text = entry.text.substr(0, entry.text.size() - 1);
        const bool letters = text.size() >= 2 && std::ranges::all_of(text, [](char c) {
                               return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
                             });
        if (!letters || (entry.use & detail::kBeforeName) == 0) continue;
        std::string upper(text);
        for (char& c : upper) c = static_cast<char>(c & ~0x20);
        titles.push_back(upper);
      }
      if (titles.empty()) return {};
      return {{is_break, fmt::format(R"((?<={}{})\.)", kNotWordBefore, alternation(titles)), after,
               comment}};
    }
    case Left::kInitial:
      if (lists.pronoun_i) {
        return {{is_break,
                 fmt::format(R"({}(?:(?!I\.)\p{{Lu}}\.|(?<=\p{{Lu}}\p{{Ll}}{{0,30}}\s)I\.))",
                             kNotWordBefore),
                 after, comment}};
      }
      // Ends at the initial's own period: a before-pattern that ran on over "А. С." would hide
      // the position after "А." from the search.
      return {{is_break, fmt::format(R"({}\p{{Lu}}\.)", kNotWordBefore), after, comment}};
    case Left::kListMarker:
      // At the start of the text or after a bullet: "1. The first item". (After a stop it would
      // take "Jan. 20." for a list number: SRX does not know which stops broke.)
      return {
          {is_break,
           R"((?:^\s*|(?<=[•◦▪‣⁃●■►])|(?<=[•◦▪‣⁃●■►]\s))[§#№]?(?:\d{1,3}|\p{L}|[IVXLC]{1,4})\.\)?)",
           "\\s", comment}};
    case Left::kPeriodEllipsis:
      // The break goes after the period; the ellipsis opens the next sentence.
      return {{is_break, R"([\p{L}\p{N}]\.)", R"(\s\.\s\.\s\.\s+\p{Lu})", comment},
              {false, R"((?<=[\p{L}\p{N}]\.\s\.\s\.\s)\.)", R"(\s)", comment}};
    case Left::kEllipsis:
      return {{is_break, fmt::format(R"((?:…|\.\.+|\.(?:\s\.)+){}*)", kClosers), after, comment}};
    case Left::kQuotedQuestion:
      return {
          {is_break, fmt::format(R"((?:[!?]+|…|\.{{2,}}){}*[\"'»”’])", kClosers), after, comment}};
    case Left::kQuestion:
      // "Began with a capital" as far as a regex can tell: a capital earlier in the sentence.
      return {{is_break, fmt::format(R"((?<=\p{{Lu}}[^.!?…\n]{{0,200}})[!?]+{}*)", kClosers), after,
               comment}};
    case Left::kQuotedStop:
      return {{is_break, fmt::format(R"({}+{}*[\"'»”’])", kTerminals, kClosers), after, comment}};
    case Left::kGlued:
      return {{is_break, R"((?<![./@:\\_=][\p{L}\p{N}]{1,40})(?<=[\p{L}\p{N}][\p{Ll}\p{N}])[.!?])",
               R"(\p{Lu}\p{Ll}+[.!?]*(?:\s|$))", comment}};
    case Left::kOpeningDate: {
      // The units that follow a number: "1998 г.", "XIX в.", "5 a.m.".
      std::vector<std::string> units;
      for (const Abbreviation& entry : lists.abbreviations) {
        const std::uint8_t use =
            entry.after_number == detail::kSameAfterNumber ? entry.use : entry.after_number;
        if (use & (detail::kDateUnit | detail::kClockTime)) {
          units.push_back(abbreviation_regex(entry.text));
        }
      }
      if (lists.date_openers.empty() || units.empty()) return {};
      return {
          {is_break,
           fmt::format(
               R"((?i)^\s*{}(?:\s+\S+){{0,2}}\s+[\p{{Nd}}IVXLCDM][\p{{Nd}}IVXLCDM\-–:]*\s*{}\.)",
               word_alternation(lists.date_openers), alternation(units)),
           after, comment}};
    }
    case Left::kEmoticon:
      return {{is_break, R"((?:^|(?<=\s))[:;]-?(?:\)+|\(+|[DP]))", after, comment}};
    case Left::kFootnote:
      return {{is_break, R"((?<=\p{L}{2}\.)\d{1,3})", after, comment}};
    case Left::kDateline:
      return {{is_break, R"(^\s*\p{Lu}{3,}[,\s][^.!?…\n]{0,70}\.)", after, comment}};
    case Left::kPlainWord:
      return {{is_break, R"((?<![\p{L}\p{N}.])\p{L}{2,}\.)", after, comment}};
  }
  return {};
}

std::vector<SrxRule> language_rules(Language language) {
  const auto& lists = detail::language_lists(language);
  const std::uint8_t mask = language == Language::kRussian ? detail::kRu : detail::kEn;
  std::vector<SrxRule> out;
  // An opening date phrase ("В 1998 г.") is never a sentence: before the after-number rules.
  for (const detail::Rule& rule : detail::builtin_rule_table()) {
    if (!(rule.languages & mask) || rule.left != Left::kOpeningDate) continue;
    for (auto& srx : translate(rule, lists)) out.push_back(std::move(srx));
  }
  // A numbered list after a colon, its items capitalized: "in two ways: 1. Use CSS". The list
  // starts a sentence, and its first number does not end one.
  out.push_back({true, ":", R"(\s+1[.)]\s+\p{Lu})", "numbered list after a colon"});
  out.push_back({false, R"((?<=:\s{1,8})1[.)])", R"(\s+\p{Lu})", "numbered list after a colon"});
  // Abbreviations that change use after a number come first, in that context.
  for (const Abbreviation& entry : lists.abbreviations) {
    if (entry.after_number == detail::kSameAfterNumber) continue;
    const std::string before =
        fmt::format(R"((?<=[\p{{Nd}}IVXLCDM][\s\u00A0](?i:{}))\.)", abbreviation_regex(entry.text));
    if (entry.after_number & detail::kNeverFinal) {
      out.push_back({false, before, R"(\s)", "after a number"});
    } else if (entry.after_number & detail::kStarterEnds) {
      out.push_back({true, before, right_regex(Right::kStarter, lists), "after a number: ends"});
      out.push_back({false, before, R"(\s)", "after a number"});
    } else {
      // Date units too: the opening-date rule, earlier in the table, keeps "В 1998 г. Путин"
      // together.
      out.push_back({false, before, right_regex(Right::kLower, lists), "after a number"});
      out.push_back({true, before, right_regex(Right::kUpper, lists), "after a number: may end"});
    }
  }
  for (const detail::Rule& rule : detail::builtin_rule_table()) {
    if (!(rule.languages & mask) || rule.left == Left::kOpeningDate) continue;
    for (auto& srx : translate(rule, lists)) out.push_back(std::move(srx));
  }
  // Bullets start sentences.
  out.push_back({true, R"(\s)", "[•◦▪▫‣⁃●○■□►▸]", "bullet list"});
  // ICU's defaults: ! and ? end a sentence; a period ends one unless a lowercase word follows.
  out.push_back(
      {true, fmt::format(R"([!?！？‼⁇⁈⁉]+{}*(?:\[\d{{1,3}}\])?)", kClosers), R"(\s)", "! and ?"});
  out.push_back({true, fmt::format(R"(\.{}*(?:\[\d{{1,3}}\])?)", kClosers), R"(\s+[^\s\p{Ll}.…])",
                 "a period before anything but a lowercase word or more dots"});
  return out;
}

void append_language(pugi::xml_node languagerules, std::string_view name, Language language) {
  auto node = languagerules.append_child("languagerule");
  node.append_attribute("languagerulename").set_value(std::string(name).c_str());
  for (const auto& rule : language_rules(language)) {
    node.append_child(pugi::node_comment).set_value((" " + rule.comment + " ").c_str());
    auto element = node.append_child("rule");
    element.append_attribute("break").set_value(rule.is_break ? "yes" : "no");
    if (!rule.before.empty()) {
      element.append_child("beforebreak").text().set(rule.before.c_str());
    }
    if (!rule.after.empty()) element.append_child("afterbreak").text().set(rule.after.c_str());
  }
}

}  // namespace

std::string builtin_srx() {
  pugi::xml_document document;
  auto declaration = document.append_child(pugi::node_declaration);
  declaration.append_attribute("version").set_value("1.0");
  declaration.append_attribute("encoding").set_value("UTF-8");
  document.append_child(pugi::node_comment)
      .set_value(
          " libalign built-in sentence rules for Russian and English (generated by "
          "align split with its dump-srx option). The built-in engine also keeps quotations and "
          "brackets opened mid-sentence together and splits numbered lists, which SRX cannot "
          "express. ");
  auto srx = document.append_child("srx");
  srx.append_attribute("xmlns").set_value("http://www.lisa.org/srx20");
  srx.append_attribute("version").set_value("2.0");
  auto header = srx.append_child("header");
  header.append_attribute("segmentsubflows").set_value("yes");
  header.append_attribute("cascade").set_value("no");
  auto body = srx.append_child("body");
  auto languagerules = body.append_child("languagerules");
  append_language(languagerules, "Russian", Language::kRussian);
  append_language(languagerules, "English", Language::kEnglish);
  auto maprules = body.append_child("maprules");
  for (const auto& [pattern, name] :
       {std::pair{"(?i)ru.*", "Russian"}, std::pair{"(?i)en.*", "English"}}) {
    auto map = maprules.append_child("languagemap");
    map.append_attribute("languagepattern").set_value(pattern);
    map.append_attribute("languagerulename").set_value(name);
  }
  std::ostringstream out;
  document.save(out, "  ", pugi::format_indent, pugi::encoding_utf8);
  return std::move(out).str();
}

}  // namespace libalign
