// PageWords: what tells page furniture from the article on Korean news
// pages, as data (data/lexicon/ko/page_words.tsv and page_furniture.tsv;
// their '#' headers say what each column and kind of row means). The
// PageCleaner (page_cleaner.h) is built from it. Words are compared with the
// raw page text, so they are not normalised.
#ifndef NEWSGRAPH_EXTRACT_KO_PAGE_WORDS_H_
#define NEWSGRAPH_EXTRACT_KO_PAGE_WORDS_H_

#include <cstddef>
#include <istream>
#include <string>
#include <vector>

#include "core/status.h"
#include "extract/ko/word_lists.h"

namespace newsgraph::extract::ko {

// Inline furniture: a regular expression run in windows around literal
// triggers (a row of page_furniture.tsv).
struct FurnitureRule {
  std::vector<std::string> triggers;  // none empty
  std::size_t before = 0;             // window bytes before and after a trigger
  std::size_t after = 0;
  bool to_line_end =
      false;  // extend to the line's end unless a sentence_end follows
  std::string pattern;  // ICU regular expression
  std::string source;   // "page_furniture.tsv:14", for messages
};

struct PageWords {
  // One member per kind of row in page_words.tsv, named after it.
  WordSet chrome_lines;
  std::vector<std::string> dateline_markers;  // in file order
  std::vector<std::string> listing_header_words;
  std::vector<std::string> prose_endings;
  std::vector<std::string> sentence_ends;
  std::vector<std::string> credit_titles;
  std::vector<FurnitureRule> furniture;  // page_furniture.tsv, in file order

  // Read one file each into *out, which changes only on success. Every bad
  // row (see ParseKindedWords; in page_furniture.tsv also a window size that
  // is no number, a to_line_end that is neither line_end nor -, an empty
  // trigger) is an error: InvalidInput lists them all, one
  // `source:line: reason: "row"` a line. Duplicates are *warnings.
  static Status ParseWords(std::istream& in, const std::string& source_name,
                           PageWords* out, std::vector<std::string>* warnings);
  static Status ParseFurniture(std::istream& in, const std::string& source_name,
                               PageWords* out,
                               std::vector<std::string>* warnings);
  // Reads `dir`/page_words.tsv and `dir`/page_furniture.tsv; a missing file
  // is NotFound.
  static Status Load(const std::string& dir, PageWords* out,
                     std::vector<std::string>* warnings);
};

}  // namespace newsgraph::extract::ko

#endif  // NEWSGRAPH_EXTRACT_KO_PAGE_WORDS_H_
