// Where rule packs are: DefaultRulesDir and FindPacks.

#include "concord/rule_pack.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

namespace concord {
namespace {

namespace fs = std::filesystem;

bool IsDirectory(const fs::path& path) {
  std::error_code error;
  return fs::is_directory(path, error);
}

bool HoldsPack(const fs::path& dir) {
  std::error_code error;
  return fs::is_regular_file(dir / "pack.xml", error);
}

// <prefix>/share/concord/rules beside the running executable (<prefix>/bin).
std::string InstalledRulesDir() {
  std::error_code error;
  fs::path exe = fs::read_symlink("/proc/self/exe", error);
  if (error || exe.empty()) return "";
  fs::path dir = (exe.parent_path() / ".." / CONCORD_INSTALL_RULES_SUFFIX).lexically_normal();
  return IsDirectory(dir) ? dir.string() : "";
}

}  // namespace

std::string DefaultRulesDir() {
  const char* env = std::getenv("CONCORD_RULES");
  if (env != nullptr && *env != '\0') return env;
  std::string installed = InstalledRulesDir();
  if (!installed.empty()) return installed;
  if (IsDirectory(CONCORD_SOURCE_RULES_DIR)) return CONCORD_SOURCE_RULES_DIR;
  return "";
}

std::vector<std::string> FindPacks(const std::string& dir) {
  std::vector<std::string> packs;
  if (HoldsPack(dir)) return {dir};
  std::error_code error;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, error);
  for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
    if (!it->is_directory(error)) continue;
    if (HoldsPack(it->path())) {
      packs.push_back(it->path().string());
      it.disable_recursion_pending();  // a pack's own folders hold fragments, not packs
    }
  }
  std::sort(packs.begin(), packs.end());
  return packs;
}

}  // namespace concord
