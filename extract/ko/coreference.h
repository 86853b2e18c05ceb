// Coreference within one document, sentence by sentence: a surname with a
// title ("최 회장") refers to the latest person of that surname; 이 회사 /
// 동사 / 해당 기업 to the latest organisation; 양 사 / 두 사람 to the two
// entities last paired ("A와 B가", "A는 B와"), 양 사 of two people meaning
// their organisations; 그는 to the latest person.
#ifndef NEWSGRAPH_EXTRACT_KO_COREFERENCE_H_
#define NEWSGRAPH_EXTRACT_KO_COREFERENCE_H_

#include <unordered_map>
#include <utility>
#include <vector>

#include "extract/entity_table.h"

namespace newsgraph::extract::ko {

class Coreference {
 public:
  explicit Coreference(EntityTable* table) : table_(table) {}

  // Fills the entities of the anaphoric mentions of `view` (and records their
  // surface forms), then remembers what the sentence mentioned.
  void Resolve(SentenceView* view);

  // Two entities a relation has just joined; 양 사 / 두 사람 refer to them
  // next.
  void NotePair(int a, int b);
  // The two entities last paired, -1 when none: a sentence that drops both
  // ("지난해 6월 만난 후") continues with them.
  std::pair<int, int> pair() const { return {pair_[0], pair_[1]}; }
  // The last pair of two people ("두 사람"; a meeting that names no one).
  std::pair<int, int> person_pair() const { return person_pair_; }
  // The person mentioned last, -1 when none.
  int latest_person() const { return persons_.empty() ? -1 : persons_.back(); }
  // The organisation a person was last named with ("김하준 한빛은행
  // 대표"), the entity itself if it is no person, -1 when none is known.
  int OrgOf(int entity) const;
  // The organisation last named as a subject, -1 when none.
  int topic_org() const { return subject_org_; }

 private:
  int LatestPersonWithSurname(const std::string& surname) const;
  std::vector<int> ResolvePair(AnaphorKind kind) const;
  void Remember(const SentenceView& view);

  EntityTable* table_;
  std::vector<int> persons_;  // in order of mention, latest last
  std::vector<int> orgs_;
  std::vector<int> events_;  // "전시회엔": the exhibition named last
  int subject_org_ = -1;     // latest organisation that was a subject
  int pair_[2] = {-1, -1};
  std::pair<int, int> person_pair_ = {-1, -1};
  std::unordered_map<int, int> org_of_person_;  // from role phrases
};

}  // namespace newsgraph::extract::ko

#endif  // NEWSGRAPH_EXTRACT_KO_COREFERENCE_H_
