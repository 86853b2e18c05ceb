// The pipeline's seams: a pack with one more mention finder, documents in a
// language with no pack, scores, and the --explain trace.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "extract/ko/language_pack.h"
#include "extract/languages.h"
#include "extract/pipeline.h"
#include "tests/extract_test_support.h"

namespace newsgraph::extract::ko {
namespace {

using testing_support::FindRelation;

std::shared_ptr<const Resources> BundledResources() {
  static const std::shared_ptr<const Resources> resources = [] {
    auto r = std::make_shared<Resources>();
    std::vector<std::string> warnings;
    EXPECT_TRUE(Resources::Load(std::string(NEWSGRAPH_DATA_DIR) + "/lexicon",
                                {}, r.get(), &warnings)
                    .ok());
    return r;
  }();
  return resources;
}

PageCleaner BundledCleaner() {
  PageCleaner cleaner;
  std::vector<std::string> warnings;
  EXPECT_TRUE(
      PageCleaner::Load(std::string(NEWSGRAPH_DATA_DIR) + "/lexicon/ko", &cleaner, &warnings)
          .ok());
  return cleaner;
}

// A stand-in for a learned recogniser: marks every word whose stem is one of
// its names as an organisation, where no earlier finder took the word.
class GazetteerFinder final : public MentionFinder {
 public:
  explicit GazetteerFinder(std::vector<std::string> names)
      : names_(std::move(names)) {}
  std::string_view name() const override { return "test-gazetteer"; }

  void FindMentions(DocumentContext* doc) const override {
    for (SentenceView& v : doc->sentences) {
      for (std::size_t i = 0; i < v.tokens.size(); ++i) {
        const std::string stem(StemText(v.text, v.tokens[i]));
        if (v.covered[i] ||
            std::find(names_.begin(), names_.end(), stem) == names_.end()) {
          continue;
        }
        Mention m;
        m.first = i;
        m.last = i + 1;
        m.begin = v.tokens[i].begin;
        m.end = v.tokens[i].stem_end;
        m.role = v.tokens[i].role;
        m.found_by = name();
        m.entities = {doc->table.FromName(stem, EntityType::kOrg)};
        doc->table.AddMention(m.entities[0], stem);
        v.covered[i] = true;
        v.mentions.push_back(m);
        std::sort(v.mentions.begin(), v.mentions.end(),
                  [](const Mention& a, const Mention& b) { return a.first < b.first; });
      }
    }
  }

