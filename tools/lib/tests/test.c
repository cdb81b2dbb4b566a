// SPDX-License-Identifier: GPL-2.0
/*
 * Unit tests of tools/lib/nextuse: on seeded random traces of several
 * shapes, nextuse_array() and nextuse_from() against a forward scan, and
 * opt_run() against the independent reference opt_naive_run(), access
 * by access.  Last line "N passed, M failed".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nextuse.h"

static unsigned long long rng = 88172645463325252ull;
static int passed, failed;

static uint32_t rnd(uint32_t n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (uint32_t)(rng % n);
}

static void check(int ok, const char *what, size_t n, size_t pages, size_t cap)
{
	if (ok) {
		passed++;
		return;
	}
	failed++;
	printf("FAIL: %s (n=%zu pages=%zu cap=%zu)\n", what, n, pages, cap);
}

/* a trace: uniform, skewed, or a loop over the pages */
static void gen(uint32_t *ids, size_t n, size_t pages, int shape)
{
	size_t i;

	for (i = 0; i < n; i++)
		ids[i] = shape == 0 ? rnd(pages) :
			 shape == 1 ? rnd(rnd(pages) + 1) : (uint32_t)(i % pages);
}

static void one(size_t n, size_t pages, int shape)
{
	uint32_t *ids = malloc(n * sizeof(*ids)), *next;
	uint8_t *h1 = malloc(n), *h2 = malloc(n);
	struct nextuse_index nu;
	size_t i, k, cap;
	int ok = 1;

	gen(ids, n, pages, shape);
	next = nextuse_array(ids, n, pages);
	check(next && !nextuse_index_build(&nu, ids, n, pages), "allocation", n, pages, 0);
	for (i = 0; i < n; i++) {
		uint64_t want = n + ids[i], t = rnd((uint32_t)n + 1);
		uint32_t p = rnd((uint32_t)pages);

		for (k = i + 1; k < n; k++)
			if (ids[k] == ids[i]) {
				want = k;
				break;
			}
		ok &= next[i] == want;
		for (k = t; k < n && ids[k] != p; k++)
			;
		ok &= nextuse_from(&nu, p, t) == (k < n ? k : UINT64_MAX);
		ok &= nextuse_from(&nu, ids[i], i) == i;
	}
	check(ok, "next use against a forward scan", n, pages, 0);
	for (cap = 1; cap <= pages + 1; cap += 1 + pages / 5) {
		int64_t m1 = opt_run(ids, next, n, pages, cap, h1);
		int64_t m2 = opt_naive_run(ids, n, cap, h2);

		check(m1 >= 0 && m1 == m2 && !memcmp(h1, h2, n),
		      "opt_run against opt_naive_run", n, pages, cap);
	}
	nextuse_index_free(&nu);
	free(next);
	free(ids);
	free(h1);
	free(h2);
}

int main(void)
{
	struct opt_cache c;
	uint32_t v;
	int shape, r;

	for (shape = 0; shape < 3; shape++)
		for (r = 0; r < 20; r++)
			one(1 + rnd(600), 1 + rnd(60), shape);
	/* by hand: 1 2 3 1 2 with 2 pages evicts 2 for 3 (it is used last) */
	{
		uint32_t ids[] = { 1, 2, 3, 1, 2 }, *next = nextuse_array(ids, 5, 4);
		uint8_t hits[5];

		check(opt_run(ids, next, 5, 4, 2, hits) == 4 && hits[3] && !hits[4],
		      "1 2 3 1 2 at 2 pages: one hit, on 1", 5, 4, 2);
		check(opt_cache_init(&c, 4, 2) == 0, "init", 5, 4, 2);
		opt_cache_access(&c, 1, next[0], &v);
		opt_cache_access(&c, 2, next[1], &v);
		opt_cache_access(&c, 3, next[2], &v);
		check(v == 2, "victim of the third page is 2", 5, 4, 2);
		opt_cache_free(&c);
		free(next);
	}
	check(opt_cache_init(&c, 4, 0) == -1, "a cache of 0 pages is refused", 0, 4, 0);
	check(!nextuse_fits(UINT32_MAX, 1), "n + nr_ids above 2^32 is refused", 0, 0, 0);
	printf("%d passed, %d failed\n", passed, failed);
	return failed != 0;
}
