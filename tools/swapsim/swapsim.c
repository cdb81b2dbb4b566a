// SPDX-License-Identifier: GPL-2.0
/*
 * swapsim: replay an anonymous-memory access trace through the swap-in
 * readahead policies of the kernel's "swapra" hook, label the windows for
 * training, and compare the policies.
 *
 * The policies are the kernel's own code: learned_swapra_stock_win(),
 * learned_swapra_leap_win() and learned_swapra_model_win() of
 * mm/learned_swapra_features.c (built here), with the learned model
 * predicted by the kernel's inference library built in userspace.
 *
 * Model: one VMA of N pages, all swapped out after the initial fill
 * except the last M (the memory limit).  A resident page costs nothing; a
 * swap-cache page (read ahead, not yet used) costs a minor fault, counts
 * a readahead hit and moves the stream's previous address, as
 * swap_cache_get_folio() does; any other page is a major fault and the
 * policy plans a readahead, clamped to the VMA and the 512-page page
 * table, as mm/learned_swapra.c and swap_vma_readahead() do.  Residency
 * is LRU over M pages, read-ahead pages inserted like faulted ones; a
 * read-ahead page evicted unused is wasted.
 *
 *   swapsim run   --family F | --trace FILE [--seed S] [--pages N] [--mem M]
 *                 [--len A] [--policy stock|leap|learned|all]
 *   swapsim label --family F | --trace FILE [same options] [--header]
 *                 CSV rows for tools/trainer
 *   swapsim trace --family F [options]     print the generated trace
 *   swapsim families
 *
 * A trace file is a tools/lib/simtrace.h trace of kind "swap": one page
 * of the VMA (0..--pages - 1) a line; the header line may be left out.
 *
 * Families (tools/lib/simgen.c, kind swap): seq, rev, strideN (N 1..64),
 * zipf, random, chase (random cycle), runs (sequential runs of random
 * length at random places), phase (seq, stride, random, in turn),
 * interleave (two sequential streams in one VMA), stride-walk (stride
 * that changes every pass).
 */
#include <linux/learned_infer.h>
#include <simcli.h>
#include <simplugin.h>
#include <simlru.h>
#include <linux/learned_swapra_features.h>
#include <nextuse.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef SWAPSIM_NO_MODEL
#include "models/swapra_window.h"
#endif

#define PMD_PAGES	512

static const char *const feature_names[LEARNED_SWAPRA_NR_FEATURES] = {
	[LEARNED_SWAPRA_F_STEP] = "log2_win",
	[LEARNED_SWAPRA_F_TREND] = "trend",
	[LEARNED_SWAPRA_F_HISTORY] = "history",
	[LEARNED_SWAPRA_F_STRIDE] = "stride",
	[LEARNED_SWAPRA_F_HITS] = "hits",
	[LEARNED_SWAPRA_F_PREV_WIN] = "prev_win",
	[LEARNED_SWAPRA_F_HIT_RATIO] = "hit_ratio",
	[LEARNED_SWAPRA_F_LAST_MATCH] = "last_match",
	[LEARNED_SWAPRA_F_USE_RATE] = "use_rate",
	[LEARNED_SWAPRA_F_STREAK] = "streak",
};

/* the command line, and the trace's generator, whose xorshift64* drives
 * the exploration too
 */
static struct sim_cli cli = { .tool = "swapsim", .kind = SIMTRACE_SWAP };
static struct simgen sg;

/* ---- the trace: pages of the VMA ---- */

struct trace {
	u32 *a;
	u64 n, cap;
};

static void push(struct trace *t, u64 page)
{
	if (t->n == t->cap) {
		t->cap = t->cap ? 2 * t->cap : 4096;
		t->a = realloc(t->a, t->cap * sizeof(*t->a));
		if (!t->a)
			sim_cli_die(&cli, "out of memory", NULL);
	}
	t->a[t->n++] = (u32)page;
}

static void gen_emit(void *ctx, const struct simgen_rec *r)
{
	push(ctx, r->index);
}

/* ---- LRU of resident pages ---- */

enum { ABSENT, RESIDENT, SWAPCACHE };

struct sim {
	u64 pages, mem, used;
	u8 *state;
	struct sim_lru lru;	/* resident pages */
	/* stream state, as vma->swap_readahead_info and the slot */
	u64 ra_prev;
	u32 ra_win, ra_hits;
	struct learned_swapra_hist hist;
	/* counters */
	u64 majors, minors, ra_issued, ra_hits_total, wasted;
};

static void insert(struct sim *s, u32 p, u8 state)
{
	while (s->used >= s->mem) {
		u32 v = s->lru.tail;

		sim_lru_unlink(&s->lru, v);
		if (s->state[v] == SWAPCACHE)
			s->wasted++;
		s->state[v] = ABSENT;
		s->used--;
	}
	s->state[p] = state;
	sim_lru_push(&s->lru, p);
	s->used++;
}

