#include "export/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace newsgraph::exporter {
namespace {

Status Error(const std::string& what, const std::string& path) {
  return Status::IoError(what + " " + path + ": " + std::strerror(errno));
}

// Creates a unique temporary file next to `path` ("<path>.tmp.XXXXXX") and
// writes `content` into it; *temp receives its name.
Status WriteTemporary(const std::string& path, std::string_view content, std::string* temp) {
  std::string name = path + ".tmp.XXXXXX";
  const int fd = ::mkstemp(name.data());
  if (fd < 0) return Error("cannot create a temporary file for", path);
  // mkstemp makes the file 0600; an export is an ordinary file.
  ::fchmod(fd, 0644);
  std::size_t written = 0;
  while (written < content.size()) {
    const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      const Status status = Error("cannot write", name);
      ::close(fd);
      ::unlink(name.c_str());
      return status;
    }
    written += static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    const Status status = Error("cannot flush", name);
    ::unlink(name.c_str());
    return status;
  }
  *temp = std::move(name);
  return Status::Ok();
}

}  // namespace

Status WriteFileAtomically(const std::string& path, std::string_view content) {
  return WriteFilesAtomically({{path, std::string(content)}});
}

Status WriteFilesAtomically(const std::vector<std::pair<std::string, std::string>>& files) {
  std::vector<std::string> temps;
  Status status;
  for (const auto& [path, content] : files) {
    std::string temp;
    status = WriteTemporary(path, content, &temp);
    if (!status.ok()) break;
    temps.push_back(temp);
  }
  for (std::size_t i = 0; status.ok() && i < temps.size(); ++i) {
    if (std::rename(temps[i].c_str(), files[i].first.c_str()) != 0) {
      status = Error("cannot rename the temporary file to", files[i].first);
    }
  }
  // Whatever is left over after an error: the temporaries not yet renamed.
  for (const std::string& temp : temps) ::unlink(temp.c_str());
  return status;
}

}  // namespace newsgraph::exporter
