// Query and curation commands over a graph database: timeline, neighbors,
// path, ego, entity (lookup, merge), alias add, stats. Each takes --db FILE;
// the read commands print a table, or JSON with --format json.
// Exit codes: 0 ok, 1 a name matched no entity (or several), 2 bad command
// line or database.
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/table_printer.h"
#include "core/relation_types.h"
#include "graph/knowledge_graph.h"
#include "query/json.h"
#include "query/query.h"
#include "query/resolve.h"
#include "store/sqlite_store.h"

namespace newsgraph::cli {
namespace {

using graph::EntityId;
using graph::EntityView;
using graph::EventView;
using graph::KnowledgeGraph;

struct DbOptions {
  std::string db;
  std::string format = "table";
  bool json() const { return format == "json"; }
};

void AddDbOptions(CLI::App* cmd, DbOptions* o, bool with_format = true) {
  cmd->add_option("--db", o->db, "Graph database (SQLite) written by ingest")->required();
  if (with_format) {
    cmd->add_option("--format", o->format, "Output format")->check(CLI::IsMember({"table", "json"}));
  }
}

std::unique_ptr<store::SqliteStore> OpenStore(const std::string& db, bool read_only) {
  std::unique_ptr<store::SqliteStore> store;
  const Status s = store::SqliteStore::Open(db, {.read_only = read_only}, &store);
  if (!s.ok()) {
    std::cerr << "newsgraph: " << s.message() << "\n";
    return nullptr;
  }
  return store;
}

std::string Describe(const KnowledgeGraph& g, EntityId id) {
  const std::optional<EntityView> e = g.Entity(id);
  if (!e) return "#" + std::to_string(id);
  return "#" + std::to_string(id) + " " + e->name + " (" +
         std::string(newsgraph::EntityTypeName(e->type)) + ", " +
         std::to_string(g.Timeline({.entity = id, .with_evidence = false}).size()) + " events)";
}

// The one entity a user means (query::Resolve); prints why not (no match,
// or the candidates).
std::optional<EntityId> Resolve(const KnowledgeGraph& g, const std::string& name,
                                const std::string& db) {
  const query::Resolution r = query::Resolve(g, name);
  if (r.found()) return r.id();
  if (query::IsIdReference(name)) {
    std::cerr << "newsgraph: no entity " << name << " in " << db << "\n";
  } else if (!r.ambiguous()) {
    std::cerr << "newsgraph: no entity named \"" << name << "\" in " << db
              << " (try: newsgraph stats --db " << db << ")\n";
  } else {
    std::cerr << "newsgraph: \"" << name << "\" is ambiguous, it names " << r.matches.size()
              << " entities; name one by id:\n";
    for (EntityId id : r.matches) std::cerr << "  " << Describe(g, id) << "\n";
  }
  return std::nullopt;
}

bool CheckTime(const std::string& value, const char* option) {
  if (value.empty() || graph::TimeRange(value)) return true;
  std::cerr << "newsgraph: " << option << " \"" << value
            << "\": expected an ISO date such as 2025, 2025-02, 2025-02-04 or 2025-Q1\n";
  return false;
}

bool CheckRelations(const std::vector<std::string>& relations) {
  for (const std::string& r : relations) {
    if (newsgraph::FindRelationType(r) == nullptr) {
      std::cerr << "newsgraph: --relation \"" << r << "\" is not a relation type ("
                << newsgraph::RelationTypes::Builtin().NameList() << ")\n";
      return false;
    }
  }
  return true;
}

std::string Name(const KnowledgeGraph& g, EntityId id) {
  const std::optional<EntityView> e = g.Entity(id);
  return e ? e->name : "#" + std::to_string(id);
}

std::string Join(const std::vector<std::string>& parts, const std::string& sep) {
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : sep) + p;
  return out;
}

std::string AttributesText(const EventView& ev) {
  std::vector<std::string> parts;
  for (const auto& [k, v] : ev.attributes) parts.push_back(k + "=" + v);
  return Join(parts, " ");
}

// The relation as seen from `self`: "invest →", "← invest", or "meet".
std::string Direction(const EventView& ev, EntityId self) {
  if (ev.symmetric) return ev.relation;
  return ev.subject == self ? ev.relation + " →" : "← " + ev.relation;
}

void PrintJson(const std::string& json) { std::cout << json << "\n"; }

std::string FirstEvidence(const EventView& ev) {
  if (ev.evidence.empty()) return "";
  const graph::EvidenceView& e = ev.evidence.front();
  std::string where = e.doc_id;
  if (!e.source.empty()) where += ", " + e.source;
  if (!e.doc_date.empty()) where += " " + e.doc_date;
  return Truncate(e.sentence, 60) + " [" + where + "]";
}

// ---- timeline ----------------------------------------------------------------

struct TimelineOptions : DbOptions {
  std::string entity, with, from, to;
  std::vector<std::string> relations;
};

int RunTimeline(const TimelineOptions& o) {
  if (!CheckTime(o.from, "--from") || !CheckTime(o.to, "--to") || !CheckRelations(o.relations)) {
    return kExitUsage;
  }
  auto store = OpenStore(o.db, true);
  if (!store) return kExitUsage;
  const KnowledgeGraph& g = store->graph();
  const std::optional<EntityId> id = Resolve(g, o.entity, o.db);
  if (!id) return kExitRejected;
  // The table shows one sentence per event; JSON carries all of them.
  graph::TimelineQuery q{.entity = *id, .relations = o.relations, .time = {o.from, o.to},
                         .max_evidence = o.json() ? 0 : std::size_t{1}};
  if (!o.with.empty()) {
    q.with = Resolve(g, o.with, o.db);
    if (!q.with) return kExitRejected;
  }
  const std::optional<query::Timeline> timeline = query::GetTimeline(g, q);
  const std::vector<EventView>& events = timeline->events;
  if (o.json()) {
    PrintJson(query::TimelineJson(g, *timeline));
    return kExitOk;
  }
  TablePrinter table({"TIME", "RELATION", "WITH", "DETAILS", "SOURCES", "STATUS", "EVIDENCE"});
  for (const EventView& ev : events) {
    const EntityId other = ev.subject == *id ? ev.object : ev.subject;
    table.AddRow({ev.time.empty() ? "(undated)" : ev.time, Direction(ev, *id), Name(g, other),
                  AttributesText(ev), std::to_string(ev.source_count),
                  ev.stated ? "stated" : "hedged", FirstEvidence(ev)});
  }
  std::cout << Describe(g, *id) << ": " << events.size() << " events\n";
  if (!table.empty()) table.Print(std::cout);
  return kExitOk;
}

// ---- neighbors ---------------------------------------------------------------

struct NeighborsOptions : DbOptions {
  std::string entity;
};

int RunNeighbors(const NeighborsOptions& o) {
  auto store = OpenStore(o.db, true);
  if (!store) return kExitUsage;
  const KnowledgeGraph& g = store->graph();
  const std::optional<EntityId> id = Resolve(g, o.entity, o.db);
  if (!id) return kExitRejected;
  const std::vector<query::Neighbor> neighbors = query::Neighbors(g, *id);
  if (o.json()) {
    PrintJson(query::NeighborsJson(*g.Entity(*id), neighbors));
    return kExitOk;
  }
  TablePrinter table({"ID", "NAME", "TYPE", "EVENTS", "EVIDENCE", "RELATIONS"});
  for (const query::Neighbor& n : neighbors) {
    const EntityView& e = n.entity;
    std::vector<std::string> rels;
    for (const auto& [rel, count] : n.relations) rels.push_back(rel + "×" + std::to_string(count));
    table.AddRow({"#" + std::to_string(e.id), e.name, std::string(newsgraph::EntityTypeName(e.type)),
                  std::to_string(n.event_count), std::to_string(n.evidence_count),
                  Join(rels, ", ")});
  }
  std::cout << Describe(g, *id) << ": " << neighbors.size() << " neighbors\n";
  if (!table.empty()) table.Print(std::cout);
  return kExitOk;
}

// ---- path --------------------------------------------------------------------

struct PathOptions : DbOptions {
  std::string from, to;
  std::vector<std::string> relations;
  std::size_t limit = 10;
  std::size_t max_hops = 6;
};

// "가회사 -[partner 2025]- 나회사 -[supply]-> 다회사"
std::string PathText(const query::Path& p) {
  std::string out = p.entities.front().name;
  for (std::size_t i = 0; i < p.events.size(); ++i) {
    const EventView& ev = p.events[i];
    const std::string label = ev.relation + (ev.time.empty() ? "" : " " + ev.time);
    const bool forward = ev.subject == p.entities[i].id;
    if (ev.symmetric) {
      out += " -[" + label + "]- ";
    } else if (forward) {
      out += " -[" + label + "]-> ";
    } else {
      out += " <-[" + label + "]- ";
    }
    out += p.entities[i + 1].name;
  }
  return out;
}

int RunPath(const PathOptions& o) {
  if (!CheckRelations(o.relations)) return kExitUsage;
  auto store = OpenStore(o.db, true);
  if (!store) return kExitUsage;
  const KnowledgeGraph& g = store->graph();
  const std::optional<EntityId> a = Resolve(g, o.from, o.db);
  if (!a) return kExitRejected;
  const std::optional<EntityId> b = Resolve(g, o.to, o.db);
  if (!b) return kExitRejected;
  const std::vector<query::Path> paths = query::ShortestPaths(
      g, {.from = *a, .to = *b, .relations = o.relations, .limit = o.limit, .max_hops = o.max_hops});
  if (o.json()) {
    PrintJson(query::PathsJson(g, *g.Entity(*a), *g.Entity(*b), paths));
    return kExitOk;
  }
  if (paths.empty()) {
    std::cout << "no path between " << Name(g, *a) << " and " << Name(g, *b) << " within "
              << o.max_hops << " hops\n";
    return kExitOk;
  }
  std::cout << paths.size() << " shortest path" << (paths.size() > 1 ? "s" : "") << " ("
            << paths.front().events.size() << (paths.front().events.size() == 1 ? " hop)" : " hops)")
            << (paths.size() == o.limit ? ", limit reached" : "") << ":\n";
  for (std::size_t i = 0; i < paths.size(); ++i) {
    std::cout << i + 1 << ". " << PathText(paths[i]) << "\n";
  }
  return kExitOk;
}

// ---- ego ---------------------------------------------------------------------

struct EgoOptions : DbOptions {
  std::string entity, from, to;
  int hops = 1;
  std::vector<std::string> relations;
};

int RunEgo(const EgoOptions& o) {
  if (!CheckTime(o.from, "--from") || !CheckTime(o.to, "--to") || !CheckRelations(o.relations)) {
    return kExitUsage;
  }
  auto store = OpenStore(o.db, true);
  if (!store) return kExitUsage;
  const KnowledgeGraph& g = store->graph();
  const std::optional<EntityId> id = Resolve(g, o.entity, o.db);
  if (!id) return kExitRejected;
  const graph::Subgraph sub = g.Ego(
      {.center = *id, .hops = o.hops, .relations = o.relations, .time = {o.from, o.to}});
  if (o.json()) {
    PrintJson(query::EgoJson(g, *id, o.hops, sub));
    return kExitOk;
  }
  std::cout << Describe(g, *id) << ", " << o.hops << " hops: " << sub.entities.size()
            << " entities, " << sub.events.size() << " events\n";
  TablePrinter entities({"ID", "NAME", "TYPE"});
  for (const EntityView& e : sub.entities) {
    entities.AddRow({"#" + std::to_string(e.id), e.name, std::string(newsgraph::EntityTypeName(e.type))});
  }
  entities.Print(std::cout);
  std::cout << "\n";
  TablePrinter events({"SUBJECT", "RELATION", "OBJECT", "TIME", "SOURCES", "STATUS"});
  for (const EventView& ev : sub.events) {
    events.AddRow({Name(g, ev.subject), ev.relation, Name(g, ev.object),
                   ev.time.empty() ? "(undated)" : ev.time, std::to_string(ev.source_count),
                   ev.stated ? "stated" : "hedged"});
  }
  if (!events.empty()) events.Print(std::cout);
  return kExitOk;
}

// ---- entity ------------------------------------------------------------------

struct EntityOptions : DbOptions {
  std::string name;
  std::string keep, merged;      // entity merge A B
};

int RunEntityLookup(const EntityOptions& o) {
  auto store = OpenStore(o.db, true);
  if (!store) return kExitUsage;
  const KnowledgeGraph& g = store->graph();
  // Every entity the name names: a lookup lists them all.
  std::vector<query::EntityCard> cards;
  for (EntityId id : query::Resolve(g, o.name).matches) {
    if (std::optional<query::EntityCard> card = query::DescribeEntity(g, id)) {
      cards.push_back(std::move(*card));
    }
  }
  if (cards.empty()) {
    std::cerr << "newsgraph: no entity "
              << (query::IsIdReference(o.name) ? o.name : "named \"" + o.name + "\"") << " in "
              << o.db << "\n";
    return kExitRejected;
  }
  if (o.json()) {
    PrintJson(query::EntityCardsJson(cards));
    return kExitOk;
  }
  for (const query::EntityCard& card : cards) {
    const EntityView& e = card.entity;
    std::cout << "#" << e.id << " " << e.name << " (" << newsgraph::EntityTypeName(e.type) << ")\n";
    if (!e.aliases.empty()) std::cout << "  aliases:    " << Join(e.aliases, ", ") << "\n";
    if (!e.stock_code.empty()) std::cout << "  stock code: " << e.stock_code << "\n";
    if (!e.english_name.empty()) std::cout << "  english:    " << e.english_name << "\n";
    if (!e.lexicon_id.empty()) std::cout << "  lexicon id: " << e.lexicon_id << "\n";
    if (!card.roles.empty()) std::cout << "  roles:      " << Join(card.roles, "; ") << "\n";
    std::cout << "  events:     " << card.event_count << " with " << card.neighbor_count
              << " counterparts\n";
  }
  return kExitOk;
}

int RunEntityMerge(const EntityOptions& o) {
  auto store = OpenStore(o.db, false);
  if (!store) return kExitUsage;
  const KnowledgeGraph& g = store->graph();
  const std::optional<EntityId> keep = Resolve(g, o.keep, o.db);
  if (!keep) return kExitRejected;
  const std::optional<EntityId> merged = Resolve(g, o.merged, o.db);
  if (!merged) return kExitRejected;
  const std::string merged_text = Describe(g, *merged);
  const Status s = store->MergeEntities(*keep, *merged);
  if (!s.ok()) {
    std::cerr << "newsgraph: " << s.message() << "\n";
    return s.code() == Status::Code::kIoError ? kExitUsage : kExitRejected;
  }
  std::cout << "merged " << merged_text << " into " << Describe(g, *keep)
            << "; later ingests resolve its names to it\n";
  return kExitOk;
}

struct AliasOptions : DbOptions {
  std::string entity, alias;
};

int RunAliasAdd(const AliasOptions& o) {
  auto store = OpenStore(o.db, false);
  if (!store) return kExitUsage;
  const std::optional<EntityId> id = Resolve(store->graph(), o.entity, o.db);
  if (!id) return kExitRejected;
  const Status s = store->AddAlias(*id, o.alias);
  if (!s.ok()) {
    std::cerr << "newsgraph: " << s.message() << "\n";
    return s.code() == Status::Code::kIoError ? kExitUsage : kExitRejected;
  }
  std::cout << "\"" << o.alias << "\" now names " << Describe(store->graph(), *id) << "\n";
  return kExitOk;
}

// ---- stats -------------------------------------------------------------------

int RunStats(const DbOptions& o) {
  auto store = OpenStore(o.db, true);
  if (!store) return kExitUsage;
  const graph::GraphStats s = store->graph().Stats();
  const std::size_t rejects = store->Rejections().size();
  std::vector<std::pair<std::string, std::size_t>> rows = {
      {"documents", s.documents},   {"sources", s.sources},
      {"entities", s.entities},     {"events", s.events},
      {"evidence", s.evidence},     {"undated events", s.undated_events},
      {"hedged-only events", s.hedged_only_events},
      {"rejected inputs", rejects}, {"database bytes", store->FileBytes()},
      {"graph memory bytes", s.memory_bytes}};
  for (const auto& [type, n] : s.entities_by_type) rows.emplace_back("entities " + type, n);
  for (const auto& [rel, n] : s.events_by_relation) rows.emplace_back("events " + rel, n);
  if (o.json()) {
    PrintJson(query::CountsJson(rows));
    return kExitOk;
  }
  TablePrinter table({"WHAT", "COUNT"});
  for (const auto& [k, v] : rows) table.AddRow({k, std::to_string(v)});
  table.Print(std::cout);
  return kExitOk;
}

// ---- registration ------------------------------------------------------------

template <typename Options>
void OnRun(CLI::App* cmd, std::shared_ptr<Options> options, CommandRunner* run,
           int (*fn)(const Options&)) {
  cmd->callback([options, run, fn] { *run = [options, fn] { return fn(*options); }; });
}

void AddTimeOptions(CLI::App* cmd, std::string* from, std::string* to) {
  cmd->add_option("--from", *from, "Only events that overlap this time or later (ISO: 2025, 2025-02-04, 2025-Q1)");
  cmd->add_option("--to", *to, "Only events that overlap this time or earlier");
}

}  // namespace

