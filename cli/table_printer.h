// TablePrinter: the plain-text tables of the query commands. Columns are
// padded by display width (Hangul and other wide characters take two
// terminal columns), long cells are cut with "…".
#ifndef NEWSGRAPH_CLI_TABLE_PRINTER_H_
#define NEWSGRAPH_CLI_TABLE_PRINTER_H_

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace newsgraph::cli {

// Terminal columns taken by a UTF-8 string.
std::size_t DisplayWidth(std::string_view utf8);
// Cuts `utf8` to at most `width` columns, ending in "…" when cut.
std::string Truncate(std::string_view utf8, std::size_t width);

class TablePrinter {
 public:
  // max_width caps every column but the last, which is never padded.
  explicit TablePrinter(std::vector<std::string> headers, std::size_t max_width = 40);
  void AddRow(std::vector<std::string> cells);
  void Print(std::ostream& out) const;
  bool empty() const { return rows_.empty(); }

 private:
  std::vector<std::string> headers_;
  std::vector<std::vector<std::string>> rows_;
  std::size_t max_width_;
};

}  // namespace newsgraph::cli

#endif  // NEWSGRAPH_CLI_TABLE_PRINTER_H_
