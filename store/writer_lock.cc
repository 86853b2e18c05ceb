#include "store/writer_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

namespace newsgraph::store {
namespace {

std::string ReadHolder(int fd) {
  char buf[32] = {};
  const ssize_t n = pread(fd, buf, sizeof buf - 1, 0);
  std::string pid(buf, n > 0 ? static_cast<std::size_t>(n) : 0);
  while (!pid.empty() && (pid.back() == '\n' || pid.back() == ' ')) pid.pop_back();
  return pid.empty() ? "another process" : "pid " + pid;
}

}  // namespace

Status WriterLock::Acquire(const std::string& db_path, std::unique_ptr<WriterLock>* lock) {
  const std::string path = db_path + ".writer";
  const int fd = open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) {
    return Status::IoError(path + ": cannot create the writer lock: " + std::strerror(errno));
  }
  if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
    const int err = errno;
    const std::string holder = ReadHolder(fd);
    close(fd);
    if (err == EWOULDBLOCK) {
      return Status::InvalidInput(db_path + ": database is being written by " + holder +
                                  "; try again when it is done");
    }
    return Status::IoError(path + ": cannot lock: " + std::strerror(err));
  }
  const std::string pid = std::to_string(getpid()) + "\n";
  if (ftruncate(fd, 0) != 0 || pwrite(fd, pid.data(), pid.size(), 0) < 0) {
    // The lock holds without the note: only the message loses the pid.
  }
  lock->reset(new WriterLock(fd));
  return Status::Ok();
}

WriterLock::~WriterLock() {
  if (ftruncate(fd_, 0) != 0) {
    // Nothing to do: the next holder overwrites the note.
  }
  close(fd_);  // releases the flock
}

}  // namespace newsgraph::store
