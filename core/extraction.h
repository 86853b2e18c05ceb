// Extraction: what the pipeline finds in one document. These types are the
// contract between extract/ and everything downstream (graph/, export/, cli/);
// their JSON form is fixed by ../shared/eval/CONTRACT.md section 1.
#ifndef NEWSGRAPH_CORE_EXTRACTION_H_
#define NEWSGRAPH_CORE_EXTRACTION_H_

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph {

// Stored in SQLite as text via EntityTypeName(): names must not change.
enum class EntityType { kPerson, kOrg, kProduct, kProject, kEvent, kPlace };

std::string_view EntityTypeName(EntityType type);  // "PERSON", "ORG", ...
std::optional<EntityType> ParseEntityType(std::string_view name);

struct Entity {
  std::string name;                   // canonical name
  EntityType type = EntityType::kOrg;
  std::vector<std::string> mentions;  // every surface form seen, canonical first
  std::string stock_code;             // "000660" or ""
  std::string lexicon_id;             // stable id from the lexicon, or ""
  std::string english_name;           // "SK hynix" where known, or ""
  // Confidence 0..1 that this is an entity of this type: the highest of its
  // mentions', each given by the stage that found it (a lexicon name is
  // surer than a name guessed from its ending).
  double score = 1.0;
};

// A time value in the ISO forms of CONTRACT.md section 3 ("2025", "2025-02",
// "2025-02-04", "2025-02-04T15:00", "2025-Q1", "2025-H1", "2025-W06", "A/B").
struct TimeValue {
  std::string value;
  std::string text;  // the expression as written ("지난해 6월")
};

// Evidence offsets are code points into Document::text, as the contract says.
// A relation found in the title has field "title" and offsets into the title.
struct Evidence {
  std::string sentence;
  std::size_t start = 0;
  std::size_t end = 0;
  std::string field = "text";
};

struct Relation {
  std::string subject;   // canonical entity name
  std::string relation;  // one of the inventory names, see relation_types.h
  std::string object;    // canonical entity name
  std::optional<TimeValue> time;  // nullopt: the text gives no time
  bool hedged = false;
  std::map<std::string, std::string> attributes;  // place, title, product, ...
  Evidence evidence;
  std::string rule;  // id of the pattern that produced it, for tracing
  // Confidence 0..1 that the text states this relation between these two
  // entities: the frame's confidence times the weaker entity's score.
  double score = 1.0;
};

struct Extraction {
  std::string doc_id;
  std::vector<Entity> entities;
  std::vector<Relation> relations;
  std::vector<std::string> warnings;  // e.g. "no publication date: ..."
};

}  // namespace newsgraph

#endif  // NEWSGRAPH_CORE_EXTRACTION_H_
