// Status: the outcome of a fallible library call.
//
// Every fallible call in the Concord library returns a Status instead of
// throwing. A Status is either ok or carries a code, a message and, where the
// failure has a place in some input, the location (path, line, column).
// ToString() renders the compiler-style form users see:
//   "draft.xml:12:5: error: unknown root element 'foo'".
//
// Thread-safety: a Status is a value; distinct objects may be used freely
// from different threads.

#ifndef CONCORD_STATUS_H_
#define CONCORD_STATUS_H_

#include <cstdint>
#include <string>

namespace concord {

/// A place in an input file. Line and column are 1-based; 0 means unknown.
struct Location {
  std::string path;
  uint32_t line = 0;
  uint32_t column = 0;

  /// "path:line:col", "path:line" or "path", as far as known.
  std::string ToString() const;
};

/// The outcome of a fallible call.
class [[nodiscard]] Status {
 public:
  enum class Code : uint8_t {
    kOk = 0,
    kNotFound,         ///< a file, rule, concept or parameter does not exist
    kInvalidArgument,  ///< a caller-supplied value is wrong (flags, options)
    kParseError,       ///< an input is malformed (XML, rule pack, profile ...)
    kUnsupported,      ///< well-formed input Concord does not handle (unknown root)
    kIoError,          ///< reading or writing failed
    kInternal,         ///< a bug: a broken invariant
  };

  /// An ok status.
  Status() = default;

  static Status Ok() { return Status(); }
  static Status NotFound(std::string message, Location where = {});
  static Status InvalidArgument(std::string message, Location where = {});
  static Status ParseError(std::string message, Location where = {});
  static Status Unsupported(std::string message, Location where = {});
  static Status IoError(std::string message, Location where = {});
  static Status Internal(std::string message, Location where = {});

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  /// The message without location or "error:" prefix.
  const std::string& message() const { return message_; }
  const Location& location() const { return location_; }

  /// "path:line:col: error: message" (or "error: message" without a location);
  /// "ok" for an ok status.
  std::string ToString() const;

 private:
  Status(Code code, std::string message, Location where);

  Code code_ = Code::kOk;
  std::string message_;
  Location location_;
};

}  // namespace concord

#endif  // CONCORD_STATUS_H_