static void sim_init(struct sim *s, u64 pages, u64 mem)
{
	memset(s, 0, sizeof(*s));
	s->pages = pages;
	s->mem = mem;
	s->state = calloc(pages, 1);
	if (sim_lru_init(&s->lru, pages) || !s->state)
		sim_cli_die(&cli, "out of memory", NULL);
	/* the fill pass left the last mem pages resident */
	for (u64 p = pages > mem ? pages - mem : 0; p < pages; p++)
		insert(s, (u32)p, RESIDENT);
	s->ra_prev = pages - 1;
	s->ra_win = 0;
	s->ra_hits = 4;	/* GET_SWAP_RA_VAL() of a fresh VMA */
	learned_swapra_hist_reset(&s->hist);
}

static void sim_free(struct sim *s)
{
	free(s->state);
	sim_lru_free(&s->lru);
}

static int model_useful(const s32 *x, const void *ctx)
{
#ifdef SWAPSIM_NO_MODEL
	(void)x;
	(void)ctx;
	return -ENOENT;
#else
	s32 out[1];
	int n = learned_model_predict(&swapra_window_model, x, out);

	(void)ctx;
	if (n != 1)
		return n < 0 ? n : -EINVAL;
	return SWAPRA_WINDOW_DECIDE(out[0]);
#endif
}

/* ---- the policies: plugins (simplugin.h) around the kernel's code ---- */

static int leap_window(const struct learned_swapra_hist *hist, uint32_t hits,
		       uint32_t prev_win, int32_t *stride)
{
	return (int)learned_swapra_leap_win(hist, hits, prev_win, stride);
}

static int learned_window(const struct learned_swapra_hist *hist, uint32_t hits,
			  uint32_t prev_win, int32_t *stride)
{
	return learned_swapra_model_win(hist, hits, prev_win, stride,
					model_useful, NULL);
}

static const struct sim_swapra_ops stock_ops = {
	.name = "stock",
	.desc = "swap_vma_readahead(): the window of the hit count, placed by the last delta",
};

static const struct sim_swapra_ops leap_ops = {
	.name = "leap",
	.desc = "learned_swapra_leap_win(): the majority stride of the fault history",
	.window = leap_window,
};

static const struct sim_swapra_ops learned_ops = {
	.name = "learned",
	.desc = "learned_swapra_model_win(): the compiled-in model decides each window",
	.window = learned_window,
};

static const struct sim_swapra_ops *const policies[] = {
	&stock_ops, &leap_ops, &learned_ops, NULL
};

struct labeller {
	FILE *out;
	const struct nextuse_index *nu;	/* labels: next use of a page */
	u64 horizon;
	u64 rows;
};

/* Emit the labelled rows of one decision point. */
static void label_rows(struct labeller *lb, const struct sim *s, u64 now,
		       u64 pos, s32 stride, u32 trend, u32 hits, u32 prev_win)
{
	s32 x[LEARNED_SWAPRA_NR_FEATURES];
	u64 pmd = pos / PMD_PAGES;

	for (u32 log2w = 1; (1u << log2w) <= LEARNED_SWAPRA_MAX_WIN; log2w++) {
		s64 q = (s64)pos + (s64)((1 << log2w) - 1) * stride;
		int label = 0;

		if (q >= 0 && (u64)q < s->pages && (u64)q / PMD_PAGES == pmd) {
			u64 t = nextuse_from(lb->nu, (u32)q, now + 1);

			label = t != UINT64_MAX && t - now <= lb->horizon;
		}
		learned_swapra_features(&s->hist, hits, prev_win, stride,
					trend, log2w, x);
		for (int i = 0; i < LEARNED_SWAPRA_NR_FEATURES; i++)
			fprintf(lb->out, "%d,", x[i]);
		fprintf(lb->out, "%d\n", label);
		lb->rows++;
	}
}

