// The relation cue table: rows checked against the inventory and the frames;
// a bad row fails loading with its file and line.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "extract/ko/cue_table.h"
#include "extract/ko/resources.h"
#include "extract/lexicon.h"

namespace newsgraph::extract::ko {
namespace {

namespace fs = std::filesystem;

std::vector<TsvRow> Rows(const std::string& text) {
  std::istringstream in(text);
  std::vector<TsvRow> rows;
  std::vector<std::string> errors;
  EXPECT_TRUE(ParseTsv(in, "cues.tsv", {3, 5}, &rows, &errors).ok());
  EXPECT_TRUE(errors.empty());
  return rows;
}

TEST(CueTableTest, ReadsRelationFrameAndExclusions) {
  Resources r;
  std::vector<std::string> errors, warnings;
  AddCues(Rows("협약\tpartner\tplain\t-\t자|서\n설립\t-\tfound\t-\t-\n선임\trole\tappointed\n"),
          &r, &errors, &warnings);
  EXPECT_TRUE(errors.empty());
  ASSERT_EQ(r.cues.size(), 3u);
  EXPECT_EQ(r.cues[0].relation, "partner");
  EXPECT_EQ(r.cues[0].frame, CueFrame::kPlain);
  EXPECT_EQ(r.cues[0].not_followed_by, (std::vector<std::string>{"자", "서"}));
  EXPECT_EQ(r.cues[1].relation, "");
  EXPECT_EQ(r.cues[1].frame, CueFrame::kFound);
  EXPECT_EQ(r.cues[2].frame, CueFrame::kAppointed);
}

TEST(CueTableTest, RejectsAnUnknownRelationWithItsLine) {
  Resources r;
  std::vector<std::string> errors, warnings;
  AddCues(Rows("협약\tpartner\tplain\n체결\tpartnr\tplain\t-\t-\n"), &r, &errors, &warnings);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].rfind("cues.tsv:2: unknown relation \"partnr\"", 0), 0u) << errors[0];
  EXPECT_NE(errors[0].find("\"체결\tpartnr\tplain\t-\t-\""), std::string::npos);
  EXPECT_EQ(r.cues.size(), 1u);
}

TEST(CueTableTest, RejectsAnUnknownFrameAndAMissingRelation) {
  Resources r;
  std::vector<std::string> errors, warnings;
  AddCues(Rows("협약\tpartner\tplian\n체결\t-\tplain\n"), &r, &errors, &warnings);
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_NE(errors[0].find("cues.tsv:1: unknown frame \"plian\""), std::string::npos);
  EXPECT_NE(errors[1].find("cues.tsv:2: only a found frame may leave the relation out"),
            std::string::npos);
  EXPECT_TRUE(r.cues.empty());
}

TEST(CueTableTest, WarnsAboutACueListedTwice) {
  Resources r;
  std::vector<std::string> errors, warnings;
  AddCues(Rows("협약\tpartner\tplain\n협약\tcontract\tplain\n"), &r, &errors, &warnings);
  EXPECT_TRUE(errors.empty());
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find("cues.tsv:2: cue \"협약\" is listed again"), std::string::npos);
  ASSERT_EQ(r.cues.size(), 1u);
  EXPECT_EQ(r.cues[0].relation, "partner");
}

// A copy of the bundled lexicon with one line appended to a table.
std::string DamagedLexicon(const std::string& table, const std::string& line) {
  const fs::path dir = fs::temp_directory_path() /
                       ("newsgraph_cue_test_" + std::to_string(::getpid()) + "_" + table);
  fs::remove_all(dir);
  fs::copy(std::string(NEWSGRAPH_DATA_DIR) + "/lexicon", dir, fs::copy_options::recursive);
  std::ofstream(dir / "ko" / table, std::ios::app) << line;
  return dir.string();
}

TEST(CueTableTest, ABadRowInABundledTableFailsLoading) {
  for (const auto& [table, line, reason] :
       {std::tuple<std::string, std::string, std::string>{
            "relation_cues.tsv", "체결\tpartnr\tplain\t-\t-\n", "unknown relation \"partnr\""},
        {"hedge_cues.tsv", "검토\tmaybe\n", "hedged must be 1 or 0"},
        {"particles.tsv", "에서\tsource\tany\n", "unknown role or attachment"}}) {
    const std::string dir = DamagedLexicon(table, line);
    Resources r;
    std::vector<std::string> warnings;
    const Status s = Resources::Load(dir, {}, &r, &warnings);
    EXPECT_FALSE(s.ok()) << table;
    EXPECT_NE(s.message().find(table + ":"), std::string::npos) << s.message();
    EXPECT_NE(s.message().find(reason), std::string::npos) << s.message();
    fs::remove_all(dir);
  }
}

TEST(CueTableTest, TheBundledLexiconLoadsWithoutWarnings) {
  Resources r;
  std::vector<std::string> warnings;
  ASSERT_TRUE(Resources::Load(std::string(NEWSGRAPH_DATA_DIR) + "/lexicon", {}, &r, &warnings)
                  .ok());
  EXPECT_TRUE(warnings.empty()) << warnings.front();
  EXPECT_GT(r.cues.size(), 50u);
}

}  // namespace
}  // namespace newsgraph::extract::ko
