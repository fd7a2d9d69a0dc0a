#include "block.h"

#include "inline_text.h"
#include "text_util.h"

namespace concord::import {
namespace {

// One source line, cleaned.
struct Line {
  uint32_t number = 0;
  int md_level = 0;         // 1-6 for a '#' heading
  bool hard_break = false;  // two trailing spaces or a backslash
  std::string text;         // cleaned and trimmed; empty for a blank line
};

// A block with what joining and caption detection need to know.
struct Pending {
  Block block;
  bool blank_before = false;
  bool hard_break = false;
  bool table = false;
};

bool IsThematicBreakOrFence(std::string_view s) {
  s = Trim(s);
  if (s.substr(0, 3) == "```" || s.substr(0, 3) == "~~~") return true;
  if (s.size() < 3 || (s[0] != '-' && s[0] != '*' && s[0] != '_')) return false;
  for (char c : s) {
    if (c != s[0] && c != ' ') return false;
  }
  return true;
}

Line ReadLine(std::string_view raw, uint32_t number) {
  Line line;
  line.number = number;
  if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
  line.hard_break = (raw.size() >= 2 && raw.substr(raw.size() - 2) == "  ") ||
                    (!raw.empty() && raw.back() == '\\');
  size_t indent = raw.find_first_not_of(' ');
  if (indent == std::string_view::npos || IsThematicBreakOrFence(raw)) return line;
  std::string_view s = raw;
  if (indent <= 3 && raw[indent] == '#') {
    size_t hashes = raw.find_first_not_of('#', indent);
    if (hashes == std::string_view::npos) hashes = raw.size();
    if (hashes - indent <= 6) {
      line.md_level = static_cast<int>(hashes - indent);
      s = raw.substr(hashes);
      std::string_view trimmed = Trim(s);
      size_t closing = trimmed.find_last_not_of('#');  // "## Title ##"
      if (closing != std::string_view::npos && closing + 1 < trimmed.size() &&
          trimmed[closing] == ' ') {
        s = trimmed.substr(0, closing);
      }
    }
  } else if (raw[indent] == '>') {
    s = raw.substr(indent + 1);
  }
  if (!line.hard_break && !s.empty() && s.back() == '\\') s.remove_suffix(1);
  line.text = std::string(Trim(CleanInline(s)));
  return line;
}

Status Utf8Error(std::string_view text, size_t offset, const std::string& path) {
  uint32_t line = 1;
  size_t line_start = 0;
  for (size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  uint32_t column =
      static_cast<uint32_t>(CodePointCount(text.substr(line_start, offset - line_start))) + 1;
  return Status::ParseError("invalid UTF-8 at byte offset " + std::to_string(offset),
                            Location{path, line, column});
}

// True if a plain line after `previous` is the continuation of its sentence
// (a hard-wrapped paragraph), so it cannot be a heading.
bool ContinuesSentence(const Pending* previous) {
  if (!previous || previous->block.kind == BlockKind::kHeading || previous->hard_break ||
      previous->table) {
    return false;
  }
  std::string_view text = previous->block.text;
  while (!text.empty() && std::string_view(")\"'").find(text.back()) != std::string_view::npos) {
    text.remove_suffix(1);
  }
  size_t start;
  int32_t last = CodePointBefore(text, text.size(), &start);
  return !(last == '.' || last == ':' || last == ';' || last == '!' || last == '?' ||
           last == 0x201D || last == 0x00BB || last < 0);
}

Pending Classify(const Line& line, const Pending* previous) {
  Pending p;
  p.hard_break = line.hard_break;
  Block& b = p.block;
  b.line = line.number;
  if (line.md_level > 0) {
    b.kind = BlockKind::kHeading;
    b.markdown = true;
    ParseHeading(line.text, true, &b.heading);
  } else if (line.text[0] == '|') {
    p.table = true;
    b.text = line.text;
  } else if (!ContinuesSentence(previous) && ParseHeading(line.text, false, &b.heading)) {
    b.kind = BlockKind::kHeading;
  } else if (ParseMarker(line.text, &b.marker)) {
    b.kind = BlockKind::kItem;
    b.text = line.text.substr(b.marker.text_offset);
  } else {
    b.text = line.text;
  }
  return p;
}

std::vector<Pending> ClassifyLines(std::string_view text) {
  std::vector<Pending> out;
  bool blank = true;
  uint32_t number = 0;
  for (size_t start = 0; start <= text.size();) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    Line line = ReadLine(text.substr(start, end - start), ++number);
    start = end + 1;
    if (line.text.empty()) {
      blank = true;
      continue;
    }
    const Pending* previous = !blank && !out.empty() ? &out.back() : nullptr;
    out.push_back(Classify(line, previous));
    out.back().blank_before = blank;
    blank = false;
  }
  return out;
}

bool IsTextHeading(const Pending& p) {
  return p.block.kind == BlockKind::kHeading && p.block.markdown &&
         p.block.heading.kind == HeadingKind::kText;
}

bool TakesCaption(const Block& b) {
  if (b.kind != BlockKind::kHeading || !b.heading.caption.empty()) return false;
  HeadingKind k = b.heading.kind;
  return k == HeadingKind::kArticle || k == HeadingKind::kDivision || k == HeadingKind::kAnnex ||
         k == HeadingKind::kParagraphUnit ||
         (k == HeadingKind::kNumeral && b.heading.numeral != NumeralClass::kNumber);
}

// A plain line short enough, capitalised and unpunctuated, standing alone.
bool IsPlainCaption(const std::vector<Pending>& blocks, size_t i) {
  const Pending& p = blocks[i];
  if (p.block.kind != BlockKind::kText || p.table) return false;
  const std::string& t = p.block.text;
  size_t next;
  if (CodePointCount(t) > 100 || !IsUpper(CodePointAt(t, 0, &next))) return false;
  if (std::string_view(".,;:").find(t.back()) != std::string_view::npos) return false;
  return i + 1 == blocks.size() || blocks[i + 1].blank_before || p.hard_break ||
         blocks[i + 1].block.kind != BlockKind::kText;
}

void AttachCaptions(std::vector<Pending>* blocks) {
  std::vector<Pending>& b = *blocks;
  for (size_t i = 0; i + 1 < b.size(); ++i) {
    Block& h = b[i].block;
    if (TakesCaption(h)) {
      if (h.markdown ? IsTextHeading(b[i + 1]) : IsPlainCaption(b, i + 1)) {
        const Block& c = b[i + 1].block;
        h.heading.caption = c.kind == BlockKind::kHeading ? c.heading.text : c.text;
        b.erase(b.begin() + static_cast<ptrdiff_t>(i) + 1);
      }
    }
    if (h.kind == BlockKind::kHeading && h.heading.kind == HeadingKind::kAnnex &&
        !h.heading.caption.empty() && i + 1 < b.size() && IsTextHeading(b[i + 1])) {
      h.subheading = b[i + 1].block.heading.text;
      b.erase(b.begin() + static_cast<ptrdiff_t>(i) + 1);
    }
  }
}

// Takes the title off the front: a Markdown heading (with the headings that
// continue it in lower case, as "### Convention" + "####against torture"),
// or a short plain line standing alone.
void TakeTitle(std::vector<Pending>* blocks, BlockDocument* doc) {
  std::vector<Pending>& b = *blocks;
  if (b.empty()) return;
  const Block& first = b[0].block;
  size_t next;
  if (IsTextHeading(b[0])) {
    doc->title = first.heading.text;
    size_t end = 1;
    while (end < b.size() && IsTextHeading(b[end]) &&
           IsLower(CodePointAt(b[end].block.heading.text, 0, &next))) {
      doc->title += " " + b[end].block.heading.text;
      ++end;
    }
    doc->title_line = first.line;
    b.erase(b.begin(), b.begin() + static_cast<ptrdiff_t>(end));
  } else if (first.kind == BlockKind::kText && !b[0].table && CodePointCount(first.text) <= 200 &&
             std::string_view(",;:").find(first.text.back()) == std::string_view::npos &&
             (b.size() == 1 || b[1].blank_before)) {
    doc->title = first.text;
    doc->title_line = first.line;
    b.erase(b.begin());
  }
}

// Joins soft-wrapped text lines into paragraphs and items.
std::vector<Block> JoinParagraphs(std::vector<Pending>* blocks) {
  std::vector<Block> out;
  const Pending* previous = nullptr;
  bool previous_hard = false;
  for (Pending& p : *blocks) {
    bool joins =
        previous && !p.blank_before && p.block.kind == BlockKind::kText && !p.table &&
        !previous->table && !previous_hard &&
        (previous->block.kind == BlockKind::kText || previous->block.kind == BlockKind::kItem);
    if (joins) {
      out.back().text += out.back().text.empty() ? p.block.text : " " + p.block.text;
    } else {
      out.push_back(std::move(p.block));
      previous = &p;
    }
    previous_hard = p.hard_break;
  }
  return out;
}

}  // namespace

Status ReadBlocks(std::string_view text, const std::string& path, BlockDocument* out) {
  *out = BlockDocument();
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  size_t bad;
  if (!IsValidUtf8(text, &bad)) return Utf8Error(text, bad, path);
  std::vector<Pending> blocks = ClassifyLines(text);
  if (blocks.empty()) return Status::ParseError("no text to import", Location{path});
  for (const Pending& p : blocks) out->markdown |= p.block.markdown;
  std::erase_if(blocks, [](const Pending& p) {
    return p.block.kind == BlockKind::kHeading && p.block.heading.kind == HeadingKind::kPreamble;
  });
  TakeTitle(&blocks, out);
  AttachCaptions(&blocks);
  out->blocks = JoinParagraphs(&blocks);
  return Status::Ok();
}

}  // namespace concord::import
