// The inline style sheet and script of the HTML report.
//
// The report is one self-contained file: no network, fonts, images or
// scripts from elsewhere (its Content-Security-Policy forbids them). The
// script only filters table rows by status, instrument and words, and keeps
// the filter in the URL fragment (#status=gap,conflict&instrument=cat&q=...)
// so a filtered view can be shared and opened directly.
//
// Private to lib/report.

#ifndef CONCORD_REPORT_HTML_ASSETS_H_
#define CONCORD_REPORT_HTML_ASSETS_H_

namespace concord::detail {

/// CSS for screen and print. Contains no '<' or '&'.
extern const char kHtmlStyle[];

/// The filter script. Placed inside a CDATA section, so the page is also
/// well-formed XML; contains no "]]>".
extern const char kHtmlScript[];

}  // namespace concord::detail

#endif  // CONCORD_REPORT_HTML_ASSETS_H_
