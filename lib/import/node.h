// The imported document as a tree: what the tree builder makes, eIds are
// assigned to, and the AKN writer prints.

#ifndef CONCORD_IMPORT_NODE_H_
#define CONCORD_IMPORT_NODE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace concord::import {

/// What a node is in the structure.
enum class NodeKind : uint8_t {
  kBody,          ///< the document body (one per document)
  kContainer,     ///< a top-level hcontainer: annex, schedule, appendix, attachment
  kDivision,      ///< part, chapter, section, title, book, division ...
  kArticle,       ///< an article, or the article-level unit of a text without
                  ///< articles (a section, a "Paragraph N" heading)
  kItem,          ///< a numbered paragraph or a point
  kCrossHeading,  ///< hcontainer name="crossheading": a heading among siblings
};

/// One node of the imported structure.
struct Node {
  NodeKind kind = NodeKind::kBody;
  std::string element;  ///< AKN element: "article", "part", "paragraph", "point", "hcontainer" ...
  std::string name;     ///< hcontainer name: "annex", "attachment", "crossheading"
  std::string num;      ///< as written: "Article 5", "PART I", "1.", "(a)"
  std::string token;    ///< the number for the eId: "5", "I", "a"; empty: by position
  std::string heading;
  std::string subheading;
  std::vector<std::string> text;     ///< own paragraphs before the first child
  std::vector<std::string> wrap_up;  ///< own paragraphs after the children
  std::vector<std::unique_ptr<Node>> children;
  Node* parent = nullptr;
  uint32_t line = 0;  ///< source line of the heading or marker
  std::string eid;    ///< assigned by AssignEids

  // Tree-builder state.
  std::string style;  ///< items: marker class and form ("letter:(x)"); divisions: kind
  int value = 0;      ///< items: the marker's value within its class
  std::vector<std::string> pending;  ///< text after a point, placed when the next item comes

  /// Appends a child and returns it.
  Node* Add(std::unique_ptr<Node> child) {
    child->parent = this;
    children.push_back(std::move(child));
    return children.back().get();
  }
};

/// One paragraph of the preamble; recitals may carry their marker.
struct PreambleItem {
  std::string num;  ///< "a)" for a lettered recital, else empty
  std::string text;
};

/// A whole imported document.
struct ImportTree {
  std::string title;
  std::vector<PreambleItem> preamble;
  Node body;
};

}  // namespace concord::import

#endif  // CONCORD_IMPORT_NODE_H_
