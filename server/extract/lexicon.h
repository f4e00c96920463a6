// Event-trigger lexicon and the CAMEO/PLOVER coding table.
//
// The coding values (Goldstein score, GDELT quad class, PLOVER type and mode) follow the
// published CAMEO 1.1b3 codebook and the PLOVER 2.0 mapping; only the codes that our triggers
// produce are listed. The built-in lexicon is embedded in the binary; the event stage takes a
// Lexicon as a parameter (ExtractorOptions::lexicon), so a test or a deployment can give it
// another. Thread-safe: a Lexicon is immutable after construction.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "extract/key_index.h"
#include "extract/tokens.h"

namespace parley::extract {

struct CameoInfo {
  const char* code;
  double goldstein;
  int quad;
  const char* plover;  // "" when PLOVER has no type (public statements)
  const char* mode;    // "" = no mode
};

// Coding of a CAMEO code (falls back to its root), or nullptr if unknown.
const CameoInfo* LookupCameo(std::string_view code);
// Every code of the coding table.
std::span<const CameoInfo> CameoTable();

// How arguments are read around a trigger.
enum FrameFlags : uint32_t {
  kVerb = 1u << 0,     // the agent precedes the trigger ("X met Y")
  kNoun = 1u << 1,     // a nominal trigger ("the meeting of X and Y", "X-Y talks")
  kMeet = 1u << 2,     // symmetric: everybody named is a participant
  kSpeech = 1u << 3,   // a speech verb: speaker + quote
  kTarget = 1u << 4,   // directed: a source acts on a target (object / "to X" / "on X")
  kMotion = 1u << 5,   // "to P" names the destination place (visits)
  kPassive = 1u << 6,  // "X was received by Y" style: object is the actor
  kWeak = 1u << 7,     // low-precision trigger: lower confidence
  kClose = 1u << 8,    // nominal: only an owner right before it acts ("Russia's war")
};

struct Trigger {
  std::vector<std::string> tokens;  // lower-cased surface sequence
  std::string type;                 // meeting, call, visit, ...
  std::string cameo;
  uint32_t frame = 0;
  std::string rule;  // name shown by --explain
};

// One line of a lexicon's source: every '|'-separated surface form becomes a
// Trigger of `type`, coded `cameo`, read with `frame`; `rule` names it.
struct TriggerRow {
  const char* forms;
  const char* type;  // a vocab::EventType name
  const char* cameo;
  uint32_t frame;
  const char* rule;
};

class Lexicon {
 public:
  // Builds the triggers of `rows` (strings copied).
  explicit Lexicon(std::span<const TriggerRow> rows);

  // The lexicon written from the CAMEO codebook, built once.
  static const Lexicon& BuiltIn();
  static std::span<const TriggerRow> BuiltInRows();

  // Longest trigger starting at toks[i], or nullptr.
  const Trigger* Match(const std::vector<Token>& toks, size_t i, size_t* length) const;
  const std::vector<Trigger>& triggers() const { return triggers_; }

 private:
  std::vector<Trigger> triggers_;
  KeyIndex first_keys_;
  std::vector<std::vector<SeqEntry>> by_first_;  // by first_keys_ id, longest first
};

}  // namespace parley::extract
