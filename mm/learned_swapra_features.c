// SPDX-License-Identifier: GPL-2.0
/*
 * Swap-in readahead: fault history, the stock and Leap-style window rules
 * and the feature vector of the learned window model.
 *
 * Built unchanged in the kernel (for mm/learned_swapra.c,
 * mm/learned_swapra_policy.c and the file readahead hook, which keeps the
 * same request history) and in userspace (tools/swapsim, tools/filerasim),
 * so a policy makes exactly the same decision on a simulated trace as in
 * the kernel.  Pure integer arithmetic on the caller's state, no
 * allocation, no locking.
 */
#include <linux/export.h>
#include <linux/learned_swapra_features.h>

void learned_swapra_hist_reset(struct learned_swapra_hist *h)
{
	unsigned int i;

	for (i = 0; i < LEARNED_SWAPRA_HIST; i++)
		h->delta[i] = 0;
	h->n = 0;
	h->head = 0;
	h->issued = 0;
	h->used = 0;
}
EXPORT_SYMBOL_GPL(learned_swapra_hist_reset);

/**
 * learned_swapra_hist_push() - remember one fault.
 * @h: the history.
 * @delta: position of this fault minus the previous access's position.
 * @prev_win: window of the previous plan of this stream (1: none).
 * @hits: prefetched pages of the stream hit since the previous plan.
 */
void learned_swapra_hist_push(struct learned_swapra_hist *h, s64 delta,
			      u32 prev_win, u32 hits)
{
	u32 issued = prev_win > 1 ? prev_win - 1 : 0;

	if (delta > LEARNED_SWAPRA_DELTA_CAP)
		delta = LEARNED_SWAPRA_DELTA_CAP;
	if (delta < -LEARNED_SWAPRA_DELTA_CAP)
		delta = -LEARNED_SWAPRA_DELTA_CAP;
	h->delta[h->head] = (s32)delta;
	h->head = (h->head + 1) % LEARNED_SWAPRA_HIST;
	if (h->n < LEARNED_SWAPRA_HIST)
		h->n++;
	h->issued += issued;
	h->used += hits < issued ? hits : issued;
	if (h->issued > 256) {
		h->issued /= 2;
		h->used /= 2;
	}
}
EXPORT_SYMBOL_GPL(learned_swapra_hist_push);

/**
 * learned_swapra_trend() - the majority delta of the history (Leap).
 * @h: the history.
 * @stride: set to the majority delta when there is one.
 *
 * A trend is a nonzero delta of at most %LEARNED_SWAPRA_MAX_STRIDE pages
 * that makes up more than half of the history and occurs at least twice.
 *
 * Return: how often the trend occurs (2..%LEARNED_SWAPRA_HIST), or 0.
 */
u32 learned_swapra_trend(const struct learned_swapra_hist *h, s32 *stride)
{
	s32 cand = 0;
	u32 i, votes = 0, count = 0;

	/* Boyer-Moore majority vote, then count the candidate. */
	for (i = 0; i < h->n; i++) {
		if (!votes) {
			cand = h->delta[i];
			votes = 1;
		} else if (h->delta[i] == cand) {
			votes++;
		} else {
			votes--;
		}
	}
	for (i = 0; i < h->n; i++)
		count += h->delta[i] == cand;
	if (count < 2 || 2 * count <= h->n || !cand ||
	    cand > LEARNED_SWAPRA_MAX_STRIDE ||
	    cand < -LEARNED_SWAPRA_MAX_STRIDE)
		return 0;
	*stride = cand;
	return count;
}
EXPORT_SYMBOL_GPL(learned_swapra_trend);

/**
 * learned_swapra_last_delta() - the most recent delta.
 * @h: the history.
 *
 * Return: the last pushed delta, 0 when the history is empty.
 */
s32 learned_swapra_last_delta(const struct learned_swapra_hist *h)
{
	if (!h->n)
		return 0;
	return h->delta[(h->head + LEARNED_SWAPRA_HIST - 1) %
			LEARNED_SWAPRA_HIST];
}
EXPORT_SYMBOL_GPL(learned_swapra_last_delta);

/**
 * learned_swapra_stock_win() - stock's window (__swapin_nr_pages()).
 * @prev: previous position.
 * @pos: position of the fault.
 * @hits: readahead hits since the previous decision.
 * @max_win: 1 << page_cluster (capped for VMA readahead).
 * @prev_win: previous window.
 *
 * Return: the number of pages stock reads, as mm/swap_state.c computes it.
 */
u32 learned_swapra_stock_win(unsigned long prev, unsigned long pos, u32 hits,
			     u32 max_win, u32 prev_win)
{
	u32 pages = hits + 2, roundup = 4;

	if (pages == 2) {
		if (pos != prev + 1 && pos != prev - 1)
			pages = 1;
	} else {
		while (roundup < pages)
			roundup <<= 1;
		pages = roundup;
	}
	if (pages > max_win)
		pages = max_win;
	if (pages < prev_win / 2)
		pages = prev_win / 2;
	return pages;
}
EXPORT_SYMBOL_GPL(learned_swapra_stock_win);

