// Tests of serve/: a small database written through the store, loaded
// read-only, served on a free loopback port in this process, and asked real
// HTTP requests: every endpoint's answer, 400 naming the parameter, 404,
// oversized requests, path traversal and SQL metacharacters (never a 500).
#include <gtest/gtest.h>
#include <httplib.h>
#include <rapidjson/document.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "core/relation_types.h"
#include "serve/api.h"
#include "serve/server.h"
#include "store/sqlite_store.h"

// Graphviz (SVG rendering) and fontconfig keep process-wide caches they
// never free; LeakSanitizer builds (scripts/test) would report them as ours.
extern "C" const char* __lsan_default_suppressions() {
  return "leak:libgvc.so\nleak:libfontconfig.so\nleak:libcgraph.so\nleak:libcdt.so\n"
         "leak:libpango\nleak:libcairo\nleak:libgobject\nleak:libglib\n";
}

namespace newsgraph::serve {
namespace {

using newsgraph::EntityType;

newsgraph::Entity MakeEntity(const std::string& name, EntityType type,
                           std::vector<std::string> mentions, const std::string& stock = "") {
  newsgraph::Entity e;
  e.name = name;
  e.type = type;
  e.mentions = std::move(mentions);
  e.stock_code = stock;
  return e;
}

newsgraph::Relation MakeRelation(const std::string& s, const std::string& rel,
                               const std::string& o, const std::string& time,
                               const std::string& sentence, bool hedged = false) {
  newsgraph::Relation r;
  r.subject = s;
  r.relation = rel;
  r.object = o;
  if (!time.empty()) r.time = newsgraph::TimeValue{time, time};
  r.hedged = hedged;
  r.evidence = {sentence, 0, sentence.size() / 3, "text"};
  r.rule = "serve-test";
  return r;
}

store::IngestItem MakeItem(const std::string& id, const std::string& date,
                           const std::string& source, std::vector<newsgraph::Entity> entities,
                           std::vector<newsgraph::Relation> relations) {
  newsgraph::Document doc{id, date, "기사 " + id, "본문 " + id, source, "https://news.example/" + id};
  store::IngestItem item;
  item.document = {doc.id, doc.date, doc.source, doc.title, doc.url};
  item.content_hash = store::ContentHash(doc);
  item.extraction.doc_id = id;
  item.extraction.entities = std::move(entities);
  item.extraction.relations = std::move(relations);
  return item;
}

// Sentences written for this test.
std::vector<store::IngestItem> SampleItems() {
  const auto hynix = MakeEntity("SK하이닉스", EntityType::kOrg, {"SK하이닉스", "하이닉스"}, "000660");
  const auto nvidia = MakeEntity("엔비디아", EntityType::kOrg, {"엔비디아", "NVIDIA"});
  const auto chey = MakeEntity("최태원", EntityType::kPerson, {"최태원"});
  const auto huang = MakeEntity("젠슨 황", EntityType::kPerson, {"젠슨 황"});
  const auto sk = MakeEntity("SK그룹", EntityType::kOrg, {"SK그룹", "SK"});
  const auto samsung = MakeEntity("삼성전자", EntityType::kOrg, {"삼성전자", "삼성"}, "005930");
  std::vector<store::IngestItem> items;
  items.push_back(MakeItem(
      "d1", "2025-02-05", "가나일보", {hynix, nvidia, chey, huang, sk},
      {MakeRelation("최태원", "meet", "젠슨 황", "2025-02-04",
                    "최태원 회장이 어제 젠슨 황 CEO를 만나 협력을 논의했다."),
       MakeRelation("SK하이닉스", "supply", "엔비디아", "2025-02",
                    "SK하이닉스는 이달 엔비디아에 HBM을 공급한다."),
       MakeRelation("최태원", "role", "SK그룹", "",
                    "SK그룹 최태원 회장은 투자 계획을 밝혔다.")}));
  items.back().extraction.relations.back().attributes = {{"title", "회장"}};
  items.push_back(MakeItem(
      "d2", "2025-03-10", "다라경제", {hynix, nvidia, samsung},
      {MakeRelation("SK하이닉스", "supply", "엔비디아", "2025-03",
                    "SK하이닉스가 다음 달 엔비디아에 물량을 더 넘길 전망이다.", true),
       MakeRelation("삼성전자", "compete", "SK하이닉스", "2025",
                    "삼성전자와 SK하이닉스는 올해 메모리 시장에서 경쟁한다.")}));
  return items;
}

std::string TempDb() {
  const std::string path = testing::TempDir() + "newsgraph_serve_test_" +
                           std::to_string(getpid()) + ".db";
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  return path;
}

rapidjson::Document Parse(const std::string& body) {
  rapidjson::Document doc;
  doc.Parse(body.c_str(), body.size());
  EXPECT_FALSE(doc.HasParseError()) << body;
  return doc;
}

class ServeTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    db_path_ = new std::string(TempDb());
    {
      std::unique_ptr<store::SqliteStore> store;
      Status s = store::SqliteStore::Open(*db_path_, {}, &store);
      ASSERT_TRUE(s.ok()) << s.message();
      store::BatchCounts counts;
      s = store->SaveBatch(SampleItems(), {}, &counts);
      ASSERT_TRUE(s.ok()) << s.message();
    }
    graph_ = new graph::KnowledgeGraph();
    Status s = store::LoadGraph(*db_path_, graph_);
    ASSERT_TRUE(s.ok()) << s.message();
    ServerOptions options;
    options.port = 0;
    options.threads = 4;
    log_ = new std::ostringstream();
    options.access_log = log_;
    server_ = new Server(*graph_, options);
    ASSERT_TRUE(server_->Bind().ok());
    thread_ = new std::thread([] { run_status_ = server_->Run(); });
  }

