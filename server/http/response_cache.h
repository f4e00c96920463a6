// ResponseCache: finished GET responses of the API (body, ETag, gzip form),
// keyed by request target and valid for one Store::DataVersion(). A repeated
// read then costs neither SQL, JSON nor hashing; any committed write moves
// the version and so retires every entry at once.
//
// Thread-safe: sharded, one mutex per shard.
#pragma once

#include <cstddef>
#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "http/message.h"

namespace parley::http {

struct CachedResponse {
  Response response;      // status 200, ETag set, identity body
  std::string gzip_body;  // empty when the body is too small to compress
};

class ResponseCache {
 public:
  // Holds at most about `capacity_bytes` of responses; 0 disables the cache.
  explicit ResponseCache(size_t capacity_bytes);

  bool enabled() const { return capacity_ > 0; }

  // The entry for `key` stored under `version`, or null (absent, or stored
  // under another version, in which case it is dropped).
  std::shared_ptr<const CachedResponse> Get(const std::string& key, uint64_t version);

  // Stores `value` for `key` under `version`, evicting the least recently
  // used entries of its shard beyond the capacity. Entries larger than a
  // shard's share are not stored.
  void Put(const std::string& key, uint64_t version, std::shared_ptr<const CachedResponse> value);

  // Bytes held now (keys and bodies).
  size_t bytes() const;

 private:
  struct Entry {
    std::string key;
    uint64_t version;
    std::shared_ptr<const CachedResponse> value;
    size_t bytes;
  };
  struct Shard {
    mutable std::mutex mu;
    std::list<Entry> lru;  // most recent first
    std::unordered_map<std::string, std::list<Entry>::iterator> index;
    size_t bytes = 0;
  };
  static constexpr size_t kShards = 16;

  Shard& ShardFor(const std::string& key);
  static void Erase(Shard& shard, std::list<Entry>::iterator it);

  size_t capacity_;
  size_t shard_capacity_;
  std::vector<Shard> shards_;
};

}  // namespace parley::http
