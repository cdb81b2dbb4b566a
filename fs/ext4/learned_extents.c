// SPDX-License-Identifier: GPL-2.0
/*
 * Learned index over ext4's extent status tree: the "ext4_extents" hook.
 *
 * ext4_map_blocks() asks the extent status (es) tree first, through
 * ext4_es_lookup_extent(), which walks the inode's rbtree i_es_tree under
 * read_lock(&ei->i_es_lock).  With a non-stock policy selected that walk
 * becomes learned_ext4_search(): for an inode with at least min_extents
 * es nodes it answers from a learned index (include/linux/learned_index.h)
 * built from a snapshot of the tree.  The index maps the first block of
 * every node to the node's address (shifted right by the nodes'
 * alignment, LEARNED_EXT4_NODE_SHIFT); it holds no lengths, which the
 * nodes themselves have.  A lookup takes the last node that starts at or
 * before the block (learned_index_lookup_floor()) and answers it if the
 * node covers the block, "no node" otherwise: the node (or hole) the walk
 * would find, since the nodes do not overlap.
 *
 * Policies:
 *
 *   stock    the rbtree walk only (the hook is a patched-out jump)
 *   learned  the index when it is fresh, the rbtree otherwise
 *   verify   as learned, and every answer of the index is compared with
 *            the rbtree's; a difference is counted, warned about once,
 *            drops the inode's index and the rbtree's answer is used
 *
 * Each policy's lookup op is called through LEARNED_CALL(), as every
 * hook's decision: it answers the node (or "no node") from the index, or
 * declines when the inode has no fresh index (a fallback: the rbtree
 * answers).  The answer is a status, the node beside it in struct
 * learned_ext4_lookup; only verify's mismatch overrides the tree.  A node
 * the index names that does not start at the index's key is a fault.
 *
 * Why no stale answer is possible
 * -------------------------------
 * Every change of an inode's es tree (insert, cache, remove, the
 * shrinker's reclaim, clear on eviction, also pending-tree updates) happens
 * in fs/ext4/extents_status.c under write_lock(&ei->i_es_lock), and each of
 * those critical sections calls learned_ext4_es_changed() first, which
 * increments ei->i_es_seq.  All mapping changes of the file (allocation on
 * write, truncate, punch hole, fallocate, collapse/insert range, extent
 * merge and split, delayed allocation, extent swap) reach the disk through
 * the es tree's writers, as do the es shrinker and inode eviction, so they
 * all move i_es_seq.
 *
 * The index of an inode (li->idx) and the sequence count it was built at
 * (li->seq) are only changed under write_lock(&ei->i_es_lock), and only
 * read by the lookup ops learned_ext4_search() calls, inside the
 * read_lock(&ei->i_es_lock) section of ext4_es_lookup_extent().  So while
 * a lookup runs, neither the tree nor the index nor the counters can
 * change.  The index is used only if li->seq == ei->i_es_seq: then no
 * change happened since the snapshot it was built from, every node
 * address it holds is a live node whose es_lblk is the key the index
 * holds for it, and learned_index_lookup_floor() (exact by construction,
 * checked on every key by the KUnit and userspace suites) returns the
 * last node starting at or before the block.  The tree's nodes are sorted and do not
 * overlap, so the node covering the block, if any, is that one; reading
 * its es_len (in_range()) decides between it and "hole", exactly as the
 * walk.  The node's es_lblk is also compared with the index's key; a
 * difference is a fault: the tree answers.
 *
 * A rebuild snapshots the tree and ei->i_es_seq under read_lock, builds
 * outside the lock, and publishes under write_lock only if i_es_seq did
 * not move in between; otherwise the new index is thrown away.  The old
 * index is freed after write_unlock(): no reader can still use it, since
 * readers hold read_lock for as long as they use the index.  No RCU is
 * needed because i_es_lock already orders readers and the publisher.
 * The per-inode state is freed in ext4_destroy_inode(), after the rebuild
 * work has been cancelled and no lookup can run any more.
 *
 * Under memory pressure a shrinker frees indexes, oldest publication
 * first: it unpublishes an index under write_lock(&ei->i_es_lock), like a
 * publication, and frees it after write_unlock(), so no lookup holds it.
 * An inode without an index is answered by the tree, and gets a new index
 * only after rebuild_after more lookups on an unchanged tree.
 *
 * No quality watchdog
 * -------------------
 * The hook has no watchdog files (no has_cost): its answers are the
 * tree's by construction (above), so the only harm a policy can do is
 * time.  A per-inode control sample cannot judge time fairly: lookups per
 * inode depend on the workload, not on the policy, and only the few
 * inodes with min_extents extents are indexed, so the control sample
 * would compare different files rather than the index with the tree.
 * The time is in inference_ns; verify times both lookups side by side.
 */
