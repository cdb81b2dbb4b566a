// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit benchmark of the learned index: median lookup time and memory of
 *
 *   rbtree   an rbtree of struct index_es, laid out exactly like
 *            ext4's struct extent_status (rb_node + u32 lblk + u32 len +
 *            u64 pblk) and allocated from its own slab cache as ext4 does,
 *            searched like ext4_es_lookup_extent(): the cached last extent,
 *            then __es_tree_search();
 *   array    binary search on a sorted array of {u32 lblk, u32 len, u64 pblk};
 *   learned  learned/index.c (eps LEARNED_INDEX_EPS_DEFAULT);
 *
 * for 10^3 to 10^6 extents (10^7 with index_bench.max_extents=10000000 on
 * the command line) and the key distributions of index_gen.h (the
 * same extents as the userspace twin tools/index/index-bench).  Lookups are
 * covering lookups of random mapped blocks; every answer of every
 * structure is checked before timing.  Times are medians over batches,
 * structures interleaved batch by batch, measured with ktime_get_ns().
 * Under UML the code runs natively, so these are in-kernel costs.  Asserts
 * correctness only, never timings.
 */
#include <kunit/test.h>
#include <linux/ktime.h>
#include <linux/learned_index.h>
#include <linux/rbtree.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/sort.h>
#include <linux/string.h>

#include "testing/index_es.h"
#include "testing/index_gen.h"

#define IXB_QUERIES	BIT(18)
#define IXB_BATCHES	101
#define IXB_BATCH	1000

struct index_bench_arr {
	u32 lblk;
	u32 len;
	u64 pblk;
};

