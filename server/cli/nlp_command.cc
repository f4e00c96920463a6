// `parley nlp` (placeholder until the pipeline lands).
#include "cli/nlp_command.h"

#include "base/error.h"

namespace parley::cli {

int RunNlp(const Config& /*config*/, const std::vector<std::string>& /*args*/) {
  throw Error(ErrorCode::kInternal, "parley nlp is not implemented yet");
}

}  // namespace parley::cli
