// The extraction stages end to end, on sentences written for these tests.
// Names are invented or recognised by pattern (name endings, person + title),
// so the tests do not depend on the entity lexicon's contents.
#include <gtest/gtest.h>

#include <algorithm>

#include "extract/ko/hedging.h"
#include "extract/ko/resources.h"
#include "tests/extract_test_support.h"

namespace newsgraph::extract::ko {
namespace {

using testing_support::Extract;
using testing_support::FindEntity;
using testing_support::FindRelation;
using testing_support::HasMention;
using testing_support::TheExtractor;

TEST(EntityRecognizerTest, FindsPersonOrganisationAndRoleInNewsOrder) {
  const Extraction x =
      Extract("김민수 한빛중공업 대표이사 사장은 기자간담회를 열었다.");
  const Entity* person = FindEntity(x, "김민수");
  ASSERT_NE(person, nullptr);
  EXPECT_EQ(person->type, EntityType::kPerson);
  ASSERT_NE(FindEntity(x, "한빛중공업"), nullptr);
  const Relation* role = FindRelation(x, "김민수", "role", "한빛중공업");
  ASSERT_NE(role, nullptr);
  EXPECT_EQ(role->attributes.at("title"), "대표이사 사장");
  EXPECT_EQ(role->rule, "role-apposition");
}

TEST(EntityRecognizerTest, FindsRoleWithOrganisationFirst) {
  const Extraction x = Extract("한빛중공업 박지훈 부사장이 설명했다.");
  EXPECT_NE(FindRelation(x, "박지훈", "role", "한빛중공업"), nullptr);
}

TEST(EntityRecognizerTest, ReadsForeignNameWithCompoundTitle) {
  const Extraction x = Extract(
      "존 스미스 대성홀딩스 창업자 겸 최고경영자(CEO)가 서울을 찾았다.");
  const Relation* role = FindRelation(x, "존 스미스", "role", "대성홀딩스");
  ASSERT_NE(role, nullptr);
  EXPECT_EQ(role->attributes.at("title"), "창업자 겸 최고경영자(CEO)");
}

TEST(EntityRecognizerTest, ReadsTitleAndNameInParentheses) {
  const Extraction x = Extract("한빛군(군수 이정호)은 축제를 열었다.");
  EXPECT_NE(FindRelation(x, "이정호", "role", "한빛군"), nullptr);
}

TEST(EntityRecognizerTest, TakesStockCodeFromMarkup) {
  const Extraction x = Extract("한빛중공업(123450)은 신제품을 내놓았다.");
  const Entity* org = FindEntity(x, "한빛중공업");
  ASSERT_NE(org, nullptr);
  EXPECT_EQ(org->stock_code, "123450");
}

TEST(EntityRecognizerTest, IgnoresGenericNounPhrases) {
  const Extraction x = Extract("대형 연예기획사와 시중은행이 손을 잡았다.");
  EXPECT_TRUE(x.entities.empty());
  EXPECT_TRUE(x.relations.empty());
}

TEST(CoreferenceTest, SurnameAndTitleReferBackToThePerson) {
  const Extraction x = Extract(
      "김민수 한빛중공업 회장은 4일 존 스미스 대성홀딩스 사장과 회동했다. "
      "김 회장은 스미스 사장과 지난해 5월에도 만났다.");
  const Entity* kim = FindEntity(x, "김민수");
  ASSERT_NE(kim, nullptr);
  EXPECT_TRUE(HasMention(*kim, "김 회장"));
  const Entity* smith = FindEntity(x, "존 스미스");
  ASSERT_NE(smith, nullptr);
  EXPECT_TRUE(HasMention(*smith, "스미스"));
  const Relation* first = FindRelation(x, "김민수", "meet", "존 스미스");
  ASSERT_NE(first, nullptr);
  ASSERT_TRUE(first->time.has_value());
  EXPECT_EQ(first->time->value, "2025-03-04");
  int meetings = 0;
  for (const Relation& r : x.relations) meetings += r.relation == "meet";
  EXPECT_EQ(meetings, 2);  // 2025-03-04 and 2024-05
}

TEST(CoreferenceTest, BothCompaniesReferToTheLastPair) {
  const Extraction x = Extract(
      "김민수 한빛중공업 회장은 존 스미스 대성홀딩스 사장과 회동했다. "
      "양 사는 배터리 분야에서 협력하기로 했다.");
  const Relation* partner =
      FindRelation(x, "한빛중공업", "partner", "대성홀딩스");
  ASSERT_NE(partner, nullptr);
  EXPECT_FALSE(partner->hedged);
}

TEST(CoreferenceTest, ThisCompanyIsTheLatestSubjectCompany) {
  const Extraction x =
      Extract("한빛중공업은 실적을 발표했다. 이 회사는 대성홀딩스를 인수했다.");
  EXPECT_NE(FindRelation(x, "한빛중공업", "acquire", "대성홀딩스"), nullptr);
}

TEST(RelationExtractorTest, ReadsSubjectWithPartnerFrame) {
  const Extraction x =
      Extract("한빛중공업은 5일 대성홀딩스와 업무협약을 체결했다.");
  const Relation* r = FindRelation(x, "한빛중공업", "partner", "대성홀딩스");
  ASSERT_NE(r, nullptr);
  ASSERT_TRUE(r->time.has_value());
  EXPECT_EQ(r->time->value, "2025-03-05");
  EXPECT_FALSE(r->hedged);
  EXPECT_EQ(r->rule, "partner-subject-with");
}

TEST(RelationExtractorTest, ReadsRelativeClauseHead) {
  const Extraction x =
      Extract("대성홀딩스를 흡수합병한 한빛중공업은 사업을 넓혔다.");
  const Relation* r = FindRelation(x, "한빛중공업", "merge", "대성홀딩스");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->time,
            std::nullopt);  // no time stated; the publication date is not one
}

TEST(RelationExtractorTest, ReadsRecipientAndProductOfSupply) {
  const Extraction x = Extract("한빛중공업이 대성홀딩스에 배터리를 공급한다.");
  const Relation* r = FindRelation(x, "한빛중공업", "supply", "대성홀딩스");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->attributes.at("product"), "배터리");
}

