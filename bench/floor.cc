// concord_floor: the floor every Concord throughput figure is compared with
// (DESIGN.md section 4): read each XML file into a reused buffer, parse it in
// place with pugixml, and walk every text node counting its words, so that
// each input byte is read by the parser and each text byte once more.
//
//   concord_floor [--parse-only] [--repeat N] PATH...
//
// PATHs are files or folders (searched recursively for *.xml). Prints one
// line: files, bytes, CPU seconds, wall seconds and MB/s of each (MB = 10^6
// bytes), plus the word count so the walk cannot be optimized away.

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <dirent.h>
#include <fcntl.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

#include <pugixml.hpp>

namespace {

// The options concord's loader uses: no entity or end-of-line processing.
constexpr unsigned kParseOptions = pugi::parse_cdata | pugi::parse_pi;

double CpuSeconds() {
  timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

void Collect(const std::string& path, std::vector<std::string>* files) {
  struct stat st;
  if (stat(path.c_str(), &st) != 0) {
    std::fprintf(stderr, "concord_floor: cannot stat %s\n", path.c_str());
    return;
  }
  if (!S_ISDIR(st.st_mode)) {
    files->push_back(path);
    return;
  }
  DIR* dir = opendir(path.c_str());
  if (!dir) return;
  std::vector<std::string> names;
  while (dirent* e = readdir(dir)) {
    if (e->d_name[0] != '.') names.emplace_back(e->d_name);
  }
  closedir(dir);
  std::sort(names.begin(), names.end());
  for (const std::string& name : names) {
    std::string child = path + "/" + name;
    if (stat(child.c_str(), &st) != 0) continue;
    if (S_ISDIR(st.st_mode)) {
      Collect(child, files);
    } else if (name.size() > 4 && name.compare(name.size() - 4, 4, ".xml") == 0) {
      files->push_back(child);
    }
  }
}

// Reads `path` into `buffer` (reused: its capacity only grows).
bool ReadInto(const std::string& path, std::vector<char>* buffer, size_t* size) {
  int fd = open(path.c_str(), O_RDONLY);
  if (fd < 0) return false;
  struct stat st;
  if (fstat(fd, &st) != 0) {
    close(fd);
    return false;
  }
  size_t n = static_cast<size_t>(st.st_size);
  if (buffer->size() < n + 1) buffer->resize(n + 1);
  size_t got = 0;
  while (got < n) {
    ssize_t r = read(fd, buffer->data() + got, n - got);
    if (r <= 0) break;
    got += static_cast<size_t>(r);
  }
  close(fd);
  *size = got;
  return got == n;
}

// Words in every text node, walked without recursion.
uint64_t WalkText(const pugi::xml_document& doc) {
  uint64_t words = 0;
  pugi::xml_node node = doc.first_child();
  while (node) {
    if (node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata) {
      bool in_word = false;
      for (const unsigned char* p = reinterpret_cast<const unsigned char*>(node.value()); *p; ++p) {
        bool space = *p <= ' ';
        words += !space && !in_word;
        in_word = !space;
      }
    }
    if (node.first_child()) {
      node = node.first_child();
      continue;
    }
    while (node && !node.next_sibling()) node = node.parent();
    if (node) node = node.next_sibling();
  }
  return words;
}

}  // namespace

int main(int argc, char** argv) {
  bool parse_only = false;
  int repeat = 1;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--parse-only") == 0) {
      parse_only = true;
    } else if (std::strcmp(argv[i], "--repeat") == 0 && i + 1 < argc) {
      repeat = std::max(1, std::atoi(argv[++i]));
    } else {
      Collect(argv[i], &files);
    }
  }
  if (files.empty()) {
    std::fprintf(stderr, "usage: concord_floor [--parse-only] [--repeat N] PATH...\n");
    return 2;
  }
  std::vector<char> buffer;
  pugi::xml_document doc;
  uint64_t bytes = 0, words = 0;
  int errors = 0;
  auto wall0 = std::chrono::steady_clock::now();
  double cpu0 = CpuSeconds();
  for (int r = 0; r < repeat; ++r) {
    for (const std::string& path : files) {
      size_t size = 0;
      if (!ReadInto(path, &buffer, &size)) {
        ++errors;
        continue;
      }
      bytes += size;
      pugi::xml_parse_result result =
          doc.load_buffer_inplace(buffer.data(), size, kParseOptions, pugi::encoding_utf8);
      if (!result) {
        ++errors;
        continue;
      }
      if (!parse_only) words += WalkText(doc);
    }
  }
  double cpu = CpuSeconds() - cpu0;
  double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall0).count();
  std::printf(
      "files %zu bytes %llu cpu %.4f wall %.4f cpu_mbps %.1f wall_mbps %.1f words %llu "
      "errors %d\n",
      files.size() * static_cast<size_t>(repeat), static_cast<unsigned long long>(bytes), cpu, wall,
      bytes / 1e6 / std::max(cpu, 1e-9), bytes / 1e6 / std::max(wall, 1e-9),
      static_cast<unsigned long long>(words), errors);
  return errors ? 1 : 0;
}
