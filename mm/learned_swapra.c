// SPDX-License-Identifier: GPL-2.0
/*
 * Learned swap-in readahead: the "swapra" hook and its built-in policies.
 *
 * While a non-stock policy is active, swapin_readahead() hands the fault
 * to __learned_swapra_readahead(): it updates the stream's fault history
 * (a VMA for VMA readahead, a swap device for cluster readahead), asks the
 * policy for a window and a stride, and reads the fault page and the
 * planned pages.  Policies:
 *
 *   stock   mm/swap_state.c as is (this file is not called)
 *   leap    majority-trend stride detection in the style of Leap (ATC'20):
 *           prefetch along the trend, the window doubled while every
 *           prefetched page is used; without a trend, stock plans
 *
 * The quality watchdog's key is the swap device and the region of
 * 2^SWAPRA_REGION_BITS swap offsets the fault is in; faults in the
 * control sample's regions are planned by stock.  Its cost is one per
 * fault that reaches the hook: the page was not in the swap cache, so the
 * fault waits for the disk (a major fault), which a plan that left out
 * pages about to be used causes.  Pages read ahead and never used are not
 * counted: nothing tells cheaply when such a page leaves the swap cache
 * unread.
 *
 * The learned policy is in mm/learned_swapra_policy.c.
 */
#define pr_fmt(fmt) "learned_swapra: " fmt

#include <linux/blkdev.h>
#include <linux/hash.h>
#include <linux/init.h>
#include <linux/learned_policy.h>
#include <linux/learned_swapra.h>
#include <linux/memcontrol.h>
#include <linux/mm.h>
#include <linux/pagemap.h>
#include <linux/spinlock.h>
#include <linux/swap.h>
#include <linux/swapops.h>
#include <linux/vmstat.h>

#include "swap.h"

#define CREATE_TRACE_POINTS
#include <trace/events/learned_swapra.h>

/* The encoding of vma->swap_readahead_info, as in mm/swap_state.c. */
#define SWAPRA_WIN_SHIFT	(PAGE_SHIFT / 2)
#define SWAPRA_HITS_MASK	((1UL << SWAPRA_WIN_SHIFT) - 1)
#define SWAPRA_WIN_MASK		(~PAGE_MASK & ~SWAPRA_HITS_MASK)
#define SWAPRA_HITS(v)		((v) & SWAPRA_HITS_MASK)
#define SWAPRA_WIN(v)		(((v) & SWAPRA_WIN_MASK) >> SWAPRA_WIN_SHIFT)
#define SWAPRA_ADDR(v)		((v) & PAGE_MASK)
#define SWAPRA_VAL(addr, win, hits)				\
	(((addr) & PAGE_MASK) |					\
	 (((win) << SWAPRA_WIN_SHIFT) & SWAPRA_WIN_MASK) |	\
	 ((hits) & SWAPRA_HITS_MASK))

/* One stream's history: per VMA, or per swap device for cluster mode. */
#define SWAPRA_SLOTS_BITS	6
/* the watchdog's regions: 256 swap slots, a swap cluster */
#define SWAPRA_REGION_BITS	8

struct swapra_slot {
	spinlock_t lock;	/* protects the fields below */
	unsigned long key;
	unsigned long last;	/* cluster mode: expected previous position */
	u32 prev_win;		/* cluster mode: previous window */
	struct learned_swapra_hist hist;
};

static struct swapra_slot swapra_slots[1 << SWAPRA_SLOTS_BITS];

DEFINE_STATIC_KEY_FALSE(learned_swapra_key);

static int learned_swapra_validate(const struct learned_policy *policy)
{
	const struct learned_swapra_ops *ops = policy->ops;

	return ops->plan ? 0 : -EINVAL;
}

static int learned_swapra_attach(struct learned_hook *hook)
{
	unsigned int i;

	/* Start every policy with empty histories. */
	for (i = 0; i < ARRAY_SIZE(swapra_slots); i++) {
		spin_lock(&swapra_slots[i].lock);
		swapra_slots[i].key = 0;
		spin_unlock(&swapra_slots[i].lock);
	}
	return 0;
}

struct learned_hook learned_swapra_hook = {
	.name = "swapra",
	.key = &learned_swapra_key,
	.validate = learned_swapra_validate,
	.per_cgroup = true,
	.has_cost = true,
	.has_models = true,
};
EXPORT_SYMBOL_GPL(learned_swapra_hook);

