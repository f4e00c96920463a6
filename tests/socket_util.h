// ReadToEnd: reads a raw Asio socket until the peer closes it, for the
// integration tests that speak bytes to the server without an HTTP client.
// Thread-safety: as the socket's.
#pragma once

#include <boost/asio/ip/tcp.hpp>
#include <string>

namespace parley::testing {

// Reads from `sock` until the peer closes it.
inline std::string ReadToEnd(boost::asio::ip::tcp::socket& sock) {
  std::string out;
  boost::system::error_code ec;
  char buf[4096];
  for (;;) {
    size_t n = sock.read_some(boost::asio::buffer(buf), ec);
    if (ec) break;
    out.append(buf, n);
  }
  return out;
}

}  // namespace parley::testing
