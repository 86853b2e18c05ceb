// End to end: invented articles are written as JSON Lines, the real binary
// ingests them into a SQLite file, and every question (timeline, neighbors,
// path, ego, entity, stats, curation, export) is asked of that file, both as
// a table and as --format json. Nothing here links the libraries: what is
// tested is what a user of build/newsgraph sees.
#include <gtest/gtest.h>
#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cstdint>
#include <filesystem>
#include <iterator>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "tests/cli_run.h"

namespace newsgraph {
namespace {

using cli_run::RunCli;
using cli_run::RunResult;

// ---- the corpus -------------------------------------------------------------

struct Article {
  const char* id;
  const char* date;
  const char* source;
  const char* text;
};

// Invented companies and people. Each comment says what the extractor reads
// in the article (checked with `newsgraph extract --format jsonl`); the
// expectations below follow from exactly these facts. Titles carry no cue
// word, so headlines add nothing.
constexpr Article kArticles[] = {
    // 김하준 -role(대표)-> 가람중공업, 이서연 -role(회장)-> 다온제약,
    // 김하준 -meet 2024-03-04- 이서연, 가람중공업 -partner (undated)- 다온제약.
    {"a1", "2024-03-02", "한빛일보",
     "가람중공업 김하준 대표는 4일 다온제약 이서연 회장과 서울에서 "
     "회동했다. 가람중공업은 다온제약과 전략적 업무협약을 맺었다고 "
     "밝혔다."},
    // 다온 (an alias in the test lexicon) -invest 2024-06-03-> 누리홀딩스.
    {"a2", "2024-06-10", "새벽경제",
     "다온은 3일 누리홀딩스에 300억원을 투자했다고 밝혔다."},
    // The same two roles again (second evidence), and
    // 김하준 -meet 2025-01-20- 이서연.
    {"a3", "2025-01-15", "한빛일보",
     "가람중공업 김하준 대표는 20일 다온제약 이서연 회장을 다시 만났다."},
    // 박도윤 -role(사장)-> 누리홀딩스, 최민재 -role(대표)-> 한결모빌리티,
    // 박도윤 -meet 2024-11-05- 최민재.
    {"a4", "2024-11-04", "새벽경제",
     "누리홀딩스 박도윤 사장은 5일 한결모빌리티 최민재 대표를 만났다."},
    // 한결모빌리티 -acquire 2023-09-> 새별랩스.
    {"a5", "2024-11-20", "한빛일보",
     "한결모빌리티는 지난해 9월 새별랩스를 인수했다."},
    // 누리케미칼 -partner 2024-12-02- 새별랩스 (the merge tests fold
    // 누리케미칼 into 누리홀딩스).
    {"a6", "2024-12-01", "새벽경제",
     "누리케미칼은 2일 새별랩스와 업무협약을 맺었다."},
};

// What the six articles make: 10 entities (6 ORG, 4 PERSON), 11 events
// (meet 3, role 4, partner 2, invest 1, acquire 1), 13 evidence (the two
// roles of a1 are stated again in a3), 5 undated events (4 roles, 1 partner).
constexpr char kGraphSummary[] =
    "graph: 10 entities, 11 events, 13 evidence, 6 documents";

// A user lexicon (--lexicon DIR) gives 다온제약 an alias, a stock code and an
// English name, so lookups by alias and stock code have something to find.
// The stock code is invented and in no bundled lexicon.
constexpr char kLexicon[] =
    "# Invented entities for cli_query_test.\n"
    "# id\tname\ttype\taliases\tstock_code\tenglish\tparent\n"
    "org:daon-pharm\t다온제약\tORG\t다온\t991230\tDAON Pharmaceutical\t-\n";

// One JSON Lines record with the fields `ingest` reads.
std::string JsonLine(const Article& a) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
  const std::pair<const char*, const char*> fields[] = {{"id", a.id},
                                                        {"date", a.date},
                                                        {"title", "산업 소식"},
                                                        {"text", a.text},
                                                        {"source", a.source}};
  w.StartObject();
  for (const auto& [key, value] : fields) {
    w.Key(key);
    w.String(value);
  }
  w.EndObject();
  return std::string(buffer.GetString()) + "\n";
}

std::string JsonLines(const std::vector<Article>& articles) {
  std::string out;
  for (const Article& a : articles) out += JsonLine(a);
  return out;
}

std::vector<Article> AllArticles() {
  return {std::begin(kArticles), std::end(kArticles)};
}

// ---- reading the answers ----------------------------------------------------

bool Has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// Whether one line of `text` holds all of `parts`: a table row, without
// depending on how wide the columns came out.
bool HasRow(const std::string& text, const std::vector<std::string>& parts) {
  for (const std::string& line : Lines(text)) {
    bool all = true;
    for (const std::string& part : parts) all = all && Has(line, part);
    if (all) return true;
  }
  return false;
}

// The COUNT of the `stats` table row named `key` ("" when there is none). A
// row is the key, spaces, then the number: "entities" does not match
// "entities ORG".
std::string TableValue(const std::string& table, const std::string& key) {
  for (const std::string& line : Lines(table)) {
    if (line.rfind(key + " ", 0) != 0) continue;
    const std::size_t start = line.find_first_not_of(' ', key.size());
    if (start == std::string::npos) continue;
    const std::string rest = line.substr(start);
    if (rest.find_first_not_of("0123456789") == std::string::npos) return rest;
  }
  return "";
}

rapidjson::Document ParseJson(const std::string& text) {
  rapidjson::Document d;
  d.Parse(text.c_str());
  EXPECT_FALSE(d.HasParseError())
      << "JSON error at offset " << d.GetErrorOffset() << " in: " << text;
  return d;
}

// obj[key], or null and a test failure when there is no such member:
// RapidJSON's operator[] only asserts, which a Release build leaves out.
const rapidjson::Value& Get(const rapidjson::Value& obj, const char* key) {
  static const rapidjson::Value kNull;
  if (!obj.IsObject() || !obj.HasMember(key)) {
    ADD_FAILURE() << "no member \"" << key << "\"";
    return kNull;
  }
  return obj[key];
}

std::string Text(const rapidjson::Value& obj, const char* key) {
  const rapidjson::Value& v = Get(obj, key);
  if (v.IsNull()) return "(null)";
  return v.IsString() ? std::string(v.GetString(), v.GetStringLength())
                      : "(not a string)";
}

std::int64_t Int(const rapidjson::Value& obj, const char* key) {
  const rapidjson::Value& v = Get(obj, key);
  if (!v.IsInt64()) ADD_FAILURE() << "\"" << key << "\" is not an integer";
  return v.IsInt64() ? v.GetInt64() : -1;
}

// The elements of the array obj[key] (none, and a failure, if it is none).
std::vector<const rapidjson::Value*> Items(const rapidjson::Value& obj,
                                           const char* key) {
  const rapidjson::Value& v = Get(obj, key);
  std::vector<const rapidjson::Value*> items;
  if (!v.IsArray()) {
    ADD_FAILURE() << "\"" << key << "\" is not an array";
    return items;
  }
  for (const rapidjson::Value& item : v.GetArray()) items.push_back(&item);
  return items;
}

std::vector<std::string> Strings(const rapidjson::Value& obj, const char* key) {
  std::vector<std::string> out;
  for (const rapidjson::Value* v : Items(obj, key)) {
    out.push_back(v->IsString() ? v->GetString() : "(not a string)");
  }
  return out;
}

// The "name" of each entity of obj[key], as a set: the order is the
// command's business, membership is what the tests check.
std::set<std::string> NameSet(const rapidjson::Value& obj, const char* key) {
  std::set<std::string> names;
  for (const rapidjson::Value* e : Items(obj, key))
    names.insert(Text(*e, "name"));
  return names;
}

// An event of the query JSON as "TIME SUBJECT RELATION OBJECT", e.g.
// "2024-03-04 김하준 meet 이서연" ("undated" for no time).
std::string EventText(const rapidjson::Value& ev) {
  const rapidjson::Value& time = Get(ev, "time");
  return std::string(time.IsString() ? time.GetString() : "undated") + " " +
         Text(ev, "subject_name") + " " + Text(ev, "relation") + " " +
         Text(ev, "object_name");
}

std::vector<std::string> EventTexts(const rapidjson::Value& obj,
                                    const char* key) {
  std::vector<std::string> out;
  for (const rapidjson::Value* ev : Items(obj, key))
    out.push_back(EventText(*ev));
  return out;
}

// ---- fixtures ---------------------------------------------------------------

// A scratch directory with the articles and the lexicon written, and a
// database path; nothing ingested yet.
class NewsDbTest : public cli_run::ScratchDirTest {
 protected:
  void SetUp() override {
    ScratchDirTest::SetUp();
    Write("lexicon/companies.tsv", kLexicon);
    articles_ = Write("articles.jsonl", JsonLines(AllArticles()));
    db_ = Path("graph.db");
  }

