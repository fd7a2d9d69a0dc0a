// Helpers shared by the unit and corpus tests.

#ifndef CONCORD_TESTS_TEST_UTIL_H_
#define CONCORD_TESTS_TEST_UTIL_H_

#include <cstdio>
#include <filesystem>
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

}  // namespace concord::test

#endif  // CONCORD_TESTS_TEST_UTIL_H_
