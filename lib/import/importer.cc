#include "concord/importer.h"

#include "akn_writer.h"
#include "import_tree.h"
#include "text_util.h"

#include <vector>

namespace concord {
namespace {

using import::AknMetadata;

bool IsIsoDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  int month = (s[5] - '0') * 10 + (s[6] - '0');
  int day = (s[8] - '0') * 10 + (s[9] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

// The segments of "/akn/un/treaty/1984-12-10/cat": "akn", "un", "treaty" ...
std::vector<std::string_view> Segments(std::string_view uri) {
  std::vector<std::string_view> out;
  for (size_t start = 0; start <= uri.size();) {
    size_t end = uri.find('/', start);
    if (end == std::string_view::npos) end = uri.size();
    if (end > start) out.push_back(uri.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

// "rus" when most letters are Cyrillic, else "eng".
std::string DetectLanguage(std::string_view text) {
  size_t cyrillic = 0, latin = 0;
  for (size_t i = 0; i < text.size();) {
    int32_t c = import::CodePointAt(text, i, &i);
    if (import::IsCyrillic(c)) ++cyrillic;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) ++latin;
  }
  return cyrillic > latin ? "rus" : "eng";
}

bool IsLanguageCode(std::string_view s) {
  if (s.size() < 2 || s.size() > 3) return false;
  for (char c : s) {
    if (c < 'a' || c > 'z') return false;
  }
  return true;
}

Status MakeMetadata(std::string_view text, const ImportOptions& options, AknMetadata* meta) {
  std::string doc_type = options.doc_type.empty() ? "act" : options.doc_type;
  meta->doc_type = doc_type;
  meta->outline = options.outline;
  meta->date_name = doc_type == "treaty" ? "adoption" : "enactment";
  meta->language = options.language.empty() ? DetectLanguage(text) : options.language;
  if (!IsLanguageCode(meta->language)) {
    return Status::InvalidArgument("language must be an ISO 639-2 code such as eng or rus, not '" +
                                   meta->language + "'");
  }
  std::vector<std::string_view> segments = Segments(options.frbr_work);
  if (!options.frbr_work.empty()) {
    if (options.frbr_work[0] != '/' || segments.size() < 4 || segments[0] != "akn" ||
        options.frbr_work.find_first_of(" \t\"<>") != std::string::npos) {
      return Status::InvalidArgument(
          "the FRBR work URI must look like /akn/<country>/<type>/<date>/<name>, not '" +
          options.frbr_work + "'");
    }
  }
  meta->date = options.date;
  if (meta->date.empty() && segments.size() >= 4 && IsIsoDate(segments[3])) {
    meta->date = std::string(segments[3]);
  }
  if (meta->date.empty()) meta->date = "1970-01-01";
  if (!IsIsoDate(meta->date)) {
    return Status::InvalidArgument("the date must be YYYY-MM-DD, not '" + meta->date + "'");
  }
  meta->country = segments.size() >= 2 ? std::string(segments[1]) : "xx";
  meta->work = options.frbr_work.empty()
                   ? "/akn/xx/" + import::AsciiIdToken(doc_type) + "/" + meta->date + "/doc"
                   : options.frbr_work;
  while (meta->work.size() > 1 && meta->work.back() == '/') meta->work.pop_back();
  return Status::Ok();
}

}  // namespace

Status ImportText(std::string_view text, const ImportOptions& options, std::string* akn_xml,
                  Diagnostics* diagnostics) {
  akn_xml->clear();
  AknMetadata meta;
  Status status = MakeMetadata(text, options, &meta);
  if (!status.ok()) return status;
  import::ImportTree tree;
  status = import::BuildImportTree(text, options, &tree, diagnostics);
  if (!status.ok()) return status;
  *akn_xml = import::WriteAkn(tree, meta);
  return Status::Ok();
}

}  // namespace concord
