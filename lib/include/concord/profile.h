// Profile: what a state has accepted — the instruments it is party to (with
// dates), its reservations and declarations, and declared parameters such as
// the ILO C138 minimum age. docs/profile.md documents the file format.
//
// Rules of instruments the state is not party to are `not-applicable`; rules
// covered by a reservation are `reserved`; parameters feed thresholds
// (value="profile:ilo-c138/minimum-age").
//
// Thread-safety: plain data.

#ifndef CONCORD_PROFILE_H_
#define CONCORD_PROFILE_H_

#include "concord/diagnostic.h"
#include "concord/status.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace concord {

/// The state's relation to one instrument.
struct Party {
  std::string instrument;        ///< instrument id as packs use it: "cat", "ilo-c138"
  std::string status = "party";  ///< "party" or "signatory"
  std::string date;              ///< ratification / accession date, ISO
  Location location;
};

/// A reservation or declaration that narrows or explains an obligation.
struct Reservation {
  std::string kind = "reservation";  ///< "reservation" or "declaration"
  std::string instrument;            ///< instrument id
  std::string article;               ///< "16", "16(2)"; empty: the whole instrument
  std::string rules;                 ///< rule id glob, e.g. "CEDAW-16-*"; empty: by article
  std::string text;                  ///< the text as deposited
  Location location;
};

/// A state profile.
struct Profile {
  std::string path;
  std::string state;  ///< the state's name
  std::vector<Party> parties;
  std::vector<Reservation> reservations;
  std::map<std::string, double> parameters;  ///< "ilo-c138/minimum-age" -> 15

  /// The party entry for `instrument`, or nullptr.
  const Party* FindParty(std::string_view instrument) const;
};

/// Loads a profile (XML, namespace urn:concord:profile:1). Errors carry
/// file:line:col.
Status LoadProfile(const std::string& path, Profile* profile);

}  // namespace concord

#endif  // CONCORD_PROFILE_H_
