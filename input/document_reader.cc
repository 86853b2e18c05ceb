#include "input/document_reader.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <system_error>

#include "core/calendar.h"
#include "core/utf8.h"

namespace newsgraph::input {
namespace fs = std::filesystem;
namespace {

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool IsBlank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
  });
}

// "YYYY-MM-DD" naming a day the calendar has (no 2025-02-30, no month 13,
// no year 0): a date that cannot be resolves every relative time to nothing.
bool IsIsoDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  const auto number = [&](std::size_t from, std::size_t n) {
    int v = 0;
    for (std::size_t i = from; i < from + n; ++i) v = v * 10 + (s[i] - '0');
    return v;
  };
  const int year = number(0, 4);
  return year >= 1 && newsgraph::IsValidDate(year, number(5, 2), number(8, 2));
}

// Where an input is, fit for one line of a message: a file name may hold a
// newline or other control characters.
std::string Printable(std::string_view where) {
  std::string out;
  for (char c : where) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x20 && u != 0x7F) {
      out += c;
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02X", u);
      out += buf;
    }
  }
  return out;
}

// UTF-16 (with a byte order mark, or ASCII with every other byte zero) is
// named as such, not reported as a run of bad UTF-8.
bool LooksLikeUtf16(std::string_view head) {
  if (head.size() >= 2 &&
      ((head[0] == '\xFF' && head[1] == '\xFE') ||
       (head[0] == '\xFE' && head[1] == '\xFF'))) {
    return true;
  }
  const std::size_t n = std::min<std::size_t>(head.size(), 64);
  if (n < 4) return false;
  std::size_t zeros = 0;
  for (std::size_t i = 0; i < n; ++i) zeros += head[i] == '\0';
  return zeros * 3 >= n;  // a third of the bytes are NUL: no UTF-8 text
}

// How deep a JSON text nests, strings skipped, stopping past `limit`. The
// parser is iterative, but a value nested a hundred thousand deep is no
// article: it is rejected before it is built.
int JsonDepth(std::string_view json, int limit) {
  int depth = 0, deepest = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < json.size() && deepest <= limit; ++i) {
    const char c = json[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      deepest = std::max(deepest, ++depth);
    } else if (c == '}' || c == ']') {
      --depth;
    }
  }
  return deepest;
}

constexpr int kMaxJsonDepth = 64;

const char* JsonTypeName(const rapidjson::Value& v) {
  if (v.IsNull()) return "null";
  if (v.IsBool()) return "a boolean";
  if (v.IsNumber()) return "a number";
  if (v.IsString()) return "a string";
  if (v.IsArray()) return "an array";
  return "an object";
}

// What a non-regular directory entry is, for the rejection that counts it.
std::string KindOf(const fs::file_status& status) {
  switch (status.type()) {
    case fs::file_type::fifo: return "a FIFO";
    case fs::file_type::socket: return "a socket";
    case fs::file_type::block: return "a block device";
    case fs::file_type::character: return "a character device";
    case fs::file_type::not_found: return "a dangling symbolic link";
    default: return "not a regular file";
  }
}

// Checks what every document needs; returns "" when it is fine.
std::string ValidateDocument(const newsgraph::Document& doc,
                             std::size_t max_bytes) {
  if (IsBlank(doc.text)) return "empty text";
  for (const std::string* field : {&doc.text, &doc.title, &doc.id}) {
    const std::size_t bad = newsgraph::FindInvalidUtf8(*field);
    if (bad != std::string_view::npos) {
      return "invalid UTF-8 at byte " + std::to_string(bad);
    }
  }
  if (!doc.date.empty() && !IsIsoDate(doc.date)) {
    return "date \"" + doc.date + "\" is not a valid YYYY-MM-DD date";
  }
  if (doc.text.size() > max_bytes) {
    return "text of " + std::to_string(doc.text.size()) +
           " bytes is over the limit of " + std::to_string(max_bytes) +
           " (--max-bytes)";
  }
  return "";
}

