// export/: every format rendered from hand-built Subgraphs and read back
// with an independent reader (cgraph, RapidJSON, Boost.Graph's GraphML
// reader, Boost.PropertyTree's XML parser, a small CSV reader).
// Boost.Graph's adjacency_list iterators trip g++ 12's -Wmaybe-uninitialized
// once inlined into this file (a known false positive in Boost's headers).
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"

#include <graphviz/cgraph.h>
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphml.hpp>
#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "export/atomic_file.h"
#include "export/dot.h"
#include "export/exporter.h"
#include "export/filter.h"
#include "export/graph_export.h"
#include "export/json_export.h"
#include "export/neo4j_csv.h"
#include "export/render.h"
#include "export/xml_export.h"
#include "graph/knowledge_graph.h"
#include "query/resolve.h"
#include "store/sqlite_store.h"

namespace newsgraph::exporter {
namespace {

using newsgraph::EntityType;
using graph::EntityView;
using graph::EventView;
using graph::EvidenceView;
using graph::Subgraph;

// A name that breaks every format that forgets to escape something.
const std::string kTrickyName = "A \"Q\" \\ <b> & C\n둘째 줄";

EntityView Entity(graph::EntityId id, std::string name, EntityType type) {
  EntityView v;
  v.id = id;
  v.name = std::move(name);
  v.type = type;
  return v;
}

EventView Event(graph::EventId id, graph::EntityId subject, std::string relation,
                graph::EntityId object, std::string time, bool stated = true, int sources = 1) {
  EventView e;
  e.id = id;
  e.subject = subject;
  e.object = object;
  e.symmetric = relation == "meet" || relation == "partner" || relation == "contract" ||
                relation == "compete";
  e.relation = std::move(relation);
  e.time = std::move(time);
  e.stated = stated;
  e.source_count = sources;
  e.evidence_count = sources;
  return e;
}

EvidenceView Evidence(std::string doc_id, std::string source, std::string sentence,
                      bool hedged) {
  EvidenceView ev;
  ev.doc_id = std::move(doc_id);
  ev.doc_date = "2025-02-05";
  ev.source = std::move(source);
  ev.title = "반도체 공급 소식";
  ev.url = "https://news.example/" + ev.doc_id;
  ev.sentence = std::move(sentence);
  ev.end = 20;
  ev.hedged = hedged;
  ev.rule = "supply.verb";
  return ev;
}

// A business group with two affiliates, a chair who met another chief three
// times (once only as speculation), a supply deal with evidence, a rumoured
// development and a visit. Sentences are the tests' own.
Subgraph Sample() {
  Subgraph g;
  g.entities.push_back(Entity(1, "SK그룹", EntityType::kOrg));
  g.entities.back().aliases = {"SK"};
  g.entities.back().english_name = "SK Group";
  g.entities.push_back(Entity(2, "SK하이닉스", EntityType::kOrg));
  g.entities.back().stock_code = "000660";
  g.entities.back().aliases = {"SK hynix", "하이닉스"};
  g.entities.push_back(Entity(3, "SK텔레콤", EntityType::kOrg));
  g.entities.push_back(Entity(4, "최태원", EntityType::kPerson));
  g.entities.push_back(Entity(5, "엔비디아", EntityType::kOrg));
  g.entities.back().english_name = "NVIDIA";
  g.entities.push_back(Entity(6, "젠슨 황", EntityType::kPerson));
  g.entities.push_back(Entity(7, "HBM", EntityType::kProduct));
  g.entities.push_back(Entity(8, "서울", EntityType::kPlace));
  g.events.push_back(Event(10, 2, "subsidiary", 1, ""));
  g.events.push_back(Event(11, 3, "subsidiary", 1, ""));
  g.events.push_back(Event(12, 4, "role", 1, ""));
  g.events.back().attributes = {{"title", "회장"}};
  g.events.push_back(Event(13, 4, "meet", 6, "2024-01", true, 2));
  g.events.push_back(Event(14, 6, "meet", 4, "2024-06"));
  g.events.push_back(Event(15, 4, "meet", 6, "2025-02-04", false));
  g.events.push_back(Event(16, 2, "supply", 5, "2025-Q1", true, 2));
  g.events.back().attributes = {{"product", "HBM"}};
  g.events.back().evidence = {
      Evidence("d1", "한빛경제", "SK하이닉스가 엔비디아에 HBM을 공급하기로 했다.", false),
      Evidence("d2", "새벽일보", "SK하이닉스가 엔비디아에 HBM을 납품할 것으로 보인다.", true)};
  g.events.push_back(Event(17, 2, "develop", 7, "2024", false));
  g.events.push_back(Event(18, 6, "visit", 8, "2025-02-04"));
  return g;
}

// Two entities joined by one event, both named kTrickyName-like names.
Subgraph Tricky() {
  Subgraph g;
  g.entities.push_back(Entity(1, kTrickyName, EntityType::kOrg));
  g.entities.back().aliases = {"x,y;z", "say \"hi\""};
  g.entities.back().english_name = "Ampersand & <Co>";
  g.entities.push_back(Entity(2, "back\\slash 'single'", EntityType::kProject));
  g.events.push_back(Event(5, 1, "participate", 2, "2024-06"));
  g.events.back().attributes = {{"title", "say \"<x>\" & go"}};
  return g;
}

// ---- Filter ---------------------------------------------------------------

std::vector<graph::EventId> EventIds(const Subgraph& g) {
  std::vector<graph::EventId> ids;
  for (const auto& e : g.events) ids.push_back(e.id);
  return ids;
}

std::vector<graph::EntityId> EntityIds(const Subgraph& g) {
  std::vector<graph::EntityId> ids;
  for (const auto& v : g.entities) ids.push_back(v.id);
  return ids;
}

TEST(FilterTest, TimeWindowKeepsOverlappingSpansAndDropsUndated) {
  ExportFilter f;
  f.from = "2025-01";
  f.to = "2025-02-04";
  const Subgraph out = Filter(Sample(), f);
  // 2025-Q1 overlaps January; 2025-02-04 is inside; 2024 and undated go.
  EXPECT_EQ(EventIds(out), (std::vector<graph::EventId>{15, 16, 18}));
  EXPECT_EQ(EntityIds(out), (std::vector<graph::EntityId>{2, 4, 5, 6, 8}));
}

TEST(FilterTest, MinSourcesAndNoHedgedDropEventsAndTheirLoneEntities) {
  ExportFilter f;
  f.min_sources = 2;
  EXPECT_EQ(EventIds(Filter(Sample(), f)), (std::vector<graph::EventId>{13, 16}));
  f.min_sources = 0;
  f.no_hedged = true;
  const Subgraph out = Filter(Sample(), f);
  EXPECT_EQ(EventIds(out), (std::vector<graph::EventId>{10, 11, 12, 13, 14, 16, 18}));
  // HBM's only event is the rumoured development.
  const std::vector<graph::EntityId> ids = EntityIds(out);
  EXPECT_EQ(std::count(ids.begin(), ids.end(), 7), 0);
}

TEST(FilterTest, CenterKeepsEntitiesWithinHopsThroughKeptEvents) {
  ExportFilter f;
  f.center = 6;  // 젠슨 황
  f.hops = 1;
  EXPECT_EQ(EntityIds(Filter(Sample(), f)), (std::vector<graph::EntityId>{4, 6, 8}));
  f.hops = 2;
  EXPECT_EQ(EntityIds(Filter(Sample(), f)), (std::vector<graph::EntityId>{1, 4, 6, 8}));
  f.relations = {"visit"};
  EXPECT_EQ(EntityIds(Filter(Sample(), f)), (std::vector<graph::EntityId>{6, 8}));
  f.hops = 0;
  f.relations.clear();
  const Subgraph alone = Filter(Sample(), f);
  EXPECT_EQ(EntityIds(alone), (std::vector<graph::EntityId>{6}));
  EXPECT_TRUE(alone.events.empty());
}

TEST(FilterTest, CenterWithNoEventLeftStaysAlone) {
  ExportFilter f;
  f.center = 3;
  f.min_sources = 5;
  const Subgraph out = Filter(Sample(), f);
  EXPECT_EQ(EntityIds(out), (std::vector<graph::EntityId>{3}));
  f.center = 99;
  EXPECT_TRUE(Filter(Sample(), f).entities.empty());
}

TEST(FilterTest, CheckFilterNamesTheBadOption) {
  ExportFilter f;
  f.from = "2025-13";
  Status s = CheckFilter(f);
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_NE(s.message().find("--from \"2025-13\""), std::string::npos) << s.message();
  f.from = "2025";
  f.to = "2024-06";
  s = CheckFilter(f);
  EXPECT_NE(s.message().find("range is empty"), std::string::npos) << s.message();
  f.to = "";
  f.relations = {"befriend"};
  s = CheckFilter(f);
  EXPECT_NE(s.message().find("--relation \"befriend\""), std::string::npos) << s.message();
  f.relations = {"meet", "supply"};
  EXPECT_TRUE(CheckFilter(f).ok());
}

// ---- DOT ------------------------------------------------------------------

// Parses DOT text with Graphviz's own reader; nullptr when it does not parse.
struct CgraphDeleter {
  void operator()(Agraph_t* g) const { agclose(g); }
};
using CgraphPtr = std::unique_ptr<Agraph_t, CgraphDeleter>;
CgraphPtr ReadDot(const std::string& dot) { return CgraphPtr(agmemread(dot.c_str())); }

std::string Attr(void* object, const char* name) {
  const char* value = agget(object, const_cast<char*>(name));
  return value == nullptr ? "" : value;
}

Agedge_t* FindEdge(Agraph_t* g, const char* tail, const char* head) {
  Agnode_t* t = agnode(g, const_cast<char*>(tail), 0);
  Agnode_t* h = agnode(g, const_cast<char*>(head), 0);
  return t && h ? agedge(g, t, h, nullptr, 0) : nullptr;
}

TEST(DotTest, ParsesBackWithOneNodePerEntityAndFoldedEdges) {
  const std::string dot = ToDot(Sample());
  CgraphPtr g = ReadDot(dot);
  ASSERT_TRUE(g) << dot;
  EXPECT_EQ(agnnodes(g.get()), 8 + 1);  // entities + the legend's node
  EXPECT_EQ(agnedges(g.get()), 7);      // three meet events fold into one edge
  Agnode_t* hynix = agnode(g.get(), const_cast<char*>("e2"), 0);
  ASSERT_NE(hynix, nullptr);
  EXPECT_EQ(Attr(hynix, "label"), "SK하이닉스");
  EXPECT_EQ(Attr(hynix, "shape"), "box");
  EXPECT_EQ(Attr(agnode(g.get(), const_cast<char*>("e4"), 0), "shape"), "ellipse");
  EXPECT_EQ(Attr(agnode(g.get(), const_cast<char*>("e7"), 0), "shape"), "component");
  EXPECT_EQ(Attr(agnode(g.get(), const_cast<char*>("e8"), 0), "shape"), "house");
}

TEST(DotTest, FoldsOnePairsEventsIntoOneDatedLabel) {
  CgraphPtr g = ReadDot(ToDot(Sample()));
  ASSERT_TRUE(g);
  Agedge_t* meet = FindEdge(g.get(), "e4", "e6");
  ASSERT_NE(meet, nullptr);
  EXPECT_EQ(Attr(meet, "label"), "meet 2024-01, 2024-06, 2025-02-04");
  EXPECT_EQ(Attr(meet, "dir"), "none");
  EXPECT_EQ(Attr(meet, "style"), "");  // one of the meetings is stated
  Agedge_t* develop = FindEdge(g.get(), "e2", "e7");
  ASSERT_NE(develop, nullptr);
  EXPECT_EQ(Attr(develop, "label"), "develop 2024");
  EXPECT_EQ(Attr(develop, "style"), "dashed");
  EXPECT_EQ(Attr(develop, "dir"), "");
  EXPECT_EQ(Attr(FindEdge(g.get(), "e2", "e1"), "label"), "subsidiary");
}

TEST(DotTest, UndatedEventsFoldLastAndLongListsAreCut) {
  Subgraph g;
  g.entities = {Entity(1, "가", EntityType::kOrg), Entity(2, "나", EntityType::kOrg)};
  g.events = {Event(1, 1, "partner", 2, ""), Event(2, 2, "partner", 1, "2023"),
              Event(3, 1, "partner", 2, "2021-03")};
  EXPECT_NE(ToDot(g).find("label=\"partner 2021-03, 2023, undated\""), std::string::npos);
  DotOptions options;
  options.max_dates_per_label = 1;
  EXPECT_NE(ToDot(g, options).find("label=\"partner 2021-03, +2 more\""), std::string::npos);
}

TEST(DotTest, GroupAndAffiliatesShareACluster) {
  CgraphPtr g = ReadDot(ToDot(Sample()));
  ASSERT_TRUE(g);
  Agraph_t* group = agsubg(g.get(), const_cast<char*>("cluster_group_1"), 0);
  ASSERT_NE(group, nullptr);
  EXPECT_EQ(agnnodes(group), 3);  // SK그룹, SK하이닉스, SK텔레콤
  EXPECT_EQ(Attr(group, "label"), "SK그룹");
  EXPECT_NE(agnode(group, const_cast<char*>("e3"), 0), nullptr);
  EXPECT_EQ(agnode(group, const_cast<char*>("e4"), 0), nullptr);  // a chair is no affiliate
  Agraph_t* legend = agsubg(g.get(), const_cast<char*>("cluster_legend"), 0);
  ASSERT_NE(legend, nullptr);
  EXPECT_EQ(agnnodes(legend), 1);
}

TEST(DotTest, SameGraphGivesSameBytesWhateverTheInputOrder) {
  const std::string first = ToDot(Sample());
  EXPECT_EQ(first, ToDot(Sample()));
  Subgraph shuffled = Sample();
  std::mt19937 rng(7);
  std::shuffle(shuffled.entities.begin(), shuffled.entities.end(), rng);
  std::shuffle(shuffled.events.begin(), shuffled.events.end(), rng);
  EXPECT_EQ(first, ToDot(shuffled));
}

TEST(DotTest, MatchesTheCheckedInFile) {
  const std::string path = std::string(NEWSGRAPH_TESTDATA_DIR) + "/export/sample.dot";
  const std::string dot = ToDot(Sample());
  if (std::getenv("NEWSGRAPH_UPDATE_GOLDEN") != nullptr) std::ofstream(path) << dot;
  std::ifstream in(path);
  ASSERT_TRUE(in) << path << " (run with NEWSGRAPH_UPDATE_GOLDEN=1 to write it)";
  const std::string golden{std::istreambuf_iterator<char>(in), {}};
  EXPECT_EQ(dot, golden);
}

TEST(DotTest, EscapesEveryLabel) {
  EXPECT_EQ(EscapeDotLabel("a\"b\\c\nd<e>&f\r\x01"), "a\\\"b\\\\c\\nd&lt;e&gt;&amp;f ");
  const std::string dot = ToDot(Tricky());
  CgraphPtr g = ReadDot(dot);
  ASSERT_TRUE(g) << dot;
  EXPECT_EQ(agnnodes(g.get()), 2 + 1);
  EXPECT_EQ(Attr(agnode(g.get(), const_cast<char*>("e1"), 0), "label"),
            "A \"Q\" \\\\ &lt;b&gt; &amp; C\\n둘째 줄");
}

// ---- Rendering ------------------------------------------------------------

bool StartsWith(const std::string& s, std::string_view prefix) {
  return s.compare(0, prefix.size(), prefix) == 0;
}

TEST(RenderTest, RendersSvgPngAndPdfWithTheirMagicBytes) {
  RenderOptions options;
  std::string svg, png, pdf;
  ASSERT_TRUE(RenderGraph(Sample(), ImageFormat::kSvg, options, &svg).ok());
  ASSERT_TRUE(RenderGraph(Sample(), ImageFormat::kPng, options, &png).ok());
  ASSERT_TRUE(RenderGraph(Sample(), ImageFormat::kPdf, options, &pdf).ok());
  EXPECT_NE(svg.find("<svg"), std::string::npos);
  EXPECT_NE(svg.find("SK하이닉스"), std::string::npos);
  EXPECT_TRUE(StartsWith(png, "\x89PNG\r\n\x1a\n"));
  EXPECT_GT(png.size(), 1000u);
  EXPECT_TRUE(StartsWith(pdf, "%PDF-"));
}

TEST(RenderTest, TrickyNamesReachTheSvgAsText) {
  std::string svg;
  ASSERT_TRUE(RenderGraph(Tricky(), ImageFormat::kSvg, {}, &svg).ok());
  // Graphviz re-escapes for XML and splits the line break into two texts.
  EXPECT_NE(svg.find("A &quot;Q&quot; \\ &lt;b&gt; &amp; C</text>"), std::string::npos) << svg;
  EXPECT_NE(svg.find(">둘째 줄</text>"), std::string::npos);
  EXPECT_NE(svg.find("back\\slash"), std::string::npos);
}

// News-like graphs with groups: each new entity is a subsidiary of, or has
// a labelled event with, an earlier one.
Subgraph RandomGroups(int nodes, unsigned seed) {
  std::mt19937 rng(seed);
  static constexpr const char* kRelations[] = {"subsidiary", "supply", "meet", "role",
                                               "invest",     "partner", "compete"};
  Subgraph g;
  for (int i = 1; i <= nodes; ++i) {
    g.entities.push_back(Entity(i, "회사" + std::to_string(i), EntityType::kOrg));
  }
  graph::EventId next = 1;
  for (int i = 2; i <= nodes; ++i) {
    for (int k = 0; k < 2; ++k) {
      const auto other = static_cast<graph::EntityId>(1 + rng() % (i - 1));
      const char* relation = kRelations[rng() % 7];
      g.events.push_back(Event(next++, i, relation, other, rng() % 2 ? "2024-0" + std::to_string(1 + rng() % 9) : ""));
    }
  }
  return g;
}

// Graphviz 2.43 double-freed in gvFreeLayout on such graphs (clusters plus
// labelled edges) until ToDot asked for newrank: this aborts if it returns.
TEST(RenderTest, LaysOutClusteredGraphsWithLabelledEdges) {
  for (unsigned seed = 1; seed <= 6; ++seed) {
    std::string svg;
    RenderOptions options;
    options.layout = "dot";
    ASSERT_TRUE(RenderGraph(RandomGroups(60, seed), ImageFormat::kSvg, options, &svg).ok());
    EXPECT_NE(svg.find("cluster_group_"), std::string::npos) << seed;
  }
}

TEST(RenderTest, ForceLayoutRendersToo) {
  RenderOptions options;
  options.layout = "sfdp";
  std::string svg;
  ASSERT_TRUE(RenderGraph(Sample(), ImageFormat::kSvg, options, &svg).ok());
  EXPECT_NE(svg.find("<svg"), std::string::npos);
}

TEST(RenderTest, RefusesAGraphTooLargeToReadAndSuggestsAFilter) {
  Subgraph big;
  for (int i = 1; i <= 30; ++i) big.entities.push_back(Entity(i, "n", EntityType::kOrg));
  RenderOptions options;
  options.max_nodes = 20;
  std::string out;
  const Status s = RenderGraph(big, ImageFormat::kSvg, options, &out);
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_NE(s.message().find("30 entities"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("--center"), std::string::npos);
  EXPECT_NE(s.message().find("--min-sources"), std::string::npos);
  EXPECT_TRUE(out.empty());
}

TEST(RenderTest, ChoosesDotForSmallGraphsAndSfdpBeyond) {
  EXPECT_EQ(ChooseLayout(10), "dot");
  EXPECT_EQ(ChooseLayout(kDotLayoutMaxNodes), "dot");
  EXPECT_EQ(ChooseLayout(kDotLayoutMaxNodes + 1), "sfdp");
}

TEST(RenderTest, ReportsBadDotAndUnknownEngines) {
  std::string out;
  Status s = RenderDot("digraph { a -> }", "dot", ImageFormat::kSvg, &out);
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_NE(s.message().find("could not read"), std::string::npos) << s.message();
  s = RenderDot("digraph { a -> b }", "spring", ImageFormat::kSvg, &out);
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_NE(s.message().find("spring"), std::string::npos);
  EXPECT_TRUE(RenderDot("digraph { a -> b }", "dot", ImageFormat::kSvg, &out).ok());
}

// ---- JSON -----------------------------------------------------------------

rapidjson::Document ParseJson(const std::string& text) {
  rapidjson::Document doc;
  doc.Parse(text.c_str(), text.size());
  EXPECT_FALSE(doc.HasParseError()) << text;
  return doc;
}

TEST(JsonTest, DashboardJsonFollowsTheSchema) {
  const rapidjson::Document doc = ParseJson(ToDashboardJson(Sample()));
  ASSERT_TRUE(doc.IsObject());
  EXPECT_EQ(doc["schema_version"].GetInt(), kJsonSchemaVersion);
  const auto& nodes = doc["nodes"];
  ASSERT_EQ(nodes.Size(), 8u);
  const auto& hynix = nodes[1];
  EXPECT_EQ(hynix["id"].GetInt64(), 2);
  EXPECT_STREQ(hynix["name"].GetString(), "SK하이닉스");
  EXPECT_STREQ(hynix["type"].GetString(), "ORG");
  EXPECT_STREQ(hynix["stock_code"].GetString(), "000660");
  EXPECT_EQ(hynix["aliases"].Size(), 2u);
  EXPECT_TRUE(hynix["english_name"].IsNull());
  EXPECT_EQ(hynix["degree"].GetInt(), 3);  // subsidiary, supply, develop
  const auto& edges = doc["edges"];
  ASSERT_EQ(edges.Size(), 9u);  // one per event: no folding
  const auto& supply = edges[6];
  EXPECT_EQ(supply["id"].GetInt64(), 16);
  EXPECT_EQ(supply["source"].GetInt64(), 2);
  EXPECT_EQ(supply["target"].GetInt64(), 5);
  EXPECT_STREQ(supply["relation"].GetString(), "supply");
  EXPECT_FALSE(supply["symmetric"].GetBool());
  EXPECT_STREQ(supply["time"].GetString(), "2025-Q1");
  EXPECT_STREQ(supply["start"].GetString(), "2025-01-01");
  EXPECT_STREQ(supply["end"].GetString(), "2025-03-31");
  EXPECT_TRUE(supply["stated"].GetBool());
  EXPECT_FALSE(supply["hedged"].GetBool());
  EXPECT_EQ(supply["source_count"].GetInt(), 2);
  EXPECT_STREQ(supply["attributes"]["product"].GetString(), "HBM");
  ASSERT_EQ(supply["evidence"].Size(), 2u);
  const auto& ev = supply["evidence"][1];
  EXPECT_STREQ(ev["doc_id"].GetString(), "d2");
  EXPECT_STREQ(ev["source"].GetString(), "새벽일보");
  EXPECT_TRUE(ev["hedged"].GetBool());
  EXPECT_STREQ(ev["rule"].GetString(), "supply.verb");
  EXPECT_EQ(ev["end"].GetUint64(), 20u);
  EXPECT_STREQ(ev["doc_date"].GetString(), "2025-02-05");
  EXPECT_TRUE(ev["time_text"].IsNull());
  const auto& role = edges[2];
  EXPECT_TRUE(role["time"].IsNull());
  EXPECT_TRUE(role["start"].IsNull());
  EXPECT_TRUE(edges[5]["hedged"].GetBool());  // the rumoured meeting
}

TEST(JsonTest, TrickyNamesSurviveJsonAndCytoscape) {
  const rapidjson::Document doc = ParseJson(ToDashboardJson(Tricky()));
  EXPECT_EQ(std::string(doc["nodes"][0]["name"].GetString()), kTrickyName);
  EXPECT_STREQ(doc["edges"][0]["attributes"]["title"].GetString(), "say \"<x>\" & go");
  const rapidjson::Document cy = ParseJson(ToCytoscapeJson(Tricky()));
  EXPECT_EQ(std::string(cy["elements"]["nodes"][0]["data"]["label"].GetString()), kTrickyName);
  EXPECT_STREQ(cy["elements"]["nodes"][1]["data"]["name"].GetString(), "back\\slash 'single'");
}

TEST(JsonTest, CytoscapeElementsReferToNodeIds) {
  const rapidjson::Document doc = ParseJson(ToCytoscapeJson(Sample()));
  const auto& nodes = doc["elements"]["nodes"];
  const auto& edges = doc["elements"]["edges"];
  ASSERT_EQ(nodes.Size(), 8u);
  ASSERT_EQ(edges.Size(), 9u);
  EXPECT_STREQ(nodes[0]["data"]["id"].GetString(), "n1");
  EXPECT_STREQ(nodes[3]["classes"].GetString(), "person");
  const auto& meet = edges[5]["data"];
  EXPECT_STREQ(meet["id"].GetString(), "r15");
  EXPECT_STREQ(meet["source"].GetString(), "n4");
  EXPECT_STREQ(meet["target"].GetString(), "n6");
  EXPECT_STREQ(meet["label"].GetString(), "meet 2025-02-04");
  EXPECT_STREQ(edges[5]["classes"].GetString(), "meet symmetric hedged");
}

TEST(JsonTest, TimelineListsEventsInTimeOrderUndatedLast) {
  const Subgraph g = Sample();
  std::vector<EventView> events;
  for (const EventView& e : g.events) {
    if (e.subject == 4 || e.object == 4) events.push_back(e);
  }
  std::reverse(events.begin(), events.end());
  const rapidjson::Document doc = ParseJson(ToTimelineJson(g.entities[3], events, g.entities));
  EXPECT_STREQ(doc["entity"]["name"].GetString(), "최태원");
  const auto& items = doc["items"];
  ASSERT_EQ(items.Size(), 4u);
  EXPECT_STREQ(items[0]["time"].GetString(), "2024-01");
  EXPECT_STREQ(items[0]["start"].GetString(), "2024-01-01");
  EXPECT_STREQ(items[0]["end"].GetString(), "2024-01-31");
  EXPECT_STREQ(items[0]["direction"].GetString(), "both");
  EXPECT_STREQ(items[0]["counterpart"]["name"].GetString(), "젠슨 황");
  EXPECT_STREQ(items[0]["counterpart"]["type"].GetString(), "PERSON");
  EXPECT_STREQ(items[1]["time"].GetString(), "2024-06");
  EXPECT_STREQ(items[2]["time"].GetString(), "2025-02-04");
  EXPECT_FALSE(items[2]["stated"].GetBool());
  EXPECT_TRUE(items[3]["time"].IsNull());  // role, undated
  EXPECT_STREQ(items[3]["relation"].GetString(), "role");
  EXPECT_STREQ(items[3]["direction"].GetString(), "out");
  EXPECT_STREQ(items[3]["attributes"]["title"].GetString(), "회장");
}

TEST(JsonTest, TimelineCarriesSourcesAndUnknownCounterparts) {
  const Subgraph g = Sample();
  const rapidjson::Document doc =
      ParseJson(ToTimelineJson(g.entities[4], {g.events[6]}, {}));  // 엔비디아, supply
  const auto& item = doc["items"][0];
  EXPECT_STREQ(item["direction"].GetString(), "in");
  EXPECT_EQ(item["counterpart"]["id"].GetInt64(), 2);
  EXPECT_TRUE(item["counterpart"]["name"].IsNull());
  ASSERT_EQ(item["sources"].Size(), 2u);
  EXPECT_STREQ(item["sources"][0]["source"].GetString(), "한빛경제");
  EXPECT_STREQ(item["sources"][0]["url"].GetString(), "https://news.example/d1");
}

TEST(JsonTest, EvidenceWithUnknownsIsWrittenWithNullsInEveryJson) {
  Subgraph g = Sample();
  EvidenceView& ev = g.events[6].evidence[0];  // the supply, first source
  ev.doc_date = ev.source = ev.title = ev.url = "";
  const rapidjson::Document dashboard = ParseJson(ToDashboardJson(g));
  const rapidjson::Document timeline = ParseJson(ToTimelineJson(g.entities[4], {g.events[6]}, {}));
  for (const rapidjson::Value* e :
       {&dashboard["edges"][6]["evidence"][0], &timeline["items"][0]["sources"][0]}) {
    for (const char* key : {"doc_date", "source", "title", "url", "time_text"}) {
      EXPECT_TRUE((*e)[key].IsNull()) << key;
    }
    EXPECT_STREQ((*e)["doc_id"].GetString(), "d1");
    EXPECT_STREQ((*e)["rule"].GetString(), "supply.verb");
  }
}

// ---- GraphML and GEXF -----------------------------------------------------

using Ptree = boost::property_tree::ptree;

struct VertexProps {
  std::string name;
  std::string type;
  int degree = 0;
};
struct EdgeProps {
  std::string relation;
  std::string time;
  std::string symmetric;  // see ReadGraphml
  int source_count = 0;
};
using BoostGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, VertexProps, EdgeProps>;

// Boost's reader converts booleans with lexical_cast<bool>, which takes only
// "1"/"0", while GraphML (XML Schema) and Gephi, yEd, NetworkX and igraph
// write and expect "true"/"false". The file keeps the standard form; here
// the boolean keys are read as strings so the rest can go through Boost.
BoostGraph ReadGraphml(std::string text) {
  for (std::size_t pos; (pos = text.find("attr.type=\"boolean\"")) != std::string::npos;) {
    text.replace(pos, 19, "attr.type=\"string\"");
  }
  BoostGraph g;
  boost::dynamic_properties dp(boost::ignore_other_properties);
  dp.property("name", boost::get(&VertexProps::name, g));
  dp.property("type", boost::get(&VertexProps::type, g));
  dp.property("degree", boost::get(&VertexProps::degree, g));
  dp.property("relation", boost::get(&EdgeProps::relation, g));
  dp.property("time", boost::get(&EdgeProps::time, g));
  dp.property("symmetric", boost::get(&EdgeProps::symmetric, g));
  dp.property("source_count", boost::get(&EdgeProps::source_count, g));
  std::istringstream in(text);
  boost::read_graphml(in, g, dp);
  return g;
}

TEST(GraphmlTest, ReadsBackIntoBoostGraph) {
  BoostGraph g;
  ASSERT_NO_THROW(g = ReadGraphml(ToGraphml(Sample())));
  ASSERT_EQ(boost::num_vertices(g), 8u);
  ASSERT_EQ(boost::num_edges(g), 9u);
  EXPECT_EQ(g[1].name, "SK하이닉스");
  EXPECT_EQ(g[1].type, "ORG");
  EXPECT_EQ(g[1].degree, 3);
  int meets = 0;
  for (std::size_t v = 0; v < boost::num_vertices(g); ++v) {
    for (auto [it, end] = boost::out_edges(v, g); it != end; ++it) {
      const EdgeProps& e = g[*it];
      if (e.relation != "meet") continue;
      ++meets;
      EXPECT_EQ(e.symmetric, "true");
    }
  }
  EXPECT_EQ(meets, 3);
  const auto [edge, found] = boost::edge(1, 4, g);  // SK하이닉스 -> 엔비디아
  ASSERT_TRUE(found);
  EXPECT_EQ(g[edge].relation, "supply");
  EXPECT_EQ(g[edge].time, "2025-Q1");
  EXPECT_EQ(g[edge].source_count, 2);
}

TEST(GraphmlTest, TrickyNamesSurvive) {
  BoostGraph g;
  ASSERT_NO_THROW(g = ReadGraphml(ToGraphml(Tricky())));
  ASSERT_EQ(boost::num_vertices(g), 2u);
  EXPECT_EQ(g[0].name, kTrickyName);
  EXPECT_EQ(g[1].name, "back\\slash 'single'");
}

TEST(GraphmlTest, DeclaresEveryKeyWithAType) {
  const std::string text = ToGraphml(Sample());
  boost::property_tree::ptree tree;
  std::istringstream in(text);
  ASSERT_NO_THROW(boost::property_tree::read_xml(in, tree));
  int keys = 0;
  for (const auto& [name, child] : tree.get_child("graphml")) {
    if (name != "key") continue;
    ++keys;
    // attr.type has a dot in its name: use '/' as the path separator.
    const Ptree::path_type type("<xmlattr>/attr.type", '/');
    EXPECT_FALSE(child.get<std::string>(type, "").empty());
  }
  EXPECT_GE(keys, 15);
}

TEST(XmlTest, EscapesForElementsAndAttributes) {
  EXPECT_EQ(EscapeXml("a&b<c>\"d'\ne\x01"), "a&amp;b&lt;c&gt;&quot;d&apos;&#10;e");
  EXPECT_EQ(EscapeXml("\xff"), "\xef\xbf\xbd");  // invalid UTF-8 becomes U+FFFD
}

Ptree ReadXml(const std::string& text) {
  Ptree tree;
  std::istringstream in(text);
  boost::property_tree::read_xml(in, tree);
  return tree;
}

TEST(GexfTest, EdgesSpanTheirEventsDays) {
  Ptree tree;
  ASSERT_NO_THROW(tree = ReadXml(ToGexf(Sample())));
  const Ptree& gexf = tree.get_child("gexf");
  EXPECT_EQ(gexf.get<std::string>("<xmlattr>.version"), "1.3");
  const Ptree& graph = gexf.get_child("graph");
  EXPECT_EQ(graph.get<std::string>("<xmlattr>.mode"), "dynamic");
  EXPECT_EQ(graph.get<std::string>("<xmlattr>.timeformat"), "date");
  std::map<std::string, Ptree> edges;
  for (const auto& [name, edge] : graph.get_child("edges")) {
    edges[edge.get<std::string>("<xmlattr>.id")] = edge;
  }
  ASSERT_EQ(edges.size(), 9u);
  EXPECT_EQ(edges["r14"].get<std::string>("<xmlattr>.start"), "2024-06-01");
  EXPECT_EQ(edges["r14"].get<std::string>("<xmlattr>.end"), "2024-06-30");
  EXPECT_EQ(edges["r14"].get<std::string>("<xmlattr>.type"), "undirected");
  EXPECT_EQ(edges["r16"].get<std::string>("<xmlattr>.end"), "2025-03-31");
  EXPECT_EQ(edges["r16"].get<std::string>("<xmlattr>.type"), "directed");
  EXPECT_FALSE(edges["r12"].get_optional<std::string>("<xmlattr>.start"));  // undated
  int nodes = 0;
  for (const auto& unused : graph.get_child("nodes")) nodes += unused.first == "node";
  EXPECT_EQ(nodes, 8);
}

TEST(GexfTest, TrickyNamesSurvive) {
  Ptree tree;
  ASSERT_NO_THROW(tree = ReadXml(ToGexf(Tricky())));
  const Ptree& node = tree.get_child("gexf.graph.nodes").front().second;
  EXPECT_EQ(node.get<std::string>("<xmlattr>.label"), kTrickyName);
}

// ---- Neo4j CSV ------------------------------------------------------------

// RFC 4180 reader: rows of fields; quoted fields may hold commas, quotes
// (doubled) and line breaks.
std::vector<std::vector<std::string>> ReadCsv(const std::string& text) {
  std::vector<std::vector<std::string>> rows(1, std::vector<std::string>(1));
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        rows.back().back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        rows.back().back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().emplace_back();
    } else if (c == '\n') {
      rows.emplace_back(1);
    } else {
      rows.back().back() += c;
    }
  }
  if (rows.back().size() == 1 && rows.back()[0].empty()) rows.pop_back();
  return rows;
}

TEST(CsvTest, WritesNeo4jAdminImportHeadersAndRows) {
  const Neo4jCsv csv = ToNeo4jCsv(Sample());
  const auto nodes = ReadCsv(csv.nodes);
  ASSERT_EQ(nodes.size(), 1u + 8u);
  EXPECT_EQ(nodes[0][0], "entityId:ID");
  EXPECT_EQ(nodes[0][2], ":LABEL");
  EXPECT_EQ(nodes[2], (std::vector<std::string>{"2", "SK하이닉스", "Entity;ORG",
                                                "SK hynix;하이닉스", "000660", "", "", "3"}));
  const auto rels = ReadCsv(csv.relationships);
  ASSERT_EQ(rels.size(), 1u + 9u);
  EXPECT_EQ(rels[0][0], ":START_ID");
  EXPECT_EQ(rels[0][1], ":END_ID");
  EXPECT_EQ(rels[0][2], ":TYPE");
  for (const auto& row : rels) EXPECT_EQ(row.size(), rels[0].size());
  EXPECT_EQ(rels[7][0], "2");
  EXPECT_EQ(rels[7][2], "SUPPLY");
  EXPECT_EQ(rels[7][4], "2025-Q1");
  EXPECT_EQ(rels[7][5], "2025-01-01");
  EXPECT_EQ(rels[7][12], "product=HBM");
}

TEST(CsvTest, QuotingKeepsTrickyNamesWhole) {
  const Neo4jCsv csv = ToNeo4jCsv(Tricky());
  const auto nodes = ReadCsv(csv.nodes);
  ASSERT_EQ(nodes.size(), 3u);
  EXPECT_EQ(nodes[1][1], kTrickyName);
  EXPECT_EQ(nodes[1][5], "Ampersand & <Co>");
  EXPECT_EQ(nodes[2][1], "back\\slash 'single'");
  const auto rels = ReadCsv(csv.relationships);
  ASSERT_EQ(rels.size(), 2u);
  EXPECT_EQ(rels[1][12], "title=say \"<x>\" & go");
  EXPECT_EQ(CsvField("a\"b"), "\"a\"\"b\"");
  EXPECT_EQ(CsvField(""), "");
}

// ---- Output files and the format switch -----------------------------------

class AtomicFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("newsgraph_export_test_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::string Read(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
  }
  std::size_t FileCount() {
    return std::distance(std::filesystem::directory_iterator(dir_), {});
  }
  std::filesystem::path dir_;
};