/*
 * A plan through LEARNED_CALL(): the core's side of it, and the stride
 * the policy writes beside its window, judged by learned_swapra_check().
 */
struct learned_swapra_call {
	struct learned_call c;
	const struct learned_swapra_req *req;
	s32 stride;
};

/* A window in range: a bad stride is a fault; a window of 1 has stride 1. */
static const char *learned_swapra_check(const struct learned_call *c,
					long win, bool *overrides)
{
	const struct learned_swapra_call *sc =
		container_of(c, struct learned_swapra_call, c);
	s32 s = win == 1 ? 1 : sc->stride;

	if (unlikely(!s || s > LEARNED_SWAPRA_MAX_STRIDE ||
		     s < -LEARNED_SWAPRA_MAX_STRIDE))
		return "plan: stride out of range";
	*overrides = win != sc->req->stock_win || (win > 1 && s != 1);
	return NULL;
}

/**
 * learned_swapra_decide() - ask the active policy for a plan.
 * @req: the fault.
 * @stride: set to the stride of the plan (1 when the window is 1).
 *
 * Reverts the hook to stock when the policy returns an error, a window
 * above %LEARNED_SWAPRA_MAX_WIN or a bad stride.  Every fault is a cost
 * for the quality watchdog, and faults whose @req->key is in its control
 * sample are handed back to stock (not counted as fallbacks).  A plan
 * overrides stock's when its window is not @req->stock_win or it strides.
 *
 * Context: rcu_read_lock() held; does not sleep.
 * Return: the window, or 0 when the fault is handed back to stock.
 */
int learned_swapra_decide(const struct learned_swapra_req *req, s32 *stride)
{
	struct learned_swapra_call sc = {
		.c = {
			.hook = &learned_swapra_hook,
			.cgroup = req->cgroup,
			.key = req->key,
			.sampled = true,
			.cost = 1,
			.stock = 0,
			.declines = true,
			.lo = 1,
			.hi = LEARNED_SWAPRA_MAX_WIN,
			.fault = "plan: window out of range or error",
			.check = learned_swapra_check,
		},
		.req = req,
		.stride = 1,
	};
	int win;

	win = LEARNED_CALL(&sc.c, struct learned_swapra_ops, plan, req,
			   &sc.stride);
	if (win)
		*stride = win == 1 ? 1 : sc.stride;
	return win;
}
EXPORT_SYMBOL_GPL(learned_swapra_decide);

/* Update the stream's history with this fault; copy it into @hist. */
static struct swapra_slot *swapra_stream(unsigned long key, s64 delta,
					 u32 prev_win, u32 hits,
					 struct learned_swapra_hist *hist)
{
	struct swapra_slot *slot;

	slot = &swapra_slots[hash_long(key, SWAPRA_SLOTS_BITS)];
	spin_lock(&slot->lock);
	if (slot->key != key) {
		slot->key = key;
		slot->prev_win = 1;
		learned_swapra_hist_reset(&slot->hist);
	}
	learned_swapra_hist_push(&slot->hist, delta, prev_win, hits);
	*hist = slot->hist;
	spin_unlock(&slot->lock);
	return slot;
}

/* Read one page of a plan; @ra marks a readahead page. */
static void swapra_read(swp_entry_t entry, gfp_t gfp_mask,
			struct vm_area_struct *vma, unsigned long addr,
			bool ra, struct swap_iocb **splug)
{
	bool allocated;
	struct page *page;

	page = __read_swap_cache_async(entry, gfp_mask, vma, addr, &allocated);
	if (!page)
		return;
	if (allocated) {
		swap_readpage(page, false, splug);
		if (ra) {
			SetPageReadahead(page);
			count_vm_event(SWAP_RA);
		}
	}
	put_page(page);
}

/*
 * The cgroup of the faulting mm's memory cgroup, which selects a
 * per-cgroup policy; NULL without one.  rcu_read_lock() held.
 */
static struct cgroup *swapra_cgroup(struct vm_fault *vmf)
{
#ifdef CONFIG_MEMCG
	struct mem_cgroup *memcg;

