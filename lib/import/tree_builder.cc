#include "tree_builder.h"

#include "inline_text.h"
#include "text_util.h"

#include <utility>

namespace concord::import {
namespace {

const char* FormName(MarkerForm form) {
  switch (form) {
    case MarkerForm::kPeriod:
      return "x.";
    case MarkerForm::kParen:
      return "x)";
    case MarkerForm::kParenBoth:
      return "(x)";
  }
  return "x.";
}

// A list restarts below a deeper item ("b) (i) a)") only while fewer levels
// than this are open; deeper, the marker continues the list of its style.
// No real text nests that deep, and the bound keeps the tree (and the
// recursion over it when eIds are given and XML written) shallow.
constexpr size_t kMaxRestartDepth = 24;

std::string ItemStyle(const Marker& m) {
  return std::string(MarkerClassName(m.cls)) + ":" + FormName(m.form);
}

bool IsDivisionLike(const Node* n) {
  return n->kind == NodeKind::kBody || n->kind == NodeKind::kContainer ||
         n->kind == NodeKind::kDivision;
}

bool IsStructuralHeading(const Block& b) {
  if (b.kind != BlockKind::kHeading) return false;
  HeadingKind k = b.heading.kind;
  return k == HeadingKind::kArticle || k == HeadingKind::kDivision || k == HeadingKind::kAnnex ||
         k == HeadingKind::kParagraphUnit ||
         (k == HeadingKind::kNumeral && b.heading.numeral != NumeralClass::kNumber);
}

bool IsTextHeading(const Block& b) {
  return b.kind == BlockKind::kHeading && b.heading.kind == HeadingKind::kText;
}

std::unique_ptr<Node> MakeNode(NodeKind kind, std::string element, const Block& b) {
  auto node = std::make_unique<Node>();
  node->kind = kind;
  node->element = std::move(element);
  node->line = b.line;
  node->num = b.heading.num;
  node->token = b.heading.token;
  node->heading = b.heading.caption;
  node->subheading = b.subheading;
  return node;
}

// Moves the text held after a point into its last sibling (as continuation).
void FlushPendingInto(Node* parent) {
  if (parent->pending.empty() || parent->children.empty()) return;
  Node* last = parent->children.back().get();
  std::vector<std::string>& target = last->children.empty() ? last->text : last->wrap_up;
  for (std::string& text : parent->pending) target.push_back(std::move(text));
  parent->pending.clear();
}

// Closing a node: text still pending after its last point is its wrap-up.
void Close(Node* node) {
  std::vector<std::string>& target = node->children.empty() ? node->text : node->wrap_up;
  for (std::string& text : node->pending) target.push_back(std::move(text));
  node->pending.clear();
}

}  // namespace

TreeBuilder::TreeBuilder(const std::vector<Block>& blocks, std::string path,
                         Diagnostics* diagnostics)
    : blocks_(blocks), path_(std::move(path)), diagnostics_(diagnostics) {}

int TreeBuilder::Build(ImportTree* tree) {
  tree_ = tree;
  tree->body = Node();
  tree->body.kind = NodeKind::kBody;
  open_.assign(1, &tree->body);
  scope_ = ScanScope(0);
  for (size_t i = 0; i < blocks_.size(); ++i) {
    const Block& b = blocks_[i];
    switch (b.kind) {
      case BlockKind::kText:
        OnText(b);
        break;
      case BlockKind::kItem:
        PlaceItem(b.marker, b.text, b);
        break;
      case BlockKind::kHeading:
        i += OnHeading(i);
        break;
    }
  }
  PopTo(1);
  return errors_;
}

size_t TreeBuilder::OnHeading(size_t i) {
  const Block& b = blocks_[i];
  switch (b.heading.kind) {
    case HeadingKind::kAnnex:
      return OpenContainer(i, b.heading.element);
    case HeadingKind::kArticle:
      OpenArticle(b, "article");
      return 0;
    case HeadingKind::kParagraphUnit:
      OpenArticle(b, "paragraph");
      return 0;
    case HeadingKind::kDivision:
      if (b.heading.element == "section" && !scope_.has_articles) {
        OpenArticle(b, "section");
      } else {
        OpenDivision(b, b.heading.element);
      }
      return 0;
    case HeadingKind::kNumeral:
      OnNumeral(i);
      return 0;
    case HeadingKind::kText:
      return OnTextHeading(i);
    case HeadingKind::kPreamble:
      return 0;
  }
  return 0;
}

size_t TreeBuilder::OnTextHeading(size_t i) {
  const Block& b = blocks_[i];
  const Block* next = i + 1 < blocks_.size() ? &blocks_[i + 1] : nullptr;
  if (preamble_) {
    // A heading just before the first article or division is a cross
    // heading; in a text without articles, one before numbered paragraphs
    // groups them. Other headings in the preamble are its text.
    bool before_paragraphs = next && !scope_.has_units && next->kind == BlockKind::kItem &&
                             next->marker.cls == MarkerClass::kNumber;
    if (next && IsStructuralHeading(*next)) {
      preamble_ = false;
      AddCrossHeading(b, b.heading.text);
      return 0;
    }
    if (!before_paragraphs) {
      AddPreambleText(b.heading.text);
      return 0;
    }
  }
  if (!scope_.has_units) {  // a heading over paragraphs in a text without articles
    Block grouping = b;
    grouping.heading.caption = b.heading.text;
    OpenDivision(grouping, "crossheading");
    return 0;
  }
  if (StartsAttachment(i)) return OpenContainer(i, "attachment");
  // A heading right before the next article heads it, not the article open.
  if (next && next->kind == BlockKind::kHeading && next->heading.kind == HeadingKind::kArticle) {
    PopTo(DivisionDepth());
  }
  AddCrossHeading(b, b.heading.text);
  return 0;
}

void TreeBuilder::OnNumeral(size_t i) {
  const Block& b = blocks_[i];
  const Heading& h = b.heading;
  if (h.numeral == NumeralClass::kNumber) {  // "### 23": a numbered paragraph
    Marker m;
    m.display = h.num;
    m.token = h.token;
    m.cls = MarkerClass::kNumber;
    m.value = h.value;
    PlaceItem(m, h.caption, b);
    return;
  }
  if (OpenArticleNode() && !NextIsStructure(i)) {  // "A. GENERAL PROVISIONS" inside an article
    AddCrossHeading(b, h.caption);
    return;
  }
  OpenDivision(b, NumeralStyle(h));
}

void TreeBuilder::OnText(const Block& b) {
  if (preamble_) {
    AddPreambleText(b.text);
    return;
  }
  std::string text = RepairGluedText(b.text);
  Node* top = open_.back();
  if (top->kind == NodeKind::kItem && top->element == "point") {
    top->parent->pending.push_back(std::move(text));
  } else if (!top->children.empty()) {
    top->pending.push_back(std::move(text));
  } else {
    top->text.push_back(std::move(text));
  }
}

void TreeBuilder::PlaceItem(Marker marker, const std::string& text, const Block& b) {
  bool numbered = marker.cls == MarkerClass::kNumber;
  std::string quoted =
      "cannot place \"" + Shorten(CollapseSpaces(marker.display + " " + text), 60) + "\": ";
  if (preamble_) {
    if (!numbered) {
      tree_->preamble.push_back({marker.display, RepairGluedText(text)});
      return;
    }
    if (scope_.has_units) {
      Report(DiagnosticLevel::kError, b, quoted + "numbered paragraph before the first article");
      return;
    }
    preamble_ = false;
  }
  ChooseLetterOrRoman(&marker);
  std::string style = ItemStyle(marker);
  // A sibling of the open item with the same style, else a child of the
  // innermost open item or article.
  size_t depth = open_.size();
  while (depth > 1 && open_[depth - 1]->kind == NodeKind::kCrossHeading) --depth;
  size_t innermost = depth;
  for (size_t k = depth; k-- > 1 && open_[k]->kind == NodeKind::kItem;) {
    if (open_[k]->style != style) continue;
    // "a)" again below a deeper item starts a new list there, as in
    // "b) (i) a) b) (ii) a)".
    // Only up to kMaxRestartDepth open levels: each restart opens one, and
    // lines alternating "1." and "(a)" would otherwise nest without bound.
    bool restarts = marker.value == 1 && k + 1 < innermost && innermost < kMaxRestartDepth;
    if (!restarts) depth = k;
    break;
  }
  PopTo(depth);
  Node* parent = open_.back();
  if (IsDivisionLike(parent)) {
    if (scope_.has_units) {
      Report(DiagnosticLevel::kError, b,
             quoted + (numbered ? "numbered paragraph outside any article"
                                : "point outside any paragraph or article"));
      return;
    }
    if (!numbered) {
      Report(DiagnosticLevel::kWarning, b,
             "point \"" + marker.display + "\" outside any paragraph; attached to the enclosing " +
                 (parent->kind == NodeKind::kBody ? std::string("body") : parent->element));
    }
  }
  auto node = std::make_unique<Node>();
  node->kind = NodeKind::kItem;
  node->element = parent->kind != NodeKind::kItem && numbered ? "paragraph" : "point";
  node->num = marker.display;
  node->token = marker.token;
  node->line = b.line;
  node->style = style;
  node->value = marker.value;
  if (!text.empty()) node->text.push_back(RepairGluedText(text));
  FlushPendingInto(parent);
  Push(parent, std::move(node));
}

size_t TreeBuilder::OpenContainer(size_t i, const std::string& name) {
  const Block& b = blocks_[i];
  PopTo(1);
  preamble_ = false;
  auto node = MakeNode(NodeKind::kContainer, "hcontainer", b);
  node->name = name;
  size_t consumed = 0;
  if (b.heading.kind == HeadingKind::kText) {  // an attachment: its heading is the text
    node->num.clear();
    node->heading = b.heading.text;
    if (i + 1 < blocks_.size() && IsTextHeading(blocks_[i + 1])) {
      node->subheading = blocks_[i + 1].heading.text;
      consumed = 1;
    }
  }
  Push(open_.back(), std::move(node));
  scope_ = ScanScope(i + 1);
  article_tokens_.clear();
  return consumed;
}

void TreeBuilder::OpenDivision(const Block& b, const std::string& style) {
  size_t depth = DivisionDepth();
  for (size_t k = depth; k-- > 1 && open_[k]->kind == NodeKind::kDivision;) {
    if (open_[k]->style == style) {
      depth = k;
      break;
    }
  }
  PopTo(depth);
  preamble_ = false;
  auto node = MakeNode(NodeKind::kDivision, b.heading.element, b);
  node->style = style;
  const Heading& h = b.heading;
  node->value =
      style == "division:letter" && h.numeral == NumeralClass::kRoman ? h.letter_value : h.value;
  if (style == "crossheading") {
    node->element = "hcontainer";
    node->name = "crossheading";
  }
  Push(open_.back(), std::move(node));
}

void TreeBuilder::OpenArticle(const Block& b, const std::string& element) {
  PopTo(DivisionDepth());
  preamble_ = false;
  article_tokens_.insert(b.heading.token);
  Push(open_.back(), MakeNode(NodeKind::kArticle, element, b));
}

void TreeBuilder::AddCrossHeading(const Block& b, const std::string& heading) {
  size_t depth = open_.size();
  while (depth > 1 && (open_[depth - 1]->kind == NodeKind::kItem ||
                       open_[depth - 1]->kind == NodeKind::kCrossHeading)) {
    --depth;
  }
  PopTo(depth);
  auto node = MakeNode(NodeKind::kCrossHeading, "hcontainer", b);
  node->name = "crossheading";
  node->heading = heading;
  node->token.clear();
  if (b.heading.kind != HeadingKind::kNumeral) node->num.clear();
  Push(open_.back(), std::move(node));
}

void TreeBuilder::AddPreambleText(const std::string& text) {
  std::string_view rest = text;
  if (tree_->preamble.empty()) rest = StripPreambleLabel(rest);
  for (const std::string& piece : SplitGluedRecitals(rest)) {
    tree_->preamble.push_back({"", RepairGluedText(piece)});
  }
}

Node* TreeBuilder::Push(Node* parent, std::unique_ptr<Node> node) {
  Node* added = parent->Add(std::move(node));
  open_.push_back(added);
  return added;
}

void TreeBuilder::PopTo(size_t depth) {
  while (open_.size() > depth) {
    Close(open_.back());
    open_.pop_back();
  }
}

size_t TreeBuilder::DivisionDepth() const {
  size_t depth = open_.size();
  while (depth > 1 && !IsDivisionLike(open_[depth - 1])) --depth;
  return depth;
}

Node* TreeBuilder::OpenArticleNode() const {
  for (size_t k = open_.size(); k-- > 1;) {
    if (open_[k]->kind == NodeKind::kArticle) return open_[k];
  }
  return nullptr;
}

void TreeBuilder::ChooseLetterOrRoman(Marker* m) const {
  if (!m->also_roman) return;
  bool upper = m->cls == MarkerClass::kUpperLetter;
  MarkerClass roman = upper ? MarkerClass::kUpperRoman : MarkerClass::kRoman;
  Marker as_roman = *m;
  as_roman.cls = roman;
  std::string letter_style = ItemStyle(*m);
  std::string roman_style = ItemStyle(as_roman);
  // The innermost open list that this marker continues decides; with none,
  // "i" (and any longer numeral, "ii", "iv") starts a Roman list.
  bool roman_reading = m->roman_value == 1 || m->token.size() > 1;
  for (size_t k = open_.size(); k-- > 1 && open_[k]->kind == NodeKind::kItem;) {
    const Node* n = open_[k];
    if (n->style == roman_style && n->value + 1 == m->roman_value) {
      roman_reading = true;
      break;
    }
    if (n->style == letter_style && n->value + 1 == m->value) {
      roman_reading = false;
      break;
    }
  }
  if (roman_reading) {
    m->cls = roman;
    m->value = m->roman_value;
  }
}

std::string TreeBuilder::NumeralStyle(const Heading& h) const {
  if (h.numeral == NumeralClass::kLetter) return "division:letter";
  if (!h.also_letter) return "division:roman";
  for (size_t k = open_.size(); k-- > 1 && open_[k]->kind != NodeKind::kContainer;) {
    if (open_[k]->style == "division:letter" && open_[k]->value + 1 == h.letter_value) {
      return "division:letter";
    }
    if (open_[k]->style == "division:roman" && open_[k]->value + 1 == h.value) {
      return "division:roman";
    }
  }
  return h.value == 1 ? "division:roman" : "division:letter";
}

bool TreeBuilder::NextIsStructure(size_t i) const {
  for (size_t j = i + 1; j < blocks_.size(); ++j) {
    const Block& b = blocks_[j];
    if (b.kind == BlockKind::kText || IsTextHeading(b)) continue;
    return IsStructuralHeading(b);
  }
  return true;
}

bool TreeBuilder::StartsAttachment(size_t i) const {
  const Node* article = OpenArticleNode();
  bool saw_division = false;
  for (size_t j = i + 1; j < blocks_.size(); ++j) {
    const Block& b = blocks_[j];
    if (b.kind == BlockKind::kText || IsTextHeading(b)) continue;
    if (b.kind == BlockKind::kHeading && b.heading.kind == HeadingKind::kAnnex) return false;
    if (b.kind == BlockKind::kHeading && b.heading.kind == HeadingKind::kArticle) {
      return article_tokens_.count(b.heading.token) > 0;  // the numbering restarts
    }
    if (IsStructuralHeading(b)) {
      saw_division = true;
      continue;
    }
    bool numbered = b.kind == BlockKind::kHeading || b.marker.cls == MarkerClass::kNumber;
    if (!numbered) continue;
    if (saw_division) return scope_.has_articles;  // paragraphs in divisions, no article
    const std::string& token = b.kind == BlockKind::kItem ? b.marker.token : b.heading.token;
    if (!article) return false;
    // Paragraph 1 again, or paragraph 1 after the article's unnumbered text
    // (a Final Act after the last article).
    if (article->children.empty()) return !article->text.empty() && token == "1";
    for (const auto& child : article->children) {
      if (child->kind == NodeKind::kItem && child->token == token) return true;
    }
    return false;
  }
  return false;
}

TreeBuilder::Scope TreeBuilder::ScanScope(size_t from) const {
  Scope scope;
  bool sections = false;
  bool paragraph_units = false;
  for (size_t j = from; j < blocks_.size(); ++j) {
    const Block& b = blocks_[j];
    if (b.kind != BlockKind::kHeading) continue;
    if (b.heading.kind == HeadingKind::kAnnex) break;
    scope.has_articles |= b.heading.kind == HeadingKind::kArticle;
    sections |= b.heading.kind == HeadingKind::kDivision && b.heading.element == "section";
    paragraph_units |= b.heading.kind == HeadingKind::kParagraphUnit;
  }
  scope.has_units = scope.has_articles || sections || paragraph_units;
  return scope;
}

void TreeBuilder::Report(DiagnosticLevel level, const Block& b, const std::string& message) {
  if (level == DiagnosticLevel::kError) ++errors_;
  diagnostics_->push_back(Diagnostic{level, Location{path_, b.line, 0}, message});
}

}  // namespace concord::import
