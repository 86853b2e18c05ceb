// Status: the error model used across module boundaries (as in leveldb).
// A Status is either ok or carries a code and a human-readable message that
// says what went wrong, where and why ("data/lexicon/x.tsv:42: expected 3 columns").
#ifndef NEWSGRAPH_CORE_STATUS_H_
#define NEWSGRAPH_CORE_STATUS_H_

#include <string>
#include <utility>

namespace newsgraph {

// [[nodiscard]]: an ignored error is a silently lost one. A caller that
// really has nothing to do with it writes `(void)` and a comment saying why.
class [[nodiscard]] Status {
 public:
  enum class Code { kOk, kInvalidInput, kNotFound, kIoError, kInternal };

  Status() = default;
  static Status Ok() { return Status(); }
  static Status InvalidInput(std::string msg) {
    return Status(Code::kInvalidInput, std::move(msg));
  }
  static Status NotFound(std::string msg) {
    return Status(Code::kNotFound, std::move(msg));
  }
  static Status IoError(std::string msg) {
    return Status(Code::kIoError, std::move(msg));
  }
  static Status Internal(std::string msg) {
    return Status(Code::kInternal, std::move(msg));
  }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }

 private:
  Status(Code code, std::string message)
      : code_(code), message_(std::move(message)) {}

  Code code_ = Code::kOk;
  std::string message_;
};

}  // namespace newsgraph

#endif  // NEWSGRAPH_CORE_STATUS_H_
