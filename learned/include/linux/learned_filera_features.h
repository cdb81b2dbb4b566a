/* SPDX-License-Identifier: GPL-2.0 */
/*
 * File readahead: per-file request state, the trend rule and the feature
 * vector of the learned window model of the "filera" hook.
 *
 * Shared by the kernel (mm/learned_filera.c, mm/learned_filera_policy.c) and
 * the userspace simulator (tools/filerasim), so a policy makes exactly the
 * same decision on a simulated trace as in the kernel.  Pure integer
 * arithmetic on the caller's state, no allocation, no locking.
 *
 * A decision: ondemand_readahead() is about to read @size pages from
 * @start; the first @min_size of them cover the request (0 when the window
 * lies wholly ahead of it, an asynchronous window).  The learned policy
 * walks a ladder of rungs over the pages past @min_size: rung r holds the
 * pages [min_size + 2^r - 1, min_size + 2^(r+1) - 1) of the window.  It
 * asks the model, rung by rung, whether most pages of the rung will be
 * read before the page cache evicts them, and stops at the first "no":
 * the window ends where the last "yes" rung ends, and is stock's window
 * when every rung is "yes".
 */
#ifndef _LINUX_LEARNED_FILERA_FEATURES_H
#define _LINUX_LEARNED_FILERA_FEATURES_H

#include <linux/learned_swapra_features.h>
#include <linux/types.h>

#define LEARNED_FILERA_RUNGS		9	/* covers windows up to 511 pages */
/* identity of the feature vector below, for model packages */
#define LEARNED_FILERA_FEATURE_SET	2

/**
 * struct learned_filera_state - request history of one open file.
 * @hist: gaps in pages between the start of each request that reached
 *	readahead and the end of the read before it (0: contiguous).
 * @prev_start: first page of the previous window read (after the policy).
 * @prev_size: pages of that window, 0 before the first one.
 * @shrunk: of the last (decayed) windows, how many the policy shrank, *16.
 * @run: the current run (@run[0]) and the one before it: decisions whose
 *	requests start inside what the run requested or read so far.
 * @runs: decayed mean of the pages earlier runs requested up to their
 *	last decision, *16; 0 until a run was left behind.
 *
 * A random read goes to disk without readahead, so the gap history only
 * sees the jump when readahead is asked about the read itself; the next
 * read looks contiguous.  Runs are what the hook sees instead.  Two of
 * them are kept so that two readers sharing the file (threads on one
 * descriptor) each continue their own.
 */
struct learned_filera_state {
	struct learned_swapra_hist hist;
	unsigned long prev_start;
	u32 prev_size;
	u32 shrunk;
	struct learned_filera_run {
		unsigned long start;	/* first page of its first decision */
		unsigned long end;	/* one past the furthest page requested or read */
		unsigned long req;	/* one past the last page its decisions requested */
	} run[2];
	u32 runs;
};

static inline void learned_filera_state_reset(struct learned_filera_state *st)
{
	learned_swapra_hist_reset(&st->hist);
	st->prev_start = 0;
	st->prev_size = 0;
	st->shrunk = 0;
	st->run[0].start = st->run[0].end = st->run[0].req = 0;
	st->run[1] = st->run[0];
	st->runs = 0;
}

/**
 * learned_filera_state_push() - remember one request that reached readahead.
 * @st: the state.
 * @gap: first page of the request minus the page after the previous read.
 */
static inline void learned_filera_state_push(struct learned_filera_state *st,
					     s64 gap)
{
	learned_swapra_hist_push(&st->hist, gap, 1, 0);
}

/**
 * learned_filera_state_run() - place a request that reached readahead in a run.
 * @st: the state.
 * @index: first page of the request.
 * @req_size: pages requested.
 *
 * The request continues a run when it starts between the run's first page
 * and one past the furthest page it requested or read, and that run
 * becomes the current one; else it starts a new current run, and the
 * older of the two is left behind: its length goes into @st->runs (a
 * mean, so that a policy whose windows move the decisions of a run by a
 * page does not flip the feature from one run to the next).
 */
