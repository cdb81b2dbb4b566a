/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Key sets for the learned index tests and benchmarks, shared by the KUnit
 * suites (learned/index_test.c, learned/index_bench.c) and the userspace
 * twin (tools/index/), so that both see bit-identical extents for a given
 * distribution, size and seed.  Integer arithmetic only.
 */
#ifndef _LEARNED_INDEX_GEN_H
#define _LEARNED_INDEX_GEN_H

#include <linux/learned_index.h>
#include <linux/math64.h>
#include <linux/minmax.h>
#include <linux/types.h>

/* ext4 caps an initialised extent at 32768 blocks. */
#define LI_GEN_MAX_LEN		32768U

enum li_dist {
	LI_DIST_RANDOM,		/* uniform random keys over 2^32 (exponential gaps) */
	LI_DIST_RUNS,		/* runs of back-to-back extents, holes between */
	LI_DIST_FRAG,		/* a fragmented file: adjacent short extents */
	LI_DIST_EXP,		/* adversarial: 64 gaps growing by 9/8 each, repeated */
	LI_DIST_STEP,		/* adversarial: bursts of 40 blocks, jumps of 2^13 */
	LI_DIST_WIDE,		/* random u64 keys up to U64_MAX (tests only) */
	LI_DIST_NR,
};

/* Distributions whose keys fit 32 bits (ext4 logical blocks). */
#define LI_DIST_NR_U32		LI_DIST_WIDE

static const char * const li_dist_names[LI_DIST_NR] = {
	[LI_DIST_RANDOM] = "random",
	[LI_DIST_RUNS] = "runs",
	[LI_DIST_FRAG] = "frag",
	[LI_DIST_EXP] = "exp",
	[LI_DIST_STEP] = "step",
	[LI_DIST_WIDE] = "wide",
};

/* splitmix64: small, fast, and the same in the kernel and in userspace. */
static inline u64 li_rand(u64 *state)
{
	u64 z = (*state += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

/* Uniform in [0, n) for n >= 1 (the modulo bias is irrelevant here). */
static inline u64 li_rand_below(u64 *state, u64 n)
{
	return li_rand(state) % n;
}

/*
 * An exponentially distributed gap of mean about @mean (>= 1), in integer
 * arithmetic: -ln(U) = ln 2 * -log2(U), with log2 interpolated linearly
 * between powers of two.  Always >= 1.
 */
static inline u64 li_rand_exp_gap(u64 *state, u64 mean)
{
	u64 r = li_rand(state) | 1;
	unsigned int z = __builtin_clzll(r);
	/* the 16 bits after the leading one: fraction f of U = 2^-(z+1) * (1 + f) */
	u64 f = z < 47 ? (r << (z + 1)) >> 48 : 0;
	u64 t = ((u64)(z + 1) << 16) - f;	/* ~ -log2(U) in Q16 */

	/* times ln 2 (45426 / 2^16); mean <= 2^56 keeps the product in range */
	return 1 + mul_u64_u64_shr(min_t(u64, mean, 1ULL << 56), (t * 45426) >> 16, 16);
}

/*
 * li_gen() - fill @ext with @n sorted, non-overlapping extents
 * @d: distribution
 * @seed: seed; equal arguments give equal extents
 * @ext: output, room for @n
 * @n: number of extents, 1 to 10^7 (keys of the 32-bit distributions stay
 *	below 2^32 up to that size)
 *
 * Return: @n.
 */
static inline u32 li_gen(enum li_dist d, u64 seed, struct learned_extent *ext,
			 u32 n)
{
	u64 st = seed ^ ((u64)d << 56) ^ n, key = 0, pblk, gap, mean, gq = 0;
	u32 i, run = 0, rlen = 1, maxlen;

	pblk = li_rand_below(&st, 1ULL << 31);
	for (i = 0; i < n; i++) {
		switch (d) {
		case LI_DIST_RANDOM:
			mean = (1ULL << 32) / n / 2;
			gap = li_rand_exp_gap(&st, mean ? mean : 1);
			maxlen = gap < 16 ? gap : 16;
			ext[i].lblk = key;
			ext[i].len = 1 + li_rand_below(&st, maxlen);
			ext[i].pblk = li_rand_below(&st, 1ULL << 32);
			key += gap;
			break;
		case LI_DIST_RUNS:
			if (!run) {
				/* new run: 16..1023 extents of rlen blocks */
				run = 16 + li_rand_below(&st, 1008);
				rlen = 1 + li_rand_below(&st, 64);
				key += li_rand_below(&st, 4096);
				pblk = li_rand_below(&st, 1ULL << 32);
			}
			ext[i].lblk = key;
			ext[i].len = rlen;
			ext[i].pblk = pblk;
			key += rlen;
			pblk += rlen + 1 + li_rand_below(&st, 4);
			run--;
			break;
		case LI_DIST_FRAG:
			ext[i].lblk = key;
			ext[i].len = 1 + li_rand_below(&st, 8);
			ext[i].pblk = li_rand_below(&st, 1ULL << 32);
			key += ext[i].len;
			break;
		case LI_DIST_EXP:
			/* exponential spacing within cycles of 64 keys */
			if (!(i % 64))
				gq = 1 << 16;
			ext[i].lblk = key;
			gap = gq >> 16;
			gq = gq * 9 / 8;
			ext[i].len = gap < 8 ? gap : 8;
			ext[i].pblk = li_rand_below(&st, 1ULL << 32);
			key += gap;
			break;
		case LI_DIST_STEP:
			/* a staircase: each burst needs its own segment when eps < 40 */
			ext[i].lblk = key;
			ext[i].len = 1;
			ext[i].pblk = li_rand_below(&st, 1ULL << 32);
			key += (i % 40 == 39) ? 1ULL << 13 : 1;
			break;
		case LI_DIST_WIDE:
		default:
			mean = U64_MAX / n / 2;
			gap = li_rand_exp_gap(&st, mean);
			if (key + gap < key)	/* keep keys increasing */
				gap = (U64_MAX - key) / (n - i + 1) + 1;
			ext[i].lblk = key;
			ext[i].len = 1 + li_rand_below(&st, LI_GEN_MAX_LEN);
			if (ext[i].len > gap)
				ext[i].len = gap;
			ext[i].pblk = li_rand(&st);
			key += gap;
			break;
		}
	}
	return n;
}

#endif /* _LEARNED_INDEX_GEN_H */
