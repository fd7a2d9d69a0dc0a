// A one-line progress display on stderr (files, MB, rate, ETA), drawn only
// when stderr is a terminal and at most ten times a second.

#ifndef CONCORD_CLI_PROGRESS_H_
#define CONCORD_CLI_PROGRESS_H_

#include <chrono>
#include <cstdint>
#include <functional>

namespace concord::cli {

class Progress {
 public:
  /// `files` inputs of `bytes` bytes in all. Disabled unless stderr is a
  /// terminal and `enabled`.
  Progress(size_t files, uint64_t bytes, bool enabled);
  ~Progress();

  /// The callback CheckOptions::progress takes.
  std::function<void(size_t, uint64_t)> Callback();

 private:
  void Draw(size_t done, uint64_t bytes_done);

  size_t files_;
  uint64_t bytes_;
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_;
};

}  // namespace concord::cli

#endif  // CONCORD_CLI_PROGRESS_H_