#define pr_fmt(fmt) "learned_ext4: " fmt

#include <linux/init.h>
#include <linux/kobject.h>
#include <linux/learned_index.h>
#include <linux/learned_policy.h>
#include <linux/log2.h>
#include <linux/mm.h>
#include <linux/percpu.h>
#include <linux/rbtree.h>
#include <linux/sched/clock.h>
#include <linux/sched/mm.h>
#include <linux/shrinker.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/sysfs.h>
#include <linux/workqueue.h>

#include "ext4.h"
#include "learned_extents.h"

DEFINE_STATIC_KEY_FALSE(learned_ext4_key);

/**
 * struct learned_ext4_lookup - one lookup, as the policies see it.
 * @ei: the inode.
 * @li: its state, or NULL.
 * @lblk: the logical block.
 * @es: the answer of a lookup op that did not decline: the node covering
 *	@lblk, or NULL for none.
 */
struct learned_ext4_lookup {
	struct ext4_inode_info *ei;
	struct learned_ext4_idx *li;
	ext4_lblk_t lblk;
	struct extent_status *es;
};

/* What a lookup op returns, through LEARNED_CALL(). */
enum {
	/* no fresh index: the tree walk answers (a fallback) */
	LEARNED_EXT4_TREE,
	/* the index answered; lookup->es is the node */
	LEARNED_EXT4_INDEX,
	/* verify: the index and the tree disagreed; lookup->es is the tree's */
	LEARNED_EXT4_MISMATCH,
};

/**
 * struct learned_ext4_ops - the callbacks of an ext4_extents policy.
 * @lookup: answer a lookup (LEARNED_EXT4_INDEX or LEARNED_EXT4_MISMATCH,
 *	with the node in @l->es), or decline it (LEARNED_EXT4_TREE); a
 *	negative errno is a fault.  Called under read_lock(&ei->i_es_lock)
 *	and rcu_read_lock(); must not sleep.
 */
struct learned_ext4_ops {
	int (*lookup)(struct learned_ext4_lookup *l);
};

/**
 * struct learned_ext4_idx - per-inode state, ei->i_lidx.
 * @idx: the published index, or NULL; under ei->i_es_lock.
 * @seq: ei->i_es_seq the index was built at; under ei->i_es_lock.
 * @bad: verify mode found a difference; do not use @idx until rebuilt.
 * @quiet_seq: i_es_seq when the current run of stale lookups started.
 * @quiet: stale lookups at @quiet_seq (racy, a heuristic only).
 * @rebuilt: rebuilds queued for this inode, saturating: each doubles the
 *	quiet lookups the next one needs, up to LEARNED_EXT4_BACKOFF_MAX.
 * @ei: the inode.
 * @work: rebuilds the index.
 * @lru: on learned_ext4_lru while it may hold an index; under
 *	learned_ext4_lru_lock.
 */
struct learned_ext4_idx {
	struct learned_index *idx;
	u64 seq;
	bool bad;
	u64 quiet_seq;
	unsigned int quiet;
	unsigned int rebuilt;
	struct ext4_inode_info *ei;
	struct work_struct work;
	struct list_head lru;
};

struct learned_ext4_stats {
	u64 lookups;
	u64 hits;
	u64 mismatches;
	u64 verify_index_ns;
	u64 verify_tree_ns;
};

static DEFINE_PER_CPU(struct learned_ext4_stats, learned_ext4_stats);
static atomic64_t learned_ext4_rebuilds = ATOMIC64_INIT(0);
static atomic64_t learned_ext4_rebuild_aborts = ATOMIC64_INIT(0);
static atomic_t learned_ext4_nr_indexes = ATOMIC_INIT(0);
static atomic_long_t learned_ext4_bytes = ATOMIC_LONG_INIT(0);
static atomic_long_t learned_ext4_index_bytes_now = ATOMIC_LONG_INIT(0);
static atomic64_t learned_ext4_shrunk = ATOMIC64_INIT(0);

/*
 * Inodes that may hold an index, oldest publication first.  Lock order:
 * learned_ext4_lru_lock, then ei->i_es_lock.
 */
static LIST_HEAD(learned_ext4_lru);
static DEFINE_SPINLOCK(learned_ext4_lru_lock);