 private:
  std::vector<std::string> names_;
};

std::unique_ptr<Extractor> KoreanExtractor(
    std::unique_ptr<MentionFinder> extra = nullptr) {
  LanguagePack pack;
  AddKoreanStages(BundledResources(), BundledCleaner(), &pack);
  if (extra) pack.mention_finders.push_back(std::move(extra));
  std::vector<LanguagePack> packs;
  packs.push_back(std::move(pack));
  return Extractor::FromPacks(std::move(packs));
}

Document Doc(const std::string& text, const std::string& language = "") {
  Document d;
  d.id = "d";
  d.date = "2026-05-20";
  d.text = text;
  d.language = language;
  return d;
}

// Invented names with no ending the rules know: only the extra stage finds
// them, and the relation frames use what it found.
TEST(ExtractorStagesTest, AnExtraMentionFinderFeedsTheRelationFrames) {
  const Document doc = Doc("삼성전자는 누리봄과 업무협약을 맺었다.");
  const Extraction without = KoreanExtractor()->Extract(doc);
  EXPECT_EQ(FindRelation(without, "삼성전자", "partner", "누리봄"), nullptr);

  const Extraction with =
      KoreanExtractor(std::make_unique<GazetteerFinder>(
                          std::vector<std::string>{"누리봄"}))
          ->Extract(doc);
  EXPECT_NE(FindRelation(with, "삼성전자", "partner", "누리봄"), nullptr);
}

TEST(ExtractorStagesTest, TheSameFinderWorksOnAnotherSentenceShape) {
  const Document doc = Doc("LG전자가 빛누리를 인수했다고 3일 밝혔다.");
  const Extraction with =
      KoreanExtractor(std::make_unique<GazetteerFinder>(
                          std::vector<std::string>{"빛누리"}))
          ->Extract(doc);
  EXPECT_NE(FindRelation(with, "LG전자", "acquire", "빛누리"), nullptr);
}

TEST(ExtractorStagesTest, AnIncompletePackIsNotComplete) {
  LanguagePack pack;
  AddKoreanStages(BundledResources(), BundledCleaner(), &pack);
  EXPECT_TRUE(pack.complete());
  pack.hedge_finder.reset();
  EXPECT_FALSE(pack.complete());
}

TEST(ExtractorStagesTest, ADocumentInALanguageWithNoPackGetsAWarning) {
  const std::unique_ptr<Extractor> x = KoreanExtractor();
  EXPECT_TRUE(x->Supports("ko"));
  EXPECT_TRUE(x->Supports(""));  // the default language
  EXPECT_FALSE(x->Supports("en"));
  const Extraction e =
      x->Extract(Doc("Garam Electronics signed a deal with Daon.", "en"));
  EXPECT_TRUE(e.relations.empty());
  ASSERT_EQ(e.warnings.size(), 1u);
  EXPECT_NE(e.warnings[0].find("\"en\" is not supported"), std::string::npos);
}

TEST(ExtractorStagesTest, TheBuiltinRegistryHasKorean) {
  EXPECT_NE(BuiltinLanguages().Find("ko"), nullptr);
  EXPECT_EQ(BuiltinLanguages().Find("xx"), nullptr);
}

TEST(ExtractorStagesTest, UnknownLanguageInOptionsIsAnError) {
  ExtractorOptions options;
  options.languages = {"xx"};
  std::unique_ptr<Extractor> x;
  std::vector<std::string> warnings;
  const Status s = Extractor::Create(options, &x, &warnings);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("no language pack for \"xx\""), std::string::npos);
}

TEST(ExtractorScoresTest, ListedNamesScoreAboveGuessedOnes) {
  // 삼성전자 is in the lexicon; 한빛물산 is known only by its ending.
  const Extraction e = KoreanExtractor()->Extract(
      Doc("한빛물산은 삼성전자와 업무협약을 맺었다."));
  double listed = -1, guessed = -1;
  for (const Entity& x : e.entities) {
    if (x.name == "삼성전자") listed = x.score;
    if (x.name == "한빛물산") guessed = x.score;
  }
  ASSERT_GT(guessed, 0.0);
  EXPECT_GT(listed, guessed);
  EXPECT_LE(listed, 1.0);
}

TEST(ExtractorScoresTest, ARelationScoresNoHigherThanItsWeakerEnd) {
  const Extraction e = KoreanExtractor()->Extract(
      Doc("가람전자 김하준 대표는 19일 다온바이오 이서연 회장과 회동했다."));
  const Relation* r = FindRelation(e, "김하준", "meet", "이서연");
  ASSERT_NE(r, nullptr);
  for (const Entity& x : e.entities) {
    if (x.name == "김하준" || x.name == "이서연") {
      EXPECT_LE(r->score, x.score);
    }
  }
  EXPECT_GT(r->score, 0.5);
}

TEST(ExtractorExplainTest, TraceNamesFindersCuesAndVerdicts) {
  Explanation trace;
  const Extraction e = KoreanExtractor()->Explain(
      Doc("한빛물산 박도윤 사장은 7일 솔담증권 최민호 부회장과 만났다."), &trace);
  EXPECT_EQ(trace.language, "ko");
  ASSERT_EQ(trace.mention_finders.size(), 1u);
  EXPECT_EQ(trace.mention_finders[0], "ko-rules");
  ASSERT_EQ(trace.sentences.size(), 1u);
  const SentenceTrace& s = trace.sentences[0];
  ASSERT_FALSE(s.tokens.empty());
  EXPECT_EQ(s.tokens[0].text, "한빛물산");
  bool person_by_title = false;
  for (const MentionTrace& m : s.mentions) {
    if (m.entities == std::vector<std::string>{"박도윤"}) {
      person_by_title = m.found_by == "title-person";
    }
  }
  EXPECT_TRUE(person_by_title);
  ASSERT_EQ(s.times.size(), 1u);
  EXPECT_EQ(s.times[0].value, "2026-05-07");
  ASSERT_FALSE(s.cues.empty());
  EXPECT_EQ(s.cues[0].relation, "meet");
  ASSERT_FALSE(s.cues[0].found.empty());
  bool meet_kept = false;
  for (const VerdictTrace& v : s.verdicts) {
    if (v.relation.find("-meet->") != std::string::npos) {
      meet_kept = v.verdict == "kept";
    }
  }
  EXPECT_TRUE(meet_kept);
  // Explaining changes nothing in the extraction itself.
  const Extraction plain = KoreanExtractor()->Extract(
      Doc("한빛물산 박도윤 사장은 7일 솔담증권 최민호 부회장과 만났다."));
  EXPECT_EQ(e.relations.size(), plain.relations.size());
}

TEST(ExtractorExplainTest, ACueWithoutPartiesSaysWhy) {
  Explanation trace;
  KoreanExtractor()->Explain(Doc("협력 방안은 아직 정해지지 않았다."), &trace);
  ASSERT_EQ(trace.sentences.size(), 1u);
  ASSERT_FALSE(trace.sentences[0].cues.empty());
  EXPECT_TRUE(trace.sentences[0].cues[0].found.empty());
  EXPECT_FALSE(trace.sentences[0].cues[0].outcome.empty());
}

}  // namespace
}  // namespace newsgraph::extract::ko
