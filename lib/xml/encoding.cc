#include "encoding.h"

#include "line_index.h"

#include <cstring>
#include <memory>
#include <vector>

#include <unicode/ucnv.h>
#include <unicode/ustring.h>

namespace concord::xml {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

// Encodings whose bytes are UTF-8 as they stand.
bool IsUtf8Name(std::string_view name) {
  return EqualsIgnoreCase(name, "utf-8") || EqualsIgnoreCase(name, "utf8") ||
         EqualsIgnoreCase(name, "us-ascii") || EqualsIgnoreCase(name, "ascii");
}

// A declaration that claims UTF-16/32 on bytes that are not: the bytes win.
bool IsWideName(std::string_view name) {
  return name.size() >= 6 && (EqualsIgnoreCase(name.substr(0, 6), "utf-16") ||
                              EqualsIgnoreCase(name.substr(0, 6), "utf-32"));
}

// Line and column of the end of a UTF-16 prefix (where conversion stopped).
Location EndOfUtf16(const std::string& path, const UChar* begin, const UChar* end) {
  uint32_t line = 1, column = 1;
  for (const UChar* p = begin; p < end; ++p) {
    if (*p == '\n' || (*p == '\r' && (p + 1 == end || p[1] != '\n'))) {
      ++line;
      column = 1;
    } else if ((*p & 0xFC00) != 0xDC00 && *p != 0xFEFF) {
      ++column;  // a trail surrogate belongs to the code point before it
    }
  }
  return Location{path, line, column};
}

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};

// Rewrites encoding="..." to "UTF-8" keeping the declaration's length.
void RewriteDeclaration(std::string* bytes) {
  size_t at = 0;
  std::string_view value = DeclaredEncoding(*bytes, &at);
  if (value.empty()) return;
  size_t len = value.size();
  if (len >= 5) {
    // encoding="windows-1251" -> encoding="UTF-8"       (spaces after the quote)
    char quote = (*bytes)[at + len];
    std::string replacement = "UTF-8";
    replacement += quote;
    replacement.append(len - 5, ' ');
    bytes->replace(at, len + 1, replacement);
  } else {
    // Too short for "UTF-8": blank the whole pseudo-attribute instead.
    size_t start = bytes->rfind("encoding", at);
    for (size_t i = start; i <= at + len; ++i) (*bytes)[i] = ' ';
  }
}

// Transcodes bytes[skip..] from `encoding` to UTF-8 (replacing *bytes).
Status Transcode(std::string* bytes, size_t skip, const std::string& encoding,
                 const std::string& path, Location where_declared) {
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> cnv(ucnv_open(encoding.c_str(), &err));
  if (U_FAILURE(err) || !cnv) {
    return Status::Unsupported("unknown encoding '" + encoding + "'", std::move(where_declared));
  }
  ucnv_setToUCallBack(cnv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &err);
  const char* source = bytes->data() + skip;
  const char* source_end = bytes->data() + bytes->size();
  std::vector<UChar> wide(2 * (bytes->size() - skip) + 16);
  UChar* target = wide.data();
  ucnv_toUnicode(cnv.get(), &target, wide.data() + wide.size(), &source, source_end, nullptr,
                 /*flush=*/true, &err);
  if (U_FAILURE(err)) {
    char bad[32];
    int8_t bad_len = sizeof bad;
    UErrorCode ignored = U_ZERO_ERROR;
    ucnv_getInvalidChars(cnv.get(), bad, &bad_len, &ignored);
    size_t at = static_cast<size_t>(source - bytes->data()) - static_cast<size_t>(bad_len);
    return Status::ParseError("invalid " + encoding + " at byte " + std::to_string(at),
                              EndOfUtf16(path, wide.data(), target));
  }
  int32_t wide_len = static_cast<int32_t>(target - wide.data());
  std::string out(static_cast<size_t>(wide_len) * 3, '\0');
  int32_t out_len = 0;
  err = U_ZERO_ERROR;
  u_strToUTF8(out.data(), static_cast<int32_t>(out.size()), &out_len, wide.data(), wide_len, &err);
  if (U_FAILURE(err)) {
    return Status::ParseError("invalid " + encoding + " (unpaired surrogate)", Location{path});
  }
  out.resize(static_cast<size_t>(out_len));
  size_t nul = out.find('\0');
  if (nul != std::string::npos) {
    LineIndex lines(std::string_view(out).substr(0, nul));
    LineColumn lc = lines.Position(nul);
    return Status::ParseError("NUL character in " + encoding + " input",
                              Location{path, lc.line, lc.column});
  }
  bytes->swap(out);
  RewriteDeclaration(bytes);
  return Status::Ok();
}

}  // namespace

std::string_view DeclaredEncoding(std::string_view bytes, size_t* value_offset) {
  if (bytes.size() < 6 || bytes.compare(0, 5, "<?xml") != 0 || !IsSpace(bytes[5])) return {};
  size_t end = bytes.find("?>");
  if (end == std::string_view::npos) return {};
  std::string_view decl = bytes.substr(0, end);
  size_t at = decl.find("encoding");
  if (at == std::string_view::npos) return {};
  at += 8;
  while (at < decl.size() && IsSpace(decl[at])) ++at;
  if (at >= decl.size() || decl[at] != '=') return {};
  ++at;
  while (at < decl.size() && IsSpace(decl[at])) ++at;
  if (at >= decl.size() || (decl[at] != '"' && decl[at] != '\'')) return {};
  char quote = decl[at++];
  size_t close = decl.find(quote, at);
  if (close == std::string_view::npos) return {};
  *value_offset = at;
  return decl.substr(at, close - at);
}

Status ConvertToUtf8(std::string* bytes, const std::string& path) {
  const auto* b = reinterpret_cast<const unsigned char*>(bytes->data());
  const size_t n = bytes->size();
  Location start{path, 1, 1};
  if (n >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) return Status::Ok();
  if (n >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0) {
    return Transcode(bytes, 4, "UTF-32LE", path, start);
  }
  if (n >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF) {
    return Transcode(bytes, 4, "UTF-32BE", path, start);
  }
  if (n >= 2 && b[0] == 0xFF && b[1] == 0xFE) return Transcode(bytes, 2, "UTF-16LE", path, start);
  if (n >= 2 && b[0] == 0xFE && b[1] == 0xFF) return Transcode(bytes, 2, "UTF-16BE", path, start);
  if (n >= 4 && b[0] == '<' && b[1] == 0 && b[2] != 0 && b[3] == 0) {
    return Transcode(bytes, 0, "UTF-16LE", path, start);
  }
  if (n >= 4 && b[0] == 0 && b[1] == '<' && b[2] == 0 && b[3] != 0) {
    return Transcode(bytes, 0, "UTF-16BE", path, start);
  }
  size_t at = 0;
  std::string_view declared = DeclaredEncoding(*bytes, &at);
  if (declared.empty() || IsUtf8Name(declared) || IsWideName(declared)) return Status::Ok();
  Location where{path, 1, static_cast<uint32_t>(at + 1)};
  return Transcode(bytes, 0, std::string(declared), path, where);
}

}  // namespace concord::xml
