#include "cli/table_printer.h"

#include <algorithm>

#include "core/utf8.h"

namespace newsgraph::cli {
namespace {

// East Asian wide and full-width ranges that matter for news text.
bool IsWide(char32_t c) {
  return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
         (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
         (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

}  // namespace

std::size_t DisplayWidth(std::string_view utf8) {
  std::size_t width = 0;
  for (std::size_t pos = 0; pos < utf8.size();) {
    width += IsWide(newsgraph::DecodeUtf8(utf8, &pos)) ? 2 : 1;
  }
  return width;
}

std::string Truncate(std::string_view utf8, std::size_t width) {
  if (DisplayWidth(utf8) <= width) return std::string(utf8);
  std::string out;
  std::size_t used = 0;
  for (std::size_t pos = 0; pos < utf8.size();) {
    const std::size_t start = pos;
    const char32_t c = newsgraph::DecodeUtf8(utf8, &pos);
    const std::size_t w = IsWide(c) ? 2 : 1;
    if (used + w + 1 > width) break;  // keep one column for the ellipsis
    out.append(utf8.substr(start, pos - start));
    used += w;
  }
  return out + "…";
}

TablePrinter::TablePrinter(std::vector<std::string> headers, std::size_t max_width)
    : headers_(std::move(headers)), max_width_(max_width) {}

void TablePrinter::AddRow(std::vector<std::string> cells) {
  cells.resize(headers_.size());
  for (std::size_t i = 0; i + 1 < cells.size(); ++i) cells[i] = Truncate(cells[i], max_width_);
  rows_.push_back(std::move(cells));
}

void TablePrinter::Print(std::ostream& out) const {
  std::vector<std::size_t> widths(headers_.size(), 0);
  auto measure = [&](const std::vector<std::string>& row) {
    for (std::size_t i = 0; i < row.size(); ++i) widths[i] = std::max(widths[i], DisplayWidth(row[i]));
  };
  measure(headers_);
  for (const auto& row : rows_) measure(row);
  auto print = [&](const std::vector<std::string>& row) {
    for (std::size_t i = 0; i < row.size(); ++i) {
      out << row[i];
      if (i + 1 < row.size()) out << std::string(widths[i] - DisplayWidth(row[i]) + 2, ' ');
    }
    out << '\n';
  };
  print(headers_);
  for (const auto& row : rows_) print(row);
}

}  // namespace newsgraph::cli
