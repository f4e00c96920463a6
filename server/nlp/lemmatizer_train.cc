// Training of the lemmatizer (placeholder until the trainer lands).
#include "base/error.h"
#include "nlp/train.h"

namespace parley::nlp {

void TrainLemmatizer(const TrainOptions& /*options*/) {
  throw Error(ErrorCode::kInternal, "training the lemmatizer is not implemented yet");
}

}  // namespace parley::nlp
