#include "progress.h"

#include <cstdio>
#include <unistd.h>

namespace concord::cli {

Progress::Progress(size_t files, uint64_t bytes, bool enabled)
    : files_(files),
      bytes_(bytes),
      enabled_(enabled && ::isatty(STDERR_FILENO) != 0),
      start_(std::chrono::steady_clock::now()),
      last_(start_) {}

Progress::~Progress() {
  if (drawn_) std::fputs("\r\033[K", stderr);  // leave a clean line for the report
}

std::function<void(size_t, uint64_t)> Progress::Callback() {
  if (!enabled_) return {};
  return [this](size_t done, uint64_t bytes_done) { Draw(done, bytes_done); };
}

void Progress::Draw(size_t done, uint64_t bytes_done) {
  auto now = std::chrono::steady_clock::now();
  if (done < files_ && now - last_ < std::chrono::milliseconds(100)) return;
  last_ = now;
  double seconds = std::chrono::duration<double>(now - start_).count();
  if (seconds < 0.5 && done < files_) return;  // short runs show nothing
  double mb = static_cast<double>(bytes_done) / 1e6;
  double rate = seconds > 0 ? mb / seconds : 0;
  double left =
      bytes_ > bytes_done && rate > 0 ? static_cast<double>(bytes_ - bytes_done) / 1e6 / rate : 0;
  std::fprintf(stderr, "\r\033[Kchecking %zu/%zu files, %.1f/%.1f MB, %.1f MB/s, ETA %.0fs", done,
               files_, mb, static_cast<double>(bytes_) / 1e6, rate, left);
  std::fflush(stderr);
  drawn_ = true;
}

}  // namespace concord::cli
