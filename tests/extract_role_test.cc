// Role patterns beyond the plain "name organisation title" phrase: glosses
// in parentheses, local heads, corporate marks and describing nouns. The
// sentences are written for these tests; the names are invented.
#include <gtest/gtest.h>

#include <string>

#include "extract/entity_table.h"
#include "extract/lexicon.h"
#include "tests/extract_test_support.h"

namespace newsgraph::extract::ko {
namespace {

using testing_support::Extract;
using testing_support::FindEntity;
using testing_support::FindRelation;
using testing_support::HasMention;

// Sentences that must give one role: the case name, the sentence, the
// person, the organisation and, where it matters, the rule that reads it.
struct RoleCase {
  const char* name;
  const char* sentence;
  const char* person;
  const char* org;
  const char* rule;  // nullptr: any rule
};

class RoleCaseTest : public ::testing::TestWithParam<RoleCase> {};

TEST_P(RoleCaseTest, FindsTheRole) {
  const RoleCase& c = GetParam();
  const Extraction x = Extract(c.sentence);
  const Relation* r = FindRelation(x, c.person, "role", c.org);
  ASSERT_NE(r, nullptr) << c.sentence;
  if (c.rule != nullptr) EXPECT_EQ(r->rule, c.rule);
}

INSTANTIATE_TEST_SUITE_P(
    Patterns, RoleCaseTest,
    ::testing::Values(
        RoleCase{"ReadsOrganisationAndTitleGlossedAfterAName",
                 "박민수씨(한빛문화연구소 소장)는 보고서를 냈다.", "박민수",
                 "한빛문화연구소", nullptr},
        RoleCase{"ReadsAnUnknownOrganisationOfSeveralWordsInTheGloss",
                 "발표자 김하늘(한빛 시민 연대 대표)은 제안을 내놓았다.",
                 "김하늘", "한빛 시민 연대", nullptr},
        // "진도군" reads like a name (진 + 도군); the title inside decides.
        RoleCase{"ANameShapedBodyBeforeTitleAndNameIsStillTheBody",
                 "진도군(군수 박지훈)은 새 사업을 발표했다.", "박지훈",
                 "진도군", nullptr},
        RoleCase{"ReadsTheTitleBeforeAContractedParticle",
                 "염정수 한빛통상 회장으로선 아쉬운 결과다.", "염정수",
                 "한빛통상", nullptr},
        RoleCase{"TheHeadOfAJoiningClauseIsThePerson",
                 "한빛중공업에 입사한 김하준은 첫 제품을 맡았다.", "김하준",
                 "한빛중공업", nullptr},
        RoleCase{"TheFounderBeforeARelativeClauseHoldsARole",
                 "박흥수가 세운 한빛중공업은 올해 상장했다.", "박흥수",
                 "한빛중공업", nullptr},
        RoleCase{"ReadsAnOrganisationGlossedInsideAPersonPhrase",
                 "김하준(한빛유나이티드) 선수가 결승골을 넣었다.", "김하준",
                 "한빛유나이티드", nullptr},
        // "위르겐" begins with the surname 위 but its syllables are no Korean
        // name.
        RoleCase{"AGenitiveTitleWithTheCopulaAfterAVowel",
                 "김하준은 한빛협회의 창립자이다.", "김하준", "한빛협회",
                 "role-title-of-subject"},
        RoleCase{"ATitleHeldAtAnOrganisationInTheLocative",
                 "김하준은 한빛은행에서 부행장을 지냈다.", "김하준", "한빛은행",
                 "role-title-of-subject"},
        RoleCase{"APersonSigningWithAClubJoinsIt",
                 "김하준은 한빛유나이티드와 3년 계약을 맺었다.", "김하준",
                 "한빛유나이티드", "role-contract"},
        RoleCase{"APersonComingFromAnOrganisationHeldARoleThere",
                 "이서연은 한빛중공업 출신이다.", "이서연", "한빛중공업",
                 "role-joins"},
        RoleCase{"AFormerMarkerBetweenANameAndItsOrganisation",
                 "김하준 전 한빛중공업 부회장이 대성홀딩스로 옮겼다.", "김하준",
                 "한빛중공업", "role-apposition"},
        RoleCase{
            "AForeignNameWithAPersonTitleAfterTheOrganisationItBelongedTo",
            "당시 예일 대학교 소속이었던 스티븐 클라크 박사가 글을 썼다.",
            "스티븐 클라크", "예일 대학교", "role-joins"},
        RoleCase{"ATwoWordForeignNameBeforeATeamAndTitle",
                 "위르겐 슈미트 한빛유나이티드 감독이 말했다.", "위르겐 슈미트",
                 "한빛유나이티드", nullptr},
        RoleCase{"APersonGuidingAnOrganisationLeadsIt",
                 "서재현이 지도하는 한빛협회는 회원을 늘렸다.", "서재현",
                 "한빛협회", nullptr},
        RoleCase{"AGenitiveOrganisationTitleAndName",
                 "한빛유나이티드의 감독 김하준은 은퇴를 발표했다.", "김하준",
                 "한빛유나이티드", nullptr},
        RoleCase{"AFounderBeforeAPastAdnominalHoldsARole",
                 "박흥수가 만든 한빛항공주식회사는 첫 비행기를 내놓았다.",
                 "박흥수", "한빛항공주식회사", nullptr},
        RoleCase{"AMemberBelongsToTheBodyTheSentenceIsAbout",
                 "한빛노동조합은 김하준 조합원이 과로로 쓰러졌다고 밝혔다.",
                 "김하준", "한빛노동조합", nullptr},
        RoleCase{"AForeignNameAfterAGenitiveOrganisationAndTitle",
                 "한빛유나이티드의 감독 나카무라 히로키가 은퇴했다.",
                 "나카무라 히로키", "한빛유나이티드", nullptr},
        RoleCase{"ABareCityNameStillNamesTheCityForItsMayor",
                 "강민규 시장은 나주의 미래를 강조했다.", "강민규", "나주",
                 nullptr},
        // 광양시 is a real city from the lexicon: a bare "X시" is too often a
        // common word (당시, 도시) to be read as a city by its ending.
        RoleCase{"ALocalHeadHeadsTheOneBodyOfTheKindNamed",
                 "광양시는 박지훈 시장이 참석한 가운데 축제를 열었다.",
                 "박지훈", "광양시", "role-local-body"},
        RoleCase{"ACoachBelongsToTheTeamTheSentenceIsAbout",
                 "한빛유나이티드는 김하준 감독이 새 전술을 쓴다고 밝혔다.",
                 "김하준", "한빛유나이티드", "role-team-subject"},
        RoleCase{"ATitlePhraseDescribingTheSubjectAfterItIsTheSubjects",
                 "한빛중공업 사장을 지낸 김하준은 어제 새 회사를 세웠다.",
                 "김하준", "한빛중공업", "role-title-of-subject"},
        RoleCase{"AGenitiveOrganisationBeforeAPersonIsTheirs",
                 "한빛유나이티드의 김하준이 결승골을 넣었다.", "김하준",
                 "한빛유나이티드", "role-genitive"},
        RoleCase{"TransferringToAClubIsJoiningIt",
                 "김하준은 지난달 한빛유나이티드로 이적했다.", "김하준",
                 "한빛유나이티드", "role-joins"},
        RoleCase{"APersonTakingPartInAnOrganisationJoinsIt",
                 "김하준은 한빛협회에 참가했다.", "김하준", "한빛협회",
                 "role-joins"}),
    [](const ::testing::TestParamInfo<RoleCase>& info) {
      return std::string(info.param.name);
    });

TEST(RoleTest, AGlossWithoutATitleIsNoRole) {
  const Extraction x =
      Extract("김하늘(가명)씨는 한빛중공업에서 일했다고 말했다.");
  EXPECT_EQ(FindRelation(x, "김하늘", "role", "가명"), nullptr);
}

TEST(RoleTest, ReadsASurnameWrittenApartInsideParentheses) {
  const Extraction x = Extract("한빛시(시장 허 준)는 새 도서관을 연다.");
  const Relation* r = FindRelation(x, "허 준", "role", "한빛시");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->attributes.at("title"), "시장");
}

TEST(RoleTest, ADeputyHeadIsALocalHeadToo) {
  const Extraction x = Extract(
      "한빛시(시장 정민호)는 김명수 부시장이 행사를 이끌었다고 밝혔다.");
  EXPECT_NE(FindRelation(x, "정민호", "role", "한빛시"), nullptr);
  EXPECT_NE(FindRelation(x, "김명수", "role", "한빛시"), nullptr);
}

TEST(RoleTest, TwoBodiesOfTheKindLeaveTheLocalHeadOpen) {
  const Extraction x =
      Extract("한빛시와 대성시는 박지훈 시장이 참석한 가운데 협약을 맺었다.");
  EXPECT_EQ(FindRelation(x, "박지훈", "role", "한빛시"), nullptr);
  EXPECT_EQ(FindRelation(x, "박지훈", "role", "대성시"), nullptr);
}

TEST(RoleTest, ACountyHeadNeedsACounty) {
  const Extraction x = Extract("한빛시는 박지훈 군수를 초청했다.");
  EXPECT_EQ(FindRelation(x, "박지훈", "role", "한빛시"), nullptr);
}

TEST(RoleTest, ACorporateMarkIsAlsoWrittenWithoutIt) {
  // A lexicon company written "㈜한빛정밀" takes that as its name (the
  // fullest written form) and keeps the bare name as a mention.
  const std::vector<std::string> company_marks = {"㈜", "(주)"};
  EntityTable table(company_marks);
  LexiconEntry entry;
  entry.id = "org:hanbit-precision";
  entry.name = "한빛정밀홀딩스";
  const int id = table.FromLexicon(entry, 0);
  table.AddMention(id, "㈜한빛정밀");
  table.PreferWrittenNames();
  EXPECT_EQ(table.at(id).name, "㈜한빛정밀");
  EXPECT_TRUE(HasMention(table.at(id), "한빛정밀"));
}

TEST(RoleTest, ANounForAKindOfPersonIsNoOrganisation) {
  const Extraction x = Extract("유명 로봇공학자 김상우 교수가 강연했다.");
  EXPECT_EQ(FindEntity(x, "로봇공학자"), nullptr);
}

TEST(RoleTest, ABareNameJoiningAnOrganisationHoldsARole) {
  const Extraction x = Extract("김하준은 2019년 한빛중공업에 입사했다.");
  const Relation* r = FindRelation(x, "김하준", "role", "한빛중공업");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->rule, "role-joins");
  ASSERT_TRUE(r->time.has_value());
  EXPECT_EQ(r->time->value, "2019");
}