static void simulate(struct sim *s, const struct trace *t,
		     const struct sim_swapra_ops *pol, struct labeller *lb)
{
	for (u64 i = 0; i < t->n; i++) {
		u32 p = t->a[i];
		u32 win, hits, prev_win;
		u64 prev_pos, prev;
		bool stock = !pol->window;
		s32 stride = 1;
		u64 lo, hi;

		if (s->state[p] == RESIDENT) {
			sim_lru_touch(&s->lru, p);
			continue;
		}
		if (s->state[p] == SWAPCACHE) {
			/* swap_cache_get_folio(): readahead hit */
			s->minors++;
			s->ra_hits_total++;
			if (s->ra_hits < 63)
				s->ra_hits++;
			s->ra_prev = p;
			s->state[p] = RESIDENT;
			sim_lru_touch(&s->lru, p);
			continue;
		}
		s->majors++;
		prev_pos = s->ra_prev;
		hits = s->ra_hits;
		prev_win = s->ra_win;
		learned_swapra_hist_push(&s->hist, (s64)p - (s64)s->ra_prev,
					 prev_win, hits);
		win = 0;
		if (pol->window) {
			int w = pol->window(&s->hist, hits, prev_win, &stride);

			if (w < 0)
				sim_cli_die(&cli, "the learned model is not built in", NULL);
			win = (u32)w;
		}
		if (!win) {	/* stock, or no trend: the policy defers to stock */
			win = learned_swapra_stock_win(s->ra_prev, p, hits, 8,
						       prev_win);
			stock = true;
		}
		if (lb) {
			s32 ls;
			u32 trend = learned_swapra_trend(&s->hist, &ls);

			if (trend) {
				label_rows(lb, s, i, p, ls, trend, hits,
					   prev_win);
				/*
				 * Explore: every other plan takes a random
				 * window, so the rows cover the states any
				 * window policy leads to, not only leap's.
				 */
				if (sim_rnd(&sg.rng) & 1) {
					win = 1u << sim_rnd_below(&sg.rng, 6);
					stride = ls;
				}
			}
		}
		s->ra_win = win;
		s->ra_hits = 0;
		s->ra_prev = p;
		insert(s, p, RESIDENT);
		lo = p / PMD_PAGES * PMD_PAGES;
		hi = lo + PMD_PAGES < s->pages ? lo + PMD_PAGES : s->pages;
		if (win <= 1)
			continue;
		if (stock) {
			/* swap_ra_info(): placement by the last delta */
			s64 start, end;

			prev = prev_pos;

			if (p == prev + 1) {
				start = p;
				end = (s64)p + win;
			} else if (prev == (u64)p + 1) {
				start = (s64)p - win + 1;
				end = (s64)p + 1;
			} else {
				start = (s64)p - (win - 1) / 2;
				end = start + win;
			}
			if (start < (s64)lo)
				start = (s64)lo;
			if (end > (s64)hi)
				end = (s64)hi;
			for (s64 q = start; q < end; q++) {
				if ((u64)q == p || s->state[q] != ABSENT)
					continue;
				insert(s, (u32)q, SWAPCACHE);
				s->ra_issued++;
			}
			continue;
		}
		for (u32 k = 1; k < win; k++) {
			s64 q = (s64)p + (s64)k * stride;

			if (q < (s64)lo || q >= (s64)hi)
				break;
			if (s->state[q] != ABSENT)
				continue;
			insert(s, (u32)q, SWAPCACHE);
			s->ra_issued++;
		}
	}
}

int main(int argc, char **argv)
{
	struct trace t = { 0 };
	const char *family, *policy;
	u64 seed, pages, mem;

	sim_cli_parse(&cli, argc, argv);
	if (sim_cli_trace(&cli, &sg, gen_emit, &t)) {
		free(t.a);
		return 0;
	}
	family = cli.family;
	policy = cli.policy;
	seed = cli.seed;
	pages = cli.pages;
	mem = cli.mem;
	if (!strcmp(cli.cmd, "label")) {
		struct nextuse_index nu;
		struct labeller lb = { .out = stdout, .nu = &nu,
				       .horizon = mem / 2 };
		struct sim s;

		if (cli.header) {
			for (int i = 0; i < LEARNED_SWAPRA_NR_FEATURES; i++)
				printf("%s,", feature_names[i]);
			puts("label");
		}
		if (nextuse_index_build(&nu, t.a, t.n, pages))
			sim_cli_die(&cli, "out of memory", NULL);
		sim_init(&s, pages, mem);
		simulate(&s, &t, &leap_ops, &lb);
		sim_free(&s);
		nextuse_index_free(&nu);
		free(t.a);
		return 0;
	}
	for (int p = 0; policies[p]; p++) {
		struct sim s;

		if (strcmp(policy, "all") && strcmp(policy, policies[p]->name))
			continue;
		sim_init(&s, pages, mem);
		simulate(&s, &t, policies[p], NULL);
		printf("family=%s seed=%llu policy=%s accesses=%llu majors=%llu minors=%llu ra=%llu ra_hit=%llu wasted=%llu\n",
		       family, (unsigned long long)seed, policies[p]->name,
		       (unsigned long long)t.n,
		       (unsigned long long)s.majors,
		       (unsigned long long)s.minors,
		       (unsigned long long)s.ra_issued,
		       (unsigned long long)s.ra_hits_total,
		       (unsigned long long)s.wasted);
		sim_free(&s);
	}
	if (strcmp(policy, "all") && !SIM_POLICY_FIND(policies, policy))
		sim_cli_die(&cli, "unknown policy", policy);
	free(t.a);
	return 0;
}
