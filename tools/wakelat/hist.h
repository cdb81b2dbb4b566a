/* SPDX-License-Identifier: GPL-2.0 */
/*
 * hist.h: a fixed log2/linear histogram of nanosecond values (no
 * allocation; adding a value is a few instructions).
 *
 * Values below 2^HIST_SUB_BITS (32 ns) have a bucket each (exact).  Above,
 * every power of two [2^e, 2^(e+1)) is split into 2^HIST_SUB_BITS equal
 * buckets of width 2^(e - HIST_SUB_BITS): a bucket spans less than 1/32 of
 * its values (relative error < 3.2%).  Values of 2^HIST_MAX_BITS ns (68.7 s)
 * and more share the last bucket.  The maximum is also kept exactly.
 *
 * hist_pct() returns the upper bound of the bucket that holds the value of
 * rank ceil(n * permille / 1000) (the smallest value v such that at least
 * that many values are <= v, rounded up to its bucket's end), clamped to
 * the exact maximum: so p50 <= p90 <= p99 <= max always holds, and a
 * percentile is never below the true one, and at most 1/32 above it.
 */
#ifndef WAKELAT_HIST_H
#define WAKELAT_HIST_H

#include <stdint.h>

#define HIST_SUB_BITS	5
#define HIST_SUB	(1u << HIST_SUB_BITS)
#define HIST_MAX_BITS	36
#define HIST_BUCKETS	((HIST_MAX_BITS - HIST_SUB_BITS + 1) * HIST_SUB)

struct hist {
	uint64_t n;
	uint64_t max;
	uint64_t sum;
	uint64_t b[HIST_BUCKETS];
};

static inline unsigned int hist_idx(uint64_t v)
{
	unsigned int e;

	if (v >= 1ULL << HIST_MAX_BITS)
		v = (1ULL << HIST_MAX_BITS) - 1;
	if (v < HIST_SUB)
		return (unsigned int)v;
	e = 63 - (unsigned int)__builtin_clzll(v);
	return (e - HIST_SUB_BITS + 1) * HIST_SUB +
	       (unsigned int)((v >> (e - HIST_SUB_BITS)) & (HIST_SUB - 1));
}

/* The smallest and the largest value of bucket i. */
static inline uint64_t hist_lo(unsigned int i)
{
	unsigned int g = i / HIST_SUB, s = i % HIST_SUB;

	if (g == 0)
		return s;
	return (uint64_t)(HIST_SUB + s) << (g - 1);
}

static inline uint64_t hist_hi(unsigned int i)
{
	unsigned int g = i / HIST_SUB;

	return hist_lo(i) + (g == 0 ? 0 : (1ULL << (g - 1)) - 1);
}

static inline void hist_add(struct hist *h, uint64_t v)
{
	h->b[hist_idx(v)]++;
	h->n++;
	h->sum += v;
	if (v > h->max)
		h->max = v;
}

static inline void hist_merge(struct hist *to, const struct hist *from)
{
	for (unsigned int i = 0; i < HIST_BUCKETS; i++)
		to->b[i] += from->b[i];
	to->n += from->n;
	to->sum += from->sum;
	if (from->max > to->max)
		to->max = from->max;
}

/* Percentile permille/1000 (0 < permille <= 1000); 0 when empty. */
static inline uint64_t hist_pct(const struct hist *h, unsigned int permille)
{
	uint64_t rank, cum = 0;

	if (!h->n)
		return 0;
	rank = (h->n * permille + 999) / 1000;
	if (rank < 1)
		rank = 1;
	for (unsigned int i = 0; i < HIST_BUCKETS; i++) {
		cum += h->b[i];
		if (cum >= rank)
			return hist_hi(i) < h->max ? hist_hi(i) : h->max;
	}
	return h->max;
}

#endif
