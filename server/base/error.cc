// Error code tables.
#include "base/error.h"

namespace parley {

int HttpStatus(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalidArgument:
      return 400;
    case ErrorCode::kUnauthorized:
      return 401;
    case ErrorCode::kNotFound:
      return 404;
    case ErrorCode::kConflict:
      return 409;
    case ErrorCode::kPayloadTooLarge:
      return 413;
    case ErrorCode::kUnprocessable:
      return 422;
    case ErrorCode::kUnavailable:
      return 503;
    case ErrorCode::kInternal:
      return 500;
    case ErrorCode::kStorageFull:
      return 507;
    case ErrorCode::kStorageFailed:
      return 500;
  }
  return 500;
}

bool IsStorageError(ErrorCode code) {
  return code == ErrorCode::kStorageFull || code == ErrorCode::kStorageFailed;
}

const char* ErrorTitle(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalidArgument:
      return "Bad Request";
    case ErrorCode::kUnauthorized:
      return "Unauthorized";
    case ErrorCode::kNotFound:
      return "Not Found";
    case ErrorCode::kConflict:
      return "Conflict";
    case ErrorCode::kPayloadTooLarge:
      return "Payload Too Large";
    case ErrorCode::kUnprocessable:
      return "Unprocessable Content";
    case ErrorCode::kUnavailable:
      return "Service Unavailable";
    case ErrorCode::kInternal:
      return "Internal Server Error";
    case ErrorCode::kStorageFull:
      return "Insufficient Storage";
    case ErrorCode::kStorageFailed:
      return "Internal Server Error";
  }
  return "Internal Server Error";
}

}  // namespace parley
