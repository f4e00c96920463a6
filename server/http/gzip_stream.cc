// Streaming gzip with zlib's deflate (window bits 15 + 16 = gzip wrapper).
#include "http/gzip_stream.h"

#include <stdexcept>

namespace parley::http {

GzipStream::GzipStream() {
  if (deflateInit2(&z_, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
    throw std::runtime_error("gzip: deflateInit2 failed");
}

GzipStream::~GzipStream() { deflateEnd(&z_); }

void GzipStream::Add(const std::string& in, bool last, std::string* out) {
  if (done_) throw std::logic_error("gzip: data after the end");
  z_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  z_.avail_in = static_cast<uInt>(in.size());
  const int flush = last ? Z_FINISH : Z_NO_FLUSH;
  char buf[32768];
  int rc = Z_OK;
  do {
    z_.next_out = reinterpret_cast<Bytef*>(buf);
    z_.avail_out = sizeof buf;
    rc = deflate(&z_, flush);
    if (rc == Z_STREAM_ERROR) throw std::runtime_error("gzip: deflate failed");
    out->append(buf, sizeof buf - z_.avail_out);
  } while (z_.avail_out == 0 || (last && rc != Z_STREAM_END));
  done_ = last;
}

}  // namespace parley::http
