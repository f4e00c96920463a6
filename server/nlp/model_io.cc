// Model container I/O over zlib. Lengths are checked against what remains
// before anything is allocated, so a corrupt file fails with a message
// instead of a huge allocation.
#include "nlp/model_io.h"

#include <zlib.h>

#include <algorithm>
#include <bit>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>

#include "base/error.h"

namespace parley::nlp {

namespace {

[[noreturn]] void Bad(const std::string& what) { throw Error(ErrorCode::kInvalidArgument, what); }

// Reads `path` into *out (std::string or LargeVector<char>): the input in
// blocks of 1 MB, inflated when it is gzip into a buffer sized once from
// the gzip trailer (ISIZE, the length modulo 2^32), so that the output is
// neither grown by copies nor held twice. Plain files are copied as they
// are (as gzread passes them through).
template <typename Buffer>
void ReadInto(const std::string& path, Buffer* out) {
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> f(std::fopen(path.c_str(), "rb"), std::fclose);
  if (!f) Bad("cannot open " + path);
  std::vector<unsigned char> in(size_t{1} << 20);
  size_t got = std::fread(in.data(), 1, in.size(), f.get());
  if (std::ferror(f.get())) Bad("cannot read " + path);
  out->clear();
  if (got < 18 || in[0] != 0x1F || in[1] != 0x8B) {
    for (;;) {
      out->insert(out->end(), in.begin(), in.begin() + static_cast<std::ptrdiff_t>(got));
      if (got < in.size()) break;
      got = std::fread(in.data(), 1, in.size(), f.get());
    }
    if (std::ferror(f.get())) Bad("cannot read " + path);
    return;
  }
  // ISIZE is a hint only (a corrupt or multi-member file may lie): capped
  // by the file's size times 64, and the buffer grows when data is longer.
  uint32_t isize = 0;
  size_t file_size = got;
  if (got == in.size() && std::fseek(f.get(), 0, SEEK_END) == 0) {
    const long end = std::ftell(f.get());
    file_size = end > 0 ? static_cast<size_t>(end) : got;
    if (std::fseek(f.get(), static_cast<long>(file_size) - 4, SEEK_SET) != 0 ||
        std::fread(&isize, 1, 4, f.get()) != 4 ||
        std::fseek(f.get(), static_cast<long>(got), SEEK_SET) != 0)
      Bad("cannot read " + path);
  } else {
    std::memcpy(&isize, in.data() + got - 4, sizeof isize);
  }
  out->resize(std::max<size_t>(1024, std::min<size_t>(isize, file_size * size_t{64})));
  z_stream z{};
  if (inflateInit2(&z, 16 + MAX_WBITS) != Z_OK) Bad("cannot read " + path + ": zlib init");
  std::unique_ptr<z_stream, int (*)(z_stream*)> guard(&z, inflateEnd);
  z.next_in = in.data();
  z.avail_in = static_cast<uInt>(got);
  bool eof = got < in.size();
  size_t done = 0;
  for (;;) {
    if (z.avail_in == 0 && !eof) {
      got = std::fread(in.data(), 1, in.size(), f.get());
      if (std::ferror(f.get())) Bad("cannot read " + path);
      eof = got < in.size();
      z.next_in = in.data();
      z.avail_in = static_cast<uInt>(got);
    }
    if (done == out->size()) out->resize(out->size() + out->size() / 2);
    const auto room = static_cast<uInt>(std::min<size_t>(out->size() - done, 1u << 30));
    z.next_out = reinterpret_cast<Bytef*>(out->data() + done);
    z.avail_out = room;
    const int rc = inflate(&z, Z_NO_FLUSH);
    done += room - z.avail_out;
    if (rc == Z_STREAM_END) {
      // Concatenated members (gzip allows them; gzread reads them all).
      if (z.avail_in == 0 && eof) break;
      if (inflateReset(&z) != Z_OK) Bad("cannot read " + path + ": zlib reset");
      continue;
    }
    if (rc == Z_BUF_ERROR && z.avail_in == 0 && eof)
      Bad("cannot read " + path + ": truncated gzip file");
    if (rc != Z_OK && rc != Z_BUF_ERROR)
      Bad("cannot read " + path + ": " + (z.msg ? z.msg : "corrupt gzip data"));
  }
  out->resize(done);
}

}  // namespace

std::string ReadMaybeGzipped(const std::string& path) {
  std::string out;
  ReadInto(path, &out);
  return out;
}

ModelWriter::ModelWriter(std::string_view magic, uint32_t version) {
  Str(magic);
  U32(version);
}

void ModelWriter::U32(uint32_t v) {
  for (int i = 0; i < 4; ++i) buf_.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}

void ModelWriter::U64(uint64_t v) {
  for (int i = 0; i < 8; ++i) buf_.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}

void ModelWriter::F32(float v) {
  uint32_t u = 0;
  std::memcpy(&u, &v, sizeof u);
  U32(u);
}

void ModelWriter::Str(std::string_view s) {
  U32(static_cast<uint32_t>(s.size()));
  buf_.append(s.data(), s.size());
}

void ModelWriter::F32s(const std::vector<float>& v) {
  U32(static_cast<uint32_t>(v.size()));
  buf_.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(float));
}

void ModelWriter::U64s(const std::vector<uint64_t>& v) {
  U32(static_cast<uint32_t>(v.size()));
  buf_.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(uint64_t));
}

void ModelWriter::U32s(const std::vector<uint32_t>& v) {
  U32(static_cast<uint32_t>(v.size()));
  buf_.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(uint32_t));
}

