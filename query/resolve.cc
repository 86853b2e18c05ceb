#include "query/resolve.h"

#include <algorithm>
#include <optional>
#include <string>

namespace newsgraph::query {
namespace {

using graph::EntityId;

// Digits only, and few enough to fit an EntityId.
bool IsNumber(std::string_view s) {
  return !s.empty() && s.size() < 19 &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The entity whose id `digits` spells, when it exists.
std::optional<EntityId> ExistingId(const graph::KnowledgeGraph& graph, std::string_view digits) {
  if (!IsNumber(digits)) return std::nullopt;
  const EntityId id = std::stoll(std::string(digits));
  if (!graph.Entity(id)) return std::nullopt;
  return id;
}

Resolution Only(std::optional<EntityId> id) {
  Resolution r;
  if (id) r.matches.push_back(*id);
  return r;
}

}  // namespace

bool IsIdReference(std::string_view reference) {
  return reference.size() > 1 && reference[0] == '#';
}

Resolution Resolve(const graph::KnowledgeGraph& graph, std::string_view reference,
                   const ResolveOptions& options) {
  if (IsIdReference(reference)) return Only(ExistingId(graph, reference.substr(1)));
  if (options.number_is_id_first) {
    if (std::optional<EntityId> id = ExistingId(graph, reference)) return Only(id);
  }
  Resolution r{graph.FindEntities(reference)};
  if (r.matches.empty()) return Only(ExistingId(graph, reference));
  return r;
}

Status ResolveEntity(const graph::KnowledgeGraph& graph, std::string_view reference,
                     EntityId* id) {
  const Resolution r = Resolve(graph, reference);
  if (r.found()) {
    *id = r.id();
    return Status::Ok();
  }
  const std::string text(reference);
  if (!r.ambiguous()) {
    return Status::NotFound(IsIdReference(reference) ? "no entity " + text
                                                     : "no entity is named \"" + text + "\"");
  }
  std::string list;
  for (EntityId match : r.matches) {
    if (!list.empty()) list += ", ";
    list.append("#").append(std::to_string(match));
    if (const auto v = graph.Entity(match)) {
      list += " " + v->name + " (" + std::string(newsgraph::EntityTypeName(v->type)) + ")";
    }
  }
  return Status::InvalidInput("\"" + text + "\" names " + std::to_string(r.matches.size()) +
                              " entities: " + list + "; pass the id instead");
}

}  // namespace newsgraph::query