/* Tunables, see Documentation/ABI/testing/sysfs-kernel-learned. */
static unsigned int learned_ext4_min_extents = 4096;
static unsigned int learned_ext4_rebuild_after = 64;
static unsigned int learned_ext4_eps = LEARNED_INDEX_EPS_DEFAULT;
#define LEARNED_EXT4_REBUILD_AFTER_MAX	BIT(20)
#define LEARNED_EXT4_REBUILD_TRIES	4

static int learned_ext4_validate(const struct learned_policy *policy)
{
	const struct learned_ext4_ops *ops = policy->ops;

	return ops->lookup ? 0 : -EINVAL;
}

struct learned_hook learned_ext4_hook = {
	.name = "ext4_extents",
	.key = &learned_ext4_key,
	.validate = learned_ext4_validate,
};

/* The walk of ext4_es_lookup_extent(): the node covering @lblk, or NULL. */
static struct extent_status *learned_ext4_tree_search(struct rb_root *root,
						      ext4_lblk_t lblk)
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

/*
 * Rebuilds are O(extents) and anyone who can write and read a file can
 * ask for them: each inode backs off exponentially, and at most
 * LEARNED_EXT4_REBUILDS_INFLIGHT rebuilds are queued or running at once.
 */
#define LEARNED_EXT4_BACKOFF_MAX	10
#define LEARNED_EXT4_REBUILDS_INFLIGHT	4
static atomic_t learned_ext4_inflight = ATOMIC_INIT(0);

static void learned_ext4_rebuild_work(struct work_struct *work)
{
	struct learned_ext4_idx *li = container_of(work, struct learned_ext4_idx,
						   work);

	learned_ext4_rebuild(&li->ei->vfs_inode);
	atomic_dec(&learned_ext4_inflight);
}

/* The inode's state, allocated on first use; NULL when out of memory. */
static struct learned_ext4_idx *learned_ext4_get(struct ext4_inode_info *ei,
						 gfp_t gfp)
{
	struct learned_ext4_idx *li = READ_ONCE(ei->i_lidx);

	if (li)
		return li;
	li = kzalloc(sizeof(*li), gfp);
	if (!li)
		return NULL;
	li->ei = ei;
	INIT_WORK(&li->work, learned_ext4_rebuild_work);
	INIT_LIST_HEAD(&li->lru);
	if (cmpxchg(&ei->i_lidx, NULL, li)) {
		kfree(li);
		return READ_ONCE(ei->i_lidx);
	}
	atomic_long_add(sizeof(*li), &learned_ext4_bytes);
	return li;
}

/* learned_index_bytes() counts the struct itself, allocated here. */
static size_t learned_ext4_idx_bytes(const struct learned_index *idx)
{
	return learned_index_bytes(idx);
}

/* Free an index; @published: it was accounted as installed. */
static void learned_ext4_free_index(struct learned_index *idx, bool published)
{
	if (!idx)
		return;
	if (published) {
		atomic_long_sub(learned_ext4_idx_bytes(idx), &learned_ext4_bytes);
		atomic_long_sub(learned_ext4_idx_bytes(idx),
				&learned_ext4_index_bytes_now);
		atomic_dec(&learned_ext4_nr_indexes);
	}
	learned_index_destroy(idx);
	kfree(idx);
}

/*
 * A lookup found no usable index.  Once the tree has stayed unchanged for
 * rebuild_after lookups, queue a rebuild.
 */
static noinline void learned_ext4_note_stale(struct ext4_inode_info *ei,
					     struct learned_ext4_idx *li)
{
	u64 seq = ei->i_es_seq;
	unsigned int q;

	if (ei->i_es_all_nr < READ_ONCE(learned_ext4_min_extents))
		return;
	if (!li) {
		li = learned_ext4_get(ei, GFP_ATOMIC | __GFP_NOWARN);
		if (!li)
			return;
	}
	if (READ_ONCE(li->quiet_seq) != seq) {
		WRITE_ONCE(li->quiet_seq, seq);
		WRITE_ONCE(li->quiet, 0);
		return;
	}
	q = READ_ONCE(li->quiet) + 1;
	WRITE_ONCE(li->quiet, q);
	if (q < READ_ONCE(learned_ext4_rebuild_after) <<
		min_t(unsigned int, READ_ONCE(li->rebuilt),
		      LEARNED_EXT4_BACKOFF_MAX) ||
	    work_pending(&li->work))
		return;
	if (atomic_inc_return(&learned_ext4_inflight) >
	    LEARNED_EXT4_REBUILDS_INFLIGHT || !queue_work(system_unbound_wq, &li->work)) {
		atomic_dec(&learned_ext4_inflight);
		return;
	}
	if (READ_ONCE(li->rebuilt) < LEARNED_EXT4_BACKOFF_MAX)
		WRITE_ONCE(li->rebuilt, READ_ONCE(li->rebuilt) + 1);
}

