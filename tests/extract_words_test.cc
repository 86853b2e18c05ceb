// The Korean word lists of entity recognition and page cleaning
// (data/lexicon/ko/recognizer_words.tsv, page_words.tsv, page_furniture.tsv):
// their parsers reject bad rows with a message, and every list is used, as a
// sentence whose reading changes when its list loses a word shows.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "extract/ko/page_cleaner.h"
#include "extract/ko/page_words.h"
#include "extract/ko/recognizer_words.h"
#include "extract/pipeline.h"
#include "extract_test_support.h"

namespace newsgraph::extract::ko {
namespace {

namespace fs = std::filesystem;
using testing_support::FindEntity;
using testing_support::FindRelation;
using testing_support::HasMention;

const std::string kKoDir = std::string(NEWSGRAPH_DATA_DIR) + "/lexicon/ko";

std::string ReadFile(const std::string& path) {
  std::ifstream in(path);
  return {std::istreambuf_iterator<char>(in), {}};
}

// `text` with its line `row` replaced by `replacement`, or removed when
// `replacement` is empty.
std::string EditRow(const std::string& text, const std::string& row,
                    const std::string& replacement) {
  std::istringstream in(text);
  std::string out;
  std::string line;
  bool found = false;
  while (std::getline(in, line)) {
    if (line == row) {
      found = true;
      if (replacement.empty()) continue;
      line = replacement;
    }
    out += line + "\n";
  }
  EXPECT_TRUE(found) << "no row \"" << row << "\"";
  return out;
}

std::string TestDirName() {
  return "newsgraph_words_test_" + std::to_string(::getpid()) + "_" +
         ::testing::UnitTest::GetInstance()->current_test_info()->name();
}

// A copy of the bundled lexicon directory with one row of a file of
// lexicon/ko edited, and an extractor over it.
class EditedData {
 public:
  EditedData(const std::string& file, const std::string& row,
             const std::string& replacement = "")
      : dir_(fs::temp_directory_path() / TestDirName()) {
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    fs::copy(std::string(NEWSGRAPH_DATA_DIR) + "/lexicon", dir_ / "lexicon",
             fs::copy_options::recursive);
    const std::string path = (dir_ / "lexicon" / "ko" / file).string();
    const std::string edited = EditRow(ReadFile(path), row, replacement);
    std::ofstream(path, std::ios::binary | std::ios::trunc) << edited;
  }
  ~EditedData() { fs::remove_all(dir_); }

  std::string dir() const { return dir_.string(); }

  // Creates the extractor over the edited data.
  Status Create(std::vector<std::string>* warnings) {
    ExtractorOptions options;
    options.data_dir = dir();
    return Extractor::Create(options, &extractor_, warnings);
  }

  Extraction Extract(const std::string& text) {
    if (extractor_ == nullptr) {
      std::vector<std::string> warnings;
      EXPECT_TRUE(Create(&warnings).ok());
    }
    Document doc;
    doc.id = "t";
    doc.date = "2025-03-10";
    doc.text = text;
    return extractor_->Extract(doc);
  }

