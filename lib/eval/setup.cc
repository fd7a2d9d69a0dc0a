// Loading what a run needs from the command line's paths: packs and the
// user's official treaty texts.

#include "concord/engine.h"

#include <filesystem>

namespace concord {

Status LoadPacks(const std::vector<std::string>& paths, std::vector<RulePack>* packs,
                 Diagnostics* diagnostics) {
  std::vector<std::string> folders;
  std::vector<std::string> roots = paths;
  if (roots.empty()) {
    std::string builtin = DefaultRulesDir();
    if (builtin.empty()) {
      return Status::NotFound(
          "no rule packs found: set CONCORD_RULES or pass --rules (the built-in packs are "
          "installed in <prefix>/share/concord/rules)");
    }
    roots.push_back(builtin);
  }
  for (const std::string& root : roots) {
    std::error_code ec;
    if (std::filesystem::is_regular_file(root, ec)) {
      folders.push_back(root);
      continue;
    }
    std::vector<std::string> found = FindPacks(root);
    if (found.empty()) {
      diagnostics->push_back(Diagnostic{DiagnosticLevel::kError, Location{root},
                                        "no rule pack here (a pack is a folder with pack.xml)"});
    }
    folders.insert(folders.end(), found.begin(), found.end());
  }
  bool failed = HasErrors(*diagnostics);
  for (const std::string& folder : folders) {
    RulePack pack;
    if (!LoadRulePack(folder, &pack, diagnostics).ok()) {
      failed = true;
      continue;
    }
    packs->push_back(std::move(pack));
  }
  return failed ? Status::ParseError("rule packs have errors") : Status::Ok();
}

Status LoadTreaties(const std::string& dir, TreatyTexts* texts, Diagnostics* diagnostics) {
  Diagnostics found;
  std::vector<std::string> files = ExpandInputs({dir}, &found);
  diagnostics->insert(diagnostics->end(), found.begin(), found.end());
  if (HasErrors(found)) return Status::NotFound("no treaty texts in " + dir);
  for (const std::string& file : files) {
    InstrumentOutline outline;
    Status status = LoadOutline(file, &outline);
    if (!status.ok()) {
      diagnostics->push_back(Diagnostic::FromStatus(status));
      continue;
    }
    // The work URI's last segment, past component markers such as "/!main".
    std::string id = outline.frbr_work;
    for (;;) {
      while (!id.empty() && id.back() == '/') id.pop_back();
      size_t slash = id.rfind('/');
      std::string last = id.substr(slash == std::string::npos ? 0 : slash + 1);
      if (last.empty() || (last[0] != '!' && last[0] != '@')) {
        id = last;
        break;
      }
      id.resize(slash == std::string::npos ? 0 : slash);
    }
    if (id.empty()) {
      diagnostics->push_back(Diagnostic{DiagnosticLevel::kWarning, Location{file},
                                        "no FRBR work URI: cannot tell which treaty this is"});
      continue;
    }
    texts->emplace_back(id, std::move(outline));
  }
  return Status::Ok();
}

}  // namespace concord
