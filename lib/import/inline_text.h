// Inline clean-up of one line of Markdown or plain text, and the repairs of
// text whose line breaks were lost (glued recitals and sentences).

#ifndef CONCORD_IMPORT_INLINE_TEXT_H_
#define CONCORD_IMPORT_INLINE_TEXT_H_

#include <string>
#include <string_view>
#include <vector>

namespace concord::import {

/// The display text of a Markdown line: images dropped, links reduced to
/// their text, HTML tags removed (their text kept), emphasis markers (`*`,
/// `**`) and backslash escapes removed, a code span reduced to its text, a
/// pair of backticks (``) made an opening quote, control characters
/// dropped. Not trimmed.
std::string CleanInline(std::string_view line);

/// Inserts the space lost after a comma or semicolon before a capital letter
/// ("Convention,Considering" -> "Convention, Considering") and after a full
/// stop between a lower-case and a capitalised word ("them.The" -> "them. The").
std::string RepairGluedText(std::string_view text);

/// Splits a preamble paragraph at the commas whose following space was lost
/// before a capital letter (each piece is a recital that once stood on its
/// own line). The comma stays with the left piece; pieces are trimmed.
std::vector<std::string> SplitGluedRecitals(std::string_view text);

/// `text` without a leading "Preamble" label (also glued, as in
/// "PreambleThe States Parties", and in Russian, "Преамбула").
std::string_view StripPreambleLabel(std::string_view text);

}  // namespace concord::import

#endif  // CONCORD_IMPORT_INLINE_TEXT_H_