 private:
  fs::path dir_;
  std::unique_ptr<Extractor> extractor_;
};

// The bundled extraction of `text`, and the one without (or with a
// replaced) row of recognizer_words.tsv.
Extraction Bundled(const std::string& text) {
  return testing_support::Extract(text);
}
Extraction Without(const std::string& row, const std::string& text,
                   const std::string& replacement = "") {
  EditedData data("recognizer_words.tsv", row, replacement);
  return data.Extract(text);
}

const std::string* TitleOf(const Relation* r) {
  if (r == nullptr) return nullptr;
  auto it = r->attributes.find("title");
  return it == r->attributes.end() ? nullptr : &it->second;
}

// A page cleaner over the bundled page files, one row of `file` edited.
PageCleaner CleanerWith(const std::string& file, const std::string& row,
                        const std::string& replacement = "") {
  std::string words = ReadFile(kKoDir + "/page_words.tsv");
  std::string furniture = ReadFile(kKoDir + "/page_furniture.tsv");
  std::string& edited = file == "page_words.tsv" ? words : furniture;
  edited = EditRow(edited, row, replacement);
  std::istringstream words_in(words);
  std::istringstream furniture_in(furniture);
  PageWords page_words;
  std::vector<std::string> warnings;
  EXPECT_TRUE(
      PageWords::ParseWords(words_in, "page_words.tsv", &page_words, &warnings)
          .ok());
  EXPECT_TRUE(PageWords::ParseFurniture(furniture_in, "page_furniture.tsv",
                                        &page_words, &warnings)
                  .ok());
  PageCleaner cleaner;
  EXPECT_TRUE(PageCleaner::Create(std::move(page_words), &cleaner).ok());
  return cleaner;
}

PageCleaner BundledCleaner() {
  PageCleaner cleaner;
  std::vector<std::string> warnings;
  EXPECT_TRUE(PageCleaner::Load(kKoDir, &cleaner, &warnings).ok());
  return cleaner;
}

// The segments of `text`, "kind:text" each.
std::vector<std::string> Segments(const PageCleaner& cleaner,
                                  const std::string& text) {
  static const char* const kKinds[] = {"headline", "subheadline", "caption",
                                       "body"};
  std::vector<std::string> out;
  for (const Segment& s : cleaner.Clean(text).segments) {
    out.push_back(std::string(kKinds[static_cast<int>(s.kind)]) + ":" +
                  text.substr(s.begin, s.end - s.begin));
  }
  return out;
}

using Lines = std::vector<std::string>;

// --- The parsers -----------------------------------------------------------

constexpr const char kWordsHeader[] =
    "# kind\tword\n"
    "# former_marker\t전\n"
    "copula\t인\n"
    "agency_title\t소속\n";

Status ParseWords(const std::string& rows, RecognizerWords* words,
                  std::vector<std::string>* warnings) {
  std::istringstream in(std::string(kWordsHeader) + rows);
  return RecognizerWords::Parse(in, "words.tsv", words, warnings);
}

TEST(RecognizerWordsParserTest, RejectsUnknownKind) {
  RecognizerWords words;
  std::vector<std::string> warnings;
  const Status s =
      ParseWords("former_marker\t전\nformer_markr\t현\n", &words, &warnings);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_EQ(s.message(),
            "words.tsv:6: unknown kind 'former_markr': \"former_markr 현\"");
  EXPECT_EQ(words.former_markers.size(), 0u);  // nothing of a bad file is kept
  EXPECT_TRUE(warnings.empty());
}

TEST(RecognizerWordsParserTest, RejectsRowWithMissingColumn) {
  RecognizerWords words;
  std::vector<std::string> warnings;
  const Status s = ParseWords("former_marker\n", &words, &warnings);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(),
            "words.tsv:5: expected 2 columns, got 1: \"former_marker\"");
}

TEST(RecognizerWordsParserTest, RejectsEmptyWordAndASyllableThatIsNone) {
  RecognizerWords words;
  std::vector<std::string> warnings;
  const Status s = ParseWords("former_marker\t\ngiven_name_syllable\t하준\n",
                              &words, &warnings);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(),
            "words.tsv:5: empty word: \"former_marker \"\n"
            "words.tsv:6: expected one Hangul syllable: \"given_name_syllable "
            "하준\"");
}

TEST(RecognizerWordsParserTest, ReportsEveryBadRowInLineOrder) {
  RecognizerWords words;
  std::vector<std::string> warnings;
  const Status s = ParseWords(
      "noun_ending\tx\n"    // 5: no syllable
      "former_marker\n"     // 6: one column
      "title_joiner\t겸\n"  // 7: good
      "no_such_kind\t가\n"  // 8: unknown kind
      "copula\t이\n",       // 9: a second copula
      &words, &warnings);
  ASSERT_FALSE(s.ok());
  std::vector<std::string> lines;
  std::istringstream in(s.message());
  for (std::string line; std::getline(in, line);)
    lines.push_back(line.substr(0, 12));
  EXPECT_EQ(
      lines,
      (Lines{"words.tsv:5:", "words.tsv:6:", "words.tsv:8:", "words.tsv:9:"}));
  EXPECT_NE(s.message().find("words.tsv:9: second copula row: \"copula 이\""),
            std::string::npos);
}

