// LineIndex: byte offsets of a UTF-8 buffer -> 1-based line and column.
//
// Built once per file BEFORE the buffer is parsed in place (pugixml writes
// NULs over delimiters, among them newlines inside tags). Lines end at "\n",
// "\r\n" or a lone "\r" (XML end-of-line handling); columns count code
// points, not bytes, and a UTF-8 BOM at the start of the buffer is not a
// column.
//
// The same single pass over the bytes checks that they are valid UTF-8
// without NUL characters (problem() says where they are not), so indexing
// and validation cost one read of the buffer.
//
// Position() keeps a cursor: asked for offsets in increasing order (document
// order) it only scans the bytes between two calls, so mapping every node of
// a 600 KB single-line file stays linear. Asked for an earlier offset it
// restarts from that offset's line start.
//
// Thread-safety: not thread-safe (the cursor); one per load.

#ifndef CONCORD_XML_LINE_INDEX_H_
#define CONCORD_XML_LINE_INDEX_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace concord::xml {

/// A 1-based line and column (code points).
struct LineColumn {
  uint32_t line = 0;
  uint32_t column = 0;
};

/// The length of the valid UTF-8 sequence at `s` (1-4), or 0 if it is
/// invalid or a NUL byte. REQUIRES: n > 0.
size_t ValidUtf8Length(const unsigned char* s, size_t n);

/// Maps byte offsets of one buffer to lines and columns.
class LineIndex {
 public:
  /// Indexes `buffer`. REQUIRES: the bytes are unmodified (not yet parsed in
  /// place); the buffer must stay alive while Position() is used, and later
  /// in-place edits may only replace ASCII bytes (pugixml's NULs do).
  explicit LineIndex(std::string_view buffer);

  LineIndex(const LineIndex&) = delete;
  LineIndex& operator=(const LineIndex&) = delete;

  /// Line and column of the byte at `offset` (offset == size() is the end
  /// of the buffer).
  LineColumn Position(size_t offset);

  /// The number of lines.
  size_t line_count() const { return line_starts_.size(); }

  /// Byte offset of the first invalid UTF-8 sequence or NUL byte, or npos.
  size_t problem() const { return problem_; }
  /// True if problem() is a NUL byte rather than invalid UTF-8.
  bool problem_is_nul() const { return problem_is_nul_; }

 private:
  // Index of the line holding `offset`.
  size_t LineOf(size_t offset) const;
  // Finds the line starts from `first` on and the first invalid byte.
  void Scan(size_t first);
  // Records the first invalid byte.
  void Fail(size_t offset);

  const unsigned char* data_;
  size_t size_;
  // Byte offset where each line starts; line_starts_[0] is 0 or 3 (BOM).
  std::vector<uint32_t> line_starts_;
  size_t problem_ = std::string_view::npos;
  bool problem_is_nul_ = false;

  // Cursor: the last position asked for.
  size_t cursor_offset_ = 0;
  size_t cursor_line_ = 0;  // 0-based index into line_starts_
  uint32_t cursor_column_ = 1;
};

}  // namespace concord::xml

#endif  // CONCORD_XML_LINE_INDEX_H_
