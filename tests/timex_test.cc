// Tests for the time layer: calendar arithmetic, NormalizeTimex on every
// family of expression, FindTimexes on whole sentences (offsets, context,
// elapsed durations, no false positives) and ShiftBack.
#include "extract/ko/timex.h"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/calendar.h"
#include "tests/timex_test_support.h"

namespace newsgraph::extract::ko {
namespace {

using newsgraph::Date;

// The suites that read expressions share the loaded time words.
class TimexNormalizeTest : public TimexWordsFixture {};
class FindTimexesTest : public TimexWordsFixture {};

TEST(TimexCalendarTest, ComputesIsoWeeksAcrossYearBoundaries) {
  int year = 0;
  int week = 0;
  newsgraph::IsoWeek(Date{2024, 12, 30}, &year, &week);
  EXPECT_EQ(year, 2025);
  EXPECT_EQ(week, 1);
  newsgraph::IsoWeek(Date{2021, 1, 3}, &year, &week);
  EXPECT_EQ(year, 2020);
  EXPECT_EQ(week, 53);
  newsgraph::IsoWeek(Date{2025, 2, 4}, &year, &week);
  EXPECT_EQ(week, 6);
  EXPECT_EQ(newsgraph::IsoWeekday(Date{2025, 2, 4}), 2);  // a Tuesday
}

TEST(TimexCalendarTest, KnowsLeapDays) {
  EXPECT_TRUE(newsgraph::IsValidDate(2024, 2, 29));
  EXPECT_FALSE(newsgraph::IsValidDate(2023, 2, 29));
  EXPECT_FALSE(newsgraph::IsValidDate(2100, 2, 29));
  const Date d = newsgraph::AddDays(Date{2024, 3, 1}, -1);
  EXPECT_EQ(d.month, 2);
  EXPECT_EQ(d.day, 29);
}

TEST(TimexCalendarTest, IsoFormsRoundTrip) {
  for (const char* iso : {"2025", "2025-H1", "2025-Q4", "2025-02", "2025-W06",
                          "2025-02-04", "2025-02-04T15:00"}) {
    const auto point = newsgraph::ParseIso(iso);
    ASSERT_TRUE(point) << iso;
    EXPECT_EQ(newsgraph::FormatIso(*point), iso);
  }
  EXPECT_FALSE(newsgraph::ParseIso("2025-02-30"));
  EXPECT_FALSE(newsgraph::ParseIso("2025-13"));
  EXPECT_FALSE(newsgraph::ParseIso("20250204"));
}

TEST_F(TimexNormalizeTest, AbsoluteDates) {
  const char* a = "2025-02-04";
  EXPECT_EQ(Norm(a, "2023년 11월 7일"), "2023-11-07");
  EXPECT_EQ(Norm(a, "2025.02.04"), "2025-02-04");
  EXPECT_EQ(Norm(a, "2025. 2. 4."), "2025-02-04");
  EXPECT_EQ(Norm(a, "2024-06-12"), "2024-06-12");
  EXPECT_EQ(Norm(a, "2024/6/12"), "2024-06-12");
  EXPECT_EQ(Norm(a, "2/4"), "2025-02-04");
  EXPECT_EQ(Norm(a, "24년 6월"), "2024-06");
  EXPECT_EQ(Norm(a, "2023년"), "2023");
}

TEST_F(TimexNormalizeTest, SinoKoreanNumberWords) {
  EXPECT_EQ(Norm("2025-02-04", "이천십오년 삼월 삼일"), "2015-03-03");
  EXPECT_EQ(Norm("2025-02-04", "이천이십사년 십이월 이십오일"), "2024-12-25");
  EXPECT_EQ(Norm("2025-02-04", "시월"), "2025-10");
  // "이월" (carried over) is an ordinary word without a Sino-Korean year.
  EXPECT_EQ(Norm("2025-02-04", "이월 손실"), "null");
}

TEST_F(TimexNormalizeTest, RelativeDaysAndYears) {
  const char* a = "2025-02-04";
  EXPECT_EQ(Norm(a, "오늘"), "2025-02-04");
  EXPECT_EQ(Norm(a, "어제"), "2025-02-03");
  EXPECT_EQ(Norm(a, "그저께"), "2025-02-02");
  EXPECT_EQ(Norm(a, "모레"), "2025-02-06");
  EXPECT_EQ(Norm(a, "작년"), "2024");
  EXPECT_EQ(Norm(a, "내년"), "2026");
  EXPECT_EQ(Norm(a, "재작년"), "2023");
  EXPECT_EQ(Norm("2024-03-01", "어제"), "2024-02-29");
  EXPECT_EQ(Norm("2025-01-02", "그저께"), "2024-12-31");
}

TEST_F(TimexNormalizeTest, MonthsWeeksAndWeekdays) {
  const char* a = "2025-02-04";
  EXPECT_EQ(Norm(a, "지난달"), "2025-01");
  EXPECT_EQ(Norm(a, "다음 달 10일"), "2025-03-10");
  EXPECT_EQ(Norm(a, "지난주"), "2025-W05");
  EXPECT_EQ(Norm(a, "다음 주"), "2025-W07");
  EXPECT_EQ(Norm(a, "지난주 금요일"), "2025-01-31");
  EXPECT_EQ(Norm(a, "지난 금요일"), "2025-01-31");
  EXPECT_EQ(Norm(a, "오는 월요일"), "2025-02-10");
  EXPECT_EQ(Norm("2024-12-30", "지난주"), "2024-W52");
  EXPECT_EQ(Norm("2024-12-30", "이번 주"), "2025-W01");
}

TEST_F(TimexNormalizeTest, BareDayPicksTheNearestSensibleMonth) {
  EXPECT_EQ(Norm("2025-02-04", "4일"), "2025-02-04");
  EXPECT_EQ(Norm("2025-02-04", "10일"), "2025-02-10");
  EXPECT_EQ(Norm("2025-02-04", "지난 2일"), "2025-02-02");
  EXPECT_EQ(Norm("2025-02-04", "지난 10일"), "2025-01-10");
  EXPECT_EQ(Norm("2025-02-04", "오는 2일"), "2025-03-02");
  EXPECT_EQ(Norm("2024-12-30", "오는 3일"), "2025-01-03");
  EXPECT_EQ(Norm("2025-01-02", "30일"), "2024-12-30");
  EXPECT_EQ(Norm("2025-02-04", "31일"), "2025-01-31");  // February has none
}

TEST_F(TimexNormalizeTest, MonthAloneFollowsTheModifier) {
  EXPECT_EQ(Norm("2025-02-04", "3월"), "2025-03");
  EXPECT_EQ(Norm("2025-02-04", "지난 12월"), "2024-12");
  EXPECT_EQ(Norm("2025-02-04", "지난 1월"), "2025-01");
  EXPECT_EQ(Norm("2025-02-04", "오는 3월"), "2025-03");
  EXPECT_EQ(Norm("2025-02-04", "오는 1월"), "2026-01");
  EXPECT_EQ(Norm("2024-12-30", "1월 2일"), "2025-01-02");
}

TEST_F(TimexNormalizeTest, QuartersHalvesAndPartsOfPeriods) {
  const char* a = "2025-02-04";
  EXPECT_EQ(Norm(a, "1분기"), "2025-Q1");
  EXPECT_EQ(Norm(a, "지난해 4분기"), "2024-Q4");
  EXPECT_EQ(Norm(a, "1·4분기"), "2025-Q1");
  EXPECT_EQ(Norm(a, "상반기"), "2025-H1");
  EXPECT_EQ(Norm(a, "내년 하반기"), "2026-H2");
  EXPECT_EQ(Norm(a, "올 상반기"), "2025-H1");
  EXPECT_EQ(Norm(a, "4Q24"), "2024-Q4");  // as analysts write it
  EXPECT_EQ(Norm("2024-03-01", "지난달 말"), "2024-02");
  EXPECT_EQ(Norm(a, "연말"), "2025");
  EXPECT_EQ(Norm(a, "올해 초"), "2025");
  EXPECT_EQ(Norm(a, "3월 중순"), "2025-03");
}

TEST_F(TimexNormalizeTest, DurationsBeforeAndAfter) {
  const char* a = "2025-02-04";
  EXPECT_EQ(Norm(a, "3일 전"), "2025-02-01");
  EXPECT_EQ(Norm(a, "2주 전"), "2025-01-21");
  EXPECT_EQ(Norm(a, "한 달 전"), "2025-01");
  EXPECT_EQ(Norm(a, "10년 전"), "2015");
  EXPECT_EQ(Norm(a, "5년 후"), "2030");
  EXPECT_EQ(Norm(a, "10년 전략"), "null");
}

TEST_F(TimexNormalizeTest, Ranges) {
  const char* a = "2025-02-04";
  EXPECT_EQ(Norm(a, "2018년부터 2020년까지"), "2018/2020");
  EXPECT_EQ(Norm(a, "지난해 6월부터 올해 1월까지"), "2024-06/2025-01");
  EXPECT_EQ(Norm(a, "2018~2020년"), "2018/2020");
  EXPECT_EQ(Norm(a, "2019-2021년"), "2019/2021");
  EXPECT_EQ(Norm(a, "3월 5~7일"), "2025-03-05/2025-03-07");
  EXPECT_EQ(Norm(a, "2024년 11월~2월"), "2024-11/2025-02");
  // The second time of a range keeps the first one's day and afternoon.
  EXPECT_EQ(Norm(a, "3일 오후 2시~4시"), "2025-02-03T14:00/2025-02-03T16:00");
}

TEST_F(TimexNormalizeTest, TimesOfDay) {
  const char* a = "2025-02-04";
  EXPECT_EQ(Norm(a, "오후 3시"), "2025-02-04T15:00");
  EXPECT_EQ(Norm(a, "오전 10시 30분"), "2025-02-04T10:30");
  EXPECT_EQ(Norm(a, "15:20"), "2025-02-04T15:20");
  EXPECT_EQ(Norm(a, "어제 오후 2시"), "2025-02-03T14:00");
  EXPECT_EQ(Norm(a, "오후 세 시 반"), "2025-02-04T15:30");
  EXPECT_EQ(Norm(a, "10시간"), "null");
}

TEST_F(TimexNormalizeTest, AmountsAndDurationsAreNotTimes) {
  for (const char* text :
       {"3일간", "40분간", "7개월", "2조 원", "100명", "3년간", "1990년대",
        "오늘날", "3일 동안", "30일 이내", "5일째", "24.5%"}) {
    EXPECT_EQ(Norm("2025-02-04", text), "null") << text;
  }
}

TEST_F(TimexNormalizeTest, UnknownAnchorResolvesOnlyAbsoluteExpressions) {
  EXPECT_EQ(Norm("", "지난해"), "null");
  EXPECT_EQ(Norm("", "4일"), "null");
  EXPECT_EQ(Norm("", "2023년 11월 7일"), "2023-11-07");
}

// Every case in tests/testdata/time_extra.tsv (anchor, expression, expected).
TEST_F(TimexNormalizeTest, ExtraCasesFile) {
  std::ifstream in(std::string(NEWSGRAPH_TESTDATA_DIR) + "/time_extra.tsv");
  ASSERT_TRUE(in) << "missing time_extra.tsv";
  std::string line;
  int cases = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string anchor, text, expected;
    ASSERT_TRUE(std::getline(fields, anchor, '\t') &&
                std::getline(fields, text, '\t') &&
                std::getline(fields, expected))
        << line;
    EXPECT_EQ(Norm(anchor, text), expected) << anchor << " " << text;
    ++cases;
  }
  EXPECT_GT(cases, 100);
}

TEST_F(FindTimexesTest, ReportsByteOffsetsAndValuesInOrder) {
  const std::string s =
      "카카오는 오는 10일 오전 10시 30분 이사회를 열고 3월 중순 결과를 "
      "공개한다.";
  TimeContext context("2025-02-04", words());
  const auto found = FindTimexes(s, &context);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].begin, s.find("오는 10일"));
  EXPECT_EQ(found[0].end, s.find(" 이사회"));
  EXPECT_EQ(found[0].value.value, "2025-02-10T10:30");
  EXPECT_EQ(found[0].value.text, "오는 10일 오전 10시 30분");
  EXPECT_EQ(found[1].begin, s.find("3월 중순"));
  EXPECT_EQ(found[1].value.text, "3월 중순");
  EXPECT_EQ(found[1].value.value, "2025-03");
}

