#include "extract/ko/relation_words.h"

#include <algorithm>

#include "extract/normalizer.h"

namespace newsgraph::extract::ko {
namespace {

// The kind column's names, in RelationWordKind order.
constexpr std::array<std::string_view, kRelationWordKindCount> kKindNames = {
    "adnominal", "done",         "describing",  "copula",
    "genitive",  "list-joiner",  "pair-joiner", "list-tail",
    "former",    "member-title", "local-head",
};

bool ParseKind(std::string_view name, RelationWordKind* kind) {
  for (std::size_t i = 0; i < kKindNames.size(); ++i) {
    if (kKindNames[i] == name) {
      *kind = static_cast<RelationWordKind>(i);
      return true;
    }
  }
  return false;
}

std::string KindList() {
  std::string out;
  for (std::string_view name : kKindNames) {
    out += (out.empty() ? "" : " | ") + std::string(name);
  }
  return out;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

void RelationWords::AddRows(const std::vector<TsvRow>& rows,
                            std::vector<std::string>* errors,
                            std::vector<std::string>* warnings) {
  for (const TsvRow& row : rows) {
    RelationWordKind kind;
    if (!ParseKind(row.fields[1], &kind)) {
      errors->push_back(RowMessage(
          row, "unknown kind '" + row.fields[1] + "' (" + KindList() + ")"));
      continue;
    }
    const bool local_head = kind == RelationWordKind::kLocalHead;
    if (local_head == row.fields[2].empty()) {
      errors->push_back(
          RowMessage(row, local_head ? "a local-head row needs a value"
                                     : "only a local-head row has a value"));
      continue;
    }
    std::vector<std::string>& words = words_[static_cast<std::size_t>(kind)];
    std::string word = NormalizeText(row.fields[0]);
    if (std::find(words.begin(), words.end(), word) != words.end()) {
      warnings->push_back(RowMessage(row, "written twice, kept the first"));
      continue;
    }
    if (local_head)
      local_heads_.emplace_back(word, NormalizeText(row.fields[2]));
    words.push_back(std::move(word));
  }
}

Status RelationWords::Parse(std::istream& in, const std::string& source_name,
                            std::vector<std::string>* errors,
                            std::vector<std::string>* warnings) {
  std::vector<TsvRow> rows;
  Status status = ParseTsv(in, source_name, kRelationWordShape, &rows, errors);
  if (!status.ok()) return status;
  AddRows(rows, errors, warnings);
  return Status::Ok();
}

bool RelationWords::Is(RelationWordKind kind, std::string_view word) const {
  for (const std::string& w : words_[static_cast<std::size_t>(kind)]) {
    if (w == word) return true;
  }
  return false;
}

bool RelationWords::EndsInAny(RelationWordKind kind,
                              std::string_view word) const {
  for (const std::string& w : words_[static_cast<std::size_t>(kind)]) {
    if (EndsWith(word, w)) return true;
  }
  return false;
}

std::string_view RelationWords::LocalBodyEnding(std::string_view title) const {
  for (const auto& [head, ending] : local_heads_) {
    if (head == title) return ending;
  }
  return {};
}

}  // namespace newsgraph::extract::ko
