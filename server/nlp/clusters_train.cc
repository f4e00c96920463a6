// Training of the word clusters (placeholder until the trainer lands).
#include "base/error.h"
#include "nlp/train.h"

namespace parley::nlp {

void TrainClusters(const TrainOptions& /*options*/) {
  throw Error(ErrorCode::kInternal, "training the word clusters is not implemented yet");
}

}  // namespace parley::nlp
