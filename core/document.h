// Document: one news article as it enters the pipeline.
#ifndef NEWSGRAPH_CORE_DOCUMENT_H_
#define NEWSGRAPH_CORE_DOCUMENT_H_

#include <string>

namespace newsgraph {

struct Document {
  std::string id;      // unique within a batch; file name or JSON "id"
  std::string date;    // publication date "YYYY-MM-DD", or "" when unknown
  std::string title;   // may be empty
  std::string text;    // the article (or scraped page) as UTF-8
  std::string source;  // outlet or feed name, may be empty
  std::string url;     // may be empty
  // The language of title and text, as an ISO 639-1 code ("ko", "en"); ""
  // when the input does not say, and the extractor then assumes its default
  // language (Korean).
  std::string language;
  std::string origin;  // where it came from, for messages: "file.jsonl:12"
};

}  // namespace newsgraph

#endif  // NEWSGRAPH_CORE_DOCUMENT_H_
