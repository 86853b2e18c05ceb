// The Korean implementations of the extraction stages (see
// language_pack.h for what each does). Each holds the shared resources and
// nothing else that changes: per-document state lives in the readers.
#ifndef NEWSGRAPH_EXTRACT_KO_STAGES_H_
#define NEWSGRAPH_EXTRACT_KO_STAGES_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/stages.h"
#include "extract/ko/entity_recognizer.h"
#include "extract/ko/page_cleaner.h"
#include "extract/ko/relation_extractor.h"
#include "extract/ko/resources.h"

namespace newsgraph::extract::ko {

using SharedResources = std::shared_ptr<const Resources>;

class KoreanAnalyzer final : public DocumentAnalyzer {
 public:
  explicit KoreanAnalyzer(PageCleaner cleaner) : cleaner_(std::move(cleaner)) {}
  AnalyzedDocument Analyze(const Document& document,
                           std::vector<std::string>* warnings) const override;

 private:
  PageCleaner cleaner_;  // Clean is const and thread-safe
};

class KoreanTokenizer final : public Tokenizer {
 public:
  explicit KoreanTokenizer(SharedResources r) : r_(std::move(r)) {}
  std::vector<Token> Tokenize(std::string_view sentence) const override;

 private:
  SharedResources r_;
};

// The rule recognisers of entity_recognizer.h over the whole document: a
// first pass learns the names the patterns find, a second pass finds them
// again wherever they recur without their title.
class RuleMentionFinder final : public MentionFinder {
 public:
  explicit RuleMentionFinder(SharedResources r)
      : r_(std::move(r)), recognizer_(*r_) {}
  std::string_view name() const override { return "ko-rules"; }
  void FindMentions(DocumentContext* document) const override;

 private:
  SharedResources r_;
  EntityRecognizer recognizer_;
};

class KoreanTimeFinder final : public TimeFinder {
 public:
  explicit KoreanTimeFinder(SharedResources r) : r_(std::move(r)) {}
  std::unique_ptr<TimeReader> ForDocument(
      const std::string& anchor_date) const override;

 private:
  SharedResources r_;
};

// Cue frames (relation_extractor.h) with the discourse they need: who was
// paired last, the person named last, what organisation the text is about.
class ClauseRelationFinder final : public RelationFinder {
 public:
  explicit ClauseRelationFinder(SharedResources r)
      : r_(std::move(r)), extractor_(*r_) {}
  std::unique_ptr<RelationReader> ForDocument(
      EntityTable* table) const override;
  const RelationExtractor& extractor() const { return extractor_; }

 private:
  SharedResources r_;
  RelationExtractor extractor_;
};

class KoreanHedgeFinder final : public HedgeFinder {
 public:
  explicit KoreanHedgeFinder(SharedResources r) : r_(std::move(r)) {}
  bool IsHedged(std::string_view sentence, std::size_t from,
                std::size_t to) const override;

 private:
  SharedResources r_;
};

}  // namespace newsgraph::extract::ko

#endif  // NEWSGRAPH_EXTRACT_KO_STAGES_H_