TEST_F(AtomicFileTest, ReplacesTheFileAndLeavesNoTemporary) {
  const std::string path = (dir_ / "graph.dot").string();
  ASSERT_TRUE(WriteFileAtomically(path, "old").ok());
  ASSERT_TRUE(WriteFileAtomically(path, "new content").ok());
  EXPECT_EQ(Read(path), "new content");
  EXPECT_EQ(FileCount(), 1u);
}

TEST_F(AtomicFileTest, FailureNamesTheFileAndLeavesNothing) {
  const std::string path = (dir_ / "missing" / "graph.dot").string();
  const Status s = WriteFileAtomically(path, "x");
  EXPECT_EQ(s.code(), Status::Code::kIoError);
  EXPECT_NE(s.message().find(path), std::string::npos) << s.message();
  EXPECT_EQ(FileCount(), 0u);
}

TEST_F(AtomicFileTest, SeveralFilesAreRenamedOnlyWhenAllAreWritten) {
  const std::string good = (dir_ / "nodes.csv").string();
  ASSERT_TRUE(WriteFileAtomically(good, "before").ok());
  const Status s = WriteFilesAtomically(
      {{good, "after"}, {(dir_ / "missing" / "relationships.csv").string(), "x"}});
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(Read(good), "before");
  EXPECT_EQ(FileCount(), 1u);
}