TEST(RoleTest, APersonFoundingAnOrganisationHoldsARole) {
  const Extraction x = Extract("서재현은 2001년 한빛협회를 창립했다.");
  const Relation* r = FindRelation(x, "서재현", "role", "한빛협회");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->rule, "role-founder");
  EXPECT_EQ(FindRelation(x, "한빛협회", "subsidiary", "서재현"), nullptr);
}

TEST(RoleTest, ABareNameWithoutARelationIsNoEntity) {
  // Tentative: "김하준" could be a word; only a relation makes it a person.
  const Extraction x = Extract("김하준은 어제 늦게 집에 돌아왔다.");
  EXPECT_EQ(FindEntity(x, "김하준"), nullptr);
}

TEST(RoleTest, CommonNounsShapedLikeNamesAreNoPersons) {
  // 전기차 (electric car), 마케팅 and 신청서 begin with a surname.
  const Extraction x = Extract(
      "전기차는 한빛중공업에 입사했다. 마케팅은 한빛중공업에 입사했다. "
      "신청서는 한빛중공업에 입사했다.");
  EXPECT_TRUE(x.relations.empty());
}

TEST(RoleTest, ABareNameIsNoPartyToOtherRelations) {
  const Extraction x = Extract("김하준은 한빛중공업와 협력한다.");
  EXPECT_TRUE(x.relations.empty());
}

