// Fuzz target: LoadDocument over arbitrary bytes. The loader picks the
// dialect (Akoma Ntoso, USLM, DC dc-library) from the root element, so one
// target covers every path; the seed corpus holds a document of each.
// Bad input must give a Status, never a crash, a hang or a leak.

#include "concord/diagnostic.h"
#include "concord/document.h"
#include "concord/loader.h"
#include "concord/status.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

// Stops the run with a message when the Document breaks its own contract
// (document.h): provisions form a tree in document order.
void Expect(bool condition, const char* what, size_t index) {
  if (condition) return;
  std::fprintf(stderr, "document invariant broken at provision %zu: %s\n", index, what);
  std::abort();
}

void CheckDocument(const concord::Document& doc) {
  int32_t size = static_cast<int32_t>(doc.provisions.size());
  for (int32_t i = 0; i < size; ++i) {
    const concord::Provision& p = doc.provisions[i];
    Expect(p.parent >= -1 && p.parent < i, "parent precedes the provision", i);
    Expect(p.end > i && p.end <= size, "subtree end in range", i);
    if (p.parent >= 0) {
      const concord::Provision& parent = doc.provisions[p.parent];
      Expect(p.end <= parent.end, "subtree inside its parent's", i);
      Expect(p.depth == parent.depth + 1, "depth one below the parent's", i);
    } else {
      Expect(p.depth == 0, "top level at depth 0", i);
    }
    int32_t article = doc.EnclosingArticle(i);
    Expect(article >= -1 && article <= i, "enclosing article in range", i);
    // Every text offset maps back to some source position.
    doc.Locate(i, concord::TextField::kText, 0);
    doc.Locate(i, concord::TextField::kText, static_cast<uint32_t>(p.text.size()));
    doc.Locate(i, concord::TextField::kHeading, static_cast<uint32_t>(p.heading.size()));
  }
  for (const concord::Suppression& s : doc.suppressions) {
    Expect(s.provision >= -1 && s.provision < size, "suppression provision in range", 0);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  // The last byte, when there is one, also chooses whether notes are kept, so
  // both provision-building paths are explored.
  concord::LoadOptions options;
  options.keep_notes = size == 0 || (data[size - 1] & 1) == 0;
  concord::Document doc;
  concord::Diagnostics diagnostics;
  concord::Status status =
      concord::LoadDocument(std::move(bytes), "fuzz.xml", options, &doc, &diagnostics);
  if (status.ok()) {
    Expect(doc.path == "fuzz.xml", "path as given", 0);
    CheckDocument(doc);
  }
  return 0;
}
