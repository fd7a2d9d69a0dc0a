// eIds by the Akoma Ntoso naming convention.
//
// An article is `art_<num>` under the body and `<annex>__art_<num>` in an
// annex: the divisions around it are not part of its eId, so rules can cite
// `art_16` and `art_16__para_2` wherever the article sits. Divisions nest:
// `part_III__sec_II__chp_I`. Paragraphs and points extend their parent's
// eId: `art_3__para_1__point_a`. Numbers are kept as written (`art_IV`,
// `art_8bis`), in ASCII (Cyrillic is transliterated: `point_b` for "б)").
// Headings without a number are numbered by position: `annex_1`,
// `crossheading_2`.

#ifndef CONCORD_IMPORT_EID_H_
#define CONCORD_IMPORT_EID_H_

#include "node.h"

#include "concord/diagnostic.h"

#include <string>

namespace concord::import {

/// The naming-convention prefix of a node's element: "art", "para", "point",
/// "part", "chp", "sec", "subsec", "subchp", "title", "book", "dvs"; the
/// name of an hcontainer.
std::string EidPrefix(const Node& node);

/// Assigns an eId to every node below `body`. A duplicate (a number used
/// twice) gets a suffix "_2", "_3" ... and a warning at its line.
void AssignEids(Node* body, const std::string& path, Diagnostics* diagnostics);

}  // namespace concord::import

#endif  // CONCORD_IMPORT_EID_H_
