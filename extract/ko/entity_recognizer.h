// Entity recognition in one sentence: lexicon names (longest match over the
// normalised text, ending where the word ends or its particles begin), names
// marked with a stock code, unknown organisations by their name ending
// (org_suffixes.tsv), person phrases with a title ("최태원 SK그룹 회장",
// "SK그룹 최태원 회장", "샘 올트먼 오픈AI 창업자 겸 최고경영자(CEO)") and
// phrases that refer back (이 회사, 양 사, 최 회장) for coreference to fill.
// Names are read in entity_recognizer.cc, people and their titles in
// person_recognizer.cc.
#ifndef NEWSGRAPH_EXTRACT_KO_ENTITY_RECOGNIZER_H_
#define NEWSGRAPH_EXTRACT_KO_ENTITY_RECOGNIZER_H_

#include "extract/entity_table.h"
#include "extract/phrase_trie.h"
#include "extract/ko/resources.h"

namespace newsgraph::extract::ko {

class EntityRecognizer {
 public:
  explicit EntityRecognizer(const Resources& resources) : r_(resources) {}

  // Fills view->mentions and view->roles (view->tokens must be set).
  // `known` maps names learnt elsewhere in the document to entities; it may
  // be null on a first pass.
  void Recognize(SentenceView* view, EntityTable* table,
                 const PhraseTrie* known) const;

  // Names the patterns found, as a trie for a second pass over the document:
  // full names, and the last word of a foreign name ("올트먼").
  static PhraseTrie KnownNames(const EntityTable& table);

 private:
  struct NameMatch {
    std::size_t last_token = 0;  // token after the name
    std::size_t end = 0;         // bytes
    Role role = Role::kNone;
  };
  bool EndsAtWordEnd(const SentenceView& v, std::size_t first, std::size_t end,
                     NameMatch* m) const;
  void MatchTrie(SentenceView* v, EntityTable* table, const PhraseTrie& trie,
                 bool lexicon) const;
  void MatchAnaphora(SentenceView* v) const;
  void MatchStockCodes(SentenceView* v, EntityTable* table) const;
  void MatchSuffixes(SentenceView* v, EntityTable* table) const;
  void MatchDescribed(SentenceView* v, EntityTable* table) const;
  void MatchQuotedEvents(SentenceView* v, EntityTable* table) const;
  bool IsParticipationCue(std::size_t k, const SentenceView& v) const;
  void JoinSplitNames(SentenceView* v, EntityTable* table) const;
  bool IsDescriptor(std::string_view word) const;
  void MatchPersons(SentenceView* v, EntityTable* table) const;
  bool TitleSuffix(const SentenceView& v, std::size_t k, NameMatch* nm,
                   bool* role_title) const;
  bool MatchTitle(const SentenceView& v, std::size_t i, std::size_t* after,
                  std::string* title, Role* role, bool* role_title) const;
  int PersonBefore(SentenceView* v, EntityTable* table, std::size_t i,
                   bool has_org, std::size_t* first) const;
  // An unknown organisation name at token k, or -1. A negative
  // min_syllables also accepts name-shaped words ("한빛군").
  int UnknownOrgAt(SentenceView* v, EntityTable* table, std::size_t k,
                   int min_syllables) const;
  std::string_view GluedKoreanName(std::string_view word) const;
  int ForeignNameBeforeTitle(SentenceView* v, EntityTable* table, std::size_t n,
                             std::size_t* first) const;
  int PersonBeforeParty(SentenceView* v, EntityTable* table, std::size_t i,
                        std::size_t* first, int* party) const;
  static std::string_view PersonSurface(const SentenceView& v,
                                        std::size_t first);
  static const Mention* IsPartyBefore(const SentenceView& v,
                                      const EntityTable& table, std::size_t i);
  static const Mention* PersonMentionAt(const SentenceView& v,
                                        const EntityTable& table,
                                        std::size_t n);
  void NamesListedBefore(SentenceView* v, EntityTable* table, std::size_t first,
                         int org, const std::string& title) const;
  bool StageNameWithRealName(SentenceView* v, EntityTable* table, Mention* org,
                             std::size_t n, const std::string& title) const;
  void ForeignNameAfterTitle(SentenceView* v, EntityTable* table, Mention* org,
                             std::size_t n, const std::string& title) const;
  void TitleThenName(SentenceView* v, EntityTable* table, Mention* org,
                     std::size_t title_first, std::size_t after,
                     const std::string& title) const;
  void MatchParentheses(SentenceView* v, EntityTable* table) const;
  Mention* PersonPhraseAround(SentenceView* v, const EntityTable& table,
                              std::size_t p) const;
  int NewPerson(SentenceView* v, EntityTable* table, std::size_t first,
                std::size_t last, std::string_view name,
                const std::string& title) const;
  int GlossedOrg(SentenceView* v, EntityTable* table, std::size_t p,
                 std::string* title, std::size_t* close) const;
  std::string_view NameWithHonorific(const SentenceView& v,
                                     std::size_t i) const;
  int ParenthesisedName(SentenceView* v, EntityTable* table, std::size_t first,
                        std::size_t* close) const;
  void MatchAgencies(SentenceView* v, EntityTable* table) const;
  void MatchBareNames(SentenceView* v, EntityTable* table) const;
  bool IsBareName(std::string_view word) const;
  // Whether the syllables after the (single) surname are ones Korean given
  // names use: "위르겐" starts with a surname but is no Korean name.
  bool HasGivenNameSyllables(std::string_view name) const;
  bool IsKoreanName(std::string_view s) const;
  bool IsPlainWord(const SentenceView& v, std::size_t i) const;
  bool IsDivisionWord(const SentenceView& v, std::size_t i) const;
  bool IsCopulaTail(const SentenceView& v, std::size_t k, std::size_t end,
                    NameMatch* nm) const;
  void AddMention(SentenceView* v, Mention m) const;

  const Resources& r_;
  // Set by MatchTitle: the title just read may not be one (시장 = market).
  // Recognition runs per call on one thread; the recognizer is per call in
  // Extract, so this scratch flag is not shared between threads.
  mutable bool ambiguous_ = false;
};

}  // namespace newsgraph::extract::ko

#endif  // NEWSGRAPH_EXTRACT_KO_ENTITY_RECOGNIZER_H_
