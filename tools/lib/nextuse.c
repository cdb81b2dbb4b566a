// SPDX-License-Identifier: GPL-2.0
/*
 * tools/lib/nextuse: next use of a page and Belady's OPT (see nextuse.h).
 *
 * nextuse_array() is one backward pass: "the last position seen for this
 * page" is a flat array indexed by id.  OPT keeps the resident pages in an
 * indexed max-heap (iheap.c) keyed by their next use; as no two pages
 * share a key (nextuse_array()), its victims do not depend on how the heap
 * breaks ties.
 */
#include <stdlib.h>
#include <string.h>

#include "nextuse.h"

uint32_t *nextuse_array(const uint32_t *ids, size_t n, size_t nr_ids)
{
	uint32_t *next = malloc((n ? n : 1) * sizeof(*next));
	uint32_t *last = malloc((nr_ids ? nr_ids : 1) * sizeof(*last));
	size_t i;

	if (!next || !last || !nextuse_fits(n, nr_ids)) {
		free(next);
		free(last);
		return NULL;
	}
	for (i = 0; i < nr_ids; i++)
		last[i] = (uint32_t)(n + i);
	for (i = n; i-- > 0;) {
		next[i] = last[ids[i]];
		last[ids[i]] = (uint32_t)i;
	}
	free(last);
	return next;
}

int nextuse_index_build(struct nextuse_index *nu, const uint32_t *ids, size_t n,
			size_t nr_ids)
{
	uint64_t *fill = calloc(nr_ids ? nr_ids : 1, sizeof(*fill));
	size_t i;

	nu->start = calloc(nr_ids + 1, sizeof(*nu->start));
	nu->times = malloc((n ? n : 1) * sizeof(*nu->times));
	if (!nu->start || !nu->times || !fill) {
		free(fill);
		nextuse_index_free(nu);
		return -1;
	}
	for (i = 0; i < n; i++)
		nu->start[ids[i] + 1]++;
	for (i = 0; i < nr_ids; i++)
		nu->start[i + 1] += nu->start[i];
	for (i = 0; i < n; i++)
		nu->times[nu->start[ids[i]] + fill[ids[i]]++] = i;
	free(fill);
	return 0;
}

void nextuse_index_free(struct nextuse_index *nu)
{
	free(nu->start);
	free(nu->times);
	nu->start = NULL;
	nu->times = NULL;
}

uint64_t nextuse_from(const struct nextuse_index *nu, uint32_t id, uint64_t now)
{
	uint64_t lo = nu->start[id], hi = nu->start[id + 1];

	while (lo < hi) {
		uint64_t mid = lo + (hi - lo) / 2;

		if (nu->times[mid] < now)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < nu->start[id + 1] ? nu->times[lo] : UINT64_MAX;
}

int opt_cache_init(struct opt_cache *c, size_t nr_ids, size_t cap)
{
	c->cap = cap;
	if (!cap)
		return -1;
	return ih_alloc(&c->heap, nr_ids, cap < nr_ids ? cap : nr_ids);
}

void opt_cache_free(struct opt_cache *c)
{
	ih_free(&c->heap);
}

bool opt_cache_access(struct opt_cache *c, uint32_t id, uint32_t next, uint32_t *victim)
{
	*victim = IHEAP_NONE;
	if (c->heap.pos[id] != IHEAP_NONE) {
		ih_update(&c->heap, id, next, 0);
		return true;
	}
	if (c->heap.n == c->cap)
		*victim = ih_pop(&c->heap);
	ih_insert(&c->heap, id, next, 0);
	return false;
}

int64_t opt_run(const uint32_t *ids, const uint32_t *next, size_t n, size_t nr_ids,
		size_t cap, uint8_t *hits)
{
	struct opt_cache c;
	int64_t misses = 0;
	uint32_t victim;
	size_t i;

	if (opt_cache_init(&c, nr_ids, cap))
		return -1;
	for (i = 0; i < n; i++) {
		bool hit = opt_cache_access(&c, ids[i], next[i], &victim);

		if (hits)
			hits[i] = hit;
		misses += !hit;
	}
	opt_cache_free(&c);
	return misses;
}

/*
 * On each miss with a full cache, for every resident page scan the future
 * trace for its next access; evict the page whose next access is furthest
 * (never = n + id, as above).
 */
int64_t opt_naive_run(const uint32_t *ids, size_t n, size_t cap, uint8_t *hits)
{
	uint32_t *res = malloc((cap ? cap : 1) * sizeof(*res));
	size_t used = 0, i, j, k;
	int64_t misses = 0;

	if (!res)
		return -1;
	for (i = 0; i < n; i++) {
		uint32_t id = ids[i];
		size_t best = 0;
		uint64_t bestnext = 0;
		bool hit = false;

		for (j = 0; j < used; j++)
			if (res[j] == id)
				hit = true;
		if (hits)
			hits[i] = hit;
		if (hit)
			continue;
		misses++;
		if (used < cap) {
			res[used++] = id;
			continue;
		}
		for (j = 0; j < used; j++) {
			uint64_t nx = (uint64_t)n + res[j];

			for (k = i + 1; k < n; k++)
				if (ids[k] == res[j]) {
					nx = k;
					break;
				}
			if (nx > bestnext) {
				bestnext = nx;
				best = j;
			}
		}
		res[best] = id;
	}
	free(res);
	return misses;
}
