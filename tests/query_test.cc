// Tests of query/: the resolver (name, alias, stock code, #id, bare
// number, unknown, ambiguous), timelines (order, filters, counterparts),
// neighbours, paths, entity cards, breadth-first hops over a Subgraph, and
// the JSON records read back with RapidJSON. The graph is built by hand from
// invented articles.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "graph/knowledge_graph.h"
#include "query/json.h"
#include "query/query.h"
#include "query/resolve.h"

namespace newsgraph::query {
namespace {

using graph::EntityId;
using newsgraph::EntityType;

newsgraph::Entity Ent(std::string name, EntityType type, std::vector<std::string> mentions = {},
                      std::string stock_code = "") {
  newsgraph::Entity e;
  e.name = std::move(name);
  e.type = type;
  e.mentions = mentions.empty() ? std::vector<std::string>{e.name} : std::move(mentions);
  e.stock_code = std::move(stock_code);
  return e;
}

newsgraph::Relation Rel(std::string subject, std::string relation, std::string object,
                        std::string time, std::string sentence, bool hedged = false) {
  newsgraph::Relation r;
  r.subject = std::move(subject);
  r.relation = std::move(relation);
  r.object = std::move(object);
  if (!time.empty()) r.time = newsgraph::TimeValue{time, time};
  r.hedged = hedged;
  r.evidence = {std::move(sentence), 0, 12, "text"};
  r.rule = "query-test";
  return r;
}

void Add(graph::KnowledgeGraph& g, graph::DocumentInfo doc, std::vector<newsgraph::Entity> entities,
         std::vector<newsgraph::Relation> relations) {
  newsgraph::Extraction x;
  x.doc_id = doc.id;
  x.entities = std::move(entities);
  x.relations = std::move(relations);
  std::vector<std::string> warnings;
  ASSERT_TRUE(g.AddDocument(doc, x, &warnings).ok());
  EXPECT_TRUE(warnings.empty()) << warnings.front();
}

// 가람전자 (alias 가람, stock code 123450) with four events at four times,
// two people, two entities both named 한빛 (an organisation and a person),
// and a product whose name is a number. d2 has no date, source or title.
graph::KnowledgeGraph Sample() {
  graph::KnowledgeGraph g;
  const auto garam = Ent("가람전자", EntityType::kOrg, {"가람전자", "가람"}, "123450");
  auto role = Rel("김하준", "role", "가람전자", "", "김하준 가람전자 대표가 말했다.");
  role.attributes = {{"title", "대표"}};
  Add(g, {"d1", "2025-03-10", "가람일보", "가람전자 소식", "https://news.example/d1"},
      {garam, Ent("다온바이오", EntityType::kOrg), Ent("김하준", EntityType::kPerson),
       Ent("이서연", EntityType::kPerson)},
      {role,
       Rel("가람전자", "partner", "다온바이오", "2025-03", "가람전자와 다온바이오가 3월 손잡았다."),
       Rel("김하준", "meet", "이서연", "2024-11-02", "김하준 대표는 이서연 대표를 만났다."),
       Rel("가람전자", "supply", "다온바이오", "2024", "가람전자가 부품을 댈 것으로 보인다.", true)});
  Add(g, {"d2", "", "", "", ""},
      {garam, Ent("누리소프트", EntityType::kOrg), Ent("한빛", EntityType::kOrg)},
      {Rel("가람전자", "invest", "누리소프트", "2025-Q1", "가람전자가 누리소프트에 투자했다."),
       Rel("한빛", "acquire", "누리소프트", "2023", "한빛이 누리소프트를 사들였다.")});
  Add(g, {"d3", "2025-04-01", "다온신문", "인물", ""},
      {Ent("한빛", EntityType::kPerson), Ent("이서연", EntityType::kPerson),
       Ent("2", EntityType::kProduct), Ent("다온바이오", EntityType::kOrg)},
      {Rel("한빛", "meet", "이서연", "2025-04", "한빛 씨가 이서연 대표를 만났다."),
       Rel("다온바이오", "develop", "2", "", "다온바이오가 2를 만든다.")});
  return g;
}

EntityId IdOf(const graph::KnowledgeGraph& g, const std::string& name) {
  const std::vector<EntityId> ids = g.FindEntities(name);
  EXPECT_EQ(ids.size(), 1u) << name;
  return ids.empty() ? 0 : ids.front();
}

// ---- Resolve -------------------------------------------------------------------

TEST(ResolveTest, FindsByNameAliasAndStockCode) {
  const graph::KnowledgeGraph g = Sample();
  const EntityId garam = IdOf(g, "가람전자");
  for (const char* ref : {"가람전자", "가람", "123450", "가람 전자"}) {
    const Resolution r = Resolve(g, ref);
    ASSERT_TRUE(r.found()) << ref;
    EXPECT_EQ(r.id(), garam) << ref;
  }
}

TEST(ResolveTest, HashIdNamesTheEntityWithThatIdOnly) {
  const graph::KnowledgeGraph g = Sample();
  const EntityId garam = IdOf(g, "가람전자");
  EXPECT_EQ(Resolve(g, "#" + std::to_string(garam)).matches, std::vector<EntityId>{garam});
  EXPECT_TRUE(Resolve(g, "#999").matches.empty());
  EXPECT_TRUE(Resolve(g, "#가람").matches.empty());  // not a name lookup
  EXPECT_TRUE(Resolve(g, "#12x").matches.empty());
  EXPECT_TRUE(IsIdReference("#5"));
  EXPECT_FALSE(IsIdReference("#"));
  EXPECT_FALSE(IsIdReference("5"));
}

TEST(ResolveTest, UnknownNameMatchesNothing) {
  const graph::KnowledgeGraph g = Sample();
  const Resolution r = Resolve(g, "없는회사");
  EXPECT_FALSE(r.found());
  EXPECT_FALSE(r.ambiguous());
  EXPECT_TRUE(r.matches.empty());
  EXPECT_TRUE(Resolve(g, "").matches.empty());
}

TEST(ResolveTest, SharedNameIsAmbiguousWithEveryCandidate) {
  const graph::KnowledgeGraph g = Sample();
  const Resolution r = Resolve(g, "한빛");
  EXPECT_TRUE(r.ambiguous());
  ASSERT_EQ(r.matches.size(), 2u);
  EXPECT_LT(r.matches[0], r.matches[1]);
}

TEST(ResolveTest, BareNumberIsANameFirstUnlessAskedOtherwise) {
  const graph::KnowledgeGraph g = Sample();
  const EntityId product = IdOf(g, "2");
  ASSERT_NE(product, 2);
  ASSERT_TRUE(g.Entity(2));
  EXPECT_EQ(Resolve(g, "2").matches, std::vector<EntityId>{product});
  EXPECT_EQ(Resolve(g, "2", {.number_is_id_first = true}).matches, std::vector<EntityId>{2});
  // A number no name matches is an id.
  EXPECT_EQ(Resolve(g, "1").matches, std::vector<EntityId>{1});
  EXPECT_TRUE(Resolve(g, "999").matches.empty());
}

TEST(ResolveTest, StatusFormSaysWhyNot) {
  const graph::KnowledgeGraph g = Sample();
  EntityId id = 0;
  ASSERT_TRUE(ResolveEntity(g, "가람", &id).ok());
  EXPECT_EQ(id, IdOf(g, "가람전자"));
  Status s = ResolveEntity(g, "없는회사", &id);
  EXPECT_EQ(s.code(), Status::Code::kNotFound);
  EXPECT_EQ(s.message(), "no entity is named \"없는회사\"");
  s = ResolveEntity(g, "#999", &id);
  EXPECT_EQ(s.code(), Status::Code::kNotFound);
  EXPECT_EQ(s.message(), "no entity #999");
  s = ResolveEntity(g, "한빛", &id);
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  const Resolution both = Resolve(g, "한빛");
  EXPECT_EQ(s.message(), "\"한빛\" names 2 entities: #" + std::to_string(both.matches[0]) +
                             " 한빛 (ORG), #" + std::to_string(both.matches[1]) +
                             " 한빛 (PERSON); pass the id instead");
}

// ---- Timeline ------------------------------------------------------------------

std::vector<std::string> Relations(const Timeline& t) {
  std::vector<std::string> out;
  for (const graph::EventView& e : t.events) out.push_back(e.relation + " " + e.time);
  return out;
}

TEST(TimelineTest, EventsInTimeOrderUndatedLastWithTheirCounterparts) {
  const graph::KnowledgeGraph g = Sample();
  const EntityId garam = IdOf(g, "가람전자");
  const std::optional<Timeline> t = GetTimeline(g, {.entity = garam});
  ASSERT_TRUE(t);
  EXPECT_EQ(t->entity.name, "가람전자");
  // 2024, then 2025-Q1 (starts in January) before 2025-03, the role last.
  EXPECT_EQ(Relations(*t), (std::vector<std::string>{"supply 2024", "invest 2025-Q1",
                                                     "partner 2025-03", "role "}));
  std::vector<std::string> names;
  for (const graph::EntityView& v : t->counterparts) names.push_back(v.name);
  std::sort(names.begin(), names.end());
  EXPECT_EQ(names, (std::vector<std::string>{"김하준", "누리소프트", "다온바이오"}));
  EXPECT_TRUE(std::is_sorted(t->counterparts.begin(), t->counterparts.end(),
                             [](const auto& a, const auto& b) { return a.id < b.id; }));
  EXPECT_FALSE(GetTimeline(g, {.entity = 999}));
}

TEST(TimelineTest, FiltersByRelationCounterpartAndTime) {
  const graph::KnowledgeGraph g = Sample();
  const EntityId garam = IdOf(g, "가람전자");
  EXPECT_EQ(Relations(*GetTimeline(g, {.entity = garam, .relations = {"partner", "role"}})),
            (std::vector<std::string>{"partner 2025-03", "role "}));
  EXPECT_EQ(Relations(*GetTimeline(g, {.entity = garam, .with = IdOf(g, "다온바이오")})),
            (std::vector<std::string>{"supply 2024", "partner 2025-03"}));
  // A time bound leaves undated events out.
  EXPECT_EQ(Relations(*GetTimeline(g, {.entity = garam, .time = {"2025", ""}})),
            (std::vector<std::string>{"invest 2025-Q1", "partner 2025-03"}));
  EXPECT_EQ(Relations(*GetTimeline(g, {.entity = garam, .time = {"", "2024-12"}})),
            (std::vector<std::string>{"supply 2024"}));
  const std::optional<Timeline> none = GetTimeline(g, {.entity = garam, .relations = {"sue"}});
  ASSERT_TRUE(none);
  EXPECT_TRUE(none->events.empty());
  EXPECT_TRUE(none->counterparts.empty());
}

// ---- Neighbours, paths, cards, hops ----------------------------------------------

TEST(NeighborsTest, CounterpartsWithTheirViewsMostEventsFirst) {
  const graph::KnowledgeGraph g = Sample();
  const std::vector<Neighbor> n = Neighbors(g, IdOf(g, "가람전자"));
  ASSERT_EQ(n.size(), 3u);
  EXPECT_EQ(n[0].entity.name, "다온바이오");
  EXPECT_EQ(n[0].event_count, 2);
  EXPECT_EQ(n[0].relations, (std::map<std::string, int>{{"partner", 1}, {"supply", 1}}));
}

TEST(PathsTest, ChainOfEntityAndEventViews) {
  const graph::KnowledgeGraph g = Sample();
  const std::vector<Path> paths =
      ShortestPaths(g, {.from = IdOf(g, "김하준"), .to = IdOf(g, "누리소프트")});
  ASSERT_EQ(paths.size(), 1u);
  ASSERT_EQ(paths[0].entities.size(), 3u);
  EXPECT_EQ(paths[0].entities[1].name, "가람전자");
  ASSERT_EQ(paths[0].events.size(), 2u);
  EXPECT_EQ(paths[0].events[0].relation, "role");
  EXPECT_EQ(paths[0].events[1].relation, "invest");
  EXPECT_TRUE(paths[0].events[1].evidence.empty());
}

TEST(EntityCardTest, RolesAndCounts) {
  const graph::KnowledgeGraph g = Sample();
  const std::optional<EntityCard> card = DescribeEntity(g, IdOf(g, "김하준"));
  ASSERT_TRUE(card);
  EXPECT_EQ(card->roles, std::vector<std::string>{"가람전자 (대표)"});
  EXPECT_EQ(card->event_count, 2u);
  EXPECT_EQ(card->neighbor_count, 2u);
  EXPECT_FALSE(DescribeEntity(g, 999));
}

TEST(HopsTest, BreadthFirstOverTheEventsUpToTheLimit) {
  std::vector<graph::EventView> events(3);
  events[0].subject = 1, events[0].object = 2;
  events[1].subject = 3, events[1].object = 2;  // direction does not matter
  events[2].subject = 3, events[2].object = 4;
  EXPECT_EQ(HopsFrom(1, events), (std::unordered_map<EntityId, int>{{1, 0}, {2, 1}, {3, 2}, {4, 3}}));
  EXPECT_EQ(HopsFrom(1, events, 1), (std::unordered_map<EntityId, int>{{1, 0}, {2, 1}}));
  EXPECT_EQ(HopsFrom(1, events, 0), (std::unordered_map<EntityId, int>{{1, 0}}));
  EXPECT_EQ(HopsFrom(9, events), (std::unordered_map<EntityId, int>{{9, 0}}));
}

// ---- JSON ----------------------------------------------------------------------

rapidjson::Document ParseJson(const std::string& text) {
  rapidjson::Document doc;
  doc.Parse(text.c_str(), text.size());
  EXPECT_FALSE(doc.HasParseError()) << text;
  return doc;
}

TEST(QueryJsonTest, TimelineHasTheEntityAndEveryEventWithNames) {
  const graph::KnowledgeGraph g = Sample();
  const EntityId garam = IdOf(g, "가람전자");
  const rapidjson::Document d = ParseJson(TimelineJson(g, *GetTimeline(g, {.entity = garam})));
  EXPECT_EQ(d["entity"]["id"].GetInt64(), garam);
  EXPECT_STREQ(d["entity"]["stock_code"].GetString(), "123450");
  const auto& events = d["events"];
  ASSERT_EQ(events.Size(), 4u);
  EXPECT_STREQ(events[0]["relation"].GetString(), "supply");
  EXPECT_STREQ(events[0]["subject_name"].GetString(), "가람전자");
  EXPECT_STREQ(events[0]["object_name"].GetString(), "다온바이오");
  EXPECT_FALSE(events[0]["stated"].GetBool());
  EXPECT_TRUE(events[3]["time"].IsNull());
  EXPECT_STREQ(events[3]["attributes"]["title"].GetString(), "대표");
  EXPECT_EQ(events[3]["evidence"].Size(), 1u);
}

// Evidence of an article with no date, source, title or url (d2).
TEST(QueryJsonTest, EvidenceRecordHasNullForWhatIsUnknown) {
  const graph::KnowledgeGraph g = Sample();
  const std::optional<Timeline> t =
      GetTimeline(g, {.entity = IdOf(g, "누리소프트"), .relations = {"invest"}});
  ASSERT_TRUE(t);
  ASSERT_EQ(t->events.size(), 1u);
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  WriteEvidence(w, t->events[0].evidence.at(0));
  const rapidjson::Document e = ParseJson(buffer.GetString());
  std::vector<std::string> keys;
  for (const auto& member : e.GetObject()) keys.emplace_back(member.name.GetString());
  EXPECT_EQ(keys, (std::vector<std::string>{"doc_id", "doc_date", "source", "title", "url",
                                            "sentence", "start", "end", "field", "hedged",
                                            "time_text", "rule"}));
  EXPECT_STREQ(e["doc_id"].GetString(), "d2");
  for (const char* key : {"doc_date", "source", "title", "url"}) {
    EXPECT_TRUE(e[key].IsNull()) << key;
  }
  EXPECT_STREQ(e["sentence"].GetString(), "가람전자가 누리소프트에 투자했다.");
  EXPECT_EQ(e["start"].GetUint64(), 0u);
  EXPECT_EQ(e["end"].GetUint64(), 12u);
  EXPECT_STREQ(e["field"].GetString(), "text");
  EXPECT_FALSE(e["hedged"].GetBool());
  EXPECT_STREQ(e["time_text"].GetString(), "2025-Q1");
  EXPECT_STREQ(e["rule"].GetString(), "query-test");
}

TEST(QueryJsonTest, EvidenceOfADatedArticleCarriesItsDate) {
  const graph::KnowledgeGraph g = Sample();
  const rapidjson::Document d = ParseJson(
      TimelineJson(g, *GetTimeline(g, {.entity = IdOf(g, "김하준"), .relations = {"role"}})));
  const auto& e = d["events"][0]["evidence"][0];
  EXPECT_FALSE(e.HasMember("date"));
  EXPECT_STREQ(e["doc_date"].GetString(), "2025-03-10");
  EXPECT_STREQ(e["source"].GetString(), "가람일보");
  EXPECT_STREQ(e["url"].GetString(), "https://news.example/d1");
  EXPECT_TRUE(e["time_text"].IsNull());  // the role has no time
}

TEST(QueryJsonTest, CountsKeepTheirOrder) {
  EXPECT_EQ(CountsJson({{"documents", 3}, {"entities", 8}}), "{\"documents\":3,\"entities\":8}");
}

}  // namespace
}  // namespace newsgraph::query
