#include "core/extraction.h"

#include <array>
#include <utility>

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

}  // namespace newsgraph
