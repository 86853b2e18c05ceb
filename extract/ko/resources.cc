#include "extract/ko/resources.h"

#include <algorithm>
#include <filesystem>

#include "extract/normalizer.h"

namespace newsgraph::extract::ko {
namespace {

namespace fs = std::filesystem;

std::string Reversed(const std::string& s) {
  return std::string(s.rbegin(), s.rend());
}

// One cue table: where the rows come from and what they need. A checked
// table's bad rows (shape or enumerated values) fail the load.
struct TableSpec {
  const char* file;
  TsvShape shape;
  bool checked = false;
};

constexpr TableSpec kParticles = {"particles.tsv", {3, 3}, true};
constexpr TableSpec kTitles = {"titles.tsv", {2, 2}, true};
constexpr TableSpec kOrgSuffixes = {"org_suffixes.tsv", {3, 3}};
constexpr TableSpec kSurnames = {"surnames.tsv", {1, 2}};
constexpr TableSpec kNotNames = {"not_names.tsv", {1, 1}};
constexpr TableSpec kRelationCues = {"relation_cues.tsv", kRelationCueShape, true};
constexpr TableSpec kHedgeCues = {"hedge_cues.tsv", {2, 2}, true};
constexpr TableSpec kAnaphora = {"anaphora.tsv", {2, 2}, true};
constexpr TableSpec kClauseEndings = {"clause_endings.tsv", {1, 1}};
constexpr TableSpec kDescriptors = {"descriptors.tsv", {1, 1}};
constexpr TableSpec kRelationWords = {"relation_words.tsv", kRelationWordShape,
                                      true};
constexpr TableSpec kSpacedEndings = {"spaced_endings.tsv", {1, 1}};

// Each Add* turns rows into lookups; a row with a bad value is reported.
void AddParticles(const std::vector<TsvRow>& rows, Resources* r,
                  std::vector<std::string>* errors) {
  for (const TsvRow& row : rows) {
    Role role;
    Attach attach;
    if (!ParseRole(row.fields[1], &role)) {
      errors->push_back(RowMessage(row, "unknown role '" + row.fields[1] + "'"));
      continue;
    }
    if (!ParseAttach(row.fields[2], &attach)) {
      errors->push_back(
          RowMessage(row, "unknown attachment '" + row.fields[2] + "'"));
      continue;
    }
    r->particles.Add(NormalizeText(row.fields[0]), role, attach);
  }
}

void AddTitles(const std::vector<TsvRow>& rows, Resources* r,
               std::vector<std::string>* errors) {
  for (const TsvRow& row : rows) {
    const std::string& kind = row.fields[1];
    TitleKind k;
    if (kind == "role") {
      k = TitleKind::kRole;
    } else if (kind == "person") {
      k = TitleKind::kPerson;
    } else if (kind == "fused") {
      k = TitleKind::kFused;
    } else if (kind == "ambiguous") {
      k = TitleKind::kAmbiguous;
    } else {
      errors->push_back(RowMessage(
          row, "unknown title kind '" + kind +
                   "' (role | person | fused | ambiguous)"));
      continue;
    }
    const std::string title = NormalizeText(row.fields[0]);
    r->titles.Insert(title, static_cast<int>(k));
    r->titles_reversed.Insert(Reversed(title), static_cast<int>(k));
  }
}

void AddOrgSuffixes(const std::vector<TsvRow>& rows, Resources* r,
                    std::vector<std::string>* warnings) {
  for (const TsvRow& row : rows) {
    const auto type = ParseEntityType(row.fields[1]);
    if (!type) {
      warnings->push_back(row.source + ": unknown type \"" + row.fields[1] +
                          "\"");
      continue;
    }
    const bool strong = row.fields[2] == "strong";
    r->org_suffixes.Insert(Reversed(NormalizeText(row.fields[0])),
                           OrgSuffixValue(*type, strong));
  }
}

// The rows are checked in cue_table.cc.
void AddCues(const std::vector<TsvRow>& rows, Resources* r,
             std::vector<std::string>* errors,
             std::vector<std::string>* warnings) {
  const std::size_t first = r->cues.size();
  CuesFromRows(rows, &r->cues, errors, warnings);
  for (std::size_t i = first; i < r->cues.size(); ++i)
    r->cue_trie.Insert(r->cues[i].text, static_cast<int>(i));
}

void AddHedges(const std::vector<TsvRow>& rows, Resources* r,
               std::vector<std::string>* errors) {
  for (const TsvRow& row : rows) {
    if (row.fields[1] != "1" && row.fields[1] != "0") {
      errors->push_back(
          RowMessage(row, "hedged must be 1 or 0, not '" + row.fields[1] + "'"));
      continue;
    }
    r->hedge_cues.Insert(NormalizeText(row.fields[0]),
                         row.fields[1] == "1" ? 1 : 0);
  }
}

void AddAnaphora(const std::vector<TsvRow>& rows, Resources* r,
                 std::vector<std::string>* errors) {
  static const std::pair<const char*, AnaphorKind> kKinds[] = {
      {"org", AnaphorKind::kOrg},
      {"person", AnaphorKind::kPerson},
      {"org-pair", AnaphorKind::kOrgPair},
      {"person-pair", AnaphorKind::kPersonPair},
      {"pair", AnaphorKind::kAnyPair},
      {"event", AnaphorKind::kEvent}};
  for (const TsvRow& row : rows) {
    const auto it =
        std::find_if(std::begin(kKinds), std::end(kKinds),
                     [&](const auto& k) { return row.fields[1] == k.first; });
    if (it == std::end(kKinds)) {
      errors->push_back(RowMessage(
          row, "unknown anaphor kind '" + row.fields[1] +
                   "' (org | person | org-pair | person-pair | pair | event)"));
      continue;
    }
    r->anaphora.Insert(NormalizeText(row.fields[0]),
                       static_cast<int>(it->second));
  }
}

// "코넬대학교" is also written "코넬 대학교": a name that ends in a generic
// body word (spaced_endings.tsv) gets the spaced spelling too.
void InsertWithSpacedEnding(const std::string& name, int value,
                            const std::vector<std::string>& endings,
                            PhraseTrie* trie) {
  trie->Insert(name, value);
  for (const std::string& ending : endings) {
    if (name.size() > ending.size() + 3 &&
        name.find(' ') == std::string::npos &&
        name.compare(name.size() - ending.size(), ending.size(), ending) == 0) {
      trie->Insert(name.substr(0, name.size() - ending.size()) + " " + ending,
                   value);
      return;
    }
  }
}

void AddEntities(Resources* r) {
  const auto& entries = r->lexicon.entries();
  for (std::size_t i = 0; i < entries.size(); ++i) {
    InsertWithSpacedEnding(entries[i].name, static_cast<int>(i),
                           r->spaced_endings, &r->entity_names);
    for (const std::string& alias : entries[i].aliases) {
      InsertWithSpacedEnding(alias, static_cast<int>(i), r->spaced_endings,
                             &r->entity_names);
    }
  }
}

// Loads `dir`/`spec.file` into *rows; a missing file is fine when optional.
// A checked table's bad rows go to *errors.
Status LoadTable(const std::string& dir, const TableSpec& spec, bool optional,
                 std::vector<TsvRow>* rows, std::vector<std::string>* errors,
                 std::vector<std::string>* warnings) {
  const std::string path = dir + "/" + spec.file;
  std::error_code ec;
  if (!fs::exists(path, ec)) {
    if (optional) return Status::Ok();
    return Status::NotFound(path + ": lexicon file missing");
  }
  return LoadTsv(path, spec.shape, rows, spec.checked ? errors : warnings);
}

Status LoadEntityDir(const std::string& dir, EntityLexicon* lexicon,
                     std::vector<std::string>* warnings) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status::Ok();
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    if (e.path().extension() == ".tsv") files.push_back(e.path().string());
  }
  std::sort(files.begin(), files.end());  // deterministic: first id wins
  for (const std::string& f : files) {
    Status s = lexicon->Load(f, warnings);
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

// Everything one lexicon directory holds: entities/*.tsv and the Korean
// word and cue tables in `table_dir` (<lexicon>/ko for the built-in
// lexicon, the directory itself for a user's).
Status LoadDir(const std::string& dir, const std::string& table_dir,
               bool optional, Resources* r,
               std::vector<std::string>* warnings) {
  std::vector<TsvRow> particles, titles, suffixes, surnames, not_names, cues,
      hedges, anaphora, endings, descriptors;
  std::vector<TsvRow> relation_words, spaced_endings;
  const std::pair<const TableSpec*, std::vector<TsvRow>*> tables[] = {
      {&kRelationWords, &relation_words},
      {&kSpacedEndings, &spaced_endings},
      {&kParticles, &particles},
      {&kTitles, &titles},
      {&kOrgSuffixes, &suffixes},
      {&kSurnames, &surnames},
      {&kNotNames, &not_names},
      {&kRelationCues, &cues},
      {&kHedgeCues, &hedges},
      {&kAnaphora, &anaphora},
      {&kClauseEndings, &endings},
      {&kDescriptors, &descriptors}};
  std::vector<std::string> errors;  // bad rows of checked tables
  for (const auto& [spec, rows] : tables) {
    Status s = LoadTable(table_dir, *spec, optional, rows, &errors, warnings);
    if (!s.ok()) return s;
  }
  Status s = LoadEntityDir(dir + "/entities", &r->lexicon, warnings);
  if (!s.ok()) return s;
  AddParticles(particles, r, &errors);
  WarnRepeatedKeys(titles, warnings);
  AddTitles(titles, r, &errors);
  AddOrgSuffixes(suffixes, r, warnings);
  for (const TsvRow& row : surnames) {
    r->surnames.insert(NormalizeText(row.fields[0]));
    if (row.fields.size() > 1 && row.fields[1] == "rare") {
      r->rare_surnames.insert(NormalizeText(row.fields[0]));
    }
  }
  for (const TsvRow& row : not_names)
    r->not_names.insert(NormalizeText(row.fields[0]));
  AddCues(cues, r, &errors, warnings);
  WarnRepeatedKeys(hedges, warnings);
  AddHedges(hedges, r, &errors);
  WarnRepeatedKeys(anaphora, warnings);
  AddAnaphora(anaphora, r, &errors);
  for (const TsvRow& row : endings) {
    r->clause_endings.push_back(NormalizeText(row.fields[0]));
    const char32_t last = LastCodePoint(r->clause_endings.back());
    if (std::find(r->clause_ending_lasts.begin(), r->clause_ending_lasts.end(),
                  last) == r->clause_ending_lasts.end()) {
      r->clause_ending_lasts.push_back(last);
    }
  }
  for (const TsvRow& row : descriptors) {
    r->descriptors_reversed.Insert(Reversed(NormalizeText(row.fields[0])), 1);
  }
  r->relation_words.AddRows(relation_words, &errors, warnings);
  for (const TsvRow& row : spaced_endings)
    r->spaced_endings.push_back(NormalizeText(row.fields[0]));
  return TableErrors(errors);
}

// User directories may also hold entity rows straight in *.tsv files that are
// not one of the cue tables.
Status LoadUserEntities(const std::string& dir, Resources* r,
                        std::vector<std::string>* warnings) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec))
    return Status::NotFound(dir + ": not a directory");
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    const std::string name = e.path().filename().string();
    bool cue_table = false;
    for (const TableSpec* spec :
         {&kParticles, &kTitles, &kOrgSuffixes, &kSurnames, &kNotNames,
          &kRelationCues, &kHedgeCues, &kAnaphora, &kClauseEndings,
          &kDescriptors, &kRelationWords, &kSpacedEndings}) {
      cue_table = cue_table || name == spec->file;
    }
    if (!cue_table && e.path().extension() == ".tsv")
      files.push_back(e.path().string());
  }
  std::sort(files.begin(), files.end());
  for (const std::string& f : files) {
    Status s = r->lexicon.Load(f, warnings);
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace

Status Resources::Load(const std::string& builtin_dir,
                       const std::vector<std::string>& user_dirs,
                       Resources* out, std::vector<std::string>* warnings) {
  Status s = LoadDir(builtin_dir, builtin_dir + "/ko", /*optional=*/false,
                     out, warnings);
  if (s.ok())
    s = TimexLexicon::Load(builtin_dir + "/ko", &out->timex_words, warnings);
  if (!s.ok()) return s;
  s = RecognizerWords::Load(builtin_dir + "/ko/recognizer_words.tsv",
                            &out->words, warnings);
  if (!s.ok()) return s;
  for (const std::string& dir : user_dirs) {
    s = LoadUserEntities(dir, out, warnings);
    if (!s.ok()) return s;
    s = LoadDir(dir, dir, /*optional=*/true, out, warnings);
    if (!s.ok()) return s;
  }
  AddEntities(out);
  return Status::Ok();
}

}  // namespace newsgraph::extract::ko
