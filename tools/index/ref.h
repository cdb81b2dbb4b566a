/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Reference structures the learned index is checked and measured against:
 *
 * - a sorted array of extents with binary search;
 * - an rbtree of extents built on the kernel's own lib/rbtree.c (compiled
 *   from the extracted 6.1 tree), searched the way ext4's extent status
 *   tree is (__es_tree_search() in fs/ext4/extents_status.c).  Nodes carry
 *   u64 keys so that every key set of the tests fits.
 */
#ifndef _TOOLS_INDEX_REF_H
#define _TOOLS_INDEX_REF_H

#include <stdlib.h>
#include <linux/learned_index.h>
#include <linux/rbtree.h>

/* Sorted array: the last extent whose lblk <= @blk, or NULL. */
static inline const struct learned_extent *
ref_arr_pred(const struct learned_extent *a, u32 n, u64 blk)
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

static inline const struct learned_extent *
ref_arr_cover(const struct learned_extent *a, u32 n, u64 blk)
{
	const struct learned_extent *e = ref_arr_pred(a, n, blk);

	return e && blk - e->lblk < e->len ? e : NULL;
}

static inline const struct learned_extent *
ref_arr_exact(const struct learned_extent *a, u32 n, u64 lblk)
{
	const struct learned_extent *e = ref_arr_pred(a, n, lblk);

	return e && e->lblk == lblk ? e : NULL;
}

struct ref_node {
	struct rb_node rb;
	struct learned_extent e;
};

static inline u64 ref_end(const struct ref_node *n)
{
	return n->e.lblk + (n->e.len - 1);
}

/* The extent containing @blk, or else the first one after it (ext4's search). */
static inline struct ref_node *ref_search(struct rb_root *root, u64 blk)
{
	struct rb_node *node = root->rb_node;
	struct ref_node *n = NULL;

	while (node) {
		n = rb_entry(node, struct ref_node, rb);
		if (blk < n->e.lblk)
			node = node->rb_left;
		else if (blk > ref_end(n))
			node = node->rb_right;
		else
			return n;
	}
	if (n && blk < n->e.lblk)
		return n;
	if (n && blk > ref_end(n)) {
		node = rb_next(&n->rb);
		return node ? rb_entry(node, struct ref_node, rb) : NULL;
	}
	return NULL;
}

static inline struct ref_node *ref_cover(struct rb_root *root, u64 blk)
{
	struct ref_node *n = ref_search(root, blk);

	return n && n->e.lblk <= blk ? n : NULL;
}

/* Insert @e; false (and nothing done) if it overlaps an extent. */
static inline bool ref_insert(struct rb_root *root, const struct learned_extent *e)
{
	struct rb_node **p = &root->rb_node, *parent = NULL;
	u64 last = e->lblk + (e->len - 1);
	struct ref_node *n;

	while (*p) {
		parent = *p;
		n = rb_entry(parent, struct ref_node, rb);
		if (last < n->e.lblk)
			p = &parent->rb_left;
		else if (e->lblk > ref_end(n))
			p = &parent->rb_right;
		else
			return false;
	}
	n = malloc(sizeof(*n));
	if (!n)
		abort();
	n->e = *e;
	rb_link_node(&n->rb, parent, p);
	rb_insert_color(&n->rb, root);
	return true;
}

static inline void ref_erase(struct rb_root *root, struct ref_node *n)
{
	rb_erase(&n->rb, root);
	free(n);
}

static inline void ref_clear(struct rb_root *root)
{
	struct rb_node *node;

	while ((node = rb_first(root)))
		ref_erase(root, rb_entry(node, struct ref_node, rb));
}

/* Copy the tree in order into @a (room for @max); returns the count. */
static inline u32 ref_flatten(struct rb_root *root, struct learned_extent *a,
			      u32 max)
{
	struct rb_node *node;
	u32 n = 0;

	for (node = rb_first(root); node && n < max; node = rb_next(node))
		a[n++] = rb_entry(node, struct ref_node, rb)->e;
	return n;
}

#endif /* _TOOLS_INDEX_REF_H */
