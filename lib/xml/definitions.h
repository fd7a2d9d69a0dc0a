// Collecting defined terms from <def> and <term> markup.
//
// Akoma Ntoso files mark definitions two ways: <def> around the defined term
// ('"<def>boundary</def>" means ...', the AKN 3.0 usage) or <term> around the
// term and <def> around the definition ('‘<term>consumer</term>’ means
// <def>any natural person ...</def>', the EU usage). Within one block (a p,
// a list item ...) each <def> is paired with the <term>s since the previous
// <def>: if there are any, they are the defined terms; if not, the <def>
// itself is. A <term> in a block without <def> is a definition only when it
// opens the block and a definition cue follows ("means", "includes",
// "означает", "понимается", a dash or a colon); other <term>s are uses.
// A block with no markup at all that opens with a quoted phrase and a cue
// ('"Board" means ...', '«ребенок» — лицо ...') defines that phrase.
//
// The walk records term and def captures as events (offsets into the
// provision's text) and resolves them when the block closes.
//
// Thread-safety: per load.

#ifndef CONCORD_XML_DEFINITIONS_H_
#define CONCORD_XML_DEFINITIONS_H_

#include "concord/document.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace concord::xml {

/// A captured <def> or <term>.
struct TermEvent {
  bool is_def = false;
  bool in_heading = false;  ///< captured in the heading, not the text
  int32_t provision = -1;
  uint32_t start = 0;  ///< byte range in the provision's text or heading
  uint32_t end = 0;
  uint32_t line = 0;  ///< the element's start tag
  uint32_t column = 0;
};

/// Pairs term and def captures into Definitions.
class DefinitionCollector {
 public:
  /// The number of pending events: pass it to Resolve when the block ends.
  size_t mark() const { return events_.size(); }

  void Add(const TermEvent& event) { events_.push_back(event); }

  /// Resolves the events recorded since `mark` in a block of provision
  /// `provision` whose text (heading if `in_heading`) starts at
  /// `block_start`, appends the definitions to doc->definitions and forgets
  /// the events. Without events, looks for a plain-text definition if
  /// `provision` >= 0 (pass -1 for blocks that hold other blocks, whose
  /// text their inner blocks have already read).
  void Resolve(size_t mark, int32_t provision, bool in_heading, uint32_t block_start,
               Document* doc);

 private:
  // A block that opens with a quoted phrase and a definition cue.
  void ResolvePlain(int32_t provision, bool in_heading, uint32_t block_start, Document* doc);

  std::vector<TermEvent> events_;
};

}  // namespace concord::xml

#endif  // CONCORD_XML_DEFINITIONS_H_
