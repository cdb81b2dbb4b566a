// SPDX-License-Identifier: GPL-2.0
/*
 * Learned file readahead: the "filera" hook and its built-in policies.
 *
 * While a non-stock policy is active, ondemand_readahead() lets
 * __learned_filera_size() resize the window it is about to read.  The
 * hook keeps a short history per open file (struct file_ra_state): the gap
 * in pages between the start of each request that reaches readahead and
 * the end of the previous read.  Policies:
 *
 *   stock   mm/readahead.c as is (this file is not called)
 *   trend   stock's window while most recent requests are contiguous
 *           (gap 0 or 1); otherwise (strided, backward, random reads that
 *           reached readahead through context or marker hits) only the
 *           requested pages: the majority trend of the history says the
 *           pages between requests will not be used
 *
 * The quality watchdog's key is the file and the region of
 * 2^FILERA_REGION_BITS pages a request starts in, so that even a single
 * big file has regions in the control sample; requests starting there
 * read stock's window.  Its cost is one per synchronous readahead: a read
 * that missed the page cache and waited for the disk, which a window cut
 * too short causes on the next read.  Pages read ahead and never used,
 * the other harm of a readahead policy, are not counted: nothing tells
 * cheaply when such a page leaves the cache unread.
 *
 * The learned policy is in mm/learned_filera_policy.c.  The per-file state,
 * the trend rule and the model's features are mm/learned_filera_features.c,
 * built in tools/filerasim too.
 */
#define pr_fmt(fmt) "learned_filera: " fmt

#include <linux/fs.h>
#include <linux/hash.h>
#include <linux/init.h>
#include <linux/learned_filera.h>
#include <linux/learned_policy.h>
#include <linux/pagemap.h>
#include <linux/spinlock.h>

#define CREATE_TRACE_POINTS
#include <trace/events/learned_filera.h>

#define FILERA_SLOTS_BITS	6
/* the watchdog's regions: 1 MiB with 4 KiB pages, several full windows */
#define FILERA_REGION_BITS	8

struct filera_slot {
	spinlock_t lock;	/* protects the fields below */
	unsigned long key;
	struct learned_filera_state st;
};

static struct filera_slot filera_slots[1 << FILERA_SLOTS_BITS];

DEFINE_STATIC_KEY_FALSE(learned_filera_key);

static int learned_filera_validate(const struct learned_policy *policy)
{
	const struct learned_filera_ops *ops = policy->ops;

	return ops->size ? 0 : -EINVAL;
}

struct learned_hook learned_filera_hook = {
	.name = "filera",
	.key = &learned_filera_key,
	.validate = learned_filera_validate,
	.has_cost = true,
	.has_models = true,
};
EXPORT_SYMBOL_GPL(learned_filera_hook);

/**
 * learned_filera_decide() - ask the active policy for a window size.
 * @req: the readahead stock is about to do.
 *
 * Reverts the hook to stock when the policy returns an error or a size
 * outside @req->min_size..@req->size (0 only when @req->min_size is 0).
 * A synchronous request is a cost for the quality watchdog, and requests
 * whose @req->key is in its control sample read stock's window.
 *
 * One decision in 16 is timed (/sys/kernel/learned/filera/inference_ns).
 *
 * Context: rcu_read_lock() held; does not sleep.
 * Return: the window size to read (0: skip it).
 */
long learned_filera_decide(const struct learned_filera_req *req)
{
	const struct learned_call c = {
		.hook = &learned_filera_hook,
		.key = req->key,
		.sampled = true,
		.cost = req->sync,
		.stock = req->size,
		.lo = req->min_size,
		.hi = req->size,
		.fault = "size: window out of range or error",
	};

	return LEARNED_CALL(&c, struct learned_filera_ops, size, req);
}
EXPORT_SYMBOL_GPL(learned_filera_decide);

bool __learned_filera_size(struct readahead_control *ractl,
			   unsigned long req_size, bool sync)
{
	struct file_ra_state *ra = ractl->ra;
	struct inode *host = ractl->mapping->host;
	unsigned long index = readahead_index(ractl);
	struct learned_filera_state st;
	struct learned_filera_req req = {
		.hist = &st.hist,
		.state = &st,
		.index = index,
		.req_size = req_size,
		.start = ra->start,
		.size = ra->size,
		.async_size = ra->async_size,
		.key = (host ? host->i_ino * GOLDEN_RATIO_64 : 0) ^
		       (index >> FILERA_REGION_BITS),
		.sync = sync,
	};
	unsigned long key = (unsigned long)ra;
	struct filera_slot *slot;
	s64 gap = 0;
	long size;

	if (ra->start <= index)
		req.min_size = min_t(unsigned long, ra->size,
				     index + req_size - ra->start);
	if (ra->prev_pos >= 0)
		gap = (s64)index - (s64)(ra->prev_pos >> PAGE_SHIFT);

	slot = &filera_slots[hash_long(key, FILERA_SLOTS_BITS)];
	spin_lock(&slot->lock);
	if (slot->key != key) {
		slot->key = key;
		learned_filera_state_reset(&slot->st);
	}
	if (ra->prev_pos >= 0)
		learned_filera_state_push(&slot->st, gap);
	learned_filera_state_run(&slot->st, index, req_size);
	st = slot->st;
	spin_unlock(&slot->lock);

	rcu_read_lock();
	size = learned_filera_decide(&req);
	rcu_read_unlock();

	spin_lock(&slot->lock);
	if (slot->key == key)
		learned_filera_state_window(&slot->st, req.start, size,
					    req.size);
	spin_unlock(&slot->lock);

	trace_learned_filera_size(index, req_size, ra->start, ra->size, size,
				  gap);
	if (!size)
		return true;
	ra->size = size;
	if (ra->async_size > ra->size)
		ra->async_size = ra->size;
	if (size < req.size && ra->size <= req.min_size)
		ra->async_size = 0;	/* no marker: no asynchronous ramp-up */
	return false;
}

static long filera_trend_size(const struct learned_filera_req *req)
{
	return learned_filera_trend_size(req->hist, req->size, req->min_size);
}

static const struct learned_filera_ops learned_filera_trend_ops = {
	.size = filera_trend_size,
};

static struct learned_policy learned_filera_trend = {
	.name = "trend",
	.ops = &learned_filera_trend_ops,
	.model = "none (heuristic: majority of request gaps contiguous)",
};

static int __init learned_filera_init(void)
{
	unsigned int i;
	int err;

	for (i = 0; i < ARRAY_SIZE(filera_slots); i++)
		spin_lock_init(&filera_slots[i].lock);
	err = learned_hook_register(&learned_filera_hook);
	if (err) {
		pr_warn("cannot register the filera hook: %d\n", err);
		return err;
	}
	err = learned_policy_register(&learned_filera_hook,
				      &learned_filera_trend);
	if (err)
		pr_warn("cannot register policy trend: %d\n", err);
	return 0;
}
late_initcall(learned_filera_init);
