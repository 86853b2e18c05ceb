// core/: the calendar span of ISO time values (core/calendar.h), which time
// filters, timelines and exports compare.
#include <gtest/gtest.h>

#include <string>

#include "core/calendar.h"

namespace newsgraph {
namespace {

void ExpectSpan(const char* value, const char* first, const char* last) {
  const std::optional<TimeSpan> span = ParseTimeSpan(value);
  ASSERT_TRUE(span) << value;
  EXPECT_EQ(span->first, first) << value;
  EXPECT_EQ(span->last, last) << value;
}

TEST(TimeSpanTest, SpansEveryContractForm) {
  ExpectSpan("2025", "2025-01-01", "2025-12-31");
  ExpectSpan("2025-02", "2025-02-01", "2025-02-28");
  ExpectSpan("2025-02-04", "2025-02-04", "2025-02-04");
  ExpectSpan("2025-02-04T15:00", "2025-02-04", "2025-02-04");
  ExpectSpan("2025-Q1", "2025-01-01", "2025-03-31");
  ExpectSpan("2025-Q2", "2025-04-01", "2025-06-30");
  ExpectSpan("2025-Q4", "2025-10-01", "2025-12-31");
  ExpectSpan("2025-H1", "2025-01-01", "2025-06-30");
  ExpectSpan("2025-H2", "2025-07-01", "2025-12-31");
  ExpectSpan("2025-W06", "2025-02-03", "2025-02-09");
  ExpectSpan("2018-09-05/2018-09-07", "2018-09-05", "2018-09-07");
  ExpectSpan("2024-06/2025-Q1", "2024-06-01", "2025-03-31");
}

TEST(TimeSpanTest, IsoWeekOneCanStartInThePreviousYear) {
  ExpectSpan("2025-W01", "2024-12-30", "2025-01-05");
  ExpectSpan("2021-W01", "2021-01-04", "2021-01-10");  // 2021-01-01 is in 2020-W53
}

TEST(TimeSpanTest, KnowsWhichYearsHaveAFiftyThirdWeek) {
  ExpectSpan("2020-W53", "2020-12-28", "2021-01-03");  // 2020 began on a Wednesday
  ExpectSpan("2015-W53", "2015-12-28", "2016-01-03");  // 2015 began on a Thursday
  EXPECT_FALSE(ParseTimeSpan("2021-W53"));
  EXPECT_FALSE(ParseTimeSpan("2025-W53"));
  EXPECT_FALSE(ParseTimeSpan("2025-W00"));
  EXPECT_FALSE(ParseTimeSpan("2025-W54"));
}

TEST(TimeSpanTest, LeapDaysFollowTheGregorianRule) {
  ExpectSpan("2024-02", "2024-02-01", "2024-02-29");
  ExpectSpan("2024-02-29", "2024-02-29", "2024-02-29");
  ExpectSpan("2000-02", "2000-02-01", "2000-02-29");  // divisible by 400
  ExpectSpan("1900-02", "1900-02-01", "1900-02-28");  // divisible by 100 only
  ExpectSpan("2024-Q1", "2024-01-01", "2024-03-31");
  EXPECT_FALSE(ParseTimeSpan("2025-02-29"));
  EXPECT_FALSE(ParseTimeSpan("1900-02-29"));
  EXPECT_FALSE(ParseTimeSpan("2024-02-30"));
}

TEST(TimeSpanTest, RejectsWhatIsNotADate) {
  for (const char* bad : {"", "25", "2025-13", "2025-00", "2025-02-30", "2025-04-31",
                          "2025-Q0", "2025-Q5", "2025-H3", "2025-02-04x", "2025-02-04T25:00",
                          "soon", "지난해"}) {
    EXPECT_FALSE(ParseTimeSpan(bad)) << bad;
  }
}

TEST(TimeSpanTest, RejectsABadInterval) {
  EXPECT_FALSE(ParseTimeSpan("2025/2024"));            // ends before it starts
  EXPECT_FALSE(ParseTimeSpan("2025-03/2024-01"));
  EXPECT_FALSE(ParseTimeSpan("2025-02-10/2025-02-09"));
  EXPECT_FALSE(ParseTimeSpan("2025-01/2025-02-30"));   // an impossible end
  EXPECT_FALSE(ParseTimeSpan("2025-01/"));
  EXPECT_FALSE(ParseTimeSpan("/2025-01"));
  EXPECT_FALSE(ParseTimeSpan("2025/2026/2027"));
  ExpectSpan("2025-02-09/2025-02-09", "2025-02-09", "2025-02-09");  // one day is fine
  ExpectSpan("2024-06/2025-01", "2024-06-01", "2025-01-31");
}

TEST(TimeSpanTest, OverlapsWhenTheSpansShareADay) {
  const TimeSpan june{"2024-06-01", "2024-06-30"};
  EXPECT_TRUE(Overlaps(june, {"2024-06-30", "2024-07-05"}));
  EXPECT_TRUE(Overlaps({"2024-06-30", "2024-07-05"}, june));
  EXPECT_TRUE(Overlaps(june, {"2024-06-10", "2024-06-10"}));
  EXPECT_TRUE(Overlaps(june, {"2024-01-01", "2024-12-31"}));
  EXPECT_FALSE(Overlaps(june, {"2024-07-01", "2024-07-31"}));
  EXPECT_FALSE(Overlaps({"2024-05-01", "2024-05-31"}, june));
}

}  // namespace
}  // namespace newsgraph
