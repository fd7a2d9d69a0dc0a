// Reading expressions (<concept>, <term>, <all>, <any>, <not>, <near>,
// <negated>) into RulePack::exprs.
//
// Children are stored before their parent, so an expression's index is always
// greater than its children's. Several expressions where one is expected (in
// <require>, <anchor>, <element> ...) are read as an implicit <all> located at
// their container.
//
// Thread-safety: none (writes the pack being read).

#ifndef CONCORD_RULES_EXPR_READER_H_
#define CONCORD_RULES_EXPR_READER_H_

#include "read_context.h"

#include <cstdint>

#include <pugixml.hpp>

namespace concord {

/// The element names that are expressions.
bool IsExpressionName(std::string_view name);

/// Reads the expression `element`; its index in pack.exprs, or -1 after
/// reporting why it is malformed.
int32_t ReadExpr(ReadContext& ctx, pugi::xml_node element);

/// Reads the expressions inside `container` as one (see the file comment);
/// -1 after reporting when there is none or one is malformed.
int32_t ReadExprList(ReadContext& ctx, pugi::xml_node container);

}  // namespace concord

#endif  // CONCORD_RULES_EXPR_READER_H_
