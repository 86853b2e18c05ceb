#include "extract/ko/resources.h"

#include <algorithm>
#include <filesystem>

#include "extract/normalizer.h"

namespace newsgraph::extract::ko {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> SplitBars(const std::string& s) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= s.size() && !s.empty()) {
    const std::size_t bar = s.find('|', start);
    out.push_back(s.substr(start, bar - start));
    if (bar == std::string::npos) break;
    start = bar + 1;
  }
  return out;
}

std::string Reversed(const std::string& s) {
  return std::string(s.rbegin(), s.rend());
}

// One cue table: where the rows come from and what they need.
struct TableSpec {
  const char* file;
  TsvShape shape;
};

constexpr TableSpec kParticles = {"particles.tsv", {3, 3}};
constexpr TableSpec kTitles = {"titles.tsv", {2, 2}};
constexpr TableSpec kOrgSuffixes = {"org_suffixes.tsv", {3, 3}};
constexpr TableSpec kSurnames = {"surnames.tsv", {1, 2}};
constexpr TableSpec kNotNames = {"not_names.tsv", {1, 1}};
constexpr TableSpec kRelationCues = {"relation_cues.tsv", {2, 4}};
constexpr TableSpec kHedgeCues = {"hedge_cues.tsv", {2, 2}};
constexpr TableSpec kAnaphora = {"anaphora.tsv", {2, 2}};
constexpr TableSpec kClauseEndings = {"clause_endings.tsv", {1, 1}};
constexpr TableSpec kDescriptors = {"descriptors.tsv", {1, 1}};

// Each Add* turns rows into lookups; a row with a bad value is reported.
void AddParticles(const std::vector<TsvRow>& rows, Resources* r,
                  std::vector<std::string>* warnings) {
  for (const TsvRow& row : rows) {
    Role role;
    Attach attach;
    if (!ParseRole(row.fields[1], &role) ||
        !ParseAttach(row.fields[2], &attach)) {
      warnings->push_back(row.source + ": unknown role or attachment: \"" +
                          row.fields[1] + " " + row.fields[2] + "\"");
      continue;
    }
    r->particles.Add(NormalizeText(row.fields[0]), role, attach);
  }
}

void AddTitles(const std::vector<TsvRow>& rows, Resources* r,
               std::vector<std::string>* warnings) {
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
      warnings->push_back(row.source + ": unknown title kind \"" + kind + "\"");
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

void AddCues(const std::vector<TsvRow>& rows, Resources* r) {
  for (const TsvRow& row : rows) {
    RelationCue cue;
    cue.text = NormalizeText(row.fields[0]);
    cue.relation = row.fields[1];
    if (row.fields.size() > 2)
      cue.implied_object = NormalizeText(row.fields[2]);
    if (row.fields.size() > 3 && !row.fields[3].empty()) {
      cue.not_followed_by = SplitBars(row.fields[3]);
    }
    r->cue_trie.Insert(cue.text, static_cast<int>(r->cues.size()));
    r->cues.push_back(std::move(cue));
  }
}

void AddHedges(const std::vector<TsvRow>& rows, Resources* r) {
  for (const TsvRow& row : rows) {
    r->hedge_cues.Insert(NormalizeText(row.fields[0]),
                         row.fields[1] == "1" ? 1 : 0);
  }
}

void AddAnaphora(const std::vector<TsvRow>& rows, Resources* r,
                 std::vector<std::string>* warnings) {
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
      warnings->push_back(row.source + ": unknown anaphor kind \"" +
                          row.fields[1] + "\"");
      continue;
    }
    r->anaphora.Insert(NormalizeText(row.fields[0]),
                       static_cast<int>(it->second));
  }
}

// "코넬대학교" is also written "코넬 대학교": a name that ends in a generic
// body word gets the spaced spelling too.
void InsertWithSpacedEnding(const std::string& name, int value,
                            PhraseTrie* trie) {
  trie->Insert(name, value);
  for (std::string_view ending : {"대학교", "대학", "재단", "협회", "그룹"}) {
    if (name.size() > ending.size() + 3 &&
        name.find(' ') == std::string::npos &&
        name.compare(name.size() - ending.size(), ending.size(), ending) == 0) {
      trie->Insert(name.substr(0, name.size() - ending.size()) + " " +
                       std::string(ending),
                   value);
      return;
    }
  }
}

void AddEntities(Resources* r) {
  const auto& entries = r->lexicon.entries();
  for (std::size_t i = 0; i < entries.size(); ++i) {
    InsertWithSpacedEnding(entries[i].name, static_cast<int>(i),
                           &r->entity_names);
    for (const std::string& alias : entries[i].aliases) {
      InsertWithSpacedEnding(alias, static_cast<int>(i), &r->entity_names);
    }
  }
}

// Loads `dir`/`spec.file` into *rows; a missing file is fine when optional.
Status LoadTable(const std::string& dir, const TableSpec& spec, bool optional,
                 std::vector<TsvRow>* rows,
                 std::vector<std::string>* warnings) {
  const std::string path = dir + "/" + spec.file;
  std::error_code ec;
  if (!fs::exists(path, ec)) {
    if (optional) return Status::Ok();
    return Status::NotFound(path + ": lexicon file missing");
  }
  return LoadTsv(path, spec.shape, rows, warnings);
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
  const std::pair<const TableSpec*, std::vector<TsvRow>*> tables[] = {
      {&kParticles, &particles},   {&kTitles, &titles},
      {&kOrgSuffixes, &suffixes},  {&kSurnames, &surnames},
      {&kNotNames, &not_names},    {&kRelationCues, &cues},
      {&kHedgeCues, &hedges},      {&kAnaphora, &anaphora},
      {&kClauseEndings, &endings}, {&kDescriptors, &descriptors}};
  for (const auto& [spec, rows] : tables) {
    Status s = LoadTable(table_dir, *spec, optional, rows, warnings);
    if (!s.ok()) return s;
  }
  Status s = LoadEntityDir(dir + "/entities", &r->lexicon, warnings);
  if (!s.ok()) return s;
  AddParticles(particles, r, warnings);
  AddTitles(titles, r, warnings);
  AddOrgSuffixes(suffixes, r, warnings);
  for (const TsvRow& row : surnames) {
    r->surnames.insert(NormalizeText(row.fields[0]));
    if (row.fields.size() > 1 && row.fields[1] == "rare") {
      r->rare_surnames.insert(NormalizeText(row.fields[0]));
    }
  }
  for (const TsvRow& row : not_names)
    r->not_names.insert(NormalizeText(row.fields[0]));
  AddCues(cues, r);
  AddHedges(hedges, r);
  AddAnaphora(anaphora, r, warnings);
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
  return Status::Ok();
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
          &kDescriptors}) {
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
