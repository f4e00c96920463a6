// GzipStream: gzip (RFC 1952) of a body produced piece by piece, for
// streamed answers (exports) sent with Content-Encoding: gzip.
//
// Not thread-safe: one per stream.
#pragma once

#include <zlib.h>

#include <string>

namespace parley::http {

class GzipStream {
 public:
  GzipStream();
  ~GzipStream();
  GzipStream(const GzipStream&) = delete;
  GzipStream& operator=(const GzipStream&) = delete;

  // Compresses `in` and appends what is ready to *out; with `last`, ends
  // the gzip member (nothing may follow). Throws std::runtime_error when
  // zlib fails.
  void Add(const std::string& in, bool last, std::string* out);

 private:
  z_stream z_{};
  bool done_ = false;
};

}  // namespace parley::http
