// SPDX-License-Identifier: GPL-2.0
/*
 * Unit tests of hist.h: bucket bounds hold every value, buckets are
 * contiguous and within 1/32 of their values, percentiles of known
 * distributions.  Prints one line per failure and "N passed, M failed".
 */
#include <stdio.h>
#include <string.h>

#include "hist.h"

static int pass, fail;

#define CHECK(cond, ...) do {					\
	if (cond) {						\
		pass++;						\
	} else {						\
		fail++;						\
		printf("FAIL: %s: ", #cond);			\
		printf(__VA_ARGS__);				\
		printf("\n");					\
	}							\
} while (0)

static struct hist h;

static void reset(void)
{
	memset(&h, 0, sizeof(h));
}

/* every value lies in its bucket, and the bucket is narrow */
static void check_value(uint64_t v)
{
	unsigned int i = hist_idx(v);
	int ok = i < HIST_BUCKETS && hist_lo(i) <= v && v <= hist_hi(i) &&
		 (hist_hi(i) - hist_lo(i)) * HIST_SUB <= hist_lo(i);

	if (!ok) {
		fail++;
		printf("FAIL: value %llu: bucket %u [%llu, %llu]\n", (unsigned long long)v, i,
		       (unsigned long long)hist_lo(i), (unsigned long long)hist_hi(i));
	}
}

int main(void)
{
	uint64_t x = 88172645463325252ULL;
	int before = fail;

	/* bounds: small values, powers of two and their neighbours, pseudo-random */
	for (uint64_t v = 0; v < 4096; v++)
		check_value(v);
	for (int e = 1; e < HIST_MAX_BITS; e++) {
		check_value((1ULL << e) - 1);
		check_value(1ULL << e);
		check_value((1ULL << e) + 1);
	}
	for (int k = 0; k < 100000; k++) {
		x ^= x << 13;
		x ^= x >> 7;
		x ^= x << 17;
		check_value(x % (1ULL << HIST_MAX_BITS));
	}
	CHECK(fail == before, "values outside their bucket");
	pass++;

	/* buckets tile the range: each starts one past the previous end */
	before = fail;
	for (unsigned int i = 1; i < HIST_BUCKETS; i++)
		if (hist_lo(i) != hist_hi(i - 1) + 1) {
			fail++;
			printf("FAIL: bucket %u starts at %llu, bucket %u ends at %llu\n", i,
			       (unsigned long long)hist_lo(i), i - 1,
			       (unsigned long long)hist_hi(i - 1));
			break;
		}
	CHECK(fail == before, "gaps between buckets");
	CHECK(hist_idx(0) == 0 && hist_idx(31) == 31 && hist_idx(63) == 63, "small values exact: %u %u", hist_idx(31), hist_idx(63));
	CHECK(hist_idx(1ULL << 40) == HIST_BUCKETS - 1, "huge value in last bucket: %u", hist_idx(1ULL << 40));
	CHECK(hist_hi(HIST_BUCKETS - 1) == (1ULL << HIST_MAX_BITS) - 1, "last bucket end %llu",
	      (unsigned long long)hist_hi(HIST_BUCKETS - 1));

	/* empty */
	reset();
	CHECK(hist_pct(&h, 500) == 0 && h.max == 0, "empty p50 %llu", (unsigned long long)hist_pct(&h, 500));

	/* exact small values: 10 x 5 ns, 1 x 20 ns */
	reset();
	for (int i = 0; i < 10; i++)
		hist_add(&h, 5);
	hist_add(&h, 20);
	CHECK(hist_pct(&h, 500) == 5, "p50 of small values %llu", (unsigned long long)hist_pct(&h, 500));
	CHECK(hist_pct(&h, 900) == 5, "p90 of small values %llu", (unsigned long long)hist_pct(&h, 900));
	CHECK(hist_pct(&h, 990) == 20, "p99 of small values %llu", (unsigned long long)hist_pct(&h, 990));
	CHECK(h.max == 20 && h.n == 11, "max %llu n %llu", (unsigned long long)h.max, (unsigned long long)h.n);

	/* 1..1000 us: p50 = 500 us, p90 = 900 us, p99 = 990 us, within 1/32 above */
	reset();
	for (uint64_t us = 1; us <= 1000; us++)
		hist_add(&h, us * 1000);
	{
		uint64_t p50 = hist_pct(&h, 500), p90 = hist_pct(&h, 900), p99 = hist_pct(&h, 990);

		CHECK(p50 >= 500000 && p50 <= 500000 + 500000 / 32, "p50 %llu", (unsigned long long)p50);
		CHECK(p50 == 507903, "p50 is its bucket's end: %llu", (unsigned long long)p50);
		CHECK(p90 >= 900000 && p90 <= 900000 + 900000 / 32, "p90 %llu", (unsigned long long)p90);
		CHECK(p99 >= 990000 && p99 <= 990000 + 990000 / 32, "p99 %llu", (unsigned long long)p99);
		CHECK(hist_pct(&h, 1000) == 1000000, "p100 is the max: %llu", (unsigned long long)hist_pct(&h, 1000));
		CHECK(h.max == 1000000, "max %llu", (unsigned long long)h.max);
		CHECK(h.sum / h.n == 500500, "mean %llu", (unsigned long long)(h.sum / h.n));
	}

	/* a tail: 990 x 10 us, 9 x 2 ms, 1 x 1 s: p99 = 10 us, p999 = 2 ms */
	reset();
	for (int i = 0; i < 990; i++)
		hist_add(&h, 10000);
	for (int i = 0; i < 9; i++)
		hist_add(&h, 2000000);
	hist_add(&h, 1000000000);
	{
		uint64_t p99 = hist_pct(&h, 990), p999 = hist_pct(&h, 999);

		CHECK(p99 >= 10000 && p99 <= 10000 + 10000 / 32, "tail p99 %llu", (unsigned long long)p99);
		CHECK(p999 >= 2000000 && p999 <= 2000000 + 2000000 / 32, "tail p999 %llu", (unsigned long long)p999);
		CHECK(hist_pct(&h, 1000) == 1000000000 && h.max == 1000000000, "tail max %llu", (unsigned long long)h.max);
	}

	/* clamped to the max: one value in a wide bucket */
	reset();
	hist_add(&h, 1000001);
	CHECK(hist_pct(&h, 500) == 1000001, "single value p50 %llu", (unsigned long long)hist_pct(&h, 500));

	/* merge: two halves give the whole */
	{
		struct hist a, b;

		memset(&a, 0, sizeof(a));
		memset(&b, 0, sizeof(b));
		for (uint64_t us = 1; us <= 1000; us++)
			hist_add(us % 2 ? &a : &b, us * 1000);
		hist_merge(&a, &b);
		reset();
		for (uint64_t us = 1; us <= 1000; us++)
			hist_add(&h, us * 1000);
		CHECK(a.n == h.n && a.max == h.max && a.sum == h.sum &&
		      !memcmp(a.b, h.b, sizeof(a.b)), "merged histogram differs");
	}

	printf("hist: %d passed, %d failed\n", pass, fail);
	return fail ? 1 : 0;
}