  static void TearDownTestSuite() {
    server_->Stop();
    thread_->join();
    EXPECT_TRUE(run_status_.ok()) << run_status_.message();
    delete thread_;
    delete server_;
    delete graph_;
    delete log_;
    std::filesystem::remove(*db_path_);
    delete db_path_;
  }

  // GET and check the status; the body must be JSON unless `json` is false.
  static httplib::Result Get(const std::string& target) {
    httplib::Client client("127.0.0.1", server_->port());
    client.set_read_timeout(10, 0);
    return client.Get(target.c_str());
  }

  static rapidjson::Document GetJson(const std::string& target, int status = 200) {
    httplib::Result res = Get(target);
    EXPECT_TRUE(res) << target;
    if (!res) return rapidjson::Document();
    EXPECT_EQ(res->status, status) << target << " -> " << res->body;
    EXPECT_NE(res->get_header_value("Content-Type").find("application/json"), std::string::npos)
        << target;
    return Parse(res->body);
  }

  static std::int64_t IdOf(const std::string& name) {
    std::vector<graph::EntityId> ids = graph_->FindEntities(name);
    EXPECT_EQ(ids.size(), 1u) << name;
    return ids.empty() ? 0 : ids.front();
  }

  static std::string* db_path_;
  static graph::KnowledgeGraph* graph_;
  static Server* server_;
  static std::thread* thread_;
  static Status run_status_;  // what Run() returned, written by thread_
  static std::ostringstream* log_;
};

std::string* ServeTest::db_path_ = nullptr;
graph::KnowledgeGraph* ServeTest::graph_ = nullptr;
Server* ServeTest::server_ = nullptr;
std::thread* ServeTest::thread_ = nullptr;
Status ServeTest::run_status_;
std::ostringstream* ServeTest::log_ = nullptr;

std::string Encode(const std::string& s) {
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.') {
      out += static_cast<char>(c);
    } else {
      char hex[4];
      std::snprintf(hex, sizeof(hex), "%%%02X", c);
      out += hex;
    }
  }
  return out;
}

// ---- Happy paths ------------------------------------------------------------

TEST_F(ServeTest, HealthAndStatsCountTheGraph) {
  rapidjson::Document health = GetJson("/api/health");
  EXPECT_STREQ(health["status"].GetString(), "ok");
  EXPECT_EQ(health["entities"].GetUint64(), graph_->entity_count());
  rapidjson::Document stats = GetJson("/api/stats");
  EXPECT_EQ(stats["documents"].GetUint64(), 2u);
  EXPECT_EQ(stats["events_by_relation"]["supply"].GetUint64(), 2u);
}