TEST(RecognizerWordsParserTest, WarnsAboutDuplicateAndKeepsOne) {
  RecognizerWords words;
  std::vector<std::string> warnings;
  ASSERT_TRUE(ParseWords("honorific\t씨\nhonorific\t님\nhonorific\t씨\n",
                         &words, &warnings)
                  .ok());
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0], "words.tsv:7: duplicate honorific: \"honorific 씨\"");
  EXPECT_EQ(words.honorifics, (Lines{"씨", "님"}));
}

TEST(RecognizerWordsParserTest, TheSameWordMayBeInTwoLists) {
  RecognizerWords words;
  std::vector<std::string> warnings;
  ASSERT_TRUE(ParseWords("verb_form_ending\t을\nconstituency_ending\t을\n",
                         &words, &warnings)
                  .ok());
  EXPECT_TRUE(warnings.empty());
}

TEST(RecognizerWordsParserTest, RequiresACopulaAndAnAgencyTitle) {
  std::istringstream in("former_marker\t전\n");
  RecognizerWords words;
  std::vector<std::string> warnings;
  const Status s = RecognizerWords::Parse(in, "words.tsv", &words, &warnings);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(),
            "words.tsv: no agency_title row\nwords.tsv: no copula row");
}

TEST(RecognizerWordsParserTest, AMissingFileIsNotFound) {
  RecognizerWords words;
  std::vector<std::string> warnings;
  const Status s =
      RecognizerWords::Load(kKoDir + "/no_such_file.tsv", &words, &warnings);
  EXPECT_EQ(s.code(), Status::Code::kNotFound);
  EXPECT_NE(s.message().find("no_such_file.tsv: lexicon file missing"),
            std::string::npos);
}

TEST(RecognizerWordsParserTest, TheBundledFileLoadsEveryList) {
  RecognizerWords w;
  std::vector<std::string> warnings;
  ASSERT_TRUE(
      RecognizerWords::Load(kKoDir + "/recognizer_words.tsv", &w, &warnings)
          .ok());
  EXPECT_TRUE(warnings.empty());
  EXPECT_EQ(w.noun_endings.size(), 70u);
  EXPECT_EQ(w.given_name_syllables.size(), 220u);
  EXPECT_EQ(w.verb_form_endings.size(), 26u);
  EXPECT_EQ(w.clause_endings.size(), 27u);
  EXPECT_EQ(w.constituency_endings.size(), 3u);
  EXPECT_EQ(w.former_markers.size(), 7u);
  EXPECT_EQ(w.person_nouns.size(), 16u);
  EXPECT_EQ(w.copula, "인");
  EXPECT_EQ(w.agency_title, "소속");
  EXPECT_EQ(w.glued_honorifics, (Lines{"스님", "씨", "님"}));  // longest first
  EXPECT_EQ(w.honorifics, (Lines{"씨", "님"}));
  EXPECT_EQ(w.company_marks, (Lines{"㈜", "(주)"}));
  EXPECT_TRUE(w.former_markers.Contains("前"));
  EXPECT_TRUE(w.name_list_joiners.Contains("ㆍ"));
  EXPECT_TRUE(w.IsVerbForm("다녔던"));
  EXPECT_FALSE(w.IsVerbForm("던"));  // an ending alone is no verb form
  EXPECT_TRUE(w.EndsLikeAClause("필요하다고"));
  EXPECT_TRUE(w.EndsLikeAClause("이야기이라며"));
  EXPECT_FALSE(w.EndsLikeAClause("다고"));
  EXPECT_TRUE(w.IsPersonNoun("학자"));  // a person noun may be the whole word
  EXPECT_TRUE(w.IsConstituency("서울마포을"));
  EXPECT_FALSE(w.IsConstituency("마을"));
}

