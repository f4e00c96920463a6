// Training of the parser (placeholder until the trainer lands).
#include "base/error.h"
#include "nlp/train.h"

namespace parley::nlp {

void TrainParser(const TrainOptions& /*options*/) {
  throw Error(ErrorCode::kInternal, "training the parser is not implemented yet");
}

}  // namespace parley::nlp
