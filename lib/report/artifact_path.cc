#include "artifact_path.h"

#include "escape.h"

#include <filesystem>
#include <system_error>

namespace concord::detail {
namespace {

namespace fs = std::filesystem;

fs::path Absolute(const fs::path& path) {
  std::error_code error;
  fs::path absolute = fs::absolute(path, error);
  return (error ? path : absolute).lexically_normal();
}

bool LeavesRoot(const fs::path& relative) { return relative.empty() || *relative.begin() == ".."; }

ArtifactPath Relative(const fs::path& relative) {
  std::string display = relative.generic_string();
  if (display.empty() || display == ".") display = ".";
  return {display, PercentEncodePath(display), true};
}

ArtifactPath Outside(const fs::path& absolute) {
  std::string display = absolute.generic_string();
  return {display, "file://" + PercentEncodePath(display), false};
}

}  // namespace

ArtifactPath ResolveArtifact(std::string_view path_text, std::string_view root_text) {
  const fs::path path{std::string(path_text)};
  if (root_text.empty()) {
    if (path.is_absolute()) return Outside(path.lexically_normal());
    const fs::path normal = path.lexically_normal();
    if (!LeavesRoot(normal)) return Relative(normal);
    return Outside(Absolute(path));
  }
  const fs::path absolute = Absolute(path);
  const fs::path relative = absolute.lexically_relative(Absolute(fs::path{std::string(root_text)}));
  if (LeavesRoot(relative)) return Outside(absolute);
  return Relative(relative);
}

}  // namespace concord::detail
