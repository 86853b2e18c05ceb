// The Korean cue frames as the relation stage, with the coreference that
// feeds them.
#include "core/relation_types.h"
#include "extract/ko/coreference.h"
#include "extract/ko/stages.h"

namespace newsgraph::extract::ko {
namespace {

class ClauseRelationReader final : public RelationReader {
 public:
  ClauseRelationReader(const RelationExtractor& extractor, EntityTable* table)
      : extractor_(extractor), table_(table), coreference_(table) {}

  void Find(SentenceView* sentence, std::vector<FoundRelation>* out) override {
    coreference_.Resolve(sentence);
    extractor_.Extract(*sentence, coreference_.person_pair(),
                       coreference_.latest_person(), coreference_.topic_org(),
                       table_, out);
  }

  void Explain(const SentenceView& sentence,
               std::vector<CueTrace>* out) override {
    extractor_.Explain(sentence, coreference_.person_pair(),
                       coreference_.topic_org(), table_, out);
  }

  // A pair read from 양 사 is already the pair: noting it again would turn
  // two people into their companies.
  void Accepted(const FoundRelation& f) override {
    if (IsSymmetricRelation(f.relation) &&
        f.rule.find("pair-anaphor") == std::string::npos) {
      coreference_.NotePair(f.subject, f.object);
    }
  }

 private:
  const RelationExtractor& extractor_;
  EntityTable* table_;
  Coreference coreference_;
};

}  // namespace

std::unique_ptr<RelationReader> ClauseRelationFinder::ForDocument(
    EntityTable* table) const {
  return std::make_unique<ClauseRelationReader>(extractor_, table);
}

}  // namespace newsgraph::extract::ko