TEST_F(FindTimexesTest, SameYearFollowsTheLastMention) {
  TimeContext context("2025-02-04", words());
  const std::string s =
      "삼성전자는 지난해 1월 텍사스 공장 건설을 시작했고 같은 해 6월 장비를 "
      "들여왔다.";
  const auto found = FindTimexes(s, &context);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].value.value, "2024-01");
  EXPECT_EQ(found[1].value.text, "같은 해 6월");
  EXPECT_EQ(found[1].value.value, "2024-06");
  // The context carries over to the next sentence of the same document.
  const auto next = FindTimexes("그해 연말에는 양산에 들어갔다.", &context);
  ASSERT_EQ(next.size(), 1u);
  EXPECT_EQ(next[0].value.value, "2024");
}

TEST_F(FindTimexesTest, ThisDayFollowsTheLastFullDate) {
  TimeContext context("2025-02-04", words());
  FindTimexes("LG에너지솔루션은 2024년 5월 20일 합작 법인 설립을 발표했다.",
              &context);
  auto found = FindTimexes("회사는 이날 오후 3시 기자회견을 열었다.", &context);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value.value, "2024-05-20T15:00");
  found = FindTimexes("전날에는 이사회가 열렸다.", &context);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value.value, "2024-05-19");
  // 전날 is a side remark: 이날 still means the main day.
  found = FindTimexes("이날 주가는 올랐다.", &context);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value.value, "2024-05-20");
  // Without an earlier date, 이날 is the publication date.
  TimeContext fresh("2025-02-04", words());
  found = FindTimexes("이날 주가는 3% 올랐다.", &fresh);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value.value, "2025-02-04");
}

