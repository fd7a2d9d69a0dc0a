// A temporary folder of pack files for the rules tests, and a loader that
// returns diagnostics as the strings users see, with the folder left out.

#ifndef CONCORD_TESTS_UNIT_RULES_PACK_FIXTURE_H_
#define CONCORD_TESTS_UNIT_RULES_PACK_FIXTURE_H_

#include "concord/rule_pack.h"

#include <filesystem>
#include <fstream>
#include <stdlib.h>
#include <string>
#include <vector>

namespace concord::test {

/// A fresh folder under the system's temporary folder, removed at the end.
class TempDir {
 public:
  TempDir() {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "concord-rules-XXXXXX").string();
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

/// Loads the pack in `dir` and returns its diagnostics as strings relative to
/// the folder; *status gets the loader's status.
inline std::vector<std::string> LoadMessages(const TempDir& dir, RulePack* pack, Status* status) {
  Diagnostics diagnostics;
  *status = LoadRulePack(dir.path(), pack, &diagnostics);
  std::vector<std::string> messages;
  for (const Diagnostic& d : diagnostics) messages.push_back(dir.Relative(d.ToString()));
  return messages;
}

}  // namespace concord::test

#endif  // CONCORD_TESTS_UNIT_RULES_PACK_FIXTURE_H_
