// Getting any supported input encoding to UTF-8 before parsing.
//
// The loaders parse UTF-8 only. ConvertToUtf8 detects the input's encoding
// from its first bytes (UTF-8 / UTF-16 / UTF-32 byte order marks, "<\0?\0"
// and "\0<\0?" for UTF-16 without a BOM) or from the XML declaration's
// encoding="..." and transcodes everything else with ICU converters
// (windows-1251, KOI8-R, ISO-8859-1 ...). After transcoding, the
// declaration's encoding is rewritten to UTF-8 without changing the length
// of its line, so columns stay those of the source. UTF-8 input is not
// copied.
//
// Thread-safety: thread-safe (ICU converters are opened per call).

#ifndef CONCORD_XML_ENCODING_H_
#define CONCORD_XML_ENCODING_H_

#include "concord/status.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace concord::xml {

/// Converts `*bytes` to UTF-8 in place when they are in another encoding (a
/// UTF-8 BOM is kept; other BOMs are dropped). UTF-8 input is left as it is:
/// LineIndex checks it in the same pass that finds the lines. Errors carry
/// `path` and the line:col of the problem: ParseError "invalid windows-1251
/// at byte N", "NUL character in UTF-16LE input"; Unsupported "unknown
/// encoding 'x'".
Status ConvertToUtf8(std::string* bytes, const std::string& path);

/// The value of encoding="..." in the XML declaration at the start of
/// `bytes` (ASCII-compatible encodings only), or "" if there is none;
/// `*value_offset` receives its byte offset.
std::string_view DeclaredEncoding(std::string_view bytes, size_t* value_offset);

}  // namespace concord::xml

#endif  // CONCORD_XML_ENCODING_H_
