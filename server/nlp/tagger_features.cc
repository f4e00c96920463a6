// The tagger's feature templates. Template numbers are part of the model
// format: changing one changes what a saved model means (bump the tagger's
// format version).
#include "nlp/tagger_features.h"

#include <algorithm>

#include "nlp/perceptron.h"

namespace parley::nlp::tagger_internal {

namespace {

// Template ids.
enum : uint32_t {
  kBias = 1,
  kForm,
  kLower,
  kPrefix,
  kSuffix,
  kShape,
  kShortShape,
  kFlags,
  kLength,
  kCluster,
  kFlagOne,
  kPrev1Word = 20,
  kNext1Word,
  kPrev2Word,
  kNext2Word,
  kPrev1Suffix,
  kNext1Suffix,
  kPrev1Shape,
  kNext1Shape,
  kPrev1Cluster,
  kNext1Cluster,
  kPrev1Tag,
  kPrev2Tag,
  kPrev12Tag,
  kPrev1TagWord,
  kPrev1TagSuffix,
  kPrevWordWord,
  kWordNextWord,
  kFirstShape,
  kNext1Tag = 40,
  kNext2Tag,
  kNext12Tag,
  kPrev1Next1Tag,
  kNext1TagWord,
  kNext1TagSuffix,
  kSelfTag,
  kSelfTagWord,
};

// Hashes of the sentence edges, so that "the previous word" is defined at
// every position.
const uint64_t kStartHash = HashString("<s>");
const uint64_t kEndHash = HashString("</s>");

inline char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

}  // namespace

void Describe(std::string_view form, const ClusterTable& clusters, Tagger::WordInfo* info) {
  Tagger::WordInfo& w = *info;
  w = Tagger::WordInfo{};
  w.form = HashString(form);
  w.length = static_cast<uint32_t>(form.size());
  // Up to 64 bytes are described; longer tokens (URLs) are cut for the
  // lower-cased and shape features, which is all they are used for.
  char lower[64], folded[64], exact[64], shape[64], short_shape[64];
  const size_t n = std::min<size_t>(form.size(), sizeof lower);
  size_t ns = 0, nss = 0;
  int run = 0;
  char last = 0;
  uint32_t flags = 0;
  bool all_upper = true, all_digit = true, any_letter = false;
  for (size_t i = 0; i < n; ++i) {
    const char c = form[i];
    const auto u = static_cast<unsigned char>(c);
    lower[i] = Lower(c);
    const bool digit = c >= '0' && c <= '9';
    folded[i] = digit ? '0' : lower[i];
    exact[i] = digit ? '0' : c;
    char s;
    if (c >= 'A' && c <= 'Z') {
      s = 'X';
      flags |= kFlagUpper;
      any_letter = true;
      all_digit = false;
    } else if (c >= 'a' && c <= 'z') {
      s = 'x';
      all_upper = false;
      any_letter = true;
      all_digit = false;
    } else if (c >= '0' && c <= '9') {
      s = 'd';
      flags |= kFlagDigit;
    } else if (u >= 0x80) {
      flags |= kFlagNonAscii;
      all_digit = false;
      if ((u & 0xC0) == 0x80) continue;  // continuation byte: one shape char per code point
      s = 'u';
    } else {
      s = c;
      if (c == '-') flags |= kFlagHyphen;
      if (c == '\'') flags |= kFlagApostrophe;
      if (c == '.') flags |= kFlagPeriod;
      if (c == '@' && i > 0) flags |= kFlagUrl;
      if (c != ',' && c != '.' && c != ':' && c != '-' && c != '/') all_digit = false;
    }
    if (s == last) {
      ++run;
    } else {
      run = 1;
      last = s;
      short_shape[nss++] = s;
    }
    if (run <= 4) shape[ns++] = s;
  }
  if (any_letter) flags |= kFlagAlpha;
  if (any_letter && all_upper) flags |= kFlagAllUpper;
  if (!form.empty() && form[0] >= 'A' && form[0] <= 'Z') flags |= kFlagInitUpper;
  if ((flags & kFlagDigit) && all_digit) flags |= kFlagAllDigit;
  const std::string_view lv(lower, n);
  if (lv.substr(0, 4) == "http" || lv.substr(0, 4) == "www.") flags |= kFlagUrl;
  w.flags = flags;
  w.lower = HashString(std::string_view(folded, n));
  w.lower_raw = HashString(lv);
  for (size_t k = 1; k <= 4; ++k) {
    const size_t m = std::min(k, n);
    w.prefix[k - 1] = HashString(lv.substr(0, m));
    w.suffix[k - 1] = HashString(lv.substr(n - m));
  }
  w.shape = HashString(std::string_view(shape, ns));
  w.short_shape = HashString(std::string_view(short_shape, nss));
  // Clusters as WordClusters::Find looks words up (digits as '0'): as
  // written, lower-cased, capitalised.
  if (!clusters.empty()) {
    const ClusterTable::Ids* ids = clusters.Find(HashString(std::string_view(exact, n)));
    if (ids == nullptr) ids = clusters.Find(w.lower);
    if (ids == nullptr && n > 0 && folded[0] >= 'a' && folded[0] <= 'z') {
      folded[0] = static_cast<char>(folded[0] - 'a' + 'A');
      ids = clusters.Find(HashString(std::string_view(folded, n)));
    }
    if (ids != nullptr) w.clusters = *ids;
  }
}

void SelfFeatures(const Tagger::WordInfo& w, std::vector<uint64_t>* out) {
  out->push_back(FeatureId(kBias, 0));
  out->push_back(FeatureId(kForm, w.form));
  out->push_back(FeatureId(kLower, w.lower));
  for (uint64_t k = 0; k < 4; ++k) {
    if (k < w.length) {
      out->push_back(FeatureId(kPrefix, k, w.prefix[k]));
      out->push_back(FeatureId(kSuffix, k, w.suffix[k]));
    }
  }
  out->push_back(FeatureId(kShape, w.shape));
  out->push_back(FeatureId(kShortShape, w.short_shape));
  out->push_back(FeatureId(kFlags, w.flags));
  for (uint32_t b = 0; b < 11; ++b)
    if (w.flags & (1u << b)) out->push_back(FeatureId(kFlagOne, b));
  out->push_back(FeatureId(kLength, std::min<uint32_t>(w.length, 12)));
  for (uint64_t k = 0; k < ClusterTable::kLevels; ++k)
    if (w.clusters[k] != 0) out->push_back(FeatureId(kCluster, k, w.clusters[k]));
}

void RoleFeatures(Role role, const Tagger::WordInfo* w, std::vector<uint64_t>* out) {
  const bool prev = role == kRolePrev1 || role == kRolePrev2;
  const uint64_t edge = prev ? kStartHash : kEndHash;
  switch (role) {
    case kRolePrev1:
    case kRoleNext1: {
      const bool p = role == kRolePrev1;
      out->push_back(FeatureId(p ? kPrev1Word : kNext1Word, w ? w->lower : edge));
      out->push_back(FeatureId(p ? kPrev1Suffix : kNext1Suffix, w ? w->suffix[2] : edge));
      out->push_back(FeatureId(p ? kPrev1Shape : kNext1Shape, w ? w->short_shape : edge));
      if (w && w->clusters[1] != 0)
        out->push_back(FeatureId(p ? kPrev1Cluster : kNext1Cluster, w->clusters[1]));
      break;
    }
    case kRolePrev2:
      out->push_back(FeatureId(kPrev2Word, w ? w->lower : edge));
      break;
    case kRoleNext2:
      out->push_back(FeatureId(kNext2Word, w ? w->lower : edge));
      break;
  }
}

void PositionFeatures(const Tagger::WordInfo* words, int n, int i, const int* tags,
                      std::vector<uint64_t>* out) {
  const Tagger::WordInfo& w = words[i];
  const uint64_t p1 = i > 0 ? words[i - 1].lower : kStartHash;
  const uint64_t n1 = i + 1 < n ? words[i + 1].lower : kEndHash;
  const uint64_t t1 = i >= 1 ? static_cast<uint64_t>(tags[i - 1]) : kNoTag;
  const uint64_t t2 = i >= 2 ? static_cast<uint64_t>(tags[i - 2]) : kNoTag;
  out->push_back(FeatureId(kPrev1Tag, t1));
  out->push_back(FeatureId(kPrev2Tag, t2));
  out->push_back(FeatureId(kPrev12Tag, t1, t2));
  out->push_back(FeatureId(kPrev1TagWord, t1, w.lower));
  out->push_back(FeatureId(kPrev1TagSuffix, t1, w.suffix[2]));
  out->push_back(FeatureId(kPrevWordWord, p1, w.lower));
  out->push_back(FeatureId(kWordNextWord, w.lower, n1));
  if (i == 0) out->push_back(FeatureId(kFirstShape, w.shape));
}

void RightFeatures(const Tagger::WordInfo* words, int n, int i, const int* tags, const int* right,
                   std::vector<uint64_t>* out) {
  const Tagger::WordInfo& w = words[i];
  const uint64_t t1 = i >= 1 ? static_cast<uint64_t>(tags[i - 1]) : kNoTag;
  const uint64_t r1 = i + 1 < n ? static_cast<uint64_t>(right[i + 1]) : kNoTag;
  const uint64_t r2 = i + 2 < n ? static_cast<uint64_t>(right[i + 2]) : kNoTag;
  out->push_back(FeatureId(kNext1Tag, r1));
  out->push_back(FeatureId(kNext2Tag, r2));
  out->push_back(FeatureId(kNext12Tag, r1, r2));
  out->push_back(FeatureId(kPrev1Next1Tag, t1, r1));
  out->push_back(FeatureId(kNext1TagWord, r1, w.lower));
  out->push_back(FeatureId(kNext1TagSuffix, r1, w.suffix[2]));
  out->push_back(FeatureId(kSelfTag, static_cast<uint64_t>(right[i])));
  out->push_back(FeatureId(kSelfTagWord, static_cast<uint64_t>(right[i]), w.lower));
}

void ContextFeatures(const Tagger::WordInfo* words, int n, int i, const int* tags,
                     std::vector<uint64_t>* out) {
  RoleFeatures(kRolePrev2, i >= 2 ? &words[i - 2] : nullptr, out);
  RoleFeatures(kRolePrev1, i >= 1 ? &words[i - 1] : nullptr, out);
  RoleFeatures(kRoleNext1, i + 1 < n ? &words[i + 1] : nullptr, out);
  RoleFeatures(kRoleNext2, i + 2 < n ? &words[i + 2] : nullptr, out);
  PositionFeatures(words, n, i, tags, out);
}

}  // namespace parley::nlp::tagger_internal
