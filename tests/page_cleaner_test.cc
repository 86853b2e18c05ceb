#include <gtest/gtest.h>

#include "tests/extract_test_support.h"

#include <string>
#include <vector>

#include "extract/ko/analysis.h"
#include "extract/ko/page_cleaner.h"
#include "extract/sentence_splitter.h"

namespace newsgraph::extract::ko {
namespace {

// The cleaner of the bundled data.
const PageCleaner& Cleaner() {
  static const PageCleaner* cleaner = [] {
    auto* c = new PageCleaner;
    std::vector<std::string> warnings;
    EXPECT_TRUE(
        PageCleaner::Load(std::string(NEWSGRAPH_DATA_DIR) + "/lexicon/ko", c, &warnings).ok());
    EXPECT_TRUE(warnings.empty());
    return c;
  }();
  return *cleaner;
}

CleanedPage CleanPage(const std::string& text) { return Cleaner().Clean(text); }

std::vector<std::string> SegmentTexts(const std::string& text, SegmentKind kind) {
  std::vector<std::string> out;
  for (const Segment& s : CleanPage(text).segments) {
    if (s.kind == kind) out.push_back(text.substr(s.begin, s.end - s.begin));
  }
  return out;
}

std::vector<std::string> Sentences(const std::string& text) {
  std::vector<std::string> out;
  for (const Span& s : SplitSentences(text, 0, text.size())) {
    out.push_back(text.substr(s.begin, s.end - s.begin));
  }
  return out;
}

// A page shaped like a scraped portal page, written for this test.
const char kScrapedPage[] =
    "메뉴 건너뛰기\n"
    "\n"
    "현대차, 미국 공장 증설 발표\n"
    "정의선 회장 현지 방문\n"
    "정의선 현대차그룹 회장이 3일 조지아 공장을 둘러보고 있다. 홍길동 기자\n"
    "\n"
    "[가상경제]\n"
    "\n"
    "현대자동차그룹이 3일 미국 조지아주 공장 증설 계획을 발표했다. 증설은 내년 상반기에 끝난다.\n"
    "\n"
    "가상경제\n"
    "\n"
    "번호 제목 글쓴이 날짜\n"
    "9102 다른 기사 제목 하나 뉴스봇 2025.03.04\n"
    "9101 다른 기사 제목 둘 뉴스봇 2025.03.03\n"
    "9100 다른 기사 제목 셋 뉴스봇 2025.03.03\n";

TEST(PageCleanerTest, SeparatesHeadlineSubheadlineCaptionAndBody) {
  const std::string page = kScrapedPage;
  EXPECT_EQ(SegmentTexts(page, SegmentKind::kHeadline),
            std::vector<std::string>{"현대차, 미국 공장 증설 발표"});
  EXPECT_EQ(SegmentTexts(page, SegmentKind::kSubheadline),
            std::vector<std::string>{"정의선 회장 현지 방문"});
  // The photographer credit is cut from the caption.
  EXPECT_EQ(SegmentTexts(page, SegmentKind::kCaption),
            std::vector<std::string>{"정의선 현대차그룹 회장이 3일 조지아 공장을 둘러보고 있다."});
  const auto body = SegmentTexts(page, SegmentKind::kBody);
  ASSERT_EQ(body.size(), 1u);
  EXPECT_EQ(body[0].rfind("현대자동차그룹이", 0), 0u);
}

TEST(PageCleanerTest, DropsMenuDatelineOutletAndListing) {
  const std::string page = kScrapedPage;
  for (const Segment& s : CleanPage(page).segments) {
    const std::string text = page.substr(s.begin, s.end - s.begin);
    EXPECT_EQ(text.find("메뉴"), std::string::npos) << text;
    EXPECT_EQ(text.find("[가상경제]"), std::string::npos) << text;
    EXPECT_NE(text, "가상경제");
    EXPECT_EQ(text.find("뉴스봇"), std::string::npos) << text;
  }
}

TEST(PageCleanerTest, InfersDateFromListingAroundArticle) {
  CleanedPage page = CleanPage(kScrapedPage);
  EXPECT_EQ(page.inferred_date, "2025-03-03");
  EXPECT_FALSE(page.inferred_date_reason.empty());
}

TEST(PageCleanerTest, InfersDateFromDatelineAndDropsIt) {
  const std::string text = "제목 줄\n입력 2024.07.15 09:30\n본문이 여기 있다.\n";
  CleanedPage page = CleanPage(text);
  EXPECT_EQ(page.inferred_date, "2024-07-15");
  EXPECT_EQ(page.inferred_date_reason, "dateline");
  for (const Segment& s : page.segments) {
    EXPECT_EQ(text.substr(s.begin, s.end - s.begin).find("입력"), std::string::npos);
  }
}

TEST(PageCleanerTest, RemovesInlineBylinesEmailsPromosAndCopyright) {
  const std::string text =
      "[가상일보 김철수 기자] 삼성전자가 신제품을 공개했다.회사는 판매를 늘린다."
      "이영희 기자 younghee@example.com▶ 구독하기 <저작권자 ⓒ 가상일보, 무단전재 금지>";
  std::string kept;
  for (const Segment& s : CleanPage(text).segments) {
    kept += text.substr(s.begin, s.end - s.begin) + "|";
  }
  EXPECT_EQ(kept, "삼성전자가 신제품을 공개했다.회사는 판매를 늘린다.|");
}

TEST(PageCleanerTest, RemovesAgencyDateline) {
  const std::string text = "(서울=가상뉴스) 박민수 기자 = LG전자가 5일 신제품을 내놨다.";
  const auto body = SegmentTexts(text, SegmentKind::kBody);
  ASSERT_EQ(body.size(), 1u);
  EXPECT_EQ(body[0], "LG전자가 5일 신제품을 내놨다.");
}

TEST(SentenceSplitterTest, SplitsRunTogetherSentences) {
  EXPECT_EQ(Sentences("두산이 발표했다.두산은 내년에 진출한다."),
            (std::vector<std::string>{"두산이 발표했다.", "두산은 내년에 진출한다."}));
}

TEST(SentenceSplitterTest, SplitsBeforeADateRunOnAfterTheStop) {
  EXPECT_EQ(Sentences("주가가 올랐다.5일 한빛물산은 증자를 결정했다. 비율은 1.5배다."),
            (std::vector<std::string>{"주가가 올랐다.", "5일 한빛물산은 증자를 결정했다.",
                                      "비율은 1.5배다."}));
}

TEST(ExtractorTimeTest, ARunOnDateDatesTheSentenceAfterTheStop) {
  const Extraction x = testing_support::Extract(
      "수요가 늘 전망이다.14일 한빛중공업은 삼성전자와 업무협약을 맺었다고 밝혔다.", "",
      "2026-07-20");
  const Relation* r = testing_support::FindRelation(x, "한빛중공업", "partner", "삼성전자");
  ASSERT_NE(r, nullptr);
  ASSERT_TRUE(r->time.has_value());
  EXPECT_EQ(r->time->value, "2026-07-14");
  EXPECT_EQ(r->evidence.sentence.rfind("14일 ", 0), 0u);
}

TEST(SentenceSplitterTest, KeepsFullStopsInsideQuotes) {
  EXPECT_EQ(Sentences("그는 “시장이 커졌다. 투자를 늘린다”고 말했다. 다음 문장이다."),
            (std::vector<std::string>{"그는 “시장이 커졌다. 투자를 늘린다”고 말했다.",
                                      "다음 문장이다."}));
}

TEST(SentenceSplitterTest, KeepsDecimalsAndDates) {
  EXPECT_EQ(Sentences("매출은 3.5% 늘었다. 2019.03.20 발표였다."),
            (std::vector<std::string>{"매출은 3.5% 늘었다.", "2019.03.20 발표였다."}));
}

TEST(SentenceSplitterTest, OffsetsPointIntoOriginal) {
  const std::string text = "  첫 문장이다.  둘째 문장이다.  ";
  const auto spans = SplitSentences(text, 0, text.size());
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(text.substr(spans[1].begin, spans[1].end - spans[1].begin), "둘째 문장이다.");
}

TEST(AnalysisTest, UsesGivenDateOverInferredAndWarnsWhenNone) {
  Document doc;
  doc.text = "본문이다.";
  std::vector<std::string> warnings;
  AnalyzedDocument a = AnalyzeDocument(doc, Cleaner(), &warnings);
  EXPECT_EQ(a.anchor_date, "");
  ASSERT_EQ(warnings.size(), 1u);
  doc.date = "2024-01-02";
  warnings.clear();
  EXPECT_EQ(AnalyzeDocument(doc, Cleaner(), &warnings).anchor_date, "2024-01-02");
  EXPECT_TRUE(warnings.empty());
}

TEST(AnalysisTest, TitleComesFirstAndIsMarked) {
  Document doc;
  doc.title = "제목 문장";
  doc.text = "본문 문장이다.";
  doc.date = "2024-01-02";
  std::vector<std::string> warnings;
  AnalyzedDocument a = AnalyzeDocument(doc, Cleaner(), &warnings);
  ASSERT_EQ(a.sentences.size(), 2u);
  EXPECT_TRUE(a.sentences[0].in_title);
  EXPECT_EQ(a.sentences[0].norm.text, "제목 문장");
  EXPECT_FALSE(a.sentences[1].in_title);
}

}  // namespace
}  // namespace newsgraph::extract::ko
