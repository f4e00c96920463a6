// Training of the tagger (placeholder until the trainer lands).
#include "base/error.h"
#include "nlp/train.h"

namespace parley::nlp {

void TrainTagger(const TrainOptions& /*options*/) {
  throw Error(ErrorCode::kInternal, "training the tagger is not implemented yet");
}

}  // namespace parley::nlp
