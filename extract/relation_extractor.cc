#include "extract/relation_extractor.h"

#include <algorithm>
#include <functional>

#include "extract/relation_text.h"
#include "extract/relation_types.h"
#include "extract/utf8.h"

namespace newsgraph::extract {
namespace {

using relation_text::EndsWith;
using relation_text::IsAdnominal;
using relation_text::IsSubject;
using relation_text::OfType;
using ArgPredicate = std::function<bool(Role)>;

// Punctuation and words that join list members: "A, B", "A·B", "A 및 B".
bool IsListJoiner(std::string_view token) {
  return token == "," || token == "·" || token == "ㆍ" || token == "및" ||
         token == "/";
}

// Closing quotes and brackets between a name and its cue ("'스타게이트' 참여").
bool IsCloser(std::string_view token) {
  return token == "'" || token == "\"" || token == ")" || token == "]" ||
         token == "」" || token == "』" || token == "》" || token == "〉";
}

// "CEP", "SAP", "UAMPS": two or more capitals or digits, at least one capital.
bool IsAcronym(std::string_view s) {
  if (s.size() < 2 || s.size() > 8) return false;
  bool letter = false;
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') {
      letter = true;
    } else if (!(c >= '0' && c <= '9') && c != '&') {
      return false;
    }
  }
  return letter;
}

bool IsPairJoiner(std::string_view token) {
  return token == "-" || token == "·" || token == "ㆍ" || token == "–";
}

// "세운", "만든": a verb's past adnominal ends in the final consonant ㄴ.
bool EndsInPastAdnominal(std::string_view word) {
  constexpr int kFinalN = 4;  // ㄴ among the final consonants
  return !word.empty() && BatchimIndex(LastCodePoint(word)) == kFinalN;
}

}  // namespace

struct RelationExtractor::Frame {
  const SentenceView& v;
  const std::vector<Arg>& args;
  const Cue& cue;

  // The nearest argument before the cue in its clause with a role for which
  // `want` holds.
  const Arg* Before(const ArgPredicate& want) const {
    const Arg* best = nullptr;
    for (const Arg& a : args) {
      if (a.last <= cue.token && a.clause == cue.clause && want(a.role))
        best = &a;
    }
    return best;
  }
  std::vector<const Arg*> AllBefore(Role role) const {
    std::vector<const Arg*> out;
    for (const Arg& a : args) {
      if (a.last <= cue.token && a.clause == cue.clause && a.role == role)
        out.push_back(&a);
    }
    return out;
  }
  // The argument right before the cue word, bare or genitive ("B 인수").
  const Arg* Adjacent() const {
    std::size_t end = cue.token;
    while (end > 0 && IsCloser(TokenText(v.text, v.tokens[end - 1]))) --end;
    for (const Arg& a : args) {
      if (a.last == end && (a.role == Role::kNone || a.role == Role::kGen))
        return &a;
    }
    return nullptr;
  }
  // The argument right after the cue word ("계열사 SK하이닉스", relative
  // clauses).
  const Arg* After() const {
    for (const Arg& a : args) {
      if (a.first == cue.token + 1) return &a;
    }
    return nullptr;
  }
  // The first word token at or after token i.
  std::size_t NextWord(std::size_t i) const {
    while (i < v.tokens.size() && v.tokens[i].is_punct) ++i;
    return i;
  }
  bool EmbeddedBefore(const Arg& a) const {
    for (std::size_t i = a.last; i < cue.token; ++i) {
      const Token& t = v.tokens[i];
      if (!t.is_punct && !v.covered[i] && IsAdnominal(TokenText(v.text, t)))
        return true;
    }
    return false;
  }
  // The subject: a relative clause's head, else the nearest topic or subject
  // in the clause, else the sentence topic before the cue, else a genitive.
  const Arg* Subject() const {
    const std::string_view word = TokenText(v.text, v.tokens[cue.token]);
    if (IsAdnominal(word)) {
      if (const Arg* head = After()) return head;
    }
    const Arg* topic = nullptr;
    for (const Arg& a : args) {
      if (a.last <= cue.token &&
          (a.role == Role::kTopic || a.role == Role::kAlso)) {
        topic = &a;
        break;
      }
    }
    const Arg* s = Before(IsSubject);
    // "올트먼 CEO는 오픈AI가 개최한 행사를 마친 뒤 최 회장을 만났다": a subject
    // followed by an adnominal word belongs to an embedded clause.
    if (s != nullptr && s != topic && topic != nullptr && EmbeddedBefore(*s))
      s = topic;
    if (s != nullptr) return s;
    if (topic != nullptr) return topic;
    for (const Arg& a : args) {
      if (a.last <= cue.token && IsSubject(a.role)) return &a;
    }
    return Before([](Role r) { return r == Role::kGen; });
  }
};