/*
 * The lookup of both policies: the index's answer, and in verify mode the
 * tree's beside it.  The index answers only when it is fresh; a node it
 * names that does not start at the key it holds for it is -ESTALE.
 */
static int learned_ext4_index_search(struct learned_ext4_lookup *l,
				     bool verify)
{
	struct ext4_inode_info *ei = l->ei;
	struct learned_ext4_idx *li = l->li;
	struct extent_status *es, *tree_es;
	struct learned_extent le;
	u64 t0 = 0, t1;

	this_cpu_inc(learned_ext4_stats.lookups);
	if (!li || !li->idx || li->seq != ei->i_es_seq || READ_ONCE(li->bad)) {
		learned_ext4_note_stale(ei, li);
		return LEARNED_EXT4_TREE;
	}

	if (verify)
		t0 = local_clock();
	es = NULL;
	if (learned_index_lookup_floor(li->idx, l->lblk, &le)) {
		es = (struct extent_status *)(uintptr_t)
			(le.pblk << LEARNED_EXT4_NODE_SHIFT);
		if (unlikely(es->es_lblk != le.lblk)) {
			WRITE_ONCE(li->bad, true);
			return -ESTALE;
		}
		/* the last node starting at or before lblk: covering or hole */
		if (!in_range(l->lblk, es->es_lblk, es->es_len))
			es = NULL;
	}
	if (verify) {
		/* both lookups timed back to back: the same block, same state */
		t1 = local_clock();
		tree_es = learned_ext4_tree_search(&ei->i_es_tree.root, l->lblk);
		this_cpu_add(learned_ext4_stats.verify_tree_ns, local_clock() - t1);
		this_cpu_add(learned_ext4_stats.verify_index_ns, t1 - t0);
		if (unlikely(tree_es != es)) {
			WRITE_ONCE(li->bad, true);
			this_cpu_inc(learned_ext4_stats.mismatches);
			WARN_ONCE(1, "inode %lu block %u: the index and the es tree disagree\n",
				  ei->vfs_inode.i_ino, l->lblk);
			l->es = tree_es;
			return LEARNED_EXT4_MISMATCH;
		}
	}
	this_cpu_inc(learned_ext4_stats.hits);
	l->es = es;
	return LEARNED_EXT4_INDEX;
}

/* Only a mismatch found by verify overrides the tree. */
static const char *learned_ext4_check(const struct learned_call *c, long ret,
				      bool *overrides)
{
	*overrides = ret == LEARNED_EXT4_MISMATCH;
	return NULL;
}

/**
 * learned_ext4_search() - find the es node that covers a logical block.
 * @inode: the inode.
 * @lblk: the logical block.
 *
 * Asks the active policy through LEARNED_CALL(): it answers from the
 * inode's learned index when it is fresh and declines otherwise (a
 * fallback); verify compares the index with the rbtree.  The rbtree walk
 * answers a declined lookup and one that faulted (the index named a node
 * that moved), and every lookup while stock is selected.  The result is
 * always the node the rbtree walk of ext4_es_lookup_extent() finds.
 *
 * Context: read_lock(&EXT4_I(inode)->i_es_lock) held; does not sleep.
 * Return: the node covering @lblk, or NULL if there is none.
 */
struct extent_status *learned_ext4_search(struct inode *inode,
					  ext4_lblk_t lblk)
{
	struct ext4_inode_info *ei = EXT4_I(inode);
	struct learned_ext4_lookup l = {
		.ei = ei,
		.li = READ_ONCE(ei->i_lidx),
		.lblk = lblk,
	};
	const struct learned_call c = {
		.hook = &learned_ext4_hook,
		.stock = LEARNED_EXT4_TREE,
		.declines = true,
		.lo = LEARNED_EXT4_INDEX,
		.hi = LEARNED_EXT4_MISMATCH,
		.fault = "index holds a node that moved, or a lookup error",
		.check = learned_ext4_check,
	};
	int ret;

	if (learned_ext4_enabled()) {
		rcu_read_lock();
		ret = LEARNED_CALL(&c, struct learned_ext4_ops, lookup, &l);
		rcu_read_unlock();
		if (ret != LEARNED_EXT4_TREE)
			return l.es;
	}
	return learned_ext4_tree_search(&ei->i_es_tree.root, lblk);
}

