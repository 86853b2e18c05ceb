// The Korean analysis stage: a Document cut into normalised sentences with
// the page furniture of Korean news sites removed (page_cleaner.h) and a
// publication date inferred from the page when the input has none.
#ifndef NEWSGRAPH_EXTRACT_KO_ANALYSIS_H_
#define NEWSGRAPH_EXTRACT_KO_ANALYSIS_H_

#include <string>
#include <vector>

#include "core/document.h"
#include "extract/analysis.h"
#include "extract/ko/page_cleaner.h"

namespace newsgraph::extract::ko {

// Never fails; notes what it had to guess (an inferred date) in *warnings.
// `cleaner` separates the article from the page furniture of the text.
AnalyzedDocument AnalyzeDocument(const Document& document,
                                 const PageCleaner& cleaner,
                                 std::vector<std::string>* warnings);

}  // namespace newsgraph::extract::ko

#endif  // NEWSGRAPH_EXTRACT_KO_ANALYSIS_H_
