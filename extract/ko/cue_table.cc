#include "extract/ko/cue_table.h"

#include <array>
#include <unordered_set>
#include <utility>

#include "core/relation_types.h"
#include "extract/normalizer.h"

namespace newsgraph::extract::ko {
namespace {

// Written in relation_cues.tsv: do not rename.
constexpr std::array<std::pair<std::string_view, CueFrame>, 4> kFrameNames = {{
    {"plain", CueFrame::kPlain},
    {"appointed", CueFrame::kAppointed},
    {"found", CueFrame::kFound},
    {"join", CueFrame::kJoin},
}};

std::string RowText(const TsvRow& row) {
  std::string out;
  for (const std::string& f : row.fields) {
    if (!out.empty()) out += '\t';
    out += f.empty() ? "-" : f;
  }
  return out;
}

// "자|일|기념": the pieces as written (a leading space is part of one).
std::vector<std::string> SplitBars(const std::string& s) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= s.size() && !s.empty()) {
    const std::size_t bar = s.find('|', start);
    out.push_back(s.substr(start, bar - start));
    if (bar == std::string::npos) break;
    start = bar + 1;
  }
  return out;
}

// Why the row cannot be a cue, or "".
std::string Problem(const TsvRow& row, CueFrame* frame) {
  const std::string& relation = row.fields[1];
  const std::optional<CueFrame> parsed = ParseCueFrame(row.fields[2]);
  if (!parsed) return "unknown frame \"" + row.fields[2] + "\" (plain, appointed, found, join)";
  *frame = *parsed;
  if (relation.empty()) {
    return *frame == CueFrame::kFound ? ""
                                      : "only a found frame may leave the relation out";
  }
  if (FindRelationType(relation) == nullptr) {
    return "unknown relation \"" + relation + "\" (known: " +
           RelationTypes::Builtin().NameList() + ")";
  }
  return "";
}

}  // namespace

std::optional<CueFrame> ParseCueFrame(std::string_view name) {
  for (const auto& [n, f] : kFrameNames) {
    if (n == name) return f;
  }
  return std::nullopt;
}

void AddCues(const std::vector<TsvRow>& rows, Resources* r,
             std::vector<std::string>* errors,
             std::vector<std::string>* warnings) {
  std::unordered_set<std::string> seen;
  for (const TsvRow& row : rows) {
    RelationCue cue;
    const std::string problem = Problem(row, &cue.frame);
    if (!problem.empty()) {
      errors->push_back(row.source + ": " + problem + ": \"" + RowText(row) + "\"");
      continue;
    }
    cue.text = NormalizeText(row.fields[0]);
    if (!seen.insert(cue.text).second) {
      warnings->push_back(row.source + ": cue \"" + cue.text +
                          "\" is listed again (the first row wins)");
      continue;
    }
    cue.relation = row.fields[1];
    if (row.fields.size() > 3) cue.implied_object = NormalizeText(row.fields[3]);
    if (row.fields.size() > 4 && !row.fields[4].empty())
      cue.not_followed_by = SplitBars(row.fields[4]);
    r->cue_trie.Insert(cue.text, static_cast<int>(r->cues.size()));
    r->cues.push_back(std::move(cue));
  }
}

}  // namespace newsgraph::extract::ko
