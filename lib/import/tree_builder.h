// The second stage of the importer: blocks become a tree of containers,
// divisions, articles, paragraphs and points.
//
// Rules (docs/import.md has the full list):
//  - Everything before the first structural block is the preamble; lettered
//    items there are recitals. A numbered paragraph there is an error in a
//    text that has articles, and starts the body in one that has none.
//  - Annex, Schedule, Appendix headings open a top-level container with its
//    own article numbering. So does a heading that is no structural heading
//    when the numbering restarts after it (an Optional Protocol after its
//    Covenant, a Recommendation after its Convention, a Final Act).
//  - A division heading closes the open divisions down to the last one of the
//    same kind; a kind not seen before nests in the open division. So PART >
//    SECTION > CHAPTER and Раздел > Глава both come out right.
//  - An item whose marker style (class and punctuation) matches an open item
//    is its sibling; any other style nests in the innermost open item. "(i)"
//    is a letter after "(h)" and a Roman numeral elsewhere.
//  - Text after a point is the point's continuation when another point
//    follows, else the wrap-up of the point's parent.
//  - Any other heading is a cross heading in the open article or division;
//    in a text without articles it groups the paragraphs that follow it.

#ifndef CONCORD_IMPORT_TREE_BUILDER_H_
#define CONCORD_IMPORT_TREE_BUILDER_H_

#include "block.h"
#include "node.h"

#include "concord/diagnostic.h"

#include <set>
#include <string>
#include <vector>

namespace concord::import {

/// Builds an ImportTree from blocks, reporting what it cannot place.
class TreeBuilder {
 public:
  /// `blocks` and `diagnostics` must outlive the builder.
  TreeBuilder(const std::vector<Block>& blocks, std::string path, Diagnostics* diagnostics);

  TreeBuilder(const TreeBuilder&) = delete;
  TreeBuilder& operator=(const TreeBuilder&) = delete;

  /// Fills tree->body and tree->preamble. Returns the number of errors
  /// (lines that could not be placed).
  int Build(ImportTree* tree);

 private:
  // What a scope (the body, an annex) holds, from a scan up to the next annex.
  struct Scope {
    bool has_articles = false;  // "Article" headings
    bool has_units = false;     // article-level units: articles, or sections and
                                // "Paragraph N" headings in a text without articles
  };

  size_t OnHeading(size_t i);
  size_t OnTextHeading(size_t i);
  void OnNumeral(size_t i);
  void OnText(const Block& b);
  void PlaceItem(Marker marker, const std::string& text, const Block& b);

  size_t OpenContainer(size_t i, const std::string& name);
  void OpenDivision(const Block& b, const std::string& style);
  void OpenArticle(const Block& b, const std::string& element);
  void AddCrossHeading(const Block& b, const std::string& heading);
  void AddPreambleText(const std::string& text);

  Node* Push(Node* parent, std::unique_ptr<Node> node);
  void PopTo(size_t depth);
  size_t DivisionDepth() const;
  Node* OpenArticleNode() const;
  void ChooseLetterOrRoman(Marker* marker) const;
  std::string NumeralStyle(const Heading& h) const;
  bool NextIsStructure(size_t i) const;
  bool StartsAttachment(size_t i) const;
  Scope ScanScope(size_t from) const;

  void Report(DiagnosticLevel level, const Block& b, const std::string& message);

  const std::vector<Block>& blocks_;
  std::string path_;
  Diagnostics* diagnostics_;
  ImportTree* tree_ = nullptr;
  std::vector<Node*> open_;  // open_[0] is the body
  Scope scope_;
  std::set<std::string> article_tokens_;  // article numbers seen in the scope
  bool preamble_ = true;
  int errors_ = 0;
};

}  // namespace concord::import

#endif  // CONCORD_IMPORT_TREE_BUILDER_H_
