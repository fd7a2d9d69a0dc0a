#include "renderers.h"

namespace concord::detail {

void RenderCsv(const Report&, const RenderOptions&, std::string*) {}

}  // namespace concord::detail