std::vector<int> RelationExtractor::Clauses(const SentenceView& v) const {
  std::vector<int> clauses(v.tokens.size(), 0);
  int clause = 0;
  for (std::size_t i = 0; i < v.tokens.size(); ++i) {
    clauses[i] = clause;
    const Token& t = v.tokens[i];
    if (t.is_punct || v.covered[i]) continue;
    const std::string_view word = TokenText(v.text, t);
    const char32_t last = LastCodePoint(word);
    if (std::find(r_.clause_ending_lasts.begin(), r_.clause_ending_lasts.end(),
                  last) == r_.clause_ending_lasts.end()) {
      continue;
    }
    for (const std::string& e : r_.clause_endings) {
      if (EndsWith(word, e) && word.size() > e.size()) {
        ++clause;
        break;
      }
    }
  }
  return clauses;
}

// "A', 홍콩 핀테크 기업 'B'가": between list members only bare words
// (descriptions) and quotes may stand.
bool ListContinues(const SentenceView& v, std::size_t from,
                   std::size_t next_first) {
  constexpr std::size_t kMaxDescriptionWords = 6;
  if (next_first < from || next_first - from > kMaxDescriptionWords)
    return false;
  for (std::size_t i = from; i < next_first; ++i) {
    const Token& t = v.tokens[i];
    const std::string_view word = TokenText(v.text, t);
    if (t.is_punct ? (word != "'" && word != "\"") : t.role != Role::kNone)
      return false;
  }
  return true;
}

std::vector<RelationExtractor::Arg> RelationExtractor::Args(
    const SentenceView& v, const std::vector<int>& clauses) const {
  std::vector<Arg> args;
  for (const Mention& m : v.mentions) {
    if (m.appositive || m.entities.empty() || v.tokens[m.first].in_paren)
      continue;
    args.push_back({m.entities, m.first, m.last, m.role, clauses[m.first]});
  }
  PropagateListRoles(v, &args);
  return args;
}

// List members take the role of the member that carries the particle:
// "A, B와 C", "A·B 등이 참여했다", "A, B 등 소프트웨어 기업과".
void RelationExtractor::PropagateListRoles(const SentenceView& v,
                                           std::vector<Arg>* all) {
  std::vector<Arg>& args = *all;
  const bool headline =
      v.sentence->in_title || v.sentence->kind != SegmentKind::kBody;
  for (std::size_t k = args.size(); k-- > 0;) {
    Arg& a = args[k];
    if (a.role != Role::kNone || a.last >= v.tokens.size()) continue;
    const Token& next = v.tokens[a.last];
    const std::string_view word = TokenText(v.text, next);
    if (headline && a.first == 0 && word == ",") {
      a.role = Role::kTopic;  // "두산, 신사업 진출": the headline's topic
    } else if (IsListJoiner(word) && k + 1 < args.size() &&
               ListContinues(v, a.last + 1, args[k + 1].first)) {
      a.role = args[k + 1].role;
      a.clause = args[k + 1].clause;
    } else if (StemText(v.text, next) == "등") {
      // "등 소프트웨어 전문기업과": the particle may come after a description.
      constexpr std::size_t kMaxDescriptionWords = 4;
      for (std::size_t i = a.last;
           i < v.tokens.size() && i <= a.last + kMaxDescriptionWords; ++i) {
        if (v.tokens[i].is_punct) break;
        if (v.tokens[i].role != Role::kNone) {
          a.role = v.tokens[i].role;
          break;
        }
      }
    }
  }
}

