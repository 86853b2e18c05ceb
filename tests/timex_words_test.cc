// Tests for the time words (extract/ko/timex_words.h): the built-in files
// load, bad rows are rejected with file, line, reason and row, repeats warn,
// and the parser reads whatever the data says (a word added to a data file
// is understood).
#include "extract/ko/timex_words.h"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "extract/ko/timex.h"

namespace newsgraph::extract::ko {
namespace {

using File = TimexLexicon::File;

const std::string kBuiltinDir = std::string(NEWSGRAPH_DATA_DIR) + "/lexicon/ko";

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// Parses `rows` as the file `file` into `lexicon`; returns the error lines.
std::vector<std::string> ParseErrors(TimexLexicon* lexicon, File file,
                                     const std::string& rows,
                                     std::vector<std::string>* warnings) {
  std::istringstream in(rows);
  const Status status = lexicon->Parse(file, in, "t.tsv", warnings);
  return status.ok() ? std::vector<std::string>{} : Lines(status.message());
}

TimexLexicon Builtin() {
  TimexLexicon words;
  std::vector<std::string> warnings;
  const Status status = TimexLexicon::Load(kBuiltinDir, &words, &warnings);
  EXPECT_TRUE(status.ok()) << status.message();
  EXPECT_TRUE(warnings.empty());
  return words;
}

std::string Norm(const TimexLexicon& words, std::string_view text) {
  return NormalizeTimex(words, "2025-02-04", text).value_or("null");
}

TEST(TimexLexiconTest, LoadsTheBuiltInFilesWithEveryRole) {
  const TimexLexicon words = Builtin();
  EXPECT_TRUE(words.CheckComplete("x").ok());
  EXPECT_EQ(words.Word(TimexRole::kYearUnit), "년");
  EXPECT_EQ(words.Word(TimexRole::kRangeUntil), "까지");
  const TimexWord* yesterday =
      words.Find(TimexKind::kRelativeDay, "어제 오후", 0);
  ASSERT_NE(yesterday, nullptr);
  EXPECT_EQ(yesterday->value, -1);
  EXPECT_FALSE(yesterday->from_context);
  EXPECT_EQ(words.SinoValue(U'천'), 1000);
  EXPECT_EQ(words.SinoValue(U'삼'), 3);
  EXPECT_EQ(words.SinoValue(U'김'), -1);
}

TEST(TimexLexiconTest, FindsTheLongestWordOfAKind) {
  const TimexLexicon words = Builtin();
  const TimexWord* part = words.Find(TimexKind::kPeriodPart, "중순께", 0);
  ASSERT_NE(part, nullptr);
  EXPECT_EQ(part->text, "중순");
  const TimexWord* eleven = words.Find(TimexKind::kNative, "열한 시", 0);
  ASSERT_NE(eleven, nullptr);
  EXPECT_EQ(eleven->value, 11);
}

TEST(TimexLexiconTest, RejectsBadWordRowsWithFileLineReasonAndRow) {
  TimexLexicon words;
  std::vector<std::string> warnings;
  const auto errors = ParseErrors(&words, File::kWords,
                                  "# a comment\n"
                                  "지난\tmodifier\tpast\n"
                                  "파랑\tcolour\t-\n"
                                  "시월\tmonth-name\t13\n"
                                  "요즘\tmodifier\tlately\n"
                                  "께\tcontinuation\t1\n"
                                  "오후\tpart-of-day\n"
                                  "년\tunit\tcentury\n"
                                  "하루\tdays\t1\n"
                                  "3월\tweekday\t1\n",
                                  &warnings);
  ASSERT_EQ(errors.size(), 8u);
  EXPECT_EQ(errors[0], "t.tsv:3: unknown kind 'colour': \"파랑 colour -\"");
  EXPECT_EQ(errors[1], "t.tsv:4: bad number '13': \"시월 month-name 13\"");
  EXPECT_EQ(errors[2],
            "t.tsv:5: unknown modifier 'lately': \"요즘 modifier lately\"");
  EXPECT_EQ(errors[3],
            "t.tsv:6: expected '-' in the value column: \"께 continuation 1\"");
  EXPECT_EQ(errors[4],
            "t.tsv:7: expected 3 columns, got 2: \"오후 part-of-day\"");
  EXPECT_EQ(errors[5], "t.tsv:8: unknown unit 'century': \"년 unit century\"");
  EXPECT_EQ(errors[6],
            "t.tsv:9: kind 'days' belongs in timex_numbers.tsv: "
            "\"하루 days 1\"");
  EXPECT_EQ(errors[7],
            "t.tsv:10: a word that starts a time must begin with a Hangul "
            "syllable: \"3월 weekday 1\"");
  // All or nothing: the good row on line 2 was not added either.
  EXPECT_EQ(words.Find(TimexKind::kModifier, "지난 해", 0), nullptr);
  EXPECT_TRUE(warnings.empty());
}

TEST(TimexLexiconTest, RejectsBadNumberRows) {
  TimexLexicon words;
  std::vector<std::string> warnings;
  const auto errors = ParseErrors(&words, File::kNumbers,
                                  "이십\tsino-digit\t2\n"
                                  "만\tsino-multiplier\t10000\n"
                                  "스물\tnative\ttwenty\n"
                                  "해\tunit\tyear\n",
                                  &warnings);
  ASSERT_EQ(errors.size(), 4u);
  EXPECT_EQ(errors[0],
            "t.tsv:1: a Sino-Korean word must be one Hangul syllable: "
            "\"이십 sino-digit 2\"");
  EXPECT_EQ(errors[1],
            "t.tsv:2: unknown sino-multiplier '10000': "
            "\"만 sino-multiplier 10000\"");
  EXPECT_EQ(errors[2], "t.tsv:3: bad number 'twenty': \"스물 native twenty\"");
  EXPECT_EQ(
      errors[3],
      "t.tsv:4: kind 'unit' belongs in timex_words.tsv: \"해 unit year\"");
}

TEST(TimexLexiconTest, RejectsBadRelativeRows) {
  TimexLexicon words;
  std::vector<std::string> warnings;
  const auto errors = ParseErrors(&words, File::kRelative,
                                  "어제\tday\tminus one\tanchor\n"
                                  "어제\tday\t-1\tyesterday\n"
                                  "어제\tfortnight\t-1\tanchor\n"
                                  "그 분기\tquarter\t0\tcontext\n"
                                  "어제\tday\t-1\n"
                                  "먼 훗날\tday\t1000\tanchor\n",
                                  &warnings);
  ASSERT_EQ(errors.size(), 6u);
  EXPECT_EQ(errors[0],
            "t.tsv:1: bad offset 'minus one': \"어제 day minus one anchor\"");
  EXPECT_EQ(errors[1],
            "t.tsv:2: unknown base 'yesterday': \"어제 day -1 yesterday\"");
  EXPECT_EQ(errors[2],
            "t.tsv:3: unknown unit 'fortnight': \"어제 fortnight -1 anchor\"");
  EXPECT_EQ(errors[3],
            "t.tsv:4: quarter words count from the anchor only: "
            "\"그 분기 quarter 0 context\"");
  EXPECT_EQ(errors[4], "t.tsv:5: expected 4 columns, got 3: \"어제 day -1\"");
  EXPECT_EQ(errors[5],
            "t.tsv:6: bad offset '1000': \"먼 훗날 day 1000 anchor\"");
}

TEST(TimexLexiconTest, WarnsAboutARepeatedWordAndKeepsTheFirstRow) {
  TimexLexicon words;
  std::vector<std::string> warnings;
  const auto errors = ParseErrors(&words, File::kRelative,
                                  "어제\tday\t-1\tanchor\n"
                                  "어제\tday\t5\tanchor\n",
                                  &warnings);
  EXPECT_TRUE(errors.empty());
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0],
            "t.tsv:2: duplicate word, the first row is kept: "
            "\"어제 day 5 anchor\"");
  const TimexWord* w = words.Find(TimexKind::kRelativeDay, "어제", 0);
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(w->value, -1);
}

