// SPDX-License-Identifier: GPL-2.0
/*
 * filerasim: replay a file-read trace through the ondemand readahead state
 * machine of Linux 6.1 and the policies of the kernel's "filera" hook,
 * label the candidate windows for training, and compare the policies.
 *
 * The policies are the kernel's own code: learned_filera_trend_size() and
 * learned_filera_model_size() of mm/learned_filera_features.c (built here),
 * with the learned model predicted by the kernel's inference library built
 * in userspace.  The readahead state machine is a transcription of
 * mm/readahead.c (ondemand_readahead(), try_context_readahead(),
 * page_cache_ra_unbounded()) and of the read loop of mm/filemap.c
 * (filemap_get_pages(): sync readahead on a missing page, async readahead
 * on a PG_readahead page, a single-page read when readahead read nothing,
 * prev_pos after each page), with order-0 folios as on ext4 in 6.1.
 *
 * Model: one file of N pages read through one struct file; a page cache
 * of M pages, LRU, pages read ahead inserted like read ones.  A page read
 * ahead (not part of the request that caused the I/O) and evicted or left
 * unread at the end is wasted.  A page accessed while not cached is a
 * miss; each blocking read (sync readahead, single page) is a sync I/O.
 *
 *   filerasim run   --family F | --trace FILE  [--seed S] [--pages N]
 *                   [--mem M] [--len A] [--ra-pages R]
 *                   [--policy stock|trend|learned|all]
 *   filerasim label --family F | --trace FILE  [same options] [--header]
 *                   CSV rows for tools/trainer
 *   filerasim trace --family F [options]      print the generated trace
 *   filerasim families
 *
 * A trace file is a tools/lib/simtrace.h trace of kind "filera": one
 * request per line, "INDEX NPAGES" (decimal, page units, NPAGES 1..256,
 * INDEX + NPAGES <= --pages); the header line may be left out.
 */
#include <linux/learned_infer.h>
#include <simcli.h>
#include <simplugin.h>
#include <simlru.h>
#include <linux/learned_filera_features.h>
#include <nextuse.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef FILERASIM_NO_MODEL
#include "models/filera_window.h"
#endif

#define MAX_REQ		256

static const char *const feature_names[LEARNED_FILERA_NR_FEATURES] = {
	[LEARNED_FILERA_F_RUNG] = "rung",
	[LEARNED_FILERA_F_CONTIG] = "contig",
	[LEARNED_FILERA_F_HISTORY] = "history",
	[LEARNED_FILERA_F_TREND] = "trend",
	[LEARNED_FILERA_F_STRIDE] = "stride",
	[LEARNED_FILERA_F_LAST_GAP] = "last_gap",
	[LEARNED_FILERA_F_BACKWARD] = "backward",
	[LEARNED_FILERA_F_STREAK] = "streak",
	[LEARNED_FILERA_F_REQ] = "req",
	[LEARNED_FILERA_F_ASYNC] = "async",
	[LEARNED_FILERA_F_STOCK] = "stock",
	[LEARNED_FILERA_F_REACHED] = "reached",
	[LEARNED_FILERA_F_SHRUNK] = "shrunk",
	[LEARNED_FILERA_F_RUN] = "run",
	[LEARNED_FILERA_F_RUNS] = "runs",
};

/* the command line, and the trace's generator, whose xorshift64* drives
 * the exploration too
 */
static struct sim_cli cli = { .tool = "filerasim", .kind = SIMTRACE_FILERA,
				  .has_ra_pages = true };
static struct simgen sg;

/* ---- traces: requests of (first page, pages) ---- */

struct req {
	u32 index, n;
};

struct trace {
	struct req *r;
	u64 n, cap, pages;	/* pages: accesses, sum of n */
	u64 filepages;
};

static void push(struct trace *t, u64 filepages, u64 index, u64 n)
{
	if (index >= filepages)
		return;
	if (index + n > filepages)
		n = filepages - index;
	if (t->n == t->cap) {
		t->cap = t->cap ? 2 * t->cap : 4096;
		t->r = realloc(t->r, t->cap * sizeof(*t->r));
		if (!t->r)
			sim_cli_die(&cli, "out of memory", NULL);
	}
	t->r[t->n].index = (u32)index;
	t->r[t->n].n = (u32)n;
	t->n++;
	t->pages += n;
}

static void gen_emit(void *ctx, const struct simgen_rec *r)
{
	struct trace *t = ctx;

	push(t, t->filepages, r->index, r->n);
}

/* ---- next use of a page, over page accesses: for labels ---- */

