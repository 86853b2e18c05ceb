// Runs the real binary: exit codes, messages and the extract contract.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "tests/cli_run.h"

namespace {

using newsgraph::cli_run::RunCli;
using newsgraph::cli_run::RunResult;

using CliTest = newsgraph::cli_run::ScratchDirTest;

TEST_F(CliTest, UsageErrorExitsTwo) {
  EXPECT_EQ(RunCli("extract --no-such-flag x").exit_code, 2);
  EXPECT_EQ(RunCli("").exit_code, 2);
}

TEST_F(CliTest, ExtractPrintsOneLinePerDocumentInOrder) {
  const std::string in = Write("in.jsonl",
                               "{\"id\":\"first\",\"date\":\"2025-02-04\",\"text\":\"하나.\"}\n"
                               "{\"id\":\"second\",\"date\":null,\"text\":\"둘.\"}\n");
  RunResult r = RunCli("extract --format jsonl " + in);
  EXPECT_EQ(r.exit_code, 0);
  const auto first = r.out.find("{\"id\":\"first\"");
  const auto second = r.out.find("{\"id\":\"second\"");
  EXPECT_EQ(first, 0u);
  EXPECT_NE(second, std::string::npos);
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 2);
}

TEST_F(CliTest, RejectedInputsAreReportedCountedAndExitOne) {
  const std::string in = Write("in.jsonl",
                               "{\"id\":\"ok\",\"text\":\"본문.\"}\n"
                               "{broken\n"
                               "{\"id\":\"blank\",\"text\":\"\"}\n");
  RunResult r = RunCli("extract " + in + " " + Path("missing.txt"));
  EXPECT_EQ(r.exit_code, 1);
  const std::string& err = r.err;
  EXPECT_NE(err.find(in + ":2: malformed JSON"), std::string::npos) << err;
  EXPECT_NE(err.find("blank"), std::string::npos) << err;
  EXPECT_NE(err.find("missing.txt: no such file"), std::string::npos) << err;
  EXPECT_NE(err.find("1 documents"), std::string::npos) << err;
  EXPECT_NE(err.find("3 rejected"), std::string::npos) << err;
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 1);
}

TEST_F(CliTest, StrictStopsAtFirstRejection) {
  const std::string in = Write("in.jsonl",
                               "{broken\n"
                               "{\"id\":\"ok\",\"text\":\"본문.\"}\n");
  RunResult r = RunCli("extract --strict " + in);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_TRUE(r.out.empty());
}

TEST_F(CliTest, ReadsStandardInput) {
  const std::string in = Write("a.txt", "본문이다.");
  RunResult r = RunCli("extract --id piped - < " + in);
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out.rfind("{\"id\":\"piped\"", 0), 0u) << r.out;
}

}  // namespace

namespace {

TEST_F(CliTest, ParallelExtractionKeepsInputOrder) {
  std::string lines;
  for (int i = 0; i < 60; ++i) {
    lines += "{\"id\":\"d" + std::to_string(i) +
             "\",\"date\":\"2025-01-01\",\"text\":\"삼성전자가 오늘 발표했다.\"}\n";
  }
  RunResult r = RunCli("extract --threads 4 " + Write("many.jsonl", lines));
  ASSERT_EQ(r.exit_code, 0);
  std::size_t pos = 0;
  for (int i = 0; i < 60; ++i) {
    const std::string id = "{\"id\":\"d" + std::to_string(i) + "\"";
    ASSERT_EQ(r.out.compare(pos, id.size(), id), 0) << "document " << i;
    pos = r.out.find('\n', pos) + 1;
  }
}

}  // namespace

namespace {

TEST_F(CliTest, MissingDateIsWarnedOnceAndCounted) {
  const std::string in = Write("undated.jsonl",
                               "{\"id\":\"u1\",\"text\":\"어제 발표했다.\"}\n"
                               "{\"id\":\"u2\",\"text\":\"내일 발표한다.\"}\n"
                               "{\"id\":\"u3\",\"date\":null,\"text\":\"오늘 만났다.\"}\n");
  RunResult r = RunCli("extract " + in);
  EXPECT_EQ(r.exit_code, 0);
  const std::string& err = r.err;
  std::size_t count = 0;
  for (std::size_t pos = err.find("(id "); pos != std::string::npos; pos = err.find("(id ", pos + 1)) {
    ++count;
  }
  EXPECT_EQ(count, 1u) << err;
  EXPECT_NE(err.find("3 documents had no publication date"), std::string::npos) << err;
}

}  // namespace

