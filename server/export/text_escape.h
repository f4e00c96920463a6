// Text escaping for the export formats: RFC 4180 CSV fields, TSV fields,
// XML character data and attribute values. Every function also repairs
// text that is not valid UTF-8 (each bad byte becomes U+FFFD), so one bad
// document can never make a whole export unreadable.
//
// Thread-safe: pure functions.
#pragma once

#include <string>
#include <string_view>

#include "base/utf8.h"

namespace parley::exports {

// Appends `s` as one RFC 4180 field: quoted (with doubled quotes) when it
// contains a comma, quote, CR or LF, or starts or ends with a space.
void AppendCsvField(std::string* out, std::string_view s);

// Appends `s` as one TSV field in the GDELT tradition (no quoting): tabs, CR
// and LF become spaces, so every line is one record of fixed width.
void AppendTsvField(std::string* out, std::string_view s);

// Appends `s` escaped for XML text or a double-quoted attribute value.
// Characters XML 1.0 forbids (C0 controls other than tab, LF, CR; U+FFFE,
// U+FFFF) are dropped.
void AppendXmlEscaped(std::string* out, std::string_view s);

}  // namespace parley::exports