static void nextuse_build(struct nextuse_index *nu, const struct trace *t,
			  u64 pages)
{
	u32 *ids = malloc((t->pages + 1) * sizeof(*ids));
	u64 n = 0;

	if (!ids)
		sim_cli_die(&cli, "out of memory", NULL);
	for (u64 i = 0; i < t->n; i++)
		for (u32 k = 0; k < t->r[i].n; k++)
			ids[n++] = t->r[i].index + k;
	if (nextuse_index_build(nu, ids, n, pages))
		sim_cli_die(&cli, "out of memory", NULL);
	free(ids);
}

/* ---- page cache: LRU over M pages ---- */

#define F_CACHED	1	/* in the page cache */
#define F_MARK		2	/* PG_readahead */
#define F_UNUSED	4	/* read ahead, not read since */


struct labeller {
	FILE *out;
	const struct nextuse_index *nu;
	u64 horizon;
	u64 rows;
};

struct sim {
	u64 pages, mem, used, ra_pages;
	u8 *flags;
	struct sim_lru lru;	/* resident pages */
	const struct sim_filera_ops *pol;	/* NULL: labelling */
	struct labeller *lb;
	u64 now;		/* page accesses so far */
	/* struct file_ra_state */
	u64 start, size, async_size;
	s64 prev_index;		/* prev_pos >> PAGE_SHIFT; -1: none */
	/* the hook's per-file state */
	struct learned_filera_state st;
	/* the request being served, for demand vs readahead pages */
	u64 req_lo, req_hi;
	/* counters */
	u64 reads, ra, wasted, misses, sync_ios, decisions, shrunk;
};

/* Read page @p from disk into the cache. */
static void cache_read(struct sim *s, u64 p, int mark)
{
	while (s->used >= s->mem) {
		u32 v = s->lru.tail;

		sim_lru_unlink(&s->lru, v);
		if (s->flags[v] & F_UNUSED)
			s->wasted++;
		s->flags[v] = 0;
		s->used--;
	}
	s->flags[p] = F_CACHED | (mark ? F_MARK : 0);
	if (p < s->req_lo || p >= s->req_hi) {
		s->flags[p] |= F_UNUSED;
		s->ra++;
	}
	sim_lru_push(&s->lru, (u32)p);
	s->used++;
	s->reads++;
}

/* page_cache_ra_unbounded() through do_page_cache_ra(): EOF-clipped. */
static void ra_read(struct sim *s, u64 index, u64 nr, u64 lookahead)
{
	u64 mark;

	if (index >= s->pages)
		return;
	if (nr > s->pages - index)
		nr = s->pages - index;
	mark = nr - lookahead;
	for (u64 i = 0; i < nr; i++)
		if (!(s->flags[index + i] & F_CACHED))
			cache_read(s, index + i, i == mark);
}

static u64 init_ra_size(u64 size, u64 max)
{
	u64 n = 1;

	while (n < size)
		n <<= 1;
	if (n <= max / 32)
		return n * 4;
	if (n <= max / 4)
		return n * 2;
	return max;
}

static u64 next_ra_size(u64 cur, u64 max)
{
	if (cur < max / 16)
		return 4 * cur;
	if (cur <= max / 2)
		return 2 * cur;
	return max;
}

static int model_useful(const s32 *x, const void *ctx)
{
#ifdef FILERASIM_NO_MODEL
	(void)x;
	(void)ctx;
	return -ENOENT;
#else
	(void)ctx;
	return learned_model_yes(&filera_window_model, x);
#endif
}

/* ---- the policies: plugins (simplugin.h) around the kernel's code ---- */

static long trend_size(const struct learned_filera_state *st, uint64_t index,
		       uint32_t req, uint32_t size, uint32_t min_size)
{
	(void)index;
	(void)req;
	return learned_filera_trend_size(&st->hist, size, min_size);
}

static long learned_size(const struct learned_filera_state *st, uint64_t index,
			 uint32_t req, uint32_t size, uint32_t min_size)
{
	return learned_filera_model_size(st, index, req, size, min_size,
					 model_useful, NULL);
}

static const struct sim_filera_ops stock_ops = {
	.name = "stock",
	.desc = "ondemand_readahead() of Linux 6.1, no hook",
};

static const struct sim_filera_ops trend_ops = {
	.name = "trend",
	.desc = "learned_filera_trend_size(): cut the window where the access trend ends",
	.size = trend_size,
};

static const struct sim_filera_ops learned_ops = {
	.name = "learned",
	.desc = "learned_filera_model_size(): the compiled-in model cuts the window",
	.size = learned_size,
};

static const struct sim_filera_ops *const policies[] = {
	&stock_ops, &trend_ops, &learned_ops, NULL
};