TEST_F(FindTimexesTest, ElapsedDurationTiesToAnEarlierEvent) {
  TimeContext context("2025-02-04", words());
  const std::string s = "현대차는 7개월 만에 새 전기차를 내놓았다.";
  const auto found = FindTimexes(s, &context);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_TRUE(found[0].is_elapsed);
  EXPECT_EQ(found[0].elapsed_amount, 7);
  EXPECT_EQ(found[0].elapsed_unit, 'M');
  EXPECT_EQ(found[0].value.value, "");
  EXPECT_EQ(found[0].value.text, "7개월 만");
  EXPECT_EQ(found[0].begin, s.find("7개월"));
}

TEST_F(FindTimexesTest, ElapsedAboutDuration) {
  TimeContext context("2019-03-20", words());
  const auto found =
      FindTimexes("두 회사는 5년여 만에 다시 손을 잡았다.", &context);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_TRUE(found[0].is_elapsed);
  EXPECT_EQ(found[0].elapsed_amount, 5);
  EXPECT_EQ(found[0].elapsed_unit, 'Y');
}

TEST_F(FindTimexesTest, IgnoresAmountsAndDurations) {
  TimeContext context("2025-02-04", words());
  const auto found = FindTimexes(
      "영업이익은 2조 원, 직원은 100명으로 3일간 협상했고 회의는 40분간 "
      "이어졌으며 "
      "공사에 7개월이 걸렸다.",
      &context);
  EXPECT_TRUE(found.empty());
  EXPECT_FALSE(context.last());
}