	if (!vmf || !vmf->vma || !vmf->vma->vm_mm)
		return NULL;
	memcg = mem_cgroup_from_task(rcu_dereference(vmf->vma->vm_mm->owner));
	return memcg ? memcg->css.cgroup : NULL;
#else
	return NULL;
#endif
}

/* VMA readahead: pages of the same VMA and page table, by virtual page. */
static u32 swapra_vma(swp_entry_t fentry, gfp_t gfp_mask, struct vm_fault *vmf,
		      u32 max_win, struct learned_swapra_req *req,
		      struct learned_swapra_hist *hist, s32 *stride)
{
	struct vm_area_struct *vma = vmf->vma;
	unsigned long faddr = vmf->address, fpfn = PFN_DOWN(faddr);
	unsigned long ra_val, lo, hi, p;
	swp_entry_t entries[LEARNED_SWAPRA_MAX_WIN];
	struct swap_iocb *splug = NULL;
	struct blk_plug plug;
	pte_t *pte, pentry;
	unsigned int n = 0, i;
	int win;

	ra_val = atomic_long_read(&vma->swap_readahead_info) ? : 4;
	req->prev = PFN_DOWN(SWAPRA_ADDR(ra_val));
	req->prev_win = SWAPRA_WIN(ra_val);
	req->hits = SWAPRA_HITS(ra_val);
	req->pos = fpfn;
	req->max_win = max_win;
	req->vma = true;
	req->stock_win = learned_swapra_stock_win(req->prev, fpfn, req->hits,
						  max_win, req->prev_win);
	swapra_stream((unsigned long)vma, (s64)fpfn - (s64)req->prev,
		      req->prev_win, req->hits, hist);
	req->hist = hist;

	rcu_read_lock();
	req->cgroup = swapra_cgroup(vmf);
	win = learned_swapra_decide(req, stride);
	rcu_read_unlock();
	if (!win)
		return 0;
	atomic_long_set(&vma->swap_readahead_info, SWAPRA_VAL(faddr, win, 0));

	lo = max(PFN_DOWN(vma->vm_start), PFN_DOWN(faddr & PMD_MASK));
	hi = min(PFN_DOWN(vma->vm_end), PFN_DOWN((faddr & PMD_MASK) + PMD_SIZE));
	/* Copy the PTEs: the page table may be unmapped while we read. */
	pte = pte_offset_map(vmf->pmd, faddr);
	for (i = 1; i < win; i++) {
		p = fpfn + (long)i * *stride;
		if (p < lo || p >= hi)
			break;
		pentry = pte[(long)i * *stride];
		if (!is_swap_pte(pentry))
			continue;
		entries[n] = pte_to_swp_entry(pentry);
		if (unlikely(non_swap_entry(entries[n])))
			continue;
		n++;
	}
	pte_unmap(pte);

	if (n) {
		blk_start_plug(&plug);
		swapra_read(fentry, gfp_mask, vma, faddr, false, &splug);
		for (i = 0; i < n; i++)
			swapra_read(entries[i], gfp_mask, vma, faddr, true,
				    &splug);
		blk_finish_plug(&plug);
		swap_read_unplug(splug);
		lru_add_drain();
	}
	return win;
}

/* Cluster readahead: pages of the same swap device, by swap offset. */
static u32 swapra_cluster(swp_entry_t fentry, gfp_t gfp_mask,
			  struct vm_fault *vmf, u32 max_win,
			  atomic_t *cluster_hits,
			  struct learned_swapra_req *req,
			  struct learned_swapra_hist *hist, s32 *stride)
{
	struct swap_info_struct *si = swp_swap_info(fentry);
	unsigned long offset = swp_offset(fentry), key, p;
	struct swap_iocb *splug = NULL;
	struct swapra_slot *slot;
	struct blk_plug plug;
	unsigned long last;
	u32 prev_win, i;
	int win;

	key = ~(unsigned long)swp_type(fentry);
	slot = &swapra_slots[hash_long(key, SWAPRA_SLOTS_BITS)];
	spin_lock(&slot->lock);
	last = slot->key == key ? slot->last : offset;
	prev_win = slot->key == key ? slot->prev_win : 1;
	spin_unlock(&slot->lock);

