// Progress on stderr for long runs, only when stderr is a terminal.
#ifndef NEWSGRAPH_CLI_PROGRESS_H_
#define NEWSGRAPH_CLI_PROGRESS_H_

#include <chrono>
#include <cstddef>
#include <string>

namespace newsgraph::cli {

class Progress {
 public:
  explicit Progress(std::string what);
  // Counts one more item; redraws at most ten times a second.
  void Tick(std::size_t items = 1);
  // Clears the progress line so the summary starts on a clean line.
  void Finish();
  double Seconds() const;
  std::size_t count() const { return count_; }

 private:
  std::string what_;
  bool enabled_;
  std::size_t count_ = 0;
  std::chrono::steady_clock::time_point start_, last_draw_;
};

}  // namespace newsgraph::cli

#endif  // NEWSGRAPH_CLI_PROGRESS_H_
