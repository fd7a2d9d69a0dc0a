// Escaping for every output format: UTF-8 repair, XML/HTML, Markdown table
// cells, CSV fields, terminal-safe text and URI paths.
//
// Report strings come from statutes and rule packs the user supplies, so
// every renderer passes each string through one of these before writing it.
// None of them fails: invalid UTF-8 becomes U+FFFD and characters a format
// cannot hold are dropped or replaced, never passed through.
//
// Private to lib/report. Thread-safety: pure functions.

#ifndef CONCORD_REPORT_ESCAPE_H_
#define CONCORD_REPORT_ESCAPE_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace concord::detail {

/// The code point at text[*pos], advancing *pos past it. An invalid, overlong
/// or truncated sequence, or an encoded surrogate, yields U+FFFD and advances
/// one byte. REQUIRES: *pos < text.size().
char32_t NextCodePoint(std::string_view text, size_t* pos);

/// Appends the UTF-8 encoding of `cp` to *out.
void AppendUtf8(char32_t cp, std::string* out);

/// `text` with every invalid UTF-8 sequence replaced by U+FFFD.
std::string SanitizeUtf8(std::string_view text);

/// Number of code points in `text` (invalid bytes count one each).
size_t CodePointCount(std::string_view text);

/// XML 1.0 text: & < > escaped; in attributes also " ' and TAB/LF/CR as
/// character references (so attribute normalisation keeps them). Characters
/// XML 1.0 forbids (C0 controls other than TAB/LF/CR, U+FFFE, U+FFFF) are
/// dropped; invalid UTF-8 becomes U+FFFD.
void AppendXmlEscaped(std::string_view text, bool attribute, std::string* out);
std::string XmlEscape(std::string_view text, bool attribute = false);

/// HTML text or attribute value: as XmlEscape(text, true), so the result is
/// safe in element content and in double- or single-quoted attributes.
std::string HtmlEscape(std::string_view text);

/// Inline Markdown inside a GitHub-flavoured table cell: backslash-escapes
/// the characters that start markup (\ ` * _ [ ] < > | ~ &), turns line
/// breaks into <br>, and drops other control characters.
std::string MarkdownEscape(std::string_view text);

/// One RFC 4180 field: quoted (with quotes doubled) if it holds a comma,
/// a double quote, CR or LF; otherwise as is. Invalid UTF-8 becomes U+FFFD.
std::string CsvField(std::string_view text);

/// Text safe to print on a terminal: TAB, CR and LF become spaces, other
/// control characters (C0, DEL, C1, which could drive the terminal) U+FFFD.
std::string TerminalSafe(std::string_view text);

/// Percent-encodes a path for use in a URI reference: unreserved characters,
/// '/' and "!$+,;=@" are kept; everything else (space, %, #, ?, ':',
/// parentheses, quotes, non-ASCII bytes) becomes %XX, so the result is also
/// safe as a Markdown link target and a relative reference.
std::string PercentEncodePath(std::string_view path);

}  // namespace concord::detail

#endif  // CONCORD_REPORT_ESCAPE_H_