  // `ingest` into the test database, with the test lexicon; `args` are the
  // inputs and any further options.
  RunResult Ingest(const std::string& args) {
    return RunCli("ingest --lexicon " + Path("lexicon") + " --db " + db_ + " " +
                  args);
  }

  // `COMMAND --db DB ARGS`: COMMAND may be two words ("entity merge").
  RunResult Query(const std::string& command, const std::string& args) {
    return RunCli(command + " --db " + db_ + " " + args);
  }

  // The same with --format json, which must succeed and parse.
  rapidjson::Document QueryJson(const std::string& command,
                                const std::string& args) {
    const RunResult r = Query(command, args + " --format json");
    EXPECT_EQ(r.exit_code, 0) << command << " " << args << ": " << r.err;
    return ParseJson(r.out);
  }

  // The `stats --format json` counts that describe the graph's content (not
  // its size in bytes).
  std::map<std::string, std::int64_t> Counts() {
    const rapidjson::Document d = QueryJson("stats", "");
    std::map<std::string, std::int64_t> counts;
    if (!d.IsObject()) return counts;
    for (const auto& m : d.GetObject()) {
      const std::string key = m.name.GetString();
      if (!Has(key, "bytes") && m.value.IsInt64()) {
        counts[key] = m.value.GetInt64();
      }
    }
    return counts;
  }

