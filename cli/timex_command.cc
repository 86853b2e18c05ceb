// newsgraph timex: "ANCHOR<TAB>EXPRESSION" lines in, one JSON line each out
// (../shared/eval/CONTRACT.md section 6). The time words come from
// <data-dir>/lexicon/ko/timex_*.tsv.
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cli/commands.h"
#include "extract/ko/timex.h"
#include "extract/ko/timex_words.h"

namespace newsgraph::cli {
namespace {

struct TimexOptions {
  std::string data_dir = NEWSGRAPH_DATA_DIR;  // holds lexicon/ko/
};

void WriteString(rapidjson::Writer<rapidjson::StringBuffer>& w,
                 std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

// {"anchor": ..., "text": ..., "value": ... or null}
std::string TimexJson(std::string_view anchor, std::string_view text,
                      const std::optional<std::string>& value) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
  w.StartObject();
  w.Key("anchor");
  WriteString(w, anchor);
  w.Key("text");
  WriteString(w, text);
  w.Key("value");
  if (value) {
    WriteString(w, *value);
  } else {
    w.Null();
  }
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize());
}

// One input line; returns false (after a message on stderr) when malformed.
bool ProcessLine(const extract::ko::TimexLexicon& words, std::string_view line,
                 int line_number) {
  const std::size_t tab = line.find('\t');
  if (tab == std::string_view::npos) {
    std::cerr << "stdin:" << line_number
              << ": expected ANCHOR<TAB>EXPRESSION, no tab: \"" << line
              << "\"\n";
    std::cout << TimexJson("", line, std::nullopt) << '\n';
    return false;
  }
  const std::string_view anchor = line.substr(0, tab);
  const std::string_view text = line.substr(tab + 1);
  // An empty anchor means "unknown publication date"; anything else must be a
  // date.
  if (!anchor.empty() && !extract::ko::ParseAnchorDate(anchor)) {
    std::cerr << "stdin:" << line_number
              << ": anchor is not a YYYY-MM-DD date: \"" << anchor << "\"\n";
    std::cout << TimexJson(anchor, text, std::nullopt) << '\n';
    return false;
  }
  std::cout << TimexJson(anchor, text,
                         extract::ko::NormalizeTimex(words, anchor, text))
            << '\n';
  return true;
}

int RunTimex(const TimexOptions& options) {
  extract::ko::TimexLexicon words;
  std::vector<std::string> warnings;
  const Status status = extract::ko::TimexLexicon::Load(
      options.data_dir + "/lexicon/ko", &words, &warnings);
  for (const std::string& w : warnings) std::cerr << "newsgraph: " << w << "\n";
  if (!status.ok()) {
    std::cerr << "newsgraph: " << status.message() << "\n";
    return kExitUsage;
  }
  std::string line;
  int line_number = 0;
  bool all_ok = true;
  while (std::getline(std::cin, line)) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    all_ok = ProcessLine(words, line, line_number) && all_ok;
  }
  return all_ok ? kExitOk : kExitRejected;
}

}  // namespace

void AddTimexCommand(CLI::App& app, CommandRunner* run) {
  CLI::App* cmd = app.add_subcommand(
      "timex",
      "Normalise time expressions: ANCHOR<TAB>EXPRESSION lines on stdin");
  auto options = std::make_shared<TimexOptions>();
  cmd->add_option("--data-dir", options->data_dir,
                  "Data directory with lexicon/ko/timex_*.tsv (default: "
                  "compiled in)");
  cmd->callback(
      [options, run] { *run = [options] { return RunTimex(*options); }; });
}

}  // namespace newsgraph::cli
