#include "input/document_reader.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <system_error>

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

bool IsIsoDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return true;
}

// Checks what every document needs; returns "" when it is fine.
std::string ValidateDocument(const newsgraph::Document& doc) {
  if (IsBlank(doc.text)) return "empty text";
  for (const std::string* field : {&doc.text, &doc.title, &doc.id}) {
    const std::size_t bad = newsgraph::FindInvalidUtf8(*field);
    if (bad != std::string_view::npos) {
      return "invalid UTF-8 at byte " + std::to_string(bad);
    }
  }
  if (!doc.date.empty() && !IsIsoDate(doc.date)) {
    return "date \"" + doc.date + "\" is not YYYY-MM-DD";
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
    if (fs::is_directory(path, ec)) return ReadDirectory(path);
    if (!fs::exists(path, ec)) return Reject(path, "no such file");
    std::ifstream in(path, std::ios::binary);
    if (!in) return Reject(path, "cannot be read");
    ReadStream(in, path, fs::path(path).filename().string(), single_input);
  }

  std::size_t delivered() const { return delivered_; }

 private:
  void ReadDirectory(const std::string& dir) {
    std::vector<std::string> files;
    std::error_code ec;
    for (fs::recursive_directory_iterator it(dir, ec), end; it != end && !ec;
         it.increment(ec)) {
      const std::string p = it->path().string();
      if (it->is_regular_file() && (EndsWith(p, ".txt") || EndsWith(p, ".jsonl"))) {
        files.push_back(p);
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
    for (int number = 1; std::getline(in, line); ++number) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (IsBlank(line)) continue;
      ReadJsonLine(line, where + ":" + std::to_string(number));
    }
  }

  void ReadJsonLine(const std::string& line, const std::string& where) {
    rapidjson::Document json;
    json.Parse(line.c_str(), line.size());
    if (json.HasParseError()) {
      return Reject(where, std::string("malformed JSON: ") +
                               rapidjson::GetParseError_En(json.GetParseError()) +
                               " at offset " + std::to_string(json.GetErrorOffset()));
    }
    if (!json.IsObject()) return Reject(where, "expected a JSON object");
    newsgraph::Document doc;
    doc.origin = where;
    doc.id = FieldAsString(json, "id");
    if (doc.id.empty()) doc.id = where;
    if (!json.HasMember("text") || !json["text"].IsString()) {
      return Reject(where + " (id " + doc.id + ")", "missing string field \"text\"");
    }
    doc.text = FieldAsString(json, "text");
    doc.title = FieldAsString(json, "title");
    doc.date = FieldAsString(json, "date");
    doc.source = FieldAsString(json, "source");
    doc.url = FieldAsString(json, "url");
    doc.language = FieldAsString(json, "language");
    if (doc.language.empty()) doc.language = options_.language;
    Deliver(std::move(doc));
  }

  static std::string FieldAsString(const rapidjson::Value& obj, const char* name) {
    auto it = obj.FindMember(name);
    if (it == obj.MemberEnd()) return "";
    if (it->value.IsString()) return {it->value.GetString(), it->value.GetStringLength()};
    if (it->value.IsInt64()) return std::to_string(it->value.GetInt64());
    return "";
  }

  void Deliver(newsgraph::Document&& doc) {
    const std::string problem = ValidateDocument(doc);
    if (!problem.empty()) {
      const std::string where =
          doc.origin == doc.id ? doc.origin : doc.origin + " (id " + doc.id + ")";
      return Reject(where, problem);
    }
    ++delivered_;
    on_document_(std::move(doc));
  }

  void Reject(const std::string& where, const std::string& reason) {
    on_rejection_({where, reason});
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
