#include <sstream>

#include <gtest/gtest.h>

#include "extract/lexicon.h"

namespace newsgraph::extract::ko {
namespace {

constexpr const char kHeader[] =
    "# id\tname\ttype\taliases\tstock_code\tenglish\tparent\n"
    "# org:hanbit\t한빛전자\tORG\t한빛|Hanbit\t123456\tHanbit Electronics\t-\n";

TEST(LexiconParserTest, ParsesRowsAndSkipsComments) {
  std::istringstream in(std::string(kHeader) +
                        "org:hanbit\t한빛전자\tORG\t한빛|Hanbit\t123456\tHanbit Electronics\t-\n"
                        "\n"
                        "person:kim\t김민수\tPERSON\t-\t-\t-\torg:hanbit\n");
  EntityLexicon lexicon;
  std::vector<std::string> errors;
  ASSERT_TRUE(lexicon.Parse(in, "test.tsv", &errors).ok());
  EXPECT_TRUE(errors.empty());
  ASSERT_EQ(lexicon.entries().size(), 2u);
  const LexiconEntry* hanbit = lexicon.FindById("org:hanbit");
  ASSERT_NE(hanbit, nullptr);
  EXPECT_EQ(hanbit->name, "한빛전자");
  EXPECT_EQ(hanbit->aliases, (std::vector<std::string>{"한빛", "Hanbit"}));
  EXPECT_EQ(hanbit->stock_code, "123456");
  EXPECT_EQ(lexicon.FindById("person:kim")->parent, "org:hanbit");
  EXPECT_EQ(lexicon.FindById("person:kim")->type, EntityType::kPerson);
}

TEST(LexiconParserTest, RejectsRowWithMissingColumn) {
  std::istringstream in(std::string(kHeader) +
                        "org:a\t가나전자\tORG\t-\t-\t-\n"
                        "org:b\t다라전자\tORG\t-\t-\t-\t-\n");
  EntityLexicon lexicon;
  std::vector<std::string> errors;
  ASSERT_TRUE(lexicon.Parse(in, "companies.tsv", &errors).ok());
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0],
            "companies.tsv:3: expected 7 columns, got 6: \"org:a 가나전자 ORG - - -\"");
  ASSERT_EQ(lexicon.entries().size(), 1u);
  EXPECT_EQ(lexicon.entries()[0].id, "org:b");
}

TEST(LexiconParserTest, RejectsUnknownTypeBadStockCodeAndDuplicateId) {
  std::istringstream in(
      "org:a\t가나전자\tCOMPANY\t-\t-\t-\t-\n"
      "org:b\t다라전자\tORG\t-\t12345\t-\t-\n"
      "org:c\t마바전자\tORG\t-\t-\t-\t-\n"
      "org:c\t사아전자\tORG\t-\t-\t-\t-\n");
  EntityLexicon lexicon;
  std::vector<std::string> errors;
  ASSERT_TRUE(lexicon.Parse(in, "x.tsv", &errors).ok());
  ASSERT_EQ(errors.size(), 3u);
  EXPECT_EQ(errors[0], "x.tsv:1: unknown type 'COMPANY': \"org:a 가나전자 COMPANY - - - -\"");
  EXPECT_EQ(errors[1], "x.tsv:2: bad stock code '12345': \"org:b 다라전자 ORG - 12345 - -\"");
  EXPECT_EQ(errors[2], "x.tsv:4: duplicate id 'org:c': \"org:c 사아전자 ORG - - - -\"");
  EXPECT_EQ(lexicon.entries().size(), 1u);
}

TEST(LexiconParserTest, DuplicateIdAcrossFilesIsReportedAgainstTheLaterFile) {
  EntityLexicon lexicon;
  std::vector<std::string> errors;
  std::istringstream first("org:a\t가나전자\tORG\t-\t-\t-\t-\n");
  std::istringstream second("org:a\t가나홀딩스\tORG\t-\t-\t-\t-\n");
  ASSERT_TRUE(lexicon.Parse(first, "a.tsv", &errors).ok());
  ASSERT_TRUE(lexicon.Parse(second, "b.tsv", &errors).ok());
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].rfind("b.tsv:1: duplicate id 'org:a'", 0), 0u);
  EXPECT_EQ(lexicon.FindById("org:a")->name, "가나전자");
}

TEST(LexiconParserTest, LoadReportsMissingFile) {
  EntityLexicon lexicon;
  std::vector<std::string> errors;
  const Status s = lexicon.Load("/nonexistent/lexicon.tsv", &errors);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("/nonexistent/lexicon.tsv"), std::string::npos);
}

TEST(TsvParserTest, ReportsRowsOutsideTheColumnRange) {
  std::istringstream in("# cue\trelation\n회동\tmeet\n협력\n인수\tacquire\t-\t-\textra\n");
  std::vector<TsvRow> rows;
  std::vector<std::string> errors;
  ASSERT_TRUE(ParseTsv(in, "cues.tsv", {2, 4}, &rows, &errors).ok());
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0], "cues.tsv:3: expected 2-4 columns, got 1: \"협력\"");
  EXPECT_EQ(errors[1], "cues.tsv:4: expected 2-4 columns, got 5: \"인수 acquire - - extra\"");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].fields[0], "회동");
  EXPECT_EQ(rows[0].source, "cues.tsv:2");
}

}  // namespace
}  // namespace newsgraph::extract::ko