TEST(ExporterTest, EveryFormatNameRoundTrips) {
  for (const char* name :
       {"dot", "svg", "png", "pdf", "json", "cytoscape", "graphml", "gexf", "csv", "timeline"}) {
    const auto format = ParseExportFormat(name);
    ASSERT_TRUE(format) << name;
    EXPECT_EQ(ExportFormatName(*format), name);
  }
  EXPECT_FALSE(ParseExportFormat("xlsx"));
  EXPECT_EQ(ExportFormatNames().size(), 10u);
}

TEST(ExporterTest, EverySubgraphFormatProducesOutput) {
  for (const char* name : {"dot", "svg", "png", "pdf", "json", "cytoscape", "graphml", "gexf"}) {
    ExportOutput out;
    ASSERT_TRUE(ExportSubgraph(Sample(), *ParseExportFormat(name), {}, &out).ok()) << name;
    ASSERT_EQ(out.size(), 1u) << name;
    EXPECT_GT(out[0].content.size(), 100u) << name;
  }
  ExportOutput csv;
  ASSERT_TRUE(ExportSubgraph(Sample(), ExportFormat::kCsv, {}, &csv).ok());
  ASSERT_EQ(csv.size(), 2u);
  EXPECT_EQ(csv[0].name, "nodes.csv");
  EXPECT_EQ(csv[1].name, "relationships.csv");
  ExportOutput none;
  EXPECT_FALSE(ExportSubgraph(Sample(), ExportFormat::kTimeline, {}, &none).ok());
}

