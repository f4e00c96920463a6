// Model files: a versioned, gzip-compressed binary container that every
// trained stage writes and reads. A file starts with a magic string naming
// the model kind ("parley-tagger") and a format version; a reader refuses
// another kind or a newer version with a one-line error, so a stale or
// mismatched model never loads silently. Values are little-endian; strings
// and arrays carry their length.
//
// Thread-safe: a writer or reader belongs to one thread.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "nlp/large_alloc.h"

namespace parley::nlp {

// The whole content of `path`, decompressed when it is gzip (either kind is
// read). Throws parley::Error(kInvalidArgument) naming the path when it
// cannot be read.
std::string ReadMaybeGzipped(const std::string& path);

// An array of a model file read in place: a view into the reader's buffer
// (valid while the reader lives), so loading a large table costs no copy.
// The buffer need not be aligned for T: elements are copied out one by one
// (one plain load each once compiled).
template <typename T>
class ArrayView {
 public:
  ArrayView() = default;
  ArrayView(const char* data, size_t size) : data_(data), size_(size) {}
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  T operator[](size_t i) const {
    T v;
    std::memcpy(&v, data_ + i * sizeof(T), sizeof(T));
    return v;
  }

 private:
  const char* data_ = nullptr;
  size_t size_ = 0;
};

class ModelWriter {
 public:
  ModelWriter(std::string_view magic, uint32_t version);

  void U8(uint8_t v) { buf_.push_back(static_cast<char>(v)); }
  void U32(uint32_t v);
  void U64(uint64_t v);
  void I32(int32_t v) { U32(static_cast<uint32_t>(v)); }
  void F32(float v);
  void Str(std::string_view s);
  void F32s(const std::vector<float>& v);
  void U64s(const std::vector<uint64_t>& v);
  void U32s(const std::vector<uint32_t>& v);
  void Strs(const std::vector<std::string>& v);

  // Writes the gzip-compressed container to `path` atomically (a temporary
  // file renamed into place). Throws parley::Error on I/O failure.
  void Save(const std::string& path) const;
  const std::string& bytes() const { return buf_; }

 private:
  std::string buf_;
};

class ModelReader {
 public:
  // Opens `path` (gzip or plain) and checks its magic and version (at most
  // `max_version`). Throws parley::Error(kInvalidArgument) naming the path.
  ModelReader(const std::string& path, std::string_view magic, uint32_t max_version);
  // The same over bytes already in memory (tests, fuzzers).
  static ModelReader FromBytes(std::string bytes, std::string_view magic, uint32_t max_version,
                               std::string name = "model");

  uint32_t version() const { return version_; }
  uint8_t U8();
  uint32_t U32();
  uint64_t U64();
  int32_t I32() { return static_cast<int32_t>(U32()); }
  float F32();
  std::string Str();
  std::vector<float> F32s();
  std::vector<uint64_t> U64s();
  std::vector<uint32_t> U32s();
  std::vector<std::string> Strs();
  // The arrays U64s/U32s/F32s read, as views into the buffer (no copy).
  ArrayView<uint64_t> U64View();
  ArrayView<uint32_t> U32View();
  ArrayView<float> F32View();
  bool AtEnd() const { return pos_ == buf_.size(); }
  // Throws unless every byte was read (a truncated or padded file).
  void ExpectEnd() const;

 private:
  ModelReader() = default;
  void Need(size_t n) const;
  void Check(std::string_view magic, uint32_t max_version);

  LargeVector<char> buf_;
  std::string name_;
  size_t pos_ = 0;
  uint32_t version_ = 0;
};

}  // namespace parley::nlp