/**
 * learned_swapra_leap_win() - window of the Leap-style trend policy.
 * @h: the history, this fault already pushed.
 * @hits: readahead hits since the previous decision.
 * @prev_win: previous window.
 * @stride: set to the trend's stride.
 *
 * No trend: hand the fault to stock (whose window collapses to one page
 * on random faults and which handles interleaved streams by placing its
 * window around the fault).  A trend: double the window while every
 * prefetched page was hit, shrink it to the hits when some were not, and
 * halve it when none was.
 *
 * Return: the window, 2..%LEARNED_SWAPRA_MAX_WIN, or 0 for stock's plan.
 */
u32 learned_swapra_leap_win(const struct learned_swapra_hist *h, u32 hits,
			    u32 prev_win, s32 *stride)
{
	u32 win = 2;

	if (!learned_swapra_trend(h, stride))
		return 0;
	if (prev_win > 1 && hits + 1 >= prev_win)
		win = 2 * prev_win;
	else if (hits)
		while (win < hits + 1)
			win <<= 1;
	else if (prev_win / 2 > win)
		win = prev_win / 2;
	return win > LEARNED_SWAPRA_MAX_WIN ? LEARNED_SWAPRA_MAX_WIN : win;
}
EXPORT_SYMBOL_GPL(learned_swapra_leap_win);

s32 learned_swapra_log2q8(u64 v)
{
	int msb = 0;
	u64 t = v, frac;

	if (!v)
		return 0;
	while (t >>= 1)
		msb++;
	if (msb >= 8)
		frac = (v >> (msb - 8)) & 0xff;
	else
		frac = (v << (8 - msb)) & 0xff;
	return (s32)(msb * 256 + frac);
}
EXPORT_SYMBOL_GPL(learned_swapra_log2q8);

/**
 * learned_swapra_features() - feature vector for "is window 2^log2w used?".
 * @h: the history, this fault already pushed.
 * @hits: readahead hits since the previous plan.
 * @prev_win: previous window.
 * @stride: the trend's stride.
 * @trend: the trend's count (learned_swapra_trend()).
 * @log2w: log2 of the window asked about: is its last page, at
 *	pos + (2^log2w - 1) * stride, used before it is evicted?
 * @x: %LEARNED_SWAPRA_NR_FEATURES outputs.
 */
void learned_swapra_features(const struct learned_swapra_hist *h, u32 hits,
			     u32 prev_win, s32 stride, u32 trend, u32 log2w,
			     s32 *x)
{
	u32 hcap = hits > 63 ? 63 : hits, i;

	x[LEARNED_SWAPRA_F_STEP] = log2w;
	x[LEARNED_SWAPRA_F_TREND] = h->n ? trend * 256 / h->n : 0;
	x[LEARNED_SWAPRA_F_HISTORY] = h->n;
	x[LEARNED_SWAPRA_F_STRIDE] =
		learned_swapra_log2q8(stride < 0 ? -(s64)stride : stride);
	x[LEARNED_SWAPRA_F_HITS] = hcap;
	x[LEARNED_SWAPRA_F_PREV_WIN] = prev_win > 64 ? 64 : prev_win;
	x[LEARNED_SWAPRA_F_HIT_RATIO] = prev_win > 1 ?
		(hcap >= prev_win - 1 ? 256 : hcap * 256 / (prev_win - 1)) : 0;
	x[LEARNED_SWAPRA_F_LAST_MATCH] = learned_swapra_last_delta(h) == stride;
	x[LEARNED_SWAPRA_F_USE_RATE] = h->issued ?
		(s32)(h->used * 256 / h->issued) : 128;
	for (i = 0; i < h->n; i++)
		if (h->delta[(h->head + LEARNED_SWAPRA_HIST - 1 - i) %
			     LEARNED_SWAPRA_HIST] != stride)
			break;
	x[LEARNED_SWAPRA_F_STREAK] = i;
}
EXPORT_SYMBOL_GPL(learned_swapra_features);

/**
 * learned_swapra_model_win() - window of the learned policy.
 * @h: the history, this fault already pushed.
 * @hits: readahead hits since the previous plan.
 * @prev_win: previous window.
 * @stride: set to the trend's stride.
 * @useful: the model: 1 when the last page of the window described by
 *	the features is predicted to be used, 0 if not, negative on error.
 * @ctx: passed to @useful.
 *
 * The stride comes from the trend detector (no trend: stock's plan); the
 * window is the largest of 2, 4, .., %LEARNED_SWAPRA_MAX_WIN such that
 * the model predicts the last page of it and of every smaller window
 * used.
 *
 * Return: the window (1..%LEARNED_SWAPRA_MAX_WIN), 0 for stock's plan,
 * or a negative errno from @useful.
 */
int learned_swapra_model_win(const struct learned_swapra_hist *h, u32 hits,
			     u32 prev_win, s32 *stride,
			     int (*useful)(const s32 *x, const void *ctx),
			     const void *ctx)
{
	s32 x[LEARNED_SWAPRA_NR_FEATURES];
	u32 trend, log2w;
	int win = 1, ret;

	trend = learned_swapra_trend(h, stride);
	if (!trend)
		return 0;
	for (log2w = 1; (1 << log2w) <= LEARNED_SWAPRA_MAX_WIN; log2w++) {
		learned_swapra_features(h, hits, prev_win, *stride, trend,
					log2w, x);
		ret = useful(x, ctx);
		if (ret < 0)
			return ret;
		if (!ret)
			break;
		win = 1 << log2w;
	}
	return win;
}
EXPORT_SYMBOL_GPL(learned_swapra_model_win);