TEST_F(ServeTest, RelationTypesCarryTheColoursDotExportsUse) {
  rapidjson::Document types = GetJson("/api/relation-types");
  const rapidjson::Value& list = types["relation_types"];
  ASSERT_EQ(list.Size(), newsgraph::RelationTypes::Builtin().size());
  for (const rapidjson::Value& t : list.GetArray()) {
    const newsgraph::RelationTypeInfo* info = newsgraph::FindRelationType(t["name"].GetString());
    ASSERT_NE(info, nullptr) << t["name"].GetString();
    EXPECT_EQ(t["color"].GetString(), info->color);
    EXPECT_EQ(t["symmetric"].GetBool(), info->symmetric);
  }
  EXPECT_STREQ(list[0]["name"].GetString(), "meet");
  EXPECT_STREQ(list[0]["color"].GetString(), "#1f77b4");
  GetJson("/api/relation-types?x=1", 400);
}

TEST_F(ServeTest, EntitySearchFindsByAliasAndFiltersByType) {
  rapidjson::Document found = GetJson("/api/entities?q=" + Encode("하이닉스"));
  ASSERT_GE(found["entities"].Size(), 1u);
  EXPECT_STREQ(found["entities"][0]["name"].GetString(), "SK하이닉스");
  EXPECT_STREQ(found["entities"][0]["stock_code"].GetString(), "000660");

  rapidjson::Document english = GetJson("/api/entities?q=nvidia");
  ASSERT_EQ(english["entities"].Size(), 1u);
  EXPECT_STREQ(english["entities"][0]["name"].GetString(), "엔비디아");

  rapidjson::Document people = GetJson("/api/entities?type=PERSON&limit=1");
  EXPECT_EQ(people["total"].GetUint64(), 2u);
  EXPECT_EQ(people["entities"].Size(), 1u);
  EXPECT_STREQ(people["entities"][0]["type"].GetString(), "PERSON");
}

TEST_F(ServeTest, EntityDetailByIdOrNameHasRolesAndCounts) {
  const std::int64_t chey = IdOf("최태원");
  rapidjson::Document by_id = GetJson("/api/entities/" + std::to_string(chey));
  EXPECT_STREQ(by_id["name"].GetString(), "최태원");
  EXPECT_EQ(by_id["counts"]["events"].GetUint64(), 2u);
  ASSERT_EQ(by_id["roles"].Size(), 1u);
  EXPECT_STREQ(by_id["roles"][0]["organization"]["name"].GetString(), "SK그룹");
  EXPECT_STREQ(by_id["roles"][0]["title"].GetString(), "회장");

  rapidjson::Document by_alias = GetJson("/api/entities/" + Encode("하이닉스"));
  EXPECT_STREQ(by_alias["name"].GetString(), "SK하이닉스");
  EXPECT_EQ(by_alias["counts"]["neighbors"].GetUint64(), 2u);
}

TEST_F(ServeTest, TimelineIsOrderedAndFiltered) {
  rapidjson::Document all = GetJson("/api/timeline?entity=" + Encode("SK하이닉스"));
  ASSERT_EQ(all["events"].Size(), 3u);
  EXPECT_STREQ(all["events"][0]["time"].GetString(), "2025");
  EXPECT_STREQ(all["events"][1]["time"].GetString(), "2025-02");
  EXPECT_STREQ(all["events"][1]["evidence"][0]["source"].GetString(), "가나일보");

  rapidjson::Document supply = GetJson("/api/timeline?entity=" + Encode("SK하이닉스") +
                                       "&relation=supply&from=2025-03&to=2025-12");
  ASSERT_EQ(supply["events"].Size(), 1u);
  EXPECT_STREQ(supply["events"][0]["time"].GetString(), "2025-03");
  EXPECT_FALSE(supply["events"][0]["stated"].GetBool());

  rapidjson::Document with = GetJson("/api/timeline?entity=" + Encode("SK하이닉스") +
                                     "&with=" + Encode("삼성"));
  ASSERT_EQ(with["events"].Size(), 1u);
  EXPECT_STREQ(with["events"][0]["relation"].GetString(), "compete");
}

