// The first stage of the importer: lines of plain text or Markdown become
// blocks (headings, marked items and text paragraphs), with captions
// attached to their headings and the title taken out.
//
// A line is a Markdown heading when it starts with 1-6 '#' (a space after
// them is optional: "###Article 3"). Other lines are items when they start
// with a marker (marker.h), headings when they are entirely a structural
// heading (heading.h), and text otherwise. Consecutive text lines are one
// paragraph unless the first ends in a hard break (two trailing spaces or a
// backslash); a text line directly after an item continues the item.

#ifndef CONCORD_IMPORT_BLOCK_H_
#define CONCORD_IMPORT_BLOCK_H_

#include "heading.h"
#include "marker.h"

#include "concord/status.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace concord::import {

/// What a block is.
enum class BlockKind : uint8_t { kHeading, kItem, kText };

/// One heading, item or text paragraph.
struct Block {
  BlockKind kind = BlockKind::kText;
  uint32_t line = 0;       ///< the 1-based source line it starts on
  bool markdown = false;   ///< a heading written with '#'
  Heading heading;         ///< kHeading
  std::string subheading;  ///< a second caption line (annexes)
  Marker marker;           ///< kItem
  std::string text;        ///< the paragraph (kText) or the item's text (kItem)
};

/// A text split into blocks.
struct BlockDocument {
  std::string title;  ///< the first heading (empty if none)
  uint32_t title_line = 0;
  bool markdown = false;  ///< the text has Markdown headings
  std::vector<Block> blocks;
};

/// Splits `text` into blocks. Fails (ParseError with the line and column) on
/// invalid UTF-8, and on text with nothing but white space.
Status ReadBlocks(std::string_view text, const std::string& path, BlockDocument* out);

}  // namespace concord::import

#endif  // CONCORD_IMPORT_BLOCK_H_
