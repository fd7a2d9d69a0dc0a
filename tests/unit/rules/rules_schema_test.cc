// docs/rules.xsd documents the format: the shipped packs and the demo pack
// (every construct) validate against it, and it rejects what the loader
// rejects at the level XSD can express. Runs xmllint; skips when it is absent.

#include "pack_fixture.h"
#include "test_util.h"

#include <cstdio>
#include <filesystem>
#include <string>

#include <doctest/doctest.h>

namespace concord {
namespace {

bool HaveXmllint() { return std::system("xmllint --version >/dev/null 2>&1") == 0; }

// xmllint's verdict on `file`: "" when it validates, else its messages.
std::string Validate(const std::string& file) {
  std::string schema = test::SourceDir() + "/docs/rules.xsd";
  std::string command = "xmllint --noout --schema '" + schema + "' '" + file + "' 2>&1";
  std::string output;
  if (FILE* pipe = popen(command.c_str(), "r")) {
    char buffer[4096];
    while (size_t n = fread(buffer, 1, sizeof buffer, pipe)) output.append(buffer, n);
    if (pclose(pipe) == 0) return "";
  }
  return output.empty() ? "xmllint failed" : output;
}

TEST_CASE("The shipped packs and the demo pack validate against docs/rules.xsd") {
  if (!HaveXmllint()) {
    std::fprintf(stderr, "skipped the schema test: xmllint is not installed\n");
    return;
  }
  test::TempDir dir;
  test::WriteDemoPack(dir);
  for (const char* file : {"pack.xml", "concepts/torture.xml", "rules/torture.xml"}) {
    CAPTURE(file);
    CHECK(Validate(dir.path() + "/" + file) == "");
  }
  size_t files = 0;
  for (const std::string& pack : FindPacks(test::SourceDir() + "/rules")) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(pack)) {
      std::string path = entry.path().string();
      // Outlines are Akoma Ntoso, not pack files.
      if (!path.ends_with(".xml") || path.find("/instruments/") != std::string::npos) continue;
      CAPTURE(path);
      CHECK(Validate(path) == "");
      ++files;
    }
  }
  CHECK(files >= 5);
}

TEST_CASE("docs/rules.xsd rejects malformed packs") {
  if (!HaveXmllint()) return;
  test::TempDir dir;
  const char* bad[] = {
      R"xml(<pack xmlns="urn:concord:rules:1" id="p" version="1"/>)xml",
      R"xml(<pack xmlns="urn:concord:rules:1" id="P" version="1" title="T"/>)xml",
      R"xml(<pack xmlns="urn:concord:rules:1" id="p" version="1" title="T"><rul/></pack>)xml",
      R"xml(<pack xmlns="urn:concord:rules:1" id="p" version="1" title="T"><concept id="c"/></pack>)xml",
      R"xml(<pack xmlns="urn:concord:rules:1" id="p" version="1" title="T">
<rule id="R" severity="fatal" level="T"><title>t</title></rule></pack>)xml",
      R"xml(<pack xmlns="urn:concord:rules:1" id="p" version="1" title="T">
<rule id="R" severity="error" level="T"><require><near distance="2"><concept ref="c"/></near></require></rule></pack>)xml",
      R"xml(<pack xmlns="urn:concord:rules:1" id="p" version="1" title="T">
<rule id="R" severity="error" level="T"><threshold value="eighteen"><anchor><term>a</term></anchor></threshold></rule></pack>)xml",
      R"xml(<fragment xmlns="urn:concord:rules:1"><include href="x.xml"/></fragment>)xml",
  };
  for (const char* xml : bad) {
    CAPTURE(xml);
    CHECK(Validate(dir.Write("bad.xml", xml)) != "");
  }
}

}  // namespace
}  // namespace concord
