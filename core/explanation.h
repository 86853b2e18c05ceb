// Explanation: how the extractor read one document, sentence by sentence,
// for whoever tunes rules and word lists (`newsgraph extract --explain`):
// the tokens and their roles, the mentions with the recogniser that found
// them, the times, every cue with the frame's arguments and what became of
// it, and why a found relation was kept or dropped.
#ifndef NEWSGRAPH_CORE_EXPLANATION_H_
#define NEWSGRAPH_CORE_EXPLANATION_H_

#include <string>
#include <vector>

namespace newsgraph {

struct TokenTrace {
  std::string text;
  std::string stem;  // text without its particles
  std::string role;  // "topic", "object", ... ("" for none)
};

struct MentionTrace {
  std::string text;
  std::vector<std::string> entities;  // canonical names, once resolved
  std::string found_by;               // the recogniser ("lexicon", ...)
  std::string role;
};

struct TimeTrace {
  std::string text;
  std::string value;  // ISO, "" for an elapsed duration
};

// A cue word and what its frame made of the clause.
struct CueTrace {
  std::string cue;
  std::string relation;
  std::vector<std::string> arguments;  // "이름/role" in the cue's clause
  std::vector<std::string> found;      // "subject -relation-> object (rule)"
  std::string outcome;                 // why nothing was found, or ""
};

// A found relation and the pipeline's verdict on it.
struct VerdictTrace {
  std::string relation;  // "subject -relation-> object (rule)"
  std::string verdict;   // "kept", or the reason it was dropped
};

struct SentenceTrace {
  std::string text;   // normalised
  std::string field;  // "title" or "text"
  std::vector<TokenTrace> tokens;
  std::vector<MentionTrace> mentions;
  std::vector<TimeTrace> times;
  std::vector<CueTrace> cues;
  std::vector<VerdictTrace> verdicts;
};

struct Explanation {
  std::string language;
  std::vector<std::string> mention_finders;  // the stages, in order
  std::vector<SentenceTrace> sentences;
};

}  // namespace newsgraph

#endif  // NEWSGRAPH_CORE_EXPLANATION_H_
