// The importer's stages up to the tree: blocks, structure, appended
// instruments left out of outlines, eIds. ImportText writes the result as
// AKN; tests look at the tree directly.

#ifndef CONCORD_IMPORT_IMPORT_TREE_H_
#define CONCORD_IMPORT_IMPORT_TREE_H_

#include "node.h"

#include "concord/diagnostic.h"
#include "concord/importer.h"
#include "concord/status.h"

#include <string_view>

namespace concord::import {

/// Reads `text` into *tree (replaced) as ImportText does: the title (the
/// options' title, else the first heading), the preamble and the body with
/// eIds. In outline mode, appended instruments are left out with a note.
/// Returns ParseError for invalid UTF-8, empty text and lines that cannot be
/// placed (each an error diagnostic with its line).
Status BuildImportTree(std::string_view text, const ImportOptions& options, ImportTree* tree,
                       Diagnostics* diagnostics);

}  // namespace concord::import

#endif  // CONCORD_IMPORT_IMPORT_TREE_H_
