// Benchmarks of graph/: merging extractions, memory per event and per piece
// of evidence, and query latency (timeline, shortest paths, ego network).
// Synthetic extractions, so the figures do not depend on extraction quality.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "graph/knowledge_graph.h"

namespace newsgraph::graph {
namespace {

constexpr const char* kRelations[] = {"meet", "partner", "supply", "invest", "role", "compete"};

// Document `d` relates entities drawn from a pool of `pool` organisations;
// `variant` shifts the times so that replicated documents can either
// repeat events (same variant) or create new ones.
newsgraph::Extraction MakeExtraction(int d, int pool, int variant, std::mt19937* rng) {
  newsgraph::Extraction x;
  x.doc_id = "doc" + std::to_string(d);
  std::uniform_int_distribution<int> pick(0, pool - 1);
  std::vector<std::string> names;
  for (int i = 0; i < 5; ++i) {
    newsgraph::Entity e;
    e.name = "회사" + std::to_string(pick(*rng));
    e.type = newsgraph::EntityType::kOrg;
    e.mentions = {e.name};
    names.push_back(e.name);
    x.entities.push_back(std::move(e));
  }
  const std::string sentence =
      names[0] + "와 " + names[1] + "는 새 공장 건설을 위해 협력하기로 했다고 " +
      std::to_string(d) + "일 밝혔다.";
  for (int i = 0; i < 4; ++i) {
    newsgraph::Relation r;
    r.subject = names[i];
    r.object = names[i + 1];
    if (r.subject == r.object) continue;
    r.relation = kRelations[(d + i) % 6];
    r.time = newsgraph::TimeValue{"2025-" + std::to_string(10 + (d + variant) % 3), "지난달"};
    r.hedged = (d % 4) == 0;
    r.evidence = {sentence, 100, 100 + sentence.size() / 3, "text"};
    r.rule = "bench";
    x.relations.push_back(std::move(r));
  }
  return x;
}

DocumentInfo Info(int d) {
  return DocumentInfo{"doc" + std::to_string(d), "2025-11-0" + std::to_string(1 + d % 9),
                      "source" + std::to_string(d % 20), "title " + std::to_string(d),
                      "https://example.com/" + std::to_string(d)};
}

void BuildGraph(KnowledgeGraph* g, int docs, int pool, int copies) {
  std::mt19937 rng(42);
  std::vector<newsgraph::Extraction> xs;
  for (int d = 0; d < docs; ++d) xs.push_back(MakeExtraction(d, pool, 0, &rng));
  for (int c = 0; c < copies; ++c) {
    for (int d = 0; d < docs; ++d) {
      newsgraph::Extraction x = xs[d];
      x.doc_id += "#" + std::to_string(c);
      DocumentInfo info = Info(d);
      info.id = x.doc_id;
      // Every id is non-empty, so AddDocument cannot fail; if it ever does,
      // the numbers measure a broken graph and must not be reported.
      if (!g->AddDocument(info, x).ok()) std::abort();
    }
  }
}

void BM_AddDocument(benchmark::State& state) {
  const int docs = static_cast<int>(state.range(0));
  std::mt19937 rng(7);
  std::vector<newsgraph::Extraction> xs;
  for (int d = 0; d < docs; ++d) xs.push_back(MakeExtraction(d, docs / 4 + 10, 0, &rng));
  for (auto _ : state) {
    KnowledgeGraph g;
    for (int d = 0; d < docs; ++d) {
      if (!g.AddDocument(Info(d), xs[d]).ok()) state.SkipWithError("AddDocument failed");
    }
    benchmark::DoNotOptimize(g.event_count());
  }
  state.SetItemsProcessed(state.iterations() * docs);
  state.SetLabel("items = documents");
}
BENCHMARK(BM_AddDocument)->Arg(10000)->Unit(benchmark::kMillisecond);

// Bytes per event: a graph where each event has one piece of evidence,
// minus that evidence. Bytes per evidence: the growth when the same
// documents are reported again (copies add evidence, not events).
void BM_MemoryPerEventAndEvidence(benchmark::State& state) {
  double per_event = 0, per_evidence = 0;
  for (auto _ : state) {
    KnowledgeGraph one, three;
    BuildGraph(&one, 20000, 20000, 1);
    BuildGraph(&three, 20000, 20000, 3);
    const GraphStats a = one.Stats(), b = three.Stats();
    per_evidence = static_cast<double>(b.memory_bytes - a.memory_bytes) /
                   static_cast<double>(b.evidence - a.evidence);
    per_event = (static_cast<double>(a.memory_bytes) - per_evidence * a.evidence) /
                static_cast<double>(a.events);
    state.counters["events"] = static_cast<double>(a.events);
    state.counters["evidence"] = static_cast<double>(b.evidence);
  }
  state.counters["bytes_per_event"] = per_event;
  state.counters["bytes_per_evidence"] = per_evidence;
}
BENCHMARK(BM_MemoryPerEventAndEvidence)->Iterations(1)->Unit(benchmark::kMillisecond);

const KnowledgeGraph& QueryGraph() {
  static KnowledgeGraph* g = [] {
    auto* graph = new KnowledgeGraph;
    BuildGraph(graph, 50000, 5000, 1);
    return graph;
  }();
  return *g;
}

void BM_Timeline(benchmark::State& state) {
  const KnowledgeGraph& g = QueryGraph();
  const std::vector<EntityId> ids = g.EntityIds();
  std::size_t i = 0, events = 0;
  for (auto _ : state) {
    events += g.Timeline({.entity = ids[i++ % ids.size()]}).size();
  }
  state.counters["events_per_timeline"] =
      static_cast<double>(events) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_Timeline)->Unit(benchmark::kMicrosecond);

void BM_ShortestPaths(benchmark::State& state) {
  const KnowledgeGraph& g = QueryGraph();
  const std::vector<EntityId> ids = g.EntityIds();
  std::size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(
        g.ShortestPaths({.from = ids[i % ids.size()], .to = ids[(i * 7919 + 13) % ids.size()]}));
    ++i;
  }
}
BENCHMARK(BM_ShortestPaths)->Unit(benchmark::kMicrosecond);

void BM_Ego2(benchmark::State& state) {
  const KnowledgeGraph& g = QueryGraph();
  const std::vector<EntityId> ids = g.EntityIds();
  std::size_t i = 0;
  for (auto _ : state) benchmark::DoNotOptimize(g.Ego({.center = ids[i++ % ids.size()], .hops = 2}));
}
BENCHMARK(BM_Ego2)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace newsgraph::graph

BENCHMARK_MAIN();
