#include "extract/pipeline.h"

#include <algorithm>
#include <set>

#include "core/relation_types.h"
#include "core/utf8.h"
#include "extract/entity_table.h"
#include "extract/languages.h"

namespace newsgraph::extract {
namespace {

// The time of a relation: an expression in the cue's clause (the nearest one
// before the cue, else the first after it), else the first in the sentence,
// else none. The publication date is not an event time. *announced tells
// whether the time only dates the telling.
std::optional<TimeValue> PickTime(std::string_view sentence,
                                  const std::vector<TimeMention>& times,
                                  const FoundRelation& f,
                                  const TimeReader& reader, bool* announced) {
  const TimeMention* in_clause = nullptr;
  const TimeMention* first = nullptr;
  for (const TimeMention& t : times) {
    if (t.is_elapsed || t.value.value.empty()) continue;
    if (first == nullptr) first = &t;
    if (t.begin < f.clause_begin || t.end > f.clause_end) continue;
    if (t.begin < f.cue_begin || in_clause == nullptr) in_clause = &t;
  }
  const TimeMention* pick = in_clause != nullptr ? in_clause : first;
  if (pick == nullptr) return std::nullopt;
  *announced = reader.DatesTheTelling(sentence, pick->end);
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

// Business relations hold between organisations: "김하준 한빛은행 대표와
// 이서연 대성카드 사장이 협약을 체결" is a partnership of the two companies.
// Which relations do is data/relation_types.tsv's ties_organisations column.
bool TiesOrganisations(std::string_view relation) {
  const RelationTypeInfo* info = FindRelationType(relation);
  return info != nullptr && info->ties_organisations;
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
  std::vector<LanguagePack> packs;  // one per language, sorted by language

  const LanguagePack* Pack(std::string_view language) const {
    if (language.empty()) language = kDefaultLanguage;
    for (const LanguagePack& pack : packs) {
      if (pack.language == language) return &pack;
    }
    return nullptr;
  }
};

Extractor::Extractor(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Extractor::~Extractor() = default;

Status Extractor::Create(const ExtractorOptions& options,
                         std::unique_ptr<Extractor>* extractor,
                         std::vector<std::string>* warnings) {
  const LanguageRegistry& registry = BuiltinLanguages();
  std::vector<std::string> languages = options.languages;
  if (languages.empty()) languages = registry.languages();
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  const LanguagePackOptions pack_options{options.data_dir,
                                         options.lexicon_dirs};
  for (const std::string& language : languages) {
    const LanguagePackFactory* factory = registry.Find(language);
    if (factory == nullptr) {
      return Status::InvalidInput("no language pack for \"" + language + "\"");
    }
    LanguagePack pack;
    Status status = (*factory)(pack_options, &pack, warnings);
    if (!status.ok()) return status;
    if (!pack.complete()) {
      return Status::Internal("language pack \"" + language +
                              "\" lacks a stage");
    }
    impl->packs.push_back(std::move(pack));
  }
  extractor->reset(new Extractor(std::move(impl)));
  return Status::Ok();
}

std::unique_ptr<Extractor> Extractor::FromPacks(
    std::vector<LanguagePack> packs) {
  auto impl = std::make_unique<Impl>();
  impl->packs = std::move(packs);
  return std::unique_ptr<Extractor>(new Extractor(std::move(impl)));
}

bool Extractor::Supports(std::string_view language) const {
  return impl_->Pack(language) != nullptr;
}

std::vector<std::string> Extractor::languages() const {
  std::vector<std::string> out;
  for (const LanguagePack& pack : impl_->packs) out.push_back(pack.language);
  return out;
}

namespace {

// Analysis, tokens and mentions: everything the per-sentence stages read.
DocumentContext FindMentions(const LanguagePack& pack,
                             const Document& document,
                             std::vector<std::string>* warnings) {
  DocumentContext doc;
  doc.document = &document;
  doc.warnings = warnings;
  doc.analysis = pack.analyzer->Analyze(document, warnings);
  doc.sentences.resize(doc.analysis.sentences.size());
  for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
    SentenceView& view = doc.sentences[i];
    view.sentence = &doc.analysis.sentences[i];
    view.text = doc.analysis.sentences[i].norm.text;
    view.tokens = pack.tokenizer->Tokenize(view.text);
  }
  for (const auto& finder : pack.mention_finders) finder->FindMentions(&doc);
  return doc;
}

// What the relation loop keeps for the entity list and the clean-up.
struct RelationTally {
  std::set<std::string> seen;  // RelationKey of every relation kept
  std::set<int> used;          // entities mentioned or in a relation
  std::set<int> in_relation;
  std::vector<bool> announced;  // per relation: dated by its announcement
};

// Turns a found relation into an output relation; returns nullptr when it
// is kept, else why the pipeline's policies drop it.
const char* Accept(const LanguagePack& pack, const Document& document,
            const SentenceView& view, const std::vector<TimeMention>& times,
            const TimeReader& time_reader, EntityTable* table,
            const CodePointIndex& title_index,
            const CodePointIndex& text_index, FoundRelation* f,
            RelationTally* tally, Relation* out) {
  if (TiesOrganisations(f->relation) && !LiftOrSign(view, *table, f))
    return "a business relation of people whose companies go unnamed";
  // A bare name is a person only where a role needs one.
  if (f->relation != "role" &&
      (table->tentative(f->subject) || table->tentative(f->object))) {
    return "a party is only a tentative name";
  }
  Relation& r = *out;
  r.subject = table->at(f->subject).name;
  r.object = table->at(f->object).name;
  r.relation = f->relation;
  r.rule = f->rule;
  r.attributes = f->attributes;
  bool dated_by_announcement = false;
  if (f->timed) {
    r.time =
        PickTime(view.text, times, *f, time_reader, &dated_by_announcement);
  }
  r.hedged = f->relation != "role" &&
             pack.hedge_finder->IsHedged(
                 view.text, f->cue_end, std::min(f->hedge_end, view.text.size()));
  if (!tally->seen.insert(RelationKey(r)).second)
    return "a repeat of a relation kept before";
  r.score = f->confidence * std::min(table->at(f->subject).score,
                                     table->at(f->object).score);
  r.evidence = MakeEvidence(document, *view.sentence, title_index, text_index);
  tally->used.insert(f->subject);
  tally->used.insert(f->object);
  tally->in_relation.insert(f->subject);
  tally->in_relation.insert(f->object);
  tally->announced.push_back(dated_by_announcement);
  return nullptr;
}

// The entities worth printing: mentioned ones, except tentative names no
// relation uses and places named only in passing.
std::vector<Entity> SelectEntities(EntityTable* table,
                                   const RelationTally& tally) {
  std::vector<bool> tentative(static_cast<std::size_t>(table->size()));
  for (int id = 0; id < table->size(); ++id)
    tentative[static_cast<std::size_t>(id)] = table->tentative(id);
  std::vector<Entity> entities = table->Take();
  std::vector<Entity> out;
  for (int id : tally.used) {
    if (tentative[static_cast<std::size_t>(id)] && !tally.in_relation.count(id))
      continue;
    // Places matter as relation ends (방한 -> 한국); a country named in
    // passing ("미국 정부 차원에서") is background, not an entity of the story.
    Entity& e = entities[static_cast<std::size_t>(id)];
    if (e.type == EntityType::kPlace && !tally.in_relation.count(id)) continue;
    out.push_back(std::move(e));
  }
  return out;
}

// The trace of one sentence's analysis, before its relations.
SentenceTrace TraceSentence(const SentenceView& view,
                            const std::vector<TimeMention>& times,
                            const EntityTable& table) {
  SentenceTrace trace;
  trace.text = std::string(view.text);
  trace.field = view.sentence->in_title ? "title" : "text";
  for (const Token& t : view.tokens) {
    trace.tokens.push_back({std::string(TokenText(view.text, t)),
                            std::string(StemText(view.text, t)),
                            t.role == Role::kNone ? "" : std::string(RoleName(t.role))});
  }
  for (const Mention& m : view.mentions) {
    MentionTrace mt;
    mt.text = std::string(view.text.substr(m.begin, m.end - m.begin));
    for (int e : m.entities) mt.entities.push_back(table.at(e).name);
    mt.found_by = std::string(m.found_by);
    mt.role = m.role == Role::kNone ? "" : std::string(RoleName(m.role));
    trace.mentions.push_back(std::move(mt));
  }
  for (const TimeMention& t : times) trace.times.push_back({t.value.text, t.value.value});
  return trace;
}

std::string DescribeFound(const FoundRelation& f, const EntityTable& table) {
  return table.at(f.subject).name + " -" + f.relation + "-> " +
         table.at(f.object).name + " (" + f.rule + ")";
}

}  // namespace

Extraction Extractor::Extract(const Document& document) const {
  return Run(document, nullptr);
}

Extraction Extractor::Explain(const Document& document,
                              Explanation* explanation) const {
  return Run(document, explanation);
}

Extraction Extractor::Run(const Document& document, Explanation* trace) const {
  Extraction out;
  out.doc_id = document.id;
  const LanguagePack* pack = impl_->Pack(document.language);
  if (pack == nullptr) {
    out.warnings.push_back("language \"" + document.language +
                           "\" is not supported: nothing extracted");
    return out;
  }
  DocumentContext doc = FindMentions(*pack, document, &out.warnings);
  if (trace != nullptr) {
    trace->language = pack->language;
    for (const auto& finder : pack->mention_finders)
      trace->mention_finders.emplace_back(finder->name());
  }

  // Coreference, times and relations, in reading order.
  const CodePointIndex title_index(document.title);
  const CodePointIndex text_index(document.text);
  const std::unique_ptr<TimeReader> times =
      pack->time_finder->ForDocument(doc.analysis.anchor_date);
  const std::unique_ptr<RelationReader> relations =
      pack->relation_finder->ForDocument(&doc.table);
  RelationTally tally;
  std::vector<FoundRelation> found;
  for (SentenceView& view : doc.sentences) {
    found.clear();
    const std::vector<TimeMention> sentence_times = times->Find(view.text);
    relations->Find(&view, &found);
    for (const Mention& m : view.mentions)
      tally.used.insert(m.entities.begin(), m.entities.end());
    SentenceTrace* sentence_trace = nullptr;
    if (trace != nullptr) {
      trace->sentences.push_back(TraceSentence(view, sentence_times, doc.table));
      sentence_trace = &trace->sentences.back();
      relations->Explain(view, &sentence_trace->cues);
    }
    for (FoundRelation& f : found) {
      const std::string described =
          sentence_trace != nullptr ? DescribeFound(f, doc.table) : "";
      Relation r;
      const char* dropped =
          Accept(*pack, document, view, sentence_times, *times, &doc.table,
                 title_index, text_index, &f, &tally, &r);
      if (sentence_trace != nullptr) {
        sentence_trace->verdicts.push_back(
            {described, dropped != nullptr ? dropped : "kept"});
      }
      if (dropped != nullptr) continue;
      relations->Accepted(f);
      out.relations.push_back(std::move(r));
    }
  }
  DropWeakerDuplicates(&out.relations, &tally.announced);
  out.entities = SelectEntities(&doc.table, tally);
  return out;
}

}  // namespace newsgraph::extract