namespace {

using newsgraph::cli_run::RunCli;
using newsgraph::cli_run::RunResult;
using LanguageCliTest = newsgraph::cli_run::ScratchDirTest;

TEST_F(LanguageCliTest, ADocumentInALanguageWithNoPackIsRejectedAndTheRestGoesOn) {
  const std::string in = Write(
      "in.jsonl",
      "{\"id\":\"en-1\",\"language\":\"en\",\"text\":\"Garam signed with Daon.\"}\n"
      "{\"id\":\"ko-1\",\"language\":\"ko\",\"text\":\"한빛물산은 솔담증권과 업무협약을 맺었다.\"}\n"
      "{\"id\":\"plain\",\"text\":\"한빛물산은 솔담증권과 제휴했다.\"}\n");
  RunResult r = RunCli("extract " + in);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("(id en-1): unsupported language \"en\" (supported: ko)"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("1 rejected"), std::string::npos) << r.err;
  EXPECT_EQ(r.out.find("en-1"), std::string::npos);
  EXPECT_NE(r.out.find("\"id\":\"ko-1\""), std::string::npos);
  EXPECT_NE(r.out.find("\"id\":\"plain\""), std::string::npos);
}

TEST_F(LanguageCliTest, LanguageOptionAppliesToPlainText) {
  const std::string in = Write("a.txt", "Garam signed with Daon.");
  RunResult r = RunCli("extract --language en " + in);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("unsupported language \"en\""), std::string::npos) << r.err;
}

using ExplainCliTest = newsgraph::cli_run::ScratchDirTest;

TEST_F(ExplainCliTest, ExplainAddsTheTraceAndKeepsTheContract) {
  const std::string in = Write(
      "in.jsonl",
      "{\"id\":\"d\",\"date\":\"2026-04-02\",\"text\":"
      "\"한빛물산 박도윤 사장은 1일 솔담증권 최민호 부회장과 만났다.\"}\n");
  const RunResult plain = RunCli("extract " + in);
  const RunResult explained = RunCli("extract --explain " + in);
  ASSERT_EQ(explained.exit_code, 0) << explained.err;
  EXPECT_EQ(plain.out.find("\"explain\""), std::string::npos);
  EXPECT_NE(explained.out.find("\"explain\":{\"language\":\"ko\""), std::string::npos);
  EXPECT_NE(explained.out.find("\"found_by\":\"title-person\""), std::string::npos);
  EXPECT_NE(explained.out.find("\"cue\":\"만났\""), std::string::npos);
  EXPECT_NE(explained.out.find("\"verdict\":\"kept\""), std::string::npos);
  // The relations are the same with and without the trace (a relation
  // holds no array, so the list ends at the first ']').
  const auto relations = [](const std::string& line) {
    const auto a = line.find("\"relations\":[");
    return a == std::string::npos ? "" : line.substr(a, line.find(']', a) - a);
  };
  EXPECT_FALSE(relations(plain.out).empty());
  EXPECT_EQ(relations(plain.out), relations(explained.out));
}

TEST_F(ExplainCliTest, MinScoreDropsLowScoredEntitiesAndTheirRelations) {
  const std::string in = Write(
      "in.jsonl",
      "{\"id\":\"d\",\"date\":\"2026-04-02\",\"text\":\"한빛물산은 삼성전자와 업무협약을 맺었다.\"}\n");
  const RunResult all = RunCli("extract " + in);
  const RunResult strict = RunCli("extract --min-score 0.9 " + in);
  EXPECT_NE(all.out.find("\"relation\":\"partner\""), std::string::npos) << all.out;
  EXPECT_NE(all.out.find("\"name\":\"한빛물산\""), std::string::npos);
  EXPECT_EQ(strict.out.find("\"name\":\"한빛물산\""), std::string::npos) << strict.out;
  EXPECT_NE(strict.out.find("\"name\":\"삼성전자\""), std::string::npos);
  EXPECT_EQ(strict.out.find("\"relation\":\"partner\""), std::string::npos);
  EXPECT_EQ(RunCli("extract --min-score 2 " + in).exit_code, 2);
}

}  // namespace

namespace {

using DataDirCliTest = newsgraph::cli_run::ScratchDirTest;

// The misspelt relation of a cue row is a usage error naming file and line,
// not a cue that silently never fires.
TEST_F(DataDirCliTest, AMisspeltCueRowExitsTwoWithFileAndLine) {
  namespace fs = std::filesystem;
  const fs::path data = Path("data");
  fs::copy(NEWSGRAPH_SOURCE_DIR "/data", data, fs::copy_options::recursive);
  const fs::path cues = data / "lexicon" / "ko" / "relation_cues.tsv";
  std::size_t lines = 0;
  {
    std::ifstream in(cues);
    for (std::string l; std::getline(in, l);) ++lines;
  }
  std::ofstream(cues, std::ios::app) << "체결\tpartnr\t-\t-\n";
  const std::string in = Write("in.jsonl", "{\"id\":\"a\",\"text\":\"본문.\"}\n");
  const newsgraph::cli_run::RunResult r =
      newsgraph::cli_run::RunCli("extract --data-dir " + data.string() + " " + in);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("relation_cues.tsv:" + std::to_string(lines + 1) + ":"),
            std::string::npos)
      << r.err;
  EXPECT_TRUE(r.out.empty());
}

}  // namespace
