#include <gtest/gtest.h>

#include "extract/normalizer.h"
#include "core/utf8.h"

namespace newsgraph::extract::ko {
namespace {

TEST(Utf8Test, FindsFirstInvalidByte) {
  EXPECT_EQ(FindInvalidUtf8("가나다"), std::string_view::npos);
  EXPECT_EQ(FindInvalidUtf8("ab\xff" "c"), 2u);
  EXPECT_EQ(FindInvalidUtf8("\xed\xa0\x80"), 0u);  // a surrogate
}

TEST(Utf8Test, CountsCodePoints) {
  const std::string s = "SK하이닉스 HBM";
  EXPECT_EQ(CodePointCount(s), 10u);
  CodePointIndex index(s);
  EXPECT_EQ(index.ToCodePoint(2), 2u);
  EXPECT_EQ(index.ToCodePoint(5), 3u);
  EXPECT_EQ(index.ToCodePoint(s.size()), 10u);
}

TEST(Utf8Test, KnowsBatchim) {
  EXPECT_TRUE(HasBatchim(U'원'));
  EXPECT_FALSE(HasBatchim(U'사'));
  EXPECT_EQ(BatchimIndex(U'물'), 8);  // ㄹ
}

TEST(NormalizerTest, MapsSpacesQuotesAndFullWidth) {
  EXPECT_EQ(NormalizeText("“AI”\u00a0칩 ＳＫ"), "\"AI\" 칩 SK");
}

TEST(NormalizerTest, TurnsStockCodeMarkupIntoHint) {
  const std::string original = "최태원 SK(034730)그룹 회장";
  NormalizedText n = NormalizeWithOffsets(original);
  EXPECT_EQ(n.text, "최태원 SK그룹 회장");
  ASSERT_EQ(n.stock_codes.size(), 1u);
  EXPECT_EQ(n.stock_codes[0].code, "034730");
  const std::size_t group = n.text.find("그룹");
  EXPECT_EQ(original.substr(n.ToOriginal(group), 6), "그룹");
}

TEST(NormalizerTest, LeavesParenthesesThatAreNotStockCodes) {
  EXPECT_EQ(NormalizeText("최고경영자(CEO) (123456)"), "최고경영자(CEO) (123456)");
}

TEST(NormalizerTest, ComposesDecomposedHangulAndKeepsOffsets) {
  const std::string decomposed = "A\u1100\u1161B";  // ᄀ + ᅡ = 가
  NormalizedText n = NormalizeWithOffsets(decomposed);
  EXPECT_EQ(n.text, "A가B");
  EXPECT_EQ(n.ToOriginal(n.text.find('B')), decomposed.find('B'));
}

}  // namespace
}  // namespace newsgraph::extract::ko
