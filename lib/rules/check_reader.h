// Reading a rule's check: <require>, <prohibit>, <elements> (anchor and
// elements) and <threshold> (anchor, context, exception and the comparison).
//
// Thread-safety: none (writes the pack being read).

#ifndef CONCORD_RULES_CHECK_READER_H_
#define CONCORD_RULES_CHECK_READER_H_

#include "read_context.h"

#include "concord/rule_pack.h"

#include <pugixml.hpp>

namespace concord {

/// True for the element names of the four checks.
bool IsCheckName(std::string_view name);

/// Reads the check `element` into *rule (check, scope and its expressions).
/// REQUIRES: IsCheckName(ctx.Name(element)).
void ReadCheck(ReadContext& ctx, pugi::xml_node element, Rule* rule);

}  // namespace concord

#endif  // CONCORD_RULES_CHECK_READER_H_
