#include "import_tree.h"

#include "block.h"
#include "eid.h"
#include "text_util.h"
#include "tree_builder.h"

namespace concord::import {
namespace {

// An outline is the instrument's own: other instruments appended to the text
// (an Optional Protocol after its Covenant, a Recommendation after its
// Convention, a Final Act) are left out, each with a note. Annexes stay.
void DropAppendedInstruments(Node* body, const std::string& path, Diagnostics* diagnostics) {
  auto& children = body->children;
  for (auto it = children.begin(); it != children.end();) {
    const Node& node = **it;
    if (node.kind != NodeKind::kContainer || node.name != "attachment") {
      ++it;
      continue;
    }
    diagnostics->push_back(
        Diagnostic{DiagnosticLevel::kNote, Location{path, node.line, 0},
                   "left out of the outline: \"" + Shorten(node.heading, 60) +
                       "\" and what follows it (another instrument appended to the text)"});
    it = children.erase(it);
  }
}

}  // namespace

Status BuildImportTree(std::string_view text, const ImportOptions& options, ImportTree* tree,
                       Diagnostics* diagnostics) {
  *tree = ImportTree();
  BlockDocument blocks;
  Status status = ReadBlocks(text, options.path, &blocks);
  if (!status.ok()) return status;
  tree->title = options.title.empty() ? blocks.title : options.title;
  TreeBuilder builder(blocks.blocks, options.path, diagnostics);
  int errors = builder.Build(tree);
  if (errors > 0) {
    return Status::ParseError(std::to_string(errors) + (errors == 1 ? " line" : " lines") +
                                  " cannot be placed in the structure",
                              Location{options.path});
  }
  if (options.outline) DropAppendedInstruments(&tree->body, options.path, diagnostics);
  AssignEids(&tree->body, options.path, diagnostics);
  return Status::Ok();
}

}  // namespace concord::import
