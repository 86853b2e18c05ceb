#include "core/extraction.h"

#include <array>
#include <utility>

#include "core/relation_types.h"

namespace newsgraph {
namespace {

constexpr std::array<std::pair<EntityType, std::string_view>, 6> kTypeNames = {{
    {EntityType::kPerson, "PERSON"},
    {EntityType::kOrg, "ORG"},
    {EntityType::kProduct, "PRODUCT"},
    {EntityType::kProject, "PROJECT"},
    {EntityType::kEvent, "EVENT"},
    {EntityType::kPlace, "PLACE"},
}};

}  // namespace

std::string_view EntityTypeName(EntityType type) {
  for (const auto& [t, name] : kTypeNames) {
    if (t == type) return name;
  }
  return "ORG";
}

std::optional<EntityType> ParseEntityType(std::string_view name) {
  for (const auto& [t, n] : kTypeNames) {
    if (n == name) return t;
  }
  return std::nullopt;
}

const RelationTypeInfo* FindRelationType(std::string_view name) {
  for (const auto& info : kRelationTypes) {
    if (info.name == name) return &info;
  }
  return nullptr;
}

bool IsSymmetricRelation(std::string_view name) {
  const RelationTypeInfo* info = FindRelationType(name);
  return info != nullptr && info->symmetric;
}

}  // namespace newsgraph
