// The relation cue table (data/lexicon/ko/relation_cues.tsv; its '#' header
// documents the columns): cue words, the inventory relation each states and
// the argument frame that reads it. Every row is checked against the
// relation inventory (core/relation_types.h) and the closed set of frames;
// a bad row is an error, not a warning, so a misspelt relation cannot sit in
// the table and never fire.
#ifndef NEWSGRAPH_EXTRACT_KO_CUE_TABLE_H_
#define NEWSGRAPH_EXTRACT_KO_CUE_TABLE_H_

#include <istream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/relation_types.h"
#include "core/status.h"
#include "extract/lexicon.h"

namespace newsgraph::extract::ko {

// How a cue's arguments are read beyond its relation's family (the frame
// column; role_relations.cc, ApplyRoleCue).
enum class CueFrame {
  kDefault,    // "default": the relation's family decides
  kAppointed,  // "appointed": 내정, 취임; the company appoints the person, and
               // the cue dates a role phrase before it. Relation role.
  kFound,      // "found": 설립; a founded company is the founder's subsidiary,
               // a founding person holds a role. Relation "-".
  kJoin,       // "join": 입단, 소속; the person's role in the body joined.
               // Relation role.
};

// nullopt for a name outside the closed set.
std::optional<CueFrame> ParseCueFrame(std::string_view name);

struct RelationCue {
  std::string text;
  std::string relation;  // inventory name; "" when the frame decides (found)
  // The relation's row in RelationTypes::Builtin() (static lifetime);
  // nullptr when relation is "".
  const RelationTypeInfo* type = nullptr;
  CueFrame frame = CueFrame::kDefault;
  std::string implied_object;                // "한국" for 방한
  std::vector<std::string> not_followed_by;  // "자" for 개발자, 투자자
};

// The table's shape: cue, relation, frame, implied_object, not_followed_by.
inline constexpr TsvShape kRelationCueShape = {5, 5};

// Turns rows (read with kRelationCueShape) into cues. A row with an unknown
// relation, an unknown frame or a relation its frame does not take is
// skipped and described in *errors as `file:line: reason: "row"`; a cue
// written twice in the table is kept once and noted in *warnings.
void CuesFromRows(const std::vector<TsvRow>& rows, std::vector<RelationCue>* cues,
                  std::vector<std::string>* errors,
                  std::vector<std::string>* warnings);

// Reads a whole cue table: ParseTsv's row errors (a wrong column count) and
// CuesFromRows' go to *errors. Returns an error only when the stream fails.
Status ParseRelationCues(std::istream& in, const std::string& source_name,
                         std::vector<RelationCue>* cues,
                         std::vector<std::string>* errors,
                         std::vector<std::string>* warnings);

// Rows whose first column repeats an earlier row's are noted in *warnings
// (a phrase table keeps the first value: the later row never counts).
void WarnRepeatedKeys(const std::vector<TsvRow>& rows,
                      std::vector<std::string>* warnings);

// The status of a load that found bad rows: InvalidInput listing each, one
// a line. Ok when `errors` is empty.
Status TableErrors(const std::vector<std::string>& errors);

}  // namespace newsgraph::extract::ko

#endif  // NEWSGRAPH_EXTRACT_KO_CUE_TABLE_H_