static inline void learned_filera_state_run(struct learned_filera_state *st,
					    unsigned long index,
					    unsigned long req_size)
{
	struct learned_filera_run r = st->run[0], *c = &st->run[0];

	if (r.end && index >= r.start && index <= r.end) {
		/* continues the current run */
	} else if (st->run[1].end && index >= st->run[1].start &&
		   index <= st->run[1].end) {
		st->run[0] = st->run[1];
		st->run[1] = r;
	} else {
		if (st->run[1].end) {
			unsigned long len = st->run[1].req - st->run[1].start;

			if (len > 1024)
				len = 1024;
			if (st->runs)
				st->runs = st->runs - st->runs / 4 + 4 * len;
			else
				st->runs = 16 * len;
		}
		st->run[1] = r;
		c->start = c->end = c->req = index;
	}
	if (c->req < index + req_size)
		c->req = index + req_size;
	if (c->end < index + req_size)
		c->end = index + req_size;
}

/**
 * learned_filera_state_window() - remember the window that was read.
 * @st: the state.
 * @start: its first page.
 * @size: pages read (0: skipped).
 * @stock_size: pages stock would have read.
 */
static inline void learned_filera_state_window(struct learned_filera_state *st,
					       unsigned long start, u32 size,
					       u32 stock_size)
{
	st->prev_start = start;
	st->prev_size = size;
	if (size && st->run[0].end < start + size)
		st->run[0].end = start + size;
	st->shrunk -= st->shrunk / 8;
	if (size < stock_size)
		st->shrunk += 16;
}

/**
 * learned_filera_contiguous() - contiguous requests in the history.
 * @h: the history.
 *
 * Return: how many of the remembered gaps are 0 or 1 page.
 */
static inline u32 learned_filera_contiguous(const struct learned_swapra_hist *h)
{
	u32 i, n = 0;

	for (i = 0; i < h->n; i++)
		n += h->delta[i] == 0 || h->delta[i] == 1;
	return n;
}

/**
 * learned_filera_trend_size() - window of the trend policy.
 * @h: the history, this request already pushed.
 * @size: stock's window.
 * @min_size: the pages of the window that cover the request.
 *
 * Return: @size while most remembered requests are contiguous (or there
 * is no history), @min_size otherwise.
 */
static inline u32 learned_filera_trend_size(const struct learned_swapra_hist *h,
					    u32 size, u32 min_size)
{
	if (!h->n || 2 * learned_filera_contiguous(h) > h->n)
		return size;
	return min_size;
}

/*
 * The features, and why each: a window pays off when the pages past the
 * request are read soon, which the file's recent requests predict.
 */
enum learned_filera_feature {
	LEARNED_FILERA_F_RUNG,		/* rung asked about: far pages pay off less */
	LEARNED_FILERA_F_CONTIG,	/* 256 * contiguous gaps / history: a stream */
	LEARNED_FILERA_F_HISTORY,	/* remembered gaps (0..8): how sure the rest is */
	LEARNED_FILERA_F_TREND,		/* 256 * majority gap count / history: a stride */
	LEARNED_FILERA_F_STRIDE,	/* log2q8 |majority gap|: how much a stride skips */
	LEARNED_FILERA_F_LAST_GAP,	/* log2q8 |last gap|: the latest evidence */
	LEARNED_FILERA_F_BACKWARD,	/* last gap negative: reading backwards */
	LEARNED_FILERA_F_STREAK,	/* latest gaps in a row that are contiguous */
	LEARNED_FILERA_F_REQ,		/* pages requested (<= 64): large reads stream */
	LEARNED_FILERA_F_ASYNC,		/* window wholly ahead (marker hit) */
	LEARNED_FILERA_F_STOCK,		/* stock's window (<= 512): its ramp-up so far */
	LEARNED_FILERA_F_REACHED,	/* 256 * progress of this request into the last window */
	LEARNED_FILERA_F_SHRUNK,	/* decayed count of shrunk windows *16: feedback */
	LEARNED_FILERA_F_RUN,		/* pages of this run requested (<= 1024): its age */
	LEARNED_FILERA_F_RUNS,		/* mean pages of earlier runs *16: a file's habit */
	LEARNED_FILERA_NR_FEATURES,
};

/**
 * learned_filera_features() - feature vector for "is rung @rung used?".
 * @st: the file's state, this request already pushed.
 * @index: first page of the request.
 * @req_size: pages requested.
 * @size: stock's window.
 * @min_size: the pages of the window that cover the request.
 * @rung: the rung asked about.
 * @x: %LEARNED_FILERA_NR_FEATURES outputs.
 */
