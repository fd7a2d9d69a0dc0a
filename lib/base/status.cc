#include "concord/status.h"

#include <utility>

namespace concord {

std::string Location::ToString() const {
  std::string out = path;
  if (line == 0) return out;
  out += ':';
  out += std::to_string(line);
  if (column == 0) return out;
  out += ':';
  out += std::to_string(column);
  return out;
}

Status::Status(Code code, std::string message, Location where)
    : code_(code), message_(std::move(message)), location_(std::move(where)) {}

Status Status::NotFound(std::string message, Location where) {
  return Status(Code::kNotFound, std::move(message), std::move(where));
}
Status Status::InvalidArgument(std::string message, Location where) {
  return Status(Code::kInvalidArgument, std::move(message), std::move(where));
}
Status Status::ParseError(std::string message, Location where) {
  return Status(Code::kParseError, std::move(message), std::move(where));
}
Status Status::Unsupported(std::string message, Location where) {
  return Status(Code::kUnsupported, std::move(message), std::move(where));
}
Status Status::IoError(std::string message, Location where) {
  return Status(Code::kIoError, std::move(message), std::move(where));
}
Status Status::Internal(std::string message, Location where) {
  return Status(Code::kInternal, std::move(message), std::move(where));
}

std::string Status::ToString() const {
  if (ok()) return "ok";
  std::string where = location_.ToString();
  if (where.empty()) return "error: " + message_;
  return where + ": error: " + message_;
}

}  // namespace concord
