#include "extract/lexicon.h"

#include <fstream>

#include "extract/normalizer.h"
#include "core/utf8.h"

namespace newsgraph::extract {
namespace {

constexpr std::size_t kEntityColumns = 7;
constexpr std::size_t kMaxQuotedRow = 80;  // bytes of a bad row shown in a message

std::vector<std::string> SplitOn(std::string_view line, char sep) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    const std::size_t pos = line.find(sep, start);
    out.emplace_back(line.substr(start, pos - start));
    if (pos == std::string_view::npos) break;
    start = pos + 1;
  }
  return out;
}

std::string Quoted(std::string_view line) {
  std::string shown(line.substr(0, kMaxQuotedRow));
  for (char& c : shown) {
    if (c == '\t') c = ' ';
  }
  // Do not cut a UTF-8 sequence in half.
  while (!shown.empty() && FindInvalidUtf8(shown) != std::string::npos) shown.pop_back();
  return "\"" + shown + (line.size() > kMaxQuotedRow ? "...\"" : "\"");
}

std::string Where(const std::string& source, std::size_t line) {
  return source + ":" + std::to_string(line);
}

bool IsStockCode(std::string_view s) {
  if (s.size() != 6) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

std::string Field(const std::string& s) { return s == "-" ? "" : s; }

// Reads the lines of `in`, handing each data line (not blank, not a comment,
// '\r' removed) to `row` with its line number.
template <typename RowFn>
Status ForEachDataLine(std::istream& in, const std::string& source_name, RowFn row) {
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    row(line, number);
  }
  if (in.bad()) return Status::IoError(source_name + ": read error");
  return Status::Ok();
}

// Checks one entity row; returns "" when it is good and fills *entry.
std::string ParseEntityRow(const std::string& line, LexiconEntry* entry) {
  const std::vector<std::string> f = SplitOn(line, '\t');
  if (f.size() != kEntityColumns) {
    return "expected " + std::to_string(kEntityColumns) + " columns, got " +
           std::to_string(f.size());
  }
  if (FindInvalidUtf8(line) != std::string::npos) return "invalid UTF-8";
  if (f[0].empty() || f[0] == "-") return "empty id";
  if (f[1].empty() || f[1] == "-") return "empty name";
  const auto type = ParseEntityType(f[2]);
  if (!type) return "unknown type '" + f[2] + "'";
  if (f[4] != "-" && !IsStockCode(f[4])) return "bad stock code '" + f[4] + "'";
  entry->id = f[0];
  entry->name = NormalizeText(f[1]);
  entry->type = *type;
  if (f[3] != "-") {
    for (const std::string& alias : SplitOn(f[3], '|')) {
      std::string a = NormalizeText(alias);
      if (!a.empty() && a != entry->name) entry->aliases.push_back(std::move(a));
    }
  }
  entry->stock_code = Field(f[4]);
  entry->english = Field(f[5]);
  entry->parent = Field(f[6]);
  return "";
}

}  // namespace

Status EntityLexicon::Parse(std::istream& in, const std::string& source_name,
                            std::vector<std::string>* errors) {
  std::vector<LexiconEntry> parsed;
  std::unordered_map<std::string, std::size_t> seen;
  Status status = ForEachDataLine(in, source_name, [&](const std::string& line,
                                                       std::size_t number) {
    LexiconEntry entry;
    std::string why = ParseEntityRow(line, &entry);
    if (why.empty() && (by_id_.count(entry.id) || seen.count(entry.id))) {
      why = "duplicate id '" + entry.id + "'";
    }
    if (!why.empty()) {
      errors->push_back(Where(source_name, number) + ": " + why + ": " + Quoted(line));
      return;
    }
    entry.source = Where(source_name, number);
    seen.emplace(entry.id, parsed.size());
    parsed.push_back(std::move(entry));
  });
  if (!status.ok()) return status;
  for (LexiconEntry& entry : parsed) {
    by_id_.emplace(entry.id, entries_.size());
    entries_.push_back(std::move(entry));
  }
  return Status::Ok();
}

Status EntityLexicon::Load(const std::string& path, std::vector<std::string>* errors) {
  std::ifstream in(path);
  if (!in) return Status::IoError(path + ": cannot open");
  return Parse(in, path, errors);
}

const LexiconEntry* EntityLexicon::FindById(std::string_view id) const {
  auto it = by_id_.find(std::string(id));
  return it == by_id_.end() ? nullptr : &entries_[it->second];
}

Status ParseTsv(std::istream& in, const std::string& source_name, TsvShape shape,
                std::vector<TsvRow>* rows, std::vector<std::string>* errors) {
  std::vector<TsvRow> parsed;
  Status status = ForEachDataLine(in, source_name, [&](const std::string& line,
                                                       std::size_t number) {
    std::vector<std::string> f = SplitOn(line, '\t');
    std::string why;
    if (f.size() < shape.min_columns || f.size() > shape.max_columns) {
      why = "expected " + std::to_string(shape.min_columns) +
            (shape.max_columns != shape.min_columns
                 ? "-" + std::to_string(shape.max_columns)
                 : "") +
            " columns, got " + std::to_string(f.size());
    } else if (FindInvalidUtf8(line) != std::string::npos) {
      why = "invalid UTF-8";
    } else if (f[0].empty() || f[0] == "-") {
      why = "empty first column";
    }
    if (!why.empty()) {
      errors->push_back(Where(source_name, number) + ": " + why + ": " + Quoted(line));
      return;
    }
    for (std::string& field : f) field = Field(field);
    parsed.push_back({std::move(f), Where(source_name, number), line});
  });
  if (!status.ok()) return status;
  rows->insert(rows->end(), std::make_move_iterator(parsed.begin()),
               std::make_move_iterator(parsed.end()));
  return Status::Ok();
}

std::string RowMessage(const TsvRow& row, std::string_view reason) {
  return row.source + ": " + std::string(reason) + ": " + Quoted(row.text);
}

Status LoadTsv(const std::string& path, TsvShape shape, std::vector<TsvRow>* rows,
               std::vector<std::string>* errors) {
  std::ifstream in(path);
  if (!in) return Status::IoError(path + ": cannot open");
  return ParseTsv(in, path, shape, rows, errors);
}

}  // namespace newsgraph::extract