class Reader {
 public:
  Reader(const TextFileOptions& options, const DocumentSink& on_document,
         const RejectionSink& on_rejection)
      : options_(options), on_document_(on_document), on_rejection_(on_rejection) {}

  void ReadPath(const std::string& path, bool single_input) {
    if (path == "-") return ReadStream(std::cin, "<stdin>", "stdin", single_input);
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (status.type() == fs::file_type::directory) return ReadDirectory(path);
    if (status.type() == fs::file_type::not_found) {
      const bool link = fs::is_symlink(fs::symlink_status(path, ec));
      return Reject(path, link ? "dangling symbolic link" : "no such file");
    }
    if (ec) return Reject(path, "cannot be read: " + ec.message());
    if (status.type() != fs::file_type::regular) return Reject(path, KindOf(status));
    const std::uintmax_t size = fs::file_size(path, ec);
    // A plain-text file is one article: refuse an oversized one before
    // reading it. JSON Lines files are checked line by line.
    if (!ec && size > options_.max_bytes && !EndsWith(path, ".jsonl")) {
      return Reject(path, "file of " + std::to_string(size) +
                              " bytes is over the limit of " +
                              std::to_string(options_.max_bytes) + " (--max-bytes)");
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) return Reject(path, "cannot be read");
    ReadStream(in, path, fs::path(path).filename().string(), single_input);
  }

  std::size_t delivered() const { return delivered_; }

 private:
  void ReadDirectory(const std::string& dir) {
    std::vector<std::string> files;
    std::error_code ec;
    const auto options = fs::directory_options::skip_permission_denied;
    for (fs::recursive_directory_iterator it(dir, options, ec), end; it != end && !ec;
         it.increment(ec)) {
      const std::string p = it->path().string();
      if (!EndsWith(p, ".txt") && !EndsWith(p, ".jsonl")) continue;
      // Non-throwing: an entry in a symbolic link loop or a dangling link
      // is one rejection, not the end of the run.
      std::error_code entry_ec;
      const fs::file_status status = it->status(entry_ec);
      if (status.type() == fs::file_type::regular) {
        files.push_back(p);
      } else if (entry_ec && entry_ec != std::errc::no_such_file_or_directory) {
        Reject(p, "cannot be read: " + entry_ec.message());
      } else if (status.type() != fs::file_type::directory) {
        Reject(p, KindOf(status));
      }
    }
    if (ec) Reject(dir, "cannot list directory: " + ec.message());
    std::sort(files.begin(), files.end());  // stable, platform-independent order
    for (const std::string& f : files) ReadPath(f, false);
  }

  void ReadStream(std::istream& in, const std::string& where,
                  const std::string& default_id, bool single_input) {
    if (EndsWith(where, ".jsonl")) return ReadJsonLines(in, where);
    std::stringstream buffer;
    buffer << in.rdbuf();
    std::string text = buffer.str();
    if (LooksLikeUtf16(text)) {
      return Reject(where, "UTF-16 text: convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)");
    }
    // Sniff JSON Lines on stdin: a first character of '{'.
    if (where == "<stdin>" && !text.empty() && text.front() == '{') {
      std::istringstream lines(text);
      return ReadJsonLines(lines, where);
    }
    newsgraph::Document doc;
    doc.id = single_input && !options_.id.empty() ? options_.id : default_id;
    doc.date = options_.date;
    doc.title = options_.title;
    doc.source = options_.source;
    doc.language = options_.language;
    doc.text = std::move(text);
    doc.origin = where;
    Deliver(std::move(doc));
  }

