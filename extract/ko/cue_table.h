// The relation cue table (data/lexicon/ko/relation_cues.tsv): rows checked
// against the relation inventory and the closed set of cue frames.
#ifndef NEWSGRAPH_EXTRACT_KO_CUE_TABLE_H_
#define NEWSGRAPH_EXTRACT_KO_CUE_TABLE_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/lexicon.h"
#include "extract/ko/resources.h"

namespace newsgraph::extract::ko {

// The frame's name in the file ("appointed"); nullopt for an unknown name.
std::optional<CueFrame> ParseCueFrame(std::string_view name);

// Adds the cue rows to r->cues and r->cue_trie. A row naming a relation the
// inventory lacks or an unknown frame goes to *errors as
// `file:line: reason: "row"` and is not added; a cue listed twice is a
// warning (the first row wins).
void AddCues(const std::vector<TsvRow>& rows, Resources* r,
             std::vector<std::string>* errors,
             std::vector<std::string>* warnings);

}  // namespace newsgraph::extract::ko

#endif  // NEWSGRAPH_EXTRACT_KO_CUE_TABLE_H_
