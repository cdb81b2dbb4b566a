/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Deterministic randomness for the trace simulators (tools/swapsim,
 * tools/filerasim): a seeded xorshift64* generator, a Fisher-Yates
 * permutation and Zipf(1) ranks drawn by inverse CDF.  One copy, so
 * both simulators generate the same families from the same seeds.
 */
#ifndef _TOOLS_SIM_RAND_H
#define _TOOLS_SIM_RAND_H

#include <stdlib.h>
#include <linux/types.h>

/* xorshift64*; *@s must not be 0 */
static inline u64 sim_rnd(u64 *s)
{
	*s ^= *s >> 12;
	*s ^= *s << 25;
	*s ^= *s >> 27;
	return *s * 2685821657736338717ULL;
}

static inline u64 sim_rnd_below(u64 *s, u64 n)
{
	return n ? sim_rnd(s) % n : 0;
}

/* @perm[0..n) = a random permutation of 0..n-1 (n >= 1) */
static inline void sim_shuffle(u64 *s, u32 *perm, u64 n)
{
	for (u64 i = 0; i < n; i++)
		perm[i] = (u32)i;
	for (u64 i = n - 1; i > 0; i--) {
		u64 j = sim_rnd_below(s, i + 1);
		u32 x = perm[i];

		perm[i] = perm[j];
		perm[j] = x;
	}
}

/*
 * Cumulative Zipf(1) weights of ranks 1..n (n >= 1) in a malloc'ed
 * table; NULL when out of memory.  *@sum is the total weight.
 */
static inline double *sim_zipf_cdf(u64 n, double *sum)
{
	double *cdf = malloc(n * sizeof(*cdf));

	*sum = 0;
	if (!cdf)
		return NULL;
	for (u64 i = 0; i < n; i++) {
		*sum += 1.0 / (double)(i + 1);
		cdf[i] = *sum;
	}
	return cdf;
}

/* a rank 0..n-1 drawn from the table of sim_zipf_cdf() */
static inline u64 sim_zipf_draw(u64 *s, const double *cdf, u64 n, double sum)
{
	double u = (double)(sim_rnd(s) >> 11) / (double)(1ULL << 53) * sum;
	u64 lo = 0, hi = n - 1;

	while (lo < hi) {
		u64 mid = (lo + hi) / 2;

		if (cdf[mid] < u)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

#endif /* _TOOLS_SIM_RAND_H */