TEST(RelationExtractorTest, ReadsAffiliationAndFounding) {
  const Extraction x = Extract(
      "한빛그룹 계열사 한빛중공업은 성장했다. 한빛그룹은 2016년 한빛모빌리티를 "
      "설립했다.");
  EXPECT_NE(FindRelation(x, "한빛중공업", "subsidiary", "한빛그룹"), nullptr);
  const Relation* founded =
      FindRelation(x, "한빛모빌리티", "subsidiary", "한빛그룹");
  ASSERT_NE(founded, nullptr);
  ASSERT_TRUE(founded->time.has_value());
  EXPECT_EQ(founded->time->value, "2016");
  EXPECT_EQ(founded->rule, "subsidiary-founding");
}

TEST(RelationExtractorTest, ReadsHyphenPairAndNominalObject) {
  const Extraction x = Extract(
      "한빛중공업-대성홀딩스 협력이 속도를 낸다. 한빛그룹은 대성모빌리티 "
      "인수를 추진한다.");
  EXPECT_NE(FindRelation(x, "한빛중공업", "partner", "대성홀딩스"), nullptr);
  const Relation* acquire =
      FindRelation(x, "한빛그룹", "acquire", "대성모빌리티");
  ASSERT_NE(acquire, nullptr);
  EXPECT_TRUE(acquire->hedged);
}

TEST(RelationExtractorTest, ReadsHeadlineCommaAsTopic) {
  const Extraction x = Extract("두 회사가 계약 내용을 밝혔다.",
                               "한빛중공업, 대성홀딩스와 공급 계약");
  const Relation* r = FindRelation(x, "한빛중공업", "contract", "대성홀딩스");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->evidence.field, "title");
  EXPECT_EQ(r->evidence.start, 0u);
  EXPECT_EQ(r->evidence.end, 19u);  // code points of the headline
}

TEST(RelationExtractorTest, EvidenceOffsetsAreCodePointsIntoTheText) {
  const std::string first = "첫 문장이다. ";
  const Extraction x = Extract(first + "한빛중공업은 대성홀딩스와 제휴했다.");
  const Relation* r = FindRelation(x, "한빛중공업", "partner", "대성홀딩스");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->evidence.start, 8u);
  EXPECT_EQ(r->evidence.sentence, "한빛중공업은 대성홀딩스와 제휴했다.");
  EXPECT_EQ(r->evidence.end, 8u + 19u);
}

TEST(RelationExtractorTest, DoesNotReadRelationsInsideQuotes) {
  const Extraction x = Extract(
      "김민수 한빛중공업 회장은 \"대성홀딩스와 협력하고 싶다\"고 말했다.");
  EXPECT_EQ(FindRelation(x, "한빛중공업", "partner", "대성홀딩스"), nullptr);
  EXPECT_EQ(FindRelation(x, "김민수", "partner", "대성홀딩스"), nullptr);
}

TEST(RelationExtractorTest, LeadingACompanyIsARole) {
  const Extraction x =
      Extract("김민수 대표는 2018년부터 한빛모빌리티를 이끌고 있다.");
  const Relation* r = FindRelation(x, "김민수", "role", "한빛모빌리티");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->rule, "role-leads");
}

