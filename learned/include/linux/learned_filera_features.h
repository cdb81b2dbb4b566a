/* SPDX-License-Identifier: GPL-2.0 */
/*
 * File readahead: per-file request state, the trend rule and the feature
 * vector of the learned window model of the "filera" hook.
 *
 * The code is mm/learned_filera_features.c, built unchanged in the kernel
 * and in the userspace simulator (tools/filerasim).
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

void learned_filera_state_reset(struct learned_filera_state *st);
void learned_filera_state_push(struct learned_filera_state *st, s64 gap);
void learned_filera_state_run(struct learned_filera_state *st,
			      unsigned long index, unsigned long req_size);
void learned_filera_state_window(struct learned_filera_state *st,
				 unsigned long start, u32 size, u32 stock_size);
u32 learned_filera_contiguous(const struct learned_swapra_hist *h);
u32 learned_filera_trend_size(const struct learned_swapra_hist *h, u32 size,
			      u32 min_size);

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

void learned_filera_features(const struct learned_filera_state *st,
			     unsigned long index, u32 req_size, u32 size,
			     u32 min_size, u32 rung, s32 *x);
bool learned_filera_rung(u32 rung, u32 extra, u32 *lo, u32 *hi);
long learned_filera_model_size(const struct learned_filera_state *st,
			       unsigned long index, u32 req_size, u32 size,
			       u32 min_size,
			       int (*useful)(const s32 *x, const void *ctx),
			       const void *ctx);

#endif /* _LINUX_LEARNED_FILERA_FEATURES_H */