/**
 * learned_ext4_publish() - install a new index if the tree is unchanged.
 * @ei: the inode.
 * @li: its state.
 * @nidx: the new index, built from the tree at sequence count @seq.
 * @seq: ei->i_es_seq read together with the snapshot @nidx was built from.
 *
 * Frees whichever of @nidx and the old index is not in use afterwards.
 *
 * Context: process context, may sleep; takes ei->i_es_lock.
 * Return: true if @nidx was published.
 */
bool learned_ext4_publish(struct ext4_inode_info *ei,
			  struct learned_ext4_idx *li,
			  struct learned_index *nidx, u64 seq)
{
	struct learned_index *old = nidx;
	bool published = false;

	write_lock(&ei->i_es_lock);
	if (ei->i_es_seq == seq) {
		old = li->idx;
		li->idx = nidx;
		li->seq = seq;
		WRITE_ONCE(li->bad, false);
		published = true;
	}
	write_unlock(&ei->i_es_lock);
	if (published) {
		atomic_inc(&learned_ext4_nr_indexes);
		atomic_long_add(learned_ext4_idx_bytes(nidx), &learned_ext4_bytes);
		atomic_long_add(learned_ext4_idx_bytes(nidx),
				&learned_ext4_index_bytes_now);
		/* newest last; the shrinker frees from the head */
		spin_lock(&learned_ext4_lru_lock);
		list_move_tail(&li->lru, &learned_ext4_lru);
		spin_unlock(&learned_ext4_lru_lock);
	}
	/* the old index if published, else @nidx, which was never used */
	learned_ext4_free_index(old, published);
	return published;
}

/**
 * learned_ext4_rebuild() - build and publish the learned index of an inode.
 * @inode: the inode.
 *
 * Snapshots the inode's es tree under read_lock, builds a learned index
 * from it and publishes it unless the tree changed meanwhile (then it
 * retries a few times).  Allocations do not recurse into file systems, so
 * inode eviction may wait for this function.
 *
 * Context: process context, may sleep; the inode is not being destroyed.
 * Return: 0 when a fresh index is published, -ENOMEM, -EAGAIN when the
 * tree kept changing, or the error of learned_index_build().
 */
int learned_ext4_rebuild(struct inode *inode)
{
	struct ext4_inode_info *ei = EXT4_I(inode);
	struct learned_index_params p = {
		.eps = READ_ONCE(learned_ext4_eps),
		.delta_max = LEARNED_INDEX_DELTA_MIN,
	};
	struct learned_ext4_idx *li;
	struct learned_extent *ext;
	struct learned_index *nidx;
	struct extent_status *es;
	struct rb_node *node;
	unsigned int nofs, tries;
	uintptr_t misaligned;
	u32 nr, cap;
	u64 seq;
	int err = -EAGAIN;

	BUILD_BUG_ON(!is_power_of_2(__alignof__(struct extent_status)));

	nofs = memalloc_nofs_save();
	li = learned_ext4_get(ei, GFP_KERNEL);
	if (!li) {
		err = -ENOMEM;
		goto out;
	}
	WRITE_ONCE(li->quiet, 0);
	for (tries = 0; tries < LEARNED_EXT4_REBUILD_TRIES; tries++) {
		read_lock(&ei->i_es_lock);
		cap = ei->i_es_all_nr;
		read_unlock(&ei->i_es_lock);
		cap += cap / 8 + 64;
		ext = kvmalloc_array(cap, sizeof(*ext), GFP_KERNEL);
		if (!ext) {
			err = -ENOMEM;
			break;
		}
		nr = 0;
		misaligned = 0;
		read_lock(&ei->i_es_lock);
		seq = ei->i_es_seq;
		for (node = rb_first(&ei->i_es_tree.root); node && nr < cap;
		     node = rb_next(node)) {
			es = rb_entry(node, struct extent_status, rb_node);
			/* start keys only: the node has the length */
			ext[nr].lblk = es->es_lblk;
			ext[nr].len = 1;
			ext[nr].pblk = (uintptr_t)es >> LEARNED_EXT4_NODE_SHIFT;
			misaligned |= (uintptr_t)es &
				      (__alignof__(struct extent_status) - 1);
			nr++;
		}
		read_unlock(&ei->i_es_lock);
		if (node) {
			/* the tree grew past the snapshot's capacity */
			kvfree(ext);
			continue;
		}
		if (misaligned) {
			kvfree(ext);
			learned_hook_fault(&learned_ext4_hook,
					   "an es node is not aligned to its type");
			err = -EINVAL;
			break;
		}
		nidx = kzalloc(sizeof(*nidx), GFP_KERNEL);
		err = nidx ? learned_index_build(nidx, ext, nr, &p, GFP_KERNEL) :
			     -ENOMEM;
		kvfree(ext);
		if (err) {
			kfree(nidx);
			if (err == -EINVAL)
				learned_hook_fault(&learned_ext4_hook,
						   "the es tree is not a sorted set of extents");
			break;
		}
		if (learned_ext4_publish(ei, li, nidx, seq)) {
			atomic64_inc(&learned_ext4_rebuilds);
			err = 0;
			break;
		}
		atomic64_inc(&learned_ext4_rebuild_aborts);
		err = -EAGAIN;
	}
out:
	memalloc_nofs_restore(nofs);
	return err;
}

