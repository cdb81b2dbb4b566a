/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The authoritative structure the learned index is measured against: an
 * rbtree of extents laid out exactly like ext4's extent status tree
 * (struct extent_status: rb_node + u32 lblk + u32 len + u64 pblk), searched
 * like __es_tree_search() and looked up like ext4_es_lookup_extent() (the
 * cached extent first), without the lock and the statistics.
 *
 * Shared by the KUnit benchmark (kunit/learned/index_bench.c) and its
 * userspace twin (tools/index/bench.c), so both measure the same code.
 * Needs <linux/rbtree.h> and U64_MAX; the caller allocates the nodes.
 */
#ifndef _LEARNED_INDEX_ES_H
#define _LEARNED_INDEX_ES_H

struct index_es {
	struct rb_node rb_node;
	u32 es_lblk;
	u32 es_len;
	u64 es_pblk;
};

struct index_es_tree {
	struct rb_root root;
	struct index_es *cache_es;
};

/*
 * fs/ext4/extents_status.c: __es_tree_search() - the extent that covers
 * @lblk, or else the next extent after it, or NULL.
 */
static inline struct index_es *index_es_search(struct rb_root *root, u32 lblk)
{
	struct rb_node *node = root->rb_node;
	struct index_es *es = NULL;

	while (node) {
		es = rb_entry(node, struct index_es, rb_node);
		if (lblk < es->es_lblk)
			node = node->rb_left;
		else if (lblk > es->es_lblk + es->es_len - 1)
			node = node->rb_right;
		else
			return es;
	}
	if (es && lblk < es->es_lblk)
		return es;
	if (es && lblk > es->es_lblk + es->es_len - 1) {
		node = rb_next(&es->rb_node);
		return node ? rb_entry(node, struct index_es, rb_node) : NULL;
	}
	return NULL;
}

/* The physical block of @lblk, or U64_MAX in a hole; caches the extent. */
static noinline u64
index_es_lookup(struct index_es_tree *t, u32 lblk)
{
	struct index_es *es = t->cache_es;

	if (!es || lblk < es->es_lblk || lblk > es->es_lblk + es->es_len - 1) {
		es = index_es_search(&t->root, lblk);
		if (!es || lblk < es->es_lblk)
			return U64_MAX;
		t->cache_es = es;
	}
	return es->es_pblk + (lblk - es->es_lblk);
}

/* Link @n, whose fields are set, into @t by its lblk. */
static inline void index_es_link(struct index_es_tree *t, struct index_es *n)
{
	struct rb_node **p = &t->root.rb_node, *parent = NULL;
	struct index_es *es;

	while (*p) {
		parent = *p;
		es = rb_entry(parent, struct index_es, rb_node);
		p = n->es_lblk < es->es_lblk ? &parent->rb_left :
					       &parent->rb_right;
	}
	rb_link_node(&n->rb_node, parent, p);
	rb_insert_color(&n->rb_node, &t->root);
}

#endif /* _LEARNED_INDEX_ES_H */