TEST_F(ServeTest, NeighborsAndPath) {
  rapidjson::Document neighbors = GetJson("/api/neighbors?entity=" + Encode("엔비디아"));
  ASSERT_EQ(neighbors["neighbors"].Size(), 1u);
  EXPECT_STREQ(neighbors["neighbors"][0]["entity"]["name"].GetString(), "SK하이닉스");
  EXPECT_EQ(neighbors["neighbors"][0]["relations"]["supply"].GetInt(), 2);

  rapidjson::Document path =
      GetJson("/api/path?from=" + Encode("삼성전자") + "&to=" + Encode("엔비디아"));
  ASSERT_GE(path["paths"].Size(), 1u);
  EXPECT_EQ(path["paths"][0]["entities"].Size(), 3u);
  EXPECT_STREQ(path["paths"][0]["entities"][1]["name"].GetString(), "SK하이닉스");

  rapidjson::Document none =
      GetJson("/api/path?from=" + Encode("삼성전자") + "&to=" + Encode("최태원"));
  EXPECT_EQ(none["paths"].Size(), 0u);
}

TEST_F(ServeTest, EgoGraphAndItsCap) {
  rapidjson::Document ego = GetJson("/api/graph?center=" + Encode("SK하이닉스") + "&hops=1");
  EXPECT_EQ(ego["entities"].Size(), 3u);
  EXPECT_EQ(ego["events"].Size(), 3u);
  EXPECT_FALSE(ego["truncated"].GetBool());

  rapidjson::Document capped =
      GetJson("/api/graph?center=" + Encode("SK하이닉스") + "&hops=2&max_nodes=2");
  EXPECT_TRUE(capped["truncated"].GetBool());
  ASSERT_EQ(capped["entities"].Size(), 2u);
  for (const auto& e : capped["entities"].GetArray()) EXPECT_LE(e["hop"].GetInt(), 1);

  httplib::Result dot = Get("/api/graph.dot?center=" + Encode("SK하이닉스"));
  ASSERT_TRUE(dot);
  EXPECT_EQ(dot->status, 200);
  EXPECT_EQ(dot->body.rfind("digraph", 0), 0u);
  EXPECT_NE(dot->body.find("엔비디아"), std::string::npos);

  httplib::Result svg = Get("/api/graph.svg?center=" + Encode("SK하이닉스"));
  ASSERT_TRUE(svg);
  EXPECT_EQ(svg->status, 200) << svg->body;
  EXPECT_EQ(svg->get_header_value("Content-Type"), "image/svg+xml");
  EXPECT_NE(svg->body.find("<svg"), std::string::npos);
  EXPECT_NE(svg->body.find("엔비디아"), std::string::npos);
  EXPECT_NE(svg->get_header_value("Content-Security-Policy").find("default-src 'none'"),
            std::string::npos);
}

TEST_F(ServeTest, EvidenceOfOneRelation) {
  rapidjson::Document timeline =
      GetJson("/api/timeline?entity=" + Encode("최태원") + "&relation=meet");
  ASSERT_EQ(timeline["events"].Size(), 1u);
  const std::int64_t event = timeline["events"][0]["id"].GetInt64();
  rapidjson::Document evidence = GetJson("/api/evidence?relation=" + std::to_string(event));
  ASSERT_EQ(evidence["evidence"].Size(), 1u);
  EXPECT_NE(std::string(evidence["evidence"][0]["sentence"].GetString()).find("젠슨 황"),
            std::string::npos);
  EXPECT_STREQ(evidence["evidence"][0]["url"].GetString(), "https://news.example/d1");
}

