// Tests of graph/: merge rules, events and evidence, queries, curation.
// Extractions are built by hand so the tests do not depend on extraction quality.
#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "graph/knowledge_graph.h"

namespace newsgraph::graph {
namespace {

using newsgraph::EntityType;

// Builds one document's extraction in a few readable lines.
class ExtractionBuilder {
 public:
  explicit ExtractionBuilder(std::string doc_id) { x_.doc_id = std::move(doc_id); }

  ExtractionBuilder& Entity(std::string name, EntityType type, std::string lexicon_id = "",
                            std::string stock_code = "", std::vector<std::string> mentions = {}) {
    newsgraph::Entity e;
    e.name = std::move(name);
    e.type = type;
    e.lexicon_id = std::move(lexicon_id);
    e.stock_code = std::move(stock_code);
    e.mentions = std::move(mentions);
    x_.entities.push_back(std::move(e));
    return *this;
  }
  ExtractionBuilder& Relation(std::string subject, std::string relation, std::string object,
                              std::string time = "", bool hedged = false,
                              std::string sentence = "") {
    newsgraph::Relation r;
    r.subject = std::move(subject);
    r.relation = std::move(relation);
    r.object = std::move(object);
    if (!time.empty()) r.time = newsgraph::TimeValue{time, time};
    r.hedged = hedged;
    r.evidence.sentence = sentence.empty() ? r.subject + " " + r.relation + " " + r.object : sentence;
    r.evidence.start = 10 * x_.relations.size();
    r.evidence.end = r.evidence.start + 9;
    r.rule = "test";
    x_.relations.push_back(std::move(r));
    return *this;
  }
  const newsgraph::Extraction& Get() const { return x_; }