TEST_F(FindTimexesTest, ReadsRangesAsOneMention) {
  TimeContext context("2025-02-04", words());
  const std::string s = "이 펀드는 2018년부터 2020년까지 운용됐다.";
  const auto found = FindTimexes(s, &context);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value.value, "2018/2020");
  EXPECT_EQ(found[0].value.text, "2018년부터 2020년까지");
  EXPECT_EQ(context.last()->year, 2020);
}

TEST(ShiftBackTest, ShiftsAtTheCoarserGranularity) {
  EXPECT_EQ(ShiftBack("2025-02-04", 7, 'M'), "2024-07");
  EXPECT_EQ(ShiftBack("2025-02-04", 3, 'D'), "2025-02-01");
  EXPECT_EQ(ShiftBack("2025-02-04", 2, 'W'), "2025-01-21");
  EXPECT_EQ(ShiftBack("2025-02-04", 10, 'Y'), "2015");
  EXPECT_EQ(ShiftBack("2025-02", 3, 'D'), "2025-01");
  EXPECT_EQ(ShiftBack("2024-03-31", 1, 'M'), "2024-02");
  EXPECT_FALSE(ShiftBack("yesterday", 1, 'D'));
  EXPECT_FALSE(ShiftBack("2025-02-04", 1, 'X'));
}

