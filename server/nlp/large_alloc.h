// LargeVector: std::vector over memory for the big model tables (weight
// tables, decompressed model files, per-thread score caches), which
// asks the kernel for transparent huge pages.
//
// Why: these tables are tens of MB, filled once and then read at random.
// With 4 KB pages, filling them costs one page fault per 4 KB (about 7 us
// each on the virtual machines Parley runs on: most of a model's load time),
// and every random lookup risks a TLB miss. Allocations of 1 MB or more are
// aligned to 2 MB and marked MADV_HUGEPAGE (the kernel may decline; the
// memory is then ordinary). Smaller ones are plain aligned allocations.
//
// Thread-safe: the allocator has no state.
#pragma once

#include <cstddef>
#include <vector>

namespace parley::nlp {

// `bytes` of memory aligned to at least `align` (a power of two), or throws
// std::bad_alloc. Release with FreeLarge.
void* AllocateLarge(size_t bytes, size_t align);
void FreeLarge(void* p);

template <typename T>
struct LargeAllocator {
  using value_type = T;
  LargeAllocator() = default;
  template <typename U>
  explicit LargeAllocator(const LargeAllocator<U>& /*other*/) {}
  T* allocate(size_t n) { return static_cast<T*>(AllocateLarge(n * sizeof(T), alignof(T))); }
  void deallocate(T* p, size_t /*n*/) { FreeLarge(p); }
  friend bool operator==(const LargeAllocator& /*a*/, const LargeAllocator& /*b*/) { return true; }
};

template <typename T>
using LargeVector = std::vector<T, LargeAllocator<T>>;

}  // namespace parley::nlp
