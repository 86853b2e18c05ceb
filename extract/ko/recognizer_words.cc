#include "extract/ko/recognizer_words.h"

#include <fstream>
#include <utility>

#include "extract/ko/morph.h"
#include "extract/normalizer.h"

namespace newsgraph::extract::ko {
namespace {

// What a kind of row holds and where it goes: one of the members is set.
struct KindSpec {
  std::string_view kind;
  SyllableSet RecognizerWords::*syllables = nullptr;
  WordSet RecognizerWords::*words = nullptr;
  EndingSet RecognizerWords::*endings = nullptr;
  std::vector<std::string> RecognizerWords::*ordered = nullptr;
  std::string RecognizerWords::*single = nullptr;  // exactly one row
};

using W = RecognizerWords;
const KindSpec kKinds[] = {
    {.kind = "noun_ending", .syllables = &W::noun_endings},
    {.kind = "given_name_syllable", .syllables = &W::given_name_syllables},
    {.kind = "verb_form_ending", .syllables = &W::verb_form_endings},
    {.kind = "clause_ending", .endings = &W::clause_endings},
    {.kind = "constituency_ending", .syllables = &W::constituency_endings},
    {.kind = "former_marker", .words = &W::former_markers},
    {.kind = "title_joiner", .words = &W::title_joiners},
    {.kind = "person_noun", .endings = &W::person_nouns},
    {.kind = "agency_word", .words = &W::agency_words},
    {.kind = "agency_title", .single = &W::agency_title},
    {.kind = "copula", .single = &W::copula},
    {.kind = "glued_honorific", .ordered = &W::glued_honorifics},
    {.kind = "honorific", .ordered = &W::honorifics},
    {.kind = "name_list_joiner", .words = &W::name_list_joiners},
    {.kind = "region_prefix", .words = &W::region_prefixes},
    {.kind = "company_mark", .ordered = &W::company_marks},
};

const std::vector<std::string_view>& KindNames() {
  static const auto* names = [] {
    auto* out = new std::vector<std::string_view>;
    for (const KindSpec& k : kKinds) out->push_back(k.kind);
    return out;
  }();
  return *names;
}

const KindSpec& SpecOf(std::string_view kind) {
  for (const KindSpec& k : kKinds) {
    if (k.kind == kind) return k;
  }
  return kKinds[0];  // unreachable: ParseKindedWords checked the kind
}

// Adds one row to *w; returns why it cannot be added, or "".
std::string AddRow(KindedWord&& row, RecognizerWords* w) {
  const KindSpec& spec = SpecOf(row.kind);
  std::string word = NormalizeText(row.word);
  if (spec.syllables != nullptr) {
    return (w->*spec.syllables).Add(word) ? "" : "expected one Hangul syllable";
  }
  if (spec.words != nullptr) (w->*spec.words).Add(std::move(word));
  if (spec.endings != nullptr) (w->*spec.endings).Add(std::move(word));
  if (spec.ordered != nullptr) (w->*spec.ordered).push_back(std::move(word));
  if (spec.single != nullptr) {
    if (!(w->*spec.single).empty()) return "second " + row.kind + " row";
    w->*spec.single = std::move(word);
  }
  return "";
}

}  // namespace

bool RecognizerWords::IsConstituency(std::string_view word) const {
  return HangulLength(word) >= 3 && constituency_endings.ContainsLast(word);
}

Status RecognizerWords::Parse(std::istream& in, const std::string& source_name,
                              RecognizerWords* out,
                              std::vector<std::string>* warnings) {
  RecognizerWords words;
  Status s = ParseKindedWords(
      in, source_name, KindNames(),
      [&](KindedWord&& row) { return AddRow(std::move(row), &words); },
      warnings);
  if (!s.ok()) return s;
  std::vector<std::string> errors;
  for (const KindSpec& k : kKinds) {
    if (k.single != nullptr && (words.*k.single).empty()) {
      errors.push_back(source_name + ": no " + std::string(k.kind) + " row");
    }
  }
  if (!errors.empty()) return RowErrors(source_name, std::move(errors));
  *out = std::move(words);
  return Status::Ok();
}

Status RecognizerWords::Load(const std::string& path, RecognizerWords* out,
                             std::vector<std::string>* warnings) {
  std::ifstream in;
  Status s = OpenDataFile(path, &in);
  if (!s.ok()) return s;
  return Parse(in, path, out, warnings);
}

}  // namespace newsgraph::extract::ko
