#include "extract/pipeline.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include "extract/analysis.h"
#include "extract/ko/analysis.h"
#include "extract/ko/coreference.h"
#include "extract/ko/entity_recognizer.h"
#include "extract/entity_table.h"
#include "extract/ko/hedging.h"
#include "extract/ko/relation_extractor.h"
#include "core/relation_types.h"
#include "extract/ko/resources.h"
#include "extract/ko/timex.h"
#include "core/utf8.h"

namespace newsgraph::extract {
using namespace ko;  // NOLINT: until the Korean pack registers its stages
namespace {

// "1박 2일" is a length of stay, not the 2nd of the month: its digits are
// masked (same byte length, so offsets hold) before times are read, so
// that it neither dates a relation nor becomes the date "이날" refers to.
std::string MaskLengthsOfStay(std::string_view sentence) {
  std::string out(sentence);
  std::size_t pos = 0;
  while ((pos = out.find("박", pos)) != std::string::npos) {
    const std::size_t after = pos + 3;
    if (pos == 0 || out[pos - 1] < '0' || out[pos - 1] > '9') {
      pos = after;
      continue;
    }
    std::size_t i = after;
    while (i < out.size() && out[i] == ' ') ++i;
    const std::size_t digits = i;
    while (i < out.size() && out[i] >= '0' && out[i] <= '9') ++i;
    if (i > digits && out.compare(i, 3, "일") == 0) {
      for (std::size_t k = digits; k < i; ++k) out[k] = '#';
    }
    pos = after;
  }
  return out;
}

// The time of a relation: an expression in the cue's clause (the nearest one
// before the cue, else the first after it), else the first in the sentence,
// else none. The publication date is not an event time.
// True when the time dates the telling ("협약을 체결했다고 25일 밝혔다"):
// the verb of saying follows it directly.
bool DatesTheAnnouncement(std::string_view sentence, std::size_t end) {
  std::string_view rest = sentence.substr(end);
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  for (std::string_view verb :
       {"밝혔", "발표했", "전했", "공시했", "말했", "공개했"}) {
    if (rest.substr(0, verb.size()) == verb) return true;
  }
  return false;
}

std::optional<TimeValue> PickTime(std::string_view sentence,
                                  const std::vector<TimexMention>& timexes,
                                  const FoundRelation& f, bool* announced) {
  const TimexMention* in_clause = nullptr;
  const TimexMention* first = nullptr;
  for (const TimexMention& t : timexes) {
    if (t.is_elapsed || t.value.value.empty()) continue;
    if (first == nullptr) first = &t;
    if (t.begin < f.clause_begin || t.end > f.clause_end) continue;
    if (t.begin < f.cue_begin || in_clause == nullptr) in_clause = &t;
  }
  const TimexMention* pick = in_clause != nullptr ? in_clause : first;
  if (pick == nullptr) return std::nullopt;
  *announced = DatesTheAnnouncement(sentence, pick->end);
  return pick->value;
}

std::string RelationKey(const Relation& r) {
  std::string a = r.subject;
  std::string b = r.object;
  if (IsSymmetricRelation(r.relation) && b < a) std::swap(a, b);
  return a + '\x1f' + r.relation + '\x1f' + b + '\x1f' +
         (r.time ? r.time->value : "");
}

// A relation stated once with a time and once without (a headline) is one
// event: the undated copy goes. So does a copy dated only by its
// announcement when the text also says when it happened.
void DropWeakerDuplicates(std::vector<Relation>* relations,
                          std::vector<bool>* announced) {
  std::set<std::string> timed;
  std::set<std::string> happened;
  for (std::size_t i = 0; i < relations->size(); ++i) {
    const Relation& r = (*relations)[i];
    if (!r.time) continue;
    Relation untimed = r;
    untimed.time.reset();
    timed.insert(RelationKey(untimed));
    if (!(*announced)[i]) happened.insert(RelationKey(untimed));
  }
  std::vector<Relation> kept;
  for (std::size_t i = 0; i < relations->size(); ++i) {
    Relation& r = (*relations)[i];
    Relation untimed = r;
    untimed.time.reset();
    const std::string key = RelationKey(untimed);
    if (!r.time && timed.count(key)) continue;
    if (r.time && (*announced)[i] && happened.count(key)) continue;
    kept.push_back(std::move(r));
  }
  relations->swap(kept);
}

// Evidence: the sentence as written, with code point offsets in its field.
Evidence MakeEvidence(const Document& doc, const AnalyzedSentence& s,
                      const CodePointIndex& title_index,
                      const CodePointIndex& text_index) {
  Evidence e;
  const std::string& field = s.in_title ? doc.title : doc.text;
  const CodePointIndex& index = s.in_title ? title_index : text_index;
  e.sentence = field.substr(s.begin, s.end - s.begin);
  e.start = index.ToCodePoint(s.begin);
  e.end = index.ToCodePoint(s.end);
  e.field = s.in_title ? "title" : "text";
  return e;
}

// Whether a key of `trie` starts at some word of the sentence (or right
// after a leading ㈜, where names start too).
bool StartsAnyWord(const PhraseTrie& trie, const SentenceView& view) {
  constexpr std::string_view kCorpMark = "㈜";
  for (const Token& t : view.tokens) {
    if (t.is_punct) continue;
    std::size_t start = t.begin;
    if (view.text.substr(start, kCorpMark.size()) == kCorpMark)
      start += kCorpMark.size();
    if (trie.Longest(view.text, start).value != PhraseTrie::kNone) return true;
  }
  return false;
}

// Business relations hold between organisations: "김하준 한빛은행 대표와
// 이서연 대성카드 사장이 협약을 체결" is a partnership of the two companies.
bool TiesOrganisations(std::string_view relation) {
  return relation == "partner" || relation == "contract" ||
         relation == "supply" || relation == "invest" ||
         relation == "acquire" || relation == "merge" ||
         relation == "compete" || relation == "subsidiary";
}

// The organisation a person is named with in this sentence ("김하준 한빛은행
// 대표"), the entity itself if it is no person, or -1.
int OrgInSentence(const SentenceView& view, const EntityTable& table,
                  int entity) {
  if (table.at(entity).type != EntityType::kPerson) return entity;
  for (const RoleMention& role : view.roles) {
    if (role.person == entity && role.org >= 0) return role.org;
  }
  return -1;
}

// Replaces people by the organisations the sentence names them with; false
// when a person has none there (two people "join hands" with no company
// named is no partnership of companies), or both ends become one.
bool LiftToOrganisations(const SentenceView& view, const EntityTable& table,
                         FoundRelation* f) {
  f->subject = OrgInSentence(view, table, f->subject);
  f->object = OrgInSentence(view, table, f->object);
  return f->subject >= 0 && f->object >= 0 && f->subject != f->object;
}

// A business relation between people becomes one between their companies;
// a contract between a person with no company named and an organisation
// ("김하준은 한빛FC와 3년 계약을 맺었다") is the person's role there. False
// when it is neither.
bool LiftOrSign(const SentenceView& view, const EntityTable& table,
                FoundRelation* f) {
  FoundRelation lifted = *f;
  if (LiftToOrganisations(view, table, &lifted)) {
    *f = lifted;
    return true;
  }
  if (f->relation != "contract") return false;
  const bool subject_signs = table.at(f->subject).type == EntityType::kPerson &&
                             table.at(f->object).type == EntityType::kOrg;
  const bool object_signs = table.at(f->object).type == EntityType::kPerson &&
                            table.at(f->subject).type == EntityType::kOrg;
  if (!subject_signs && !object_signs) return false;
  const int person = subject_signs ? f->subject : f->object;
  if (OrgInSentence(view, table, person) >= 0) return false;
  f->object = subject_signs ? f->object : f->subject;
  f->subject = person;
  f->relation = "role";
  f->rule = "role-contract";
  return true;
}

}  // namespace

struct Extractor::Impl {
  ExtractorOptions options;
  Resources resources;
};

Extractor::Extractor(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Extractor::~Extractor() = default;

Status Extractor::Create(const ExtractorOptions& options,
                         std::unique_ptr<Extractor>* extractor,
                         std::vector<std::string>* warnings) {
  std::error_code ec;
  if (!std::filesystem::is_directory(options.data_dir + "/lexicon", ec)) {
    return Status::NotFound("data directory " + options.data_dir +
                            " has no lexicon/ folder (use --data-dir)");
  }
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  Status status =
      Resources::Load(options.data_dir + "/lexicon", options.lexicon_dirs,
                      &impl->resources, warnings);
  if (!status.ok()) return status;
  extractor->reset(new Extractor(std::move(impl)));
  return Status::Ok();
}

Extraction Extractor::Extract(const Document& document) const {
  const Resources& res = impl_->resources;
  Extraction out;
  out.doc_id = document.id;
  const AnalyzedDocument analysis = AnalyzeDocument(document, &out.warnings);

  // Entities: a first pass learns the names the patterns find, a second
  // pass finds them again wherever they recur without their title.
  EntityTable table;
  const EntityRecognizer recognizer(res);
  std::vector<SentenceView> views(analysis.sentences.size());
  for (std::size_t i = 0; i < views.size(); ++i) {
    views[i].sentence = &analysis.sentences[i];
    views[i].text = analysis.sentences[i].norm.text;
    views[i].tokens = Tokenize(views[i].text, res.particles);
    recognizer.Recognize(&views[i], &table, nullptr);
  }
  // A sentence where no learnt name starts a word would come out of the
  // second pass as it came out of the first: it keeps its first reading.
  const PhraseTrie known = EntityRecognizer::KnownNames(table);
  for (SentenceView& view : views) {
    if (StartsAnyWord(known, view)) recognizer.Recognize(&view, &table, &known);
  }
  table.PreferWrittenNames();

  // Coreference, times and relations, in reading order.
  const CodePointIndex title_index(document.title);
  const CodePointIndex text_index(document.text);
  TimeContext time_context(analysis.anchor_date);
  Coreference coreference(&table);
  const RelationExtractor relations(res);
  std::set<std::string> seen;
  std::set<int> used;
  std::set<int> in_relation;
  std::vector<bool> announced;  // per relation: dated by its announcement
  std::vector<FoundRelation> found;
  for (SentenceView& view : views) {
    coreference.Resolve(&view);
    for (const Mention& m : view.mentions)
      used.insert(m.entities.begin(), m.entities.end());
    const std::vector<TimexMention> timexes =
        FindTimexes(MaskLengthsOfStay(view.text), &time_context);
    found.clear();
    relations.Extract(view, coreference.person_pair(),
                      coreference.latest_person(), coreference.topic_org(),
                      &table, &found);
    for (FoundRelation& f : found) {
      if (TiesOrganisations(f.relation) && !LiftOrSign(view, table, &f))
        continue;
      // A bare name is a person only where a role needs one.
      if (f.relation != "role" &&
          (table.tentative(f.subject) || table.tentative(f.object))) {
        continue;
      }
      Relation r;
      r.subject = table.at(f.subject).name;
      r.object = table.at(f.object).name;
      r.relation = f.relation;
      r.rule = f.rule;
      r.attributes = f.attributes;
      bool dated_by_announcement = false;
      if (f.timed)
        r.time = PickTime(view.text, timexes, f, &dated_by_announcement);
      r.hedged = f.relation != "role" &&
                 IsHedged(res, view.text, f.cue_end,
                          std::min(f.hedge_end, view.text.size()));
      if (!seen.insert(RelationKey(r)).second) continue;
      r.evidence =
          MakeEvidence(document, *view.sentence, title_index, text_index);
      used.insert(f.subject);
      used.insert(f.object);
      in_relation.insert(f.subject);
      in_relation.insert(f.object);
      // A pair read from 양 사 is already the pair: noting it again would
      // turn two people into their companies.
      if (IsSymmetricRelation(f.relation) &&
          f.rule.find("pair-anaphor") == std::string::npos) {
        coreference.NotePair(f.subject, f.object);
      }
      out.relations.push_back(std::move(r));
      announced.push_back(dated_by_announcement);
    }
  }
  DropWeakerDuplicates(&out.relations, &announced);
  std::vector<bool> tentative(static_cast<std::size_t>(table.size()));
  for (int id = 0; id < table.size(); ++id)
    tentative[static_cast<std::size_t>(id)] = table.tentative(id);
  std::vector<Entity> entities = table.Take();
  for (int id : used) {
    if (tentative[static_cast<std::size_t>(id)] && !in_relation.count(id))
      continue;
    // Places matter as relation ends (방한 -> 한국); a country named in
    // passing ("미국 정부 차원에서") is background, not an entity of the story.
    Entity& e = entities[static_cast<std::size_t>(id)];
    if (e.type == EntityType::kPlace && !in_relation.count(id)) continue;
    out.entities.push_back(std::move(e));
  }
  return out;
}

}  // namespace newsgraph::extract
