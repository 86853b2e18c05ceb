// Bare Korean names: a three-syllable word of a common surname and a given
// name ("김하준은", "이서연이") with no title beside it. Such a word is as
// often an ordinary noun ("전문가", "정책적"), so the person is tentative:
// it reaches the output only through a relation that needs a person there
// (pipeline.cc), and a titled mention elsewhere confirms it.
#include <string>
#include <unordered_set>

#include "extract/ko/entity_recognizer.h"
#include "extract/ko/recognizer_text.h"
#include "core/utf8.h"

namespace newsgraph::extract::ko {
namespace {

// Last syllables that make a three-syllable word a common noun far more
// often than a given name: -적 (-ic), -성 (-ness), -화 (-isation), -률/-율
// (rates), -력 (power), -량 (amounts), -층, -권, -제, -계 (systems and
// circles), -측 (side), -급 (grade), -형 (type), -별 (per).
bool EndsLikeACommonNoun(std::string_view word) {
  static constexpr std::string_view kEndings[] = {
      "적", "성", "화", "률", "율", "력", "량", "층", "권", "제", "계", "측",
      "급", "형", "별", "상", "내", "외", "간", "용", "품", "물", "비", "료",
      "금", "세", "액", "법", "안", "책", "론", "관", "사", "소", "청", "처",
      "부", "국", "과", "실", "팀", "단", "회", "원", "장", "업", "점", "지",
      "가", "자", "분", "생", "기",
      // verb stems before an ending that reads like a particle ("공급하는")
      "하", "했", "되", "됐", "된", "한", "할", "시", "겠", "었", "았", "라",
      "해", "치",
      // places and wars ("한남동", "장기전") and stages ("주무대")
      "동", "전", "대"};
  const std::size_t pos = word.size() >= 3 ? word.size() - 3 : 0;
  const std::string_view last = word.substr(pos);
  for (std::string_view e : kEndings) {
    if (last == e) return true;
  }
  return false;
}

// Syllables Korean given names are made of. A word whose last two syllables
// are not both among them ("마케팅", "전력망", "지게차") is no name.
bool IsGivenNameSyllable(std::string_view syllable) {
  static const std::unordered_set<std::string_view> kSyllables = {
      "가", "각", "갑", "강", "건", "걸", "겸", "경", "계", "고", "곤", "공",
      "관", "광", "교", "구", "국", "군", "권", "규", "균", "근", "금", "기",
      "길", "나", "남", "내", "녀", "년", "다", "단", "담", "대", "덕", "도",
      "돈", "동", "두", "득", "라", "란", "람", "래", "량", "려", "련", "렬",
      "령", "례", "로", "록", "룡", "루", "류", "륜", "률", "리", "린", "림",
      "립", "마", "만", "명", "모", "목", "무", "문", "미", "민", "백", "범",
      "벽", "병", "보", "복", "본", "봉", "부", "분", "붕", "빈", "사", "산",
      "삼", "상", "새", "생", "서", "석", "선", "설", "섭", "성", "세", "소",
      "솔", "송", "수", "숙", "순", "술", "승", "시", "식", "신", "실", "심",
      "아", "악", "안", "애", "야", "양", "언", "엄", "업", "여", "연", "열",
      "염", "엽", "영", "예", "오", "옥", "온", "완", "왕", "요", "용", "우",
      "욱", "운", "웅", "원", "월", "유", "육", "윤", "율", "은", "을", "음",
      "응", "의", "익", "인", "일", "임", "자", "작", "장", "재", "전", "정",
      "제", "조", "종", "주", "준", "중", "지", "직", "진", "집", "찬", "창",
      "채", "천", "철", "청", "초", "춘", "출", "충", "치", "칠", "태", "택",
      "판", "팔", "평", "표", "필", "하", "학", "한", "항", "해", "행", "향",
      "헌", "혁", "현", "협", "형", "혜", "호", "홍", "화", "환", "활", "황",
      "회", "효", "후", "훈", "휘", "흠", "흥", "희", "늘", "빛", "별", "슬",
      "름", "결", "몽", "점"};
  return kSyllables.count(syllable) > 0;
}

bool IsListComma(std::string_view token) {
  return token == "," || token == "·";
}

// The particles after a name in an argument slot; endings that read like
// particles ("전했다", "지적해") give other roles.
bool IsArgumentRole(Role role) {
  return role == Role::kTopic || role == Role::kSubject ||
         role == Role::kObject || role == Role::kWith || role == Role::kGen ||
         role == Role::kAlso || role == Role::kTo;
}

}  // namespace

// Hangul syllables are three bytes in UTF-8; the surname is the first.
bool EntityRecognizer::HasGivenNameSyllables(std::string_view name) {
  for (std::size_t pos = 3; pos + 3 <= name.size(); pos += 3) {
    if (!IsGivenNameSyllable(name.substr(pos, 3))) return false;
  }
  return name.size() > 3;
}

bool EntityRecognizer::IsBareName(std::string_view word) const {
  if (HangulLength(word) != 3 || !IsKoreanName(word) ||
      EndsLikeACommonNoun(word)) {
    return false;
  }
  if (!HasGivenNameSyllables(word)) return false;
  // A cue word is no name ("협력은" is cooperation, never a Mr 협).
  if (r_.cue_trie.Longest(word, 0).value != PhraseTrie::kNone) return false;
  const std::string surname(recognizer::FirstSyllables(word, 1));
  if (!r_.surnames.count(surname) || r_.rare_surnames.count(surname))
    return false;
  // A word that ends in a title ("부사장") is the title.
  return r_.titles_reversed.LongestBackward(word, word.size()).value ==
         PhraseTrie::kNone;
}

void EntityRecognizer::MatchBareNames(SentenceView* v,
                                      EntityTable* table) const {
  for (std::size_t i = 0; i < v->tokens.size(); ++i) {
    const Token& t = v->tokens[i];
    if (t.is_punct || v->covered[i] || t.in_quote) continue;
    const std::string_view stem = StemText(v->text, t);
    // A name stands alone: with its particle, or before a list comma.
    const bool alone = (t.stem_end != t.end && IsArgumentRole(t.role)) ||
                       (t.stem_end == t.end && i + 1 < v->tokens.size() &&
                        IsListComma(TokenText(v->text, v->tokens[i + 1])));
    if (!alone || !IsBareName(stem)) continue;
    const int person = table->FromBareName(stem);
    AddMention(v, recognizer::SpanMention(*v, i, i + 1, person));
  }
}

}  // namespace newsgraph::extract::ko
