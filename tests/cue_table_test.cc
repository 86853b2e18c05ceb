// The checked lexicon tables: the relation cue table's relation and frame
// columns, and the enumerated columns of the hedge, title, particle and
// anaphora tables. A bad row fails the load and names its file and line.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

#include <gtest/gtest.h>

#include "extract/ko/cue_table.h"
#include "extract/ko/resources.h"

namespace newsgraph::extract::ko {
namespace {

struct Parsed {
  std::vector<RelationCue> cues;
  std::vector<std::string> errors;
  std::vector<std::string> warnings;
};

Parsed ParseCues(const std::string& text) {
  std::istringstream in(text);
  Parsed p;
  EXPECT_TRUE(ParseRelationCues(in, "cues.tsv", &p.cues, &p.errors, &p.warnings).ok());
  return p;
}

TEST(CueTableTest, ReadsRelationFrameAndOptionalColumns) {
  const Parsed p = ParseCues(
      "# cue\trelation\tframe\timplied_object\tnot_followed_by\n"
      "회동\tmeet\tdefault\t-\t-\n"
      "방한\tvisit\tdefault\t한국\t-\n"
      "투자\tinvest\tdefault\t-\t자|금\n"
      "내정\trole\tappointed\t-\t-\n"
      "설립\t-\tfound\t-\t자\n"
      "입단\trole\tjoin\t-\t-\n");
  EXPECT_TRUE(p.errors.empty()) << p.errors.front();
  EXPECT_TRUE(p.warnings.empty());
  ASSERT_EQ(p.cues.size(), 6u);
  EXPECT_EQ(p.cues[0].relation, "meet");
  ASSERT_NE(p.cues[0].type, nullptr);
  EXPECT_EQ(p.cues[0].type->family, RelationFamily::kSymmetric);
  EXPECT_EQ(p.cues[0].frame, CueFrame::kDefault);
  EXPECT_EQ(p.cues[1].implied_object, "한국");
  EXPECT_EQ(p.cues[2].not_followed_by, (std::vector<std::string>{"자", "금"}));
  EXPECT_EQ(p.cues[3].frame, CueFrame::kAppointed);
  EXPECT_EQ(p.cues[4].frame, CueFrame::kFound);
  EXPECT_EQ(p.cues[4].relation, "");
  EXPECT_EQ(p.cues[4].type, nullptr);
  EXPECT_EQ(p.cues[5].frame, CueFrame::kJoin);
}

TEST(CueTableTest, RejectsUnknownRelation) {
  const Parsed p = ParseCues("회동\tmeet\tdefault\t-\t-\n체결\tpartnr\tdefault\t-\t-\n");
  ASSERT_EQ(p.errors.size(), 1u);
  EXPECT_EQ(p.errors[0].rfind("cues.tsv:2: unknown relation 'partnr' (data/relation_types.tsv: meet, ",
                              0),
            0u)
      << p.errors[0];
  EXPECT_NE(p.errors[0].find("): \"체결 partnr default - -\""), std::string::npos) << p.errors[0];
  EXPECT_EQ(p.cues.size(), 1u);
}

TEST(CueTableTest, RejectsUnknownFrame) {
  const Parsed p = ParseCues("입단\trole\tjoined\t-\t-\n");
  ASSERT_EQ(p.errors.size(), 1u);
  EXPECT_EQ(p.errors[0],
            "cues.tsv:1: unknown frame 'joined' (default | appointed | found | join): "
            "\"입단 role joined - -\"");
  EXPECT_TRUE(p.cues.empty());
}

TEST(CueTableTest, RejectsWrongColumnCount) {
  // The table before relation and frame were split: four columns.
  const Parsed p = ParseCues("체결\tpartner\t-\t-\n회동\tmeet\tdefault\t-\t-\t-\n");
  ASSERT_EQ(p.errors.size(), 2u);
  EXPECT_EQ(p.errors[0], "cues.tsv:1: expected 5 columns, got 4: \"체결 partner - -\"");
  EXPECT_EQ(p.errors[1], "cues.tsv:2: expected 5 columns, got 6: \"회동 meet default - - -\"");
  EXPECT_TRUE(p.cues.empty());
}

TEST(CueTableTest, RejectsARelationItsFrameDoesNotTake) {
  const Parsed p = ParseCues(
      "회동\t-\tdefault\t-\t-\n"
      "내정\tmeet\tappointed\t-\t-\n"
      "설립\tsubsidiary\tfound\t-\t-\n"
      "입단\t-\tjoin\t-\t-\n");
  ASSERT_EQ(p.errors.size(), 4u);
  EXPECT_EQ(p.errors[0], "cues.tsv:1: frame 'default' needs a relation: \"회동 - default - -\"");
  EXPECT_EQ(p.errors[1],
            "cues.tsv:2: frame 'appointed' takes relation role, not 'meet': "
            "\"내정 meet appointed - -\"");
  EXPECT_EQ(p.errors[2],
            "cues.tsv:3: frame 'found' takes relation -, not 'subsidiary': "
            "\"설립 subsidiary found - -\"");
  EXPECT_EQ(p.errors[3], "cues.tsv:4: frame 'join' takes relation role, not '-': \"입단 - join - -\"");
  EXPECT_TRUE(p.cues.empty());
}

TEST(CueTableTest, ACueWrittenTwiceIsAWarning) {
  const Parsed p = ParseCues("회동\tmeet\tdefault\t-\t-\n회동\tpartner\tdefault\t-\t-\n");
  EXPECT_TRUE(p.errors.empty());
  ASSERT_EQ(p.warnings.size(), 1u);
  EXPECT_EQ(p.warnings[0], "cues.tsv:2: cue written twice, kept the first: \"회동 partner default - -\"");
  ASSERT_EQ(p.cues.size(), 1u);
  EXPECT_EQ(p.cues[0].relation, "meet");
}

TEST(CueTableTest, FramesAreAClosedSet) {
  EXPECT_EQ(ParseCueFrame("default"), CueFrame::kDefault);
  EXPECT_EQ(ParseCueFrame("appointed"), CueFrame::kAppointed);
  EXPECT_EQ(ParseCueFrame("found"), CueFrame::kFound);
  EXPECT_EQ(ParseCueFrame("join"), CueFrame::kJoin);
  EXPECT_EQ(ParseCueFrame("meet"), std::nullopt);
}

// A user lexicon directory with one table: the built-in tables load, then
// the user's table fails the whole load.
class CheckedTableTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("newsgraph_checked_table_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  // Loads with `text` as the user's `file`; returns the status.
  Status LoadWith(const std::string& file, const std::string& text) {
    std::ofstream(dir_ / file) << text;
    Resources resources;
    warnings_.clear();
    return Resources::Load(std::string(NEWSGRAPH_DATA_DIR) + "/lexicon", {dir_.string()},
                           &resources, &warnings_);
  }
  std::string Where(const std::string& file, int line) const {
    return (dir_ / file).string() + ":" + std::to_string(line) + ": ";
  }

  std::filesystem::path dir_;
  std::vector<std::string> warnings_;
};

TEST_F(CheckedTableTest, BuiltinTablesLoadWithoutWarnings) {
  Resources resources;
  std::vector<std::string> warnings;
  ASSERT_TRUE(Resources::Load(std::string(NEWSGRAPH_DATA_DIR) + "/lexicon", {}, &resources,
                              &warnings)
                  .ok());
  EXPECT_TRUE(warnings.empty()) << warnings.front();
}

TEST_F(CheckedTableTest, UnknownRelationFailsTheLoad) {
  const Status s = LoadWith("relation_cues.tsv", "# cue\n체결\tpartnr\tdefault\t-\t-\n");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_EQ(s.message().rfind(Where("relation_cues.tsv", 2) + "unknown relation 'partnr'", 0), 0u)
      << s.message();
}

TEST_F(CheckedTableTest, EveryBadRowIsListedOneALine) {
  const Status s = LoadWith("relation_cues.tsv",
                            "체결\tpartnr\tdefault\t-\t-\n"
                            "협약\tpartner\tdefault\t-\t-\n"
                            "계약\tcontract\n");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), Where("relation_cues.tsv", 3) +
                             "expected 5 columns, got 2: \"계약 contract\"\n" +
                             s.message().substr(s.message().find('\n') + 1))
      << "the column count comes first (read), then the values (checked)";
  EXPECT_EQ(std::count(s.message().begin(), s.message().end(), '\n'), 1);
  EXPECT_NE(s.message().find(Where("relation_cues.tsv", 1) + "unknown relation 'partnr'"),
            std::string::npos);
}

