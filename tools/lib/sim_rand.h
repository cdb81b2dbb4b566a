/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Deterministic randomness of the trace generators (simgen.c) and of the
 * simulators' exploration: a seeded xorshift64* generator, a Fisher-Yates
 * permutation and Zipf(1) ranks drawn by inverse CDF (the swap and filera
 * families), and xoshiro256** seeded through splitmix64 (the cache
 * families, tools/cachesim's tests).  Libc types only, so that code built
 * with or without the kernel shims can include it.
 */
#ifndef _TOOLS_SIM_RAND_H
#define _TOOLS_SIM_RAND_H

#include <stdint.h>
#include <stdlib.h>

/* xorshift64*; *@s must not be 0 */
static inline uint64_t sim_rnd(uint64_t *s)
{
	*s ^= *s >> 12;
	*s ^= *s << 25;
	*s ^= *s >> 27;
	return *s * 2685821657736338717ULL;
}

static inline uint64_t sim_rnd_below(uint64_t *s, uint64_t n)
{
	return n ? sim_rnd(s) % n : 0;
}

/* @perm[0..n) = a random permutation of 0..n-1 (n >= 1) */
static inline void sim_shuffle(uint64_t *s, uint32_t *perm, uint64_t n)
{
	for (uint64_t i = 0; i < n; i++)
		perm[i] = (uint32_t)i;
	for (uint64_t i = n - 1; i > 0; i--) {
		uint64_t j = sim_rnd_below(s, i + 1);
		uint32_t x = perm[i];

		perm[i] = perm[j];
		perm[j] = x;
	}
}

/*
 * Cumulative Zipf(1) weights of ranks 1..n (n >= 1) in a malloc'ed
 * table; NULL when out of memory.  *@sum is the total weight.
 */
static inline double *sim_zipf_cdf(uint64_t n, double *sum)
{
	double *cdf = malloc(n * sizeof(*cdf));

	*sum = 0;
	if (!cdf)
		return NULL;
	for (uint64_t i = 0; i < n; i++) {
		*sum += 1.0 / (double)(i + 1);
		cdf[i] = *sum;
	}
	return cdf;
}

/* a rank 0..n-1 drawn from the table of sim_zipf_cdf() */
static inline uint64_t sim_zipf_draw(uint64_t *s, const double *cdf, uint64_t n, double sum)
{
	double u = (double)(sim_rnd(s) >> 11) / (double)(1ULL << 53) * sum;
	uint64_t lo = 0, hi = n - 1;

	while (lo < hi) {
		uint64_t mid = (lo + hi) / 2;

		if (cdf[mid] < u)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* splitmix64's finaliser: a 64-bit mix */
static inline uint64_t sim_mix64(uint64_t x)
{
	x += 0x9e3779b97f4a7c15ull;
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
	x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
	return x ^ (x >> 31);
}

/* xoshiro256** */
struct sim_rng256 {
	uint64_t s[4];
};

static inline void sim_rng256_seed(struct sim_rng256 *r, uint64_t seed)
{
	for (int i = 0; i < 4; i++) {
		seed += 0x9e3779b97f4a7c15ull;
		r->s[i] = sim_mix64(seed);
	}
}

static inline uint64_t sim_rotl64(uint64_t x, int k)
{
	return (x << k) | (x >> (64 - k));
}

static inline uint64_t sim_rng256_next(struct sim_rng256 *r)
{
	uint64_t *s = r->s;
	uint64_t res = sim_rotl64(s[1] * 5, 7) * 9, t = s[1] << 17;

	s[2] ^= s[0];
	s[3] ^= s[1];
	s[1] ^= s[2];
	s[0] ^= s[3];
	s[2] ^= t;
	s[3] = sim_rotl64(s[3], 45);
	return res;
}

/* uniform in [0, n), without modulo bias */
static inline uint64_t sim_rng256_below(struct sim_rng256 *r, uint64_t n)
{
	uint64_t lim, x;

	if (n <= 1)
		return 0;
	lim = -n % n;	/* 2^64 mod n: reject the biased low range */
	do
		x = sim_rng256_next(r);
	while (x < lim);
	return x % n;
}

/* [0, 1) with 53 bits */
static inline double sim_rng256_unit(struct sim_rng256 *r)
{
	return (double)(sim_rng256_next(r) >> 11) * (1.0 / 9007199254740992.0);
}

#endif /* _TOOLS_SIM_RAND_H */
