/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Learned index over ext4's extent status tree: the "ext4_extents" hook.
 *
 * ext4_es_lookup_extent() finds the extent status node that covers a
 * logical block by walking the inode's rbtree (i_es_tree).  With a
 * non-stock policy selected in /sys/kernel/learned/ext4_extents/policy,
 * that walk goes through learned_ext4_search() instead, which answers from
 * a learned index (include/linux/learned_index.h) built from a snapshot of
 * the tree, and from the tree itself whenever the index is missing, stale
 * or in doubt.  See fs/ext4/learned_extents.c for why the answer is always
 * the tree's answer.
 *
 * Include after "ext4.h".
 */
#ifndef _EXT4_LEARNED_EXTENTS_H
#define _EXT4_LEARNED_EXTENTS_H

#include <linux/jump_label.h>
#include <linux/log2.h>
#include <linux/types.h>

struct extent_status;
struct inode;
struct ext4_inode_info;

#ifdef CONFIG_LEARNED_EXT4
/*
 * The index stores node addresses shifted right by this many bits: es
 * nodes come from a slab cache aligned to their type (KMEM_CACHE()), so
 * the low bits are zero; learned_ext4_rebuild() checks it on every node.
 */
#define LEARNED_EXT4_NODE_SHIFT	ilog2(__alignof__(struct extent_status))

DECLARE_STATIC_KEY_FALSE(learned_ext4_key);
extern struct learned_hook learned_ext4_hook;

struct extent_status *learned_ext4_search(struct inode *inode,
					  ext4_lblk_t lblk);
void learned_ext4_init_inode(struct ext4_inode_info *ei);
void learned_ext4_destroy_inode(struct ext4_inode_info *ei);
int learned_ext4_rebuild(struct inode *inode);

/* For the KUnit test: install an index built at sequence count @seq. */
struct learned_ext4_idx;
struct learned_index;
bool learned_ext4_publish(struct ext4_inode_info *ei,
			  struct learned_ext4_idx *li,
			  struct learned_index *nidx, u64 seq);
size_t learned_ext4_index_bytes(struct ext4_inode_info *ei,
				const struct learned_index **idx);
unsigned long learned_ext4_shrink(unsigned long nr_pages);
unsigned int learned_ext4_rebuilds_queued(struct ext4_inode_info *ei);
void learned_ext4_flush_rebuild(struct ext4_inode_info *ei);

/**
 * learned_ext4_enabled() - does ext4_es_lookup_extent() ask the hook?
 *
 * Context: any.
 * Return: true while a non-stock policy is selected; a patched-out jump
 * otherwise.
 */
static __always_inline bool learned_ext4_enabled(void)
{
	return static_branch_unlikely(&learned_ext4_key);
}

/**
 * learned_ext4_es_changed() - the inode's extent status tree changes.
 * @ei: the inode.
 *
 * Called right after every write_lock() (or successful write_trylock())
 * of @ei->i_es_lock in fs/ext4/extents_status.c, i.e. before any change
 * of the tree's nodes.  Makes every learned index built before it stale.
 *
 * Context: write_lock(&ei->i_es_lock) held.
 */
static inline void learned_ext4_es_changed(struct ext4_inode_info *ei)
{
	ei->i_es_seq++;
}
#else
static inline bool learned_ext4_enabled(void)
{
	return false;
}

static inline struct extent_status *learned_ext4_search(struct inode *inode,
							ext4_lblk_t lblk)
{
	return NULL;
}

static inline void learned_ext4_init_inode(struct ext4_inode_info *ei) { }
static inline void learned_ext4_destroy_inode(struct ext4_inode_info *ei) { }
static inline void learned_ext4_es_changed(struct ext4_inode_info *ei) { }
#endif

#endif /* _EXT4_LEARNED_EXTENTS_H */
