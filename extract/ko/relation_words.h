// The small Korean word lists the relation rules test words against
// (data/lexicon/ko/relation_words.tsv; its '#' header documents the kinds):
// adnominal endings, list joiners, member titles, the body a local head's
// title heads, ... Built once by Resources; immutable afterwards. Every test
// takes a string_view and allocates nothing.
#ifndef NEWSGRAPH_EXTRACT_KO_RELATION_WORDS_H_
#define NEWSGRAPH_EXTRACT_KO_RELATION_WORDS_H_

#include <array>
#include <cstddef>
#include <istream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/status.h"
#include "extract/lexicon.h"

namespace newsgraph::extract::ko {

// The kind column (the file's names in kRelationWordKinds, relation_words.cc).
enum class RelationWordKind {
  kAdnominal,    // endings that make the next noun the cue's subject: 한, 된
  kDone,         // endings of a done deed in a relative clause: 한, 했던
  kDescribing,   // more endings that make the words before describe what
                 // follows: 낸 (지낸)
  kCopula,       // the copula's adnominal ending: 인 (계열사인 B)
  kGenitive,     // the genitive ending: 의 (와의)
  kListJoiner,   // a word or mark between list members: 및
  kPairJoiner,   // a mark between the two names of a pair: ㆍ
  kListTail,     // the word that closes a list: 등
  kFormer,       // the word for a role held before: 전
  kMemberTitle,  // titles of members, players, coaches: 선수
  kLocalHead,    // a local head's title; value: the body's name ending
};
inline constexpr std::size_t kRelationWordKindCount = 11;

// The table's shape: word, kind, value.
inline constexpr TsvShape kRelationWordShape = {3, 3};

class RelationWords {
 public:
  // Adds rows read with kRelationWordShape. A row with an unknown kind, a
  // local-head row without a value or another row with one is skipped and
  // described in *errors as `file:line: reason: "row"`; a word written twice
  // for one kind is noted in *warnings.
  void AddRows(const std::vector<TsvRow>& rows,
               std::vector<std::string>* errors,
               std::vector<std::string>* warnings);
  // ParseTsv, then AddRows; all row problems but repeats go to *errors.
  Status Parse(std::istream& in, const std::string& source_name,
               std::vector<std::string>* errors,
               std::vector<std::string>* warnings);

  // `word` is one of `kind`'s words.
  bool Is(RelationWordKind kind, std::string_view word) const;
  // `word` ends in one of `kind`'s words.
  bool EndsInAny(RelationWordKind kind, std::string_view word) const;

  // "흡수합병한 SK이노베이션", "인수된": the next noun is the subject; "한 뒤"
  // stays a clause.
  bool IsAdnominal(std::string_view word) const {
    return EndsInAny(RelationWordKind::kAdnominal, word);
  }
  // The ending of the name of the body a local head's title heads (시장: 시);
  // empty for any other title. Points into this object.
  std::string_view LocalBodyEnding(std::string_view title) const;

  std::size_t size(RelationWordKind kind) const {
    return words_[static_cast<std::size_t>(kind)].size();
  }

 private:
  std::array<std::vector<std::string>, kRelationWordKindCount> words_;
  std::vector<std::pair<std::string, std::string>>
      local_heads_;  // title, ending
};

}  // namespace newsgraph::extract::ko

#endif  // NEWSGRAPH_EXTRACT_KO_RELATION_WORDS_H_
