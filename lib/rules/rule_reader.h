// Reading a <rule>: its attributes, title, source, basis, subjects, its one
// check (require, prohibit, elements or threshold), recommendation, tags and
// examples. See docs/rule-format.md.
//
// Thread-safety: none (writes the pack being read).

#ifndef CONCORD_RULES_RULE_READER_H_
#define CONCORD_RULES_RULE_READER_H_

#include "read_context.h"

#include <pugixml.hpp>

namespace concord {

/// Reads the <rule> `element` and appends it to pack.rules (also when it has
/// errors, which are reported, so later checks see every rule id).
void ReadRule(ReadContext& ctx, pugi::xml_node element);

/// Parses a whole decimal number ("18", "1.5", "-2"); false for anything else.
bool ParseNumber(std::string_view text, double* value);

}  // namespace concord

#endif  // CONCORD_RULES_RULE_READER_H_