static inline void learned_filera_features(const struct learned_filera_state *st,
					   unsigned long index, u32 req_size,
					   u32 size, u32 min_size, u32 rung,
					   s32 *x)
{
	const struct learned_swapra_hist *h = &st->hist;
	s32 stride = 0, last = learned_swapra_last_delta(h);
	u32 trend = learned_swapra_trend(h, &stride), i;
	s32 reached = 0;

	x[LEARNED_FILERA_F_RUNG] = rung;
	x[LEARNED_FILERA_F_CONTIG] = h->n ?
		learned_filera_contiguous(h) * 256 / h->n : 0;
	x[LEARNED_FILERA_F_HISTORY] = h->n;
	x[LEARNED_FILERA_F_TREND] = h->n ? trend * 256 / h->n : 0;
	x[LEARNED_FILERA_F_STRIDE] =
		learned_swapra_log2q8(stride < 0 ? -(s64)stride : stride);
	x[LEARNED_FILERA_F_LAST_GAP] =
		learned_swapra_log2q8(last < 0 ? -(s64)last : last);
	x[LEARNED_FILERA_F_BACKWARD] = last < 0;
	for (i = 0; i < h->n; i++) {
		s32 d = h->delta[(h->head + LEARNED_SWAPRA_HIST - 1 - i) %
				 LEARNED_SWAPRA_HIST];

		if (d != 0 && d != 1)
			break;
	}
	x[LEARNED_FILERA_F_STREAK] = i;
	x[LEARNED_FILERA_F_REQ] = req_size > 64 ? 64 : req_size;
	x[LEARNED_FILERA_F_ASYNC] = !min_size;
	x[LEARNED_FILERA_F_STOCK] = size > 512 ? 512 : size;
	if (st->prev_size && index >= st->prev_start &&
	    index - st->prev_start <= 2 * (unsigned long)st->prev_size)
		reached = (s32)((index - st->prev_start) * 128 / st->prev_size);
	x[LEARNED_FILERA_F_REACHED] = reached;
	x[LEARNED_FILERA_F_SHRUNK] = st->shrunk > 256 ? 256 : st->shrunk;
	x[LEARNED_FILERA_F_RUN] = st->run[0].req - st->run[0].start > 1024 ?
		1024 : (s32)(st->run[0].req - st->run[0].start);
	x[LEARNED_FILERA_F_RUNS] = st->runs;
}

/**
 * learned_filera_rung() - pages of rung @rung past the request.
 * @rung: the rung.
 * @extra: pages of stock's window past the request (@size - @min_size).
 * @lo: set to the rung's first page, counted from @min_size.
 * @hi: set to one past its last page, at most @extra.
 *
 * Return: true when the rung holds pages of stock's window.
 */
static inline bool learned_filera_rung(u32 rung, u32 extra, u32 *lo, u32 *hi)
{
	*lo = (1U << rung) - 1;
	*hi = (2U << rung) - 1;
	if (*hi > extra)
		*hi = extra;
	return rung < LEARNED_FILERA_RUNGS && *lo < extra;
}

/**
 * learned_filera_model_size() - window of the learned policy.
 * @st: the file's state, this request already pushed.
 * @index: first page of the request.
 * @req_size: pages requested.
 * @size: stock's window.
 * @min_size: the pages of the window that cover the request.
 * @useful: the model: 1 when most pages of the rung described by the
 *	features are predicted to be read before eviction, 0 if not,
 *	negative on error.
 * @ctx: passed to @useful.
 *
 * Return: the window, @min_size..@size (@size when every rung is
 * predicted useful), or a negative errno from @useful.
 */
static inline long learned_filera_model_size(const struct learned_filera_state *st,
					     unsigned long index, u32 req_size,
					     u32 size, u32 min_size,
					     int (*useful)(const s32 *x, const void *ctx),
					     const void *ctx)
{
	s32 x[LEARNED_FILERA_NR_FEATURES];
	u32 rung, lo, hi, win = min_size;
	int ret;

	if (size <= min_size)
		return size;
	for (rung = 0; learned_filera_rung(rung, size - min_size, &lo, &hi);
	     rung++) {
		learned_filera_features(st, index, req_size, size, min_size,
					rung, x);
		ret = useful(x, ctx);
		if (ret < 0)
			return ret;
		if (!ret)
			return win;
		win = min_size + hi;
	}
	return size;
}

#endif /* _LINUX_LEARNED_FILERA_FEATURES_H */
