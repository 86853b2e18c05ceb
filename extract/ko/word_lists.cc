#include "extract/ko/word_lists.h"

#include <algorithm>
#include <filesystem>
#include <set>
#include <utility>

#include "core/utf8.h"

namespace newsgraph::extract::ko {
namespace {

// The line number of a "source:line: ..." message, or npos.
std::size_t LineOf(const std::string& source_name, const std::string& message) {
  std::size_t line = 0;
  std::size_t pos = source_name.size() + 1;
  if (pos > message.size() || message[pos - 1] != ':') return std::string::npos;
  const std::size_t digits_begin = pos;
  while (pos < message.size() && message[pos] >= '0' && message[pos] <= '9') {
    line = line * 10 + static_cast<std::size_t>(message[pos++] - '0');
  }
  return pos == digits_begin ? std::string::npos : line;
}

}  // namespace

// The row as ParseTsv quotes it: fields joined by spaces.
std::string QuotedRow(const TsvRow& row) {
  std::string shown;
  for (std::size_t i = 0; i < row.fields.size(); ++i) {
    if (i > 0) shown += ' ';
    shown += row.fields[i];
  }
  return "\"" + shown + "\"";
}

Status OpenDataFile(const std::string& path, std::ifstream* in) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    return Status::NotFound(path + ": lexicon file missing");
  }
  in->open(path);
  if (!*in) return Status::IoError(path + ": cannot open");
  return Status::Ok();
}

Status RowErrors(const std::string& source_name,
                 std::vector<std::string> errors) {
  std::stable_sort(errors.begin(), errors.end(),
                   [&](const std::string& a, const std::string& b) {
                     return LineOf(source_name, a) < LineOf(source_name, b);
                   });
  std::string message;
  for (const std::string& e : errors) {
    if (!message.empty()) message += '\n';
    message += e;
  }
  return Status::InvalidInput(message);
}

Status ParseKindedWords(std::istream& in, const std::string& source_name,
                        const std::vector<std::string_view>& kinds,
                        const AddWordFn& add,
                        std::vector<std::string>* warnings) {
  std::vector<TsvRow> tsv;
  std::vector<std::string> errors;
  Status s = ParseTsv(in, source_name, {2, 2}, &tsv, &errors);
  if (!s.ok()) return s;
  std::set<std::pair<std::string, std::string>> seen;
  for (TsvRow& row : tsv) {
    const std::string& kind = row.fields[0];
    const std::string& word = row.fields[1];
    std::string why;
    if (std::find(kinds.begin(), kinds.end(), kind) == kinds.end()) {
      why = "unknown kind '" + kind + "'";
    } else if (word.empty()) {
      why = "empty word";
    }
    if (why.empty() && !seen.emplace(kind, word).second) {
      warnings->push_back(row.source + ": duplicate " + kind + ": " +
                          QuotedRow(row));
      continue;
    }
    if (why.empty()) why = add({kind, word, row.source});
    if (!why.empty()) {
      errors.push_back(row.source + ": " + why + ": " + QuotedRow(row));
    }
  }
  if (!errors.empty()) return RowErrors(source_name, std::move(errors));
  return Status::Ok();
}

bool SyllableSet::Add(std::string_view syllable) {
  std::size_t pos = 0;
  const char32_t c = DecodeUtf8(syllable, &pos);
  if (pos != syllable.size() || syllable.size() != 3 || !IsHangulSyllable(c))
    return false;
  bits_.set(c - kFirst);
  return true;
}

void WordSet::Add(std::string word) {
  if (word.empty() ||
      std::find(words_.begin(), words_.end(), word) != words_.end()) {
    return;
  }
  if (word.size() < kMasked) {
    lengths_ |= std::uint64_t{1} << word.size();
  } else {
    has_long_words_ = true;
  }
  words_.push_back(std::move(word));
}

void EndingSet::Add(std::string ending) {
  auto group =
      std::find_if(groups_.begin(), groups_.end(),
                   [&](const Group& g) { return g.length >= ending.size(); });
  if (group == groups_.end() || group->length != ending.size()) {
    group = groups_.insert(group, Group{ending.size(), {}});
  }
  auto& endings = group->endings;
  const auto at = std::lower_bound(endings.begin(), endings.end(), ending);
  if (at == endings.end() || *at != ending)
    endings.insert(at, std::move(ending));
}

std::size_t EndingSet::size() const {
  std::size_t n = 0;
  for (const Group& g : groups_) n += g.endings.size();
  return n;
}

bool EndingSet::Ends(std::string_view word, std::size_t min_before) const {
  for (const Group& g : groups_) {
    if (word.size() < g.length + min_before) break;  // longer groups follow
    if (std::binary_search(
            g.endings.begin(), g.endings.end(),
            word.substr(word.size() - g.length),
            [](std::string_view a, std::string_view b) { return a < b; })) {
      return true;
    }
  }
  return false;
}

}  // namespace newsgraph::extract::ko