TEST(PageWordsParserTest, RejectsUnknownKindAndWarnsAboutDuplicate) {
  std::istringstream bad("chrome_line\t로그인\nchrome_lines\t검색\n");
  PageWords words;
  std::vector<std::string> warnings;
  Status s = PageWords::ParseWords(bad, "page_words.tsv", &words, &warnings);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(
      s.message(),
      "page_words.tsv:2: unknown kind 'chrome_lines': \"chrome_lines 검색\"");
  std::istringstream twice("chrome_line\t로그인\nchrome_line\t로그인\n");
  ASSERT_TRUE(
      PageWords::ParseWords(twice, "page_words.tsv", &words, &warnings).ok());
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0],
            "page_words.tsv:2: duplicate chrome_line: \"chrome_line 로그인\"");
  EXPECT_EQ(words.chrome_lines.size(), 1u);
}

TEST(PageWordsParserTest, RejectsBadFurnitureRows) {
  std::istringstream in(
      "# triggers\tbefore\tafter\tto_line_end\tpattern\n"
      "기자\t100\t20\t-\t\\[기자\\]\n"
      "기자||특파원\t100\t20\t-\tx\n"
      "기자\tten\t20\t-\tx\n"
      "기자\t10\t20\tend\tx\n"
      "기자\t10\t20\t-\n");
  PageWords words;
  std::vector<std::string> warnings;
  const Status s = PageWords::ParseFurniture(in, "f.tsv", &words, &warnings);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(),
            "f.tsv:3: empty trigger: \"기자||특파원 100 20  x\"\n"
            "f.tsv:4: window size is no number: \"기자 ten 20  x\"\n"
            "f.tsv:5: unknown to_line_end 'end': \"기자 10 20 end x\"\n"
            "f.tsv:6: expected 5 columns, got 4: \"기자 10 20 -\"");
  EXPECT_TRUE(words.furniture.empty());
}

TEST(PageWordsParserTest, APatternThatDoesNotCompileIsAnError) {
  std::istringstream in("기자\t10\t20\t-\t[기자\n");
  PageWords words;
  std::vector<std::string> warnings;
  ASSERT_TRUE(PageWords::ParseFurniture(in, "f.tsv", &words, &warnings).ok());
  PageCleaner cleaner;
  const Status s = PageCleaner::Create(std::move(words), &cleaner);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message().rfind("f.tsv:1: bad pattern (U_REGEX_", 0), 0u)
      << s.message();
}

TEST(PageWordsParserTest, TheBundledFilesLoadEveryList) {
  PageWords w;
  std::vector<std::string> warnings;
  ASSERT_TRUE(PageWords::Load(kKoDir, &w, &warnings).ok());
  EXPECT_TRUE(warnings.empty());
  EXPECT_EQ(w.chrome_lines.size(), 10u);
  EXPECT_EQ(w.dateline_markers, (Lines{"기사입력", "입력", "등록", "송고"}));
  EXPECT_EQ(w.listing_header_words, (Lines{"번호", "제목"}));
  EXPECT_EQ(w.prose_endings.size(), 5u);
  EXPECT_EQ(w.sentence_ends, Lines{"다."});
  EXPECT_EQ(w.credit_titles, Lines{"기자"});
  ASSERT_EQ(w.furniture.size(), 8u);
  EXPECT_EQ(w.furniture[0].triggers, (Lines{"기자", "특파원", "통신원"}));
  EXPECT_EQ(w.furniture[5].to_line_end, true);
}

TEST(ExtractorWordsTest, AMissingOrBadWordFileStopsTheExtractor) {
  std::vector<std::string> warnings;
  {
    EditedData data("recognizer_words.tsv", "title_joiner\t겸");
    fs::remove(data.dir() + "/lexicon/ko/recognizer_words.tsv");
    const Status s = data.Create(&warnings);
    EXPECT_EQ(s.code(), Status::Code::kNotFound);
    EXPECT_NE(s.message().find("recognizer_words.tsv: lexicon file missing"),
              std::string::npos);
  }
  {
    EditedData data("page_words.tsv", "credit_title\t기자");
    fs::remove(data.dir() + "/lexicon/ko/page_words.tsv");
    const Status s = data.Create(&warnings);
    EXPECT_EQ(s.code(), Status::Code::kNotFound);
    EXPECT_NE(s.message().find("page_words.tsv: lexicon file missing"),
              std::string::npos);
  }
  {
    EditedData data("recognizer_words.tsv", "title_joiner\t겸",
                    "title_joiners\t겸");
    const Status s = data.Create(&warnings);
    ASSERT_FALSE(s.ok());
    EXPECT_NE(
        s.message().find("unknown kind 'title_joiners': \"title_joiners 겸\""),
        std::string::npos);
  }
}