TEST_F(CheckedTableTest, UnknownHedgeValueFailsTheLoad) {
  const Status s = LoadWith("hedge_cues.tsv", "검토\tmaybe\n");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), Where("hedge_cues.tsv", 1) + "hedged must be 1 or 0, not 'maybe': \"검토 maybe\"");
}

TEST_F(CheckedTableTest, UnknownTitleKindFailsTheLoad) {
  const Status s = LoadWith("titles.tsv", "총괄\tboss\n");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), Where("titles.tsv", 1) +
                             "unknown title kind 'boss' (role | person | fused | ambiguous): "
                             "\"총괄 boss\"");
}

TEST_F(CheckedTableTest, UnknownParticleRoleOrAttachmentFailsTheLoad) {
  Status s = LoadWith("particles.tsv", "께옵서\tsubjekt\tany\n");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), Where("particles.tsv", 1) + "unknown role 'subjekt': \"께옵서 subjekt any\"");
  s = LoadWith("particles.tsv", "께옵서\tsubject\tsometimes\n");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), Where("particles.tsv", 1) +
                             "unknown attachment 'sometimes': \"께옵서 subject sometimes\"");
}

TEST_F(CheckedTableTest, UnknownAnaphorKindFailsTheLoad) {
  const Status s = LoadWith("anaphora.tsv", "그 단체\tgroup\n");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), Where("anaphora.tsv", 1) +
                             "unknown anaphor kind 'group' (org | person | org-pair | "
                             "person-pair | pair | event): \"그 단체 group\"");
}

