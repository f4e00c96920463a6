// Error: the one exception type that ends a request or a command.
//
// Thread-safe: values only. Expected failures (a missing row, a duplicate
// document) are return values; Error is for conditions that end the work in
// hand and map onto an HTTP status or a CLI exit code.
#pragma once

#include <stdexcept>
#include <string>

namespace parley {

enum class ErrorCode {
  kInvalidArgument,  // 400: malformed input
  kUnauthorized,     // 401: missing or wrong token
  kNotFound,         // 404
  kConflict,         // 409
  kPayloadTooLarge,  // 413
  kUnprocessable,    // 422: well-formed but semantically wrong
  kUnavailable,      // 503: database busy or closed; worth retrying soon
  kInternal,         // 500: a bug
  kStorageFull,      // 507: the disk (or file-size limit) holding the database is full
  kStorageFailed,    // 500: the database cannot be written (read-only, I/O error)
};

// Is `code` a condition of the storage itself (full, read-only, failing),
// which the next write will meet as well? Work that writes stops there.
bool IsStorageError(ErrorCode code);

class Error : public std::runtime_error {
 public:
  // `param` names the offending request parameter, if any.
  Error(ErrorCode code, const std::string& message, std::string param = {})
      : std::runtime_error(message), code_(code), param_(std::move(param)) {}
  ErrorCode code() const { return code_; }
  const std::string& param() const { return param_; }

 private:
  ErrorCode code_;
  std::string param_;
};

// HTTP status for an error code.
int HttpStatus(ErrorCode code);
// Short human title for an error code ("Not Found").
const char* ErrorTitle(ErrorCode code);

}  // namespace parley