TEST(RelationExtractorTest, TitlePhrasesWithoutANameBelongToTheSubject) {
  const Extraction x = Extract(
      "김민수 부사장은 한빛중공업 대표, 대성홀딩스 대표를 거쳐 지난해 "
      "한빛모빌리티 전략부문 "
      "부사장으로 합류했다.");
  EXPECT_NE(FindRelation(x, "김민수", "role", "한빛중공업"), nullptr);
  EXPECT_NE(FindRelation(x, "김민수", "role", "대성홀딩스"), nullptr);
  const Relation* joined = FindRelation(x, "김민수", "role", "한빛모빌리티");
  ASSERT_NE(joined, nullptr);
  ASSERT_TRUE(joined->time.has_value());  // dated by 합류: 지난해
  EXPECT_EQ(joined->time->value, "2024");
}

TEST(RelationExtractorTest, AnUnsaidFounderIsTheTopicCompany) {
  const Extraction x = Extract(
      "한빛중공업은 신사업에 힘을 쏟고 있다. 지난해 3월 자회사 한빛모빌리티를 "
      "설립했다.");
  const Relation* r =
      FindRelation(x, "한빛모빌리티", "subsidiary", "한빛중공업");
  ASSERT_NE(r, nullptr);
  ASSERT_TRUE(r->time.has_value());
  EXPECT_EQ(r->time->value, "2024-03");
}

TEST(RelationExtractorTest, PrefersTheEventDateToTheAnnouncementDate) {
  const Extraction x = Extract(
      "한빛중공업이 대성홀딩스와 업무협약을 체결했다고 9일 밝혔다. "
      "양사는 지난 7일 서울에서 협약을 맺었다.");
  int partners = 0;
  for (const Relation& r : x.relations) {
    if (r.relation != "partner") continue;
    ++partners;
    ASSERT_TRUE(r.time.has_value());
    EXPECT_EQ(r.time->value, "2025-03-07");
  }
  EXPECT_EQ(partners, 1);
}

TEST(EntityRecognizerTest, NamesAfterACompanyDescription) {
  const Extraction x = Extract(
      "한빛중공업은 2016년 독일 배터리 제조사 '블루셀파워'를 인수했다. "
      "또 동박 제조업체인 서킷랩을 인수했다.");
  EXPECT_NE(FindRelation(x, "한빛중공업", "acquire", "블루셀파워"), nullptr);
  EXPECT_NE(FindRelation(x, "한빛중공업", "acquire", "서킷랩"), nullptr);
}

TEST(EntityRecognizerTest, ReadsOrganisationTitleThenName) {
  const Extraction x = Extract("한빛중공업 사장인 김민수는 계획을 밝혔다.");
  EXPECT_NE(FindRelation(x, "김민수", "role", "한빛중공업"), nullptr);
}

TEST(EntityRecognizerTest, DoesNotStripNamesEndingLikeACopula) {
  const Extraction x = Extract("대성은행 빈대인 은행장은 말했다.");
  EXPECT_NE(FindRelation(x, "빈대인", "role", "대성은행"), nullptr);
}

TEST(RelationExtractorTest, ACompanyAppointingAPersonGivesARole) {
  const Extraction x =
      Extract("한빛중공업은 박지훈 부사장을 신임 대표로 내정했다.");
  const Relation* r = FindRelation(x, "박지훈", "role", "한빛중공업");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->rule, "role-appointed");
}

TEST(EntityRecognizerTest, ReadsOrganisationInLocativeBeforeName) {
  const Extraction x =
      Extract("행사에는 한빛중공업에서는 박지훈 부회장이 참석했다.");
  EXPECT_NE(FindRelation(x, "박지훈", "role", "한빛중공업"), nullptr);
}

TEST(EntityRecognizerTest, ReadsAnAgencyAfterAName) {
  const Extraction x = Extract("가수 김하늘 소속사 별빛엔터는 입장을 밝혔다.");
  EXPECT_NE(FindRelation(x, "김하늘", "role", "별빛엔터"), nullptr);
}

TEST(EntityRecognizerTest, KeepsTheRegionOfAnOrganisationInParentheses) {
  const Extraction x = Extract("서울 한빛구(구청장 이정호)는 축제를 열었다.");
  bool found = false;
  for (const Entity& e : x.entities)
    found = found || HasMention(e, "서울 한빛구");
  EXPECT_TRUE(found);
  EXPECT_NE(FindRelation(x, "이정호", "role", "한빛구"), nullptr);
}