// --- Every list of recognizer_words.tsv is used ----------------------------

TEST(RecognizerWordsTest, ANounEndingMakesABareNameACommonNoun) {
  const std::string text = "김하원은 2019년 한빛중공업에 입사했다.";
  EXPECT_EQ(FindRelation(Bundled(text), "김하원", "role", "한빛중공업"),
            nullptr);
  EXPECT_NE(FindRelation(Without("noun_ending\t원", text), "김하원", "role",
                         "한빛중공업"),
            nullptr);
}

TEST(RecognizerWordsTest, ABareNameIsMadeOfGivenNameSyllables) {
  const std::string text = "김하준은 2019년 한빛중공업에 입사했다.";
  EXPECT_NE(FindRelation(Bundled(text), "김하준", "role", "한빛중공업"),
            nullptr);
  EXPECT_EQ(FindRelation(Without("given_name_syllable\t준", text), "김하준",
                         "role", "한빛중공업"),
            nullptr);
}

TEST(RecognizerWordsTest, AVerbFormIsNoOrganisation) {
  const std::string text = "이서연 다녔던 소장이 발표했다.";
  EXPECT_EQ(FindEntity(Bundled(text), "다녔던"), nullptr);
  EXPECT_NE(FindEntity(Without("verb_form_ending\t던", text), "다녔던"),
            nullptr);
}

TEST(RecognizerWordsTest, AClauseEndingIsNoForeignName) {
  const std::string text = "그는 스마트하게 삼성전자 사장이 됐다.";
  EXPECT_EQ(FindEntity(Bundled(text), "스마트하게"), nullptr);
  EXPECT_NE(FindEntity(Without("clause_ending\t하게", text), "스마트하게"),
            nullptr);
}

TEST(RecognizerWordsTest, AConstituencyStandsBetweenPartyAndTitle) {
  const std::string text =
      "김하준 더불어민주당 서울마포을 국회의원이 발표했다.";
  EXPECT_NE(FindRelation(Bundled(text), "김하준", "role", "더불어민주당"),
            nullptr);
  EXPECT_EQ(FindRelation(Without("constituency_ending\t을", text), "김하준",
                         "role", "더불어민주당"),
            nullptr);
}

TEST(RecognizerWordsTest, AFormerMarkerStandsBetweenNameAndOrganisation) {
  const std::string text = "이서연 전 삼성전자 사장이 말했다.";
  EXPECT_NE(FindRelation(Bundled(text), "이서연", "role", "삼성전자"), nullptr);
  EXPECT_EQ(FindRelation(Without("former_marker\t전", text), "이서연", "role",
                         "삼성전자"),
            nullptr);
}

TEST(RecognizerWordsTest, ATitleJoinerMakesOneTitleOfTwo) {
  const std::string text = "김하준 삼성전자 창업자 겸 최고경영자가 말했다.";
  const Extraction bundled = Bundled(text);
  const std::string* title =
      TitleOf(FindRelation(bundled, "김하준", "role", "삼성전자"));
  ASSERT_NE(title, nullptr);
  EXPECT_EQ(*title, "창업자 겸 최고경영자");
  const Extraction without = Without("title_joiner\t겸", text);
  title = TitleOf(FindRelation(without, "김하준", "role", "삼성전자"));
  ASSERT_NE(title, nullptr);
  EXPECT_EQ(*title, "창업자");
}

TEST(RecognizerWordsTest, APersonNounIsNoOrganisation) {
  const std::string text = "유명 로봇공학자 김하준 교수가 강연했다.";
  EXPECT_EQ(FindEntity(Bundled(text), "로봇공학자"), nullptr);
  EXPECT_NE(FindEntity(Without("person_noun\t학자", text), "로봇공학자"),
            nullptr);
}