// The real `newsgraph timex`: one JSON line per input line, in order; a
// malformed line gets value null, a message naming its line, and exit code 1.
TEST(TimexCommandTest, ReportsMalformedLinesAndGoesOn) {
  if (!std::filesystem::exists(NEWSGRAPH_BINARY)) GTEST_SKIP() << "no binary";
  const auto dir = std::filesystem::temp_directory_path() /
                   ("newsgraph_timex_test_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const std::string in = (dir / "in.tsv").string();
  const std::string err = (dir / "err.txt").string();
  std::ofstream(in) << "2025-02-04\t지난해 6월\n"
                    << "no tab here\n"
                    << "2025-13-01\t어제\n"
                    << "2025-02-04\t\"따옴표\" 2조 원\n";
  const std::string cmd =
      std::string(NEWSGRAPH_BINARY) + " timex < " + in + " 2> " + err;
  FILE* pipe = popen(cmd.c_str(), "r");
  ASSERT_NE(pipe, nullptr);
  std::string out;
  std::array<char, 4096> buf;
  std::size_t n = 0;
  while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0)
    out.append(buf.data(), n);
  const int status = pclose(pipe);
  std::ifstream err_in(err);
  const std::string messages{std::istreambuf_iterator<char>(err_in), {}};
  std::filesystem::remove_all(dir);

  EXPECT_EQ(WEXITSTATUS(status), 1);
  std::vector<std::string> lines;
  std::istringstream out_lines(out);
  for (std::string line; std::getline(out_lines, line);) lines.push_back(line);
  ASSERT_EQ(lines.size(), 4u) << out;
  EXPECT_EQ(lines[0],
            R"({"anchor":"2025-02-04","text":"지난해 6월","value":"2024-06"})");
  EXPECT_NE(lines[1].find(R"("value":null)"), std::string::npos);
  EXPECT_NE(lines[2].find(R"("value":null)"), std::string::npos);
  EXPECT_EQ(
      lines[3],
      R"({"anchor":"2025-02-04","text":"\"따옴표\" 2조 원","value":null})");
  EXPECT_NE(messages.find("stdin:2:"), std::string::npos) << messages;
  EXPECT_NE(messages.find("stdin:3:"), std::string::npos) << messages;
  EXPECT_EQ(messages.find("stdin:1:"), std::string::npos) << messages;
}

}  // namespace
}  // namespace newsgraph::extract::ko
