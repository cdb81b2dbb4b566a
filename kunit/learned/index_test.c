// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit tests for the learned index (learned/index.c).
 *
 * Every lookup is checked against two references, a sorted array searched
 * by bisection and an rbtree of extents searched the way ext4 searches its
 * extent status tree; every base entry's prediction is checked against the
 * error bound; updates are checked op by op on churned sets; bad parameters
 * and extents are refused.  The key sets come from index_gen.h, shared with
 * the userspace twin in tools/index.
 */
#include <kunit/test.h>
#include <linux/learned_index.h>
#include <linux/rbtree.h>
#include <linux/slab.h>
#include <linux/string.h>

#include "testing/index_gen.h"

struct li_ref_node {
	struct rb_node rb;
	struct learned_extent e;
};

static struct li_ref_node *li_ref_search(struct rb_root *root, u64 blk)
{
	struct rb_node *node = root->rb_node;
	struct li_ref_node *n = NULL;

	while (node) {
		n = rb_entry(node, struct li_ref_node, rb);
		if (blk < n->e.lblk)
			node = node->rb_left;
		else if (blk - n->e.lblk >= n->e.len)
			node = node->rb_right;
		else
			return n;
	}
	if (n && blk > n->e.lblk) {
		node = rb_next(&n->rb);
		return node ? rb_entry(node, struct li_ref_node, rb) : NULL;
	}
	return n;
}

static struct li_ref_node *li_ref_cover(struct rb_root *root, u64 blk)
{
	struct li_ref_node *n = li_ref_search(root, blk);

	return n && n->e.lblk <= blk ? n : NULL;
}

static int li_ref_insert(struct rb_root *root, const struct learned_extent *e)
{
	struct rb_node **p = &root->rb_node, *parent = NULL;
	u64 last = e->lblk + (e->len - 1);
	struct li_ref_node *n;

	while (*p) {
		parent = *p;
		n = rb_entry(parent, struct li_ref_node, rb);
		if (last < n->e.lblk)
			p = &parent->rb_left;
		else if (e->lblk > n->e.lblk && e->lblk - n->e.lblk >= n->e.len)
			p = &parent->rb_right;
		else
			return -EEXIST;
	}
	n = kmalloc(sizeof(*n), GFP_KERNEL);
	if (!n)
		return -ENOMEM;
	n->e = *e;
	rb_link_node(&n->rb, parent, p);
	rb_insert_color(&n->rb, root);
	return 0;
}

static void li_ref_clear(struct rb_root *root)
{
	struct li_ref_node *n, *tmp;

	rbtree_postorder_for_each_entry_safe(n, tmp, root, rb)
		kfree(n);
	*root = RB_ROOT;
}

static u32 li_ref_flatten(struct rb_root *root, struct learned_extent *a, u32 max)
{
	struct rb_node *node;
	u32 n = 0;

	for (node = rb_first(root); node && n < max; node = rb_next(node))
		a[n++] = rb_entry(node, struct li_ref_node, rb)->e;
	return n;
}