// ---- From a KnowledgeGraph, and through the binary --------------------------

newsgraph::Relation Rel(std::string s, std::string relation, std::string o, std::string time,
                      bool hedged, std::string sentence) {
  newsgraph::Relation r;
  r.subject = std::move(s);
  r.relation = std::move(relation);
  r.object = std::move(o);
  if (!time.empty()) r.time = newsgraph::TimeValue{time, time};
  r.hedged = hedged;
  r.evidence = {std::move(sentence), 0, 12, "text"};
  r.rule = "test";
  return r;
}

newsgraph::Entity Ent(std::string name, EntityType type) {
  newsgraph::Entity e;
  e.name = std::move(name);
  e.type = type;
  e.mentions = {e.name};
  return e;
}

// Three articles from two outlets; sentences are the tests' own.
struct Article {
  graph::DocumentInfo info;
  newsgraph::Extraction extraction;
};

std::vector<Article> Articles() {
  std::vector<Article> a(3);
  a[0].info = {"d1", "2025-02-05", "한빛경제", "회동 소식", "https://news.example/d1"};
  a[0].extraction.entities = {Ent("최태원", EntityType::kPerson), Ent("젠슨 황", EntityType::kPerson),
                              Ent("SK하이닉스", EntityType::kOrg), Ent("엔비디아", EntityType::kOrg)};
  a[0].extraction.relations = {
      Rel("최태원", "meet", "젠슨 황", "2025-02-04", false, "두 사람이 4일 만났다."),
      Rel("SK하이닉스", "supply", "엔비디아", "2025-Q1", false, "1분기에 물량을 넘긴다.")};
  a[1].info = {"d2", "2025-02-06", "새벽일보", "공급 전망", "https://news.example/d2"};
  a[1].extraction.entities = {Ent("SK하이닉스", EntityType::kOrg), Ent("엔비디아", EntityType::kOrg),
                              Ent("최태원", EntityType::kPerson), Ent("SK그룹", EntityType::kOrg)};
  a[1].extraction.relations = {
      Rel("SK하이닉스", "supply", "엔비디아", "2025-Q1", true, "물량을 넘길 것으로 보인다."),
      Rel("최태원", "role", "SK그룹", "", false, "최태원 SK그룹 회장이 말했다.")};
  a[2].info = {"d3", "2025-02-07", "한빛경제", "계열사", ""};
  a[2].extraction.entities = {Ent("SK하이닉스", EntityType::kOrg), Ent("SK그룹", EntityType::kOrg),
                              Ent("엔비디아", EntityType::kOrg), Ent("블랙웰", EntityType::kProduct)};
  a[2].extraction.relations = {
      Rel("SK하이닉스", "subsidiary", "SK그룹", "", false, "그룹의 계열사다."),
      Rel("엔비디아", "develop", "블랙웰", "2024", true, "새 칩을 만드는 중이라는 말이 돈다.")};
  for (Article& x : a) x.extraction.doc_id = x.info.id;
  return a;
}

