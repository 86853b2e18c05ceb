#include "core/relation_types.h"

#include <array>
#include <cstdlib>
#include <iostream>
#include <sstream>
#include <utility>

#include "core/relation_types_tsv.h"  // generated: kRelationTypesTsv

namespace newsgraph {
namespace {

constexpr std::size_t kColumns = 6;  // name direction family ties colour text
constexpr std::size_t kMaxQuotedRow = 80;  // bytes of a bad row in a message

constexpr std::array<std::pair<std::string_view, RelationFamily>, 6>
    kFamilies = {{
        {"symmetric", RelationFamily::kSymmetric},
        {"transfer", RelationFamily::kTransfer},
        {"object", RelationFamily::kObject},
        {"participate", RelationFamily::kParticipate},
        {"subsidiary", RelationFamily::kSubsidiary},
        {"role", RelationFamily::kRole},
    }};

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> out;
  while (true) {
    const std::size_t tab = line.find('\t');
    out.push_back(line.substr(0, tab));
    if (tab == std::string_view::npos) return out;
    line.remove_prefix(tab + 1);
  }
}

// The row as shown in a message: tabs as spaces, long rows cut at a
// character boundary.
std::string Quoted(std::string_view line) {
  std::string shown(line.substr(0, kMaxQuotedRow));
  for (char& c : shown) {
    if (c == '\t') c = ' ';
  }
  if (line.size() > kMaxQuotedRow) {
    while (!shown.empty() && (shown.back() & 0xC0) == 0x80) shown.pop_back();
    if (!shown.empty() && (shown.back() & 0x80)) shown.pop_back();
    shown += "...";
  }
  return "\"" + shown + "\"";
}

bool IsColor(std::string_view s) {
  if (s.size() != 7 || s[0] != '#') return false;
  for (char c : s.substr(1)) {
    const bool hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') ||
                     (c >= 'A' && c <= 'F');
    if (!hex) return false;
  }
  return true;
}

bool IsName(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!(c >= 'a' && c <= 'z') && c != '_') return false;
  }
  return true;
}

// Checks one row; returns "" when it is good and fills *info.
std::string ParseRow(std::string_view line, RelationTypeInfo* info) {
  const std::vector<std::string_view> f = SplitTabs(line);
  if (f.size() != kColumns) {
    return "expected " + std::to_string(kColumns) + " columns, got " +
           std::to_string(f.size());
  }
  if (!IsName(f[0])) return "bad name '" + std::string(f[0]) + "' (a-z, _)";
  if (f[1] != "symmetric" && f[1] != "directed") {
    return "unknown direction '" + std::string(f[1]) +
           "' (symmetric | directed)";
  }
  const std::optional<RelationFamily> family = ParseRelationFamily(f[2]);
  if (!family) return "unknown family '" + std::string(f[2]) + "'";
  if (f[3] != "yes" && f[3] != "no") {
    return "bad ties_organisations '" + std::string(f[3]) + "' (yes | no)";
  }
  if (!IsColor(f[4])) return "bad colour '" + std::string(f[4]) + "' (#rrggbb)";
  info->name = std::string(f[0]);
  info->symmetric = f[1] == "symmetric";
  info->family = *family;
  info->ties_organisations = f[3] == "yes";
  info->color = std::string(f[4]);
  info->description = f[5] == "-" ? std::string() : std::string(f[5]);
  return "";
}

}  // namespace

std::optional<RelationFamily> ParseRelationFamily(std::string_view name) {
  for (const auto& [n, family] : kFamilies) {
    if (n == name) return family;
  }
  return std::nullopt;
}

Status RelationTypes::Parse(std::istream& in, const std::string& source_name,
                            std::vector<std::string>* errors) {
  std::vector<RelationTypeInfo> parsed;
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    RelationTypeInfo info;
    std::string why = ParseRow(line, &info);
    for (const RelationTypeInfo& earlier : parsed) {
      if (why.empty() && earlier.name == info.name)
        why = "duplicate name '" + info.name + "'";
    }
    if (!why.empty()) {
      errors->push_back(source_name + ":" + std::to_string(number) + ": " +
                        why + ": " + Quoted(line));
      continue;
    }
    parsed.push_back(std::move(info));
  }
  if (in.bad()) return Status::IoError(source_name + ": read error");
  types_ = std::move(parsed);
  return Status::Ok();
}

const RelationTypes& RelationTypes::Builtin() {
  // A function-local static: initialised once, thread-safe (C++11).
  static const RelationTypes* const builtin = [] {
    auto* types = new RelationTypes();
    std::istringstream in{std::string(BuiltinRelationTypesText())};
    std::vector<std::string> errors;
    const Status status = types->Parse(in, "data/relation_types.tsv", &errors);
    if (!status.ok() || !errors.empty() || types->size() == 0) {
      std::cerr << "newsgraph: the compiled-in relation types are damaged:\n";
      for (const std::string& e : errors) std::cerr << "  " << e << "\n";
      std::abort();
    }
    return types;
  }();
  return *builtin;
}

const RelationTypeInfo* RelationTypes::Find(std::string_view name) const {
  for (const RelationTypeInfo& info : types_) {
    if (info.name == name) return &info;
  }
  return nullptr;
}

std::optional<std::size_t> RelationTypes::IndexOf(std::string_view name) const {
  for (std::size_t i = 0; i < types_.size(); ++i) {
    if (types_[i].name == name) return i;
  }
  return std::nullopt;
}

std::string RelationTypes::NameList() const {
  std::string out;
  for (const RelationTypeInfo& info : types_) {
    out += (out.empty() ? "" : ", ") + info.name;
  }
  return out;
}

const RelationTypeInfo* FindRelationType(std::string_view name) {
  return RelationTypes::Builtin().Find(name);
}

bool IsSymmetricRelation(std::string_view name) {
  const RelationTypeInfo* info = FindRelationType(name);
  return info != nullptr && info->symmetric;
}

std::string_view BuiltinRelationTypesText() {
  return std::string_view(kRelationTypesTsv, sizeof(kRelationTypesTsv) - 1);
}

}  // namespace newsgraph
