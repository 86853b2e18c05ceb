#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <sys/stat.h>

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

// ---- Hostile and broken inputs ----------------------------------------------

TEST_F(DocumentReaderTest, DeeplyNestedJsonIsRejectedAndTheNextLineRead) {
  const std::string deep(100000, '[');
  const std::string p = Write("deep.jsonl", deep + "\n{\"id\":\"ok\",\"text\":\"본문.\"}\n");
  Read({p});
  ASSERT_EQ(rejections_.size(), 1u);
  EXPECT_EQ(rejections_[0].where, p + ":1");
  EXPECT_NE(rejections_[0].reason.find("nested deeper than 64"), std::string::npos);
  ASSERT_EQ(docs_.size(), 1u);
  EXPECT_EQ(docs_[0].id, "ok");
}

TEST_F(DocumentReaderTest, ImpossibleDatesAreRejected) {
  const std::string p = Write("d.jsonl",
                              "{\"id\":\"a\",\"date\":\"2025-13-45\",\"text\":\"본문.\"}\n"
                              "{\"id\":\"b\",\"date\":\"2025-02-30\",\"text\":\"본문.\"}\n"
                              "{\"id\":\"c\",\"date\":\"0000-00-00\",\"text\":\"본문.\"}\n"
                              "{\"id\":\"d\",\"date\":\"2024-02-29\",\"text\":\"본문.\"}\n");
  Read({p});
  ASSERT_EQ(rejections_.size(), 3u);
  EXPECT_NE(rejections_[1].reason.find("\"2025-02-30\" is not a valid"), std::string::npos);
  ASSERT_EQ(docs_.size(), 1u);
  EXPECT_EQ(docs_[0].id, "d");  // a leap day is a day
}

TEST_F(DocumentReaderTest, WrongJsonTypesAreRejectedWithTheFieldName) {
  const std::string p = Write("t.jsonl",
                              "{\"id\":\"a\",\"title\":7,\"text\":\"본문.\"}\n"
                              "{\"id\":\"b\",\"date\":{},\"text\":\"본문.\"}\n"
                              "{\"id\":true,\"text\":\"본문.\"}\n"
                              "{\"id\":42,\"title\":null,\"text\":\"본문.\"}\n");
  Read({p});
  ASSERT_EQ(rejections_.size(), 3u);
  EXPECT_EQ(rejections_[0].reason, "field \"title\" must be a string, not a number");
  EXPECT_EQ(rejections_[1].reason, "field \"date\" must be a string, not an object");
  EXPECT_EQ(rejections_[2].reason,
            "field \"id\" must be a string or an integer, not a boolean");
  ASSERT_EQ(docs_.size(), 1u);
  EXPECT_EQ(docs_[0].id, "42");
}

TEST_F(DocumentReaderTest, Utf16IsNamed) {
  std::string utf16 = "\xFF\xFE";
  for (char c : std::string("plain text")) utf16 += std::string{c, '\0'};
  Read({Write("u.txt", utf16), Write("u.jsonl", utf16)});
  ASSERT_EQ(rejections_.size(), 2u);
  for (const Rejection& r : rejections_)
    EXPECT_NE(r.reason.find("UTF-16"), std::string::npos) << r.reason;
}

TEST_F(DocumentReaderTest, OversizedArticlesAreRejected) {
  TextFileOptions options;
  options.max_bytes = 100;
  const std::string big(200, 'a');
  Read({Write("big.txt", big),
        Write("big.jsonl", "{\"id\":\"x\",\"text\":\"" + big + "\"}\n"),
        Write("small.txt", "본문.")},
       options);
  ASSERT_EQ(rejections_.size(), 2u);
  EXPECT_NE(rejections_[0].reason.find("over the limit of 100"), std::string::npos);
  EXPECT_NE(rejections_[1].reason.find("over the limit of 200 (twice --max-bytes)"),
            std::string::npos);
  EXPECT_EQ(docs_.size(), 1u);
}

TEST_F(DocumentReaderTest, SymlinkLoopsDanglingLinksAndFifosAreCountedNotFatal) {
  Write("dir/a.txt", "본문이다.");
  fs::create_symlink(dir_ / "dir" / "loop.txt", dir_ / "dir" / "loop.txt");
  fs::create_symlink(dir_ / "nowhere", dir_ / "dir" / "dangling.txt");
  ASSERT_EQ(::mkfifo((dir_ / "dir" / "pipe.jsonl").c_str(), 0600), 0);
  Read({(dir_ / "dir").string()});
  ASSERT_EQ(docs_.size(), 1u);
  ASSERT_EQ(rejections_.size(), 3u);
  std::string reasons;
  for (const Rejection& r : rejections_) reasons += r.where + ": " + r.reason + "\n";
  EXPECT_NE(reasons.find("dangling.txt: a dangling symbolic link"), std::string::npos) << reasons;
  EXPECT_NE(reasons.find("pipe.jsonl: a FIFO"), std::string::npos) << reasons;
  EXPECT_NE(reasons.find("loop.txt: cannot be read"), std::string::npos) << reasons;
}

TEST_F(DocumentReaderTest, AFileNameWithANewlineStaysOnOneLine) {
  Read({(dir_ / "two\nlines.txt").string()});
  ASSERT_EQ(rejections_.size(), 1u);
  EXPECT_EQ(rejections_[0].where.find('\n'), std::string::npos);
  EXPECT_NE(rejections_[0].where.find("two\\x0Alines.txt"), std::string::npos);
}

}  // namespace
}  // namespace newsgraph::input
