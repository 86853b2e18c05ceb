// RelationExtractor::Explain: the cue frames of one sentence, one cue at a
// time, for `newsgraph extract --explain`.
#include <string>

#include "extract/ko/relation_extractor.h"

namespace newsgraph::extract::ko {
namespace {

std::string EntityNames(const std::vector<int>& entities,
                        const EntityTable& table) {
  if (entities.empty()) return "?";
  std::string out;
  for (int e : entities) {
    if (!out.empty()) out += "+";
    out += table.at(e).name;
  }
  return out;
}

std::string Describe(const FoundRelation& f, const EntityTable& table) {
  return table.at(f.subject).name + " -" + f.relation + "-> " +
         table.at(f.object).name + " (" + f.rule + ")";
}

}  // namespace

void RelationExtractor::Explain(const SentenceView& v,
                                std::pair<int, int> last_pair, int topic_org,
                                EntityTable* table,
                                std::vector<CueTrace>* out) const {
  const std::vector<int> clauses = Clauses(v);
  const std::vector<Arg> args = Args(v, clauses);
  for (const Cue& cue : Cues(v, clauses)) {
    CueTrace trace;
    trace.cue = std::string(v.text.substr(cue.begin, cue.end - cue.begin));
    trace.relation = cue.cue->relation;
    for (const Arg& a : args) {
      if (a.clause != cue.clause) continue;
      trace.arguments.push_back(EntityNames(a.entities, *table) + "/" +
                                std::string(RoleName(a.role)));
    }
    std::vector<FoundRelation> found;
    Apply(v, args, cue, clauses, last_pair, topic_org, table, &found);
    for (const FoundRelation& f : found)
      trace.found.push_back(Describe(f, *table));
    if (cue.in_quote) {
      trace.outcome = "inside a quotation: someone's words date no deed";
    } else if (found.empty()) {
      trace.outcome = trace.arguments.empty()
                          ? "no entity in the cue's clause"
                          : "no frame of the cue matched these arguments";
    }
    out->push_back(std::move(trace));
  }
}

}  // namespace newsgraph::extract::ko
