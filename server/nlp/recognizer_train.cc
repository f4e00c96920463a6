// Training of the named-entity recogniser (placeholder until the trainer lands).
#include "base/error.h"
#include "nlp/train.h"

namespace parley::nlp {

void TrainRecognizer(const TrainOptions& /*options*/) {
  throw Error(ErrorCode::kInternal, "training the named-entity recogniser is not implemented yet");
}

}  // namespace parley::nlp