 private:
  newsgraph::Extraction x_;
};

DocumentInfo Doc(const std::string& id, const std::string& source = "연합뉴스",
                 const std::string& date = "2025-02-05") {
  return DocumentInfo{id, date, source, "제목 " + id, "https://example.com/" + id};
}

void Add(KnowledgeGraph& g, const DocumentInfo& doc, const ExtractionBuilder& b) {
  std::vector<std::string> warnings;
  ASSERT_TRUE(g.AddDocument(doc, b.Get(), &warnings).ok());
  EXPECT_TRUE(warnings.empty()) << warnings.front();
}

EntityId Only(const KnowledgeGraph& g, const std::string& name) {
  const std::vector<EntityId> ids = g.FindEntities(name);
  EXPECT_EQ(ids.size(), 1u) << name;
  return ids.empty() ? 0 : ids.front();
}

TEST(KnowledgeGraphTest, MergesEntityByLexiconIdHoweverWritten) {
  KnowledgeGraph g;
  Add(g, Doc("d1"), ExtractionBuilder("d1")
                        .Entity("SK하이닉스", EntityType::kOrg, "org:sk-hynix", "000660")
                        .Entity("엔비디아", EntityType::kOrg, "org:nvidia")
                        .Relation("SK하이닉스", "supply", "엔비디아", "2025-01"));
  Add(g, Doc("d2"), ExtractionBuilder("d2")
                        .Entity("하이닉스", EntityType::kOrg, "org:sk-hynix")
                        .Entity("NVIDIA", EntityType::kOrg, "org:nvidia")
                        .Relation("하이닉스", "supply", "NVIDIA", "2025-01"));
  EXPECT_EQ(g.entity_count(), 2u);
  EXPECT_EQ(g.event_count(), 1u);
  const EntityId hynix = Only(g, "하이닉스");
  EXPECT_EQ(Only(g, "SK 하이닉스"), hynix);  // spaces do not matter
  const EntityView v = *g.Entity(hynix);
  EXPECT_EQ(v.name, "SK하이닉스");
  EXPECT_EQ(v.stock_code, "000660");
  EXPECT_EQ(v.aliases, std::vector<std::string>{"하이닉스"});
}

TEST(KnowledgeGraphTest, MergesByStockCodeThenByNormalisedName) {
  KnowledgeGraph g;
  Add(g, Doc("d1"), ExtractionBuilder("d1")
                        .Entity("삼성전자", EntityType::kOrg, "", "005930")
                        .Entity("LG 에너지솔루션", EntityType::kOrg)
                        .Relation("삼성전자", "compete", "LG 에너지솔루션"));
  Add(g, Doc("d2"), ExtractionBuilder("d2")
                        .Entity("삼성전자(주)", EntityType::kOrg, "", "005930")
                        .Entity("LG에너지솔루션", EntityType::kOrg)
                        .Relation("삼성전자(주)", "compete", "LG에너지솔루션"));
  EXPECT_EQ(g.entity_count(), 2u);
  EXPECT_EQ(g.event_count(), 1u);
  EXPECT_EQ(g.FindEntities("삼성전자(주)"), g.FindEntities("005930"));
}

TEST(KnowledgeGraphTest, SameNameDifferentTypeStaysApart) {
  KnowledgeGraph g;
  Add(g, Doc("d1"), ExtractionBuilder("d1")
                        .Entity("아마존", EntityType::kOrg)
                        .Entity("아마존", EntityType::kPlace));
  EXPECT_EQ(g.entity_count(), 2u);
  EXPECT_EQ(g.FindEntities("아마존").size(), 2u);  // ambiguous lookup lists both
}

TEST(KnowledgeGraphTest, NamesakesAtDifferentOrganisationsStayTwoPeople) {
  KnowledgeGraph g;
  Add(g, Doc("d1"), ExtractionBuilder("d1")
                        .Entity("김민수", EntityType::kPerson)
                        .Entity("한빛전자", EntityType::kOrg)
                        .Relation("김민수", "role", "한빛전자"));
  Add(g, Doc("d2"), ExtractionBuilder("d2")
                        .Entity("김민수", EntityType::kPerson)
                        .Entity("푸른물산", EntityType::kOrg)
                        .Relation("김민수", "role", "푸른물산"));
  Add(g, Doc("d3"), ExtractionBuilder("d3")
                        .Entity("김 민수", EntityType::kPerson)
                        .Entity("한빛전자", EntityType::kOrg)
                        .Relation("김 민수", "role", "한빛전자", "2024"));
  const std::vector<EntityId> people = g.FindEntities("김민수");
  ASSERT_EQ(people.size(), 2u);
  // The third article's 김민수 is the one at 한빛전자: one role event (the
  // undated mention joined the dated one) with evidence from both articles.
  const std::vector<EventView> roles = g.Timeline({.entity = Only(g, "한빛전자")});
  ASSERT_EQ(roles.size(), 1u);
  EXPECT_EQ(roles[0].subject, people.front());
  EXPECT_EQ(roles[0].evidence_count, 2);
}

TEST(KnowledgeGraphTest, PersonKnownByNameOnlyJoinsTheOneNamesake) {
  KnowledgeGraph g;
  Add(g, Doc("d1"), ExtractionBuilder("d1")
                        .Entity("박서연", EntityType::kPerson)
                        .Entity("한빛전자", EntityType::kOrg)
                        .Relation("박서연", "role", "한빛전자"));
  Add(g, Doc("d2"), ExtractionBuilder("d2")
                        .Entity("박서연", EntityType::kPerson)
                        .Entity("푸른물산", EntityType::kOrg)
                        .Relation("박서연", "meet", "푸른물산"));
  EXPECT_EQ(g.FindEntities("박서연").size(), 1u);
}

TEST(KnowledgeGraphTest, SymmetricEventIsOneEdgeWhicheverOrderWithEvidenceFromEachSource) {
  KnowledgeGraph g;
  auto meeting = [](const std::string& id, const std::string& a, const std::string& b) {
    return ExtractionBuilder(id)
        .Entity("최태원", EntityType::kPerson, "person:chey-tae-won")
        .Entity("젠슨 황", EntityType::kPerson, "person:jensen-huang")
        .Relation(a, "meet", b, "2025-02-04");
  };
  Add(g, Doc("d1", "가신문"), meeting("d1", "최태원", "젠슨 황"));
  Add(g, Doc("d2", "나일보"), meeting("d2", "젠슨 황", "최태원"));
  Add(g, Doc("d3", "가신문"), meeting("d3", "최태원", "젠슨 황"));
  ASSERT_EQ(g.event_count(), 1u);
  const EventView ev = *g.Event(g.EventIds().front());
  EXPECT_TRUE(ev.symmetric);
  EXPECT_EQ(ev.evidence_count, 3);
  EXPECT_EQ(ev.source_count, 2);
  EXPECT_EQ(ev.evidence.size(), 3u);
}

TEST(KnowledgeGraphTest, DirectedEventsInOppositeDirectionsStayApart) {
  KnowledgeGraph g;
  Add(g, Doc("d1"), ExtractionBuilder("d1")
                        .Entity("가회사", EntityType::kOrg)
                        .Entity("나회사", EntityType::kOrg)
                        .Relation("가회사", "invest", "나회사", "2025")
                        .Relation("나회사", "invest", "가회사", "2025"));
  EXPECT_EQ(g.event_count(), 2u);
}

TEST(KnowledgeGraphTest, UndatedMentionJoinsTheOnlyDatedEvent) {
  KnowledgeGraph g;
  ExtractionBuilder base("d1");
  base.Entity("가회사", EntityType::kOrg)
      .Entity("나회사", EntityType::kOrg)
      .Relation("가회사", "partner", "나회사", "2025-03");
  Add(g, Doc("d1"), base);
  Add(g, Doc("d2"), ExtractionBuilder("d2")
                        .Entity("가회사", EntityType::kOrg)
                        .Entity("나회사", EntityType::kOrg)
                        .Relation("나회사", "partner", "가회사"));
  ASSERT_EQ(g.event_count(), 1u);
  EXPECT_EQ(g.Event(g.EventIds().front())->evidence_count, 2);
}

TEST(KnowledgeGraphTest, UndatedMentionStaysUndatedWhenTwoDatedEventsMatch) {
  KnowledgeGraph g;
  Add(g, Doc("d1"), ExtractionBuilder("d1")
                        .Entity("가회사", EntityType::kOrg)
                        .Entity("나회사", EntityType::kOrg)
                        .Relation("가회사", "partner", "나회사", "2024-05")
                        .Relation("가회사", "partner", "나회사", "2025-03"));
  Add(g, Doc("d2"), ExtractionBuilder("d2")
                        .Entity("가회사", EntityType::kOrg)
                        .Entity("나회사", EntityType::kOrg)
                        .Relation("가회사", "partner", "나회사"));
  ASSERT_EQ(g.event_count(), 3u);
  const std::vector<EventView> timeline = g.Timeline({.entity = Only(g, "가회사")});
  EXPECT_EQ(timeline.back().time, "");
}

TEST(KnowledgeGraphTest, UndatedMentionFollowsTheDatedEventsWhateverTheOrder) {
  KnowledgeGraph g;
  auto partner = [](const std::string& id, const std::string& time) {
    return ExtractionBuilder(id)
        .Entity("가회사", EntityType::kOrg)
        .Entity("나회사", EntityType::kOrg)
        .Relation("가회사", "partner", "나회사", time);
  };
  Add(g, Doc("d1"), partner("d1", ""));
  EXPECT_EQ(g.event_count(), 1u);
  Add(g, Doc("d2"), partner("d2", "2025-03"));  // the undated mention joins it
  ASSERT_EQ(g.event_count(), 1u);
  EXPECT_EQ(g.Event(g.EventIds().front())->time, "2025-03");
  Add(g, Doc("d3"), partner("d3", "2024-05"));  // two dated: undated again
  EXPECT_EQ(g.event_count(), 3u);
  ASSERT_TRUE(g.RemoveDocument("d3").ok());     // one dated again
  ASSERT_EQ(g.event_count(), 1u);
  EXPECT_EQ(g.Event(g.EventIds().front())->evidence_count, 2);
}

TEST(KnowledgeGraphTest, EventIsStatedWhenAnySourceStatesIt) {
  KnowledgeGraph g;
  auto report = [](const std::string& id, bool hedged, const std::string& object) {
    return ExtractionBuilder(id)
        .Entity("가회사", EntityType::kOrg)
        .Entity(object, EntityType::kOrg)
        .Relation("가회사", "acquire", object, "2025", hedged);
  };
  Add(g, Doc("d1"), report("d1", true, "나회사"));
  Add(g, Doc("d2"), report("d2", false, "나회사"));
  Add(g, Doc("d3"), report("d3", true, "다회사"));
  for (const EventView& ev : g.Timeline({.entity = Only(g, "가회사")})) {
    const EntityView other = *g.Entity(ev.object);
    if (other.name == "나회사") {
      EXPECT_TRUE(ev.stated);
      EXPECT_EQ(ev.evidence_count, 2);
    } else {
      EXPECT_FALSE(ev.stated);
    }
  }
}

TEST(KnowledgeGraphTest, ReAddingADocumentReplacesItsEvidenceAndDropsOrphanEvents) {
  KnowledgeGraph g;
  Add(g, Doc("d1"), ExtractionBuilder("d1")
                        .Entity("가회사", EntityType::kOrg)
                        .Entity("나회사", EntityType::kOrg)
                        .Relation("가회사", "sue", "나회사", "2025-01"));
  Add(g, Doc("d2"), ExtractionBuilder("d2")
                        .Entity("가회사", EntityType::kOrg)
                        .Entity("나회사", EntityType::kOrg)
                        .Relation("가회사", "partner", "나회사", "2025-02"));
  Add(g, Doc("d1"), ExtractionBuilder("d1")
                        .Entity("가회사", EntityType::kOrg)
                        .Entity("나회사", EntityType::kOrg)
                        .Relation("가회사", "partner", "나회사", "2025-02"));
  EXPECT_EQ(g.document_count(), 2u);
  ASSERT_EQ(g.event_count(), 1u);
  const EventView ev = *g.Event(g.EventIds().front());
  EXPECT_EQ(ev.relation, "partner");
  EXPECT_EQ(ev.evidence_count, 2);
  ASSERT_TRUE(g.RemoveDocument("d2").ok());
  EXPECT_EQ(g.Event(ev.id)->evidence_count, 1);
  EXPECT_EQ(g.RemoveDocument("d2").code(), Status::Code::kNotFound);
}

TEST(KnowledgeGraphTest, SkipsBadRelationsWithAWarningAndKeepsTheRest) {
  KnowledgeGraph g;
  ExtractionBuilder b("d1");
  b.Entity("가회사", EntityType::kOrg)
      .Entity("나회사", EntityType::kOrg)
      .Relation("가회사", "befriend", "나회사")
      .Relation("가회사", "partner", "없는회사")
      .Relation("가회사", "partner", "나회사");
  std::vector<std::string> warnings;
  ASSERT_TRUE(g.AddDocument(Doc("d1"), b.Get(), &warnings).ok());
  ASSERT_EQ(warnings.size(), 2u);
  EXPECT_NE(warnings[0].find("unknown relation type \"befriend\""), std::string::npos);
  EXPECT_NE(warnings[1].find("없는회사"), std::string::npos);
  EXPECT_EQ(g.event_count(), 1u);
}

TEST(KnowledgeGraphTest, TimelineIsInTimeOrderWithUndatedLast) {
  KnowledgeGraph g;
  Add(g, Doc("d1"), ExtractionBuilder("d1")
                        .Entity("가회사", EntityType::kOrg)
                        .Entity("나회사", EntityType::kOrg)
                        .Entity("다회사", EntityType::kOrg)
                        .Relation("가회사", "partner", "나회사")
                        .Relation("가회사", "partner", "나회사", "2025-03")
                        .Relation("가회사", "invest", "다회사", "2024-12-05")
                        .Relation("다회사", "supply", "가회사", "2025-Q1")
                        .Relation("가회사", "meet", "다회사", "2025-03-10"));
  std::vector<std::string> times;
  for (const EventView& ev : g.Timeline({.entity = Only(g, "가회사")})) times.push_back(ev.time);
  // The undated partner mention joined the dated one.
  EXPECT_EQ(times, (std::vector<std::string>{"2024-12-05", "2025-Q1", "2025-03", "2025-03-10"}));

  TimelineQuery q{.entity = Only(g, "가회사")};
  q.with = Only(g, "다회사");
  q.time = {"2025", "2025-03-05"};
  times.clear();
  for (const EventView& ev : g.Timeline(q)) times.push_back(ev.time);
  EXPECT_EQ(times, (std::vector<std::string>{"2025-Q1"}));
  q.time = {};
  q.relations = {"invest"};
  EXPECT_EQ(g.Timeline(q).size(), 1u);
}

TEST(KnowledgeGraphTest, NeighborsCountEventsPerRelation) {
  KnowledgeGraph g;
  Add(g, Doc("d1"), ExtractionBuilder("d1")
                        .Entity("가회사", EntityType::kOrg)
                        .Entity("나회사", EntityType::kOrg)
                        .Entity("다회사", EntityType::kOrg)
                        .Relation("가회사", "partner", "나회사", "2025-01")
                        .Relation("가회사", "partner", "나회사", "2025-02")
                        .Relation("나회사", "sue", "가회사", "2025-03")
                        .Relation("가회사", "meet", "다회사", "2025-03"));
  const std::vector<NeighborView> n = g.Neighbors(Only(g, "가회사"));
  ASSERT_EQ(n.size(), 2u);
  EXPECT_EQ(n[0].entity, Only(g, "나회사"));
  EXPECT_EQ(n[0].event_count, 3);
  EXPECT_EQ(n[0].relations.at("partner"), 2);
  EXPECT_EQ(n[0].relations.at("sue"), 1);
  EXPECT_EQ(n[1].event_count, 1);
}

// A - B - D, A - C - D, D - E, plus a longer detour of meetings A - F - G - H - E.
KnowledgeGraph Diamond() {
  KnowledgeGraph g;
  ExtractionBuilder b("d1");
  for (const char* name : {"A", "B", "C", "D", "E", "F", "G", "H"}) b.Entity(name, EntityType::kOrg);
  b.Relation("A", "partner", "B", "2025")
      .Relation("B", "supply", "D", "2025")
      .Relation("A", "invest", "C", "2025")
      .Relation("D", "partner", "C", "2025")
      .Relation("D", "meet", "E", "2025")
      .Relation("A", "meet", "F", "2025")
      .Relation("F", "meet", "G", "2025")
      .Relation("G", "meet", "H", "2025")
      .Relation("H", "meet", "E", "2025");
  EXPECT_TRUE(g.AddDocument(Doc("d1"), b.Get()).ok());
  return g;
}

std::vector<std::string> Names(const KnowledgeGraph& g, const PathView& p) {
  std::vector<std::string> out;
  for (EntityId id : p.entities) out.push_back(g.Entity(id)->name);
  return out;
}

TEST(KnowledgeGraphTest, ShortestPathsListsEveryShortestChain) {
  const KnowledgeGraph g = Diamond();
  const std::vector<PathView> paths = g.ShortestPaths({.from = Only(g, "A"), .to = Only(g, "E")});
  ASSERT_EQ(paths.size(), 2u);
  EXPECT_EQ(Names(g, paths[0]), (std::vector<std::string>{"A", "B", "D", "E"}));
  EXPECT_EQ(Names(g, paths[1]), (std::vector<std::string>{"A", "C", "D", "E"}));
  ASSERT_EQ(paths[0].events.size(), 3u);
  EXPECT_EQ(g.Event(paths[0].events[1])->relation, "supply");

  // Only meetings: the detour through F, G and H.
  const std::vector<PathView> meets =
      g.ShortestPaths({.from = Only(g, "A"), .to = Only(g, "E"), .relations = {"meet"}});
  ASSERT_EQ(meets.size(), 1u);
  EXPECT_EQ(Names(g, meets[0]), (std::vector<std::string>{"A", "F", "G", "H", "E"}));

  EXPECT_EQ(g.ShortestPaths({.from = Only(g, "A"), .to = Only(g, "E"), .limit = 1}).size(), 1u);
  EXPECT_TRUE(g.ShortestPaths({.from = Only(g, "A"), .to = Only(g, "E"), .max_hops = 2}).empty());
}

TEST(KnowledgeGraphTest, EgoHoldsEntitiesWithinHopsAndTheEventsAmongThem) {
  const KnowledgeGraph g = Diamond();
  const Subgraph one = g.Ego({.center = Only(g, "D"), .hops = 1});
  std::vector<std::string> names;
  for (const EntityView& e : one.entities) names.push_back(e.name);
  EXPECT_EQ(names, (std::vector<std::string>{"B", "C", "D", "E"}));
  EXPECT_EQ(one.events.size(), 3u);
  const Subgraph two = g.Ego({.center = Only(g, "D"), .hops = 2});
  EXPECT_EQ(two.entities.size(), 6u);  // adds A and H
  EXPECT_EQ(two.events.size(), 6u);    // A-B, A-C, B-D, C-D, D-E, H-E (not A-F, G-H)
  EXPECT_EQ(g.Whole().events.size(), 9u);
}

TEST(KnowledgeGraphTest, MergeEntitiesMovesEventsAndLaterMentions) {
  KnowledgeGraph g;
  Add(g, Doc("d1"), ExtractionBuilder("d1")
                        .Entity("한빛전자", EntityType::kOrg)
                        .Entity("푸른물산", EntityType::kOrg)
                        .Relation("한빛전자", "partner", "푸른물산", "2025-01"));
  Add(g, Doc("d2"), ExtractionBuilder("d2")
                        .Entity("한빛", EntityType::kOrg)
                        .Entity("푸른물산", EntityType::kOrg)
                        .Relation("한빛", "partner", "푸른물산", "2025-01")
                        .Relation("한빛", "sue", "푸른물산", "2025-06"));
  ASSERT_EQ(g.entity_count(), 3u);
  ASSERT_EQ(g.event_count(), 3u);
  g.TakeChanges();
  const EntityId keep = Only(g, "한빛전자"), gone = Only(g, "한빛");
  ASSERT_TRUE(g.MergeEntities(keep, gone).ok());
  EXPECT_EQ(g.entity_count(), 2u);
  EXPECT_EQ(g.event_count(), 2u);  // the two partner events became one
  EXPECT_EQ(g.FindEntities("한빛"), std::vector<EntityId>{keep});
  const ChangeSet changes = g.TakeChanges();
  EXPECT_EQ(changes.removed_entities, std::vector<EntityId>{gone});
  EXPECT_EQ(changes.removed_events.size(), 1u);

  Add(g, Doc("d3"), ExtractionBuilder("d3")
                        .Entity("한빛", EntityType::kOrg)
                        .Entity("푸른물산", EntityType::kOrg)
                        .Relation("한빛", "sue", "푸른물산", "2025-06"));
  EXPECT_EQ(g.entity_count(), 2u);
  EXPECT_EQ(g.event_count(), 2u);
  EXPECT_EQ(g.MergeEntities(keep, keep).code(), Status::Code::kInvalidInput);
  EXPECT_EQ(g.MergeEntities(keep, gone).code(), Status::Code::kNotFound);
}

TEST(KnowledgeGraphTest, AddedAliasResolvesLaterMentions) {
  KnowledgeGraph g;
  Add(g, Doc("d1"), ExtractionBuilder("d1")
                        .Entity("한국은행", EntityType::kOrg)
                        .Entity("기획재정부", EntityType::kOrg)
                        .Relation("한국은행", "meet", "기획재정부", "2025-01"));
  const EntityId bok = Only(g, "한국은행");
  ASSERT_TRUE(g.AddAlias(bok, "한은").ok());
  Add(g, Doc("d2"), ExtractionBuilder("d2")
                        .Entity("한은", EntityType::kOrg)
                        .Entity("기획재정부", EntityType::kOrg)
                        .Relation("한은", "meet", "기획재정부", "2025-01"));
  EXPECT_EQ(g.entity_count(), 2u);
  EXPECT_EQ(g.event_count(), 1u);
  EXPECT_EQ(g.AddAlias(9999, "x").code(), Status::Code::kNotFound);
}

TEST(KnowledgeGraphTest, RestoredGraphAnswersLikeTheOriginal) {
  const KnowledgeGraph g = Diamond();
  KnowledgeGraph r;
  for (EntityId id : g.EntityIds()) ASSERT_TRUE(r.RestoreEntity(*g.Entity(id), g.EntityKeys(id)).ok());
  ASSERT_TRUE(r.RestoreDocument(*g.Document("d1")).ok());
  for (EventId id : g.EventIds()) ASSERT_TRUE(r.RestoreEvent(*g.Event(id)).ok());
  for (const EvidenceRecord& e : g.DocumentEvidence("d1")) {
    ASSERT_TRUE(r.RestoreEvidence(e.event, e.evidence).ok());
  }
  EXPECT_EQ(r.event_count(), g.event_count());
  EXPECT_EQ(r.ShortestPaths({.from = Only(r, "A"), .to = Only(r, "E")}).size(), 2u);
  EXPECT_EQ(r.RestoreEntity(*g.Entity(1), {}).code(), Status::Code::kInvalidInput);
  EXPECT_TRUE(r.TakeChanges().empty());
}

}  // namespace
}  // namespace newsgraph::graph