/**
 * learned_ext4_index_bytes() - memory of an inode's learned index.
 * @ei: the inode.
 * @idx: receives the published index (for its shape), or NULL; may be NULL.
 *
 * For the KUnit tests and benchmark.
 *
 * Context: process context; no concurrent rebuild of @ei.
 * Return: bytes held for @ei by the hook (its state and the index), 0 if
 * it has none.
 */
size_t learned_ext4_index_bytes(struct ext4_inode_info *ei,
				const struct learned_index **idx)
{
	struct learned_ext4_idx *li = READ_ONCE(ei->i_lidx);
	size_t bytes = 0;

	read_lock(&ei->i_es_lock);
	if (idx)
		*idx = li ? li->idx : NULL;
	if (li)
		bytes = sizeof(*li) + learned_ext4_idx_bytes(li->idx);
	read_unlock(&ei->i_es_lock);
	return bytes;
}

/**
 * learned_ext4_init_inode() - initialise the hook's fields of a new inode.
 * @ei: the inode, from ext4_alloc_inode().
 *
 * Context: process context.
 */
void learned_ext4_init_inode(struct ext4_inode_info *ei)
{
	ei->i_lidx = NULL;
	ei->i_es_seq = 0;
}

/**
 * learned_ext4_destroy_inode() - free the learned index of an inode.
 * @ei: the inode, from ext4_destroy_inode().
 *
 * Context: process context, may sleep (waits for a running rebuild).  No
 * lookup can run on @ei any more.
 */
void learned_ext4_destroy_inode(struct ext4_inode_info *ei)
{
	struct learned_ext4_idx *li = ei->i_lidx;

	if (!li)
		return;
	if (cancel_work_sync(&li->work))	/* queued, never ran */
		atomic_dec(&learned_ext4_inflight);
	/* after this the shrinker cannot reach @li */
	spin_lock(&learned_ext4_lru_lock);
	list_del_init(&li->lru);
	spin_unlock(&learned_ext4_lru_lock);
	learned_ext4_free_index(li->idx, true);
	ei->i_lidx = NULL;
	atomic_long_sub(sizeof(*li), &learned_ext4_bytes);
	kfree(li);
}

/**
 * learned_ext4_rebuilds_queued() - rebuilds queued for an inode so far.
 * @ei: the inode.
 *
 * Saturates at LEARNED_EXT4_BACKOFF_MAX, the backoff's limit.
 *
 * Context: any.
 * Return: the count, 0 for an inode without learned state.
 */
unsigned int learned_ext4_rebuilds_queued(struct ext4_inode_info *ei)
{
	struct learned_ext4_idx *li = READ_ONCE(ei->i_lidx);

	return li ? READ_ONCE(li->rebuilt) : 0;
}

/**
 * learned_ext4_flush_rebuild() - wait for the inode's queued rebuild.
 * @ei: the inode.
 *
 * Context: process context, may sleep.
 */
void learned_ext4_flush_rebuild(struct ext4_inode_info *ei)
{
	struct learned_ext4_idx *li = READ_ONCE(ei->i_lidx);

	if (li)
		flush_work(&li->work);
}

/* busy indexes the shrinker skips before it gives up for this call */
#define LEARNED_EXT4_SHRINK_BUSY_MAX	64

/**
 * learned_ext4_shrink() - free learned indexes, oldest publication first.
 * @nr_pages: free indexes until at least this many pages are freed.
 *
 * Context: process context, may sleep (frees with kvfree()).
 * Return: pages freed (rounded down), counting each index's bytes.
 */