graph::KnowledgeGraph BuildGraph() {
  graph::KnowledgeGraph g;
  for (const Article& a : Articles()) EXPECT_TRUE(g.AddDocument(a.info, a.extraction).ok());
  return g;
}

graph::EntityId Id(const graph::KnowledgeGraph& g, const std::string& name) {
  graph::EntityId id = 0;
  const Status s = query::ResolveEntity(g, name, &id);
  EXPECT_TRUE(s.ok()) << name << ": " << s.message();
  return id;
}

std::vector<std::string> NodeNames(const std::string& json) {
  const rapidjson::Document doc = ParseJson(json);
  std::vector<std::string> names;
  for (const auto& n : doc["nodes"].GetArray()) names.emplace_back(n["name"].GetString());
  std::sort(names.begin(), names.end());
  return names;
}

TEST(GraphExportTest, CenterAndHopsSelectTheEgoNetwork) {
  const graph::KnowledgeGraph g = BuildGraph();
  GraphExportRequest request;
  request.format = ExportFormat::kJson;
  request.filter.center = Id(g, "최태원");
  GraphExportResult result;
  ASSERT_TRUE(ExportFromGraph(g, request, &result).ok());
  EXPECT_EQ(NodeNames(result.files[0].content),
            (std::vector<std::string>{"SK그룹", "젠슨 황", "최태원"}));
  request.filter.hops = 2;
  ASSERT_TRUE(ExportFromGraph(g, request, &result).ok());
  EXPECT_EQ(NodeNames(result.files[0].content),
            (std::vector<std::string>{"SK그룹", "SK하이닉스", "젠슨 황", "최태원"}));
  EXPECT_EQ(result.entities, 4u);
  EXPECT_EQ(result.events, 3u);
}