void AddQueryCommands(CLI::App& app, CommandRunner* run) {
  {
    auto o = std::make_shared<TimelineOptions>();
    CLI::App* cmd = app.add_subcommand("timeline", "An entity's events in time order (undated last)");
    cmd->add_option("entity", o->entity, "Entity name, alias, stock code or #id")->required();
    cmd->add_option("--with", o->with, "Only events with this counterpart");
    cmd->add_option("--relation", o->relations, "Only this relation type (repeatable)");
    AddTimeOptions(cmd, &o->from, &o->to);
    AddDbOptions(cmd, o.get());
    OnRun(cmd, o, run, &RunTimeline);
  }
  {
    auto o = std::make_shared<NeighborsOptions>();
    CLI::App* cmd = app.add_subcommand("neighbors", "Who an entity is connected to, and how");
    cmd->add_option("entity", o->entity, "Entity name, alias, stock code or #id")->required();
    AddDbOptions(cmd, o.get());
    OnRun(cmd, o, run, &RunNeighbors);
  }
  {
    auto o = std::make_shared<PathOptions>();
    CLI::App* cmd = app.add_subcommand("path", "Shortest chains of relations between two entities");
    cmd->add_option("from", o->from, "First entity")->required();
    cmd->add_option("to", o->to, "Second entity")->required();
    cmd->add_option("--relation", o->relations, "Only this relation type (repeatable)");
    cmd->add_option("--limit", o->limit, "At most this many paths")->check(CLI::PositiveNumber);
    cmd->add_option("--max-hops", o->max_hops, "Longest path considered")->check(CLI::PositiveNumber);
    AddDbOptions(cmd, o.get());
    OnRun(cmd, o, run, &RunPath);
  }
  {
    auto o = std::make_shared<EgoOptions>();
    CLI::App* cmd = app.add_subcommand("ego", "The subgraph within K hops of an entity");
    cmd->add_option("entity", o->entity, "Entity name, alias, stock code or #id")->required();
    cmd->add_option("--hops", o->hops, "Radius in hops")->check(CLI::Range(0, 10));
    cmd->add_option("--relation", o->relations, "Only this relation type (repeatable)");
    AddTimeOptions(cmd, &o->from, &o->to);
    AddDbOptions(cmd, o.get());
    OnRun(cmd, o, run, &RunEgo);
  }
  {
    auto o = std::make_shared<EntityOptions>();
    CLI::App* cmd = app.add_subcommand("entity", "Look an entity up by any of its names; curation");
    cmd->add_option("name", o->name, "Name, alias, stock code, lexicon id or #id");
    cmd->add_option("--db", o->db, "Graph database (SQLite) written by ingest");
    cmd->add_option("--format", o->format, "Output format")->check(CLI::IsMember({"table", "json"}));
    cmd->require_subcommand(0, 1);
    auto m = std::make_shared<EntityOptions>();
    CLI::App* merge = cmd->add_subcommand("merge", "Merge entity B into entity A, for good");
    merge->add_option("a", m->keep, "The entity kept")->required();
    merge->add_option("b", m->merged, "The entity merged into A")->required();
    merge->add_option("--db", m->db, "Graph database (SQLite)");
    // --db may stand before or after "merge"; either way it is required.
    cmd->callback([o, m, run, cmd] {
      const bool merging = cmd->got_subcommand("merge");
      if (merging && m->db.empty()) m->db = o->db;
      if ((merging ? m->db : o->db).empty()) throw CLI::RequiredError("--db");
      if (merging) {
        *run = [m] { return RunEntityMerge(*m); };
        return;
      }
      if (o->name.empty()) throw CLI::RequiredError("name");
      *run = [o] { return RunEntityLookup(*o); };
    });
  }
  {
    auto o = std::make_shared<AliasOptions>();
    CLI::App* cmd = app.add_subcommand("alias", "Curate entity names");
    cmd->require_subcommand(1);
    CLI::App* add = cmd->add_subcommand("add", "Make NAME resolve to ENTITY, now and in later ingests");
    add->add_option("entity", o->entity, "Entity name, alias or #id")->required();
    add->add_option("name", o->alias, "The new name")->required();
    add->add_option("--db", o->db, "Graph database (SQLite)")->required();
    OnRun(add, o, run, &RunAliasAdd);
  }
  {
    auto o = std::make_shared<DbOptions>();
    CLI::App* cmd = app.add_subcommand("stats", "Counts of the graph database");
    AddDbOptions(cmd, o.get());
    OnRun(cmd, o, run, &RunStats);
  }
}

}  // namespace newsgraph::cli