TEST_F(CheckedTableTest, WrongColumnCountInAHedgeTableFailsTheLoad) {
  const Status s = LoadWith("hedge_cues.tsv", "검토\n");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), Where("hedge_cues.tsv", 1) + "expected 2 columns, got 1: \"검토\"");
}

TEST_F(CheckedTableTest, UnknownRelationWordKindFailsTheLoad) {
  const Status s = LoadWith("relation_words.tsv", "및\tjoiner\t-\n");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message().rfind(Where("relation_words.tsv", 1) + "unknown kind 'joiner'", 0), 0u)
      << s.message();
}

TEST_F(CheckedTableTest, ARepeatedTitleIsOnlyAWarning) {
  const Status s = LoadWith("titles.tsv", "총괄\trole\n총괄\tperson\n");
  ASSERT_TRUE(s.ok()) << s.message();
  ASSERT_EQ(warnings_.size(), 1u);
  EXPECT_EQ(warnings_[0], Where("titles.tsv", 2) + "written twice, kept the first: \"총괄 person\"");
}

TEST_F(CheckedTableTest, UncheckedTablesStillOnlyWarn) {
  // An organisation suffix with an unknown type stays a warning.
  const Status s = LoadWith("org_suffixes.tsv", "공업사\tCOMPANY\tstrong\n");
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(warnings_.size(), 1u);
}

}  // namespace
}  // namespace newsgraph::extract::ko
