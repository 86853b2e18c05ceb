// Tokens of a normalised sentence and the grammatical role each word plays.
// Language-neutral: a language pack cuts sentences into these (Korean:
// extract/ko/morph.h) and every later stage reads them.
#ifndef NEWSGRAPH_EXTRACT_TOKEN_H_
#define NEWSGRAPH_EXTRACT_TOKEN_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace newsgraph::extract {

// The grammatical function of a word in its clause, as the relation frames
// read it. Each language pack assigns it its own way (Korean: from the
// particle chain; "with" is 와/과, 하고). Only the roles the frames read are
// told apart.
enum class Role : std::uint8_t {
  kNone,     // bare noun (apposition, headline style, compounds)
  kTopic,    // 은/는
  kSubject,  // 이/가, 께서
  kObject,   // 을/를
  kWith,     // 와/과/하고/이랑, also 와의/과의
  kTo,       // 에/에게/께/한테
  kFrom,     // 에서/에게서/로부터
  kGen,      // 의
  kAs,       // 으로/로
  kAlso,     // 도
  kOther,    // 만, 까지, 부터, 보다, ...
};

// The name of a role as data files and --explain write it ("topic",
// "with", ...), and back; ParseRole is false for an unknown name.
std::string_view RoleName(Role role);
bool ParseRole(std::string_view name, Role* role);

struct Token {
  std::size_t begin = 0;     // bytes in the normalised sentence
  std::size_t end = 0;
  std::size_t stem_end = 0;  // [begin, stem_end) stem; [stem_end, end) particles
  Role role = Role::kNone;
  bool is_punct = false;
  bool space_after = false;  // followed by a space (not by punctuation)
  bool in_quote = false;     // inside "double quotes": someone's words
  bool in_paren = false;     // inside (parentheses): an aside or an alias
};

inline std::string_view TokenText(std::string_view text, const Token& t) {
  return text.substr(t.begin, t.end - t.begin);
}
inline std::string_view StemText(std::string_view text, const Token& t) {
  return text.substr(t.begin, t.stem_end - t.begin);
}

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_EXTRACT_TOKEN_H_