  std::string articles_;
  std::string db_;
};

// The same with the six articles ingested.
class IngestedNewsTest : public NewsDbTest {
 protected:
  void SetUp() override {
    NewsDbTest::SetUp();
    const RunResult r = Ingest(articles_);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    ASSERT_TRUE(Has(r.err, kGraphSummary)) << r.err;
  }
};

using IngestCliTest = NewsDbTest;
using TimelineCliTest = IngestedNewsTest;
using NeighborsCliTest = IngestedNewsTest;
using PathCliTest = IngestedNewsTest;
using EgoCliTest = IngestedNewsTest;
using EntityCliTest = IngestedNewsTest;
using StatsCliTest = IngestedNewsTest;
using AliasCliTest = IngestedNewsTest;
using EntityMergeCliTest = IngestedNewsTest;
using GraphExportCliTest = IngestedNewsTest;

// ---- ingest -----------------------------------------------------------------

TEST_F(IngestCliTest, SummaryCountsDocumentsAndTheGraph) {
  const RunResult r = Ingest(articles_);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(Has(r.err, "ingest: 6 inputs in ")) << r.err;
  EXPECT_TRUE(Has(r.err, ": 6 new, 0 unchanged, 0 replaced, 0 rejected\n"))
      << r.err;
  EXPECT_TRUE(Has(r.err, std::string(kGraphSummary) + " in " + db_)) << r.err;
  EXPECT_TRUE(r.out.empty()) << r.out;
}

TEST_F(IngestCliTest, ReingestingTheSameArticlesChangesNothing) {
  ASSERT_EQ(Ingest(articles_).exit_code, 0);
  const std::map<std::string, std::int64_t> before = Counts();
  const RunResult again = Ingest(articles_);
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_TRUE(Has(again.err, ": 0 new, 6 unchanged, 0 replaced, 0 rejected"))
      << again.err;
  EXPECT_TRUE(Has(again.err, kGraphSummary)) << again.err;
  EXPECT_EQ(Counts(), before);
  EXPECT_EQ(before.at("documents"), 6);
}

TEST_F(IngestCliTest, AnEditedArticleReplacesItsFacts) {
  ASSERT_EQ(Ingest(articles_).exit_code, 0);
  // a1 again without its second sentence: the partner event goes away.
  std::vector<Article> edited = AllArticles();
  edited[0].text =
      "가람중공업 김하준 대표는 4일 다온제약 이서연 회장과 서울에서 "
      "회동했다.";
  const RunResult r = Ingest(Write("edited.jsonl", JsonLines(edited)));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(Has(r.err, ": 0 new, 5 unchanged, 1 replaced, 0 rejected"))
      << r.err;
  EXPECT_EQ(Counts().at("events partner"), 1);
  const rapidjson::Document d =
      QueryJson("timeline", "가람중공업 --relation partner");
  EXPECT_TRUE(Items(d, "events").empty());
}

TEST_F(IngestCliTest, RejectedLinesAreCountedKeptAndExitOne) {
  const std::vector<Article> all = AllArticles();
  const std::string input =
      Write("mixed.jsonl", JsonLines({all[0], all[1], all[2]}) + "{broken\n" +
                               "{\"id\":\"blank\",\"date\":\"2024-01-01\","
                               "\"text\":\"\"}\n" +
                               JsonLines({all[3], all[4], all[5]}));
  const RunResult r = Ingest(input);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_TRUE(Has(r.err, "newsgraph: rejected " + input + ":4: malformed JSON"))
      << r.err;
  EXPECT_TRUE(
      Has(r.err, "newsgraph: rejected " + input + ":5 (id blank): empty text"))
      << r.err;
  EXPECT_TRUE(Has(r.err, "ingest: 8 inputs in ")) << r.err;
  EXPECT_TRUE(Has(r.err, ": 6 new, 0 unchanged, 0 replaced, 2 rejected"))
      << r.err;
  // The good articles all went in, and the database keeps the rejects.
  EXPECT_TRUE(Has(r.err, kGraphSummary)) << r.err;
  EXPECT_EQ(Counts().at("rejected inputs"), 2);
}

TEST_F(IngestCliTest, StrictStopsAtTheFirstRejectedLine) {
  const std::vector<Article> all = AllArticles();
  const std::string input =
      Write("mixed.jsonl", JsonLines({all[0]}) + "{broken\n" +
                               JsonLines({all[1], all[2], all[3]}));
  const RunResult r = Ingest("--strict " + input);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_TRUE(Has(r.err, "(stopped at the first rejection: --strict)"))
      << r.err;
  EXPECT_EQ(Counts().at("documents"), 1);
}

// ---- timeline ---------------------------------------------------------------

TEST_F(TimelineCliTest, TableListsEventsInTimeOrderUndatedLast) {
  const RunResult r = Query("timeline", "김하준");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::vector<std::string> lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 5u) << r.out;
  EXPECT_TRUE(Has(lines[0], " 김하준 (PERSON, 3 events): 3 events")) << r.out;
  EXPECT_EQ(lines[1].rfind("TIME", 0), 0u) << r.out;
  EXPECT_EQ(lines[2].rfind("2024-03-04 ", 0), 0u) << r.out;
  EXPECT_TRUE(Has(lines[2], " meet ")) << r.out;
  EXPECT_TRUE(Has(lines[2], "이서연")) << r.out;
  EXPECT_TRUE(Has(lines[2], "[a1, 한빛일보 2024-03-02]")) << r.out;
  EXPECT_EQ(lines[3].rfind("2025-01-20 ", 0), 0u) << r.out;
  EXPECT_TRUE(Has(lines[3], " meet ")) << r.out;
  EXPECT_TRUE(Has(lines[3], "[a3, 한빛일보 2025-01-15]")) << r.out;
  EXPECT_EQ(lines[4].rfind("(undated) ", 0), 0u) << r.out;
  EXPECT_TRUE(Has(lines[4], " role → ")) << r.out;
  EXPECT_TRUE(Has(lines[4], "가람중공업")) << r.out;
  EXPECT_TRUE(Has(lines[4], "title=대표")) << r.out;
}

