/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Learned swap-in readahead: the "swapra" hook.
 *
 * Decision point: a page fault on a swapped-out anonymous page that is not
 * in the swap cache (a major fault).  Stock reads a window of 1 <<
 * page_cluster pages at most around the fault (swapin_nr_pages() and
 * swap_vma_readahead() in mm/swap_state.c).  A policy instead plans a
 * window and a stride: the fault page and win - 1 pages at pos + k *
 * stride, where pos is the faulting virtual page (VMA readahead) or the
 * swap offset (cluster readahead).
 */
#ifndef _LINUX_LEARNED_SWAPRA_H
#define _LINUX_LEARNED_SWAPRA_H

#include <linux/jump_label.h>
#include <linux/learned_swapra_features.h>
#include <linux/mm_types.h>
#include <linux/types.h>

struct cgroup;
struct page;
struct vm_fault;

/**
 * struct learned_swapra_req - what a policy sees at a swap-in fault.
 * @hist: the stream's fault history, this fault already pushed.
 * @pos: position of the fault (virtual page or swap offset).
 * @prev: position of the stream's previous access.
 * @hits: readahead hits of the stream since its previous plan.
 * @prev_win: the stream's previous window.
 * @max_win: stock's ceiling (1 << page_cluster, capped for VMA readahead).
 * @stock_win: the window stock would read.
 * @vma: VMA readahead (false: cluster readahead on swap offsets).
 * @cgroup: the cgroup of the faulting mm's memory cgroup, or NULL: selects
 *	a per-cgroup policy (cgroup_policy).
 * @key: the watchdog's key: the swap device and the region of swap
 *	offsets of the fault.  Every fault that reaches the hook missed the
 *	swap cache and waits for a read (a major fault): a cost for it.
 */
struct learned_swapra_req {
	const struct learned_swapra_hist *hist;
	unsigned long pos;
	unsigned long prev;
	u32 hits;
	u32 prev_win;
	u32 max_win;
	u32 stock_win;
	bool vma;
	struct cgroup *cgroup;
	u64 key;
};

/**
 * struct learned_swapra_ops - callbacks of a swap-in readahead policy.
 * @plan: return the window (1..%LEARNED_SWAPRA_MAX_WIN pages including
 *	the fault) and set *@stride (nonzero, at most
 *	%LEARNED_SWAPRA_MAX_STRIDE in magnitude) when the window is above 1;
 *	return 0 to let stock plan this fault (counted as a fallback), or a
 *	negative errno on an internal error (the hook then reverts to
 *	stock).  Called under rcu_read_lock(); must not sleep.
 */
struct learned_swapra_ops {
	int (*plan)(const struct learned_swapra_req *req, s32 *stride);
};

#ifdef CONFIG_LEARNED_SWAPRA
DECLARE_STATIC_KEY_FALSE(learned_swapra_key);
extern struct learned_hook learned_swapra_hook;

bool __learned_swapra_readahead(swp_entry_t entry, gfp_t gfp_mask,
				struct vm_fault *vmf, bool vma_ra,
				atomic_t *cluster_hits, struct page **pagep);
int learned_swapra_decide(const struct learned_swapra_req *req, s32 *stride);
#endif

/**
 * learned_swapra_readahead() - let the active policy do the readahead.
 * @entry: swap entry of the faulting page.
 * @gfp_mask: allocation flags.
 * @vmf: the fault.
 * @vma_ra: stock would use VMA readahead.
 * @cluster_hits: stock's readahead hit counter of cluster readahead.
 * @pagep: set to the faulting page (or NULL) when true is returned.
 *
 * Context: as swapin_readahead(); mmap_lock held for read.
 * Return: false when stock is active or the policy declined: the caller
 * then does exactly what stock does.
 */
static inline bool learned_swapra_readahead(swp_entry_t entry,
					    gfp_t gfp_mask,
					    struct vm_fault *vmf, bool vma_ra,
					    atomic_t *cluster_hits,
					    struct page **pagep)
{
#ifdef CONFIG_LEARNED_SWAPRA
	if (static_branch_unlikely(&learned_swapra_key))
		return __learned_swapra_readahead(entry, gfp_mask, vmf, vma_ra,
						  cluster_hits, pagep);
#endif
	return false;
}

#endif /* _LINUX_LEARNED_SWAPRA_H */