unsigned long learned_ext4_shrink(unsigned long nr_pages)
{
	unsigned long bytes = 0, busy = 0;
	struct learned_ext4_idx *li;
	struct learned_index *old;
	struct ext4_inode_info *ei;

	while ((bytes >> PAGE_SHIFT) < nr_pages) {
		spin_lock(&learned_ext4_lru_lock);
		li = list_first_entry_or_null(&learned_ext4_lru,
					      struct learned_ext4_idx, lru);
		if (!li) {
			spin_unlock(&learned_ext4_lru_lock);
			break;
		}
		ei = li->ei;
		if (!write_trylock(&ei->i_es_lock)) {
			/* in use: skip it, as ext4's own es shrinker does */
			list_move_tail(&li->lru, &learned_ext4_lru);
			spin_unlock(&learned_ext4_lru_lock);
			if (++busy > LEARNED_EXT4_SHRINK_BUSY_MAX)
				break;
			continue;
		}
		list_del_init(&li->lru);
		/* unpublish as learned_ext4_publish() publishes */
		old = li->idx;
		li->idx = NULL;
		write_unlock(&ei->i_es_lock);
		spin_unlock(&learned_ext4_lru_lock);
		if (old) {
			bytes += learned_ext4_idx_bytes(old);
			atomic64_inc(&learned_ext4_shrunk);
			learned_ext4_free_index(old, true);
		}
		cond_resched();
	}
	return bytes >> PAGE_SHIFT;
}

static unsigned long learned_ext4_shrink_count(struct shrinker *shrink,
					       struct shrink_control *sc)
{
	long bytes = atomic_long_read(&learned_ext4_index_bytes_now);

	return bytes > 0 ? DIV_ROUND_UP(bytes, PAGE_SIZE) : SHRINK_EMPTY;
}

static unsigned long learned_ext4_shrink_scan(struct shrinker *shrink,
					      struct shrink_control *sc)
{
	unsigned long freed = learned_ext4_shrink(sc->nr_to_scan);

	return freed ? freed : SHRINK_STOP;
}

static struct shrinker learned_ext4_shrinker = {
	.count_objects = learned_ext4_shrink_count,
	.scan_objects = learned_ext4_shrink_scan,
	.seeks = DEFAULT_SEEKS,
};

/* sysfs: counters and tunables beside the hook's own files. */

static u64 learned_ext4_sum(size_t off)
{
	u64 sum = 0;
	int cpu;

	for_each_possible_cpu(cpu)
		sum += *(u64 *)((char *)per_cpu_ptr(&learned_ext4_stats, cpu) +
				off);
	return sum;
}

#define LEARNED_EXT4_STAT(_name)					\
static ssize_t _name##_show(struct kobject *kobj,			\
			    struct kobj_attribute *attr, char *buf)	\
{									\
	return sysfs_emit(buf, "%llu\n",				\
		learned_ext4_sum(offsetof(struct learned_ext4_stats, _name))); \
}									\
static struct kobj_attribute learned_ext4_##_name##_attr = __ATTR_RO(_name)

LEARNED_EXT4_STAT(lookups);
LEARNED_EXT4_STAT(hits);
LEARNED_EXT4_STAT(mismatches);
LEARNED_EXT4_STAT(verify_index_ns);
LEARNED_EXT4_STAT(verify_tree_ns);

static ssize_t rebuilds_show(struct kobject *kobj, struct kobj_attribute *attr,
			     char *buf)
{
	return sysfs_emit(buf, "%lld\n", atomic64_read(&learned_ext4_rebuilds));
}

static struct kobj_attribute learned_ext4_rebuilds_attr = __ATTR_RO(rebuilds);

static ssize_t rebuild_aborts_show(struct kobject *kobj,
				   struct kobj_attribute *attr, char *buf)
{
	return sysfs_emit(buf, "%lld\n",
			  atomic64_read(&learned_ext4_rebuild_aborts));
}

static struct kobj_attribute learned_ext4_rebuild_aborts_attr =
	__ATTR_RO(rebuild_aborts);

static ssize_t indexes_show(struct kobject *kobj, struct kobj_attribute *attr,
			    char *buf)
{
	return sysfs_emit(buf, "%d\n", atomic_read(&learned_ext4_nr_indexes));
}

static struct kobj_attribute learned_ext4_indexes_attr = __ATTR_RO(indexes);

static ssize_t bytes_show(struct kobject *kobj, struct kobj_attribute *attr,
			  char *buf)
{
	return sysfs_emit(buf, "%ld\n", atomic_long_read(&learned_ext4_bytes));
}

static struct kobj_attribute learned_ext4_bytes_attr = __ATTR_RO(bytes);