TEST(RecognizerWordsTest, AnAgencyWordTiesAPerformerToTheAgency) {
  const std::string text = "이서연 소속사 한빛엔터는 입장을 냈다.";
  const Extraction bundled = Bundled(text);
  const std::string* title =
      TitleOf(FindRelation(bundled, "이서연", "role", "한빛엔터"));
  ASSERT_NE(title, nullptr);
  EXPECT_EQ(*title, "소속");
  EXPECT_EQ(FindRelation(Without("agency_word\t소속사", text), "이서연", "role",
                         "한빛엔터"),
            nullptr);
}

TEST(RecognizerWordsTest, TheAgencyTitleNamesTheRole) {
  const Extraction x =
      Without("agency_title\t소속", "이서연 소속사 한빛엔터는 입장을 냈다.",
              "agency_title\t전속");
  const std::string* title =
      TitleOf(FindRelation(x, "이서연", "role", "한빛엔터"));
  ASSERT_NE(title, nullptr);
  EXPECT_EQ(*title, "전속");
}

TEST(RecognizerWordsTest, TheCopulaJoinsATitleToTheNameAfterIt) {
  const std::string text = "한빛레코드 사장인 김하준은 말했다.";
  EXPECT_NE(FindRelation(Bundled(text), "김하준", "role", "한빛레코드"),
            nullptr);
  EXPECT_EQ(FindRelation(Without("copula\t인", text, "copula\t임"), "김하준",
                         "role", "한빛레코드"),
            nullptr);
}

TEST(RecognizerWordsTest, AGluedHonorificIsCutFromTheName) {
  const std::string text = "조계종 총무원장 진각스님이 말했다.";
  EXPECT_NE(FindRelation(Bundled(text), "진각", "role", "조계종"), nullptr);
  EXPECT_EQ(FindRelation(Without("glued_honorific\t스님", text), "진각", "role",
                         "조계종"),
            nullptr);
}

TEST(RecognizerWordsTest, AnHonorificBeforeAGlossIsCutFromTheName) {
  const std::string text = "박민수씨(삼성전자 대표)가 말했다.";
  EXPECT_NE(FindRelation(Bundled(text), "박민수", "role", "삼성전자"), nullptr);
  EXPECT_EQ(FindRelation(Without("honorific\t씨", text), "박민수", "role",
                         "삼성전자"),
            nullptr);
}

TEST(RecognizerWordsTest, NamesListedWithAJoinerShareTheTitle) {
  const std::string text = "김하준ㆍ이서연 삼성전자 사장이 참석했다.";
  EXPECT_NE(FindRelation(Bundled(text), "김하준", "role", "삼성전자"), nullptr);
  const Extraction without = Without("name_list_joiner\tㆍ", text);
  EXPECT_EQ(FindRelation(without, "김하준", "role", "삼성전자"), nullptr);
  EXPECT_NE(FindRelation(without, "이서연", "role", "삼성전자"), nullptr);
}

TEST(RecognizerWordsTest, ARegionPrefixIsWrittenWithTheCity) {
  const std::string text = "경기 용인시(시장 박지훈)는 발표했다.";
  const Extraction bundled = Bundled(text);
  const Entity* city = FindEntity(bundled, "용인시");
  ASSERT_NE(city, nullptr);
  EXPECT_TRUE(HasMention(*city, "경기 용인시"));
  const Extraction without = Without("region_prefix\t경기", text);
  city = FindEntity(without, "용인시");
  ASSERT_NE(city, nullptr);
  EXPECT_FALSE(HasMention(*city, "경기 용인시"));
}

TEST(RecognizerWordsTest, ACompanyMarkIsCutFromTheName) {
  const std::string text = "㈜삼성전자는 발표했다.";
  EXPECT_NE(FindEntity(Bundled(text), "삼성전자"), nullptr);
  const Extraction without = Without("company_mark\t㈜", text);
  EXPECT_EQ(FindEntity(without, "삼성전자"), nullptr);
  EXPECT_NE(FindEntity(without, "㈜삼성전자"), nullptr);
}

// --- Every list of page_words.tsv and page_furniture.tsv is used -----------

