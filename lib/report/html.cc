#include "renderers.h"

namespace concord::detail {

void RenderHtml(const Report&, const RenderOptions&, std::string*) {}

}  // namespace concord::detail