void ModelWriter::Strs(const std::vector<std::string>& v) {
  U32(static_cast<uint32_t>(v.size()));
  for (const auto& s : v) Str(s);
}

void ModelWriter::Save(const std::string& path) const {
  const std::string tmp = path + ".tmp";
  gzFile f = gzopen(tmp.c_str(), "wb9");
  if (!f) throw Error(ErrorCode::kInternal, "cannot write " + tmp);
  size_t done = 0;
  bool ok = true;
  while (ok && done < buf_.size()) {
    const auto n = static_cast<unsigned>(std::min<size_t>(buf_.size() - done, 1u << 20));
    ok = gzwrite(f, buf_.data() + done, n) == static_cast<int>(n);
    done += n;
  }
  ok = (gzclose(f) == Z_OK) && ok;
  std::error_code ec;
  if (ok) std::filesystem::rename(tmp, path, ec);
  if (!ok || ec) {
    std::filesystem::remove(tmp, ec);
    throw Error(ErrorCode::kInternal, "cannot write " + path);
  }
}

ModelReader::ModelReader(const std::string& path, std::string_view magic, uint32_t max_version)
    : name_(path) {
  ReadInto(path, &buf_);
  Check(magic, max_version);
}

ModelReader ModelReader::FromBytes(std::string bytes, std::string_view magic, uint32_t max_version,
                                   std::string name) {
  ModelReader r;
  r.buf_.assign(bytes.begin(), bytes.end());
  r.name_ = std::move(name);
  r.Check(magic, max_version);
  return r;
}

void ModelReader::Check(std::string_view magic, uint32_t max_version) {
  if (buf_.size() < 4) Bad(name_ + ": not a " + std::string(magic) + " model (too short)");
  const std::string got = Str();
  if (got != magic) Bad(name_ + ": not a " + std::string(magic) + " model");
  version_ = U32();
  if (version_ > max_version)
    Bad(name_ + ": model format " + std::to_string(version_) + " is newer than this binary (" +
        std::to_string(max_version) + ")");
}

void ModelReader::Need(size_t n) const {
  if (buf_.size() - pos_ < n) Bad(name_ + ": truncated model file");
}

uint8_t ModelReader::U8() {
  Need(1);
  return static_cast<uint8_t>(buf_[pos_++]);
}

uint32_t ModelReader::U32() {
  Need(4);
  uint32_t v = 0;
  for (int i = 0; i < 4; ++i)
    v |= static_cast<uint32_t>(static_cast<uint8_t>(buf_[pos_ + i])) << (8 * i);
  pos_ += 4;
  return v;
}

uint64_t ModelReader::U64() {
  Need(8);
  uint64_t v = 0;
  for (int i = 0; i < 8; ++i)
    v |= static_cast<uint64_t>(static_cast<uint8_t>(buf_[pos_ + i])) << (8 * i);
  pos_ += 8;
  return v;
}

float ModelReader::F32() {
  const uint32_t u = U32();
  float v = 0;
  std::memcpy(&v, &u, sizeof v);
  return v;
}

std::string ModelReader::Str() {
  const uint32_t n = U32();
  Need(n);
  std::string s(buf_.data() + pos_, n);
  pos_ += n;
  return s;
}

// Arrays are copied whole: the format is little-endian, as the machine is.
static_assert(std::endian::native == std::endian::little, "model files are little-endian");

namespace {
template <typename T>
std::vector<T> ReadArray(ModelReader& r, const LargeVector<char>& buf, size_t* pos) {
  const uint32_t n = r.U32();
  if (buf.size() - *pos < static_cast<size_t>(n) * sizeof(T))
    throw Error(ErrorCode::kInvalidArgument, "truncated model file");
  std::vector<T> v(n);
  if (n > 0) std::memcpy(v.data(), buf.data() + *pos, static_cast<size_t>(n) * sizeof(T));
  *pos += static_cast<size_t>(n) * sizeof(T);
  return v;
}
}  // namespace

namespace {
template <typename T>
ArrayView<T> ViewArray(ModelReader& r, const LargeVector<char>& buf, size_t* pos) {
  const uint32_t n = r.U32();
  if (buf.size() - *pos < static_cast<size_t>(n) * sizeof(T))
    throw Error(ErrorCode::kInvalidArgument, "truncated model file");
  ArrayView<T> v(buf.data() + *pos, n);
  *pos += static_cast<size_t>(n) * sizeof(T);
  return v;
}
}  // namespace

ArrayView<uint64_t> ModelReader::U64View() { return ViewArray<uint64_t>(*this, buf_, &pos_); }
ArrayView<uint32_t> ModelReader::U32View() { return ViewArray<uint32_t>(*this, buf_, &pos_); }
ArrayView<float> ModelReader::F32View() { return ViewArray<float>(*this, buf_, &pos_); }

std::vector<float> ModelReader::F32s() { return ReadArray<float>(*this, buf_, &pos_); }
std::vector<uint64_t> ModelReader::U64s() { return ReadArray<uint64_t>(*this, buf_, &pos_); }
std::vector<uint32_t> ModelReader::U32s() { return ReadArray<uint32_t>(*this, buf_, &pos_); }

std::vector<std::string> ModelReader::Strs() {
  const uint32_t n = U32();
  Need(static_cast<size_t>(n) * 4);  // every string has at least its length
  std::vector<std::string> v;
  v.reserve(n);
  for (uint32_t i = 0; i < n; ++i) v.push_back(Str());
  return v;
}

void ModelReader::ExpectEnd() const {
  if (pos_ != buf_.size()) Bad(name_ + ": unexpected bytes after the model");
}

}  // namespace parley::nlp