TEST(PageWordsTest, AChromeLineIsDropped) {
  const std::string page = "로그인\n가람전자가 신제품을 내놨다.";
  EXPECT_EQ(Segments(BundledCleaner(), page),
            Lines{"body:가람전자가 신제품을 내놨다."});
  EXPECT_EQ(
      Segments(CleanerWith("page_words.tsv", "chrome_line\t로그인"), page),
      (Lines{"headline:로그인", "body:가람전자가 신제품을 내놨다."}));
}

TEST(PageWordsTest, ADatelineMarkerGivesThePageDate) {
  const std::string page =
      "제목 줄\n입력 2024.07.15 09:30\n본문이 여기 있다.\n";
  EXPECT_EQ(BundledCleaner().Clean(page).inferred_date, "2024-07-15");
  const PageCleaner without =
      CleanerWith("page_words.tsv", "dateline_marker\t입력");
  EXPECT_EQ(without.Clean(page).inferred_date, "");
}

TEST(PageWordsTest, AListingHeaderStartsTheListing) {
  const std::string page =
      "가람전자가 신제품을 내놨다.\n번호 제목 글쓴이 날짜\n다른 글 하나\n";
  EXPECT_EQ(Segments(BundledCleaner(), page),
            Lines{"body:가람전자가 신제품을 내놨다."});
  const PageCleaner other_header =
      CleanerWith("page_words.tsv", "listing_header_word\t번호",
                  "listing_header_word\t순번");
  EXPECT_EQ(Segments(other_header, page).size(), 3u);
}

TEST(PageWordsTest, AProseEndingEndsTheHeader) {
  const std::string page = "가람전자가 신제품을 내놨다\n다온바이오도 발표했다.";
  EXPECT_EQ(Segments(BundledCleaner(), page),
            (Lines{"body:가람전자가 신제품을 내놨다",
                   "body:다온바이오도 발표했다."}));
  EXPECT_EQ(Segments(CleanerWith("page_words.tsv", "prose_ending\t다"), page),
            (Lines{"headline:가람전자가 신제품을 내놨다",
                   "body:다온바이오도 발표했다."}));
}

TEST(PageWordsTest, ASentenceEndKeepsProseAfterAPromotionLink) {
  const std::string page =
      "가람전자가 신제품을 공개했다. ▶더보기 다온바이오도 같은 날 발표했다.";
  EXPECT_EQ(Segments(BundledCleaner(), page),
            (Lines{"body:가람전자가 신제품을 공개했다.",
                   "body:다온바이오도 같은 날 발표했다."}));
  EXPECT_EQ(Segments(CleanerWith("page_words.tsv", "sentence_end\t다."), page),
            Lines{"body:가람전자가 신제품을 공개했다."});
}

TEST(PageWordsTest, ACreditTitleEndsACaption) {
  const std::string page = "가람전자 공장 전경이다. 김하준 기자\n본문이다.";
  EXPECT_EQ(Segments(BundledCleaner(), page),
            (Lines{"caption:가람전자 공장 전경이다.", "body:본문이다."}));
  EXPECT_EQ(Segments(CleanerWith("page_words.tsv", "credit_title\t기자"), page),
            (Lines{"headline:가람전자 공장 전경이다. 김하준 기자",
                   "body:본문이다."}));
}

TEST(PageWordsTest, AFurnitureRuleCutsABylineFromTheBody) {
  const std::string page = "[가상일보 김하준 기자] 가람전자가 신제품을 내놨다.";
  EXPECT_EQ(Segments(BundledCleaner(), page),
            Lines{"body:가람전자가 신제품을 내놨다."});
  const std::string byline_rule =
      "기자|특파원|통신원\t100\t20\t-\t"
      "[\\[【(][^\\]】)\\n]{0,30}?(?:기자|특파원|통신원)\\s*[\\]】)]\\s*=?";
  EXPECT_EQ(Segments(CleanerWith("page_furniture.tsv", byline_rule), page),
            Lines{"body:[가상일보 김하준 기자] 가람전자가 신제품을 내놨다."});
}

}  // namespace
}  // namespace newsgraph::extract::ko
