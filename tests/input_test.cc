#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "input/document_reader.h"

namespace newsgraph::input {
namespace {

namespace fs = std::filesystem;

class DocumentReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("newsgraph_input_test_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& content) {
    const fs::path p = dir_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
    return p.string();
  }

  void Read(const std::vector<std::string>& paths, TextFileOptions options = {}) {
    ReadDocuments(
        paths, options, [&](newsgraph::Document&& d) { docs_.push_back(std::move(d)); },
        [&](Rejection&& r) { rejections_.push_back(std::move(r)); });
  }

  fs::path dir_;
  std::vector<newsgraph::Document> docs_;
  std::vector<Rejection> rejections_;
};

TEST_F(DocumentReaderTest, ReadsTextFileWithCommandLineMetadata) {
  const std::string path = Write("a.txt", "삼성전자가 발표했다.");
  Read({path}, {.id = "doc-1", .date = "2025-02-04", .title = "제목", .source = "src"});
  ASSERT_EQ(docs_.size(), 1u);
  EXPECT_EQ(docs_[0].id, "doc-1");
  EXPECT_EQ(docs_[0].date, "2025-02-04");
  EXPECT_EQ(docs_[0].title, "제목");
  EXPECT_TRUE(rejections_.empty());
}

TEST_F(DocumentReaderTest, IdDefaultsToFileName) {
  Read({Write("b.txt", "본문")});
  ASSERT_EQ(docs_.size(), 1u);
  EXPECT_EQ(docs_[0].id, "b.txt");
}

TEST_F(DocumentReaderTest, ReadsJsonLinesIgnoringUnknownFieldsAndNullDate) {
  Read({Write("x.jsonl",
              "{\"id\":\"a\",\"date\":\"2019-01-02\",\"title\":\"t\",\"text\":\"본문\","
              "\"relations\":[]}\n"
              "\n"
              "{\"id\":\"b\",\"date\":null,\"text\":\"둘째\"}\n")});
  ASSERT_EQ(docs_.size(), 2u);
  EXPECT_EQ(docs_[0].date, "2019-01-02");
  EXPECT_EQ(docs_[1].date, "");
  EXPECT_EQ(docs_[1].origin.substr(docs_[1].origin.size() - 9), "x.jsonl:3");
}

TEST_F(DocumentReaderTest, RejectsMalformedJsonLineAndGoesOn) {
  const std::string path = Write("bad.jsonl",
                                 "{\"id\":\"a\",\"text\":\"하나\"}\n"
                                 "{\"id\":\"b\",\"text\":\n"
                                 "{\"id\":\"c\",\"text\":\"셋\"}\n");
  Read({path});
  EXPECT_EQ(docs_.size(), 2u);
  ASSERT_EQ(rejections_.size(), 1u);
  EXPECT_EQ(rejections_[0].where, path + ":2");
  EXPECT_NE(rejections_[0].reason.find("malformed JSON"), std::string::npos);
}

TEST_F(DocumentReaderTest, RejectsMissingFile) {
  Read({(dir_ / "nope.txt").string()});
  ASSERT_EQ(rejections_.size(), 1u);
  EXPECT_EQ(rejections_[0].reason, "no such file");
}

TEST_F(DocumentReaderTest, RejectsInvalidUtf8WithByteOffset) {
  Read({Write("bin.txt", "ok\xff")});
  ASSERT_EQ(rejections_.size(), 1u);
  EXPECT_EQ(rejections_[0].reason, "invalid UTF-8 at byte 2");
}

TEST_F(DocumentReaderTest, RejectsEmptyDocumentById) {
  Read({Write("e.jsonl", "{\"id\":\"empty-1\",\"text\":\"  \\n\"}\n")});
  ASSERT_EQ(rejections_.size(), 1u);
  EXPECT_NE(rejections_[0].where.find("empty-1"), std::string::npos);
  EXPECT_EQ(rejections_[0].reason, "empty text");
}

TEST_F(DocumentReaderTest, RejectsBadDate) {
  Read({Write("d.jsonl", "{\"id\":\"x\",\"date\":\"04/02/2025\",\"text\":\"a\"}\n")});
  ASSERT_EQ(rejections_.size(), 1u);
  EXPECT_NE(rejections_[0].reason.find("YYYY-MM-DD"), std::string::npos);
}

TEST_F(DocumentReaderTest, WalksDirectoriesRecursivelyInSortedOrder) {
  Write("d/z.txt", "z");
  Write("d/sub/a.txt", "a");
  Write("d/skip.md", "not read");
  Write("d/sub/m.jsonl", "{\"id\":\"m\",\"text\":\"m\"}\n");
  Read({(dir_ / "d").string()});
  ASSERT_EQ(docs_.size(), 3u);
  EXPECT_EQ(docs_[0].id, "a.txt");
  EXPECT_EQ(docs_[1].id, "m");
  EXPECT_EQ(docs_[2].id, "z.txt");
}

}  // namespace
}  // namespace newsgraph::input
