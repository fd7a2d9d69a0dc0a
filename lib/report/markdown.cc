#include "renderers.h"

namespace concord::detail {

void RenderMarkdown(const Report&, const RenderOptions&, std::string*) {}

}  // namespace concord::detail
