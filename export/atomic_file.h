// All-or-nothing file output: a failed export never leaves half a file.
#ifndef NEWSGRAPH_EXPORT_ATOMIC_FILE_H_
#define NEWSGRAPH_EXPORT_ATOMIC_FILE_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/status.h"

namespace newsgraph::exporter {

// Writes `content` to a temporary file in the directory of `path`, flushes
// it to disk and renames it over `path` (atomic on one file system). On any
// error the temporary file is removed, `path` is left as it was, and the
// Status (IoError) names the file and the system's reason.
Status WriteFileAtomically(const std::string& path, std::string_view content);

// Several files (path, content) written the same way: every temporary file
// is written first and only then are they renamed, so an error while
// writing leaves all of them as they were.
Status WriteFilesAtomically(const std::vector<std::pair<std::string, std::string>>& files);

}  // namespace newsgraph::exporter

#endif  // NEWSGRAPH_EXPORT_ATOMIC_FILE_H_
