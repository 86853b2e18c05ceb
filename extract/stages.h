// The stages of extraction and what they share. The pipeline (pipeline.h)
// is language-neutral: it cuts a document into sentences, runs the mention
// finders over the whole document, then reads times and relations sentence
// by sentence and assembles the Extraction. A language pack (ko/ for Korean;
// languages.h) supplies one implementation of each stage; a learned stage is
// one more implementation reading its model from data/models/.
//
// Stages are immutable after they are built and are shared by every thread;
// anything that lives for one document (discourse state, the time last
// mentioned) lives in the per-document readers that ForDocument returns.
#ifndef NEWSGRAPH_EXTRACT_STAGES_H_
#define NEWSGRAPH_EXTRACT_STAGES_H_

#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/explanation.h"
#include "core/extraction.h"
#include "extract/analysis.h"
#include "extract/entity_table.h"
#include "extract/token.h"

namespace newsgraph::extract {

// One document as the stages see it: its sentences (analysis), each
// sentence's tokens and mentions (sentences[i] views analysis.sentences[i]),
// and the entities found so far.
struct DocumentContext {
  const Document* document = nullptr;
  AnalyzedDocument analysis;
  std::vector<SentenceView> sentences;
  EntityTable table;
  std::vector<std::string>* warnings = nullptr;  // what a stage had to guess
};

// A time expression in a sentence, resolved against the document.
struct TimeMention {
  std::size_t begin = 0;  // bytes in the normalised sentence
  std::size_t end = 0;
  TimeValue value;  // value "" for an elapsed duration ("7개월 만")
  bool is_elapsed = false;
};

// A relation as a relation finder reports it, before the pipeline attaches
// its time, hedging and evidence. Entities are indices into the table.
struct FoundRelation {
  int subject = -1;
  int object = -1;
  std::string relation;  // an inventory name (core/relation_types.h)
  std::string rule;      // the pattern that produced it, for tracing
  std::size_t cue_begin = 0;  // bytes in the normalised sentence
  std::size_t cue_end = 0;
  std::size_t clause_begin = 0;  // the cue's clause, bytes
  std::size_t clause_end = 0;
  std::map<std::string, std::string> attributes;
  bool timed = true;  // false: no time applies (a role nobody said began)
  // Where hedging cues stop counting (bytes): the sentence end, or the cue
  // word itself when it is a done deed in a relative clause ("흡수합병한").
  std::size_t hedge_end = std::string::npos;
  // How sure the finder is of the frame itself, 0..1; the pipeline scales
  // it by the confidence of the two entities.
  double confidence = 0.9;
};

// Cuts a document into normalised sentences (and infers a publication date
// the page states when the document has none).
class DocumentAnalyzer {
 public:
  virtual ~DocumentAnalyzer() = default;
  virtual AnalyzedDocument Analyze(const Document& document,
                                   std::vector<std::string>* warnings) const = 0;
};

// Cuts one normalised sentence into words and punctuation, giving each word
// its grammatical role (token.h).
class Tokenizer {
 public:
  virtual ~Tokenizer() = default;
  virtual std::vector<Token> Tokenize(std::string_view sentence) const = 0;
};

// Finds entity mentions over the whole document: sets the mentions and role
// phrases of every sentence and adds entities to the table. Finders run in
// the order the pack lists them; a later one sees what earlier ones found.
// Every mention a finder adds names it (Mention::found_by).
class MentionFinder {
 public:
  virtual ~MentionFinder() = default;
  virtual std::string_view name() const = 0;
  virtual void FindMentions(DocumentContext* document) const = 0;
};

// Time expressions, one sentence after the other: a reader remembers the
// time last mentioned ("같은 해 6월" follows it).
class TimeReader {
 public:
  virtual ~TimeReader() = default;
  // Every time expression of the sentence with a value, and elapsed
  // durations, in order.
  virtual std::vector<TimeMention> Find(std::string_view sentence) = 0;
  // True when the time ending at byte `end` dates the telling rather than
  // the deed ("…했다고 25일 밝혔다"): a relation dated only so gives way to a
  // report of the same relation that says when it happened.
  virtual bool DatesTheTelling(std::string_view sentence,
                               std::size_t end) const = 0;
};

class TimeFinder {
 public:
  virtual ~TimeFinder() = default;
  // `anchor_date`: the publication date, "" when unknown.
  virtual std::unique_ptr<TimeReader> ForDocument(
      const std::string& anchor_date) const = 0;
};

// Relations, one sentence after the other; a reader keeps the discourse
// state of its document (who was paired last, what the text is about) and
// resolves the sentence's phrases that refer back before it reads frames.
class RelationReader {
 public:
  virtual ~RelationReader() = default;
  // Resolves the sentence's anaphora (its mentions gain entities), then
  // appends the relations its frames find. May add entities a cue implies
  // to the document's table.
  virtual void Find(SentenceView* sentence,
                    std::vector<FoundRelation>* out) = 0;
  // The pipeline kept `relation`: later sentences may refer back to its
  // parties ("두 회사는").
  virtual void Accepted(const FoundRelation& relation) = 0;
  // For --explain, right after Find on the same sentence: each cue and what
  // its frame made of the clause. A reader with nothing to say adds nothing.
  virtual void Explain(const SentenceView& sentence,
                       std::vector<CueTrace>* out) {
    (void)sentence;
    (void)out;
  }
};

class RelationFinder {
 public:
  virtual ~RelationFinder() = default;
  // A reader over the document whose entities are in `table`, which must
  // outlive it.
  virtual std::unique_ptr<RelationReader> ForDocument(
      EntityTable* table) const = 0;
};

// Whether the words of a sentence between two offsets make its relation a
// possibility, a plan or a guess rather than a reported deed.
class HedgeFinder {
 public:
  virtual ~HedgeFinder() = default;
  virtual bool IsHedged(std::string_view sentence, std::size_t from,
                        std::size_t to) const = 0;
};

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_EXTRACT_STAGES_H_
