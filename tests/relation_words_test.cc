// The relation rules' word lists (data/lexicon/ko/relation_words.tsv).
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "extract/ko/relation_words.h"
#include "extract/ko/resources.h"

namespace newsgraph::extract::ko {
namespace {

struct Parsed {
  RelationWords words;
  std::vector<std::string> errors;
  std::vector<std::string> warnings;
};

Parsed ParseWords(const std::string& text) {
  std::istringstream in(text);
  Parsed p;
  EXPECT_TRUE(p.words.Parse(in, "words.tsv", &p.errors, &p.warnings).ok());
  return p;
}

TEST(RelationWordsTest, ReadsEachKind) {
  const Parsed p = ParseWords(
      "# word\tkind\tvalue\n"
      "한\tadnominal\t-\n"
      "및\tlist-joiner\t-\n"
      "전\tformer\t-\n"
      "군수\tlocal-head\t군\n");
  EXPECT_TRUE(p.errors.empty()) << p.errors.front();
  EXPECT_TRUE(p.words.IsAdnominal("흡수합병한"));
  EXPECT_FALSE(p.words.IsAdnominal("흡수합병"));
  EXPECT_TRUE(p.words.Is(RelationWordKind::kListJoiner, "및"));
  EXPECT_FALSE(p.words.Is(RelationWordKind::kListJoiner, "및및"));
  EXPECT_TRUE(p.words.Is(RelationWordKind::kFormer, "전"));
  EXPECT_FALSE(p.words.Is(RelationWordKind::kAdnominal, "전"));
  EXPECT_EQ(p.words.LocalBodyEnding("군수"), "군");
  EXPECT_EQ(p.words.LocalBodyEnding("부군수"), "");
  EXPECT_EQ(p.words.size(RelationWordKind::kLocalHead), 1u);
}

TEST(RelationWordsTest, RejectsUnknownKind) {
  const Parsed p = ParseWords("및\tjoiner\t-\n");
  ASSERT_EQ(p.errors.size(), 1u);
  EXPECT_EQ(p.errors[0],
            "words.tsv:1: unknown kind 'joiner' (adnominal | done | describing | copula | "
            "genitive | list-joiner | pair-joiner | list-tail | former | member-title | "
            "local-head): \"및 joiner -\"");
  EXPECT_EQ(p.words.size(RelationWordKind::kListJoiner), 0u);
}

TEST(RelationWordsTest, RejectsAValueWhereNoneBelongsAndAMissingOne) {
  const Parsed p = ParseWords("군수\tlocal-head\t-\n선수\tmember-title\t팀\n");
  ASSERT_EQ(p.errors.size(), 2u);
  EXPECT_EQ(p.errors[0], "words.tsv:1: a local-head row needs a value: \"군수 local-head -\"");
  EXPECT_EQ(p.errors[1],
            "words.tsv:2: only a local-head row has a value: \"선수 member-title 팀\"");
}

TEST(RelationWordsTest, RejectsWrongColumnCount) {
  const Parsed p = ParseWords("선수\tmember-title\n");
  ASSERT_EQ(p.errors.size(), 1u);
  EXPECT_EQ(p.errors[0], "words.tsv:1: expected 3 columns, got 2: \"선수 member-title\"");
}

TEST(RelationWordsTest, AWordWrittenTwiceForOneKindIsAWarning) {
  const Parsed p = ParseWords("선수\tmember-title\t-\n선수\tmember-title\t-\n한\tdone\t-\n한\tadnominal\t-\n");
  EXPECT_TRUE(p.errors.empty());
  ASSERT_EQ(p.warnings.size(), 1u);
  EXPECT_EQ(p.warnings[0], "words.tsv:2: written twice, kept the first: \"선수 member-title -\"");
  EXPECT_EQ(p.words.size(RelationWordKind::kMemberTitle), 1u);
}

TEST(RelationWordsTest, BuiltinTableHoldsTheRulesWords) {
  Resources r;
  std::vector<std::string> warnings;
  ASSERT_TRUE(Resources::Load(std::string(NEWSGRAPH_DATA_DIR) + "/lexicon", {}, &r, &warnings).ok());
  const RelationWords& words = r.relation_words;
  EXPECT_EQ(words.LocalBodyEnding("시장"), "시");
  EXPECT_EQ(words.LocalBodyEnding("도의원"), "의회");
  EXPECT_TRUE(words.Is(RelationWordKind::kMemberTitle, "감독"));
  EXPECT_TRUE(words.Is(RelationWordKind::kFormer, "前"));
  EXPECT_TRUE(words.Is(RelationWordKind::kPairJoiner, "ㆍ"));
  EXPECT_TRUE(words.Is(RelationWordKind::kListTail, "등"));
  EXPECT_TRUE(words.EndsInAny(RelationWordKind::kDone, "인수했던"));
  EXPECT_TRUE(words.EndsInAny(RelationWordKind::kDescribing, "지낸"));
  EXPECT_EQ(r.spaced_endings.front(), "대학교");
}

}  // namespace
}  // namespace newsgraph::extract::ko
