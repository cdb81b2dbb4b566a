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
 * mode catches the difference), the sampled timing and, when the index
 * names a node that moved, a fault, with stock selected, the automatic
 * rebuild after a run of lookups on an unchanged tree, and the shrinker
 * freeing an index.  A last case
 * measures the hook against the walk on trees of up to 10^6 slab nodes.
 */
#include <kunit/test.h>
#include <linux/delay.h>
#include <linux/kernfs.h>
#include <linux/ktime.h>
#include <linux/learned_index.h>
#include <linux/learned_policy.h>
#include <linux/random.h>
#include <linux/rbtree.h>
#include <linux/slab.h>
#include <linux/sort.h>
#include <linux/sysfs.h>

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
	u64 timed;
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
		s->timed += h->infer_samples;
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
		ext[i].len = 1;
		ext[i].pblk = (uintptr_t)f->ref[i] >> LEARNED_EXT4_NODE_SHIFT;
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

/*
 * Through LEARNED_CALL(): without an index every lookup declines (a
 * fallback) and one in 16 is timed (inference_ns); a node the index names
 * that no longer starts at the index's key (moved without the sequence
 * bump) makes the lookup op's error a fault with its reason, the tree
 * answers (a fallback, no decision) and the hook reverts to stock.
 */
static void learned_ext4_call_test(struct kunit *test)
{
	const struct lext_case c = { "random", LEXT_RANDOM, 1000 };
	struct lext_fixture *f = lext_new(test);
	int faults = atomic_read(&learned_ext4_hook.faults);
	struct extent_status *victim, *got;
	struct lext_stats s0, s1;
	struct rnd_state rnd;
	u32 i;

	prandom_seed_state(&rnd, 13);
	lext_fill(test, f, &c, &rnd);
	lext_select(test, "learned");
	lext_stats(&s0);
	read_lock(&f->ei->i_es_lock);	/* all on one CPU: 32, 2 timed */
	for (i = 0; i < 32; i++)
		learned_ext4_search(&f->ei->vfs_inode, i);
	read_unlock(&f->ei->i_es_lock);
	lext_stats(&s1);
	KUNIT_EXPECT_EQ(test, s1.timed - s0.timed, 2);
	KUNIT_EXPECT_EQ(test, s1.fallbacks - s0.fallbacks, 32);

	KUNIT_ASSERT_EQ(test, learned_ext4_rebuild(&f->ei->vfs_inode), 0);
	lext_snapshot(test, f);
	for (i = f->nr_ref / 2; i < f->nr_ref && f->ref[i]->es_len < 2; i++)
		;
	KUNIT_ASSERT_LT(test, i, f->nr_ref);
	victim = f->ref[i];
	write_lock(&f->ei->i_es_lock);
	victim->es_lblk++;		/* no learned_ext4_es_changed() */
	victim->es_len--;
	write_unlock(&f->ei->i_es_lock);

	lext_stats(&s0);
	read_lock(&f->ei->i_es_lock);
	got = learned_ext4_search(&f->ei->vfs_inode, victim->es_lblk);
	read_unlock(&f->ei->i_es_lock);
	lext_stats(&s1);
	KUNIT_EXPECT_PTR_EQ(test, got, victim);	/* the tree's answer */
	KUNIT_EXPECT_EQ(test, s1.decisions - s0.decisions, 0);
	KUNIT_EXPECT_EQ(test, s1.fallbacks - s0.fallbacks, 1);
	learned_hook_flush(&learned_ext4_hook);
	KUNIT_EXPECT_EQ(test, atomic_read(&learned_ext4_hook.faults),
			faults + 1);
	KUNIT_EXPECT_STREQ(test, learned_ext4_hook.last_fault,
			   "index holds a node that moved, or a lookup error");
	KUNIT_EXPECT_FALSE(test, learned_ext4_enabled());
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

/* A tunable refuses what every learned sysfs file refuses, an embedded NUL too. */
static void learned_ext4_tunable_bad_input_test(struct kunit *test)
{
	static const char * const bad[] = { "8\0junk", "", "x", "0", "-1", "8 8" };
	static const size_t len[] = { 7, 0, 1, 1, 2, 3 };
	struct kernfs_node *kn = sysfs_get_dirent(learned_ext4_hook.kobj.sd,
						  "rebuild_after");
	char *before = kunit_kzalloc(test, PAGE_SIZE, GFP_KERNEL);
	char *after = kunit_kzalloc(test, PAGE_SIZE, GFP_KERNEL);
	struct kobj_attribute *attr;
	unsigned int i;

	KUNIT_ASSERT_NOT_NULL(test, kn);
	KUNIT_ASSERT_NOT_NULL(test, before);
	KUNIT_ASSERT_NOT_NULL(test, after);
	attr = container_of(kn->priv, struct kobj_attribute, attr);
	kernfs_put(kn);
	attr->show(&learned_ext4_hook.kobj, attr, before);
	for (i = 0; i < ARRAY_SIZE(bad); i++) {
		KUNIT_EXPECT_EQ_MSG(test, attr->store(&learned_ext4_hook.kobj, attr,
						      bad[i], len[i]),
				    (ssize_t)-EINVAL, "input #%u", i);
		attr->show(&learned_ext4_hook.kobj, attr, after);
		KUNIT_EXPECT_STREQ(test, after, before);
	}
}

/*
 * Rebuilds back off per inode: once one was queued, the next needs twice
 * rebuild_after quiet lookups, so a writer cannot keep the workqueue busy
 * with O(extents) rebuilds of one file.
 */
static void learned_ext4_rebuild_backoff_test(struct kunit *test)
{
	const struct lext_case c = { "contiguous", LEXT_CONTIG, 5000 };
	struct lext_fixture *f = lext_new(test);
	struct rnd_state rnd;
	int i;

	prandom_seed_state(&rnd, 23);
	lext_fill(test, f, &c, &rnd);
	lext_select(test, "learned");
	lext_snapshot(test, f);
	/* 64 quiet lookups queue the first rebuild */
	for (i = 0; i < 100; i++)
		lext_check_one(test, f, i * 8);
	learned_ext4_flush_rebuild(f->ei);
	KUNIT_EXPECT_EQ(test, learned_ext4_rebuilds_queued(f->ei), 1U);
	/* the tree changes: the next rebuild needs 128 */
	write_lock(&f->ei->i_es_lock);
	learned_ext4_es_changed(f->ei);
	write_unlock(&f->ei->i_es_lock);
	for (i = 0; i < 100; i++)
		lext_check_one(test, f, i * 8);
	learned_ext4_flush_rebuild(f->ei);
	KUNIT_EXPECT_EQ(test, learned_ext4_rebuilds_queued(f->ei), 1U);
	for (i = 0; i < 100; i++)
		lext_check_one(test, f, i * 8);
	learned_ext4_flush_rebuild(f->ei);
	KUNIT_EXPECT_EQ(test, learned_ext4_rebuilds_queued(f->ei), 2U);
	lext_select(test, "stock");
	lext_free(f);
}

/*
 * The shrinker skips an index whose inode's es lock is held (it runs
 * under the global LRU lock and must not wait there), as ext4's own es
 * shrinker does with write_trylock().
 */
static void learned_ext4_shrink_busy_test(struct kunit *test)
{
	const struct lext_case c = { "random", LEXT_RANDOM, 3000 };
	struct lext_fixture *f = lext_new(test);
	const struct learned_index *idx;
	struct rnd_state rnd;

	if (!IS_ENABLED(CONFIG_SMP))
		kunit_skip(test, "rwlocks are no-ops without CONFIG_SMP");
	prandom_seed_state(&rnd, 19);
	lext_fill(test, f, &c, &rnd);
	lext_select(test, "learned");
	KUNIT_ASSERT_EQ(test, learned_ext4_rebuild(&f->ei->vfs_inode), 0);
	read_lock(&f->ei->i_es_lock);
	KUNIT_EXPECT_EQ(test, learned_ext4_shrink(ULONG_MAX), 0UL);
	read_unlock(&f->ei->i_es_lock);
	learned_ext4_index_bytes(f->ei, &idx);
	KUNIT_EXPECT_NOT_NULL(test, idx);
	learned_ext4_shrink(ULONG_MAX);
	learned_ext4_index_bytes(f->ei, &idx);
	KUNIT_EXPECT_NULL(test, idx);
	lext_select(test, "stock");
	lext_free(f);
}

/*
 * The shrinker frees the index (every lookup goes back to the tree, with
 * the tree's answers); a rebuild brings it back.
 */
static void learned_ext4_shrink_test(struct kunit *test)
{
	const struct lext_case c = { "random", LEXT_RANDOM, 3000 };
	struct lext_fixture *f = lext_new(test);
	const struct learned_index *idx;
	struct lext_stats s0, s1;
	struct rnd_state rnd;
	unsigned long freed;
	size_t bytes;

	prandom_seed_state(&rnd, 17);
	lext_fill(test, f, &c, &rnd);
	lext_select(test, "learned");
	KUNIT_ASSERT_EQ(test, learned_ext4_rebuild(&f->ei->vfs_inode), 0);
	bytes = learned_ext4_index_bytes(f->ei, &idx);
	KUNIT_ASSERT_NOT_NULL(test, idx);

	freed = learned_ext4_shrink(ULONG_MAX);
	KUNIT_EXPECT_GE(test, freed, (unsigned long)(bytes >> PAGE_SHIFT));
	learned_ext4_index_bytes(f->ei, &idx);
	KUNIT_EXPECT_NULL(test, idx);
	KUNIT_EXPECT_EQ(test, learned_ext4_shrink(1), 0);
	f->lookups = 0;
	lext_stats(&s0);
	lext_check_all(test, f, &rnd);
	lext_stats(&s1);
	KUNIT_EXPECT_EQ(test, s1.decisions - s0.decisions, 0);
	KUNIT_EXPECT_EQ(test, s1.fallbacks - s0.fallbacks, f->lookups);

	KUNIT_ASSERT_EQ(test, learned_ext4_rebuild(&f->ei->vfs_inode), 0);
	f->lookups = 0;
	lext_stats(&s0);
	lext_check_all(test, f, &rnd);
	lext_stats(&s1);
	KUNIT_EXPECT_EQ(test, s1.decisions - s0.decisions, f->lookups);
	lext_select(test, "stock");
	lext_free(f);
}

/*
 * The hook at scale, against the walk it replaces: trees of real es nodes
 * (struct extent_status from a slab cache made like ext4's, linked in
 * order), up to 10^6 nodes.  Every answer of learned_ext4_search() is
 * checked against the walk first (all node starts, the blocks before them
 * and random mapped blocks); then both are timed on the same random
 * mapped blocks, in interleaved batches under read_lock as in
 * ext4_es_lookup_extent() (cache_es, in front of both, is left out), and
 * the index's memory is set against the nodes'.  Prints one row per case;
 * asserts correctness and, from 10^5 nodes, that the index takes at most
 * a quarter of the tree's memory.  Timings are printed, never asserted.
 */
enum lext_bench_kind { LEXT_B_ONE, LEXT_B_RANDOM, LEXT_B_EXPGAP };

struct lext_bench_case {
	const char *desc;
	enum lext_bench_kind kind;
	u32 nr;
};

static const struct lext_bench_case lext_bench_cases[] = {
	{ "one-block nodes back to back (the fio file)", LEXT_B_ONE, 1000000 },
	{ "random gaps 0-19, lengths 1-16, 10^4", LEXT_B_RANDOM, 10000 },
	{ "random gaps 0-19, lengths 1-16, 10^5", LEXT_B_RANDOM, 100000 },
	{ "random gaps 0-19, lengths 1-16, 10^6", LEXT_B_RANDOM, 1000000 },
	{ "exponential gaps 1-2048, lengths 1-8, 10^6", LEXT_B_EXPGAP, 1000000 },
};

static void lext_bench_desc(const struct lext_bench_case *c, char *desc)
{
	strscpy(desc, c->desc, KUNIT_PARAM_DESC_SIZE);
}

KUNIT_ARRAY_PARAM(lext_bench, lext_bench_cases, lext_bench_desc);

#define LEXT_B_QUERIES	BIT(16)
#define LEXT_B_BATCHES	101
#define LEXT_B_BATCH	1000

/* The walk of ext4_es_lookup_extent(), as learned_ext4_search() replaces it. */
static noinline struct extent_status *lext_walk(struct rb_root *root, u32 lblk)
{
	struct rb_node *node = root->rb_node;
	struct extent_status *es;

	while (node) {
		es = rb_entry(node, struct extent_status, rb_node);
		if (lblk < es->es_lblk)
			node = node->rb_left;
		else if (lblk > es->es_lblk + (es->es_len - 1))
			node = node->rb_right;
		else
			return es;
	}
	return NULL;
}

static int lext_cmp_u64(const void *a, const void *b)
{
	u64 x = *(const u64 *)a, y = *(const u64 *)b;

	return x < y ? -1 : x > y;
}

static u64 lext_median(u64 *t)
{
	sort(t, LEXT_B_BATCHES, sizeof(*t), lext_cmp_u64, NULL);
	return max_t(u64, t[LEXT_B_BATCHES / 2], 1);
}

struct lext_bench {
	struct kmem_cache *cache;
	struct extent_status **nodes;
	u32 *q;
	u64 t_walk[LEXT_B_BATCHES];
	u64 t_hook[LEXT_B_BATCHES];
};

static void lext_bench_free(struct lext_fixture *f, struct lext_bench *b, u32 n)
{
	u32 i;

	lext_free(f);
	if (b->nodes)
		for (i = 0; i < n; i++)
			kmem_cache_free(b->cache, b->nodes[i]);
	kvfree(b->nodes);
	kvfree(b->q);
	kmem_cache_destroy(b->cache);
}

static void learned_ext4_bench_test(struct kunit *test)
{
	const struct lext_bench_case *c = test->param_value;
	struct lext_fixture *f = lext_new(test);
	struct rb_root *root = &f->ei->i_es_tree.root;
	const struct learned_index *idx;
	struct extent_status *es, *last = NULL;
	struct lext_stats s0, s1;
	struct lext_bench *b;
	struct rnd_state rnd;
	u64 lblk = 0, t0, build_ns, walk, hook, tree_bytes, idx_bytes;
	u32 i, k, len, gap, bad = 0, n = c->nr;

	b = kunit_kzalloc(test, sizeof(*b), GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, b);
	/* like ext4's ext4_es_cachep: KMEM_CACHE(extent_status, ...) */
	b->cache = kmem_cache_create("learned_ext4_bench_es",
				     sizeof(struct extent_status),
				     __alignof__(struct extent_status),
				     SLAB_RECLAIM_ACCOUNT, NULL);
	b->nodes = kvcalloc(n, sizeof(*b->nodes), GFP_KERNEL);
	b->q = kvcalloc(LEXT_B_QUERIES, sizeof(*b->q), GFP_KERNEL);
	if (!b->cache || !b->nodes || !b->q) {
		lext_bench_free(f, b, 0);
		KUNIT_FAIL(test, "out of memory");
		return;
	}

	prandom_seed_state(&rnd, 1000 + n + c->kind);
	write_lock(&f->ei->i_es_lock);
	learned_ext4_es_changed(f->ei);
	write_unlock(&f->ei->i_es_lock);
	for (i = 0; i < n; i++) {
		switch (c->kind) {
		case LEXT_B_ONE:
			gap = 0;
			len = 1;
			break;
		case LEXT_B_RANDOM:
			gap = prandom_u32_state(&rnd) % 20;
			len = 1 + prandom_u32_state(&rnd) % 16;
			break;
		default:
			gap = 1U << (prandom_u32_state(&rnd) % 12);
			len = 1 + prandom_u32_state(&rnd) % 8;
			break;
		}
		lblk += gap;
		es = kmem_cache_alloc(b->cache, GFP_KERNEL);
		if (!es)
			break;
		es->es_lblk = lblk;
		es->es_len = len;
		es->es_pblk = 1000 + lblk;
		/* in order: the new node is the rightmost */
		rb_link_node(&es->rb_node, last ? &last->rb_node : NULL,
			     last ? &last->rb_node.rb_right : &root->rb_node);
		rb_insert_color(&es->rb_node, root);
		b->nodes[i] = es;
		last = es;
		lblk += len;
		if (!(i % 65536))
			cond_resched();
	}
	f->ei->i_es_all_nr = i;
	if (i < n) {
		lext_bench_free(f, b, i);
		KUNIT_FAIL(test, "out of memory after %u nodes", i);
		return;
	}
	KUNIT_ASSERT_LT(test, lblk, (u64)EXT_MAX_BLOCKS);

	lext_select(test, "learned");
	t0 = ktime_get_ns();
	KUNIT_EXPECT_EQ(test, learned_ext4_rebuild(&f->ei->vfs_inode), 0);
	build_ns = ktime_get_ns() - t0;
	idx_bytes = learned_ext4_index_bytes(f->ei, &idx);
	tree_bytes = (u64)n * kmem_cache_size(b->cache);

	for (i = 0; i < LEXT_B_QUERIES; i++) {
		es = b->nodes[prandom_u32_state(&rnd) % n];
		b->q[i] = es->es_lblk + prandom_u32_state(&rnd) % es->es_len;
	}
	/* every answer first: starts, the blocks before, the queries */
	lext_stats(&s0);
	read_lock(&f->ei->i_es_lock);
	for (i = 0; i < n + LEXT_B_QUERIES; i++) {
		u32 blk = i < n ? b->nodes[i]->es_lblk : b->q[i - n];

		for (k = 0; k < (i < n ? 2 : 1); k++, blk--) {
			if (learned_ext4_search(&f->ei->vfs_inode, blk) !=
			    lext_walk(root, blk) && !bad++)
				KUNIT_FAIL(test, "block %u: the hook and the walk disagree",
					   blk);
			f->lookups++;
		}
		if (!(i % 65536)) {
			read_unlock(&f->ei->i_es_lock);
			cond_resched();
			read_lock(&f->ei->i_es_lock);
		}
	}
	read_unlock(&f->ei->i_es_lock);
	lext_stats(&s1);
	KUNIT_EXPECT_EQ(test, bad, 0);
	KUNIT_EXPECT_EQ_MSG(test, s1.decisions - s0.decisions, f->lookups,
			    "every lookup answered by the index");

	for (k = 0; k < LEXT_B_BATCHES; k++) {
		u32 base = (u64)k * LEXT_B_BATCH % (LEXT_B_QUERIES - LEXT_B_BATCH);
		uintptr_t sink = 0;

		read_lock(&f->ei->i_es_lock);
		t0 = ktime_get_ns();
		for (i = base; i < base + LEXT_B_BATCH; i++)
			sink += (uintptr_t)lext_walk(root, b->q[i]);
		b->t_walk[k] = (ktime_get_ns() - t0) * 1000 / LEXT_B_BATCH;
		t0 = ktime_get_ns();
		for (i = base; i < base + LEXT_B_BATCH; i++)
			sink -= (uintptr_t)learned_ext4_search(&f->ei->vfs_inode,
							       b->q[i]);
		b->t_hook[k] = (ktime_get_ns() - t0) * 1000 / LEXT_B_BATCH;
		read_unlock(&f->ei->i_es_lock);
		KUNIT_EXPECT_EQ(test, sink, 0);
		cond_resched();
	}
	walk = lext_median(b->t_walk);
	hook = lext_median(b->t_hook);
	kunit_info(test,
		   "learned_ext4_bench: %-7s %8u  walk %4llu.%01llu ns  hook %4llu.%01llu ns  speedup %3llu.%02llux  tree %9llu B (%llu B/node)  index %8llu B (%llu.%02llu B/node, %llu.%03llu of the tree)  segs %u  widths key/len/node %u/%u/%u  build %llu ms\n",
		   c->kind == LEXT_B_ONE ? "one" : c->kind == LEXT_B_RANDOM ?
		   "random" : "expgap", n, walk / 1000, walk % 1000 / 100,
		   hook / 1000, hook % 1000 / 100, walk / hook,
		   walk * 100 / hook % 100, tree_bytes, tree_bytes / n, idx_bytes,
		   idx_bytes / n, idx_bytes * 100 / n % 100,
		   idx_bytes / tree_bytes, idx_bytes * 1000 / tree_bytes % 1000,
		   idx ? idx->nr_segs : 0, idx ? idx->key_w : 0,
		   idx ? idx->len_w : 0, idx ? idx->pblk_w : 0,
		   build_ns / 1000000);
	if (n >= 100000)
		KUNIT_EXPECT_LE_MSG(test, idx_bytes * 4, tree_bytes,
				    "index %llu B, more than 1/4 of the tree's %llu B",
				    idx_bytes, tree_bytes);
	lext_select(test, "stock");
	lext_bench_free(f, b, n);
}

static struct kunit_case learned_ext4_cases[] = {
	KUNIT_CASE_PARAM(learned_ext4_lookup_test, lext_gen_params),
	KUNIT_CASE(learned_ext4_churn_test),
	KUNIT_CASE(learned_ext4_publish_race_test),
	KUNIT_CASE(learned_ext4_verify_mismatch_test),
	KUNIT_CASE(learned_ext4_stock_test),
	KUNIT_CASE(learned_ext4_call_test),
	KUNIT_CASE(learned_ext4_auto_rebuild_test),
	KUNIT_CASE(learned_ext4_shrink_test),
	KUNIT_CASE(learned_ext4_shrink_busy_test),
	KUNIT_CASE(learned_ext4_tunable_bad_input_test),
	KUNIT_CASE(learned_ext4_rebuild_backoff_test),
	KUNIT_CASE_PARAM(learned_ext4_bench_test, lext_bench_gen_params),
	{}
};

static struct kunit_suite learned_ext4_suite = {
	.name = "learned_ext4",
	.test_cases = learned_ext4_cases,
};

kunit_test_suite(learned_ext4_suite);

MODULE_LICENSE("GPL");