// The evidence record of docs/query-json.md: doc_date, and null (not "")
// for what is unknown.
TEST_F(ServeTest, EvidenceRecordIsTheSharedShape) {
  rapidjson::Document timeline =
      GetJson("/api/timeline?entity=" + Encode("최태원") + "&relation=role");
  ASSERT_EQ(timeline["events"].Size(), 1u);
  const std::int64_t event = timeline["events"][0]["id"].GetInt64();
  const auto& snippet = timeline["events"][0]["evidence"][0];
  EXPECT_STREQ(snippet["doc_date"].GetString(), "2025-02-05");
  EXPECT_TRUE(snippet["time_text"].IsNull());  // the role has no time
  rapidjson::Document evidence = GetJson("/api/evidence?relation=" + std::to_string(event));
  ASSERT_EQ(evidence["evidence"].Size(), 1u);
  const auto& e = evidence["evidence"][0];
  std::vector<std::string> keys;
  for (const auto& member : e.GetObject()) keys.emplace_back(member.name.GetString());
  EXPECT_EQ(keys, (std::vector<std::string>{"doc_id", "doc_date", "source", "title", "url",
                                            "sentence", "start", "end", "field", "hedged",
                                            "time_text", "rule"}));
  EXPECT_STREQ(e["doc_id"].GetString(), "d1");
  EXPECT_STREQ(e["doc_date"].GetString(), "2025-02-05");
  EXPECT_STREQ(e["source"].GetString(), "가나일보");
  EXPECT_STREQ(e["title"].GetString(), "기사 d1");
  EXPECT_TRUE(e["time_text"].IsNull());
  EXPECT_STREQ(e["rule"].GetString(), "serve-test");
  EXPECT_FALSE(e["hedged"].GetBool());
}

TEST_F(ServeTest, PageAndItsFilesAreServed) {
  for (const char* path : {"/", "/app.js", "/style.css"}) {
    httplib::Result res = Get(path);
    ASSERT_TRUE(res) << path;
    EXPECT_EQ(res->status, 200) << path;
    EXPECT_FALSE(res->body.empty()) << path;
  }
  EXPECT_NE(Get("/")->get_header_value("Content-Type").find("text/html"), std::string::npos);
}

// ---- Bad requests -----------------------------------------------------------

TEST_F(ServeTest, BadParameterIs400NamingIt) {
  struct Case {
    std::string target;
    std::string parameter;
  };
  const std::string hynix = Encode("SK하이닉스");
  const std::vector<Case> cases = {
      {"/api/graph?center=" + hynix + "&hops=abc", "hops"},
      {"/api/graph?center=" + hynix + "&hops=99", "hops"},
      {"/api/graph?center=" + hynix + "&hops=-1", "hops"},
      {"/api/graph?center=" + hynix + "&max_nodes=100000000", "max_nodes"},
      {"/api/graph?hops=1", "center"},
      {"/api/timeline?entity=" + hynix + "&relation=likes", "relation"},
      {"/api/timeline?entity=" + hynix + "&from=yesterday", "from"},
      {"/api/timeline?entity=" + hynix + "&from=2025-12&to=2025-01", "from"},
      {"/api/timeline?entity=" + hynix + "&limit=0", "limit"},
      {"/api/timeline?entity=" + hynix + "&limit=99999999999999999999999", "limit"},
      {"/api/entities?limit=100000", "limit"},
      {"/api/entities?offset=-5", "offset"},
      {"/api/entities?type=ALIEN", "type"},
      {"/api/entities?color=blue", "color"},
      {"/api/entities?q=a&q=b", "q"},
      {"/api/evidence?relation=abc", "relation"},
      {"/api/path?from=" + hynix, "to"},
      {"/api/path?from=" + hynix + "&to=" + hynix + "&max_hops=1000", "max_hops"},
  };
  for (const Case& c : cases) {
    rapidjson::Document error = GetJson(c.target, 400);
    ASSERT_TRUE(error.IsObject()) << c.target;
    ASSERT_TRUE(error.HasMember("parameter")) << c.target;
    EXPECT_EQ(error["parameter"].GetString(), c.parameter) << c.target;
    EXPECT_TRUE(error["error"].IsString());
  }
}

TEST_F(ServeTest, UnknownThingsAre404) {
  rapidjson::Document entity = GetJson("/api/timeline?entity=" + Encode("없는회사"), 404);
  EXPECT_STREQ(entity["parameter"].GetString(), "entity");
  GetJson("/api/entities/999999", 404);
  GetJson("/api/evidence?relation=999999", 404);
  GetJson("/api/nothing", 404);
  GetJson("/nothing.html", 404);
}

