// EvidenceBuilder: turns matched token spans into Evidence a reader can
// check: the provision, its source line and column, and a quote of about 240
// characters around the match with the matched words marked.
//
// Thread-safety: stateless apart from the index it reads.

#ifndef CONCORD_EVAL_EVIDENCE_BUILDER_H_
#define CONCORD_EVAL_EVIDENCE_BUILDER_H_

#include "document_index.h"

#include "concord/finding.h"

#include <string_view>
#include <vector>

namespace concord::eval {

class EvidenceBuilder {
 public:
  explicit EvidenceBuilder(const DocumentIndex& index) : index_(index) {}

  /// Appends evidence for `spans`: spans in the same provision and text field
  /// that fit one quote share an Evidence. At most `limit` are appended.
  /// `provisions` (if given) receives the provision index of each one.
  void Add(std::vector<Span> spans, std::string_view role, std::vector<Evidence>* out,
           std::vector<uint32_t>* provisions = nullptr, size_t limit = 12) const;

  /// The words of a span as written (white space collapsed).
  std::string Words(const Span& span) const;

 private:
  const DocumentIndex& index_;
};

/// `text` with every run of white space made one space and the ends trimmed;
/// `map` (if given) receives, for each output byte, its offset in `text`.
std::string CollapseSpace(std::string_view text, std::vector<uint32_t>* map = nullptr);

}  // namespace concord::eval

#endif  // CONCORD_EVAL_EVIDENCE_BUILDER_H_
