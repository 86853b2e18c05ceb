#include "extract/token.h"

#include <array>
#include <utility>

namespace newsgraph::extract {
namespace {

// Written in data files (particles.tsv): do not rename.
constexpr std::array<std::pair<std::string_view, Role>, 11> kRoleNames = {{
    {"none", Role::kNone}, {"topic", Role::kTopic}, {"subject", Role::kSubject},
    {"object", Role::kObject}, {"with", Role::kWith}, {"to", Role::kTo},
    {"from", Role::kFrom}, {"gen", Role::kGen}, {"as", Role::kAs},
    {"also", Role::kAlso}, {"other", Role::kOther},
}};

}  // namespace

std::string_view RoleName(Role role) {
  for (const auto& [name, r] : kRoleNames) {
    if (r == role) return name;
  }
  return "none";
}

bool ParseRole(std::string_view name, Role* role) {
  for (const auto& [n, r] : kRoleNames) {
    if (n == name) {
      *role = r;
      return true;
    }
  }
  return false;
}

}  // namespace newsgraph::extract
