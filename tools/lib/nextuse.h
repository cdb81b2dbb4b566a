/* SPDX-License-Identifier: GPL-2.0 */
/*
 * tools/lib/nextuse: the next use of a page in an access trace, and
 * Belady's OPT (MIN) for a demand-paged cache built on it.  The one copy
 * every simulator and labeller in tools/ uses.
 *
 * A trace is ids[0..n-1], dense page ids in [0, nr_ids).  Functions that
 * allocate return NULL or -1 when memory runs out; the caller reports it.
 */
#ifndef TOOLS_NEXTUSE_H
#define TOOLS_NEXTUSE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "iheap.h"

/*
 * next[i] = the position of the next access to page ids[i] after i, or
 * n + ids[i] if there is none: larger than every position and distinct
 * per page, so OPT's victims are unique.  Needs n + nr_ids <= 2^32
 * (nextuse_fits()).  Returns a malloc'ed array of n, or NULL.
 */
uint32_t *nextuse_array(const uint32_t *ids, size_t n, size_t nr_ids);

static inline bool nextuse_fits(size_t n, size_t nr_ids)
{
	return (uint64_t)n + nr_ids <= UINT32_MAX;
}

/* The next use of any page from any time: sorted access times per page. */
struct nextuse_index {
	uint64_t *start;	/* [nr_ids + 1]: offset of each page's times */
	uint64_t *times;	/* [n] */
};

int nextuse_index_build(struct nextuse_index *nu, const uint32_t *ids, size_t n,
			size_t nr_ids);
void nextuse_index_free(struct nextuse_index *nu);
/* First access of page @id at or after time @now, or UINT64_MAX. */
uint64_t nextuse_from(const struct nextuse_index *nu, uint32_t id, uint64_t now);

/* Belady's OPT: resident pages in a max-heap on their next use. */
struct opt_cache {
	struct iheap heap;	/* k1 = next use */
	size_t cap;
};

/* @cap >= 1 pages; 0, or -1 (no memory, or @cap is 0) */
int opt_cache_init(struct opt_cache *c, size_t nr_ids, size_t cap);
void opt_cache_free(struct opt_cache *c);
/*
 * Access page @id whose next use is @next (nextuse_array()).  Returns true
 * on a hit.  On a miss with a full cache the page used furthest in the
 * future leaves it: *victim, else *victim = IHEAP_NONE.
 */
bool opt_cache_access(struct opt_cache *c, uint32_t id, uint32_t next, uint32_t *victim);

/*
 * Replay ids[] (next[] from nextuse_array()) through OPT with @cap pages:
 * the number of misses, hits[i] (optional) for every access; -1 if out of
 * memory.
 */
int64_t opt_run(const uint32_t *ids, const uint32_t *next, size_t n, size_t nr_ids,
		size_t cap, uint8_t *hits);

/*
 * Reference for tests: the same definition with no precomputation and no
 * heap, O(n * cap * n).  Small traces only.
 */
int64_t opt_naive_run(const uint32_t *ids, size_t n, size_t cap, uint8_t *hits);

#endif /* TOOLS_NEXTUSE_H */
