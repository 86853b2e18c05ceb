// The relation inventory of CONTRACT.md section 2, read from
// data/relation_types.tsv (the one place a relation type is declared; its
// '#' header documents the columns). The file is compiled into the binary,
// so graph/, store/, export/ and serve/ need no data directory.
#ifndef NEWSGRAPH_CORE_RELATION_TYPES_H_
#define NEWSGRAPH_CORE_RELATION_TYPES_H_

#include <cstddef>
#include <istream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace newsgraph {

// The argument frame the cue words of a relation use (one Apply* function
// each in extract/ko/relation_extractor.cc).
enum class RelationFamily {
  kSymmetric,    // "A는 B와", "양 사", "A-B 협력"
  kTransfer,     // "A가 B에 X를": a recipient and a thing
  kObject,       // "A가 B를", "B 인수"
  kParticipate,  // "A가 B에 참가"
  kSubsidiary,   // "계열사 B", "B는 A의 자회사"
  kRole,         // "A가 B를 이끄는"
};

// The family's name in the file ("transfer"); nullopt for an unknown name.
std::optional<RelationFamily> ParseRelationFamily(std::string_view name);

struct RelationTypeInfo {
  std::string name;  // written to JSON and SQLite: do not rename
  bool symmetric = false;
  RelationFamily family = RelationFamily::kObject;
  // A relation between organisations: a person named with a company stands
  // for it (extract/pipeline.cc lifts people to their companies).
  bool ties_organisations = false;
  std::string color;  // "#rrggbb": DOT/SVG edges and the serve page
  std::string description;
};

class RelationTypes {
 public:
  RelationTypes() = default;

  // Reads the rows of a relation type file. Bad rows (wrong column count,
  // empty or duplicate name, unknown direction or family, bad
  // ties_organisations or colour) are skipped and described in *errors as
  // `source:line: reason: "row"`. Returns an error only when the stream
  // fails; then *this is unchanged. Rows replace the current contents.
  Status Parse(std::istream& in, const std::string& source_name,
               std::vector<std::string>* errors);

  // The inventory compiled in from data/relation_types.tsv, parsed once on
  // first use (thread-safe). A damaged built-in file is a build defect: it
  // aborts with the file's errors (tests/extract_test.cc parses it).
  static const RelationTypes& Builtin();

  // nullptr when the name is not in the inventory.
  const RelationTypeInfo* Find(std::string_view name) const;
  // The row index of `name` (file order), or nullopt.
  std::optional<std::size_t> IndexOf(std::string_view name) const;

  const std::vector<RelationTypeInfo>& all() const { return types_; }
  std::size_t size() const { return types_.size(); }
  const RelationTypeInfo& operator[](std::size_t i) const { return types_[i]; }
  // "meet, partner, ...": for messages that list the known names.
  std::string NameList() const;

 private:
  std::vector<RelationTypeInfo> types_;
};

// Shorthands over RelationTypes::Builtin().
// nullptr when the name is not in the inventory.
const RelationTypeInfo* FindRelationType(std::string_view name);
bool IsSymmetricRelation(std::string_view name);

// The text of data/relation_types.tsv as compiled in (core/CMakeLists.txt).
std::string_view BuiltinRelationTypesText();

}  // namespace newsgraph

#endif  // NEWSGRAPH_CORE_RELATION_TYPES_H_
