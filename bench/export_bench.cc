// Export speed on synthetic graphs shaped like news graphs (a few hubs, many
// leaves, several events per pair): DOT generation, Graphviz layout and
// rendering with dot and sfdp (the numbers behind kDotLayoutMaxNodes), and
// the text formats for a whole graph.
#include <benchmark/benchmark.h>

#include <random>
#include <string>

#include "export/dot.h"
#include "export/json_export.h"
#include "export/render.h"
#include "export/xml_export.h"
#include "core/relation_types.h"

namespace {

using newsgraph::EntityType;
namespace ex = newsgraph::exporter;
namespace graph = newsgraph::graph;

// `nodes` entities joined by about 1.5 events each: every new entity links
// to an earlier one chosen by preferential attachment (hubs emerge, as
// groups and chairs do in news), some pairs get repeated dated events.
graph::Subgraph Synthetic(int nodes) {
  std::mt19937 rng(42);
  graph::Subgraph g;
  static constexpr EntityType kTypes[] = {EntityType::kOrg, EntityType::kOrg, EntityType::kPerson,
                                          EntityType::kProduct, EntityType::kPlace};
  for (int i = 1; i <= nodes; ++i) {
    graph::EntityView v;
    v.id = i;
    v.name = "회사" + std::to_string(i);
    v.type = kTypes[i % 5];
    g.entities.push_back(v);
  }
  std::vector<graph::EntityId> ends = {1};  // one entry per event end: degree-weighted
  graph::EventId next = 1;
  auto add = [&](graph::EntityId s, graph::EntityId o) {
    const newsgraph::RelationTypes& types = newsgraph::RelationTypes::Builtin();
    const newsgraph::RelationTypeInfo& info = types[rng() % types.size()];
    graph::EventView e;
    e.id = next++;
    e.subject = s;
    e.object = o;
    e.relation = info.name;
    e.symmetric = info.symmetric;
    e.time = rng() % 3 ? "2024-0" + std::to_string(1 + rng() % 9) : "";
    e.stated = rng() % 5 != 0;
    e.source_count = 1 + static_cast<int>(rng() % 3);
    e.evidence_count = e.source_count;
    g.events.push_back(e);
    ends.push_back(s);
    ends.push_back(o);
  };
  for (int i = 2; i <= nodes; ++i) {
    add(i, ends[rng() % ends.size()]);
    if (i % 2 == 0) add(i, 1 + static_cast<graph::EntityId>(rng() % (i - 1)));
  }
  return g;
}

void BM_ToDot(benchmark::State& state) {
  const graph::Subgraph g = Synthetic(static_cast<int>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(ex::ToDot(g));
  state.counters["events"] = static_cast<double>(g.events.size());
}
BENCHMARK(BM_ToDot)->Arg(200)->Arg(2000)->Unit(benchmark::kMillisecond);

// Layout + SVG rendering with a given engine (arg 1: 0 = dot, 1 = sfdp).
void BM_RenderSvg(benchmark::State& state) {
  const graph::Subgraph g = Synthetic(static_cast<int>(state.range(0)));
  ex::RenderOptions options;
  options.layout = state.range(1) == 0 ? "dot" : "sfdp";
  std::string out;
  for (auto _ : state) {
    const auto status = ex::RenderGraph(g, ex::ImageFormat::kSvg, options, &out);
    if (!status.ok()) state.SkipWithError(status.message().c_str());
  }
  state.SetLabel(options.layout);
  state.counters["bytes"] = static_cast<double>(out.size());
}
BENCHMARK(BM_RenderSvg)
    ->Args({50, 0})->Args({100, 0})->Args({200, 0})->Args({300, 0})
    ->Args({200, 1})->Args({500, 1})->Args({1000, 1})->Args({2000, 1})
    ->Iterations(1)->Unit(benchmark::kMillisecond);

// The default choice (ChooseLayout) rendering PNG, what a user gets.
void BM_RenderPngDefault(benchmark::State& state) {
  const graph::Subgraph g = Synthetic(static_cast<int>(state.range(0)));
  std::string out;
  for (auto _ : state) {
    const auto status = ex::RenderGraph(g, ex::ImageFormat::kPng, {}, &out);
    if (!status.ok()) state.SkipWithError(status.message().c_str());
  }
  state.SetLabel(ex::ChooseLayout(g.entities.size()));
}
BENCHMARK(BM_RenderPngDefault)->Arg(200)->Arg(2000)->Iterations(1)->Unit(benchmark::kMillisecond);

void BM_TextFormats(benchmark::State& state) {
  const graph::Subgraph g = Synthetic(static_cast<int>(state.range(0)));
  for (auto _ : state) {
    benchmark::DoNotOptimize(ex::ToDashboardJson(g));
    benchmark::DoNotOptimize(ex::ToGraphml(g));
    benchmark::DoNotOptimize(ex::ToGexf(g));
  }
}
BENCHMARK(BM_TextFormats)->Arg(2000)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