TEST(RoleTest, ACoachBesideTwoTeamsBelongsToNeither) {
  const Extraction x = Extract(
      "한빛유나이티드는 대성유나이티드와 비겼고 김하준 감독이 아쉬워했다.");
  EXPECT_EQ(FindRelation(x, "김하준", "role", "한빛유나이티드"), nullptr);
  EXPECT_EQ(FindRelation(x, "김하준", "role", "대성유나이티드"), nullptr);
}

TEST(RoleTest, AClauseEndingBeforeAnOrganisationIsNoForeignName) {
  const Extraction x = Extract("개혁이 필요하다고 한빛중공업 사장이 말했다.");
  EXPECT_EQ(FindEntity(x, "필요하다고"), nullptr);
}

TEST(RoleTest, ADepartmentIsWrittenWithItsUniversity) {
  const Extraction x =
      Extract("한빛대학교 경영학과(학과장 이정호)는 워크숍을 열었다.");
  const Relation* r = FindRelation(x, "이정호", "role", "경영학과");
  ASSERT_NE(r, nullptr);
  const Entity* department = FindEntity(x, "경영학과");
  ASSERT_NE(department, nullptr);
  EXPECT_TRUE(HasMention(*department, "한빛대학교 경영학과"));
}

TEST(RoleTest, TheProvinceBeforeACityIsPartOfItsName) {
  const Extraction x = Extract("경기 양주시(시장 김하준)가 새 공원을 열었다.");
  const Entity* city = FindEntity(x, "양주시");
  ASSERT_NE(city, nullptr);
  EXPECT_TRUE(HasMention(*city, "경기 양주시"));
}

