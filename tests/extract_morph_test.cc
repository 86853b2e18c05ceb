#include <gtest/gtest.h>

#include "extract/ko/morph.h"
#include "extract/ko/resources.h"

namespace newsgraph::extract::ko {
namespace {

// The project's own particle table (data/lexicon/ko/particles.tsv).
const Resources& Lexicons() {
  static const Resources* resources = [] {
    auto* r = new Resources;
    std::vector<std::string> warnings;
    EXPECT_TRUE(Resources::Load(std::string(NEWSGRAPH_DATA_DIR) + "/lexicon", {}, r, &warnings)
                    .ok());
    return r;
  }();
  return *resources;
}

struct Split {
  std::string stem;
  Role role;
};

Split SplitWord(const std::string& word) {
  Role role = Role::kNone;
  const std::size_t n = Lexicons().particles.StemLength(word, &role);
  return {word.substr(0, n), role};
}

TEST(MorphTest, SplitsParticlesFollowingTheFinalConsonant) {
  EXPECT_EQ(SplitWord("한빛전자의").stem, "한빛전자");
  EXPECT_EQ(SplitWord("한빛전자의").role, Role::kGen);
  EXPECT_EQ(SplitWord("김민수는").role, Role::kTopic);  // 수: no final consonant
  EXPECT_EQ(SplitWord("김민수은").role, Role::kNone);   // wrong form: not a particle
  EXPECT_EQ(SplitWord("이정원은").stem, "이정원");
  EXPECT_EQ(SplitWord("이정원은").role, Role::kTopic);
  EXPECT_EQ(SplitWord("카카오는").role, Role::kTopic);
  EXPECT_EQ(SplitWord("한빛전자를").role, Role::kObject);
  EXPECT_EQ(SplitWord("한빛중공업을").role, Role::kObject);
  EXPECT_EQ(SplitWord("대성홀딩스와").role, Role::kWith);
  EXPECT_EQ(SplitWord("한빛그룹과의").stem, "한빛그룹");
  EXPECT_EQ(SplitWord("한빛그룹과의").role, Role::kWith);
  EXPECT_EQ(SplitWord("대성홀딩스에서의").stem, "대성홀딩스");
  EXPECT_EQ(SplitWord("대성홀딩스로부터").role, Role::kFrom);
  EXPECT_EQ(SplitWord("서울로").role, Role::kAs);  // 울 ends in ㄹ: 로, not 으로
}

TEST(MorphTest, AcceptsEitherFormAfterLatinLetters) {
  EXPECT_EQ(SplitWord("OpenAI와").stem, "OpenAI");
  EXPECT_EQ(SplitWord("SK는").role, Role::kTopic);
  EXPECT_EQ(SplitWord("SK은").role, Role::kTopic);
  EXPECT_EQ(SplitWord("오픈AI가").role, Role::kSubject);
}

TEST(MorphTest, RefusesTheWrongAllomorph) {
  Role role = Role::kNone;
  EXPECT_FALSE(Lexicons().particles.IsChain(U'원', "는", &role));
  EXPECT_FALSE(Lexicons().particles.IsChain(U'사', "은", &role));
  EXPECT_FALSE(Lexicons().particles.IsChain(U'울', "으로", &role));
  EXPECT_TRUE(Lexicons().particles.IsChain(U'원', "으로부터", &role));
  EXPECT_EQ(role, Role::kFrom);
}

TEST(MorphTest, CutsPunctuationAndKeepsJoinedLatin) {
  const std::string text = "한빛E&S·대성홀딩스, 1.5% 성장";
  const std::vector<Token> tokens = Tokenize(text, Lexicons().particles);
  ASSERT_EQ(tokens.size(), 6u);
  EXPECT_EQ(TokenText(text, tokens[0]), "한빛E&S");
  EXPECT_TRUE(tokens[1].is_punct);
  EXPECT_EQ(TokenText(text, tokens[2]), "대성홀딩스");
  EXPECT_EQ(TokenText(text, tokens[4]), "1.5%");
}

TEST(MorphTest, GivesAParticleAfterParenthesesToTheWordBefore) {
  const std::string text = "한빛모빌리티(HBM)를 설립";
  const std::vector<Token> tokens = Tokenize(text, Lexicons().particles);
  ASSERT_GE(tokens.size(), 5u);
  EXPECT_EQ(TokenText(text, tokens[0]), "한빛모빌리티");
  EXPECT_EQ(tokens[0].role, Role::kObject);
  EXPECT_TRUE(tokens[2].in_paren);
  EXPECT_TRUE(tokens[4].is_punct);  // the particle itself is consumed
}

TEST(MorphTest, MarksWordsInsideDoubleQuotes) {
  const std::string text = "그는 \"협력이 중요하다\"고 말했다";
  const std::vector<Token> tokens = Tokenize(text, Lexicons().particles);
  EXPECT_FALSE(tokens[0].in_quote);
  EXPECT_TRUE(tokens[2].in_quote);
}

TEST(MorphTest, CountsHangulSyllables) {
  EXPECT_EQ(HangulLength("김민수"), 3);
  EXPECT_EQ(HangulLength("SK"), -1);
  EXPECT_EQ(LastCodePoint("한빛"), U'빛');
  EXPECT_TRUE(IsHanja(U'美'));
}

}  // namespace
}  // namespace newsgraph::extract::ko
