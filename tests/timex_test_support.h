// A fixture for tests that read time expressions: the built-in time words
// (data/lexicon/ko/timex_*.tsv), loaded once for the whole test program.
#ifndef NEWSGRAPH_TESTS_TIMEX_TEST_SUPPORT_H_
#define NEWSGRAPH_TESTS_TIMEX_TEST_SUPPORT_H_

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/ko/timex.h"
#include "extract/ko/timex_words.h"

namespace newsgraph::extract::ko {

class TimexWordsFixture : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (words_) return;
    auto words = std::make_unique<TimexLexicon>();
    std::vector<std::string> warnings;
    const Status status =
        TimexLexicon::Load(std::string(NEWSGRAPH_DATA_DIR) + "/lexicon/ko",
                           words.get(), &warnings);
    ASSERT_TRUE(status.ok()) << status.message();
    EXPECT_TRUE(warnings.empty()) << warnings.front();
    words_ = std::move(words);
  }
  void SetUp() override { ASSERT_TRUE(words_) << "time words not loaded"; }

  static const TimexLexicon& words() { return *words_; }
  // The value of `text` as `newsgraph timex` prints it ("null": none).
  static std::string Norm(std::string_view anchor, std::string_view text) {
    return NormalizeTimex(*words_, anchor, text).value_or("null");
  }

 private:
  static inline std::unique_ptr<TimexLexicon> words_;
};

}  // namespace newsgraph::extract::ko

#endif  // NEWSGRAPH_TESTS_TIMEX_TEST_SUPPORT_H_
