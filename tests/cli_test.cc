// Runs the real binary: exit codes, messages, the extract contract and the
// evidence record that every JSON output shares.
#include <gtest/gtest.h>
#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <map>
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

// ---- The evidence record (docs/query-json.md) --------------------------------

rapidjson::Document ParseJson(const std::string& text) {
  rapidjson::Document doc;
  doc.Parse(text.c_str(), text.size());
  EXPECT_FALSE(doc.HasParseError()) << text;
  return doc;
}

// The evidence records of every event in a JSON array of events, by doc_id.
std::map<std::string, std::string> EvidenceByDoc(const rapidjson::Value& events,
                                                 const char* evidence_key) {
  std::map<std::string, std::string> out;
  for (const auto& event : events.GetArray()) {
    for (const auto& e : event[evidence_key].GetArray()) {
      rapidjson::StringBuffer buffer;
      rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
      e.Accept(w);
      out[std::string(e["doc_id"].GetString()) + " " + event["relation"].GetString()] =
          buffer.GetString();
    }
  }
  return out;
}

class EvidenceJsonTest : public CliTest {
 protected:
  // Two articles on one partnership (real company names, invented text):
  // u1 has no date, source, title or url, u2 has them all.
  void SetUp() override {
    CliTest::SetUp();
    db_ = Path("graph.db");
    const std::string in = Write(
        "in.jsonl",
        "{\"id\":\"u1\",\"text\":\"삼성전자는 LG전자와 배터리 분야에서 협력하기로 했다고 밝혔다.\"}\n"
        "{\"id\":\"u2\",\"date\":\"2025-02-04\",\"source\":\"가상일보\",\"title\":\"협력\","
        "\"url\":\"https://news.example/u2\","
        "\"text\":\"삼성전자와 LG전자가 어제 만나 협력을 논의했다.\"}\n");
    ASSERT_EQ(RunCli("ingest --db " + db_ + " " + in).exit_code, 0);
  }
  std::string db_;
};

TEST_F(EvidenceJsonTest, TimelineEvidenceHasDocDateAndNullForUnknown) {
  const RunResult r = RunCli("timeline --db " + db_ + " 삼성전자 --format json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const rapidjson::Document d = ParseJson(r.out);
  const rapidjson::Value* undated = nullptr;
  const rapidjson::Value* dated = nullptr;
  for (const auto& event : d["events"].GetArray()) {
    for (const auto& e : event["evidence"].GetArray()) {
      EXPECT_FALSE(e.HasMember("date")) << r.out;  // the old key
      (std::string(e["doc_id"].GetString()) == "u1" ? undated : dated) = &e;
    }
  }
  ASSERT_NE(undated, nullptr) << r.out;
  ASSERT_NE(dated, nullptr) << r.out;
  for (const char* key : {"doc_date", "source", "title", "url", "time_text"}) {
    EXPECT_TRUE((*undated)[key].IsNull()) << key << ": " << r.out;
  }
  EXPECT_STREQ((*dated)["doc_date"].GetString(), "2025-02-04");
  EXPECT_STREQ((*dated)["source"].GetString(), "가상일보");
  EXPECT_STREQ((*dated)["url"].GetString(), "https://news.example/u2");
  EXPECT_STREQ((*dated)["time_text"].GetString(), "어제");
  EXPECT_TRUE((*dated)["rule"].IsString());
  EXPECT_TRUE((*dated)["start"].IsUint64());
  EXPECT_TRUE((*dated)["hedged"].IsBool());
  EXPECT_STREQ((*dated)["field"].GetString(), "text");
}

TEST_F(EvidenceJsonTest, TimelineAndTimelineExportWriteTheSameRecord) {
  const RunResult cli = RunCli("timeline --db " + db_ + " 삼성전자 --format json");
  const RunResult exported = RunCli("export --db " + db_ + " --format timeline --center 삼성전자");
  ASSERT_EQ(cli.exit_code, 0) << cli.err;
  ASSERT_EQ(exported.exit_code, 0) << exported.err;
  const auto from_cli = EvidenceByDoc(ParseJson(cli.out)["events"], "evidence");
  const auto from_export = EvidenceByDoc(ParseJson(exported.out)["items"], "sources");
  EXPECT_FALSE(from_cli.empty());
  EXPECT_EQ(from_cli, from_export);
}

}  // namespace

namespace {

using DataDirCliTest = newsgraph::cli_run::ScratchDirTest;

// A copy of data/ whose cue table ends in a misspelt relation: the row would
// never fire, so loading fails, names the file and line, and exits 2.
TEST_F(DataDirCliTest, MisspeltRelationInCueTableFailsWithFileAndLine) {
  namespace fs = std::filesystem;
  const fs::path data = Path("data");
  fs::copy(std::string(NEWSGRAPH_SOURCE_DIR) + "/data", data, fs::copy_options::recursive);
  const fs::path cues = data / "lexicon" / "ko" / "relation_cues.tsv";
  const std::string table = newsgraph::cli_run::ReadFile(cues.string());
  const auto lines = std::count(table.begin(), table.end(), '\n');
  ASSERT_EQ(table.back(), '\n');
  std::ofstream(cues, std::ios::app) << "체결\tpartnr\tdefault\t-\t-\n";
  const std::string in = Write("in.jsonl", "{\"id\":\"d\",\"text\":\"가람전자가 협약을 체결했다.\"}\n");
  const RunResult r = RunCli("extract --data-dir " + data.string() + " " + in);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_TRUE(r.out.empty()) << r.out;
  const std::string where =
      "relation_cues.tsv:" + std::to_string(lines + 1) + ": unknown relation 'partnr'";
  EXPECT_NE(r.err.find(where), std::string::npos) << r.err;
}

}  // namespace
