// WordClusters: the model file and the lookup. The index is an open-
// addressing table of word indices keyed by HashString, probed linearly and
// confirmed by the stored hash and the word, so a lookup costs one hash and
// usually one string compare.
#include "nlp/clusters.h"

#include <utf8proc.h>

#include "base/error.h"
#include "nlp/model_io.h"
#include "nlp/perceptron.h"
#include "nlp/utf8.h"

namespace parley::nlp {

namespace {

constexpr std::string_view kMagic = "parley-clusters";
constexpr uint32_t kVersion = 1;

// Lower-cases `w` (title: all but the first character, which is upper-cased)
// into *out. Invalid bytes are copied as they are.
void CaseVariant(std::string_view w, bool title, std::string* out) {
  out->clear();
  for (size_t i = 0; i < w.size();) {
    const auto b = static_cast<unsigned char>(w[i]);
    const bool first = i == 0;
    if (b < 0x80) {
      char c = static_cast<char>(b);
      if (title && first) {
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
      } else if (c >= 'A' && c <= 'Z') {
        c = static_cast<char>(c + 32);
      }
      out->push_back(c);
      ++i;
      continue;
    }
    int len = 1;
    const char32_t cp = DecodeUtf8At(w, i, &len);
    if (cp == kInvalidByte) {
      out->push_back(w[i]);
      ++i;
      continue;
    }
    const auto mapped = static_cast<utf8proc_int32_t>(
        title && first ? utf8proc_toupper(static_cast<utf8proc_int32_t>(cp))
                       : utf8proc_tolower(static_cast<utf8proc_int32_t>(cp)));
    utf8proc_uint8_t buf[4];
    const auto n = utf8proc_encode_char(mapped, buf);
    out->append(reinterpret_cast<const char*>(buf), static_cast<size_t>(n));
    i += static_cast<size_t>(len);
  }
}

}  // namespace

std::string_view NormalizeDigits(std::string_view word, std::string* out) {
  size_t i = 0;
  while (i < word.size() && !(word[i] >= '1' && word[i] <= '9')) ++i;
  if (i == word.size()) return word;
  out->assign(word);
  for (; i < out->size(); ++i)
    if ((*out)[i] >= '1' && (*out)[i] <= '9') (*out)[i] = '0';
  return *out;
}

WordClusters::WordClusters(std::vector<std::string> words, std::vector<uint32_t> cluster_of,
                           std::vector<uint32_t> counts, std::vector<std::string> paths,
                           std::string description)
    : words_(std::move(words)),
      cluster_of_(std::move(cluster_of)),
      counts_(std::move(counts)),
      paths_(std::move(paths)),
      description_(std::move(description)) {
  if (cluster_of_.size() != words_.size() || counts_.size() != words_.size())
    throw Error(ErrorCode::kInvalidArgument, "word clusters: words, clusters and counts differ");
  for (uint32_t c : cluster_of_)
    if (c >= paths_.size())
      throw Error(ErrorCode::kInvalidArgument, "word clusters: cluster id out of range");
  for (const auto& p : paths_) {
    if (p.size() > 64 || p.find_first_not_of("01") != std::string::npos)
      throw Error(ErrorCode::kInvalidArgument, "word clusters: bad path '" + p + "'");
    uint64_t bits = 0;
    const size_t n = std::min<size_t>(p.size(), 31);
    for (size_t i = 0; i < n; ++i) bits = (bits << 1) | static_cast<uint64_t>(p[i] == '1');
    path_bits_.push_back(bits);
    path_len_.push_back(static_cast<uint8_t>(n));
  }
  BuildIndex();
}

void WordClusters::BuildIndex() {
  size_t cap = 16;
  while (cap < words_.size() * 2) cap <<= 1;
  slots_.assign(cap, 0);
  mask_ = cap - 1;
  hashes_.resize(words_.size());
  for (size_t i = 0; i < words_.size(); ++i) {
    const uint64_t h = HashString(words_[i]);
    hashes_[i] = h;
    size_t s = h & mask_;
    while (slots_[s] != 0) {
      if (words_[slots_[s] - 1] == words_[i])
        throw Error(ErrorCode::kInvalidArgument,
                    "word clusters: duplicate word '" + words_[i] + "'");
      s = (s + 1) & mask_;
    }
    slots_[s] = static_cast<uint32_t>(i + 1);
  }
}

int WordClusters::Lookup(std::string_view w) const {
  if (words_.empty()) return -1;
  const uint64_t h = HashString(w);
  for (size_t s = h & mask_;; s = (s + 1) & mask_) {
    const uint32_t v = slots_[s];
    if (v == 0) return -1;
    if (hashes_[v - 1] == h && words_[v - 1] == w) return static_cast<int>(v - 1);
  }
}

int WordClusters::FindExact(std::string_view word) const {
  std::string buf;
  const int i = Lookup(NormalizeDigits(word, &buf));
  return i < 0 ? -1 : static_cast<int>(cluster_of_[static_cast<size_t>(i)]);
}

namespace {

// The index of `word` in `clusters` trying the three spellings, or -1.
template <typename L>
int ResolveWord(std::string_view word, L lookup) {
  std::string digits, variant;
  const std::string_view w = NormalizeDigits(word, &digits);
  int i = lookup(w);
  if (i >= 0) return i;
  CaseVariant(w, false, &variant);
  if (variant != w) {
    i = lookup(variant);
    if (i >= 0) return i;
  }
  std::string title;
  CaseVariant(w, true, &title);
  if (title != w && title != variant) i = lookup(title);
  return i;
}

}  // namespace

int WordClusters::Find(std::string_view word) const {
  const int i = ResolveWord(word, [this](std::string_view w) { return Lookup(w); });
  return i < 0 ? -1 : static_cast<int>(cluster_of_[static_cast<size_t>(i)]);
}

uint32_t WordClusters::Count(std::string_view word) const {
  const int i = ResolveWord(word, [this](std::string_view w) { return Lookup(w); });
  return i < 0 ? 0 : counts_[static_cast<size_t>(i)];
}

std::string_view WordClusters::Path(int c) const {
  if (c < 0 || static_cast<size_t>(c) >= paths_.size()) return {};
  return paths_[static_cast<size_t>(c)];
}

uint32_t WordClusters::Prefix(int c, int bits) const {
  if (c < 0 || static_cast<size_t>(c) >= paths_.size() || bits <= 0) return 0;
  const auto k = static_cast<size_t>(c);
  const int len = path_len_[k];
  const int n = std::min(bits, std::min(len, 31));
  const uint64_t prefix = path_bits_[k] >> (len - n);
  return static_cast<uint32_t>((uint64_t{1} << n) | prefix);
}

void WordClusters::Save(const std::string& path) const {
  ModelWriter w(kMagic, kVersion);
  w.Str(description_);
  w.Strs(paths_);
  w.Strs(words_);
  w.U32s(cluster_of_);
  w.U32s(counts_);
  w.Save(path);
}

std::unique_ptr<WordClusters> WordClusters::Load(const std::string& path) {
  ModelReader r(path, kMagic, kVersion);
  try {
    std::string description = r.Str();
    std::vector<std::string> paths = r.Strs();
    std::vector<std::string> words = r.Strs();
    std::vector<uint32_t> cluster_of = r.U32s();
    std::vector<uint32_t> counts = r.U32s();
    r.ExpectEnd();
    return std::make_unique<WordClusters>(std::move(words), std::move(cluster_of),
                                          std::move(counts), std::move(paths),
                                          std::move(description));
  } catch (const Error& e) {
    const std::string what = e.what();
    if (what.find(path) != std::string::npos) throw;
    throw Error(ErrorCode::kInvalidArgument, path + ": " + what);
  }
}

}  // namespace parley::nlp
