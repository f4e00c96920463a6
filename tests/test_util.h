// Test helpers shared by the test executables: temporary directories and
// paths to ../shared.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <random>
#include <string>

namespace parley::testing {

// A fresh directory under the system temp dir, removed on destruction.
class TempDir {
 public:
  TempDir() {
    std::random_device rd;
    path_ = std::filesystem::temp_directory_path() /
            ("parley-test-" + std::to_string(getpid()) + "-" + std::to_string(rd()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  const std::filesystem::path& path() const { return path_; }
  std::string File(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

// ../shared beside the source tree, or "" when absent (tests then skip).
inline std::filesystem::path SharedDir() {
  std::filesystem::path p = PARLEY_SHARED_DIR;
  std::error_code ec;
  return std::filesystem::exists(p / "README.md", ec) ? p : std::filesystem::path();
}

inline std::filesystem::path SourceDir() { return PARLEY_SOURCE_DIR; }

}  // namespace parley::testing