TEST_F(ServeTest, PathTraversalFindsNothing) {
  for (const char* target :
       {"/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc%2fpasswd",
        "/static/../../../etc/passwd", "/%2E%2E%5C%2E%2E%5Cetc%5Cpasswd", "/app.js/../../etc/passwd",
        "/api/../../etc/passwd", "//etc/passwd"}) {
    httplib::Result res = Get(target);
    ASSERT_TRUE(res) << target;
    EXPECT_TRUE(res->status == 400 || res->status == 404) << target << " -> " << res->status;
    EXPECT_EQ(res->body.find("root:"), std::string::npos) << target;
  }
}

TEST_F(ServeTest, SqlMetacharactersAreJustText) {
  for (const std::string q : {"' OR 1=1 --", "\"; DROP TABLE entities; --", "%", "_", "\\"}) {
    rapidjson::Document found = GetJson("/api/entities?q=" + Encode(q));
    EXPECT_EQ(found["total"].GetUint64(), 0u) << q;
    GetJson("/api/timeline?entity=" + Encode(q), 404);
  }
  // The graph is still whole afterwards.
  EXPECT_EQ(GetJson("/api/health")["entities"].GetUint64(), graph_->entity_count());
}

TEST_F(ServeTest, HugeRequestsAreCutOff) {
  // A URI over cpp-httplib's 8 KiB request-line limit.
  httplib::Result long_uri = Get("/api/entities?q=" + std::string(10000, 'a'));
  ASSERT_TRUE(long_uri);
  EXPECT_EQ(long_uri->status, 414);
  // A long value under that limit is refused by the API itself.
  rapidjson::Document long_value = GetJson("/api/entities?q=" + std::string(2000, 'a'), 400);
  EXPECT_STREQ(long_value["parameter"].GetString(), "q");
  // A body is never needed; a large one is refused before it is read.
  httplib::Client client("127.0.0.1", server_->port());
  httplib::Result post = client.Post("/api/entities", std::string(1 << 20, 'x'), "text/plain");
  ASSERT_TRUE(post);
  EXPECT_EQ(post->status, 413);
  httplib::Result small_post = client.Post("/api/entities", "x", "text/plain");
  ASSERT_TRUE(small_post);
  EXPECT_EQ(small_post->status, 405);
}

TEST_F(ServeTest, InvalidUtf8AndControlCharactersAre400) {
  rapidjson::Document bad = GetJson("/api/entities?q=%FF%FE", 400);
  EXPECT_STREQ(bad["parameter"].GetString(), "q");
  httplib::Result res = Get("/api/entities/%0Aforged%20line");
  ASSERT_TRUE(res);
  EXPECT_NE(res->status, 500);
  EXPECT_EQ(log_->str().find("\nforged"), std::string::npos);
}

TEST_F(ServeTest, ConnectionThatWaitedTooLongForAWorkerGets503) {
  // With no patience at all, every new connection has waited "too long".
  ServerOptions options;
  options.port = 0;
  options.threads = 1;
  options.queue_timeout_ms = 0;
  Server impatient(*graph_, options);
  ASSERT_TRUE(impatient.Bind().ok());
  Status run_status;
  std::thread runner([&] { run_status = impatient.Run(); });
  httplib::Client client("127.0.0.1", impatient.port());
  httplib::Result res = client.Get("/api/health");
  impatient.Stop();
  runner.join();
  EXPECT_TRUE(run_status.ok()) << run_status.message();
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 503);
  EXPECT_EQ(res->get_header_value("Retry-After"), "1");
  EXPECT_NE(res->body.find("busy"), std::string::npos);
}

TEST_F(ServeTest, ConcurrentRequestsAllSucceed) {
  std::vector<std::thread> threads;
  std::atomic<int> ok{0};
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&] {
      httplib::Client client("127.0.0.1", server_->port());
      for (int i = 0; i < 20; ++i) {
        httplib::Result res = client.Get(("/api/graph?center=" + Encode("SK하이닉스")).c_str());
        if (res && res->status == 200) ++ok;
      }
    });
  }
  for (std::thread& t : threads) t.join();
  EXPECT_EQ(ok.load(), 160);
}