/* Label the rungs of stock's window: are most of its pages read soon? */
static void label_rows(struct sim *s, u64 index, u64 req_size, u64 min_size)
{
	struct labeller *lb = s->lb;
	s32 x[LEARNED_FILERA_NR_FEATURES];
	u32 lo, hi;

	for (u32 rung = 0; learned_filera_rung(rung, s->size - min_size,
						&lo, &hi); rung++) {
		u64 used = 0, cnt = 0;

		for (u64 k = lo; k < hi; k++) {
			u64 q = s->start + min_size + k, t;

			if (q >= s->pages)
				break;
			cnt++;
			if (s->flags[q] & F_CACHED) {
				used++;
				continue;
			}
			t = nextuse_from(lb->nu, q, s->now);
			used += t != UINT64_MAX && t - s->now <= lb->horizon;
		}
		if (!cnt)
			break;
		learned_filera_features(&s->st, index, req_size, s->size,
					min_size, rung, x);
		for (int i = 0; i < LEARNED_FILERA_NR_FEATURES; i++)
			fprintf(lb->out, "%d,", x[i]);
		fprintf(lb->out, "%d\n", 2 * used > cnt);
		lb->rows++;
	}
}

/* The hook: mm/learned_filera.c __learned_filera_size(). */
static int filera_hook(struct sim *s, u64 index, u64 req_size)
{
	u64 min_size = 0, size = s->size;
	long win;

	if (s->start <= index)
		min_size = index + req_size - s->start < s->size ?
			index + req_size - s->start : s->size;
	if (s->prev_index >= 0)
		learned_filera_state_push(&s->st,
					  (s64)index - s->prev_index);
	learned_filera_state_run(&s->st, index, req_size);
	if (s->pol) {
		win = s->pol->size(&s->st, index, (u32)req_size, (u32)size,
				   (u32)min_size);
		if (win < 0)
			sim_cli_die(&cli, "the learned model is not built in", NULL);
	} else {
		u32 lo, hi, r, nr = 0;

		label_rows(s, index, req_size, min_size);
		win = size;
		/* Explore: half of the windows cut at a random rung. */
		while (learned_filera_rung(nr, size - min_size, &lo, &hi))
			nr++;
		if (nr && (sim_rnd(&sg.rng) & 1)) {
			r = (u32)sim_rnd_below(&sg.rng, nr + 1);
			win = min_size;
			if (r && learned_filera_rung(r - 1, size - min_size,
						     &lo, &hi))
				win = min_size + hi;
		}
	}
	s->decisions++;
	s->shrunk += (u64)win < size;
	learned_filera_state_window(&s->st, s->start, (u32)win, (u32)size);
	if (!win)
		return 1;
	s->size = win;
	if (s->async_size > s->size)
		s->async_size = s->size;
	if ((u64)win < size && s->size <= min_size)
		s->async_size = 0;
	return 0;
}

/* mm/readahead.c ondemand_readahead(); @marked: a PG_readahead hit. */
static void ondemand(struct sim *s, u64 index, int marked, u64 req_size)
{
	bool hooked = !s->pol || s->pol->size;	/* labelling, or a plugin */
	u64 max = s->ra_pages, expected, add;

	if (!index)
		goto initial;
	expected = s->start + s->size - s->async_size;
	if (index == expected || index == s->start + s->size) {
		s->start += s->size;
		add = next_ra_size(s->size, max);
		s->size = s->size > add ? s->size : add;
		s->async_size = s->size;
		goto readit;
	}
	if (marked) {
		u64 st = index + 1;

		while (st < s->pages && st < index + 1 + max &&
		       (s->flags[st] & F_CACHED))
			st++;
		if (st - index > max)
			return;
		s->start = st;
		s->size = st - index + req_size;
		s->size = next_ra_size(s->size, max);
		s->async_size = s->size;
		goto readit;
	}
	if (req_size > max)
		goto initial;
	if (s->prev_index >= 0 && index - (u64)s->prev_index <= 1)
		goto initial;
	{
		/* try_context_readahead(): cached pages just before index */
		u64 hist = 0;

		while (hist < max && hist < index &&
		       (s->flags[index - 1 - hist] & F_CACHED))
			hist++;
		if (hist > req_size) {
			if (hist >= index)
				hist *= 2;
			s->start = index;
			s->size = hist + req_size < max ? hist + req_size : max;
			s->async_size = 1;
			goto readit;
		}
	}
	/* standalone, small random read */
	s->sync_ios += !marked;
	ra_read(s, index, req_size, 0);
	return;
initial:
	s->start = index;
	s->size = init_ra_size(req_size, max);
	s->async_size = s->size > req_size ? s->size - req_size : s->size;
readit:
	if (index == s->start && s->size == s->async_size) {
		add = next_ra_size(s->size, max);
		if (s->size + add <= max) {
			s->async_size = add;
			s->size += add;
		} else {
			s->size = max;
			s->async_size = max >> 1;
		}
	}
	if (hooked && filera_hook(s, index, req_size))
		return;
	if (!hooked)
		s->decisions++;
	s->sync_ios += !marked;
	ra_read(s, s->start, s->size, s->async_size);
}