TEST(GraphExportTest, FiltersApplyToTheWholeGraphWithEvidence) {
  const graph::KnowledgeGraph g = BuildGraph();
  GraphExportRequest request;
  request.format = ExportFormat::kJson;
  request.filter.min_sources = 2;
  GraphExportResult result;
  ASSERT_TRUE(ExportFromGraph(g, request, &result).ok());
  const rapidjson::Document doc = ParseJson(result.files[0].content);
  ASSERT_EQ(doc["edges"].Size(), 1u);  // the supply reported by both outlets
  const auto& supply = doc["edges"][0];
  EXPECT_STREQ(supply["relation"].GetString(), "supply");
  EXPECT_TRUE(supply["stated"].GetBool());
  ASSERT_EQ(supply["evidence"].Size(), 2u);
  EXPECT_STREQ(supply["evidence"][1]["source"].GetString(), "새벽일보");
  request.filter = {};
  request.filter.no_hedged = true;
  request.filter.from = "2024";
  request.filter.to = "2024-12";
  ASSERT_TRUE(ExportFromGraph(g, request, &result).ok());
  EXPECT_TRUE(ParseJson(result.files[0].content)["edges"].Empty());  // the 2024 event is hedged
}

TEST(GraphExportTest, TimelineOfAnEntity) {
  const graph::KnowledgeGraph g = BuildGraph();
  GraphExportRequest request;
  request.format = ExportFormat::kTimeline;
  GraphExportResult result;
  EXPECT_EQ(ExportFromGraph(g, request, &result).code(), Status::Code::kInvalidInput);
  request.filter.center = Id(g, "SK하이닉스");
  ASSERT_TRUE(ExportFromGraph(g, request, &result).ok());
  const rapidjson::Document doc = ParseJson(result.files[0].content);
  EXPECT_STREQ(doc["entity"]["name"].GetString(), "SK하이닉스");
  const auto& items = doc["items"];
  ASSERT_EQ(items.Size(), 2u);
  EXPECT_STREQ(items[0]["relation"].GetString(), "supply");
  EXPECT_STREQ(items[0]["direction"].GetString(), "out");
  EXPECT_STREQ(items[0]["counterpart"]["name"].GetString(), "엔비디아");
  EXPECT_EQ(items[0]["sources"].Size(), 2u);
  EXPECT_STREQ(items[1]["relation"].GetString(), "subsidiary");
  EXPECT_TRUE(items[1]["time"].IsNull());
  request.filter.relations = {"subsidiary"};
  ASSERT_TRUE(ExportFromGraph(g, request, &result).ok());
  EXPECT_EQ(ParseJson(result.files[0].content)["items"].Size(), 1u);
}

