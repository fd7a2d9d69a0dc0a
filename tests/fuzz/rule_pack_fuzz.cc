// Fuzz target: LoadRulePack over an arbitrary pack.xml. The loader reads
// packs from files (its <include>s are files beside pack.xml), so each input
// is written to pack.xml in a private temporary folder first. A pack that
// loads without errors is also linted and compiled into an Engine, and its
// examples are evaluated, so the whole rule-reading path sees the input.

#include "concord/diagnostic.h"
#include "concord/engine.h"
#include "concord/rule_pack.h"
#include "concord/status.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <unistd.h>
#include <utility>
#include <vector>

namespace {

// A folder of this process's own, made once, removed at exit.
const std::string& PackDir() {
  static const std::string* dir = [] {
    const char* tmp = std::getenv("TMPDIR");
    std::string pattern =
        std::string(tmp != nullptr && *tmp != '\0' ? tmp : "/tmp") + "/concord-pack-fuzz-XXXXXX";
    if (::mkdtemp(pattern.data()) == nullptr) {
      std::perror("mkdtemp");
      std::abort();
    }
    auto* made = new std::string(pattern);
    std::atexit([] {
      std::remove((PackDir() + "/pack.xml").c_str());
      ::rmdir(PackDir().c_str());
    });
    return made;
  }();
  return *dir;
}

void WritePack(const std::string& path, const uint8_t* data, size_t size) {
  std::FILE* file = std::fopen(path.c_str(), "wb");
  if (file == nullptr || (size > 0 && std::fwrite(data, 1, size, file) != size) ||
      std::fclose(file) != 0) {
    std::perror(path.c_str());
    std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string path = PackDir() + "/pack.xml";
  WritePack(path, data, size);
  concord::RulePack pack;
  concord::Diagnostics diagnostics;
  concord::Status status = concord::LoadRulePack(PackDir(), &pack, &diagnostics);
  if (!status.ok()) return 0;
  concord::LintRulePack(pack, &diagnostics);
  std::vector<concord::RulePack> packs;
  packs.push_back(std::move(pack));
  std::unique_ptr<concord::Engine> engine;
  if (!concord::Engine::Create(std::move(packs), &engine, &diagnostics).ok()) return 0;
  std::vector<concord::ExampleOutcome> outcomes;
  engine->TestExamples(&outcomes);
  return 0;
}
