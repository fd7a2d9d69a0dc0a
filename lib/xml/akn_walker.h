// AknWalker: one pass over a parsed tree that builds the provisions, their
// text, definitions, references and suppressions. Written for Akoma Ntoso;
// USLM and the DC library have the same shape and walk through it with their
// own Vocabulary.
//
// The walk is iterative (pugixml's first_child / next_sibling / parent
// links, plus an explicit stack of per-element frames), visits nodes in
// document order (so LineIndex lookups only move forward), and touches each
// node once, except that a container looks at its children once to decide
// whether it holds text of its own.
//
// What each element does is the vocabulary's role table (AknRole for Akoma
// Ntoso; USLM and the DC library have their own): provisions open a Provision,
// blocks separate lines of its text, inline markup is flattened, num and
// heading fill their fields, authorialNote opens a note provision. Inside
// text (a block or inline element) every element is text: a quoted
// <section> in an amendment is part of the amending provision's text.
//
// Thread-safety: per load.

#ifndef CONCORD_XML_AKN_WALKER_H_
#define CONCORD_XML_AKN_WALKER_H_

#include "akn_elements.h"
#include "definitions.h"
#include "line_index.h"
#include "namespaces.h"
#include "provision_builder.h"
#include "text_builder.h"

#include "concord/diagnostic.h"
#include "concord/document.h"
#include "concord/loader.h"
#include "concord/status.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

namespace concord::xml {

/// Elements nested deeper than this are refused (documented in
/// docs/formats.md); real legislation stays under 30.
constexpr size_t kMaxElementDepth = 10000;

/// Provisions nested deeper than this are refused (documented in
/// docs/formats.md): generated ids repeat their ancestors' ids, so their
/// size grows with the square of the depth; real legislation stays under 20.
constexpr size_t kMaxProvisionDepth = 1000;

/// The inputs of a walk.
struct WalkContext {
  const Vocabulary* vocabulary;  ///< the markup being read (AKN, USLM ...)
  const char* base;              ///< start of the parsed buffer
  LineIndex* lines;
  const LoadOptions* options;
  const std::string* path;
  Document* doc;
  Diagnostics* diagnostics;
};

/// Walks one AKN tree into a Document.
class AknWalker {
 public:
  explicit AknWalker(const WalkContext& context);

  /// Walks `root` and everything below it. Fails only past
  /// kMaxElementDepth or kMaxProvisionDepth.
  Status Walk(pugi::xml_node root);

  /// Walks the root element of `tree` and records the suppressions before
  /// and after it (held by no provision).
  Status WalkDocument(const pugi::xml_document& tree);

  /// Records a <?concord-ignore RULE reason?> processing instruction held
  /// by provision `provision` (-1: the whole document).
  void AddSuppression(pugi::xml_node pi, int32_t provision);

  /// The best document title element seen (docTitle, shortTitle, ActTitle),
  /// or "".
  const std::string& title() const { return title_; }

 private:
  enum class Action : uint8_t { kNone, kClose, kBlock, kNumInText, kDef, kTerm, kRef, kTitle };

  struct Frame {
    pugi::xml_node node;
    uint32_t ns_mark = 0;
    uint32_t event_mark = 0;     // kBlock, kClose: first definition event
    uint32_t capture_start = 0;  // kBlock: block start; captures: start
    uint32_t line = 0;           // captures: the start tag
    uint32_t column = 0;
    Field field = Field::kText;
    Action action = Action::kNone;
    bool text = false;         // inside a block or inline element
    bool inner_block = false;  // kBlock: holds another block
    uint8_t rank = 0;          // kTitle: TitleRank
  };

  // Enters `node`; returns whether to visit its children.
  bool Enter(pugi::xml_node node);
  bool EnterElement(pugi::xml_node element, Frame* frame);
  void Leave();
  // What leaving `frame`'s element does (closing, line breaks, captures).
  void Finish(const Frame& frame);

  void OpenProvision(pugi::xml_node element, std::string_view kind, Frame* frame,
                     const OpenOptions& options);
  void EnterBlock(Frame* frame);
  void StartCapture(pugi::xml_node element, Frame* frame, Action action);
  void EndCapture(const Frame& frame);
  void OnText(pugi::xml_node node);
  void RestoreDroppedSpace(pugi::xml_node element);

  // Role of a child while deciding about its parent (no side effects).
  bool HoldsOwnText(pugi::xml_node container);
  bool IsHeadingTitle(pugi::xml_node title);

  LineColumn StartTag(pugi::xml_node element);

  WalkContext ctx_;
  NamespaceScope ns_;
  TextBuilder text_;
  ProvisionBuilder provisions_;
  DefinitionCollector definitions_;
  std::vector<Frame> frames_;
  std::string title_;
  int title_rank_ = 0;
  Status error_;
};

}  // namespace concord::xml

#endif  // CONCORD_XML_AKN_WALKER_H_
