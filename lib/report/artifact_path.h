// Document paths as they appear in SARIF artifact locations and in the links
// of the Markdown and HTML reports: relative to RenderOptions::root, with
// forward slashes, percent-encoded for URIs.
//
// Paths are computed lexically (std::filesystem::absolute against the current
// folder, lexically_normal, lexically_relative); the disk is never touched.
//
// Private to lib/report. Thread-safety: reads the current folder only.

#ifndef CONCORD_REPORT_ARTIFACT_PATH_H_
#define CONCORD_REPORT_ARTIFACT_PATH_H_

#include <string>
#include <string_view>

namespace concord::detail {

/// A document path resolved for output.
struct ArtifactPath {
  /// For display: relative to the root (forward slashes, no "./"), or the
  /// normalized absolute path when the document lies outside the root.
  std::string display;
  /// A URI reference: the percent-encoded relative path, or a file:// URI
  /// for a document outside the root.
  std::string uri;
  /// True if `uri` is relative to the root (SARIF: uriBaseId %SRCROOT%).
  bool relative = false;
};

/// Resolves `path` against `root`. With an empty root a relative path stays
/// relative (to the current folder) and an absolute one becomes a file URI.
ArtifactPath ResolveArtifact(std::string_view path, std::string_view root);

}  // namespace concord::detail

#endif  // CONCORD_REPORT_ARTIFACT_PATH_H_