TEST(TimexLexiconTest, OneRoleTakesOneWord) {
  TimexLexicon words;
  std::vector<std::string> warnings;
  EXPECT_TRUE(ParseErrors(&words, File::kWords,
                          "년\tunit\tyear\n"
                          "년\tunit\tyear\n",
                          &warnings)
                  .empty());
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0],
            "t.tsv:2: duplicate word, the first row is kept: "
            "\"년 unit year\"");
  warnings.clear();
  const auto errors =
      ParseErrors(&words, File::kWords, "해\tunit\tyear\n", &warnings);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0],
            "t.tsv:1: second word for unit 'year': \"해 unit year\"");
  EXPECT_EQ(words.Word(TimexRole::kYearUnit), "년");
}

TEST(TimexLexiconTest, IncompleteWordsDoNotLoad) {
  TimexLexicon words;
  std::vector<std::string> warnings;
  ParseErrors(&words, File::kWords, "년\tunit\tyear\n", &warnings);
  const Status status = words.CheckComplete("w.tsv");
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.message().rfind("w.tsv: no word for unit quarter, unit "
                                   "month, ",
                                   0),
            0u)
      << status.message();
}

TEST(TimexLexiconTest, LoadFailsOnAMissingFileAndLeavesTheLexiconAlone) {
  const auto dir = std::filesystem::temp_directory_path() /
                   ("newsgraph_timex_words_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::filesystem::copy_file(kBuiltinDir + "/timex_words.tsv",
                             dir / "timex_words.tsv");
  TimexLexicon words = Builtin();
  std::vector<std::string> warnings;
  const Status status = TimexLexicon::Load(dir.string(), &words, &warnings);
  std::filesystem::remove_all(dir);
  EXPECT_EQ(status.code(), Status::Code::kNotFound);
  EXPECT_EQ(status.message(),
            (dir / "timex_numbers.tsv").string() + ": time word file missing");
  EXPECT_EQ(Norm(words, "어제"), "2025-02-03");
}

