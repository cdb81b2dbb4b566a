// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit tests for the ext4_extents hook (fs/ext4/learned_extents.c).
 *
 * Each test builds an extent status tree by hand in a bare ext4_inode_info
 * and checks every answer of learned_ext4_search() against an independent
 * reference (binary search over the tree's nodes in order), on random,
 * contiguous and adversarial trees, after churn (stale index -> tree, then
 * rebuild), when a rebuilt index loses the race with a change (not
 * published), when the tree changes without the sequence bump (verify
 * mode catches the difference), with stock selected, and the automatic
 * rebuild after a run of lookups on an unchanged tree.
 */
#include <kunit/test.h>
#include <linux/delay.h>
#include <linux/learned_index.h>
#include <linux/learned_policy.h>
#include <linux/random.h>
#include <linux/rbtree.h>
#include <linux/slab.h>

#include "ext4.h"
#include "learned_extents.h"

struct lext_fixture {
	struct ext4_inode_info *ei;
	struct extent_status **ref;	/* nodes in lblk order */
	u32 nr_ref;
	u32 cap_ref;
	u64 lookups;
};

struct lext_stats {
	u64 decisions;
	u64 overrides;
	u64 fallbacks;
};

static void lext_stats(struct lext_stats *s)
{
	struct learned_hook_stats *h;
	int cpu;

	memset(s, 0, sizeof(*s));
	for_each_possible_cpu(cpu) {
		h = per_cpu_ptr(learned_ext4_hook.stats, cpu);
		s->decisions += h->decisions;
		s->overrides += h->overrides;
		s->fallbacks += h->fallbacks;
	}
}

static struct lext_fixture *lext_new(struct kunit *test)
{
	struct lext_fixture *f = kunit_kzalloc(test, sizeof(*f), GFP_KERNEL);

	KUNIT_ASSERT_NOT_NULL(test, f);
	f->ei = kunit_kzalloc(test, sizeof(*f->ei), GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, f->ei);
	rwlock_init(&f->ei->i_es_lock);
	f->ei->i_es_tree.root = RB_ROOT;
	f->ei->vfs_inode.i_ino = 12;
	learned_ext4_init_inode(f->ei);
	return f;
}

static void lext_free(struct lext_fixture *f)
{
	learned_ext4_destroy_inode(f->ei);
}

/* Insert a node into the tree; the caller holds the write lock. */
static void lext_insert(struct kunit *test, struct lext_fixture *f,
			u32 lblk, u32 len, u64 pblk)
{
	struct rb_node **p = &f->ei->i_es_tree.root.rb_node, *parent = NULL;
	struct extent_status *es, *n;

	n = kunit_kzalloc(test, sizeof(*n), GFP_ATOMIC);
	KUNIT_ASSERT_NOT_NULL(test, n);
	n->es_lblk = lblk;
	n->es_len = len;
	n->es_pblk = pblk;
	while (*p) {
		parent = *p;
		es = rb_entry(parent, struct extent_status, rb_node);
		if (lblk < es->es_lblk)
			p = &(*p)->rb_left;
		else
			p = &(*p)->rb_right;
	}
	rb_link_node(&n->rb_node, parent, p);
	rb_insert_color(&n->rb_node, &f->ei->i_es_tree.root);
	f->ei->i_es_all_nr++;
}

static void lext_erase(struct lext_fixture *f, struct extent_status *es)
{
	rb_erase(&es->rb_node, &f->ei->i_es_tree.root);
	f->ei->i_es_all_nr--;
}

/* Rebuild the reference: the tree's nodes in order. */
static void lext_snapshot(struct kunit *test, struct lext_fixture *f)
{
	struct rb_node *node;
	u32 n = f->ei->i_es_all_nr;

	if (n > f->cap_ref) {
		f->ref = kunit_kmalloc_array(test, n, sizeof(*f->ref),
					     GFP_KERNEL);
		KUNIT_ASSERT_NOT_NULL(test, f->ref);
		f->cap_ref = n;
	}
	f->nr_ref = 0;
	for (node = rb_first(&f->ei->i_es_tree.root); node;
	     node = rb_next(node))
		f->ref[f->nr_ref++] = rb_entry(node, struct extent_status,
					       rb_node);
	KUNIT_ASSERT_EQ(test, f->nr_ref, n);
}

static struct extent_status *lext_ref(struct lext_fixture *f, u32 lblk)
{
	u32 lo = 0, hi = f->nr_ref;
	struct extent_status *es;

	while (lo < hi) {
		u32 mid = lo + (hi - lo) / 2;

		if (f->ref[mid]->es_lblk <= lblk)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (!lo)
		return NULL;
	es = f->ref[lo - 1];
	return lblk - es->es_lblk < es->es_len ? es : NULL;
}

static void lext_check_one(struct kunit *test, struct lext_fixture *f,
			   u32 lblk)
{
	struct extent_status *got, *want = lext_ref(f, lblk);

	read_lock(&f->ei->i_es_lock);
	got = learned_ext4_search(&f->ei->vfs_inode, lblk);
	read_unlock(&f->ei->i_es_lock);
	f->lookups++;
	KUNIT_EXPECT_PTR_EQ_MSG(test, got, want, "lblk %u", lblk);
}

/*
 * Look up every block around every extent (first - 1, first, middle,
 * last, last + 1), block 0, the largest block, and random blocks.
 */
static void lext_check_all(struct kunit *test, struct lext_fixture *f,
			   struct rnd_state *rnd)
{
	u32 i, hi;

	lext_snapshot(test, f);
	lext_check_one(test, f, 0);
	lext_check_one(test, f, EXT_MAX_BLOCKS);
	for (i = 0; i < f->nr_ref; i++) {
		struct extent_status *es = f->ref[i];
		u32 last = es->es_lblk + es->es_len - 1;

		lext_check_one(test, f, es->es_lblk - 1);
		lext_check_one(test, f, es->es_lblk);
		lext_check_one(test, f, es->es_lblk + (es->es_len - 1) / 2);
		lext_check_one(test, f, last);
		lext_check_one(test, f, last + 1);
	}
	hi = f->nr_ref ? f->ref[f->nr_ref - 1]->es_lblk +
			 f->ref[f->nr_ref - 1]->es_len : 1;
	for (i = 0; i < 2000; i++)
		lext_check_one(test, f, prandom_u32_state(rnd) % (hi + 16));
}

enum lext_kind { LEXT_RANDOM, LEXT_CONTIG, LEXT_ADVERSARIAL };

struct lext_case {
	const char *desc;
	enum lext_kind kind;
	u32 nr;
};

static const struct lext_case lext_cases[] = {
	{ "random gaps and lengths, 3000 extents", LEXT_RANDOM, 3000 },
	{ "contiguous runs, 5000 extents", LEXT_CONTIG, 5000 },
	{ "adversarial: 1-block and 1M-block extents, exponential gaps, up to the last block",
	  LEXT_ADVERSARIAL, 2000 },
	{ "a single extent", LEXT_RANDOM, 1 },
};

static void lext_case_desc(const struct lext_case *c, char *desc)
{
	strscpy(desc, c->desc, KUNIT_PARAM_DESC_SIZE);
}

KUNIT_ARRAY_PARAM(lext, lext_cases, lext_case_desc);

static void lext_fill(struct kunit *test, struct lext_fixture *f,
		      const struct lext_case *c, struct rnd_state *rnd)
{
	u64 lblk = 0, pblk = 1000;
	u32 i, len, gap;

	write_lock(&f->ei->i_es_lock);
	learned_ext4_es_changed(f->ei);
	for (i = 0; i < c->nr; i++) {
		switch (c->kind) {
		case LEXT_RANDOM:
			gap = prandom_u32_state(rnd) % 20;
			len = 1 + prandom_u32_state(rnd) % 16;
			break;
		case LEXT_CONTIG:
			gap = 0;
			len = 8;
			break;
		default:
			gap = (i % 7) ? 0 : 1U << (prandom_u32_state(rnd) % 12);
			len = (i & 1) ? 1 : 1U << 20;
			break;
		}
		lblk += gap;
		if (lblk + len > EXT_MAX_BLOCKS)
			break;
		lext_insert(test, f, lblk, len, pblk);
		pblk += len + prandom_u32_state(rnd) % 3;
		lblk += len;
	}
	if (c->kind == LEXT_ADVERSARIAL && lblk < EXT_MAX_BLOCKS - 2) {
		/* one extent that ends at the largest block */
		lext_insert(test, f, EXT_MAX_BLOCKS - 2, 2, pblk);
	}
	write_unlock(&f->ei->i_es_lock);
}

static void lext_select(struct kunit *test, const char *policy)
{
	KUNIT_ASSERT_EQ(test, learned_policy_select(&learned_ext4_hook, policy),
			0);
}

/* Every answer of a fresh index is the tree's, and comes from the index. */
static void learned_ext4_lookup_test(struct kunit *test)
{
	const struct lext_case *c = test->param_value;
	static const char * const policies[] = { "verify", "learned" };
	struct lext_fixture *f = lext_new(test);
	struct rnd_state rnd;
	struct lext_stats s0, s1;
	int i;

	prandom_seed_state(&rnd, 42 + c->nr);
	lext_fill(test, f, c, &rnd);
	for (i = 0; i < ARRAY_SIZE(policies); i++) {
		lext_select(test, policies[i]);
		KUNIT_ASSERT_EQ(test, learned_ext4_rebuild(&f->ei->vfs_inode), 0);
		f->lookups = 0;
		lext_stats(&s0);
		lext_check_all(test, f, &rnd);
		lext_stats(&s1);
		KUNIT_EXPECT_EQ_MSG(test, s1.decisions - s0.decisions, f->lookups,
				    "%s: every lookup answered by the index",
				    policies[i]);
		KUNIT_EXPECT_EQ(test, s1.overrides - s0.overrides, 0);
		KUNIT_EXPECT_EQ(test, s1.fallbacks - s0.fallbacks, 0);
	}
	lext_select(test, "stock");
	lext_free(f);
}

/*
 * Churn: remove, insert and split extents (with the sequence bump, as
 * extents_status.c does).  A stale index is never used; a rebuild makes
 * the index answer again; every answer is the tree's.
 */
static void learned_ext4_churn_test(struct kunit *test)
{
	const struct lext_case c = { "random", LEXT_RANDOM, 4000 };
	struct lext_fixture *f = lext_new(test);
	struct lext_stats s0, s1;
	struct rnd_state rnd;
	int round;
	u32 i;

	prandom_seed_state(&rnd, 7);
	lext_fill(test, f, &c, &rnd);
	lext_select(test, "verify");
	for (round = 0; round < 6; round++) {
		KUNIT_ASSERT_EQ(test, learned_ext4_rebuild(&f->ei->vfs_inode), 0);
		lext_snapshot(test, f);

		write_lock(&f->ei->i_es_lock);
		learned_ext4_es_changed(f->ei);
		for (i = round % 3; i < f->nr_ref; i += 3) {
			struct extent_status *es = f->ref[i];

			switch (prandom_u32_state(&rnd) % 3) {
			case 0:		/* truncate / punch: remove */
				lext_erase(f, es);
				break;
			case 1:		/* split: shorten, insert the tail */
				if (es->es_len >= 2) {
					u32 half = es->es_len / 2;
					u32 tail = es->es_len - half;

					es->es_len = half;
					lext_insert(test, f, es->es_lblk + half,
						    tail, es->es_pblk + half);
				}
				break;
			default:	/* merge with the following gap */
				if (i + 1 < f->nr_ref &&
				    f->ref[i + 1]->es_lblk > es->es_lblk + es->es_len)
					es->es_len++;
				break;
			}
		}
		write_unlock(&f->ei->i_es_lock);

		/* stale: every answer from the tree */
		f->lookups = 0;
		lext_stats(&s0);
		lext_check_all(test, f, &rnd);
		lext_stats(&s1);
		KUNIT_EXPECT_EQ(test, s1.decisions - s0.decisions, 0);
		KUNIT_EXPECT_EQ(test, s1.fallbacks - s0.fallbacks, f->lookups);

		/* rebuilt: every answer from the index */
		KUNIT_ASSERT_EQ(test, learned_ext4_rebuild(&f->ei->vfs_inode), 0);
		f->lookups = 0;
		lext_stats(&s0);
		lext_check_all(test, f, &rnd);
		lext_stats(&s1);
		KUNIT_EXPECT_EQ(test, s1.decisions - s0.decisions, f->lookups);
		KUNIT_EXPECT_EQ(test, s1.overrides - s0.overrides, 0);
	}
	lext_select(test, "stock");
	lext_free(f);
}

/*
 * An index built from a snapshot whose tree changed before publication
 * (a concurrent writer) is refused and never answers.
 */
static void learned_ext4_publish_race_test(struct kunit *test)
{
	const struct lext_case c = { "random", LEXT_RANDOM, 500 };
	struct learned_index_params p = { .eps = 8, .delta_max = 1 };
	struct lext_fixture *f = lext_new(test);
	struct learned_extent *ext;
	struct learned_index *nidx;
	struct lext_stats s0, s1;
	struct rnd_state rnd;
	u64 seq;
	u32 i;

	prandom_seed_state(&rnd, 3);
	lext_fill(test, f, &c, &rnd);
	lext_select(test, "learned");
	/* creates the inode's state and a first index */
	KUNIT_ASSERT_EQ(test, learned_ext4_rebuild(&f->ei->vfs_inode), 0);

	lext_snapshot(test, f);
	ext = kunit_kcalloc(test, f->nr_ref, sizeof(*ext), GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, ext);
	for (i = 0; i < f->nr_ref; i++) {
		ext[i].lblk = f->ref[i]->es_lblk;
		ext[i].len = f->ref[i]->es_len;
		ext[i].pblk = (uintptr_t)f->ref[i];
	}
	nidx = kzalloc(sizeof(*nidx), GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, nidx);
	KUNIT_ASSERT_EQ(test, learned_index_build(nidx, ext, f->nr_ref, &p,
						  GFP_KERNEL), 0);
	seq = f->ei->i_es_seq;

	/* a writer removes the first extent meanwhile */
	write_lock(&f->ei->i_es_lock);
	learned_ext4_es_changed(f->ei);
	lext_erase(f, f->ref[0]);
	write_unlock(&f->ei->i_es_lock);

	KUNIT_EXPECT_FALSE(test, learned_ext4_publish(f->ei, f->ei->i_lidx,
						      nidx, seq));
	f->lookups = 0;
	lext_stats(&s0);
	lext_check_all(test, f, &rnd);
	lext_stats(&s1);
	KUNIT_EXPECT_EQ(test, s1.decisions - s0.decisions, 0);
	KUNIT_EXPECT_EQ(test, s1.fallbacks - s0.fallbacks, f->lookups);
	lext_select(test, "stock");
	lext_free(f);
}

/*
 * A change of the tree without the sequence bump (the bug the bump
 * prevents): in verify mode the first lookup that meets it counts a
 * mismatch and returns the tree's answer; the inode's index is then no
 * longer used.
 */
static void learned_ext4_verify_mismatch_test(struct kunit *test)
{
	const struct lext_case c = { "random", LEXT_RANDOM, 1000 };
	struct lext_fixture *f = lext_new(test);
	struct extent_status *victim, *got;
	struct lext_stats s0, s1;
	struct rnd_state rnd;

	prandom_seed_state(&rnd, 5);
	lext_fill(test, f, &c, &rnd);
	lext_select(test, "verify");
	KUNIT_ASSERT_EQ(test, learned_ext4_rebuild(&f->ei->vfs_inode), 0);
	lext_snapshot(test, f);
	victim = f->ref[f->nr_ref / 2];

	write_lock(&f->ei->i_es_lock);
	lext_erase(f, victim);		/* no learned_ext4_es_changed() */
	write_unlock(&f->ei->i_es_lock);

	lext_stats(&s0);
	read_lock(&f->ei->i_es_lock);
	got = learned_ext4_search(&f->ei->vfs_inode, victim->es_lblk);
	read_unlock(&f->ei->i_es_lock);
	lext_stats(&s1);
	KUNIT_EXPECT_NULL(test, got);
	KUNIT_EXPECT_EQ(test, s1.overrides - s0.overrides, 1);

	f->lookups = 0;
	lext_stats(&s0);
	lext_check_all(test, f, &rnd);
	lext_stats(&s1);
	KUNIT_EXPECT_EQ(test, s1.decisions - s0.decisions, 0);
	KUNIT_EXPECT_EQ(test, s1.fallbacks - s0.fallbacks, f->lookups);
	lext_select(test, "stock");
	lext_free(f);
}

/* With stock selected, the search is the tree walk and counts nothing. */
static void learned_ext4_stock_test(struct kunit *test)
{
	const struct lext_case c = { "random", LEXT_RANDOM, 800 };
	struct lext_fixture *f = lext_new(test);
	struct lext_stats s0, s1;
	struct rnd_state rnd;

	prandom_seed_state(&rnd, 11);
	lext_fill(test, f, &c, &rnd);
	lext_select(test, "stock");
	KUNIT_EXPECT_FALSE(test, learned_ext4_enabled());
	lext_stats(&s0);
	lext_check_all(test, f, &rnd);
	lext_stats(&s1);
	KUNIT_EXPECT_EQ(test, s1.decisions - s0.decisions, 0);
	KUNIT_EXPECT_EQ(test, s1.fallbacks - s0.fallbacks, 0);
	KUNIT_EXPECT_NULL(test, f->ei->i_lidx);
	lext_free(f);
}

/*
 * An inode above min_extents (4096 by default) whose tree stays unchanged
 * for rebuild_after lookups (64) gets an index from the workqueue.
 */
static void learned_ext4_auto_rebuild_test(struct kunit *test)
{
	const struct lext_case c = { "contiguous", LEXT_CONTIG, 5000 };
	struct lext_fixture *f = lext_new(test);
	struct lext_stats s0, s1;
	struct rnd_state rnd;
	int i;

	prandom_seed_state(&rnd, 13);
	lext_fill(test, f, &c, &rnd);
	lext_select(test, "learned");
	lext_snapshot(test, f);
	for (i = 0; i < 100; i++)
		lext_check_one(test, f, i * 8);
	KUNIT_ASSERT_NOT_NULL(test, f->ei->i_lidx);
	for (i = 0; i < 250; i++) {
		lext_stats(&s0);
		lext_check_one(test, f, 3);
		lext_stats(&s1);
		if (s1.decisions != s0.decisions)
			break;
		msleep(20);
	}
	KUNIT_EXPECT_LT_MSG(test, i, 250, "no index after 5 s");
	lext_select(test, "stock");
	lext_free(f);
}

static struct kunit_case learned_ext4_cases[] = {
	KUNIT_CASE_PARAM(learned_ext4_lookup_test, lext_gen_params),
	KUNIT_CASE(learned_ext4_churn_test),
	KUNIT_CASE(learned_ext4_publish_race_test),
	KUNIT_CASE(learned_ext4_verify_mismatch_test),
	KUNIT_CASE(learned_ext4_stock_test),
	KUNIT_CASE(learned_ext4_auto_rebuild_test),
	{}
};

static struct kunit_suite learned_ext4_suite = {
	.name = "learned_ext4",
	.test_cases = learned_ext4_cases,
};

kunit_test_suite(learned_ext4_suite);

MODULE_LICENSE("GPL");
