#include "extract/ko/page_words.h"

#include <charconv>
#include <fstream>
#include <set>
#include <utility>

namespace newsgraph::extract::ko {
namespace {

constexpr std::string_view kChromeLine = "chrome_line";

struct KindSpec {
  std::string_view kind;
  std::vector<std::string> PageWords::*words;
};

const KindSpec kKinds[] = {
    {"dateline_marker", &PageWords::dateline_markers},
    {"listing_header_word", &PageWords::listing_header_words},
    {"prose_ending", &PageWords::prose_endings},
    {"sentence_end", &PageWords::sentence_ends},
    {"credit_title", &PageWords::credit_titles},
};

std::vector<std::string_view> KindNames() {
  std::vector<std::string_view> names = {kChromeLine};
  for (const KindSpec& k : kKinds) names.push_back(k.kind);
  return names;
}

std::string AddWord(KindedWord&& row, PageWords* w) {
  if (row.kind == kChromeLine) {
    w->chrome_lines.Add(std::move(row.word));
    return "";
  }
  for (const KindSpec& k : kKinds) {
    if (row.kind == k.kind) (w->*k.words).push_back(std::move(row.word));
  }
  return "";
}

bool ParseSize(const std::string& s, std::size_t* out) {
  const char* end = s.data() + s.size();
  const auto [ptr, ec] = std::from_chars(s.data(), end, *out);
  return ec == std::errc() && ptr == end && !s.empty();
}

std::vector<std::string> SplitBars(const std::string& s) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    const std::size_t bar = s.find('|', start);
    out.push_back(s.substr(start, bar - start));
    if (bar == std::string::npos) return out;
    start = bar + 1;
  }
}

// Reads one page_furniture.tsv row; returns why it is bad, or "".
std::string ParseRule(const TsvRow& row, FurnitureRule* rule) {
  const std::vector<std::string>& f = row.fields;
  rule->triggers = SplitBars(f[0]);
  for (const std::string& t : rule->triggers) {
    if (t.empty()) return "empty trigger";
  }
  if (!ParseSize(f[1], &rule->before) || !ParseSize(f[2], &rule->after)) {
    return "window size is no number";
  }
  if (f[3] != "line_end" && !f[3].empty())
    return "unknown to_line_end '" + f[3] + "'";
  rule->to_line_end = f[3] == "line_end";
  if (f[4].empty()) return "empty pattern";
  rule->pattern = f[4];
  rule->source = row.source;
  return "";
}

}  // namespace

Status PageWords::ParseWords(std::istream& in, const std::string& source_name,
                             PageWords* out,
                             std::vector<std::string>* warnings) {
  PageWords words;
  Status s = ParseKindedWords(
      in, source_name, KindNames(),
      [&](KindedWord&& row) { return AddWord(std::move(row), &words); },
      warnings);
  if (!s.ok()) return s;
  words.furniture = std::move(out->furniture);
  *out = std::move(words);
  return Status::Ok();
}

Status PageWords::ParseFurniture(std::istream& in,
                                 const std::string& source_name, PageWords* out,
                                 std::vector<std::string>* warnings) {
  std::vector<TsvRow> rows;
  std::vector<std::string> errors;
  Status s = ParseTsv(in, source_name, {5, 5}, &rows, &errors);
  if (!s.ok()) return s;
  std::vector<FurnitureRule> rules;
  std::set<std::string> patterns;
  for (const TsvRow& row : rows) {
    FurnitureRule rule;
    if (const std::string why = ParseRule(row, &rule); !why.empty()) {
      errors.push_back(row.source + ": " + why + ": " + QuotedRow(row));
    } else if (!patterns.insert(rule.pattern).second) {
      warnings->push_back(row.source +
                          ": duplicate pattern: " + QuotedRow(row));
    } else {
      rules.push_back(std::move(rule));
    }
  }
  if (!errors.empty()) return RowErrors(source_name, std::move(errors));
  out->furniture = std::move(rules);
  return Status::Ok();
}

Status PageWords::Load(const std::string& dir, PageWords* out,
                       std::vector<std::string>* warnings) {
  PageWords words;
  std::ifstream in;
  const std::string words_path = dir + "/page_words.tsv";
  Status s = OpenDataFile(words_path, &in);
  if (s.ok()) s = ParseWords(in, words_path, &words, warnings);
  if (!s.ok()) return s;
  std::ifstream furniture;
  const std::string furniture_path = dir + "/page_furniture.tsv";
  s = OpenDataFile(furniture_path, &furniture);
  if (s.ok()) s = ParseFurniture(furniture, furniture_path, &words, warnings);
  if (!s.ok()) return s;
  *out = std::move(words);
  return Status::Ok();
}

}  // namespace newsgraph::extract::ko
