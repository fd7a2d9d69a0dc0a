#include "concord/finding.h"

namespace concord {
namespace {

template <typename Enum, size_t N>
bool ParseName(std::string_view name, const char* const (&names)[N], Enum* out) {
  for (size_t i = 0; i < N; ++i) {
    if (name == names[i]) {
      *out = static_cast<Enum>(i);
      return true;
    }
  }
  return false;
}

constexpr const char* kSeverityNames[] = {"info", "warning", "error"};
constexpr const char* kLevelNames[] = {"T", "TB", "CIL", "SL"};
constexpr const char* kLevelDescriptions[] = {"treaty text", "treaty-body standard",
                                              "customary law", "soft law"};
constexpr const char* kStatusNames[] = {"met",      "partial",        "gap",
                                        "conflict", "not-applicable", "reserved"};

}  // namespace

const char* SeverityName(Severity severity) {
  return kSeverityNames[static_cast<size_t>(severity)];
}
bool ParseSeverity(std::string_view name, Severity* severity) {
  return ParseName(name, kSeverityNames, severity);
}

const char* LevelName(Level level) { return kLevelNames[static_cast<size_t>(level)]; }
const char* LevelDescription(Level level) { return kLevelDescriptions[static_cast<size_t>(level)]; }
bool ParseLevel(std::string_view name, Level* level) { return ParseName(name, kLevelNames, level); }

const char* FindingStatusName(FindingStatus status) {
  return kStatusNames[static_cast<size_t>(status)];
}
bool ParseFindingStatus(std::string_view name, FindingStatus* status) {
  return ParseName(name, kStatusNames, status);
}
bool IsFailure(FindingStatus status) {
  return status == FindingStatus::kPartial || status == FindingStatus::kGap ||
         status == FindingStatus::kConflict;
}

}  // namespace concord