  void ReadJsonLines(std::istream& in, const std::string& where) {
    std::string line;
    if (LooksLikeUtf16(std::string(PeekHead(in)))) {
      return Reject(where, "UTF-16 text: convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)");
    }
    for (int number = 1; std::getline(in, line); ++number) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (IsBlank(line)) continue;
      ReadJsonLine(line, where + ":" + std::to_string(number));
    }
  }

  // The first bytes of a stream, left unread.
  static std::string PeekHead(std::istream& in) {
    std::string head(64, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    in.clear();
    in.seekg(0);
    return head;
  }

  void ReadJsonLine(const std::string& line, const std::string& where) {
    // The text may be as long as --max-bytes; the other fields get as much.
    if (line.size() > 2 * options_.max_bytes) {
      return Reject(where, "line of " + std::to_string(line.size()) +
                               " bytes is over the limit of " +
                               std::to_string(2 * options_.max_bytes) +
                               " (twice --max-bytes)");
    }
    if (JsonDepth(line, kMaxJsonDepth) > kMaxJsonDepth) {
      return Reject(where, "JSON nested deeper than " + std::to_string(kMaxJsonDepth) +
                               " levels");
    }
    rapidjson::Document json;
    json.Parse<rapidjson::kParseIterativeFlag>(line.c_str(), line.size());
    if (json.HasParseError()) {
      return Reject(where, std::string("malformed JSON: ") +
                               rapidjson::GetParseError_En(json.GetParseError()) +
                               " at offset " + std::to_string(json.GetErrorOffset()));
    }
    if (!json.IsObject()) return Reject(where, "expected a JSON object");
    newsgraph::Document doc;
    doc.origin = where;
    std::string problem;
    // An id may be a number; every other field is a string or null.
    if (!ReadField(json, "id", /*number_ok=*/true, &doc.id, &problem))
      return Reject(where, problem);
    if (doc.id.empty()) doc.id = where;
    const std::string named = where + " (id " + doc.id + ")";
    if (!json.HasMember("text") || !json["text"].IsString()) {
      return Reject(named, "missing string field \"text\"");
    }
    const std::pair<const char*, std::string*> fields[] = {
        {"text", &doc.text},     {"title", &doc.title}, {"date", &doc.date},
        {"source", &doc.source}, {"url", &doc.url},     {"language", &doc.language}};
    for (const auto& [name, out] : fields) {
      if (!ReadField(json, name, /*number_ok=*/false, out, &problem))
        return Reject(named, problem);
    }
    if (doc.language.empty()) doc.language = options_.language;
    Deliver(std::move(doc));
  }

  // Reads obj[name] into *out ("" when absent or null); false with
  // *problem set when it has a type the field cannot have.
  static bool ReadField(const rapidjson::Value& obj, const char* name, bool number_ok,
                        std::string* out, std::string* problem) {
    out->clear();
    auto it = obj.FindMember(name);
    if (it == obj.MemberEnd() || it->value.IsNull()) return true;
    if (it->value.IsString()) {
      out->assign(it->value.GetString(), it->value.GetStringLength());
      return true;
    }
    if (number_ok && it->value.IsInt64()) {
      *out = std::to_string(it->value.GetInt64());
      return true;
    }
    *problem = std::string("field \"") + name + "\" must be a string" +
               (number_ok ? " or an integer" : "") + ", not " + JsonTypeName(it->value);
    return false;
  }

  void Deliver(newsgraph::Document&& doc) {
    const std::string problem = ValidateDocument(doc, options_.max_bytes);
    if (!problem.empty()) {
      const std::string where =
          doc.origin == doc.id ? doc.origin : doc.origin + " (id " + doc.id + ")";
      return Reject(where, problem);
    }
    ++delivered_;
    on_document_(std::move(doc));
  }

  void Reject(const std::string& where, const std::string& reason) {
    on_rejection_({Printable(where), reason});
  }

  const TextFileOptions& options_;
  const DocumentSink& on_document_;
  const RejectionSink& on_rejection_;
  std::size_t delivered_ = 0;
};

}  // namespace

std::size_t ReadDocuments(const std::vector<std::string>& paths,
                          const TextFileOptions& options,
                          const DocumentSink& on_document,
                          const RejectionSink& on_rejection) {
  Reader reader(options, on_document, on_rejection);
  for (const std::string& path : paths) reader.ReadPath(path, paths.size() == 1);
  return reader.delivered();
}

}  // namespace newsgraph::input
