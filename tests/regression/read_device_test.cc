// Regression (left open by the fuzzing work): `concord check /dev/zero`, or a
// pack whose <include href> named /dev/zero, read the device until memory
// ran out. Devices are refused; regular files and pipes are read.

#include "test_util.h"

#include "concord/diagnostic.h"
#include "concord/file.h"
#include "concord/rule_pack.h"

#include <string>

#include <doctest/doctest.h>

namespace concord {
namespace {

TEST_CASE("ReadFile refuses a device that never ends") {
  std::string contents = "old";
  Status status = ReadFile("/dev/zero", &contents);
  CHECK_FALSE(status.ok());
  CHECK(status.ToString() == "/dev/zero: error: is not a regular file or a pipe");
}

TEST_CASE("A pack including /dev/zero fails with the include's location") {
  const std::string pack =
      "<pack xmlns=\"urn:concord:rules:1\" id=\"p\" version=\"1\" title=\"t\">\n"
      "  <include href=\"/dev/zero\"/>\n"
      "</pack>\n";
  test::TempDir dir;
  const std::string path = dir.Write("pack.xml", pack);
  RulePack loaded;
  Diagnostics diagnostics;
  Status status = LoadRulePack(path, &loaded, &diagnostics);
  CHECK_FALSE(status.ok());
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].location.line == 2);
  CHECK(diagnostics[0].location.column == 3);
  CHECK(diagnostics[0].message ==
        "cannot read include '/dev/zero': is not a regular file or a pipe");
}

}  // namespace
}  // namespace concord