std::vector<RelationExtractor::Cue> RelationExtractor::Cues(
    const SentenceView& v, const std::vector<int>& clauses) const {
  std::vector<Cue> cues;
  for (std::size_t i = 0; i < v.tokens.size(); ++i) {
    const Token& t = v.tokens[i];
    if (t.is_punct || v.covered[i]) continue;
    std::size_t pos = t.begin;
    while (pos < t.end) {
      const PhraseTrie::Match m = r_.cue_trie.Longest(v.text, pos);
      if (m.value != PhraseTrie::kNone) {
        const RelationCue& cue = r_.cues[static_cast<std::size_t>(m.value)];
        const std::string_view rest = v.text.substr(pos + m.length);
        const bool excluded =
            std::any_of(cue.not_followed_by.begin(), cue.not_followed_by.end(),
                        [&](const std::string& x) {
                          return rest.substr(0, x.size()) == x;
                        });
        if (!excluded) {
          cues.push_back(
              {&cue, i, pos, pos + m.length, clauses[i], t.in_quote});
          break;
        }
      }
      DecodeUtf8(v.text, &pos);
    }
  }
  // "사업협력 계약을 체결": cooperation that names a contract is the contract.
  for (std::size_t k = 0; k + 1 < cues.size(); ++k) {
    if (cues[k].cue->relation == "partner" &&
        cues[k + 1].cue->relation == "contract" &&
        cues[k + 1].token == cues[k].token + 1) {
      cues.erase(cues.begin() + static_cast<std::ptrdiff_t>(k));
    }
  }
  return cues;
}

void RelationExtractor::Extract(const SentenceView& v,
                                std::pair<int, int> last_pair,
                                int latest_person, int topic_org,
                                EntityTable* table,
                                std::vector<FoundRelation>* out) const {
  RolesFromAppositions(v, out);
  RolesFromSentenceBody(v, *table, out);
  RolesFromGenitive(v, *table, out);
  const std::vector<int> clauses = Clauses(v);
  const std::vector<Arg> args = Args(v, clauses);
  const std::vector<Cue> cues = Cues(v, clauses);
  RolesWithoutName(v, args, latest_person, *table, out);
  DateRoles(v, cues, clauses, out);
  for (const Cue& cue : cues) {
    Apply(v, args, cue, clauses, last_pair, topic_org, table, out);
  }
}

