/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Swap-in readahead: fault history, the stock and Leap-style window rules
 * and the feature vector of the learned window model.
 *
 * The code is mm/learned_swapra_features.c, built unchanged in the kernel
 * and in the userspace simulators (tools/swapsim, tools/filerasim).
 *
 * Positions are page numbers: the virtual page of the fault for VMA
 * readahead, the swap offset for cluster readahead.  A plan reads the
 * faulting page and win - 1 further pages at pos + k * stride, k >= 1.
 */
#ifndef _LINUX_LEARNED_SWAPRA_FEATURES_H
#define _LINUX_LEARNED_SWAPRA_FEATURES_H

#include <linux/types.h>

#define LEARNED_SWAPRA_HIST		8	/* fault deltas remembered */
#define LEARNED_SWAPRA_MAX_WIN		32	/* pages per plan, incl. the fault */
#define LEARNED_SWAPRA_MAX_STRIDE	64	/* |stride| of a trend, pages */
#define LEARNED_SWAPRA_DELTA_CAP	(1 << 24)

/**
 * struct learned_swapra_hist - fault history of one stream.
 * @delta: the last deltas (position - previous position), a ring.
 * @n: valid entries of @delta.
 * @head: next slot of @delta to write.
 * @issued: prefetched pages, decayed.
 * @used: of those, pages hit before the next decision, decayed.
 */
struct learned_swapra_hist {
	s32 delta[LEARNED_SWAPRA_HIST];
	u32 n;
	u32 head;
	u32 issued;
	u32 used;
};

void learned_swapra_hist_reset(struct learned_swapra_hist *h);
void learned_swapra_hist_push(struct learned_swapra_hist *h, s64 delta,
			      u32 prev_win, u32 hits);
u32 learned_swapra_trend(const struct learned_swapra_hist *h, s32 *stride);
s32 learned_swapra_last_delta(const struct learned_swapra_hist *h);
u32 learned_swapra_stock_win(unsigned long prev, unsigned long pos, u32 hits,
			     u32 max_win, u32 prev_win);
u32 learned_swapra_leap_win(const struct learned_swapra_hist *h, u32 hits,
			    u32 prev_win, s32 *stride);

/* identity of the feature vector below, for model packages */
#define LEARNED_SWAPRA_FEATURE_SET	10

enum learned_swapra_feature {
	LEARNED_SWAPRA_F_STEP,		/* log2 of the window asked about (1..5) */
	LEARNED_SWAPRA_F_TREND,		/* trend count * 256 / history length */
	LEARNED_SWAPRA_F_HISTORY,	/* history length, 0..8 */
	LEARNED_SWAPRA_F_STRIDE,	/* log2q8(|stride|) */
	LEARNED_SWAPRA_F_HITS,		/* hits since the previous plan, <= 63 */
	LEARNED_SWAPRA_F_PREV_WIN,	/* previous window */
	LEARNED_SWAPRA_F_HIT_RATIO,	/* 256 * hits / (prev_win - 1), <= 256 */
	LEARNED_SWAPRA_F_LAST_MATCH,	/* last delta equals the stride */
	LEARNED_SWAPRA_F_USE_RATE,	/* 256 * used / issued (128 when none) */
	LEARNED_SWAPRA_F_STREAK,	/* latest deltas in a row equal to the stride */
	LEARNED_SWAPRA_NR_FEATURES,
};

s32 learned_swapra_log2q8(u64 v);
void learned_swapra_features(const struct learned_swapra_hist *h, u32 hits,
			     u32 prev_win, s32 stride, u32 trend, u32 log2w,
			     s32 *x);
int learned_swapra_model_win(const struct learned_swapra_hist *h, u32 hits,
			     u32 prev_win, s32 *stride,
			     int (*useful)(const s32 *x, const void *ctx),
			     const void *ctx);

#endif /* _LINUX_LEARNED_SWAPRA_FEATURES_H */