// Runs the real binary; stderr goes to `err`.
int RunCli(const std::string& args, const std::string& err = "/dev/null") {
  const std::string cmd = std::string(NEWSGRAPH_BINARY) + " " + args + " >/dev/null 2>" + err;
  return WEXITSTATUS(std::system(cmd.c_str()));
}

class ExportCliTest : public AtomicFileTest {
 protected:
  // A database with the three articles, written through the store.
  std::string WriteDb() {
    const std::string path = (dir_ / "graph.db").string();
    std::unique_ptr<store::SqliteStore> db;
    EXPECT_TRUE(store::SqliteStore::Open(path, {}, &db).ok());
    std::vector<store::IngestItem> items;
    for (const Article& a : Articles()) {
      items.push_back({a.info, "hash-" + a.info.id, a.extraction});
    }
    store::BatchCounts counts;
    EXPECT_TRUE(db->SaveBatch(items, {}, &counts).ok());
    return path;
  }
};

TEST_F(ExportCliTest, WritesEveryFormatToAFile) {
  const std::string db = WriteDb();
  for (const char* format : {"dot", "svg", "png", "pdf", "json", "cytoscape", "graphml", "gexf"}) {
    const std::string out = (dir_ / (std::string("graph.") + format)).string();
    ASSERT_EQ(RunCli("export --db " + db + " --format " + format + " -o " + out), 0) << format;
    EXPECT_GT(Read(out).size(), 200u) << format;
  }
  EXPECT_TRUE(StartsWith(Read(dir_ / "graph.png"), "\x89PNG"));
  ASSERT_EQ(RunCli("export --db " + db + " --format csv -o " + (dir_ / "neo4j").string()), 0);
  EXPECT_EQ(ReadCsv(Read(dir_ / "neo4j" / "nodes.csv")).size(), 1u + 6u);
  EXPECT_EQ(ReadCsv(Read(dir_ / "neo4j" / "relationships.csv")).size(), 1u + 5u);
  ASSERT_EQ(RunCli("export --db " + db + " --format timeline --center 최태원 -o " +
                   (dir_ / "t.json").string()),
            0);
  EXPECT_EQ(ParseJson(Read(dir_ / "t.json"))["items"].Size(), 2u);
}

