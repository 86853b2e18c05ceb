// Shared by the tests that run the real binary (cli_test, cli_query_test):
// run build/newsgraph with arguments, capture its exit code, stdout and
// stderr, and give each test a scratch directory of its own.
#ifndef NEWSGRAPH_TESTS_CLI_RUN_H_
#define NEWSGRAPH_TESTS_CLI_RUN_H_

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace newsgraph::cli_run {

struct RunResult {
  int exit_code;    // 128 + N when the binary died of signal N, as a shell says
  std::string out;  // stdout
  std::string err;  // stderr
};

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

// Runs NEWSGRAPH_BINARY with `args` through /bin/sh, so `args` is shell
// syntax: redirections such as "< file" work, and a name with a space or a
// quote must be quoted by the caller. stderr goes through a temporary file
// (a second pipe could fill up and block the binary while we read stdout).
inline RunResult RunCli(const std::string& args) {
  std::string err_path =
      (std::filesystem::temp_directory_path() / "newsgraph_cli_err_XXXXXX")
          .string();
  const int fd = mkstemp(err_path.data());
  if (fd < 0) {
    ADD_FAILURE() << "mkstemp failed for " << err_path;
    return {-1, "", ""};
  }
  close(fd);
  const std::string cmd =
      std::string(NEWSGRAPH_BINARY) + " " + args + " 2>" + err_path;
  RunResult result{-1, "", ""};
  FILE* pipe = popen(cmd.c_str(), "r");
  if (pipe == nullptr) {
    ADD_FAILURE() << "popen failed: " << cmd;
    std::filesystem::remove(err_path);
    return result;
  }
  std::array<char, 4096> buf;
  std::size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) {
    result.out.append(buf.data(), n);
  }
  const int status = pclose(pipe);
  // A crash must not look like one of the documented exit codes (0, 1, 2).
  if (WIFEXITED(status)) {
    result.exit_code = WEXITSTATUS(status);
  } else if (WIFSIGNALED(status)) {
    result.exit_code = 128 + WTERMSIG(status);
  }
  result.err = ReadFile(err_path);
  std::filesystem::remove(err_path);
  return result;
}

// A fresh directory per test, removed afterwards. The name holds the pid and
// the suite and test names, so tests that CTest runs in parallel never share
// one.
class ScratchDirTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const ::testing::TestInfo* info =
        ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = std::filesystem::temp_directory_path() /
           ("newsgraph_cli_" + std::to_string(::getpid()) + "_" +
            info->test_suite_name() + "_" + info->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::string Path(const std::string& name) const {
    return (dir_ / name).string();
  }
  // Writes `content` to `name` in the scratch directory; returns its path.
  std::string Write(const std::string& name, const std::string& content) {
    std::filesystem::create_directories((dir_ / name).parent_path());
    std::ofstream(Path(name), std::ios::binary) << content;
    return Path(name);
  }

  std::filesystem::path dir_;
};

}  // namespace newsgraph::cli_run

#endif  // NEWSGRAPH_TESTS_CLI_RUN_H_
