// concord import: structured plain text or Markdown -> Akoma Ntoso 3.0.

#include "command.h"
#include "output.h"

#include "concord/file.h"
#include "concord/importer.h"

#include <cstdio>
#include <iostream>
#include <iterator>
#include <memory>

namespace concord::cli {
namespace {

// The flags as given.
struct ImportFlags {
  std::string file;
  std::string output;
  std::string frbr;
  std::string lang;
  std::string date;
  std::string title;
  bool treaty = false;
  bool outline = false;
};

// The file's name without folders and extension, made an FRBR name part.
std::string DefaultName(const std::string& file) {
  std::string name = file.substr(file.find_last_of('/') + 1);
  name = name.substr(0, name.find('.'));
  std::string out;
  for (char c : name) {
    bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    out += keep ? c : '-';
  }
  return out.empty() || file == "-" ? "doc" : out;
}

bool ReadInput(const std::string& file, std::string* text) {
  if (file == "-") {
    text->assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    return true;
  }
  Status status = ReadFile(file, text);
  if (!status.ok()) PrintDiagnostics({Diagnostic::FromStatus(status)});
  return status.ok();
}

bool WriteOutput(const std::string& output, const std::string& xml) {
  if (output.empty() || output == "-") {
    std::fwrite(xml.data(), 1, xml.size(), stdout);
    std::fflush(stdout);  // a closed pipe is not an error
    return true;
  }
  Status status = WriteFileAtomically(output, xml);
  if (!status.ok()) PrintDiagnostics({Diagnostic::FromStatus(status)});
  return status.ok();
}

ExitCode RunImport(const ImportFlags& flags) {
  ImportOptions options;
  options.path = flags.file == "-" ? "<stdin>" : flags.file;
  options.language = flags.lang;
  options.date = flags.date;
  options.title = flags.title;
  options.doc_type = flags.treaty ? "treaty" : "act";
  options.outline = flags.outline;
  options.frbr_work = flags.frbr;
  if (options.frbr_work.empty()) {
    // Without --frbr: /akn/xx/<type>/<date>/<file name>; the date defaults to
    // --date, else 1970-01-01 (documented: give --frbr or --date).
    std::string date = flags.date.empty() ? "1970-01-01" : flags.date;
    options.frbr_work = "/akn/xx/" + options.doc_type + "/" + date + "/" + DefaultName(flags.file);
  }
  std::string text;
  if (!ReadInput(flags.file, &text)) return kExitError;
  std::string xml;
  Diagnostics diagnostics;
  Status status = ImportText(text, options, &xml, &diagnostics);
  PrintDiagnostics(diagnostics);
  if (!status.ok()) {
    if (status.code() == Status::Code::kInvalidArgument) {
      PrintError(status.message());
    } else {
      PrintError(options.path + ": " + status.message());
    }
    return kExitError;
  }
  return WriteOutput(flags.output, xml) ? kExitOk : kExitError;
}

}  // namespace

void SetupImport(CLI::App* command, CommandRun* run) {
  auto flags = std::make_shared<ImportFlags>();
  command->add_option("FILE", flags->file, "Plain text or Markdown file to import (- for stdin)")
      ->required();
  command->add_option("-o,--output", flags->output,
                      "Write the Akoma Ntoso document to this file (atomically), not stdout");
  command->add_option("--frbr", flags->frbr,
                      "FRBR work URI, e.g. /akn/un/treaty/1984-12-10/cat "
                      "(default /akn/xx/act/DATE/FILE-NAME)");
  command->add_option("--lang", flags->lang,
                      "ISO 639-2 language of the text, e.g. eng, rus (default: detected)");
  command->add_option("--date", flags->date,
                      "Date of the text, YYYY-MM-DD (default: the date in --frbr)");
  command->add_option("--title", flags->title, "Document title (default: the first heading)");
  command->add_flag("--treaty", flags->treaty,
                    "Write a treaty: <doc name=\"treaty\"> (default <act>)");
  command->add_flag("--outline", flags->outline,
                    "Keep structure, numbers and headings only, no body text (for instrument "
                    "outlines)");
  *run = [flags]() { return RunImport(*flags); };
}

}  // namespace concord::cli