void RelationExtractor::Apply(const SentenceView& v,
                              const std::vector<Arg>& args, const Cue& cue,
                              const std::vector<int>& clauses,
                              std::pair<int, int> last_pair, int topic_org,
                              EntityTable* table,
                              std::vector<FoundRelation>* out) const {
  if (cue.in_quote) return;
  const Frame frame{v, args, cue};
  std::size_t clause_begin = v.text.size();
  std::size_t clause_end = 0;
  for (std::size_t i = 0; i < v.tokens.size(); ++i) {
    if (clauses[i] != cue.clause) continue;
    clause_begin = std::min(clause_begin, v.tokens[i].begin);
    clause_end = std::max(clause_end, v.tokens[i].end);
  }
  const std::string& rel = cue.cue->relation;
  auto emit = [&](const Arg* s, const Arg* o, const std::string& relation,
                  const std::string& rule) {
    if (s == nullptr || o == nullptr) return;
    for (int se : s->entities) {
      for (int oe : o->entities) {
        if (se == oe) continue;
        FoundRelation f;
        f.subject = se;
        f.object = oe;
        f.relation = relation;
        f.rule = rule;
        f.cue_begin = cue.begin;
        f.cue_end = cue.end;
        f.clause_begin = clause_begin;
        f.clause_end = clause_end;
        const std::string_view word = TokenText(v.text, v.tokens[cue.token]);
        if (EndsWith(word, "한") || EndsWith(word, "된") ||
            EndsWith(word, "했던")) {
          f.hedge_end = v.tokens[cue.token].end;
        }
        out->push_back(std::move(f));
      }
    }
  };
  auto emit_pair = [&](const Arg* pair, const std::string& rule) {
    if (pair == nullptr || pair->entities.size() != 2) return false;
    Arg a = *pair, b = *pair;
    a.entities = {pair->entities[0]};
    b.entities = {pair->entities[1]};
    emit(&a, &b, rel, rule);
    return true;
  };
  const Arg* subject = frame.Subject();
  // Korean drops a subject that the text is about: "(한빛중공업은 ...) 또
  // 서킷랩을 인수했다". Only when nothing in the sentence could be one.
  Arg dropped_topic;
  if (subject == nullptr && topic_org >= 0 && rel != "meet" && rel != "role" &&
      std::none_of(v.tokens.begin(),
                   v.tokens.begin() + static_cast<std::ptrdiff_t>(cue.token),
                   [](const Token& t) { return IsSubject(t.role); })) {
    dropped_topic.entities = {topic_org};
    dropped_topic.first = dropped_topic.last = 0;
    subject = &dropped_topic;
  }
  const std::size_t before = out->size();
  // A Latin acronym in an argument slot is a company even if unknown
  // ("CEP를 인수", "SAP와 협력").
  std::vector<Arg> acronyms;
  acronyms.reserve(v.tokens.size());
  for (std::size_t i = 0; i < cue.token; ++i) {
    const Token& t = v.tokens[i];
    if (t.is_punct || v.covered[i] || t.in_paren || clauses[i] != cue.clause ||
        !IsAcronym(StemText(v.text, t)) ||
        r_.not_names.count(std::string(StemText(v.text, t))) ||
        std::any_of(args.begin(), args.end(),
                    [i](const Arg& a) { return a.first == i; })) {
      continue;
    }
    const int id = table->FromName(StemText(v.text, t), EntityType::kOrg);
    table->AddMention(id, StemText(v.text, t));
    acronyms.push_back({{id}, i, i + 1, t.role, cue.clause});
  }
  std::vector<Arg> merged_args;
  if (!acronyms.empty()) {
    merged_args = args;
    merged_args.insert(merged_args.end(), acronyms.begin(), acronyms.end());
    std::sort(merged_args.begin(), merged_args.end(),
              [](const Arg& a, const Arg& b) { return a.first < b.first; });
    PropagateListRoles(v, &merged_args);
    return Apply(v, merged_args, cue, clauses, last_pair, topic_org, table,
                 out);
  }

  if (rel == "meet" || rel == "partner" || rel == "contract" ||
      rel == "compete") {
    // "양 사 간 협력": the pair itself.
    const Arg* pair = nullptr;
    for (const Arg& a : args) {
      if (a.last <= cue.token && a.entities.size() == 2 &&
          a.clause == cue.clause)
        pair = &a;
    }
    if (emit_pair(pair, rel + "-pair-anaphor")) return;
    // "A-B 협력", "A·B 합작".
    for (std::size_t k = 0; k + 1 < args.size(); ++k) {
      const Arg& a = args[k];
      const Arg& b = args[k + 1];
      if (b.first == a.last + 1 && b.last + 1 >= cue.token &&
          b.last <= cue.token && a.role == Role::kNone &&
          IsPairJoiner(TokenText(v.text, v.tokens[a.last]))) {
        emit(&a, &b, rel, rel + "-hyphen-pair");
      }
    }
    if (out->size() > before) return;
    for (const Arg* w : frame.AllBefore(Role::kWith)) {
      // "니혼게이자이신문과의 인터뷰": 와의 ties the name to the next noun,
      // which must be the cue itself.
      const std::string_view word = TokenText(v.text, v.tokens[w->last - 1]);
      if (EndsWith(word, "의") && !v.tokens[w->last - 1].is_punct &&
          frame.NextWord(w->last) != cue.token) {
        continue;
      }
      emit(subject, w, rel, rel + "-subject-with");
    }
    if (out->size() > before || rel != "meet") return;
    const Arg* object = frame.Before([](Role r) { return r == Role::kObject; });
    if (object != nullptr && object->entities.size() == 1 &&
        table->at(object->entities[0]).type != EntityType::kPerson) {
      emit(subject, object, "visit",
           "visit-subject-object");  // "본사를 찾았다"
      return;
    }
    emit(subject, object, rel, "meet-subject-object");
    if (out->size() > before || subject != nullptr || last_pair.first < 0)
      return;
    // Only when nothing in the sentence could be the subject.
    for (std::size_t i = 0; i < cue.token; ++i) {
      if (IsSubject(v.tokens[i].role)) return;
    }
    // "지난해 6월 만난 후": both parties dropped, the last pair goes on.
    Arg dropped;
    dropped.entities = {last_pair.first, last_pair.second};
    emit_pair(&dropped, "meet-zero-anaphora");
    return;
  }
  auto object_role = [&](Role role) {
    return frame.Before([role](Role r) { return r == role; });
  };
  if (rel == "supply" || rel == "invest") {
    const Arg* to = object_role(Role::kTo);
    if (to == nullptr && rel == "invest") to = object_role(Role::kObject);
    if (to == nullptr && rel == "supply")
      to = object_role(Role::kWith);  // "B와 공급 계약"
    if (to == nullptr) to = frame.Adjacent();
    if (to != nullptr && rel == "supply" &&
        !OfType(*to, {EntityType::kOrg, EntityType::kPerson}, *table)) {
      to = nullptr;  // "미국에 건설하는 발전소에 공급": a place is no customer
    }
    emit(subject, to, rel, rel + "-subject-to");
    // The product: the object word before the cue ("HBM을 공급").
    for (std::size_t i = cue.token; i-- > 0 && clauses[i] == cue.clause;) {
      if (v.tokens[i].role == Role::kObject) {
        for (std::size_t k = before; k < out->size(); ++k) {
          (*out)[k].attributes[rel == "supply" ? "product" : "target"] =
              std::string(StemText(v.text, v.tokens[i]));
        }
        break;
      }
    }
    return;
  }
  if (rel == "acquire" || rel == "merge" || rel == "develop" ||
      rel == "visit" || rel == "sue") {
    const Arg* object = object_role(Role::kObject);
    if (object == nullptr) object = frame.Adjacent();
    if (object == nullptr && rel == "merge") object = object_role(Role::kWith);
    if (object == subject) object = nullptr;
    if (object != nullptr && rel == "develop" &&
        !OfType(*object, {EntityType::kProduct, EntityType::kProject},
                *table)) {
      object = nullptr;
    }
    if (object == nullptr && !cue.cue->implied_object.empty()) {
      Arg implied;
      const int found = table->FindBySurface(cue.cue->implied_object);
      implied.entities = {found >= 0 ? found
                                     : table->FromName(cue.cue->implied_object,
                                                       EntityType::kPlace)};
      emit(subject, &implied, rel, rel + "-implied-object");
      return;
    }
    emit(subject, object, rel, rel + "-subject-object");
    return;
  }
  if (rel == "participate") {
    const Arg* object = object_role(Role::kTo);
    if (object == nullptr) object = frame.Adjacent();
    if (object == nullptr || object == subject ||
        !OfType(*object,
                {EntityType::kEvent, EntityType::kProject, EntityType::kOrg},
                *table)) {
      return;
    }
    // "김하준은 한빛협회에 참가했다": a person taking part in an
    // organisation joins it.
    if (subject != nullptr && OfType(*subject, {EntityType::kPerson}, *table) &&
        OfType(*object, {EntityType::kOrg}, *table)) {
      emit(subject, object, "role", "role-joins");
      return;
    }
    emit(subject, object, rel, "participate-subject-to");
    return;
  }
  if (rel == "subsidiary") {
    // "A와 B를 자회사로 거느리다": the objects are the subject's children.
    if (v.tokens[cue.token].role == Role::kAs && subject != nullptr) {
      for (const Arg* child : frame.AllBefore(Role::kObject)) {
        emit(child, subject, "subsidiary", "subsidiary-as-object");
        for (const Arg& a : args) {
          if (a.last + 1 >= child->first && a.last <= child->first &&
              a.role == Role::kWith) {
            emit(&a, subject, "subsidiary", "subsidiary-as-object");
          }
        }
      }
      if (out->size() > before) return;
    }
    // "SK그룹 계열사 SK하이닉스", "B는 A의 자회사다", "B는 A의 핵심
    // 계열사로서".
    const Arg* parent = frame.Adjacent();
    if (parent == nullptr) {
      parent = frame.Before(
          [](Role r) { return r == Role::kNone || r == Role::kGen; });
    }
    // "계열사 B" and "계열사인 B" name the child next; "계열사로서" does not.
    const Token& cue_word = v.tokens[cue.token];
    const bool names_next = cue_word.role == Role::kNone ||
                            EndsWith(TokenText(v.text, cue_word), "인");
    const Arg* child = names_next ? frame.After() : nullptr;
    if (child == nullptr || child == parent) child = subject;
    // "카카오는 자회사 카카오게임즈가": the subject is the parent.
    if (parent == nullptr && child != subject) parent = subject;
    Arg topic;
    if (parent == nullptr && child != nullptr && topic_org >= 0) {
      topic.entities = {topic_org};
      parent = &topic;
    }
    emit(child, parent, "subsidiary", "subsidiary-apposition");
    return;
  }
  if (rel == "role") {
    // "김하준 대표는 한빛중공업을 이끌고", "김하준 대표가 이끄는
    // 한빛중공업".
    const Arg* person = frame.Before(IsSubject);
    if (person == nullptr) {
      for (const Arg& a : args) {
        if (a.last <= cue.token && IsSubject(a.role)) person = &a;
      }
    }
    const Arg* org = object_role(Role::kObject);
    if (org == nullptr && IsAdnominal(TokenText(v.text, v.tokens[cue.token])))
      org = frame.After();
    if (person != nullptr && org != nullptr &&
        OfType(*person, {EntityType::kPerson}, *table) &&
        OfType(*org, {EntityType::kOrg}, *table)) {
      emit(person, org, "role", "role-leads");
    }
    return;
  }
  if (rel == "appointed") {
    // "두산중공업은 정연인 부사장을 내정했다": the company appoints the person.
    const Arg* person = object_role(Role::kObject);
    if (subject != nullptr && person != nullptr &&
        OfType(*subject, {EntityType::kOrg}, *table) &&
        OfType(*person, {EntityType::kPerson}, *table)) {
      emit(person, subject, "role", "role-appointed");
    }
    return;
  }
  if (rel == "found") {
    // "지난해 3월 자회사 그라운드X를 설립했다": the founder goes unsaid.
    Arg topic;
    if (subject == nullptr && topic_org >= 0) {
      topic.entities = {topic_org};
      subject = &topic;
    }
    const Arg* child = object_role(Role::kObject);
    const std::string_view word = TokenText(v.text, v.tokens[cue.token]);
    if (child == nullptr && (IsAdnominal(word) || EndsInPastAdnominal(word))) {
      child = frame.After();  // "박흥수가 세운 한빛항공"
      subject = frame.Before(IsSubject);
    }
    if (child != nullptr && !OfType(*child, {EntityType::kOrg}, *table))
      child = nullptr;
    // "서재현은 한빛협회를 창립했다": a person founding is a role.
    if (subject != nullptr && OfType(*subject, {EntityType::kPerson}, *table)) {
      emit(subject, child, "role", "role-founder");
      return;
    }
    emit(child, subject, "subsidiary", "subsidiary-founding");
    return;
  }
  if (rel == "join") {
    // "김하준은 한빛노조에 가입했다", "한빛FC에 입단한 김하늘", "한빛은행에서
    // 근무".
    const Arg* org = object_role(Role::kTo);
    if (org == nullptr) org = object_role(Role::kFrom);
    if (org == nullptr) org = object_role(Role::kAs);  // "한빛FC로 이적"
    if (org == nullptr) org = frame.Adjacent();  // "한빛FC 입단", "한빛FC 소속"
    // "한빛대 소속이었던 김하준 박사", "한빛FC 소속 김하준": the person
    // follows.
    if (const Arg* next = frame.After();
        next != nullptr && OfType(*next, {EntityType::kPerson}, *table) &&
        (subject == nullptr ||
         !OfType(*subject, {EntityType::kPerson}, *table))) {
      subject = next;
    }
    if (subject != nullptr && org != nullptr &&
        OfType(*subject, {EntityType::kPerson}, *table) &&
        OfType(*org, {EntityType::kOrg}, *table)) {
      emit(subject, org, "role", "role-joins");
    }
    return;
  }
}

}  // namespace newsgraph::extract