TEST(RelationExtractorTest,
     PeopleSigningForTheirCompaniesMakeTheCompaniesPartners) {
  const Extraction x = Extract(
      "이정호(왼쪽) 한빛중공업 사장과 김하준 대성홀딩스 대표이사가 "
      "업무협약을 맺었다.");
  EXPECT_NE(FindRelation(x, "한빛중공업", "partner", "대성홀딩스"), nullptr);
  EXPECT_EQ(FindRelation(x, "이정호", "partner", "김하준"), nullptr);
  EXPECT_NE(FindRelation(x, "이정호", "role", "한빛중공업"), nullptr);
}

TEST(RoleTest, AGenitiveTitleWithoutANameGoesToTheSubject) {
  const Extraction x = Extract("김하준은 한빛그룹의 후계자 자리를 지켰다.");
  EXPECT_NE(FindRelation(x, "김하준", "role", "한빛그룹"), nullptr);
  EXPECT_EQ(FindEntity(x, "지위"), nullptr);
}

TEST(RoleTest, TwoNounsAfterAnOrganisationAndTitleAreNoForeignName) {
  const Extraction x =
      Extract("한빛감독원 정기검사 대상 은행들로 네 곳이 뽑혔다.");
  EXPECT_EQ(FindEntity(x, "대상 은행들"), nullptr);
}

TEST(RoleTest, AFormerMarkerIsNoDepartment) {
  const Extraction x = Extract("김하준 한빛중공업 전 대표가 입장을 냈다.");
  EXPECT_NE(FindRelation(x, "김하준", "role", "한빛중공업"), nullptr);
  EXPECT_EQ(FindEntity(x, "한빛중공업 전"), nullptr);
}

TEST(RoleTest, ALawmakerBelongsToTheirPartyAndTheAssembly) {
  // "국회의원" fuses the assembly and the title; the party (a real one from
  // the lexicon) stands between.
  const Extraction x = Extract("김명호 정의당 국회의원은 법안을 냈다.");
  EXPECT_NE(FindRelation(x, "김명호", "role", "정의당"), nullptr);
  EXPECT_NE(FindRelation(x, "김명호", "role", "국회"), nullptr);
}

TEST(RoleTest, AConstituencyIsNoPersonNorPartOfTheParty) {
  const Extraction x =
      Extract("김명호 정의당 서울마포을 국회의원 예비후보는 말했다.");
  EXPECT_NE(FindRelation(x, "김명호", "role", "정의당"), nullptr);
  EXPECT_EQ(FindEntity(x, "서울마포을"), nullptr);
  const Entity* party = FindEntity(x, "정의당");
  ASSERT_NE(party, nullptr);
  EXPECT_FALSE(HasMention(*party, "정의당 서울마포을"));
}

TEST(RoleTest, NamesListedBeforeATitleShareIt) {
  const Extraction x = Extract(
      "한빛시의회에서는 김하준·이서연·박민수 시의원 등이 토론회를 "
      "선언했다.");
  for (const char* name : {"김하준", "이서연", "박민수"}) {
    const Relation* r = FindRelation(x, name, "role", "한빛시의회");
    ASSERT_NE(r, nullptr) << name;
    EXPECT_EQ(r->attributes.at("title"), "시의원");
  }
}