// The parser knows no word of its own: a made-up relative day (in
// tests/testdata/timex_relative_extra.tsv) resolves three days after the
// anchor once it is loaded, although no built-in word starts with its first
// syllable.
TEST(TimexLexiconTest, AWordAddedToADataFileIsUnderstood) {
  TimexLexicon words = Builtin();
  EXPECT_EQ(Norm(words, "뫼모레"), "null");
  std::ifstream in(std::string(NEWSGRAPH_TESTDATA_DIR) +
                   "/timex_relative_extra.tsv");
  ASSERT_TRUE(in);
  std::vector<std::string> warnings;
  ASSERT_TRUE(words.Parse(File::kRelative, in, "extra.tsv", &warnings).ok());
  EXPECT_TRUE(warnings.empty());
  EXPECT_EQ(Norm(words, "뫼모레"), "2025-02-07");
  EXPECT_EQ(Norm(words, "뫼모레 오후 2시"), "2025-02-07T14:00");
  TimeContext context("2025-02-28", words);
  const std::string s = "가람전자는 뫼모레 신제품을 공개한다.";
  const auto found = FindTimexes(s, &context);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].begin, s.find("뫼모레"));
  EXPECT_EQ(found[0].value.value, "2025-03-03");
}

TEST(TimexLexiconTest, AnAddedModifierWorksWithEveryComponent) {
  TimexLexicon words = Builtin();
  EXPECT_EQ(Norm(words, "저번 주"), "null");
  std::vector<std::string> warnings;
  ASSERT_TRUE(
      ParseErrors(&words, File::kWords, "저번\tmodifier\tpast\n", &warnings)
          .empty());
  EXPECT_EQ(Norm(words, "저번 주"), "2025-W05");
  EXPECT_EQ(Norm(words, "저번 12월"), "2024-12");
  EXPECT_EQ(Norm(words, "저번 금요일"), "2025-01-31");
}

// `newsgraph timex --data-dir`: without loadable time words it stops with
// exit code 2 and says why, before reading any input.
int RunTimex(const std::string& args, std::string* messages) {
  const auto err = std::filesystem::temp_directory_path() /
                   ("newsgraph_timex_err_" + std::to_string(::getpid()));
  const std::string cmd = std::string(NEWSGRAPH_BINARY) + " timex " + args +
                          " < /dev/null > /dev/null 2> " + err.string();
  const int status = std::system(cmd.c_str());
  std::ifstream in(err);
  messages->assign(std::istreambuf_iterator<char>(in), {});
  std::filesystem::remove(err);
  return WEXITSTATUS(status);
}

TEST(TimexCommandTest, ExitsWithUsageWhenTheTimeWordsCannotBeLoaded) {
  if (!std::filesystem::exists(NEWSGRAPH_BINARY)) GTEST_SKIP() << "no binary";
  const auto dir = std::filesystem::temp_directory_path() /
                   ("newsgraph_timex_data_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir / "lexicon" / "ko");
  std::string messages;
  EXPECT_EQ(RunTimex("--data-dir " + dir.string(), &messages), 2);
  EXPECT_NE(messages.find("timex_words.tsv: time word file missing"),
            std::string::npos)
      << messages;

  for (const char* name : TimexLexicon::kFileNames) {
    std::filesystem::copy_file(kBuiltinDir + "/" + name,
                               dir / "lexicon" / "ko" / name);
  }
  EXPECT_EQ(RunTimex("--data-dir " + dir.string(), &messages), 0) << messages;
  std::ofstream(dir / "lexicon" / "ko" / "timex_relative.tsv", std::ios::app)
      << "그끄저께\tday\tthree\tanchor\n";
  EXPECT_EQ(RunTimex("--data-dir " + dir.string(), &messages), 2);
  std::filesystem::remove_all(dir);
  EXPECT_NE(messages.find("timex_relative.tsv:"), std::string::npos);
  EXPECT_NE(
      messages.find(": bad offset 'three': \"그끄저께 day three anchor\""),
      std::string::npos)
      << messages;
}

}  // namespace
}  // namespace newsgraph::extract::ko
