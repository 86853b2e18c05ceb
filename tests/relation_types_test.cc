// The relation inventory (data/relation_types.tsv, compiled in): the built-in
// file parses cleanly, and each kind of damaged row is rejected by name.
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/relation_types.h"

namespace newsgraph {
namespace {

constexpr char kGoodRow[] = "acquire\tdirected\tobject\tyes\t#8c564b\tacquirer -> target\n";

// Parses `text` as "test.tsv" and returns the errors.
std::vector<std::string> ParseErrors(const std::string& text, RelationTypes* types) {
  std::istringstream in(text);
  std::vector<std::string> errors;
  EXPECT_TRUE(types->Parse(in, "test.tsv", &errors).ok());
  return errors;
}

TEST(RelationTypesTest, BuiltinFileParsesWithoutError) {
  RelationTypes types;
  const std::vector<std::string> errors =
      ParseErrors(std::string(BuiltinRelationTypesText()), &types);
  EXPECT_TRUE(errors.empty()) << errors.front();
  EXPECT_EQ(types.size(), 14u);
  EXPECT_EQ(RelationTypes::Builtin().size(), 14u);
}

TEST(RelationTypesTest, BuiltinHoldsTheColumnsOfEachRow) {
  const RelationTypeInfo* acquire = RelationTypes::Builtin().Find("acquire");
  ASSERT_NE(acquire, nullptr);
  EXPECT_FALSE(acquire->symmetric);
  EXPECT_EQ(acquire->family, RelationFamily::kObject);
  EXPECT_TRUE(acquire->ties_organisations);
  EXPECT_EQ(acquire->color, "#8c564b");
  EXPECT_FALSE(acquire->description.empty());
  const RelationTypeInfo* meet = RelationTypes::Builtin().Find("meet");
  ASSERT_NE(meet, nullptr);
  EXPECT_TRUE(meet->symmetric);
  EXPECT_FALSE(meet->ties_organisations);
  EXPECT_EQ(RelationTypes::Builtin().IndexOf("meet"), 0u);
  EXPECT_EQ(RelationTypes::Builtin().IndexOf("likes"), std::nullopt);
}

TEST(RelationTypesTest, KnowsInventoryAndSymmetry) {
  EXPECT_TRUE(IsSymmetricRelation("meet"));
  EXPECT_FALSE(IsSymmetricRelation("supply"));
  EXPECT_EQ(FindRelationType("likes"), nullptr);
}

TEST(RelationTypesTest, ReadsGoodRowsAndSkipsComments) {
  RelationTypes types;
  EXPECT_TRUE(ParseErrors(std::string("# header\n\n") + kGoodRow, &types).empty());
  ASSERT_EQ(types.size(), 1u);
  EXPECT_EQ(types[0].name, "acquire");
  EXPECT_EQ(types.NameList(), "acquire");
}

TEST(RelationTypesTest, RejectsEachDamagedRowWithItsLineAndReason) {
  struct Case {
    std::string row;
    std::string message;
  };
  const std::vector<Case> cases = {
      {"meet\tsymmetric\tsymmetric\tno\t#1f77b4",
       "test.tsv:2: expected 6 columns, got 5: \"meet symmetric symmetric no #1f77b4\""},
      {"meet\tboth\tsymmetric\tno\t#1f77b4\tx",
       "test.tsv:2: unknown direction 'both' (symmetric | directed): "
       "\"meet both symmetric no #1f77b4 x\""},
      {"meet\tsymmetric\tsymmetric\tno\tblue\tx",
       "test.tsv:2: bad colour 'blue' (#rrggbb): \"meet symmetric symmetric no blue x\""},
      {"meet\tsymmetric\tsymmetric\tno\t#1f77bz\tx",
       "test.tsv:2: bad colour '#1f77bz' (#rrggbb): \"meet symmetric symmetric no #1f77bz x\""},
      {"meet\tsymmetric\tfriendly\tno\t#1f77b4\tx",
       "test.tsv:2: unknown family 'friendly': \"meet symmetric friendly no #1f77b4 x\""},
      {"meet\tsymmetric\tsymmetric\tmaybe\t#1f77b4\tx",
       "test.tsv:2: bad ties_organisations 'maybe' (yes | no): "
       "\"meet symmetric symmetric maybe #1f77b4 x\""},
      {"Meet\tsymmetric\tsymmetric\tno\t#1f77b4\tx",
       "test.tsv:2: bad name 'Meet' (a-z, _): \"Meet symmetric symmetric no #1f77b4 x\""},
      {"acquire\tdirected\tobject\tno\t#000000\tagain",
       "test.tsv:2: duplicate name 'acquire': \"acquire directed object no #000000 again\""},
  };
  for (const Case& c : cases) {
    RelationTypes types;
    const std::vector<std::string> errors = ParseErrors(kGoodRow + c.row + "\n", &types);
    ASSERT_EQ(errors.size(), 1u) << c.row;
    EXPECT_EQ(errors[0], c.message);
    EXPECT_EQ(types.size(), 1u) << "the good row stays: " << c.row;
  }
}

TEST(RelationTypesTest, ReportsEveryBadRow) {
  RelationTypes types;
  const std::vector<std::string> errors =
      ParseErrors("a\tdirected\n" + std::string(kGoodRow) + "b\tsideways\tobject\tno\t#000000\tx\n",
                  &types);
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].rfind("test.tsv:1: expected 6 columns", 0), 0u) << errors[0];
  EXPECT_EQ(errors[1].rfind("test.tsv:3: unknown direction 'sideways'", 0), 0u) << errors[1];
  EXPECT_EQ(types.size(), 1u);
}

}  // namespace
}  // namespace newsgraph
