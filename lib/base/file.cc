#include "concord/file.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <random>
#include <sys/stat.h>
#include <unistd.h>

namespace concord {
namespace {

Status ErrnoStatus(const std::string& what, const std::string& path) {
  return Status::IoError(what + ": " + std::strerror(errno), Location{path});
}

// Writes all of `data` to `fd`, retrying short writes.
bool WriteAll(int fd, std::string_view data) {
  while (!data.empty()) {
    ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    data.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

}  // namespace

Status ReadFile(const std::string& path, std::string* contents) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return ErrnoStatus("cannot open file", path);
  struct stat st;
  if (::fstat(fd, &st) != 0) {
    Status s = ErrnoStatus("cannot stat file", path);
    ::close(fd);
    return s;
  }
  if (S_ISDIR(st.st_mode)) {
    ::close(fd);
    return Status::IoError("is a directory", Location{path});
  }
  // Files and pipes are read; a device (/dev/zero, a terminal) never ends.
  if (!S_ISREG(st.st_mode) && !S_ISFIFO(st.st_mode)) {
    ::close(fd);
    return Status::IoError("is not a regular file or a pipe", Location{path});
  }
  contents->clear();
  if (st.st_size > 0) contents->reserve(static_cast<size_t>(st.st_size));
  char chunk[1 << 16];
  for (;;) {
    ssize_t n = ::read(fd, chunk, sizeof chunk);
    if (n < 0) {
      if (errno == EINTR) continue;
      Status s = ErrnoStatus("cannot read file", path);
      ::close(fd);
      return s;
    }
    if (n == 0) break;
    contents->append(chunk, static_cast<size_t>(n));
  }
  ::close(fd);
  return Status::Ok();
}

Status WriteFileAtomically(const std::string& path, std::string_view contents) {
  // A device, FIFO or socket (/dev/null, /dev/stdout, a pipe) is written in
  // place: renaming a temporary file over it would replace the device.
  struct stat st;
  if (::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) {
    int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) return ErrnoStatus("cannot write output", path);
    bool written = WriteAll(fd, contents);
    Status status = written ? Status::Ok() : ErrnoStatus("cannot write output", path);
    if (::close(fd) != 0 && status.ok()) status = ErrnoStatus("cannot write output", path);
    return status;
  }
  std::random_device seed;
  std::string temp = path + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(seed());
  int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) return ErrnoStatus("cannot write output", path);
  bool written = WriteAll(fd, contents) && ::fsync(fd) == 0;
  Status status = written ? Status::Ok() : ErrnoStatus("cannot write output", path);
  if (::close(fd) != 0 && status.ok()) status = ErrnoStatus("cannot write output", path);
  if (status.ok() && ::rename(temp.c_str(), path.c_str()) != 0) {
    status = ErrnoStatus("cannot write output", path);
  }
  if (!status.ok()) ::unlink(temp.c_str());
  return status;
}

}  // namespace concord