TEST_F(ServeTest, AccessLogHasOneLinePerRequest) {
  Get("/api/health?");
  // cpp-httplib logs after the response has gone out: the client may read
  // it first, so wait (bounded) for the line.
  std::string log = log_->str();
  for (int i = 0; i < 200 && log.find("ms\n") == std::string::npos; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    log = log_->str();
  }
  EXPECT_NE(log.find("GET /api/health 200 "), std::string::npos) << log;
  EXPECT_NE(log.find("ms\n"), std::string::npos);
}

// ---- The Api without HTTP -----------------------------------------------------

TEST_F(ServeTest, ApiNeverThrowsOnOddPaths) {
  Api api(*graph_);
  for (const char* path : {"/api/entities/", "/api/entities/%", "/api/graph.png", "/api",
                           "/api/entities/-1", "/api/entities/99999999999999999999"}) {
    Response r = api.Handle(path, {});
    EXPECT_GE(r.status, 400) << path;
    EXPECT_LT(r.status, 500) << path;
  }
}

// ---- The real binary ----------------------------------------------------------

TEST_F(ServeTest, BinaryStopsCleanlyOnSigterm) {
  int err[2];
  ASSERT_EQ(pipe(err), 0);
  const pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    dup2(err[1], 2);
    close(err[0]);
    execl(NEWSGRAPH_BINARY, NEWSGRAPH_BINARY, "serve", "--db", db_path_->c_str(), "--port", "0",
          static_cast<char*>(nullptr));
    _exit(127);
  }
  close(err[1]);
  FILE* log = fdopen(err[0], "r");
  std::string banner, all;
  char line[4096];
  int port = 0;
  while (port == 0 && fgets(line, sizeof(line), log)) {
    banner = line;
    all += banner;
    const std::string marker = "listening on http://127.0.0.1:";
    if (std::size_t at = banner.find(marker); at != std::string::npos) {
      port = std::atoi(banner.c_str() + at + marker.size());
    }
  }
  ASSERT_GT(port, 0) << all;
  httplib::Client client("127.0.0.1", port);
  httplib::Result res = client.Get("/api/health");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  ASSERT_EQ(kill(pid, SIGTERM), 0);
  while (fgets(line, sizeof(line), log)) all += line;  // until the process closes stderr
  fclose(log);
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  ASSERT_TRUE(WIFEXITED(status)) << all;
  EXPECT_EQ(WEXITSTATUS(status), 0) << all;
  EXPECT_NE(all.find("GET /api/health 200"), std::string::npos) << all;
  EXPECT_NE(all.find("stopped by signal 15"), std::string::npos) << all;
}

TEST_F(ServeTest, BinaryRejectsAMissingDatabase) {
  const std::string command = std::string(NEWSGRAPH_BINARY) + " serve --db " + testing::TempDir() +
                              "no_such_newsgraph.db --port 0 2>/dev/null";
  const int status = std::system(command.c_str());
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 2);
}

// ---- The page, seen by a browser ----------------------------------------------

TEST_F(ServeTest, ScreenshotOfThePage) {
  if (!std::filesystem::exists("/usr/bin/chromium")) GTEST_SKIP() << "no /usr/bin/chromium";
  const std::string png = testing::TempDir() + "newsgraph_serve_test.png";
  std::filesystem::remove(png);
  const std::string command = std::string(NEWSGRAPH_SOURCE_DIR) + "/scripts/screenshot " +
                              "'http://127.0.0.1:" + std::to_string(server_->port()) +
                              "/#entity=" + std::to_string(IdOf("SK하이닉스")) + "' " + png +
                              " >/dev/null 2>&1";
  ASSERT_EQ(std::system(command.c_str()), 0) << command;
  ASSERT_TRUE(std::filesystem::exists(png));
  EXPECT_GT(std::filesystem::file_size(png), 10000u);
  // The page's script ran and asked for what it draws.
  const std::string log = log_->str();
  EXPECT_NE(log.find("GET /api/graph?center="), std::string::npos) << log;
  EXPECT_NE(log.find("GET /api/timeline?entity="), std::string::npos) << log;
  EXPECT_NE(log.find("GET /api/entities/"), std::string::npos) << log;
}

}  // namespace
}  // namespace newsgraph::serve
