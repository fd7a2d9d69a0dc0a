// Helpers shared by the unit and corpus tests.

#ifndef CONCORD_TESTS_TEST_UTIL_H_
#define CONCORD_TESTS_TEST_UTIL_H_

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdlib.h>  // mkdtemp
#include <string>

namespace concord::test {

/// The checkout's root folder.
inline std::string SourceDir() { return CONCORD_SOURCE_DIR; }

/// The shared reference folder (../shared), or "" when it is absent; the
/// CONCORD_SHARED environment variable overrides the configured path.
inline std::string SharedDir() {
  const char* env = std::getenv("CONCORD_SHARED");
  std::string dir = env && *env ? env : CONCORD_SHARED_DIR;
  return std::filesystem::is_directory(dir) ? dir : std::string();
}

/// Prints why a test that needs ../shared did not run.
inline void SkipWithoutShared(const char* what) {
  std::fprintf(stderr, "skipped %s: the shared corpus folder (../shared) is absent\n", what);
}

/// A fresh folder under the system's temporary folder, removed at the end.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "concord-test-XXXXXX").string();
    path_ = mkdtemp(pattern.data()) ? pattern : std::string();
  }
  ~TempDir() {
    std::error_code error;
    std::filesystem::remove_all(path_, error);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::string& path() const { return path_; }

  /// Writes `contents` to `relative` (creating folders); returns the full path.
  std::string Write(const std::string& relative, const std::string& contents) const {
    std::filesystem::path file = std::filesystem::path(path_) / relative;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << contents;
    return file.string();
  }

  /// `text` with every occurrence of "<this folder>/" removed.
  std::string Relative(std::string text) const {
    std::string prefix = path_ + "/";
    for (size_t at = text.find(prefix); at != std::string::npos; at = text.find(prefix, at)) {
      text.erase(at, prefix.size());
    }
    return text;
  }

 private:
  std::string path_;
};

}  // namespace concord::test

#endif  // CONCORD_TESTS_TEST_UTIL_H_
