/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Learned page-cache eviction: the "evict" hook.
 *
 * Decision point: when a file folio that was evicted comes back (a
 * refault), workingset_refault() decides whether it goes straight to the
 * active list.  Stock activates it when its refault distance is at most
 * the workingset size (mm/workingset.c); a policy may decide otherwise.
 */
#ifndef _LINUX_LEARNED_EVICT_H
#define _LINUX_LEARNED_EVICT_H

#include <linux/jump_label.h>
#include <linux/types.h>

struct cgroup;
struct folio;
struct lruvec;

/**
 * struct learned_evict_refault - what a policy sees at a refault.
 * @distance: refault distance in pages (evictions and activations on
 *	the evicting LRU since this folio was evicted).
 * @workingset: the workingset size stock compares @distance with.
 * @active_file: pages on the evicting lruvec's active file list.
 * @inactive_file: pages on the evicting lruvec's inactive file list.
 * @nrpages: pages of the folio's file in the page cache.
 * @was_active: the folio was on the active list when it was evicted.
 * @file: a file folio (false: anonymous, from swap).
 * @key: identifies the page (file and offset) for the watchdog's control
 *	sample.
 * @cgroup: the cgroup of the evicting lruvec's memcg, or NULL; it selects
 *	a per-cgroup policy.
 */
struct learned_evict_refault {
	unsigned long distance;
	unsigned long workingset;
	unsigned long active_file;
	unsigned long inactive_file;
	unsigned long nrpages;
	bool was_active;
	bool file;
	u64 key;
	struct cgroup *cgroup;
};

/**
 * struct learned_evict_ops - callbacks of an eviction policy.
 * @refault: return 1 to activate the refaulting folio, 0 to leave it on
 *	the inactive list, or a negative errno on an internal error (the
 *	hook then reverts to stock).  Called under rcu_read_lock() with the
 *	folio locked; must not sleep.
 */
struct learned_evict_ops {
	int (*refault)(const struct learned_evict_refault *r);
};

/**
 * learned_evict_stock_refault() - stock's refault decision.
 * @distance: the refault distance.
 * @workingset: the workingset size.
 *
 * Return: true to activate, as mm/workingset.c decides without a policy.
 */
static inline bool learned_evict_stock_refault(unsigned long distance,
					       unsigned long workingset)
{
	return distance <= workingset;
}

#ifdef CONFIG_LEARNED_EVICT
DECLARE_STATIC_KEY_FALSE(learned_evict_key);
extern struct learned_hook learned_evict_hook;

bool __learned_evict_refault(struct folio *folio, struct lruvec *lruvec,
			     unsigned long distance, unsigned long workingset,
			     bool was_active);
bool learned_evict_decide_refault(const struct learned_evict_refault *r);
#endif

/**
 * learned_evict_refault() - should a refaulting folio be activated?
 * @folio: the refaulting folio, locked.
 * @lruvec: the lruvec it was evicted from.
 * @distance: its refault distance.
 * @workingset: the workingset size stock compares @distance with.
 * @was_active: it was active when it was evicted.
 *
 * Context: rcu_read_lock() held, as in workingset_refault().
 * Return: true to activate.  Exactly stock's answer unless a non-stock
 * policy is selected in /sys/kernel/learned/evict/policy.
 */
static inline bool learned_evict_refault(struct folio *folio,
					 struct lruvec *lruvec,
					 unsigned long distance,
					 unsigned long workingset,
					 bool was_active)
{
#ifdef CONFIG_LEARNED_EVICT
	if (static_branch_unlikely(&learned_evict_key))
		return __learned_evict_refault(folio, lruvec, distance,
					       workingset, was_active);
#endif
	return learned_evict_stock_refault(distance, workingset);
}

#endif /* _LINUX_LEARNED_EVICT_H */