TEST_F(TimelineCliTest, JsonCarriesEveryEventWithItsEvidence) {
  const rapidjson::Document d = QueryJson("timeline", "김하준");
  EXPECT_EQ(Text(Get(d, "entity"), "name"), "김하준");
  EXPECT_EQ(Text(Get(d, "entity"), "type"), "PERSON");
  EXPECT_EQ(EventTexts(d, "events"),
            (std::vector<std::string>{"2024-03-04 김하준 meet 이서연",
                                      "2025-01-20 김하준 meet 이서연",
                                      "undated 김하준 role 가람중공업"}));
  const std::vector<const rapidjson::Value*> events = Items(d, "events");
  ASSERT_EQ(events.size(), 3u);
  // The role is stated in two articles; JSON lists both sentences.
  const rapidjson::Value& role = *events[2];
  EXPECT_EQ(Text(Get(role, "attributes"), "title"), "대표");
  EXPECT_EQ(Int(role, "evidence_count"), 2);
  std::set<std::string> docs;
  for (const rapidjson::Value* e : Items(role, "evidence")) {
    docs.insert(Text(*e, "doc_id"));
  }
  EXPECT_EQ(docs, (std::set<std::string>{"a1", "a3"}));
  const std::vector<const rapidjson::Value*> meet =
      Items(*events[0], "evidence");
  ASSERT_EQ(meet.size(), 1u);
  EXPECT_EQ(Text(*meet[0], "time_text"), "4일");
  EXPECT_EQ(Text(*meet[0], "source"), "한빛일보");
}

TEST_F(TimelineCliTest, RelationFilterKeepsOnlyThatType) {
  const rapidjson::Document d = QueryJson("timeline", "김하준 --relation role");
  EXPECT_EQ(EventTexts(d, "events"),
            (std::vector<std::string>{"undated 김하준 role 가람중공업"}));
}

TEST_F(TimelineCliTest, WithAndFromKeepTheLaterMeetingOnly) {
  const rapidjson::Document d =
      QueryJson("timeline", "김하준 --relation meet --with 이서연 --from 2025");
  EXPECT_EQ(EventTexts(d, "events"),
            (std::vector<std::string>{"2025-01-20 김하준 meet 이서연"}));
}

TEST_F(TimelineCliTest, ToDropsLaterAndUndatedEvents) {
  const rapidjson::Document d = QueryJson("timeline", "김하준 --to 2024");
  EXPECT_EQ(EventTexts(d, "events"),
            (std::vector<std::string>{"2024-03-04 김하준 meet 이서연"}));
  const RunResult table =
      Query("timeline", "김하준 --from 2024-03 --to 2024-03");
  EXPECT_EQ(table.exit_code, 0) << table.err;
  const std::vector<std::string> lines = Lines(table.out);
  ASSERT_EQ(lines.size(), 3u) << table.out;  // title, header, one row
  EXPECT_EQ(lines[2].rfind("2024-03-04 ", 0), 0u) << table.out;
}

TEST_F(TimelineCliTest, WithACounterpartOfNoEventGivesNone) {
  const rapidjson::Document d = QueryJson("timeline", "김하준 --with 새별랩스");
  EXPECT_TRUE(Items(d, "events").empty());
}

