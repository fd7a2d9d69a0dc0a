// Paths in SARIF locations and report links.

#include "artifact_path.h"

#include <filesystem>

#include <doctest/doctest.h>

namespace concord::detail {
namespace {

TEST_CASE("artifact path: relative paths stay relative without a root") {
  ArtifactPath a = ResolveArtifact("./laws/../laws/a b.xml", "");
  CHECK(a.display == "laws/a b.xml");
  CHECK(a.uri == "laws/a%20b.xml");
  CHECK(a.relative);
}

TEST_CASE("artifact path: absolute paths become file URIs without a root") {
  ArtifactPath a = ResolveArtifact("/srv/laws/кодекс.xml", "");
  CHECK(a.display == "/srv/laws/кодекс.xml");
  CHECK(a.uri == "file:///srv/laws/%D0%BA%D0%BE%D0%B4%D0%B5%D0%BA%D1%81.xml");
  CHECK_FALSE(a.relative);
}

TEST_CASE("artifact path: relative to the root, forward slashes") {
  ArtifactPath a = ResolveArtifact("/repo/laws/family#1.xml", "/repo/");
  CHECK(a.display == "laws/family#1.xml");
  CHECK(a.uri == "laws/family%231.xml");
  CHECK(a.relative);
  // A relative path and a relative root both resolve against the current folder.
  const std::string cwd = std::filesystem::current_path().generic_string();
  ArtifactPath b = ResolveArtifact(cwd + "/x/y.xml", ".");
  CHECK(b.display == "x/y.xml");
  CHECK(b.relative);
}

TEST_CASE("artifact path: outside the root stays absolute") {
  ArtifactPath a = ResolveArtifact("/elsewhere/a.xml", "/repo");
  CHECK(a.display == "/elsewhere/a.xml");
  CHECK(a.uri == "file:///elsewhere/a.xml");
  CHECK_FALSE(a.relative);
  ArtifactPath b = ResolveArtifact("../up.xml", "");
  CHECK_FALSE(b.relative);
  CHECK(b.uri.rfind("file:///", 0) == 0);
}

}  // namespace
}  // namespace concord::detail
