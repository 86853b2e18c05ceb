// Role relations. Without a cue word: title phrases ("최태원 SK그룹 회장"),
// titles whose holder is the sentence's subject ("한빛은행 대표를 거쳐"),
// local heads whose title names the kind of body they head ("광양시는 박지훈
// 시장이 참석한"), members of the team the sentence is about and genitives
// ("한빛FC의 김하준"). With a cue word (ApplyRoleCue): leading ("한빛중공업을
// 이끄는"), appointing, founding and joining.
#include <algorithm>
#include <utility>

#include "core/utf8.h"
#include "extract/ko/relation_extractor.h"
#include "extract/ko/relation_frame.h"
#include "extract/ko/relation_text.h"

namespace newsgraph::extract::ko {
namespace {

using relation_text::EndsInPastAdnominal;
using relation_text::EndsWith;
using relation_text::IsSubject;
using relation_text::OfType;

// A role without a time: the span is in token indices until DateRoles turns
// it into bytes, dated by an appointment cue when the sentence has one.
FoundRelation UntimedRole(int person, int org, const RoleMention& role,
                          const char* rule) {
  FoundRelation f;
  f.subject = person;
  f.object = org;
  f.relation = "role";
  f.rule = rule;
  f.attributes["title"] = role.title;
  f.timed = false;
  f.clause_begin = f.cue_begin = role.first;
  f.clause_end = f.cue_end = role.last;
  return f;
}

// The one entity the sentence names that `fits`, other than `person`; -1
// when there is none or more than one.
template <typename Fits>
int SoleFitting(const SentenceView& v, int person, Fits fits) {
  int found = -1;
  for (const Mention& m : v.mentions) {
    if (m.anaphor || m.entities.size() != 1 || m.entities[0] == person ||
        !fits(m))
      continue;
    if (found >= 0 && found != m.entities[0]) return -1;
    found = m.entities[0];
  }
  return found;
}

// Whether an adnominal word ("지낸", "있었던") stands in tokens [from, to):
// the words before it describe what follows.
bool AdnominalBetween(const RelationWords& words, const SentenceView& v,
                      std::size_t from, std::size_t to) {
  for (std::size_t i = from; i < to && i < v.tokens.size(); ++i) {
    const Token& t = v.tokens[i];
    const std::string_view word = TokenText(v.text, t);
    if (!t.is_punct && (words.IsAdnominal(word) ||
                        words.EndsInAny(RelationWordKind::kDescribing, word))) {
      return true;
    }
  }
  return false;
}

}  // namespace

void RelationExtractor::RolesFromAppositions(
    const SentenceView& v, std::vector<FoundRelation>* out) const {
  for (const RoleMention& role : v.roles) {
    if (role.org < 0 || role.person < 0 || role.org == role.person) continue;
    out->push_back(UntimedRole(role.person, role.org, role, "role-apposition"));
    // "김하준 전 한빛중공업 부회장", "한빛중공업 전 대표": a role held before;
    // readers filter on it.
    for (std::size_t i = role.first; i < role.last && i < v.tokens.size();
         ++i) {
      const std::string_view word = TokenText(v.text, v.tokens[i]);
      if (r_.relation_words.Is(RelationWordKind::kFormer, word))
        out->back().attributes["former"] = "true";
    }
  }
}

// "한빛FC의 김하준은", "롤링 스톤스의 믹 재거와": an organisation's person.
void RelationExtractor::RolesFromGenitive(
    const SentenceView& v, const EntityTable& table,
    std::vector<FoundRelation>* out) const {
  for (std::size_t k = 0; k + 1 < v.mentions.size(); ++k) {
    const Mention& org = v.mentions[k];
    const Mention& person = v.mentions[k + 1];
    if (org.role != Role::kGen || org.anaphor || person.anaphor ||
        person.first != org.last || org.entities.size() != 1 ||
        person.entities.size() != 1 ||
        table.at(org.entities[0]).type != EntityType::kOrg ||
        table.at(person.entities[0]).type != EntityType::kPerson) {
      continue;
    }
    RoleMention role{person.entities[0], org.entities[0], person.title,
                     org.first, person.last};
    out->push_back(UntimedRole(role.person, role.org, role, "role-genitive"));
  }
}

// "광양시는 박지훈 시장이 참석한 가운데": a 시장 with no organisation beside
// the name heads the one 시 the sentence names. Two such bodies leave it open.
// "한빛FC는 ... 김하준 감독이": a coach or player with no organisation beside
// the name belongs to the one organisation the sentence names, when that is
// its subject.
void RelationExtractor::RolesFromSentenceBody(
    const SentenceView& v, const EntityTable& table,
    std::vector<FoundRelation>* out) const {
  for (const RoleMention& role : v.roles) {
    if (role.person < 0 || role.org >= 0) continue;
    // A 시장 heads a 시, a 군수 a 군, a councillor sits in a 의회
    // (relation_words.tsv, local-head).
    if (const std::string_view ending =
            r_.relation_words.LocalBodyEnding(role.title);
        !ending.empty()) {
      // The lexicon name decides as well as the surface: "나주와" names 나주시.
      const int body = SoleFitting(v, role.person, [&](const Mention& m) {
        const int id = m.entities[0];
        const std::string_view surface =
            v.text.substr(m.begin, m.end - m.begin);
        const int entry = table.lexicon_index(id);
        const std::string_view lexicon_name =
            entry >= 0
                ? std::string_view(
                      r_.lexicon.entries()[static_cast<std::size_t>(entry)]
                          .name)
                : std::string_view();
        const bool of_kind =
            (EndsWith(surface, ending) && HangulLength(surface) >= 2) ||
            (EndsWith(lexicon_name, ending) && HangulLength(lexicon_name) >= 2);
        const EntityType type = table.at(id).type;
        return (type == EntityType::kOrg || type == EntityType::kPlace) &&
               of_kind;
      });
      if (body >= 0)
        out->push_back(UntimedRole(role.person, body, role, "role-local-body"));
    } else if (r_.relation_words.Is(RelationWordKind::kMemberTitle,
                                    role.title)) {
      // Members, players and coaches: beside no organisation, they belong
      // to the team or body the sentence is about ("한빛노조는 "김하준
      // 조합원은 ...").
      const int team = SoleFitting(v, role.person, [&](const Mention& m) {
        return table.at(m.entities[0]).type == EntityType::kOrg;
      });
      const bool team_is_subject = std::any_of(
          v.mentions.begin(), v.mentions.end(), [&](const Mention& m) {
            return m.entities.size() == 1 && m.entities[0] == team &&
                   IsSubject(m.role);
          });
      if (team >= 0 && team_is_subject) {
        out->push_back(
            UntimedRole(role.person, team, role, "role-team-subject"));
      }
    }
  }
}

// "한빛은행 대표, 한빛카드 대표를 거쳐 대성증권 부사장으로 합류했다": title
// phrases without a name belong to the sentence's person subject, or, when
// the sentence has no subject at all, to the person last mentioned.
void RelationExtractor::RolesWithoutName(
    const SentenceView& v, const std::vector<Arg>& args, int latest_person,
    const EntityTable& table, std::vector<FoundRelation>* out) const {
  for (const RoleMention& role : v.roles) {
    if (role.person >= 0 || role.org < 0) continue;
    const Role phrase_role = v.tokens[role.last - 1].role;
    if (IsSubject(phrase_role) || v.tokens[role.first].in_quote) continue;
    int person = -1;
    bool subject_before = false;
    for (const Arg& a : args) {
      if (a.first >= role.first || !IsSubject(a.role)) continue;
      subject_before = true;
      if (a.entities.size() == 1 &&
          table.at(a.entities[0]).type == EntityType::kPerson) {
        person = a.entities[0];
      }
    }
    // "한빛중공업 사장을 지낸 김하준은": the phrase is in a clause that
    // describes the subject after it.
    const Arg* subject_after = nullptr;
    for (const Arg& a : args) {
      if (a.first >= role.last && IsSubject(a.role)) {
        subject_after = &a;
        break;
      }
    }
    if (!subject_before && subject_after != nullptr &&
        subject_after->entities.size() == 1 &&
        table.at(subject_after->entities[0]).type == EntityType::kPerson &&
        phrase_role != Role::kWith &&
        AdnominalBetween(r_.relation_words, v, role.last,
                         subject_after->first)) {
      person = subject_after->entities[0];
    }
    // "박 전 장관이 ... 한빛대 교수로": a subject the text names only by a
    // reference nobody resolved still is the subject.
    const bool unresolved_subject = std::any_of(
        v.mentions.begin(), v.mentions.end(), [&](const Mention& m) {
          return m.anaphor && m.entities.empty() &&
                 m.anaphor_kind == AnaphorKind::kPerson;
        });
    if (person < 0 && !subject_before && subject_after == nullptr &&
        !unresolved_subject) {
      person = latest_person;
    }
    if (person < 0) continue;
    out->push_back(
        UntimedRole(person, role.org, role, "role-title-of-subject"));
  }
}

// A role gets a time only when the sentence says when it began ("2016년
//회장에 취임했다"): the appointment cue's clause then dates it.
void RelationExtractor::DateRoles(const SentenceView& v,
                                  const std::vector<Cue>& cues,
                                  const std::vector<int>& clauses,
                                  std::vector<FoundRelation>* out) const {
  for (FoundRelation& f : *out) {
    if (f.relation != "role" || f.timed) continue;
    const std::size_t first = f.cue_begin;
    const std::size_t last = f.cue_end;
    f.cue_begin = f.clause_begin = v.tokens[first].begin;
    f.cue_end = f.clause_end = v.tokens[last - 1].end;
    for (const Cue& cue : cues) {
      // "부사장으로 합류했다" dates a role as an appointment does.
      // "2020년 취임한 김하준 한빛원장": an adnominal cue right before counts.
      const bool before_phrase =
          cue.token + 1 == first &&
          r_.relation_words.IsAdnominal(TokenText(v.text, v.tokens[cue.token]));
      if ((cue.cue->frame != CueFrame::kAppointed &&
           cue.cue->relation != "participate") ||
          (cue.token < last && !before_phrase)) {
        continue;
      }
      f.timed = true;
      f.cue_begin = cue.begin;
      f.cue_end = cue.end;
      f.clause_begin = v.text.size();
      f.clause_end = 0;
      for (std::size_t i = 0; i < v.tokens.size(); ++i) {
        if (clauses[i] != cue.clause) continue;
        f.clause_begin = std::min(f.clause_begin, v.tokens[i].begin);
        f.clause_end = std::max(f.clause_end, v.tokens[i].end);
      }
      break;
    }
  }
}

// Role cue words, by their frame (relation_cues.tsv): leading (default),
// appointed, found and join: "한빛중공업을 이끄는", "박지훈 부사장을 내정", "한빛협회를
// 창립", "한빛노조에 가입".
void RelationExtractor::ApplyRoleCue(const Emitter& e, int topic_org) const {
  const SentenceView& v = e.frame.v;
  const Cue& cue = e.frame.cue;
  const Frame& frame = e.frame;
  const std::vector<Arg>& args = e.frame.args;
  EntityTable* table = e.table;
  const Arg* subject = e.subject;
  const CueFrame cue_frame = cue.cue->frame;
  if (cue_frame == CueFrame::kDefault) {
    // "김하준 대표는 한빛중공업을 이끌고", "김하준 대표가 이끄는
    // 한빛중공업".
    const Arg* person = frame.Before(IsSubject);
    if (person == nullptr) {
      for (const Arg& a : args) {
        if (a.last <= cue.token && IsSubject(a.role)) person = &a;
      }
    }
    const Arg* org = e.ObjectRole(Role::kObject);
    if (org == nullptr &&
        r_.relation_words.IsAdnominal(TokenText(v.text, v.tokens[cue.token])))
      org = frame.After();
    if (person != nullptr && org != nullptr &&
        OfType(*person, {EntityType::kPerson}, *table) &&
        OfType(*org, {EntityType::kOrg}, *table)) {
      e.Emit(person, org, "role", "role-leads");
    }
    return;
  }
  if (cue_frame == CueFrame::kAppointed) {
    // "한빛중공업은 박지훈 부사장을 내정했다": the company appoints the person.
    const Arg* person = e.ObjectRole(Role::kObject);
    if (subject != nullptr && person != nullptr &&
        OfType(*subject, {EntityType::kOrg}, *table) &&
        OfType(*person, {EntityType::kPerson}, *table)) {
      e.Emit(person, subject, "role", "role-appointed");
    }
    return;
  }
  if (cue_frame == CueFrame::kFound) {
    // "지난해 3월 자회사 한빛랩스를 설립했다": the founder goes unsaid.
    Arg topic;
    if (subject == nullptr && topic_org >= 0) {
      topic.entities = {topic_org};
      subject = &topic;
    }
    const Arg* child = e.ObjectRole(Role::kObject);
    const std::string_view word = TokenText(v.text, v.tokens[cue.token]);
    if (child == nullptr &&
        (r_.relation_words.IsAdnominal(word) || EndsInPastAdnominal(word))) {
      child = frame.After();  // "박흥수가 세운 한빛항공"
      subject = frame.Before(IsSubject);
    }
    if (child != nullptr && !OfType(*child, {EntityType::kOrg}, *table))
      child = nullptr;
    // "서재현은 한빛협회를 창립했다": a person founding is a role.
    if (subject != nullptr && OfType(*subject, {EntityType::kPerson}, *table)) {
      e.Emit(subject, child, "role", "role-founder");
      return;
    }
    e.Emit(child, subject, "subsidiary", "subsidiary-founding");
    return;
  }
  if (cue_frame == CueFrame::kJoin) {
    // "김하준은 한빛노조에 가입했다", "한빛FC에 입단한 김하늘", "한빛은행에서
    // 근무".
    const Arg* org = e.ObjectRole(Role::kTo);
    if (org == nullptr) org = e.ObjectRole(Role::kFrom);
    if (org == nullptr) org = e.ObjectRole(Role::kAs);  // "한빛FC로 이적"
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
      e.Emit(subject, org, "role", "role-joins");
    }
    return;
  }
}

}  // namespace newsgraph::extract::ko