TEST_F(TimelineCliTest, BadFiltersAreUsageErrors) {
  const RunResult bad_time = Query("timeline", "김하준 --from 2025-13");
  EXPECT_EQ(bad_time.exit_code, 2);
  EXPECT_TRUE(Has(bad_time.err, "--from \"2025-13\"")) << bad_time.err;
  const RunResult bad_relation = Query("timeline", "김하준 --relation lunch");
  EXPECT_EQ(bad_relation.exit_code, 2);
  EXPECT_TRUE(Has(bad_relation.err, "\"lunch\" is not a relation type"))
      << bad_relation.err;
}

// ---- neighbors --------------------------------------------------------------

TEST_F(NeighborsCliTest, JsonListsCounterpartsAndHowTheyAreLinked) {
  // 다온 is an alias: the answer is about 다온제약.
  const rapidjson::Document d = QueryJson("neighbors", "다온");
  EXPECT_EQ(Text(Get(d, "entity"), "name"), "다온제약");
  std::map<std::string, std::map<std::string, std::int64_t>> links;
  for (const rapidjson::Value* n : Items(d, "neighbors")) {
    auto& relations = links[Text(Get(*n, "entity"), "name")];
    const rapidjson::Value& r = Get(*n, "relations");
    if (!r.IsObject()) continue;
    for (const auto& m : r.GetObject()) {
      relations[m.name.GetString()] = m.value.GetInt64();
    }
  }
  const std::map<std::string, std::map<std::string, std::int64_t>> expected = {
      {"가람중공업", {{"partner", 1}}},
      {"이서연", {{"role", 1}}},
      {"누리홀딩스", {{"invest", 1}}}};
  EXPECT_EQ(links, expected);
}

TEST_F(NeighborsCliTest, TableHasOneRowPerCounterpart) {
  const RunResult r = Query("neighbors", "김하준");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::vector<std::string> lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 4u) << r.out;  // title, header, two rows
  EXPECT_TRUE(Has(lines[0], " 김하준 (PERSON, 3 events): 2 neighbors"))
      << r.out;
  EXPECT_TRUE(Has(r.out, "meet×2")) << r.out;  // both meetings with 이서연
  EXPECT_TRUE(Has(r.out, "role×1")) << r.out;
  EXPECT_TRUE(Has(r.out, "가람중공업")) << r.out;
}

// ---- path -------------------------------------------------------------------

TEST_F(PathCliTest, TableShowsTheChainThroughTheIntermediate) {
  const RunResult r = Query("path", "가람중공업 누리홀딩스");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "1 shortest path (2 hops):\n"
            "1. 가람중공업 -[partner]- 다온제약 -[invest 2024-06-03]-> "
            "누리홀딩스\n");
}

TEST_F(PathCliTest, JsonListsTheEntitiesAndEventsInOrder) {
  const rapidjson::Document d = QueryJson("path", "가람중공업 누리홀딩스");
  EXPECT_EQ(Text(Get(d, "from"), "name"), "가람중공업");
  EXPECT_EQ(Text(Get(d, "to"), "name"), "누리홀딩스");
  const std::vector<const rapidjson::Value*> paths = Items(d, "paths");
  ASSERT_EQ(paths.size(), 1u);
  std::vector<std::string> names;
  for (const rapidjson::Value* e : Items(*paths[0], "entities")) {
    names.push_back(Text(*e, "name"));
  }
  EXPECT_EQ(names,
            (std::vector<std::string>{"가람중공업", "다온제약", "누리홀딩스"}));
  const std::vector<std::string> events = EventTexts(*paths[0], "events");
  ASSERT_EQ(events.size(), 2u);
  // A symmetric relation may be stored either way round.
  EXPECT_TRUE(events[0] == "undated 가람중공업 partner 다온제약" ||
              events[0] == "undated 다온제약 partner 가람중공업")
      << events[0];
  EXPECT_EQ(events[1], "2024-06-03 다온제약 invest 누리홀딩스");
}

TEST_F(PathCliTest, MaxHopsBoundsTheSearch) {
  // 김하준 .. 새별랩스 is 7 hops (through 누리홀딩스, 박도윤, 최민재 and
  // 한결모빌리티); the default bound is 6.
  const RunResult near = Query("path", "김하준 새별랩스");
  EXPECT_EQ(near.exit_code, 0) << near.err;
  EXPECT_EQ(near.out, "no path between 김하준 and 새별랩스 within 6 hops\n");
  const RunResult far = Query("path", "김하준 새별랩스 --max-hops 7");
  EXPECT_EQ(far.exit_code, 0) << far.err;
  const std::vector<std::string> lines = Lines(far.out);
  ASSERT_EQ(lines.size(), 3u) << far.out;
  EXPECT_EQ(lines[0], "2 shortest paths (7 hops):");
  for (const std::string& line : {lines[1], lines[2]}) {
    EXPECT_TRUE(Has(line, "-[acquire 2023-09]-> 새별랩스")) << line;
  }
}

