// WriterLock: one writing process per database file. SQLite serialises
// transactions, but the store assigns entity and event ids in memory from
// the graph it loaded at Open: a second writer working from an older copy
// would reuse ids and corrupt the graph. So a writable store holds an
// exclusive advisory lock (flock) on "<db>.writer" for its whole life, and
// the file names the pid that holds it. The kernel drops the lock when the
// process dies, so a killed ingest never leaves the database locked.
#ifndef NEWSGRAPH_STORE_WRITER_LOCK_H_
#define NEWSGRAPH_STORE_WRITER_LOCK_H_

#include <memory>
#include <string>

#include "core/status.h"

namespace newsgraph::store {

class WriterLock {
 public:
  // Takes the lock for `db_path`, or fails at once: InvalidInput naming the
  // pid that writes ("…: database is being written by pid 4242"), IoError
  // when the lock file cannot be made.
  static Status Acquire(const std::string& db_path, std::unique_ptr<WriterLock>* lock);
  ~WriterLock();
  WriterLock(const WriterLock&) = delete;
  WriterLock& operator=(const WriterLock&) = delete;

 private:
  explicit WriterLock(int fd) : fd_(fd) {}
  int fd_;
};

}  // namespace newsgraph::store

#endif  // NEWSGRAPH_STORE_WRITER_LOCK_H_
