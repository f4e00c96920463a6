// Open-addressing index from lower-cased token keys to dense ids.
//
// The per-token dictionary and lexicon lookups probe it with the hash Tokenize already stored in
// Token::hash, so a miss costs one probe into a flat array instead of hashing the string again
// and walking std::unordered_map nodes. Built once, then read-only; const methods are
// thread-safe.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "extract/tokens.h"

namespace parley::extract {

class KeyIndex {
 public:
  // The id of `key`, added if new. Ids are dense: 0, 1, 2, ...
  int Insert(std::string_view key) {
    const uint64_t h = KeyHash(key);
    if (int id = Find(key, h); id >= 0) return id;
    if ((keys_.size() + 1) * 2 > slots_.size()) Grow();
    const int id = static_cast<int>(keys_.size());
    keys_.emplace_back(key);
    Place({h, id});
    filter_[FilterBit(h) / 64] |= uint64_t{1} << (FilterBit(h) % 64);
    return id;
  }

  // The id of `key` (whose KeyHash is `hash`), or -1.
  int Find(std::string_view key, uint64_t hash) const {
    // Most tokens are no key: an 8 KB bitmap that stays in L1 rejects them without a cache
    // miss on the slot array.
    if (((filter_[FilterBit(hash) / 64] >> (FilterBit(hash) % 64)) & 1) == 0) return -1;
    const size_t mask = slots_.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.id < 0) return -1;
      if (s.hash == hash && keys_[s.id] == key) return s.id;
    }
  }
  int Find(std::string_view key) const { return Find(key, KeyHash(key)); }

  size_t size() const { return keys_.size(); }

 private:
  static constexpr size_t kFilterBits = 1 << 16;
  static size_t FilterBit(uint64_t hash) { return (hash >> 40) % kFilterBits; }

  struct Slot {
    uint64_t hash = 0;
    int id = -1;  // -1: empty
  };

  void Place(const Slot& s) {
    const size_t mask = slots_.size() - 1;
    size_t i = s.hash & mask;
    while (slots_[i].id >= 0) i = (i + 1) & mask;
    slots_[i] = s;
  }

  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
    for (const auto& s : old) {
      if (s.id >= 0) Place(s);
    }
  }

  std::vector<Slot> slots_;  // power-of-two size, at most half full
  std::vector<uint64_t> filter_ = std::vector<uint64_t>(kFilterBits / 64);  // bits of keys
  std::vector<std::string> keys_;
};

// A fixed set of lower-cased words, probed with the hash a token already carries.
class KeySet {
 public:
  KeySet(std::initializer_list<std::string_view> keys) {
    for (auto k : keys) index_.Insert(k);
  }
  // From keys gathered at run time (the nouns of several tables).
  explicit KeySet(const std::vector<std::string_view>& keys) {
    for (auto k : keys) index_.Insert(k);
  }
  bool Has(const Token& t) const { return index_.Find(t.lower, t.hash) >= 0; }
  bool Has(std::string_view key) const { return index_.Find(key) >= 0; }

 private:
  KeyIndex index_;
};

// One token-sequence pattern in a first-token bucket. Buckets such as "republic" or "the" hold
// dozens of patterns; comparing the second token's hash first skips nearly all of them without
// touching their strings.
struct SeqEntry {
  int index = -1;       // pattern id in the owner's table
  uint32_t length = 0;  // tokens
  uint64_t second = 0;  // KeyHash of the second token (0 for one-token patterns)
};

inline SeqEntry MakeSeqEntry(int index, const std::vector<std::string>& tokens) {
  return {index, static_cast<uint32_t>(tokens.size()), tokens.size() > 1 ? KeyHash(tokens[1]) : 0};
}

// Whether toks[i + 1 ..] continue `e`, whose tokens are `words` (the first already matched).
inline bool SeqMatches(const std::vector<Token>& toks, size_t i, const SeqEntry& e,
                       const std::vector<std::string>& words) {
  if (i + e.length > toks.size()) return false;
  if (e.length > 1 && toks[i + 1].hash != e.second) return false;
  for (size_t m = 1; m < e.length; ++m) {
    if (toks[i + m].lower != words[m]) return false;
  }
  return true;
}

}  // namespace parley::extract