// ---- ego --------------------------------------------------------------------

TEST_F(EgoCliTest, HopsWidenTheNeighbourhood) {
  const rapidjson::Document one = QueryJson("ego", "누리홀딩스");
  EXPECT_EQ(Int(one, "hops"), 1);
  EXPECT_EQ(NameSet(one, "entities"),
            (std::set<std::string>{"누리홀딩스", "다온제약", "박도윤"}));
  EXPECT_EQ(Items(one, "events").size(), 2u);

  const rapidjson::Document two = QueryJson("ego", "누리홀딩스 --hops 2");
  EXPECT_EQ(Int(two, "hops"), 2);
  EXPECT_EQ(NameSet(two, "entities"),
            (std::set<std::string>{"누리홀딩스", "다온제약", "박도윤",
                                   "가람중공업", "이서연", "최민재"}));
  EXPECT_EQ(Items(two, "events").size(), 5u);
}

TEST_F(EgoCliTest, TableCountsEntitiesAndEvents) {
  const RunResult r = Query("ego", "누리홀딩스 --hops 2");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(Has(Lines(r.out).at(0), "2 hops: 6 entities, 5 events")) << r.out;
  EXPECT_TRUE(HasRow(r.out, {"박도윤", "meet", "최민재", "2024-11-05"}))
      << r.out;
  EXPECT_FALSE(Has(r.out, "한결모빌리티")) << r.out;  // three hops away
}

// ---- entity -----------------------------------------------------------------

TEST_F(EntityCliTest, AliasFindsTheEntityWithItsNamesAndRoles) {
  const RunResult r = Query("entity", "다온");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::vector<std::string> lines = Lines(r.out);
  ASSERT_FALSE(lines.empty());
  EXPECT_EQ(lines[0].rfind("#", 0), 0u) << r.out;
  EXPECT_TRUE(Has(lines[0], " 다온제약 (ORG)")) << r.out;
  EXPECT_TRUE(Has(r.out, "  aliases:    DAON Pharmaceutical, 다온\n")) << r.out;
  EXPECT_TRUE(Has(r.out, "  stock code: 991230\n")) << r.out;
  EXPECT_TRUE(Has(r.out, "  lexicon id: org:daon-pharm\n")) << r.out;
  EXPECT_TRUE(Has(r.out, "  roles:      이서연 (회장)\n")) << r.out;
  EXPECT_TRUE(Has(r.out, "  events:     3 with 3 counterparts\n")) << r.out;
}

TEST_F(EntityCliTest, StockCodeLookupAsJson) {
  const rapidjson::Document d = QueryJson("entity", "991230");
  ASSERT_TRUE(d.IsArray());
  ASSERT_EQ(d.Size(), 1u);
  const rapidjson::Value& e = Get(d[0], "entity");
  EXPECT_EQ(Text(e, "name"), "다온제약");
  EXPECT_EQ(Text(e, "english_name"), "DAON Pharmaceutical");
  EXPECT_EQ(Strings(e, "aliases"),
            (std::vector<std::string>{"DAON Pharmaceutical", "다온"}));
  EXPECT_EQ(Strings(d[0], "roles"),
            (std::vector<std::string>{"이서연 (회장)"}));
  EXPECT_EQ(Int(d[0], "event_count"), 3);
  EXPECT_EQ(Int(d[0], "neighbor_count"), 3);
}

TEST_F(EntityCliTest, PersonShowsTheRoleTitle) {
  const rapidjson::Document d = QueryJson("entity", "박도윤");
  ASSERT_TRUE(d.IsArray());
  ASSERT_EQ(d.Size(), 1u);
  EXPECT_EQ(Text(Get(d[0], "entity"), "type"), "PERSON");
  EXPECT_EQ(Strings(d[0], "roles"),
            (std::vector<std::string>{"누리홀딩스 (사장)"}));
}

TEST_F(EntityCliTest, UnknownNameExitsOneForEveryQuery) {
  for (const char* command : {"entity", "timeline", "neighbors", "ego"}) {
    const RunResult r = Query(command, "없는회사");
    EXPECT_EQ(r.exit_code, 1) << command;
    EXPECT_TRUE(r.out.empty()) << command << ": " << r.out;
    EXPECT_TRUE(Has(r.err, "no entity named \"없는회사\" in " + db_))
        << command << ": " << r.err;
  }
  const RunResult path = Query("path", "김하준 없는회사");
  EXPECT_EQ(path.exit_code, 1);
  EXPECT_TRUE(Has(path.err, "\"없는회사\"")) << path.err;
}

TEST_F(EntityCliTest, MissingDatabaseIsAUsageError) {
  const RunResult r = RunCli("entity --db " + Path("missing.db") + " 김하준");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(Has(r.err, "no such database")) << r.err;
  EXPECT_FALSE(std::filesystem::exists(Path("missing.db")));
}

