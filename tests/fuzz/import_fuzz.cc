// Fuzz target: `concord import` (ImportText) over arbitrary text. The first
// byte picks the options (bit 0: outline, bit 1: treaty, bit 2: a given
// language and FRBR work); the rest is the text. Whatever ImportText accepts
// it must write as Akoma Ntoso that LoadDocument loads without an error, and
// whatever it refuses leaves the output empty (importer.h).

#include "concord/diagnostic.h"
#include "concord/document.h"
#include "concord/importer.h"
#include "concord/loader.h"
#include "concord/status.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  uint8_t choice = data[0];
  std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  concord::ImportOptions options;
  options.path = "fuzz.md";
  options.outline = (choice & 1) != 0;
  if ((choice & 2) != 0) options.doc_type = "treaty";
  if ((choice & 4) != 0) {
    options.language = "rus";
    options.frbr_work = "/akn/xx/act/2001-02-03/fuzz";
  }
  std::string xml;
  concord::Diagnostics diagnostics;
  concord::Status status = concord::ImportText(text, options, &xml, &diagnostics);
  if (!status.ok()) {
    if (!xml.empty()) {
      std::fprintf(stderr, "ImportText failed (%s) but wrote output\n", status.ToString().c_str());
      std::abort();
    }
    return 0;
  }
  concord::Document doc;
  concord::Diagnostics load_diagnostics;
  concord::Status loaded =
      concord::LoadDocument(xml, "fuzz.xml", concord::LoadOptions(), &doc, &load_diagnostics);
  if (!loaded.ok()) {
    std::fprintf(stderr, "imported AKN does not load: %s\n--- output ---\n%s\n",
                 loaded.ToString().c_str(), xml.c_str());
    std::abort();
  }
  return 0;
}
