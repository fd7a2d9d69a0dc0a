#include "pack_file.h"

#include <algorithm>
#include <cstring>
#include <utility>

namespace concord {
namespace {

// pugixml's defaults without end-of-line normalization, which would shift the
// text of CRLF files inside the buffer (readers treat '\r' as white space).
// pugixml never fetches a DTD or expands other than the built-in entities.
constexpr unsigned kParseOptions =
    (pugi::parse_default & ~pugi::parse_eol) | pugi::parse_declaration;

// LocateOffset scans at most this many bytes (see block_columns_).
constexpr size_t kColumnBlock = 1024;

}  // namespace

Status PackFile::Parse(std::string bytes, std::string path) {
  path_ = std::move(path);
  bytes_ = std::move(bytes);
  line_starts_.assign(1, 0);
  const char* data = bytes_.data();
  const char* end = data + bytes_.size();
  for (const char* p = data; (p = static_cast<const char*>(std::memchr(p, '\n', end - p)));) {
    ++p;
    line_starts_.push_back(static_cast<uint32_t>(p - data));
  }
  pugi::xml_parse_result result =
      doc_.load_buffer_inplace(bytes_.data(), bytes_.size(), kParseOptions, pugi::encoding_utf8);
  IndexColumns();
  if (!result) {
    return Status::ParseError(std::string("malformed XML: ") + result.description(),
                              LocateOffset(static_cast<size_t>(result.offset)));
  }
  FindNamespace();
  return Status::Ok();
}

void PackFile::FindNamespace() {
  std::string_view name = root().name();
  size_t colon = name.find(':');
  prefix_ = colon == std::string_view::npos ? "" : std::string(name.substr(0, colon));
  std::string xmlns = prefix_.empty() ? "xmlns" : "xmlns:" + prefix_;
  in_namespace_ = kRulesNamespace == root().attribute(xmlns.c_str()).value();
}

std::string_view PackFile::LocalName(pugi::xml_node element) const {
  std::string_view name = element.name();
  size_t colon = name.find(':');
  if (colon == std::string_view::npos) return prefix_.empty() ? name : std::string_view();
  if (name.substr(0, colon) != prefix_) return std::string_view();
  return name.substr(colon + 1);
}

int64_t PackFile::OffsetOf(const char* p) const {
  if (p < bytes_.data() || p >= bytes_.data() + bytes_.size()) return -1;
  return p - bytes_.data();
}

Location PackFile::Locate(pugi::xml_node element) const {
  int64_t offset = OffsetOf(element.name());
  if (offset <= 0) return Location{path_};
  return LocateOffset(static_cast<size_t>(offset - 1));  // the '<' before the name
}

Location PackFile::Locate(pugi::xml_attribute attribute, pugi::xml_node element) const {
  int64_t offset = OffsetOf(attribute.name());
  if (offset < 0) return Locate(element);
  return LocateOffset(static_cast<size_t>(offset));
}

Location PackFile::LocateText(pugi::xml_node node) const {
  auto is_text = [](pugi::xml_node n) {
    return n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata;
  };
  pugi::xml_node text = is_text(node) ? node : node.find_child(is_text);
  int64_t offset = text ? OffsetOf(text.value()) : -1;
  if (offset < 0) return Locate(node);
  size_t skip = std::string_view(text.value()).find_first_not_of(" \t\r\n");
  if (skip == std::string_view::npos) skip = 0;
  return LocateOffset(static_cast<size_t>(offset) + skip);
}

void PackFile::IndexColumns() {
  block_columns_.clear();
  uint32_t column = 0;  // code points since the start of the line
  size_t next_line = 1;
  for (size_t i = 0; i < bytes_.size(); ++i) {
    if (next_line < line_starts_.size() && i == line_starts_[next_line]) {
      column = 0;
      ++next_line;
    }
    if (i % kColumnBlock == 0) block_columns_.push_back(column);
    if ((static_cast<unsigned char>(bytes_[i]) & 0xC0) != 0x80) ++column;
  }
}

Location PackFile::LocateOffset(size_t offset) const {
  offset = std::min(offset, bytes_.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  size_t line = static_cast<size_t>(it - line_starts_.begin());  // 1-based
  size_t start = line_starts_[line - 1];
  uint32_t column = 1;
  // Start from the last block boundary in the line, if there is one.
  size_t block = offset / kColumnBlock;
  if (block < block_columns_.size() && block * kColumnBlock >= start) {
    column += block_columns_[block];
    start = block * kColumnBlock;
  }
  for (size_t i = start; i < offset; ++i) {
    if ((static_cast<unsigned char>(bytes_[i]) & 0xC0) != 0x80) ++column;  // code points
  }
  return Location{path_, static_cast<uint32_t>(line), column};
}

}  // namespace concord