// ---- stats ------------------------------------------------------------------

TEST_F(StatsCliTest, JsonCountsWhatWasIngested) {
  const std::map<std::string, std::int64_t> expected = {
      {"documents", 6},          {"sources", 2},
      {"entities", 10},          {"events", 11},
      {"evidence", 13},          {"undated events", 5},
      {"hedged-only events", 0}, {"rejected inputs", 0},
      {"entities ORG", 6},       {"entities PERSON", 4},
      {"events acquire", 1},     {"events invest", 1},
      {"events meet", 3},        {"events partner", 2},
      {"events role", 4}};
  EXPECT_EQ(Counts(), expected);
}

TEST_F(StatsCliTest, TableHasTheSameCounts) {
  const RunResult r = Query("stats", "");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(TableValue(r.out, "documents"), "6") << r.out;
  EXPECT_EQ(TableValue(r.out, "entities"), "10") << r.out;
  EXPECT_EQ(TableValue(r.out, "events"), "11") << r.out;
  EXPECT_EQ(TableValue(r.out, "evidence"), "13") << r.out;
  EXPECT_EQ(TableValue(r.out, "entities PERSON"), "4") << r.out;
  EXPECT_EQ(TableValue(r.out, "events meet"), "3") << r.out;
}

// ---- alias add --------------------------------------------------------------

TEST_F(AliasCliTest, TheNewNameResolvesToTheEntity) {
  const RunResult add = Query("alias add", "한결모빌리티 한결");
  EXPECT_EQ(add.exit_code, 0) << add.err;
  EXPECT_TRUE(Has(add.out, "\"한결\" now names ")) << add.out;
  EXPECT_TRUE(Has(add.out, " 한결모빌리티 (ORG, 2 events)")) << add.out;

  const rapidjson::Document d = QueryJson("entity", "한결");
  ASSERT_TRUE(d.IsArray());
  ASSERT_EQ(d.Size(), 1u);
  EXPECT_EQ(Text(Get(d[0], "entity"), "name"), "한결모빌리티");
  EXPECT_EQ(Strings(Get(d[0], "entity"), "aliases"),
            (std::vector<std::string>{"한결"}));
  // Every query takes the new name.
  const rapidjson::Document timeline =
      QueryJson("timeline", "한결 --relation acquire");
  EXPECT_EQ(
      EventTexts(timeline, "events"),
      (std::vector<std::string>{"2023-09 한결모빌리티 acquire 새별랩스"}));
}

TEST_F(AliasCliTest, LaterIngestsResolveTheNewName) {
  ASSERT_EQ(Query("alias add", "누리홀딩스 누리지주").exit_code, 0);
  // The extractor reads 누리지주 as a company of its own; the curated alias
  // makes the store file its event under 누리홀딩스.
  const RunResult r =
      Ingest(Write("later.jsonl",
                   JsonLine({"b1", "2025-03-01", "새벽경제",
                             "누리지주는 5일 새별랩스와 업무협약을 맺었다."})));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(Has(r.err, "graph: 10 entities, 12 events")) << r.err;
  const rapidjson::Document d =
      QueryJson("timeline", "누리홀딩스 --with 새별랩스");
  const std::vector<std::string> events = EventTexts(d, "events");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_TRUE(Has(events[0], "2025-03-05 ")) << events[0];
  EXPECT_TRUE(Has(events[0], " partner ")) << events[0];
}

TEST_F(AliasCliTest, AnUnknownEntityExitsOne) {
  const RunResult r = Query("alias add", "없는회사 별명");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_TRUE(Has(r.err, "\"없는회사\"")) << r.err;
  EXPECT_EQ(Query("entity", "별명").exit_code, 1);
}

// ---- entity merge -----------------------------------------------------------

TEST_F(EntityMergeCliTest, TheMergedNameResolvesToTheSurvivor) {
  const RunResult merge = Query("entity merge", "누리홀딩스 누리케미칼");
  EXPECT_EQ(merge.exit_code, 0) << merge.err;
  EXPECT_EQ(merge.out.rfind("merged #", 0), 0u) << merge.out;
  EXPECT_TRUE(HasRow(merge.out,
                     {" 누리케미칼 (ORG, ", " into #", " 누리홀딩스 (ORG, "}))
      << merge.out;

  const rapidjson::Document d = QueryJson("entity", "누리케미칼");
  ASSERT_TRUE(d.IsArray());
  ASSERT_EQ(d.Size(), 1u);
  EXPECT_EQ(Text(Get(d[0], "entity"), "name"), "누리홀딩스");
  EXPECT_EQ(Strings(Get(d[0], "entity"), "aliases"),
            (std::vector<std::string>{"누리케미칼"}));
  // The merged entity's partner event moved to the survivor.
  const rapidjson::Document n = QueryJson("neighbors", "누리홀딩스");
  std::set<std::string> names;
  for (const rapidjson::Value* e : Items(n, "neighbors")) {
    names.insert(Text(Get(*e, "entity"), "name"));
  }
  EXPECT_EQ(names, (std::set<std::string>{"다온제약", "박도윤", "새별랩스"}));
  EXPECT_EQ(Counts().at("entities"), 9);
}

