// Lexicon files: the entity lexicon (data/lexicon/entities/*.tsv, 7 columns,
// see the '#' header of any of those files) and the small cue tables
// (titles, particles, relation cues, ...). Every file is UTF-8 TSV; lines
// starting with '#' and blank lines are skipped; '-' marks an empty field.
//
// Loading follows one rule: a file is parsed into a local object, bad rows are
// skipped and reported as "file:line: why: \"row\"", and the rows that parsed
// are added only when the whole file could be read.
#ifndef NEWSGRAPH_EXTRACT_LEXICON_H_
#define NEWSGRAPH_EXTRACT_LEXICON_H_

#include <cstddef>
#include <istream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/extraction.h"
#include "core/status.h"

namespace newsgraph::extract {

struct LexiconEntry {
  std::string id;                    // "org:sk-hynix"
  std::string name;                  // canonical name, normalised
  EntityType type = EntityType::kOrg;
  std::vector<std::string> aliases;  // normalised, without the name itself
  std::string stock_code;            // "" when '-'
  std::string english;               // "" when '-'
  std::string parent;                // id or ""
  std::string source;                // "groups.tsv:12", for messages
};

class EntityLexicon {
 public:
  // Reads rows from `in`. Bad rows (wrong column count, unknown type, bad
  // stock code, empty or duplicate id) are skipped and described in *errors.
  // Returns an error only when the stream itself fails; then nothing is added.
  Status Parse(std::istream& in, const std::string& source_name,
               std::vector<std::string>* errors);
  // Opens `path` and calls Parse with the file name as source name.
  Status Load(const std::string& path, std::vector<std::string>* errors);

  const std::vector<LexiconEntry>& entries() const { return entries_; }
  const LexiconEntry* FindById(std::string_view id) const;

 private:
  std::vector<LexiconEntry> entries_;
  std::unordered_map<std::string, std::size_t> by_id_;
};

// A cue table: rows of between min and max columns ('-' kept as "").
struct TsvRow {
  std::vector<std::string> fields;
  std::string source;  // "titles.tsv:7"
  std::string text;    // the row as written, for messages
};

// `source: reason: "row"` (the row shortened, tabs shown as spaces): how a
// check of a row's values reports it.
std::string RowMessage(const TsvRow& row, std::string_view reason);

struct TsvShape {
  std::size_t min_columns = 1;
  std::size_t max_columns = 1;
};

// Same contract as EntityLexicon::Parse: bad rows skipped and reported, rows
// appended to *rows only when the stream was read to the end.
Status ParseTsv(std::istream& in, const std::string& source_name, TsvShape shape,
                std::vector<TsvRow>* rows, std::vector<std::string>* errors);
Status LoadTsv(const std::string& path, TsvShape shape, std::vector<TsvRow>* rows,
               std::vector<std::string>* errors);

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_EXTRACT_LEXICON_H_