TEST(EntityRecognizerTest, SkipsAConstituencyGlossBeforeTheTitle) {
  const Extraction x = Extract("한빛중공업 김민수(53) 부사장은 계획을 밝혔다.");
  EXPECT_NE(FindRelation(x, "김민수", "role", "한빛중공업"), nullptr);
  const Entity* kim = FindEntity(x, "김민수");
  ASSERT_NE(kim, nullptr);
  for (const std::string& m : kim->mentions)
    EXPECT_EQ(m.find('('), std::string::npos);
}

TEST(RelationExtractorTest, ALengthOfStayIsNoDate) {
  const Extraction x = Extract(
      "존 스미스 대성홀딩스 사장은 4일 방한했다. 1박 2일 일정 속에 김민수 "
      "한빛중공업 회장과 "
      "회동했다. 스미스 사장은 이날 김 회장과 만난 뒤 출국했다.");
  int meetings = 0;
  for (const Relation& r : x.relations) {
    if (r.relation != "meet") continue;
    ++meetings;
    ASSERT_TRUE(r.time.has_value());
    EXPECT_EQ(r.time->value, "2025-03-04");
  }
  EXPECT_GE(meetings, 1);
}

TEST(HedgingTest, PlansAndForecastsAreHedgedDecisionsAreNot) {
  std::unique_ptr<Extractor> unused;
  Resources r;
  std::vector<std::string> warnings;
  ASSERT_TRUE(Resources::Load(std::string(NEWSGRAPH_DATA_DIR) + "/lexicon", {},
                              &r, &warnings)
                  .ok());
  auto hedged = [&](const std::string& s) {
    return IsHedged(r, s, 0, s.size());
  };
  EXPECT_TRUE(hedged("인수를 추진할 계획이다"));
  EXPECT_TRUE(hedged("공급이 성사될 가능성이 높다"));
  EXPECT_TRUE(hedged("협력할 것으로 보인다"));
  EXPECT_FALSE(hedged("인수하기로 했다"));
  EXPECT_FALSE(hedged("계약을 체결했다"));
  EXPECT_FALSE(hedged("협의 끝에 합의했다"));  // the decision comes last
}

TEST(HedgingTest, ADoneDeedInARelativeClauseIsNotHedged) {
  const Extraction x = Extract(
      "대성홀딩스를 흡수합병한 한빛중공업의 신사업이 성장할 가능성이 크다.");
  const Relation* r = FindRelation(x, "한빛중공업", "merge", "대성홀딩스");
  ASSERT_NE(r, nullptr);
  EXPECT_FALSE(r->hedged);
}

}  // namespace
}  // namespace newsgraph::extract::ko

namespace newsgraph::extract::ko {
namespace {

// The particle after "(CEO)" belongs to the whole person phrase.
TEST(RelationExtractorTest, ReadsParticleAfterParenthesisedTitle) {
  Extraction x = Extract(
      "정의선 현대차그룹 회장이 5일 젠슨 황 엔비디아 최고경영자(CEO)와 "
      "회동했다.");
  const Relation* meet = FindRelation(x, "정의선", "meet", "젠슨 황");
  ASSERT_NE(meet, nullptr);
  ASSERT_TRUE(meet->time.has_value());
  EXPECT_EQ(meet->time->value, "2025-03-05");
}

TEST(RelationExtractorTest, AQuotedNameOneTakesPartInIsAnEvent) {
  const Extraction x =
      Extract("한빛중공업은 지난해 11월 '한빛 엑스포 2018'에 참가했다.");
  const Relation* r =
      FindRelation(x, "한빛중공업", "participate", "한빛 엑스포 2018");
  ASSERT_NE(r, nullptr);
  const Entity* event = FindEntity(x, "한빛 엑스포 2018");
  ASSERT_NE(event, nullptr);
  EXPECT_EQ(event->type, EntityType::kEvent);
}

TEST(RelationExtractorTest, AnEnglishGlossInsideAQuotedEventNameStaysInside) {
  const Extraction x = Extract(
      "한빛중공업은 '2018 한빛드론(Hanbit Drone)' 전시회에 신제품을 선보였다.");
  EXPECT_NE(FindRelation(x, "한빛중공업", "participate", "2018 한빛드론"),
            nullptr);
}

TEST(CoreferenceTest, TheExhibitionIsTheEventNamedLast) {
  const Extraction x = Extract(
      "한빛중공업은 '2018 한빛드론' 전시회에 신제품을 선보였다. 김민수 "
      "한빛중공업 부회장도 "
      "전시회에 참석했다.");
  EXPECT_NE(FindRelation(x, "김민수", "participate", "2018 한빛드론"), nullptr);
}

}  // namespace
}  // namespace newsgraph::extract::ko
