// The renderers behind RenderReport, one per file (text.cc, json.cc, ...).
// Private to lib/report.

#ifndef CONCORD_REPORT_RENDERERS_H_
#define CONCORD_REPORT_RENDERERS_H_

#include <string>

#include "concord/finding.h"
#include "concord/report.h"

namespace concord::detail {

void RenderText(const Report& report, const RenderOptions& options, std::string* out);
void RenderJson(const Report& report, const RenderOptions& options, std::string* out);
void RenderSarif(const Report& report, const RenderOptions& options, std::string* out);
void RenderJunit(const Report& report, const RenderOptions& options, std::string* out);
void RenderMarkdown(const Report& report, const RenderOptions& options, std::string* out);
void RenderHtml(const Report& report, const RenderOptions& options, std::string* out);
void RenderCsv(const Report& report, const RenderOptions& options, std::string* out);

}  // namespace concord::detail

#endif  // CONCORD_REPORT_RENDERERS_H_
