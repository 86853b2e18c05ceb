#include "cli/progress.h"

#include <unistd.h>

#include <cstdio>

namespace newsgraph::cli {

Progress::Progress(std::string what)
    : what_(std::move(what)),
      enabled_(isatty(STDERR_FILENO) == 1),
      start_(std::chrono::steady_clock::now()),
      last_draw_(start_) {}

void Progress::Tick(std::size_t items) {
  count_ += items;
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - last_draw_ < std::chrono::milliseconds(100)) return;
  last_draw_ = now;
  const double secs = Seconds();
  std::fprintf(stderr, "\r%s: %zu (%.0f/s)   ", what_.c_str(), count_,
               secs > 0 ? count_ / secs : 0.0);
}

void Progress::Finish() {
  if (enabled_) std::fprintf(stderr, "\r\033[K");
}

double Progress::Seconds() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_)
      .count();
}

}  // namespace newsgraph::cli