static ssize_t shrunk_show(struct kobject *kobj, struct kobj_attribute *attr,
			   char *buf)
{
	return sysfs_emit(buf, "%lld\n", atomic64_read(&learned_ext4_shrunk));
}

static struct kobj_attribute learned_ext4_shrunk_attr = __ATTR_RO(shrunk);

static ssize_t learned_ext4_store_uint(const char *buf, size_t count,
				       unsigned int *val, unsigned int min,
				       unsigned int max)
{
	unsigned int v;

	if (learned_parse_uint(buf, count, min, max, &v))
		return -EINVAL;
	WRITE_ONCE(*val, v);
	return count;
}

#define LEARNED_EXT4_TUNABLE(_name, _min, _max)				\
static ssize_t _name##_show(struct kobject *kobj,			\
			    struct kobj_attribute *attr, char *buf)	\
{									\
	return sysfs_emit(buf, "%u\n", READ_ONCE(learned_ext4_##_name)); \
}									\
static ssize_t _name##_store(struct kobject *kobj,			\
			     struct kobj_attribute *attr,		\
			     const char *buf, size_t count)		\
{									\
	return learned_ext4_store_uint(buf, count, &learned_ext4_##_name, \
				       _min, _max);			\
}									\
static struct kobj_attribute learned_ext4_##_name##_attr = __ATTR_RW(_name)

LEARNED_EXT4_TUNABLE(min_extents, 1, LEARNED_INDEX_MAX_ENTRIES);
LEARNED_EXT4_TUNABLE(rebuild_after, 1, LEARNED_EXT4_REBUILD_AFTER_MAX);
LEARNED_EXT4_TUNABLE(eps, LEARNED_INDEX_EPS_MIN, LEARNED_INDEX_EPS_MAX);

static struct attribute *learned_ext4_attrs[] = {
	&learned_ext4_lookups_attr.attr,
	&learned_ext4_hits_attr.attr,
	&learned_ext4_mismatches_attr.attr,
	&learned_ext4_verify_index_ns_attr.attr,
	&learned_ext4_verify_tree_ns_attr.attr,
	&learned_ext4_rebuilds_attr.attr,
	&learned_ext4_rebuild_aborts_attr.attr,
	&learned_ext4_indexes_attr.attr,
	&learned_ext4_bytes_attr.attr,
	&learned_ext4_shrunk_attr.attr,
	&learned_ext4_min_extents_attr.attr,
	&learned_ext4_rebuild_after_attr.attr,
	&learned_ext4_eps_attr.attr,
	NULL,
};

static const struct attribute_group learned_ext4_group = {
	.attrs = learned_ext4_attrs,
};

static int learned_ext4_learned_lookup(struct learned_ext4_lookup *l)
{
	return learned_ext4_index_search(l, false);
}

static int learned_ext4_verify_lookup(struct learned_ext4_lookup *l)
{
	return learned_ext4_index_search(l, true);
}

static const struct learned_ext4_ops learned_ext4_learned_ops = {
	.lookup = learned_ext4_learned_lookup,
};

static const struct learned_ext4_ops learned_ext4_verify_ops = {
	.lookup = learned_ext4_verify_lookup,
};

static struct learned_policy learned_ext4_learned = {
	.name = "learned",
	.ops = &learned_ext4_learned_ops,
	.model = "learned_index: piecewise-linear Q32.32 segments over the es tree",
};

static struct learned_policy learned_ext4_verify = {
	.name = "verify",
	.ops = &learned_ext4_verify_ops,
	.model = "learned_index, every answer checked against the es tree",
};

static int __init learned_ext4_init(void)
{
	int err;

	err = learned_hook_register(&learned_ext4_hook);
	if (err) {
		pr_warn("cannot register the ext4_extents hook: %d\n", err);
		return err;
	}
	err = learned_policy_register(&learned_ext4_hook, &learned_ext4_learned);
	if (err)
		pr_warn("cannot register policy learned: %d\n", err);
	err = learned_policy_register(&learned_ext4_hook, &learned_ext4_verify);
	if (err)
		pr_warn("cannot register policy verify: %d\n", err);
	err = sysfs_create_group(&learned_ext4_hook.kobj, &learned_ext4_group);
	if (err)
		pr_warn("cannot create the counter files: %d\n", err);
	err = register_shrinker(&learned_ext4_shrinker, "learned-ext4-index");
	if (err)
		pr_warn("cannot register the index shrinker: %d\n", err);
	return 0;
}
late_initcall(learned_ext4_init);