/* filemap_read() of one request. */
static void serve(struct sim *s, u64 index, u64 n)
{
	u64 pos = index, end = index + n;

	s->req_lo = index;
	s->req_hi = end;
	while (pos < end) {
		u64 p = pos, last;

		if (!(s->flags[pos] & F_CACHED)) {
			s->misses++;
			ondemand(s, pos, 0, end - pos);
			if (!(s->flags[pos] & F_CACHED)) {
				s->sync_ios++;	/* filemap_create_folio() */
				cache_read(s, pos, 0);
			}
		}
		/* filemap_get_read_batch(): cached run, ends after a mark */
		while (p < end && (s->flags[p] & F_CACHED)) {
			if (s->flags[p++] & F_MARK)
				break;
		}
		last = p - 1;
		if (s->flags[last] & F_MARK) {
			s->flags[last] &= ~F_MARK;
			ondemand(s, last, 1, end - last);
		}
		for (u64 q = pos; q < p; q++) {
			if (!(s->flags[q] & F_CACHED)) {
				/* evicted by the readahead just issued */
				s->misses++;
				s->sync_ios++;
				cache_read(s, q, 0);
			}
			s->flags[q] &= ~F_UNUSED;
			sim_lru_touch(&s->lru, (u32)q);
			s->now++;
			s->prev_index = (s64)q + 1;
		}
		pos = p;
	}
}

static void sim_init(struct sim *s, u64 pages, u64 mem, u64 ra_pages,
		     const struct sim_filera_ops *pol, struct labeller *lb)
{
	memset(s, 0, sizeof(*s));
	s->pages = pages;
	s->mem = mem;
	s->ra_pages = ra_pages;
	s->pol = pol;
	s->lb = lb;
	s->flags = calloc(pages, 1);
	if (sim_lru_init(&s->lru, pages) || !s->flags)
		sim_cli_die(&cli, "out of memory", NULL);
	s->prev_index = -1;
	learned_filera_state_reset(&s->st);
}

static void sim_run(struct sim *s, const struct trace *t)
{
	for (u64 i = 0; i < t->n; i++)
		serve(s, t->r[i].index, t->r[i].n);
	for (u64 p = 0; p < s->pages; p++)
		if (s->flags[p] & F_UNUSED)
			s->wasted++;	/* never read */
}

static void sim_free(struct sim *s)
{
	free(s->flags);
	sim_lru_free(&s->lru);
}

int main(int argc, char **argv)
{
	const char *family, *policy;
	u64 seed, pages, mem, ra_pages;
	struct trace t = { 0 };
	int found = 0;

	sim_cli_parse(&cli, argc, argv);
	t.filepages = cli.pages;
	if (sim_cli_trace(&cli, &sg, gen_emit, &t)) {
		free(t.r);
		return 0;
	}
	family = cli.family;
	policy = cli.policy;
	seed = cli.seed;
	pages = cli.pages;
	mem = cli.mem;
	ra_pages = cli.ra_pages;
	if (!strcmp(cli.cmd, "label")) {
		struct nextuse_index nu;
		struct labeller lb = { .out = stdout, .nu = &nu,
				       .horizon = mem / 2 };
		struct sim s;

		nextuse_build(&nu, &t, pages);
		if (cli.header) {
			for (int i = 0; i < LEARNED_FILERA_NR_FEATURES; i++)
				printf("%s,", feature_names[i]);
			puts("label");
		}
		sim_init(&s, pages, mem, ra_pages, NULL, &lb);
		sim_run(&s, &t);
		sim_free(&s);
		nextuse_index_free(&nu);
		free(t.r);
		return 0;
	}
	for (int p = 0; policies[p]; p++) {
		struct sim s;

		if (strcmp(policy, "all") && strcmp(policy, policies[p]->name))
			continue;
		found = 1;
		sim_init(&s, pages, mem, ra_pages, policies[p], NULL);
		sim_run(&s, &t);
		printf("family=%s seed=%llu policy=%s requests=%llu accesses=%llu reads=%llu ra=%llu wasted=%llu misses=%llu sync_ios=%llu decisions=%llu shrunk=%llu\n",
		       family, (unsigned long long)seed, policies[p]->name,
		       (unsigned long long)t.n, (unsigned long long)t.pages,
		       (unsigned long long)s.reads,
		       (unsigned long long)s.ra,
		       (unsigned long long)s.wasted,
		       (unsigned long long)s.misses,
		       (unsigned long long)s.sync_ios,
		       (unsigned long long)s.decisions,
		       (unsigned long long)s.shrunk);
		sim_free(&s);
	}
	free(t.r);
	if (!found)
		sim_cli_die(&cli, "unknown policy", policy);
	return 0;
}
