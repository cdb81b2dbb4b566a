// SPDX-License-Identifier: GPL-2.0
/*
 * cachesim: LRU stack distances (Mattson et al., 1970), an independent
 * route to LRU miss counts at every cache size at once.
 *
 * LRU has the stack property: a cache of C pages holds exactly the C most
 * recently used pages, so access i hits iff its stack distance (the number
 * of distinct pages touched since the previous access to the same page,
 * that page included) is <= C.  stack_distances() computes the distance
 * with a Fenwick tree over positions that marks, for each page, only its
 * most recent access: the distance is 1 + the number of marks strictly
 * between the previous access and now (Bennett and Kruskal's method,
 * O(n log n)).  mattson_naive_misses() keeps the literal LRU stack in an
 * array and moves the page to the top, O(n * pages).  Neither shares any
 * code with the list-based LRU policy in simple.c.
 */
#include <stdlib.h>
#include <string.h>

#include "cachesim.h"

static void bit_add(u32 *bit, size_t n, size_t i, int d)
{
	for (i++; i <= n; i += i & (~i + 1))
		bit[i - 1] += (u32)d;
}

static u64 bit_sum(const u32 *bit, size_t i)	/* sum over [0, i) */
{
	u64 s = 0;

	for (; i > 0; i -= i & (~i + 1))
		s += bit[i - 1];
	return s;
}

u32 *stack_distances(const struct cs_trace *t)
{
	u32 *dist = xmalloc(t->n * sizeof(u32));
	u32 *bit = xcalloc(t->n, sizeof(u32));
	u64 *last = xmalloc(t->nr_ids * sizeof(u64));
	size_t i;

	for (i = 0; i < t->nr_ids; i++)
		last[i] = UINT64_MAX;
	for (i = 0; i < t->n; i++) {
		u32 id = t->id[i];

		if (last[id] == UINT64_MAX) {
			dist[i] = 0;
		} else {
			dist[i] = (u32)(1 + bit_sum(bit, i) - bit_sum(bit, last[id] + 1));
			bit_add(bit, t->n, last[id], -1);
		}
		bit_add(bit, t->n, i, 1);
		last[id] = i;
	}
	free(bit);
	free(last);
	return dist;
}

void lru_mrc_from_distances(const struct cs_trace *t, const u32 *dist, size_t maxsize,
			    u64 *out)
{
	u64 *hist = xcalloc(maxsize + 1, sizeof(u64));
	u64 hits = 0;
	size_t i, c;

	for (i = 0; i < t->n; i++)
		if (dist[i] && dist[i] <= maxsize)
			hist[dist[i]]++;
	out[0] = t->n;
	for (c = 1; c <= maxsize; c++) {
		hits += hist[c];
		out[c] = t->n - hits;
	}
	free(hist);
}

void mattson_naive_curve(const struct cs_trace *t, size_t maxsize, u64 *out)
{
	u32 *stack = xmalloc((t->nr_ids + 1) * sizeof(u32));
	u64 *hist = xcalloc(maxsize + 1, sizeof(u64)), hits = 0;
	size_t depth = 0, i, j, c;

	for (i = 0; i < t->n; i++) {
		u32 id = t->id[i];

		for (j = 0; j < depth && stack[j] != id; j++)
			;
		if (j == depth)
			depth++;
		else if (j + 1 <= maxsize)
			hist[j + 1]++;
		memmove(stack + 1, stack, j * sizeof(u32));
		stack[0] = id;
	}
	free(stack);
	out[0] = t->n;
	for (c = 1; c <= maxsize; c++) {
		hits += hist[c];
		out[c] = t->n - hits;
	}
	free(hist);
}
