/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Learned file readahead: the "filera" hook.
 *
 * Decision point: the size of the window the ondemand readahead state
 * machine (mm/readahead.c, ondemand_readahead()) is about to read.  Stock
 * ramps the window up on sequential hits and reads pages around context
 * hits; a policy may shrink the window (never below the pages of the
 * request it covers) or, for a pure asynchronous window that covers no
 * requested page, skip it.
 */
#ifndef _LINUX_LEARNED_FILERA_H
#define _LINUX_LEARNED_FILERA_H

#include <linux/jump_label.h>
#include <linux/learned_filera_features.h>
#include <linux/types.h>

struct file_ra_state;
struct readahead_control;

/**
 * struct learned_filera_req - what a policy sees before a readahead.
 * @hist: the file's request history (deltas in pages between requests),
 *	this request already pushed (@state->hist).
 * @state: the file's whole state (history, previous window), for models.
 * @index: first page of the request.
 * @req_size: pages requested.
 * @start: first page of the window stock is about to read.
 * @size: pages stock is about to read.
 * @async_size: of those, pages behind the readahead marker.
 * @min_size: the smallest window that still covers the request (0 when
 *	the window covers none of it).
 * @key: the watchdog's key: the file and the region of @index.
 * @sync: the request missed the page cache and its reader waits (a
 *	synchronous readahead, a cost for the watchdog), rather than hit a
 *	readahead marker.
 */
struct learned_filera_req {
	const struct learned_swapra_hist *hist;
	const struct learned_filera_state *state;
	unsigned long index;
	unsigned long req_size;
	unsigned long start;
	unsigned long size;
	unsigned long async_size;
	unsigned long min_size;
	u64 key;
	bool sync;
};

/**
 * struct learned_filera_ops - callbacks of a file readahead policy.
 * @size: return the window size, in @req->min_size..@req->size, with 0
 *	meaning "skip this window" (allowed only when @req->min_size is 0),
 *	or a negative errno on an internal error (the hook then reverts to
 *	stock).  Called under rcu_read_lock(); must not sleep.
 */
struct learned_filera_ops {
	long (*size)(const struct learned_filera_req *req);
};

#ifdef CONFIG_LEARNED_FILERA
DECLARE_STATIC_KEY_FALSE(learned_filera_key);
extern struct learned_hook learned_filera_hook;

bool __learned_filera_size(struct readahead_control *ractl,
			   unsigned long req_size, bool sync);
long learned_filera_decide(const struct learned_filera_req *req);
#endif

/**
 * learned_filera_size() - let the active policy size a readahead window.
 * @ractl: the readahead: its file's state (ractl->ra) has the window set
 *	by stock, readahead_index() is the first page of the request.
 * @req_size: pages requested.
 * @sync: the request missed the page cache (page_cache_sync_ra()).
 *
 * May shrink the window's size and async_size.
 *
 * Context: as ondemand_readahead().
 * Return: true to skip reading the window; false (always with stock) to
 * read @ra's window.
 */
static inline bool learned_filera_size(struct readahead_control *ractl,
				       unsigned long req_size, bool sync)
{
#ifdef CONFIG_LEARNED_FILERA
	if (static_branch_unlikely(&learned_filera_key))
		return __learned_filera_size(ractl, req_size, sync);
#endif
	return false;
}

#endif /* _LINUX_LEARNED_FILERA_H */
