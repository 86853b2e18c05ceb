// Reads documents from the inputs a user names on the command line:
// text files (one article each), directories (recursively, .txt and .jsonl),
// JSON Lines files (id, date, title, text, source, url) and "-" for stdin.
#ifndef NEWSGRAPH_INPUT_DOCUMENT_READER_H_
#define NEWSGRAPH_INPUT_DOCUMENT_READER_H_

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "core/document.h"

namespace newsgraph::input {

// Metadata given on the command line for plain-text inputs.
struct TextFileOptions {
  std::string id;  // only with a single input; default: the file name
  std::string date;
  std::string title;
  std::string source;
  std::string language;  // ISO 639-1 code, "" for the extractor's default
  // Longest article text accepted (bytes); a longer one is rejected, so one
  // huge input cannot take the machine's memory.
  std::size_t max_bytes = 8 << 20;
};

// One input that could not become a document, with where and why.
struct Rejection {
  std::string where;   // "file.jsonl:12", "dir/a.txt" or a document id
  std::string reason;  // "invalid UTF-8 at byte 31"
};

using DocumentSink = std::function<void(newsgraph::Document&&)>;
using RejectionSink = std::function<void(Rejection&&)>;

// Streams every document of `paths` to `on_document` in input order and every
// bad input to `on_rejection`; never stops early. Returns the number of
// documents delivered.
std::size_t ReadDocuments(const std::vector<std::string>& paths,
                          const TextFileOptions& options,
                          const DocumentSink& on_document,
                          const RejectionSink& on_rejection);

}  // namespace newsgraph::input

#endif  // NEWSGRAPH_INPUT_DOCUMENT_READER_H_
