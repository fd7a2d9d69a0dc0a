#include "concord/engine.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace concord {
namespace {

namespace fs = std::filesystem;

bool HasGlob(std::string_view s) { return s.find_first_of("*?[") != std::string_view::npos; }

bool IsXml(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext == ".xml" || ext == ".akn";
}

// Every XML file under `dir`, sorted.
std::vector<std::string> XmlFilesUnder(const std::string& dir) {
  std::vector<std::string> files;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec),
       end;
       !ec && it != end; it.increment(ec)) {
    if (it->is_regular_file(ec) && IsXml(it->path())) files.push_back(it->path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// Expands a glob in the last path component (and '**' as any folder depth).
std::vector<std::string> ExpandGlob(const std::string& pattern) {
  fs::path p(pattern);
  std::string name = p.filename().string();
  std::string parent = p.parent_path().string();
  bool deep = std::string_view(parent).ends_with("**");
  if (deep) parent.resize(parent.size() - 2);
  const fs::path dir = parent.empty() ? fs::path(".") : fs::path(parent);
  std::vector<std::string> out;
  std::error_code ec;
  if (deep) {
    for (const std::string& f : XmlFilesUnder(dir.string())) {
      if (GlobMatch(name, fs::path(f).filename().string())) out.push_back(f);
    }
  } else {
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
      if (it->is_regular_file(ec) && GlobMatch(name, it->path().filename().string())) {
        out.push_back((p.parent_path() / it->path().filename()).string());
      }
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

bool GlobMatch(std::string_view pattern, std::string_view text) {
  size_t p = 0, t = 0, star = std::string_view::npos, mark = 0;
  while (t < text.size()) {
    if (p < pattern.size() && (pattern[p] == '?' || pattern[p] == text[t])) {
      ++p;
      ++t;
    } else if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      mark = t;
    } else if (star != std::string_view::npos) {
      p = star + 1;
      t = ++mark;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

std::vector<std::string> ExpandInputs(const std::vector<std::string>& inputs,
                                      Diagnostics* diagnostics) {
  std::vector<std::string> files;
  for (const std::string& input : inputs) {
    std::error_code ec;
    if (fs::is_directory(input, ec)) {
      std::vector<std::string> found = XmlFilesUnder(input);
      if (found.empty()) {
        diagnostics->push_back(
            Diagnostic{DiagnosticLevel::kError, Location{input}, "no XML files in this folder"});
      }
      files.insert(files.end(), found.begin(), found.end());
    } else if (fs::exists(input, ec)) {
      files.push_back(input);
    } else if (HasGlob(input)) {
      std::vector<std::string> found = ExpandGlob(input);
      if (found.empty()) {
        diagnostics->push_back(
            Diagnostic{DiagnosticLevel::kError, Location{input}, "no files match this pattern"});
      }
      files.insert(files.end(), found.begin(), found.end());
    } else {
      diagnostics->push_back(
          Diagnostic{DiagnosticLevel::kError, Location{input}, "no such file or folder"});
    }
  }
  return files;
}

}  // namespace concord
