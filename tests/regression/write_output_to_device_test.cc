// Regression: `concord check -o /dev/null` (run as root) replaced /dev/null
// with a regular file, because WriteFileAtomically renamed its temporary file
// over whatever the path named. A device, FIFO or socket must be written in
// place and stay what it was.

#include "concord/file.h"

#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

#include <doctest/doctest.h>

namespace concord {
namespace {

TEST_CASE("WriteFileAtomically writes into a FIFO and leaves it a FIFO") {
  std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("concord-fifo-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::string fifo = (dir / "out").string();
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  // A reader must exist before a writer can open a FIFO without blocking.
  int reader = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
  REQUIRE(reader >= 0);

  Status status = WriteFileAtomically(fifo, "report\n");
  CHECK(status.ok());
  char buffer[32] = {};
  ssize_t n = ::read(reader, buffer, sizeof buffer);
  ::close(reader);
  CHECK(n == 7);
  CHECK(std::string(buffer, n > 0 ? static_cast<size_t>(n) : 0) == "report\n");
  struct stat st;
  REQUIRE(::stat(fifo.c_str(), &st) == 0);
  CHECK(S_ISFIFO(st.st_mode));
  // No temporary file was left beside it.
  size_t entries = 0;
  for (auto it = std::filesystem::directory_iterator(dir);
       it != std::filesystem::directory_iterator(); ++it) {
    ++entries;
  }
  CHECK(entries == 1);
  std::filesystem::remove_all(dir);
}

TEST_CASE("WriteFileAtomically still replaces a regular file whole") {
  std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("concord-regular-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::string path = (dir / "out.txt").string();
  REQUIRE(WriteFileAtomically(path, "old contents\n").ok());
  REQUIRE(WriteFileAtomically(path, "new\n").ok());
  std::string contents;
  REQUIRE(ReadFile(path, &contents).ok());
  CHECK(contents == "new\n");
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace concord
