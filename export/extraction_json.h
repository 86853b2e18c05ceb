// The JSON form of one Extraction, exactly as ../shared/eval/CONTRACT.md
// section 1 fixes it (plus "rule" and "field" on relations and
// "english_name" on entities, which the contract welcomes).
#ifndef NEWSGRAPH_EXPORT_EXTRACTION_JSON_H_
#define NEWSGRAPH_EXPORT_EXTRACTION_JSON_H_

#include <string>

#include "core/explanation.h"
#include "core/extraction.h"

namespace newsgraph::exporter {

// One line of JSON, without the trailing newline.
// One JSON line; with an explanation, its trace under "explain".
std::string ExtractionToJsonLine(const newsgraph::Extraction& extraction,
                                 const Explanation* explanation = nullptr);

}  // namespace newsgraph::exporter

#endif  // NEWSGRAPH_EXPORT_EXTRACTION_JSON_H_
