// ResponseCache: a sharded LRU of finished API responses, see the header.
#include "http/response_cache.h"

#include <functional>

namespace parley::http {

ResponseCache::ResponseCache(size_t capacity_bytes)
    : capacity_(capacity_bytes), shard_capacity_(capacity_bytes / kShards), shards_(kShards) {}

ResponseCache::Shard& ResponseCache::ShardFor(const std::string& key) {
  return shards_[std::hash<std::string>{}(key) % kShards];
}

void ResponseCache::Erase(Shard& shard, std::list<Entry>::iterator it) {
  shard.bytes -= it->bytes;
  shard.index.erase(it->key);
  shard.lru.erase(it);
}

std::shared_ptr<const CachedResponse> ResponseCache::Get(const std::string& key, uint64_t version) {
  if (!enabled()) return nullptr;
  Shard& shard = ShardFor(key);
  std::lock_guard<std::mutex> lock(shard.mu);
  auto found = shard.index.find(key);
  if (found == shard.index.end()) return nullptr;
  auto it = found->second;
  if (it->version != version) {
    Erase(shard, it);
    return nullptr;
  }
  shard.lru.splice(shard.lru.begin(), shard.lru, it);
  return it->value;
}

void ResponseCache::Put(const std::string& key, uint64_t version,
                        std::shared_ptr<const CachedResponse> value) {
  if (!enabled() || !value) return;
  // Key, both bodies and a rough allowance for headers and bookkeeping.
  const size_t bytes = 2 * key.size() + value->response.body.size() + value->gzip_body.size() + 256;
  if (bytes > shard_capacity_) return;
  Shard& shard = ShardFor(key);
  std::lock_guard<std::mutex> lock(shard.mu);
  auto found = shard.index.find(key);
  if (found != shard.index.end()) {
    // A newer version replaces an older one; never the other way round.
    if (found->second->version > version) return;
    Erase(shard, found->second);
  }
  shard.lru.push_front(Entry{key, version, std::move(value), bytes});
  shard.index.emplace(key, shard.lru.begin());
  shard.bytes += bytes;
  while (shard.bytes > shard_capacity_ && !shard.lru.empty())
    Erase(shard, std::prev(shard.lru.end()));
}

size_t ResponseCache::bytes() const {
  size_t total = 0;
  for (const auto& shard : shards_) {
    std::lock_guard<std::mutex> lock(shard.mu);
    total += shard.bytes;
  }
  return total;
}

}  // namespace parley::http