TEST(RoleTest, AStageNameWithTheRealNameInParentheses) {
  // 브라운 아이드 걸스 is a real group from the lexicon.
  const Extraction x =
      Extract("한빛유나이티드 멤버 하루(김하루·25)가 복귀했다.");
  const Relation* r = FindRelation(x, "김하루", "role", "한빛유나이티드");
  ASSERT_NE(r, nullptr);
  const Entity* person = FindEntity(x, "김하루");
  ASSERT_NE(person, nullptr);
  EXPECT_TRUE(HasMention(*person, "하루"));
}

TEST(RoleTest, ACaptionRunIntoANameLeavesTheName) {
  // Scraped pages lose the line break between a caption and the sentence.
  const Extraction x = Extract("방문김하준 한빛그룹 부회장이 부스를 둘러봤다.");
  EXPECT_NE(FindRelation(x, "김하준", "role", "한빛그룹"), nullptr);
  EXPECT_EQ(FindEntity(x, "방문김하준"), nullptr);
}

TEST(RoleTest, AMarketIsNoMayor) {
  // 시장 is also "market": "전지박 시장" is the market for battery foil.
  const Extraction x = Extract("한빛중공업은 내년 전지박 시장에 진출한다.");
  EXPECT_EQ(FindEntity(x, "전지박"), nullptr);
}

TEST(RoleTest, ACopulaDescriptionBeforeAnOrganisationIsNoForeignName) {
  const Extraction x = Extract(
      "김하준 전 장관은 한빛그룹의 공익법인인 한빛대 교수로 재직 중이다.");
  EXPECT_EQ(FindEntity(x, "공익법인인"), nullptr);
}

TEST(RoleTest, OrdinaryWordsBeforeAnOrganisationAndTitleAreNoForeignNames) {
  // A transliterated name has a syllable Korean words rarely form (클, 트).
  const Extraction x = Extract(
      "영국에 위치한 한빛중공업 지사장과 클라크 한빛은행 부사장이 만났다.");
  EXPECT_EQ(FindEntity(x, "위치한"), nullptr);
  EXPECT_NE(FindRelation(x, "클라크", "role", "한빛은행"), nullptr);
}

TEST(CoreferenceTest, ASurnameAFormerMarkerAndATitleReferBack) {
  const Extraction x = Extract(
      "김하준 전 기획재정부 장관은 한빛중공업 사외이사로 뽑혔다. 김 전 장관은 "
      "서울대 교수로 재직 중이다.");
  EXPECT_NE(FindRelation(x, "김하준", "role", "서울대"), nullptr);
}

TEST(RelationExtractorTest,
     PeopleJoiningHandsWithoutTheirCompaniesNamedAreNoPartners) {
  const Extraction x = Extract(
      "김하준 한빛은행 대표와 이서연 대성카드 사장이 만났다. 두 사람이 손잡고 "
      "새 "
      "사업을 시작한다.");
  EXPECT_EQ(FindRelation(x, "한빛은행", "partner", "대성카드"), nullptr);
}

TEST(RelationExtractorTest, AContractHolderIsNoContract) {
  const Extraction x =
      Extract("한빛감독원은 한빛생명 보험 계약자 1명의 소송을 돕는다.");
  EXPECT_EQ(FindRelation(x, "한빛감독원", "contract", "한빛생명"), nullptr);
}

TEST(RoleTest, AForeignNameWithATitleButNoRoleIsNoEntity) {
  const Extraction x = Extract("프랭크 드레이크 박사가 글을 썼다.");
  EXPECT_EQ(FindEntity(x, "프랭크 드레이크"), nullptr);
}

TEST(RoleTest, AFormerRoleSaysSo) {
  const Extraction x =
      Extract("김하준 전 한빛중공업 부회장과 이서연 대성홀딩스 대표가 만났다.");
  const Relation* former = FindRelation(x, "김하준", "role", "한빛중공업");
  ASSERT_NE(former, nullptr);
  EXPECT_EQ(former->attributes.at("former"), "true");
  const Relation* current = FindRelation(x, "이서연", "role", "대성홀딩스");
  ASSERT_NE(current, nullptr);
  EXPECT_EQ(current->attributes.count("former"), 0u);
}

}  // namespace
}  // namespace newsgraph::extract::ko
