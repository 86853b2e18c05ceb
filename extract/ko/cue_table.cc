#include "extract/ko/cue_table.h"

#include <array>
#include <unordered_set>
#include <utility>

#include "extract/normalizer.h"

namespace newsgraph::extract::ko {
namespace {

struct FrameSpec {
  std::string_view name;
  CueFrame frame;
  // The relation column the frame takes: "*" any inventory name, "" only
  // "-" (the frame decides), else that one name.
  std::string_view relation;
};

constexpr std::array<FrameSpec, 4> kFrames = {{
    {"default", CueFrame::kDefault, "*"},
    {"appointed", CueFrame::kAppointed, "role"},
    {"found", CueFrame::kFound, ""},
    {"join", CueFrame::kJoin, "role"},
}};

const FrameSpec* FindFrame(std::string_view name) {
  for (const FrameSpec& spec : kFrames) {
    if (spec.name == name) return &spec;
  }
  return nullptr;
}

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

// Checks the relation and frame columns; "" when they are good.
std::string CheckColumns(const std::string& relation, const std::string& frame,
                         const RelationTypeInfo** type, CueFrame* cue_frame) {
  *type = relation.empty() ? nullptr : FindRelationType(relation);
  if (!relation.empty() && *type == nullptr) {
    return "unknown relation '" + relation + "' (data/relation_types.tsv: " +
           RelationTypes::Builtin().NameList() + ")";
  }
  const FrameSpec* spec = FindFrame(frame);
  if (spec == nullptr) {
    return "unknown frame '" + frame + "' (default | appointed | found | join)";
  }
  *cue_frame = spec->frame;
  if (spec->relation == "*" && relation.empty()) {
    return "frame 'default' needs a relation";
  }
  if (spec->relation != "*" && spec->relation != relation) {
    const std::string wanted =
        spec->relation.empty() ? "-" : std::string(spec->relation);
    return "frame '" + frame + "' takes relation " + wanted + ", not '" +
           (relation.empty() ? "-" : relation) + "'";
  }
  return "";
}

}  // namespace

std::optional<CueFrame> ParseCueFrame(std::string_view name) {
  const FrameSpec* spec = FindFrame(name);
  if (spec == nullptr) return std::nullopt;
  return spec->frame;
}

void CuesFromRows(const std::vector<TsvRow>& rows, std::vector<RelationCue>* cues,
                  std::vector<std::string>* errors,
                  std::vector<std::string>* warnings) {
  std::unordered_set<std::string> seen;
  for (const TsvRow& row : rows) {
    RelationCue cue;
    const std::string why =
        CheckColumns(row.fields[1], row.fields[2], &cue.type, &cue.frame);
    if (!why.empty()) {
      errors->push_back(RowMessage(row, why));
      continue;
    }
    cue.text = NormalizeText(row.fields[0]);
    if (!seen.insert(cue.text).second) {
      warnings->push_back(RowMessage(row, "cue written twice, kept the first"));
      continue;
    }
    cue.relation = row.fields[1];
    cue.implied_object = NormalizeText(row.fields[3]);
    if (!row.fields[4].empty()) cue.not_followed_by = SplitBars(row.fields[4]);
    cues->push_back(std::move(cue));
  }
}

Status ParseRelationCues(std::istream& in, const std::string& source_name,
                         std::vector<RelationCue>* cues,
                         std::vector<std::string>* errors,
                         std::vector<std::string>* warnings) {
  std::vector<TsvRow> rows;
  Status status = ParseTsv(in, source_name, kRelationCueShape, &rows, errors);
  if (!status.ok()) return status;
  CuesFromRows(rows, cues, errors, warnings);
  return Status::Ok();
}

void WarnRepeatedKeys(const std::vector<TsvRow>& rows,
                      std::vector<std::string>* warnings) {
  std::unordered_set<std::string> seen;
  for (const TsvRow& row : rows) {
    if (!seen.insert(NormalizeText(row.fields[0])).second)
      warnings->push_back(RowMessage(row, "written twice, kept the first"));
  }
}

Status TableErrors(const std::vector<std::string>& errors) {
  if (errors.empty()) return Status::Ok();
  std::string message;
  for (const std::string& e : errors) {
    message += (message.empty() ? "" : "\n") + e;
  }
  return Status::InvalidInput(message);
}

}  // namespace newsgraph::extract::ko