	req->prev = last;
	req->prev_win = prev_win;
	/* consumed only if the policy takes the fault; stock's otherwise */
	req->hits = atomic_read(cluster_hits);
	req->pos = offset;
	req->max_win = max_win;
	req->vma = false;
	req->stock_win = learned_swapra_stock_win(last, offset, req->hits,
						  max_win, prev_win);
	swapra_stream(key, (s64)offset - (s64)last, prev_win, req->hits, hist);
	req->hist = hist;

	rcu_read_lock();
	req->cgroup = swapra_cgroup(vmf);
	win = learned_swapra_decide(req, stride);
	rcu_read_unlock();
	spin_lock(&slot->lock);
	if (slot->key == key) {
		if (win) {
			slot->last = offset + (long)(win - 1) * *stride;
			slot->prev_win = win;
		} else {
			/*
			 * Stock reads the aligned block of stock_win pages
			 * around the fault: a stream goes on after its end.
			 * Without this the history never sees the stream
			 * while stock plans, and no trend is ever found.
			 */
			slot->last = min_t(unsigned long,
					   offset | (req->stock_win - 1),
					   si->max - 1);
			slot->prev_win = req->stock_win;
		}
	}
	spin_unlock(&slot->lock);
	if (!win)
		return 0;
	atomic_set(cluster_hits, 0);

	if (win == 1)
		return win;
	blk_start_plug(&plug);
	swapra_read(fentry, gfp_mask, vmf->vma, vmf->address, false, &splug);
	for (i = 1; i < win; i++) {
		p = offset + (long)i * *stride;
		if (!p || p >= si->max)
			break;
		swapra_read(swp_entry(swp_type(fentry), p), gfp_mask,
			    vmf->vma, vmf->address, true, &splug);
	}
	blk_finish_plug(&plug);
	swap_read_unplug(splug);
	lru_add_drain();
	return win;
}

bool __learned_swapra_readahead(swp_entry_t entry, gfp_t gfp_mask,
				struct vm_fault *vmf, bool vma_ra,
				atomic_t *cluster_hits, struct page **pagep)
{
	struct learned_swapra_hist hist;
	struct learned_swapra_req req = {
		.key = swp_type(entry) * GOLDEN_RATIO_64 ^
		       (swp_offset(entry) >> SWAPRA_REGION_BITS),
	};
	unsigned int cluster = READ_ONCE(page_cluster);
	s32 stride = 1;
	u32 win;

	/* page_cluster = 0 turns readahead off; leave that to stock. */
	if (!cluster)
		return false;
	/* The reads may sleep: only the policy runs under rcu_read_lock(). */
	if (vma_ra && vmf->vma)
		win = swapra_vma(entry, gfp_mask, vmf,
				 1U << min_t(unsigned int, cluster,
					     SWAP_RA_ORDER_CEILING),
				 &req, &hist, &stride);
	else
		win = swapra_cluster(entry, gfp_mask, vmf, 1U << cluster,
				     cluster_hits, &req, &hist, &stride);
	if (!win)
		return false;
	trace_learned_swapra_plan(req.vma, req.pos, req.prev, req.hits,
				  req.prev_win, req.stock_win, win, stride);
	*pagep = read_swap_cache_async(entry, gfp_mask, vmf->vma,
				       vmf->address, win == 1, NULL);
	return true;
}

static int learned_swapra_leap_plan(const struct learned_swapra_req *req,
				    s32 *stride)
{
	return learned_swapra_leap_win(req->hist, req->hits, req->prev_win,
				       stride);
}

static const struct learned_swapra_ops learned_swapra_leap_ops = {
	.plan = learned_swapra_leap_plan,
};

static struct learned_policy learned_swapra_leap = {
	.name = "leap",
	.ops = &learned_swapra_leap_ops,
	.model = "none (heuristic: majority-trend stride, Leap ATC'20)",
	.attach = learned_swapra_attach,
};

static int __init learned_swapra_init(void)
{
	unsigned int i;
	int err;

	for (i = 0; i < ARRAY_SIZE(swapra_slots); i++)
		spin_lock_init(&swapra_slots[i].lock);
	err = learned_hook_register(&learned_swapra_hook);
	if (err) {
		pr_warn("cannot register the swapra hook: %d\n", err);
		return err;
	}
	err = learned_policy_register(&learned_swapra_hook,
				      &learned_swapra_leap);
	if (err)
		pr_warn("cannot register policy leap: %d\n", err);
	return 0;
}
late_initcall(learned_swapra_init);
