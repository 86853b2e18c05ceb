// Hedging: whether a relation is stated as a possibility, forecast, plan or
// rumour (가능성, 전망, 예정, 추진, ~할 것으로 보인다) rather than as done,
// agreed or decided (체결했다, 합의했다, ~하기로 했다). Cues come from
// hedge_cues.tsv; the last cue after the relation's cue word decides.
#ifndef NEWSGRAPH_EXTRACT_KO_HEDGING_H_
#define NEWSGRAPH_EXTRACT_KO_HEDGING_H_

#include <cstddef>
#include <string_view>

#include "extract/ko/resources.h"

namespace newsgraph::extract::ko {

// Reads text[from, to) (normalised bytes) for hedging cues.
bool IsHedged(const Resources& resources, std::string_view text, std::size_t from,
              std::size_t to);

}  // namespace newsgraph::extract::ko

#endif  // NEWSGRAPH_EXTRACT_KO_HEDGING_H_