TEST_F(ExportCliTest, AFailedExportKeepsThePreviousFile) {
  const std::string db = WriteDb();
  const std::string out = (dir_ / "graph.svg").string();
  ASSERT_EQ(RunCli("export --db " + db + " --format svg -o " + out), 0);
  const std::string before = Read(out);
  const std::string err = (dir_ / "err.txt").string();
  EXPECT_EQ(RunCli("export --db " + db + " --format svg --max-nodes 2 -o " + out, err), 2);
  EXPECT_NE(Read(err).find("--center"), std::string::npos) << Read(err);
  EXPECT_EQ(Read(out), before);
  for (const auto& entry : std::filesystem::directory_iterator(dir_)) {
    EXPECT_EQ(entry.path().string().find(".tmp."), std::string::npos) << entry.path();
  }
}

TEST_F(ExportCliTest, ExitCodesSayWhatWentWrong) {
  const std::string db = WriteDb();
  const std::string err = (dir_ / "err.txt").string();
  EXPECT_EQ(RunCli("export --db " + db + " --center 없는회사", err), 1);
  EXPECT_NE(Read(err).find("없는회사"), std::string::npos);
  EXPECT_EQ(RunCli("export --db " + db + " --from 2025-13", err), 2);
  EXPECT_NE(Read(err).find("--from"), std::string::npos);
  EXPECT_EQ(RunCli("export --db " + db + " --format csv", err), 2);
  EXPECT_NE(Read(err).find("-o DIR"), std::string::npos);
  EXPECT_EQ(RunCli("export --db " + db + " --format xlsx", err), 2);
  EXPECT_EQ(RunCli("export --db " + (dir_ / "missing.db").string(), err), 2);
}

}  // namespace
}  // namespace newsgraph::exporter
