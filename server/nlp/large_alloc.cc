// LargeAllocator's memory: aligned_alloc, and MADV_HUGEPAGE on the large
// blocks (see large_alloc.h for why).
#include "nlp/large_alloc.h"

#include <sys/mman.h>

#include <algorithm>
#include <cstdlib>
#include <new>

namespace parley::nlp {

namespace {

constexpr size_t kHugePage = size_t{2} << 20;
constexpr size_t kLarge = size_t{1} << 20;

}  // namespace

void* AllocateLarge(size_t bytes, size_t align) {
  if (bytes == 0) bytes = 1;
  const bool large = bytes >= kLarge;
  align = std::max(align, large ? kHugePage : alignof(std::max_align_t));
  // aligned_alloc wants a size that is a multiple of the alignment.
  const size_t size = (bytes + align - 1) / align * align;
  if (size < bytes) throw std::bad_alloc();
  void* p = std::aligned_alloc(align, size);
  if (p == nullptr) throw std::bad_alloc();
#ifdef MADV_HUGEPAGE
  // Advice only: an error (no THP support) leaves ordinary pages.
  if (large) madvise(p, size, MADV_HUGEPAGE);
#endif
  return p;
}

void FreeLarge(void* p) { std::free(p); }

}  // namespace parley::nlp