static noinline u64 ixb_arr_lookup(const struct index_bench_arr *a, u32 n, u32 blk)
{
	u32 lo = 0, hi = n;

	while (lo < hi) {
		u32 mid = lo + (hi - lo) / 2;

		if (a[mid].lblk <= blk)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (!lo || blk - a[lo - 1].lblk >= a[lo - 1].len)
		return U64_MAX;
	return a[lo - 1].pblk + (blk - a[lo - 1].lblk);
}

static noinline u64 ixb_li_lookup(const struct learned_index *idx, u64 blk)
{
	struct learned_extent e;

	if (!learned_index_lookup_cover(idx, blk, &e))
		return U64_MAX;
	return e.pblk + (blk - e.lblk);
}

static int ixb_cmp_u64(const void *a, const void *b)
{
	u64 x = *(const u64 *)a, y = *(const u64 *)b;

	return x < y ? -1 : x > y;
}

enum { IXB_RBTREE, IXB_ARRAY, IXB_LEARNED, IXB_NR };
static const char * const ixb_names[IXB_NR] = { "rbtree", "array", "learned" };

struct ixb_ctx {
	struct kmem_cache *cache;
	struct learned_extent *ext;
	struct index_bench_arr *arr;
	u64 *q, *want, *t[IXB_NR];
	struct index_es_tree tree;
	struct learned_index idx;
};

static void ixb_free_tree(struct ixb_ctx *c)
{
	struct index_es *es, *tmp;

	rbtree_postorder_for_each_entry_safe(es, tmp, &c->tree.root, rb_node)
		kmem_cache_free(c->cache, es);
	c->tree.root = RB_ROOT;
	c->tree.cache_es = NULL;
}

static void ixb_run(struct kunit *test, struct ixb_ctx *c, enum li_dist d, u32 n)
{
	struct learned_index_params p = {
		.eps = LEARNED_INDEX_EPS_DEFAULT,
		.delta_max = LEARNED_INDEX_DELTA_DEFAULT,
	};
	u64 st = 99, t0, build_ns, acc = 0, med[IXB_NR], bytes[IXB_NR];
	u32 i, b, s, bad = 0;

	li_gen(d, 1, c->ext, n);
	KUNIT_ASSERT_LE(test, c->ext[n - 1].lblk + c->ext[n - 1].len, 1ULL << 32);
	for (i = 0; i < n; i++) {
		struct index_es *es;

		c->arr[i].lblk = c->ext[i].lblk;
		c->arr[i].len = c->ext[i].len;
		c->arr[i].pblk = c->ext[i].pblk;
		es = kmem_cache_alloc(c->cache, GFP_KERNEL);
		KUNIT_ASSERT_NOT_NULL(test, es);
		es->es_lblk = c->ext[i].lblk;
		es->es_len = c->ext[i].len;
		es->es_pblk = c->ext[i].pblk;
		index_es_link(&c->tree, es);
		if (!(i % 65536))
			cond_resched();
	}
	t0 = ktime_get_ns();
	KUNIT_ASSERT_EQ(test, learned_index_build(&c->idx, c->ext, n, &p, GFP_KERNEL), 0);
	build_ns = ktime_get_ns() - t0;

	for (i = 0; i < IXB_QUERIES; i++) {
		const struct learned_extent *e = &c->ext[li_rand_below(&st, n)];
		u64 off = li_rand_below(&st, e->len);

		c->q[i] = e->lblk + off;
		c->want[i] = e->pblk + off;
	}
	for (i = 0; i < IXB_QUERIES; i++) {
		bad += index_es_lookup(&c->tree, c->q[i]) != c->want[i];
		bad += ixb_arr_lookup(c->arr, n, c->q[i]) != c->want[i];
		bad += ixb_li_lookup(&c->idx, c->q[i]) != c->want[i];
	}
	KUNIT_EXPECT_EQ_MSG(test, bad, 0, "%s n=%u: wrong answers", li_dist_names[d], n);

	for (b = 0; b < IXB_BATCHES; b++) {
		u32 base = (u64)b * IXB_BATCH % (IXB_QUERIES - IXB_BATCH);

		for (s = 0; s < IXB_NR; s++) {
			t0 = ktime_get_ns();
			for (i = base; i < base + IXB_BATCH; i++) {
				if (s == IXB_RBTREE)
					acc += index_es_lookup(&c->tree, c->q[i]);
				else if (s == IXB_ARRAY)
					acc += ixb_arr_lookup(c->arr, n, c->q[i]);
				else
					acc += ixb_li_lookup(&c->idx, c->q[i]);
			}
			/* picoseconds per lookup */
			c->t[s][b] = (ktime_get_ns() - t0) * 1000 / IXB_BATCH;
		}
		cond_resched();
	}
	bytes[IXB_RBTREE] = (u64)n * kmem_cache_size(c->cache);
	bytes[IXB_ARRAY] = (u64)n * sizeof(*c->arr);
	bytes[IXB_LEARNED] = learned_index_bytes(&c->idx);
	for (s = 0; s < IXB_NR; s++) {
		sort(c->t[s], IXB_BATCHES, sizeof(u64), ixb_cmp_u64, NULL);
		med[s] = max_t(u64, c->t[s][IXB_BATCHES / 2], 1);
	}
	for (s = 0; s < IXB_NR; s++)
		kunit_info(test,
			   "learned_index_bench: %-7s %8u %-8s %5llu.%01llu %10llu %3llu.%02llu %3llu.%02llux %llu.%03llu %7u %6llu (sink %llu)\n",
			   li_dist_names[d], n, ixb_names[s], med[s] / 1000,
			   med[s] % 1000 / 100, bytes[s], bytes[s] / n,
			   bytes[s] * 100 / n % 100, med[IXB_RBTREE] / med[s],
			   med[IXB_RBTREE] * 100 / med[s] % 100,
			   bytes[s] / bytes[IXB_RBTREE],
			   bytes[s] * 1000 / bytes[IXB_RBTREE] % 1000,
			   s == IXB_LEARNED ? c->idx.nr_segs : 0,
			   s == IXB_LEARNED ? build_ns / 1000000 : 0, acc & 1);
	learned_index_destroy(&c->idx);
	ixb_free_tree(c);
}

static const u32 ixb_sizes[] = { 1000, 10000, 100000, 1000000, 10000000 };

/* Largest size run; 10^7 needs about 900 MB (kunit.py gives UML 1 GB). */
static unsigned int ixb_max_extents = 1000000;
module_param_named(max_extents, ixb_max_extents, uint, 0444);
MODULE_PARM_DESC(max_extents, "largest number of extents measured: 1000000 (default) or 10000000");

static const enum li_dist ixb_dists[] = {
	LI_DIST_RANDOM, LI_DIST_RUNS, LI_DIST_FRAG, LI_DIST_EXP, LI_DIST_STEP,
};

static void ixb_dist_desc(const enum li_dist *d, char *desc)
{
	strscpy(desc, li_dist_names[*d], KUNIT_PARAM_DESC_SIZE);
}

KUNIT_ARRAY_PARAM(ixb_dist, ixb_dists, ixb_dist_desc);

/* One distribution per case, so that each stays far below the KUnit timeout. */
static void learned_index_bench_test(struct kunit *test)
{
	u32 max_n = ixb_max_extents, s, i;
	const enum li_dist *d = test->param_value;
	struct ixb_ctx *c = kunit_kzalloc(test, sizeof(*c), GFP_KERNEL);

	KUNIT_ASSERT_NOT_NULL(test, c);
	KUNIT_ASSERT_TRUE_MSG(test, max_n == 1000000 || max_n == 10000000,
			       "index_bench.max_extents=%u: want 1000000 or 10000000",
			       max_n);
	c->cache = kmem_cache_create("learned_index_bench_es",
				     sizeof(struct index_es), 0, 0, NULL);
	c->ext = kvcalloc(max_n, sizeof(*c->ext), GFP_KERNEL);
	c->arr = kvcalloc(max_n, sizeof(*c->arr), GFP_KERNEL);
	c->q = kvcalloc(IXB_QUERIES, sizeof(u64), GFP_KERNEL);
	c->want = kvcalloc(IXB_QUERIES, sizeof(u64), GFP_KERNEL);
	for (s = 0; s < IXB_NR; s++)
		c->t[s] = kunit_kcalloc(test, IXB_BATCHES, sizeof(u64), GFP_KERNEL);
	c->tree.root = RB_ROOT;
	if (c->cache && c->ext && c->arr && c->q && c->want && c->t[0] && c->t[1] &&
	    c->t[2]) {
		kunit_info(test, "learned_index_bench: kernel, eps %u, median of %u batches of %u covering lookups; rbtree object %u bytes\n",
			   LEARNED_INDEX_EPS_DEFAULT, IXB_BATCHES, IXB_BATCH,
			   kmem_cache_size(c->cache));
		kunit_info(test, "learned_index_bench: %-7s %8s %-8s %7s %10s %6s %8s %5s %7s %6s\n",
			   "dist", "n", "struct", "ns/op", "bytes", "B/ext", "speedup",
			   "mem", "segs", "build_ms");
		for (i = 0; i < ARRAY_SIZE(ixb_sizes) && ixb_sizes[i] <= max_n; i++)
			ixb_run(test, c, *d, ixb_sizes[i]);
	} else {
		KUNIT_FAIL(test, "out of memory");
	}
	ixb_free_tree(c);
	kvfree(c->ext);
	kvfree(c->arr);
	kvfree(c->q);
	kvfree(c->want);
	kmem_cache_destroy(c->cache);
}

static struct kunit_case learned_index_bench_cases[] = {
	KUNIT_CASE_PARAM(learned_index_bench_test, ixb_dist_gen_params),
	{}
};

static struct kunit_suite learned_index_bench_suite = {
	.name = "learned_index_bench",
	.test_cases = learned_index_bench_cases,
};

kunit_test_suite(learned_index_bench_suite);

MODULE_DESCRIPTION("KUnit benchmark of the learned index");
MODULE_LICENSE("GPL");
