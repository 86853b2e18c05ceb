// The relation inventory of CONTRACT.md section 2.
#ifndef NEWSGRAPH_CORE_RELATION_TYPES_H_
#define NEWSGRAPH_CORE_RELATION_TYPES_H_

#include <array>
#include <string_view>

namespace newsgraph {

struct RelationTypeInfo {
  std::string_view name;  // written to JSON and SQLite: do not rename
  bool symmetric;
};

inline constexpr std::array<RelationTypeInfo, 14> kRelationTypes = {{
    {"meet", true},        {"partner", true},     {"contract", true},
    {"compete", true},     {"supply", false},     {"invest", false},
    {"acquire", false},    {"merge", false},      {"sue", false},
    {"role", false},       {"subsidiary", false}, {"participate", false},
    {"develop", false},    {"visit", false},
}};

// nullptr when the name is not in the inventory.
const RelationTypeInfo* FindRelationType(std::string_view name);
bool IsSymmetricRelation(std::string_view name);

}  // namespace newsgraph

#endif  // NEWSGRAPH_CORE_RELATION_TYPES_H_