/* Sorted array reference: the last extent starting at or before @blk. */
static const struct learned_extent *li_arr_floor(const struct learned_extent *a,
						 u32 n, u64 blk)
{
	u32 lo = 0, hi = n;

	while (lo < hi) {
		u32 mid = lo + (hi - lo) / 2;

		if (a[mid].lblk <= blk)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo ? &a[lo - 1] : NULL;
}

/* Sorted array reference: the extent containing @blk (exact: starting at). */
static const struct learned_extent *li_arr_find(const struct learned_extent *a,
						u32 n, u64 blk, bool exact)
{
	u32 lo = 0, hi = n;

	while (lo < hi) {
		u32 mid = lo + (hi - lo) / 2;

		if (a[mid].lblk <= blk)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (!lo)
		return NULL;
	if (exact)
		return a[lo - 1].lblk == blk ? &a[lo - 1] : NULL;
	return blk - a[lo - 1].lblk < a[lo - 1].len ? &a[lo - 1] : NULL;
}

static bool li_ext_eq(const struct learned_extent *a, const struct learned_extent *b)
{
	return a->lblk == b->lblk && a->len == b->len && a->pblk == b->pblk;
}

struct li_check {
	u32 errs;
	u64 first_bad;
};

static void li_probe(const struct learned_index *idx, const struct learned_extent *a,
		     u32 n, struct rb_root *root, u64 blk, struct li_check *c)
{
	const struct learned_extent *want = li_arr_find(a, n, blk, false);
	struct li_ref_node *rn = li_ref_cover(root, blk);
	struct learned_extent got;
	bool hit, bad;

	hit = learned_index_lookup_cover(idx, blk, &got);
	bad = !want != !rn || hit != !!want ||
	      (want && rn && !li_ext_eq(want, &rn->e)) ||
	      (hit && want && !li_ext_eq(&got, want));
	want = li_arr_find(a, n, blk, true);
	hit = learned_index_lookup(idx, blk, &got);
	bad |= hit != !!want || (hit && want && !li_ext_eq(&got, want));
	want = li_arr_floor(a, n, blk);
	hit = learned_index_lookup_floor(idx, blk, &got);
	bad |= hit != !!want || (hit && want && !li_ext_eq(&got, want));
	if (bad && !c->errs++)
		c->first_bad = blk;
}

/* Every key, its neighbours, @probes random blocks and the error bound. */
static void li_check_all(struct kunit *test, const struct learned_index *idx,
			 const struct learned_extent *a, u32 n,
			 struct rb_root *root, u64 *st, u32 probes)
{
	struct li_check c = { 0 };
	u32 i, eps_bad = 0;
	u64 lo, range;

	KUNIT_EXPECT_EQ(test, learned_index_count(idx), n);
	for (i = 0; i < idx->nr; i++) {
		s64 p = learned_index_predict(idx, i);

		if (p < (s64)i - idx->eps || p > (s64)i + idx->eps)
			eps_bad++;
	}
	KUNIT_EXPECT_EQ_MSG(test, eps_bad, 0, "predictions off by more than eps %u",
			    idx->eps);
	KUNIT_EXPECT_EQ(test, learned_index_predict(idx, idx->nr), (s64)-EINVAL);
	for (i = 0; i < n; i++) {
		li_probe(idx, a, n, root, a[i].lblk, &c);
		li_probe(idx, a, n, root, a[i].lblk + (a[i].len - 1), &c);
		li_probe(idx, a, n, root, a[i].lblk - 1, &c);
		li_probe(idx, a, n, root, a[i].lblk + a[i].len, &c);
	}
	li_probe(idx, a, n, root, 0, &c);
	li_probe(idx, a, n, root, U64_MAX, &c);
	lo = n ? a[0].lblk : 0;
	range = n ? a[n - 1].lblk + a[n - 1].len - lo + 1 : 1000;
	for (i = 0; i < probes; i++) {
		u64 r = li_rand(st);

		li_probe(idx, a, n, root, (i & 1) || !range ? r : lo + r % range, &c);
	}
	KUNIT_EXPECT_EQ_MSG(test, c.errs, 0, "wrong answers, first at block %llu",
			    c.first_bad);
}

/* Static sets. */

struct li_static_case {
	const char *desc;
	enum li_dist dist;
	u32 n;
	u32 eps;
};

static const struct li_static_case li_static_cases[] = {
	{ "random 1 eps 1", LI_DIST_RANDOM, 1, 1 },
	{ "random 3 eps 1", LI_DIST_RANDOM, 3, 1 },
	{ "random 1000 eps 1", LI_DIST_RANDOM, 1000, 1 },
	{ "random 20000 eps 32", LI_DIST_RANDOM, 20000, 32 },
	{ "random 20000 eps 4096", LI_DIST_RANDOM, 20000, LEARNED_INDEX_EPS_MAX },
	{ "runs 20000 eps 8", LI_DIST_RUNS, 20000, 8 },
	{ "frag 20000 eps 32", LI_DIST_FRAG, 20000, 32 },
	{ "exp 20000 eps 2", LI_DIST_EXP, 20000, 2 },
	{ "exp 20000 eps 32", LI_DIST_EXP, 20000, 32 },
	{ "step 20000 eps 1", LI_DIST_STEP, 20000, 1 },
	{ "step 20000 eps 32", LI_DIST_STEP, 20000, 32 },
	{ "step 20000 eps 255", LI_DIST_STEP, 20000, 255 },
	{ "wide 5000 eps 8", LI_DIST_WIDE, 5000, 8 },
	{ "wide 17 eps 1", LI_DIST_WIDE, 17, 1 },
};

static void li_static_desc(const struct li_static_case *t, char *desc)
{
	strscpy(desc, t->desc, KUNIT_PARAM_DESC_SIZE);
}

KUNIT_ARRAY_PARAM(li_static, li_static_cases, li_static_desc);

static void learned_index_static_test(struct kunit *test)
{
	const struct li_static_case *t = test->param_value;
	struct learned_index_params p = { .eps = t->eps, .delta_max = 16 };
	struct rb_root root = RB_ROOT;
	struct learned_extent *a;
	struct learned_index idx;
	u64 st = 42;
	u32 i;

	a = kvcalloc(t->n, sizeof(*a), GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, a);
	li_gen(t->dist, 1000 + t->n, a, t->n);
	for (i = 0; i < t->n; i++)
		if (li_ref_insert(&root, &a[i]))
			break;
	KUNIT_EXPECT_EQ(test, i, t->n);
	KUNIT_ASSERT_EQ(test, learned_index_build(&idx, a, t->n, &p, GFP_KERNEL), 0);
	li_check_all(test, &idx, a, t->n, &root, &st, 4 * t->n + 1000);
	kunit_info(test, "%u extents: %u segments, %zu bytes", t->n, idx.nr_segs,
		   learned_index_bytes(&idx));
	learned_index_destroy(&idx);
	li_ref_clear(&root);
	kvfree(a);
}

/* Churn: random inserts and deletes, op by op against the rbtree. */

struct li_churn_case {
	const char *desc;
	enum li_dist dist;
	u32 n;
	u32 delta_max;
	u32 ops;
};

static const struct li_churn_case li_churn_cases[] = {
	{ "random delta 1", LI_DIST_RANDOM, 2000, 1, 3000 },
	{ "random delta 8", LI_DIST_RANDOM, 2000, 8, 10000 },
	{ "runs delta 64", LI_DIST_RUNS, 5000, 64, 10000 },
	{ "frag delta 8", LI_DIST_FRAG, 2000, 8, 10000 },
	{ "exp delta 8", LI_DIST_EXP, 2000, 8, 10000 },
	{ "step delta 64", LI_DIST_STEP, 5000, 64, 10000 },
	{ "wide delta 8", LI_DIST_WIDE, 2000, 8, 10000 },
};

static void li_churn_desc(const struct li_churn_case *t, char *desc)
{
	strscpy(desc, t->desc, KUNIT_PARAM_DESC_SIZE);
}

KUNIT_ARRAY_PARAM(li_churn, li_churn_cases, li_churn_desc);

static void learned_index_churn_test(struct kunit *test)
{
	const struct li_churn_case *t = test->param_value;
	struct learned_index_params p = { .eps = 8, .delta_max = t->delta_max };
	u32 cap = t->n + t->ops + 1, n, i, ins_ok = 0, del_ok = 0, bad = 0;
	struct rb_root root = RB_ROOT;
	struct learned_extent *a, e;
	struct learned_index idx;
	u64 st = 7 + t->n, span;

	a = kvcalloc(cap, sizeof(*a), GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, a);
	li_gen(t->dist, 77, a, t->n);
	for (i = 0; i < t->n; i++)
		KUNIT_ASSERT_EQ(test, li_ref_insert(&root, &a[i]), 0);
	KUNIT_ASSERT_EQ(test, learned_index_build(&idx, a, t->n, &p, GFP_KERNEL), 0);
	span = a[t->n - 1].lblk + a[t->n - 1].len - a[0].lblk;
	span += span / 8 + 64;
	for (i = 0; i < t->ops; i++) {
		u64 blk = a[0].lblk + li_rand_below(&st, span), key, room;
		struct li_ref_node *rn = li_ref_search(&root, blk);
		u32 op = li_rand_below(&st, 8);
		int want, got;

		if (op < 4) {
			e.lblk = blk;
			e.len = 1;
			if (!rn || rn->e.lblk > blk) {
				room = rn ? rn->e.lblk - blk : U64_MAX - blk;
				e.len = 1 + li_rand_below(&st, min_t(u64, room, 64));
				if (op == 3 && rn && room < 64)
					e.len = room + 1;
			}
			e.pblk = li_rand(&st);
			want = li_ref_insert(&root, &e);
			got = learned_index_insert(&idx, &e, GFP_KERNEL);
			ins_ok += !got;
		} else if (op < 7) {
			key = rn ? rn->e.lblk : blk;
			if (op == 6 && rn && rn->e.len > 1)
				key++;
			rn = li_ref_search(&root, key);
			want = rn && rn->e.lblk == key ? 0 : -ENOENT;
			if (!want) {
				rb_erase(&rn->rb, &root);
				kfree(rn);
			}
			got = learned_index_delete(&idx, key, GFP_KERNEL);
			del_ok += !got;
		} else {
			rn = li_ref_cover(&root, blk);
			want = !!rn;
			got = learned_index_lookup_cover(&idx, blk, &e);
			if (rn && got && !li_ext_eq(&e, &rn->e))
				got = -1;
		}
		if (got != want && !bad++)
			KUNIT_FAIL(test, "op %u (kind %u) at block %llu: %d, want %d",
				   i, op, blk, got, want);
		if (i % 2500 == 2499) {
			n = li_ref_flatten(&root, a, cap);
			li_check_all(test, &idx, a, n, &root, &st, 500);
		}
	}
	KUNIT_EXPECT_EQ(test, bad, 0);
	KUNIT_EXPECT_GT(test, ins_ok, 0);
	KUNIT_EXPECT_GT(test, del_ok, 0);
	KUNIT_EXPECT_GT(test, idx.rebuilds, 0);
	KUNIT_ASSERT_EQ(test, learned_index_rebuild(&idx, GFP_KERNEL), 0);
	KUNIT_EXPECT_EQ(test, idx.nr_ins + idx.nr_tomb, 0);
	n = li_ref_flatten(&root, a, cap);
	li_check_all(test, &idx, a, n, &root, &st, 1000);
	learned_index_destroy(&idx);
	li_ref_clear(&root);
	kvfree(a);
}

/* Refusals. */

struct li_bad_params_case {
	const char *desc;
	u32 eps;
	u32 delta_max;
};

static const struct li_bad_params_case li_bad_params_cases[] = {
	{ "eps 0", 0, 16 },
	{ "eps above max", LEARNED_INDEX_EPS_MAX + 1, 16 },
	{ "eps U32_MAX", U32_MAX, 16 },
	{ "delta 0", 8, 0 },
	{ "delta above max", 8, LEARNED_INDEX_DELTA_MAX + 1 },
};

static void li_bad_params_desc(const struct li_bad_params_case *t, char *desc)
{
	strscpy(desc, t->desc, KUNIT_PARAM_DESC_SIZE);
}

KUNIT_ARRAY_PARAM(li_bad_params, li_bad_params_cases, li_bad_params_desc);

static const struct learned_extent li_good[3] = {
	{ .lblk = 10, .pblk = 100, .len = 5 },
	{ .lblk = 20, .pblk = 200, .len = 5 },
	{ .lblk = 30, .pblk = 300, .len = 5 },
};

static void learned_index_bad_params_test(struct kunit *test)
{
	const struct li_bad_params_case *t = test->param_value;
	struct learned_index_params p = { .eps = t->eps, .delta_max = t->delta_max };
	struct learned_index idx;

	KUNIT_EXPECT_EQ(test, learned_index_params_validate(&p), -EINVAL);
	memset(&idx, 0x5a, sizeof(idx));
	KUNIT_EXPECT_EQ(test, learned_index_build(&idx, li_good, 3, &p, GFP_KERNEL),
			-EINVAL);
	KUNIT_EXPECT_EQ(test, learned_index_count(&idx), 0);
	KUNIT_EXPECT_PTR_EQ(test, idx.ins, NULL);
	KUNIT_EXPECT_FALSE(test, learned_index_lookup_cover(&idx, 10, NULL));
	learned_index_destroy(&idx);
}

struct li_bad_ext_case {
	const char *desc;
	struct learned_extent e[3];
};

static const struct li_bad_ext_case li_bad_ext_cases[] = {
	{ "unsorted", { { 20, 0, 1 }, { 10, 0, 1 }, { 30, 0, 1 } } },
	{ "duplicate key", { { 10, 0, 1 }, { 10, 0, 1 }, { 30, 0, 1 } } },
	{ "overlap", { { 10, 0, 11 }, { 20, 0, 1 }, { 30, 0, 1 } } },
	{ "len 0", { { 10, 0, 1 }, { 20, 0, 0 }, { 30, 0, 1 } } },
	{ "wraps past U64_MAX", { { 10, 0, 1 }, { 20, 0, 1 }, { U64_MAX - 1, 0, 3 } } },
};

static void li_bad_ext_desc(const struct li_bad_ext_case *t, char *desc)
{
	strscpy(desc, t->desc, KUNIT_PARAM_DESC_SIZE);
}

KUNIT_ARRAY_PARAM(li_bad_ext, li_bad_ext_cases, li_bad_ext_desc);

static void learned_index_bad_extents_test(struct kunit *test)
{
	const struct li_bad_ext_case *t = test->param_value;
	struct learned_index_params p = { .eps = 8, .delta_max = 4 };
	struct learned_index idx;

	KUNIT_EXPECT_EQ(test, learned_index_build(&idx, t->e, 3, &p, GFP_KERNEL),
			-EINVAL);
	KUNIT_EXPECT_EQ(test, learned_index_count(&idx), 0);
	KUNIT_EXPECT_PTR_EQ(test, idx.segs, NULL);
	learned_index_destroy(&idx);
}

static void learned_index_bad_calls_test(struct kunit *test)
{
	struct learned_index_params p = { .eps = 8, .delta_max = 4 };
	struct learned_extent e = { .lblk = 1, .pblk = 1, .len = 1 };
	struct learned_index idx;

	memset(&idx, 0, sizeof(idx));
	KUNIT_EXPECT_EQ(test, learned_index_params_validate(NULL), -EINVAL);
	KUNIT_EXPECT_EQ(test, learned_index_build(NULL, li_good, 3, &p, GFP_KERNEL), -EINVAL);
	KUNIT_EXPECT_EQ(test, learned_index_build(&idx, li_good, 3, NULL, GFP_KERNEL), -EINVAL);
	KUNIT_EXPECT_EQ(test, learned_index_build(&idx, NULL, 3, &p, GFP_KERNEL), -EINVAL);
	KUNIT_EXPECT_EQ(test, learned_index_build(&idx, li_good,
						  LEARNED_INDEX_MAX_ENTRIES + 1, &p,
						  GFP_KERNEL), -EINVAL);
	/* unbuilt index */
	KUNIT_EXPECT_EQ(test, learned_index_insert(&idx, &e, GFP_KERNEL), -EINVAL);
	KUNIT_EXPECT_EQ(test, learned_index_delete(&idx, 1, GFP_KERNEL), -EINVAL);
	KUNIT_EXPECT_EQ(test, learned_index_rebuild(&idx, GFP_KERNEL), -EINVAL);
	KUNIT_EXPECT_EQ(test, learned_index_bytes(NULL), 0);

	KUNIT_ASSERT_EQ(test, learned_index_build(&idx, li_good, 3, &p, GFP_KERNEL), 0);
	KUNIT_EXPECT_EQ(test, learned_index_insert(&idx, NULL, GFP_KERNEL), -EINVAL);
	e = (struct learned_extent){ .lblk = 100, .pblk = 1, .len = 0 };
	KUNIT_EXPECT_EQ(test, learned_index_insert(&idx, &e, GFP_KERNEL), -EINVAL);
	e = (struct learned_extent){ .lblk = U64_MAX, .pblk = 1, .len = 2 };
	KUNIT_EXPECT_EQ(test, learned_index_insert(&idx, &e, GFP_KERNEL), -EINVAL);
	e = (struct learned_extent){ .lblk = 12, .pblk = 1, .len = 1 };
	KUNIT_EXPECT_EQ(test, learned_index_insert(&idx, &e, GFP_KERNEL), -EEXIST);
	e = (struct learned_extent){ .lblk = 5, .pblk = 1, .len = 6 };
	KUNIT_EXPECT_EQ(test, learned_index_insert(&idx, &e, GFP_KERNEL), -EEXIST);
	KUNIT_EXPECT_EQ(test, learned_index_delete(&idx, 11, GFP_KERNEL), -ENOENT);
	KUNIT_EXPECT_EQ(test, learned_index_delete(&idx, 10, GFP_KERNEL), 0);
	KUNIT_EXPECT_EQ(test, learned_index_delete(&idx, 10, GFP_KERNEL), -ENOENT);
	KUNIT_EXPECT_FALSE(test, learned_index_lookup_cover(&idx, 12, NULL));
	e = (struct learned_extent){ .lblk = 8, .pblk = 7, .len = 4 };
	KUNIT_EXPECT_EQ(test, learned_index_insert(&idx, &e, GFP_KERNEL), 0);
	KUNIT_EXPECT_TRUE(test, learned_index_lookup_cover(&idx, 10, &e));
	KUNIT_EXPECT_EQ(test, e.lblk, 8);
	KUNIT_EXPECT_EQ(test, learned_index_count(&idx), 3);
	learned_index_destroy(&idx);
	learned_index_destroy(&idx);
}

static struct kunit_case learned_index_test_cases[] = {
	KUNIT_CASE_PARAM(learned_index_bad_params_test, li_bad_params_gen_params),
	KUNIT_CASE_PARAM(learned_index_bad_extents_test, li_bad_ext_gen_params),
	KUNIT_CASE(learned_index_bad_calls_test),
	KUNIT_CASE_PARAM(learned_index_static_test, li_static_gen_params),
	KUNIT_CASE_PARAM(learned_index_churn_test, li_churn_gen_params),
	{}
};

static struct kunit_suite learned_index_test_suite = {
	.name = "learned_index",
	.test_cases = learned_index_test_cases,
};

kunit_test_suite(learned_index_test_suite);

MODULE_DESCRIPTION("KUnit tests for the learned index");
MODULE_LICENSE("GPL");
