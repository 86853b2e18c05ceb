// EntityTable: the entities of one document, each with one canonical name and
// every surface form seen; and the per-sentence view (tokens, mentions, role
// phrases) that recognition, coreference and relation extraction share.
#ifndef NEWSGRAPH_EXTRACT_ENTITY_TABLE_H_
#define NEWSGRAPH_EXTRACT_ENTITY_TABLE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/analysis.h"
#include "core/extraction.h"
#include "extract/lexicon.h"
#include "extract/token.h"

namespace newsgraph::extract {

// What a phrase that refers back stands for: "this company", "the two
// companies", "the two men", "the fair".
enum class AnaphorKind { kOrg, kPerson, kOrgPair, kPersonPair, kAnyPair, kEvent };

struct Mention {
  std::size_t first = 0;  // token range [first, last)
  std::size_t last = 0;
  std::size_t begin = 0;  // surface bytes in the normalised sentence
  std::size_t end = 0;
  std::vector<int>
      entities;  // one; two for 양 사 / 두 사람; none if unresolved
  Role role = Role::kNone;  // the particle after the phrase
  bool appositive = false;  // an organisation inside a person phrase
  bool anaphor = false;  // 이 회사, 양 사, 최 회장: filled by coreference
  AnaphorKind anaphor_kind = AnaphorKind::kOrg;
  std::string surname;  // for "최 회장": the surname to resolve
  std::string title;    // the title next to a person
  // The recogniser that found it (a static name: "lexicon", "title-person",
  // ...), for --explain; empty until the finder stamps it.
  std::string_view found_by;
};

// "최태원 SK그룹 회장": a person tied to an organisation (org -1: none named).
struct RoleMention {
  int person = -1;
  int org = -1;
  std::string title;
  std::size_t first = 0;  // token range of the whole phrase
  std::size_t last = 0;
};

struct SentenceView {
  const AnalyzedSentence* sentence = nullptr;
  std::string_view text;  // sentence->norm.text
  std::vector<Token> tokens;
  std::vector<Mention> mentions;  // sorted by first token
  std::vector<RoleMention> roles;
  std::vector<bool> covered;  // per token: part of a mention
};

// Entity scores by how the entity came to be: a lexicon entry is known, a
// name a pattern built (an ending, a title beside it) is likely, a bare
// name-shaped word is a guess. A recogniser may raise them (RaiseScore).
inline constexpr double kLexiconScore = 0.95;
inline constexpr double kPatternScore = 0.8;
inline constexpr double kTentativeScore = 0.5;

class EntityTable {
 public:
  // With no company marks every surface is a mention as written.
  EntityTable() = default;
  // `company_marks` ("㈜"): marks written before a company name; a surface
  // with one is also a mention without it. Not owned: it must outlive the
  // table.
  explicit EntityTable(const std::vector<std::string>& company_marks)
      : company_marks_(&company_marks) {}

  // Returns the entity for a lexicon entry, creating it on first use.
  int FromLexicon(const LexiconEntry& entry, std::size_t lexicon_index);
  // Returns the entity named `name` (compared without spaces), creating it.
  int FromName(std::string_view name, EntityType type);
  // Returns the person named `name`, creating it as tentative: a bare
  // name-shaped word, kept only if a relation uses it. A pattern naming the
  // same person later (FromName) confirms it.
  int FromBareName(std::string_view name);
  bool tentative(int i) const {
    return tentative_[static_cast<std::size_t>(i)];
  }
  // The entity whose name or a mention equals `surface`, or -1.
  int FindBySurface(std::string_view surface) const;
  void AddMention(int entity, std::string_view surface);
  // A longer form the text writes around a name ("한빛대 철학과", "경기
  // 양주시"): a mention, but never preferred as the entity's name.
  void AddAlias(int entity, std::string_view surface);
  void SetStockCode(int entity, std::string_view code);
  // Raises the entity's score to `score` if it is lower.
  void RaiseScore(int entity, double score);

  const Entity& at(int i) const {
    return entities_[static_cast<std::size_t>(i)];
  }
  Entity& at(int i) { return entities_[static_cast<std::size_t>(i)]; }
  int size() const { return static_cast<int>(entities_.size()); }
  // Index of the lexicon entry of entity i, or -1.
  int lexicon_index(int i) const {
    return lexicon_index_[static_cast<std::size_t>(i)];
  }
  std::vector<Entity> Take() { return std::move(entities_); }
  // Gives a lexicon entity whose canonical name the document never writes
  // the first name it does write ("두산중공업" for 두산에너빌리티): names
  // follow the article, the lexicon id keeps the identity.
  void PreferWrittenNames();

 private:
  static std::string Key(std::string_view s);
  int Find(std::string_view name) const;
  int Create(std::string_view name, EntityType type, bool tentative);
  const std::vector<std::string>* company_marks_ = nullptr;
  std::vector<Entity> entities_;
  std::vector<int> lexicon_index_;
  std::vector<bool> tentative_;
  std::unordered_map<std::string, int> by_key_;      // name without spaces
  std::unordered_map<std::string, int> by_lexicon_;  // lexicon id
  std::unordered_map<std::string, int> by_surface_;  // any mention, no spaces
  std::vector<std::vector<std::string>> written_;  // surfaces seen in the text
};

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_EXTRACT_ENTITY_TABLE_H_
