// What the three diff renderers (diff_text.cc, diff_json.cc,
// diff_markdown.cc) share: which entries show, where an entry is, how a
// status change and a norm are named, and a quote with its marks.

#ifndef CONCORD_EVAL_DIFF_RENDER_H_
#define CONCORD_EVAL_DIFF_RENDER_H_

#include "concord/diff.h"

#include <string>
#include <vector>

namespace concord::diff {

/// The entries at or above options.min_severity, in the diff's order.
std::vector<const DiffEntry*> Shown(const ReportDiff& diff, const DiffRenderOptions& options);

/// Where a finding is: "path:line:col" from its first evidence, its document
/// in per-document mode, or "" when it rests on no provision.
std::string PlaceOf(const Finding& finding);

/// "gap", "partial -> gap" (arrow as given), "conflict -> met", "conflict -> gone".
std::string Transition(const DiffEntry& entry, const char* arrow);

/// "CRC art. 1, Definition of the child" (the instrument's short title, or
/// its id in capitals).
std::string NormLabel(const Norm& norm);

/// The first evidence's quote with its marks wrapped in `open`/`close`,
/// prefixed with the provision's label ("Article 13: ..."); "" without
/// evidence. `escape` is applied to every piece of the quote's text.
std::string MarkedQuote(const Finding& finding, const std::string& open, const std::string& close,
                        std::string (*escape)(const std::string&));

/// Missing element names, comma separated; "none" if there are none.
std::string MissingList(const Finding& finding);

/// Values as "age 16 year (at-least, violates)", "; " separated; "none".
std::string ValueList(const Finding& finding);

/// The summary counts: "1 new, 2 changed (1 worse), 0 closed, 35 unchanged".
std::string Counts(const ReportDiff& diff, const DiffRenderOptions& options);

/// The three renderers.
std::string RenderText(const ReportDiff& diff, const DiffRenderOptions& options);
std::string RenderJson(const ReportDiff& diff, const DiffRenderOptions& options);
std::string RenderMarkdown(const ReportDiff& diff, const DiffRenderOptions& options);

}  // namespace concord::diff

#endif  // CONCORD_EVAL_DIFF_RENDER_H_
