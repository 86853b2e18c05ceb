// Relation extraction from Korean argument frames, one sentence at a time.
// A cue word (relation_cues.tsv) finds its arguments by their particles
// within its clause: the subject (은/는/이/가, or the sentence topic), the
// partner (와/과), the object (을/를), the recipient (에/에게); relative
// clauses ("B를 흡수합병한 A"), bare compounds ("A-B 협력", "B 인수",
// "스타게이트 참여"), 양 사 / 두 사람, headline commas ("A, B와 계약") and
// role phrases ("최태원 SK그룹 회장") complete the frames.
#ifndef NEWSGRAPH_EXTRACT_KO_RELATION_EXTRACTOR_H_
#define NEWSGRAPH_EXTRACT_KO_RELATION_EXTRACTOR_H_

#include <cstddef>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "core/explanation.h"
#include "extract/entity_table.h"
#include "extract/stages.h"
#include "extract/ko/resources.h"

namespace newsgraph::extract::ko {

class RelationExtractor {
 public:
  explicit RelationExtractor(const Resources& resources) : r_(resources) {}

  // Appends the relations of one sentence. `table` may gain an entity that a
  // cue implies (방한 -> 한국).
  // `last_pair` is the last pair of people (-1 when none), used when a
  // meeting sentence names neither party; `latest_person` (-1 when none)
  // holds a title phrase without a name ("다날 대표를 거쳐") when the
  // sentence has no subject.
  // `topic_org` (-1 when none) is the organisation the text is about, for
  // a founding or an affiliation whose parent goes unsaid.
  void Extract(const SentenceView& view, std::pair<int, int> last_pair,
               int latest_person, int topic_org, EntityTable* table,
               std::vector<FoundRelation>* out) const;

  // What each cue of the sentence made of its clause (relation_explain.cc):
  // the arguments there with their roles, the relations its frame found
  // with the same discourse, or why it found none. Costs a second reading
  // of the sentence: only for --explain.
  void Explain(const SentenceView& view, std::pair<int, int> last_pair,
               int topic_org, EntityTable* table,
               std::vector<CueTrace>* out) const;

 private:
  struct Arg {
    std::vector<int> entities;  // two for 양 사
    std::size_t first = 0;      // tokens
    std::size_t last = 0;
    Role role = Role::kNone;
    int clause = 0;
  };
  struct Cue {
    const RelationCue* cue = nullptr;
    std::size_t token = 0;
    std::size_t begin = 0;  // bytes
    std::size_t end = 0;
    int clause = 0;
    bool in_quote = false;  // someone's words: only dates appointments
  };
  struct Frame;    // the arguments one cue found (relation_frame.h)
  struct Emitter;  // writes the relations of one cue (relation_frame.h)

  std::vector<int> Clauses(const SentenceView& v) const;
  std::vector<Arg> Args(const SentenceView& v,
                        const std::vector<int>& clauses) const;
  void PropagateListRoles(const SentenceView& v, std::vector<Arg>* args) const;
  std::vector<Cue> Cues(const SentenceView& v,
                        const std::vector<int>& clauses) const;
  // Role rules without a cue word (role_relations.cc).
  void RolesFromAppositions(const SentenceView& v,
                            std::vector<FoundRelation>* out) const;
  void RolesFromGenitive(const SentenceView& v, const EntityTable& table,
                         std::vector<FoundRelation>* out) const;
  void RolesFromSentenceBody(const SentenceView& v, const EntityTable& table,
                             std::vector<FoundRelation>* out) const;
  void RolesWithoutName(const SentenceView& v, const std::vector<Arg>& args,
                        int latest_person, const EntityTable& table,
                        std::vector<FoundRelation>* out) const;
  void DateRoles(const SentenceView& v, const std::vector<Cue>& cues,
                 const std::vector<int>& clauses,
                 std::vector<FoundRelation>* out) const;
  // One family of cue words each (relation_extractor.cc; role cues in
  // role_relations.cc).
  void ApplySymmetric(const Emitter& e, std::pair<int, int> last_pair) const;
  void ApplyTransfer(const Emitter& e, const std::vector<int>& clauses) const;
  void ApplyObject(const Emitter& e) const;
  void ApplyParticipate(const Emitter& e) const;
  void ApplySubsidiary(const Emitter& e, int topic_org) const;
  void ApplyRoleCue(const Emitter& e, int topic_org) const;
  void Apply(const SentenceView& v, const std::vector<Arg>& args,
             const Cue& cue, const std::vector<int>& clauses,
             std::pair<int, int> last_pair, int topic_org, EntityTable* table,
             std::vector<FoundRelation>* out) const;

  const Resources& r_;
};

}  // namespace newsgraph::extract::ko

#endif  // NEWSGRAPH_EXTRACT_KO_RELATION_EXTRACTOR_H_
