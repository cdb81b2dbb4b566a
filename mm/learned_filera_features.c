// SPDX-License-Identifier: GPL-2.0
/*
 * File readahead: per-file request state, the trend rule and the feature
 * vector of the learned window model of the "filera" hook.
 *
 * Built unchanged in the kernel (for mm/learned_filera.c and
 * mm/learned_filera_policy.c) and in userspace (tools/filerasim), so a
 * policy makes exactly the same decision on a simulated trace as in the
 * kernel.  Pure integer arithmetic on the caller's state, no allocation,
 * no locking.  The request history is swap-in readahead's
 * (mm/learned_swapra_features.c).
 */
#include <linux/export.h>
#include <linux/learned_filera_features.h>

void learned_filera_state_reset(struct learned_filera_state *st)
{
	learned_swapra_hist_reset(&st->hist);
	st->prev_start = 0;
	st->prev_size = 0;
	st->shrunk = 0;
	st->run[0].start = 0;
	st->run[0].end = 0;
	st->run[0].req = 0;
	st->run[1] = st->run[0];
	st->runs = 0;
}
EXPORT_SYMBOL_GPL(learned_filera_state_reset);

/**
 * learned_filera_state_push() - remember one request that reached readahead.
 * @st: the state.
 * @gap: first page of the request minus the page after the previous read.
 */
void learned_filera_state_push(struct learned_filera_state *st, s64 gap)
{
	learned_swapra_hist_push(&st->hist, gap, 1, 0);
}
EXPORT_SYMBOL_GPL(learned_filera_state_push);

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
void learned_filera_state_run(struct learned_filera_state *st,
			      unsigned long index, unsigned long req_size)
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
		c->start = index;
		c->end = index;
		c->req = index;
	}
	if (c->req < index + req_size)
		c->req = index + req_size;
	if (c->end < index + req_size)
		c->end = index + req_size;
}
EXPORT_SYMBOL_GPL(learned_filera_state_run);

/**
 * learned_filera_state_window() - remember the window that was read.
 * @st: the state.
 * @start: its first page.
 * @size: pages read (0: skipped).
 * @stock_size: pages stock would have read.
 */
void learned_filera_state_window(struct learned_filera_state *st,
				 unsigned long start, u32 size, u32 stock_size)
{
	st->prev_start = start;
	st->prev_size = size;
	if (size && st->run[0].end < start + size)
		st->run[0].end = start + size;
	st->shrunk -= st->shrunk / 8;
	if (size < stock_size)
		st->shrunk += 16;
}
EXPORT_SYMBOL_GPL(learned_filera_state_window);

/**
 * learned_filera_contiguous() - contiguous requests in the history.
 * @h: the history.
 *
 * Return: how many of the remembered gaps are 0 or 1 page.
 */
u32 learned_filera_contiguous(const struct learned_swapra_hist *h)
{
	u32 i, n = 0;

	for (i = 0; i < h->n; i++)
		n += h->delta[i] == 0 || h->delta[i] == 1;
	return n;
}
EXPORT_SYMBOL_GPL(learned_filera_contiguous);

/**
 * learned_filera_trend_size() - window of the trend policy.
 * @h: the history, this request already pushed.
 * @size: stock's window.
 * @min_size: the pages of the window that cover the request.
 *
 * Return: @size while most remembered requests are contiguous (or there
 * is no history), @min_size otherwise.
 */
u32 learned_filera_trend_size(const struct learned_swapra_hist *h, u32 size,
			      u32 min_size)
{
	if (!h->n || 2 * learned_filera_contiguous(h) > h->n)
		return size;
	return min_size;
}
EXPORT_SYMBOL_GPL(learned_filera_trend_size);

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
void learned_filera_features(const struct learned_filera_state *st,
			     unsigned long index, u32 req_size, u32 size,
			     u32 min_size, u32 rung, s32 *x)
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
EXPORT_SYMBOL_GPL(learned_filera_features);

/**
 * learned_filera_rung() - pages of rung @rung past the request.
 * @rung: the rung.
 * @extra: pages of stock's window past the request (@size - @min_size).
 * @lo: set to the rung's first page, counted from @min_size.
 * @hi: set to one past its last page, at most @extra.
 *
 * Return: true when the rung holds pages of stock's window.
 */
bool learned_filera_rung(u32 rung, u32 extra, u32 *lo, u32 *hi)
{
	*lo = (1U << rung) - 1;
	*hi = (2U << rung) - 1;
	if (*hi > extra)
		*hi = extra;
	return rung < LEARNED_FILERA_RUNGS && *lo < extra;
}
EXPORT_SYMBOL_GPL(learned_filera_rung);

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
long learned_filera_model_size(const struct learned_filera_state *st,
			       unsigned long index, u32 req_size, u32 size,
			       u32 min_size,
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
EXPORT_SYMBOL_GPL(learned_filera_model_size);
