// Reading and writing whole files.
//
// Loaders take bytes and a display path so tests stay off the disk; these two
// functions are the only places the library touches the file system for
// documents and reports. WriteFileAtomically never leaves half a file: it
// writes a temporary file beside the target and renames it (leveldb's
// SetCurrentFile).
//
// Thread-safety: safe to call concurrently on distinct paths.

#ifndef CONCORD_FILE_H_
#define CONCORD_FILE_H_

#include "concord/status.h"

#include <string>
#include <string_view>

namespace concord {

/// Reads the whole file at `path` into `*contents` (replacing it). Regular
/// files and pipes only: a device such as /dev/zero is an IoError.
Status ReadFile(const std::string& path, std::string* contents);

/// Writes `contents` to `path` through a temporary file and a rename, so that
/// `path` either keeps its old contents or gets all of the new ones.
Status WriteFileAtomically(const std::string& path, std::string_view contents);

}  // namespace concord

#endif  // CONCORD_FILE_H_