TEST_F(EntityMergeCliTest, LaterIngestsResolveTheMergedName) {
  ASSERT_EQ(Query("entity merge", "누리홀딩스 누리케미칼").exit_code, 0);
  const RunResult r = Ingest(
      Write("later.jsonl",
            JsonLine({"b1", "2025-02-01", "새벽경제",
                      "누리케미칼은 3일 한결모빌리티와 업무협약을 맺었다."})));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(Has(r.err, "graph: 9 entities, 12 events")) << r.err;
  const rapidjson::Document d =
      QueryJson("timeline", "누리홀딩스 --with 한결모빌리티");
  const std::vector<std::string> events = EventTexts(d, "events");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_TRUE(Has(events[0], "2025-02-03 ")) << events[0];
  EXPECT_TRUE(Has(events[0], " partner ")) << events[0];
}

TEST_F(EntityMergeCliTest, MergingAnEntityIntoItselfIsRefused) {
  const RunResult r = Query("entity merge", "누리홀딩스 누리홀딩스");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_TRUE(Has(r.err, "itself")) << r.err;
  EXPECT_EQ(Counts().at("entities"), 10);
}

// ---- export -----------------------------------------------------------------

TEST_F(GraphExportCliTest, JsonHasEveryEntityAndEvent) {
  const RunResult r = RunCli("export --db " + db_ + " --format json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const rapidjson::Document d = ParseJson(r.out);
  EXPECT_EQ(Int(d, "schema_version"), 1);
  EXPECT_EQ(NameSet(d, "nodes"),
            (std::set<std::string>{"가람중공업", "다온제약", "누리홀딩스",
                                   "한결모빌리티", "새별랩스", "누리케미칼",
                                   "김하준", "이서연", "박도윤", "최민재"}));
  std::map<std::string, std::int64_t> ids;
  for (const rapidjson::Value* n : Items(d, "nodes")) {
    ids[Text(*n, "name")] = Int(*n, "id");
    if (Text(*n, "name") == "다온제약") {
      EXPECT_EQ(Text(*n, "stock_code"), "991230");
      EXPECT_EQ(Int(*n, "degree"), 3);
    }
  }
  const std::vector<const rapidjson::Value*> edges = Items(d, "edges");
  EXPECT_EQ(edges.size(), 11u);
  int invest = 0;
  for (const rapidjson::Value* e : edges) {
    if (Text(*e, "relation") != "invest") continue;
    ++invest;
    EXPECT_EQ(Int(*e, "source"), ids["다온제약"]);
    EXPECT_EQ(Int(*e, "target"), ids["누리홀딩스"]);
    EXPECT_EQ(Text(*e, "time"), "2024-06-03");
    EXPECT_EQ(Text(Get(*e, "attributes"), "target"), "300억원");
  }
  EXPECT_EQ(invest, 1);
}

TEST_F(GraphExportCliTest, JsonCenterKeepsTheEgoNetwork) {
  const RunResult r =
      RunCli("export --db " + db_ + " --format json --center 누리홀딩스");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const rapidjson::Document d = ParseJson(r.out);
  EXPECT_EQ(NameSet(d, "nodes"),
            (std::set<std::string>{"누리홀딩스", "다온제약", "박도윤"}));
  EXPECT_EQ(Items(d, "edges").size(), 2u);
}

TEST_F(GraphExportCliTest, DotIsADeterministicGraphOfTheEntities) {
  const RunResult r = RunCli("export --db " + db_ + " --format dot");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(r.out.rfind("digraph", 0) == 0 || r.out.rfind("graph", 0) == 0)
      << r.out.substr(0, 80);
  EXPECT_EQ(r.out.substr(r.out.find_last_not_of('\n'), 1), "}") << r.out;
  for (const char* name : {"가람중공업", "다온제약", "누리홀딩스", "김하준",
                           "새별랩스", "누리케미칼"}) {
    EXPECT_TRUE(Has(r.out, std::string("label=\"") + name + "\"")) << name;
  }
  // Both meetings fold into one edge label, in time order.
  EXPECT_TRUE(Has(r.out, "label=\"meet 2024-03-04, 2025-01-20\"")) << r.out;
  EXPECT_TRUE(Has(r.out, "label=\"invest 2024-06-03\"")) << r.out;
  EXPECT_EQ(RunCli("export --db " + db_ + " --format dot").out, r.out);
}

TEST_F(GraphExportCliTest, UnknownCenterExitsOne) {
  const RunResult r =
      RunCli("export --db " + db_ + " --format dot --center 없는회사");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_TRUE(Has(r.err, "없는회사")) << r.err;
}

}  // namespace
}  // namespace newsgraph
