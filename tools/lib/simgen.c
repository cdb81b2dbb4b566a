// SPDX-License-Identifier: GPL-2.0
/* simgen: the seeded synthetic workload generators (see simgen.h). */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "simgen.h"

static const char *const family_lists[SIMTRACE_NR_KINDS] = {
	[SIMTRACE_SWAP] = "seq rev stride2 stride3 stride4 stride8 stride16 stride-walk "
			  "zipf random chase runs phase interleave",
	[SIMTRACE_FILERA] = "seq rev stride2 stride3 stride4 stride8 stride16 stride-walk "
			    "random zipf runs short blocks block4 block8 block16 block32 "
			    "phase interleave hotcold",
	[SIMTRACE_CACHE] = "zipf scan loop seq mix phase",
};

const char *simgen_families(enum simtrace_kind kind)
{
	return (unsigned int)kind < SIMTRACE_NR_KINDS ? family_lists[kind] : NULL;
}

void simgen_init(struct simgen *g, enum simtrace_kind kind, uint64_t seed,
		 uint64_t pages, uint64_t len,
		 void (*emit)(void *ctx, const struct simgen_rec *r), void *ctx)
{
	memset(g, 0, sizeof(*g));
	g->kind = kind;
	g->pages = pages;
	g->len = len;
	g->emit = emit;
	g->ctx = ctx;
	g->rng = seed * 0x9E3779B97F4A7C15ULL + 1;
	sim_rng256_seed(&g->r256, seed);
	g->o = (struct simgen_cache_opts){
		.alpha = 0.9, .scan_frac = 0.5, .shift = 0.5, .write_frac = 0,
		.file_pages = 256, .scan_len = 0, .streams = 4, .files = 64,
		.phases = 4,
	};
	g->next_ino = 1000000;
}

static int fail(char *eb, size_t el, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static int fail(char *eb, size_t el, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	if (el)
		vsnprintf(eb, el, fmt, ap);
	va_end(ap);
	return -1;
}

static uint64_t rnd_below(struct simgen *g, uint64_t n)
{
	return sim_rnd_below(&g->rng, n);
}

/* "NAMEdigits": the number in [min, max], else -1 (0: not NAMEdigits) */
static int param(const char *family, const char *name, uint64_t min,
		 uint64_t max, uint64_t *out)
{
	size_t n = strlen(name);
	char *end;

	if (strncmp(family, name, n) || family[n] < '0' || family[n] > '9')
		return 0;
	*out = strtoull(family + n, &end, 10);
	return !*end && *out >= min && *out <= max ? 1 : -1;
}

/* ---- swap: pages of one VMA ---- */

static void swap_push(struct simgen *g, uint64_t page)
{
	struct simgen_rec r = { .index = page, .n = 1 };

	g->emit(g->ctx, &r);
	g->n++;
	g->accesses++;
}

static void swap_stride(struct simgen *g, uint64_t s)
{
	uint64_t pages = g->pages, off = 0;

	while (g->n < g->len) {
		for (uint64_t p = off; p < pages && g->n < g->len; p += s)
			swap_push(g, p);
		off = (off + 1) % s;
	}
}

static int swap_gen(struct simgen *g, const char *family, const uint32_t *perm,
		    char *eb, size_t el)
{
	uint64_t pages = g->pages, len = g->len, s;
	int pr = param(family, "stride", 1, 64, &s);

	if (pr < 0)
		return fail(eb, el, "stride must be 1..64: %s", family);
	if (pr) {
		swap_stride(g, s);
	} else if (!strcmp(family, "seq")) {
		swap_stride(g, 1);
	} else if (!strcmp(family, "rev")) {
		while (g->n < len)
			for (uint64_t p = pages; p-- > 0 && g->n < len;)
				swap_push(g, p);
	} else if (!strcmp(family, "stride-walk")) {
		static const uint64_t strides[] = { 2, 5, 3, 7, 4, 6 };
		unsigned int k = 0;

		while (g->n < len) {
			uint64_t s = strides[k++ % 6], end = g->n + pages / s;

			for (uint64_t p = rnd_below(g, s); p < pages && g->n < len &&
			     g->n < end; p += s)
				swap_push(g, p);
		}
	} else if (!strcmp(family, "zipf")) {
		/* Zipf(1) ranks by inverse CDF on a table, scattered by perm. */
		double sum, *cdf = sim_zipf_cdf(pages, &sum);

		if (!cdf)
			return fail(eb, el, "out of memory");
		while (g->n < len)
			swap_push(g, perm[sim_zipf_draw(&g->rng, cdf, pages, sum)]);
		free(cdf);
	} else if (!strcmp(family, "random")) {
		while (g->n < len)
			swap_push(g, rnd_below(g, pages));
	} else if (!strcmp(family, "chase")) {
		uint64_t p = 0;

		while (g->n < len) {
			swap_push(g, perm[p]);
			p = (p + 1) % pages;
		}
	} else if (!strcmp(family, "runs")) {
		while (g->n < len) {
			uint64_t start = rnd_below(g, pages), run = 8 + rnd_below(g, 120);

			for (uint64_t p = start; p < pages && run-- && g->n < len; p++)
				swap_push(g, p);
		}
	} else if (!strcmp(family, "phase")) {
		unsigned int k = 0;

		while (g->n < len) {
			uint64_t end = g->n + pages;

			if (end > len)
				end = len;
			switch (k++ % 3) {
			case 0:
				for (uint64_t p = 0; g->n < end; p = (p + 1) % pages)
					swap_push(g, p);
				break;
			case 1: {
				/* every page, stride 4, as tools/swapwl does */
				uint64_t per = (pages + 3) / 4;

				for (uint64_t i = 0; g->n < end; i++) {
					uint64_t q = (i % per) * 4 + i / per % 4;

					swap_push(g, q < pages ? q : q % pages);
				}
				break;
			}
			default:
				while (g->n < end)
					swap_push(g, rnd_below(g, pages));
			}
		}
	} else if (!strcmp(family, "interleave")) {
		uint64_t a = 0, b = pages / 2;

		while (g->n < len) {
			swap_push(g, a);
			swap_push(g, b);
			a = (a + 1) % (pages / 2);
			b = pages / 2 + (b + 1 - pages / 2) % (pages / 2);
		}
	} else {
		return fail(eb, el, "unknown swap family: %s", family);
	}
	return 0;
}

/* ---- filera: requests of (first page, pages) on one file ---- */

static void fr_push(struct simgen *g, uint64_t index, uint64_t n)
{
	struct simgen_rec r = { .index = index };

	if (index >= g->pages)
		return;
	if (index + n > g->pages)
		n = g->pages - index;
	r.n = (uint32_t)n;
	g->emit(g->ctx, &r);
	g->n++;
	g->accesses += n;
}

/* Passes over the file, @r pages read every @s pages, offset shifting. */
static void fr_stride(struct simgen *g, uint64_t s, uint64_t r)
{
	uint64_t pages = g->pages, off = 0;

	while (g->accesses < g->len) {
		for (uint64_t p = off; p < pages && g->accesses < g->len; p += s)
			fr_push(g, p, r);
		off = (off + r) % s;
	}
}

/*
 * Whole blocks of @n pages, aligned to @n, at random places, each read
 * front to back in @r-page requests, until @end pages were accessed.
 */
static void fr_blocks(struct simgen *g, uint64_t end, uint64_t n, uint64_t r)
{
	uint64_t pages = g->pages;

	if (n > pages)
		n = pages;
	while (g->accesses < end) {
		uint64_t start = rnd_below(g, pages / n) * n;

		for (uint64_t p = start; p < start + n && g->accesses < end; p += r)
			fr_push(g, p, r < start + n - p ? r : start + n - p);
	}
}

/* sequential runs of 1..4-page requests from random starts */
static void fr_runs(struct simgen *g, uint64_t min, uint64_t spread)
{
	while (g->accesses < g->len) {
		uint64_t start = rnd_below(g, g->pages), run = min + rnd_below(g, spread);
		uint64_t r = 1 + rnd_below(g, 4);

		for (uint64_t p = start; p < g->pages && run-- && g->accesses < g->len;
		     p += r)
			fr_push(g, p, r);
	}
}

static int fr_gen(struct simgen *g, const char *family, const uint32_t *perm,
		  char *eb, size_t el)
{
	uint64_t pages = g->pages, len = g->len, s, r;
	int sp = param(family, "stride", 2, 64, &s);
	int bp = param(family, "block", 2, 256, &s);

	if (sp < 0)
		return fail(eb, el, "stride must be 2..64: %s", family);
	if (bp < 0)
		return fail(eb, el, "block must be 2..256: %s", family);
	if (sp) {
		r = s > 2 ? 1 + rnd_below(g, 2) : 1;
		fr_stride(g, s * r, r);
	} else if (bp) {
		fr_blocks(g, len, s, s >= 8 ? 1 + rnd_below(g, 2) : 1);
	} else if (!strcmp(family, "seq")) {
		static const uint64_t sizes[] = { 1, 2, 4, 8, 32 };

		r = sizes[rnd_below(g, 5)];
		fr_stride(g, r, r);
	} else if (!strcmp(family, "rev")) {
		while (g->accesses < len)
			for (uint64_t p = pages; p-- > 0 && g->accesses < len;)
				fr_push(g, p, 1);
	} else if (!strcmp(family, "stride-walk")) {
		static const uint64_t strides[] = { 2, 5, 3, 7, 4, 6 };
		unsigned int k = 0;

		while (g->accesses < len) {
			uint64_t s = strides[k++ % 6];

			for (uint64_t p = rnd_below(g, s); p < pages && g->accesses < len;
			     p += s)
				fr_push(g, p, 1);
		}
	} else if (!strcmp(family, "random")) {
		r = 1 + rnd_below(g, 2);
		while (g->accesses < len)
			fr_push(g, rnd_below(g, pages), r);
	} else if (!strcmp(family, "zipf")) {
		/* Zipf(1) ranks by inverse CDF on a table, scattered by perm. */
		double sum, *cdf = sim_zipf_cdf(pages, &sum);

		if (!cdf)
			return fail(eb, el, "out of memory");
		while (g->accesses < len)
			fr_push(g, perm[sim_zipf_draw(&g->rng, cdf, pages, sum)], 1);
		free(cdf);
	} else if (!strcmp(family, "runs")) {
		/* sequential runs of random length at random places */
		fr_runs(g, 4, 60);
	} else if (!strcmp(family, "short")) {
		/* short sequential runs, 2..16 requests, from random starts */
		fr_runs(g, 2, 15);
	} else if (!strcmp(family, "blocks")) {
		/*
		 * phases of 1/8..1/2 file size, each with one block size,
		 * log-uniform over 2..63 pages
		 */
		while (g->accesses < len) {
			uint64_t e = 1 + rnd_below(g, 5), n = (1ULL << e) +
				rnd_below(g, 1ULL << e), end = g->accesses +
				(1 + rnd_below(g, 4)) * pages / 8;

			fr_blocks(g, end < len ? end : len, n,
				  n >= 8 ? 1 + rnd_below(g, 2) : 1);
		}
	} else if (!strcmp(family, "hotcold")) {
		/* 90% of reads in a hot eighth of the file, at random */
		while (g->accesses < len) {
			if (rnd_below(g, 10))
				fr_push(g, rnd_below(g, pages / 8), 1);
			else
				fr_push(g, pages / 8 + rnd_below(g, pages - pages / 8), 1);
		}
	} else if (!strcmp(family, "phase")) {
		unsigned int k = 0;

		while (g->accesses < len) {
			uint64_t end = g->accesses + pages / 2, p = rnd_below(g, pages);

			switch (k++ % 3) {
			case 0:
				while (g->accesses < end && g->accesses < len) {
					fr_push(g, p, 2);
					p = (p + 2) % pages;
				}
				break;
			case 1:
				while (g->accesses < end && g->accesses < len) {
					fr_push(g, p, 1);
					p = (p + 5) % pages;
				}
				break;
			default:
				while (g->accesses < end && g->accesses < len)
					fr_push(g, rnd_below(g, pages), 1);
			}
		}
	} else if (!strcmp(family, "interleave")) {
		/* two sequential readers sharing one struct file */
		uint64_t a = 0, b = pages / 2;

		while (g->accesses < len) {
			fr_push(g, a, 4);
			fr_push(g, b, 4);
			a = (a + 4) % (pages / 2);
			b = pages / 2 + (b + 4 - pages / 2) % (pages / 2);
		}
	} else {
		return fail(eb, el, "unknown filera family: %s", family);
	}
	return 0;
}

/* ---- cache: page-cache lookups of files ---- */

/*
 * Zipf(alpha) over n pages, ranks scattered by a permutation so hot
 * pages spread over files.
 */
struct zipf {
	double *cdf;
	uint64_t *perm;	/* rank -> page */
	uint64_t n;
};

static int zipf_init(struct zipf *z, struct sim_rng256 *r, uint64_t n, double alpha)
{
	double s = 0;
	uint64_t i;

	z->n = n;
	z->cdf = malloc(n * sizeof(double));
	z->perm = malloc(n * sizeof(uint64_t));
	if (!z->cdf || !z->perm) {
		free(z->cdf);
		free(z->perm);
		return -1;
	}
	for (i = 0; i < n; i++) {
		s += 1.0 / pow((double)(i + 1), alpha);
		z->cdf[i] = s;
	}
	for (i = 0; i < n; i++) {
		z->cdf[i] /= s;
		z->perm[i] = i;
	}
	for (i = n; i > 1; i--) {	/* Fisher-Yates */
		uint64_t j = sim_rng256_below(r, i), tmp = z->perm[i - 1];

		z->perm[i - 1] = z->perm[j];
		z->perm[j] = tmp;
	}
	return 0;
}

static uint64_t zipf_draw(struct zipf *z, struct sim_rng256 *r)
{
	double u = sim_rng256_unit(r);
	uint64_t lo = 0, hi = z->n - 1;

	while (lo < hi) {
		uint64_t mid = lo + (hi - lo) / 2;

		if (z->cdf[mid] < u)
			lo = mid + 1;
		else
			hi = mid;
	}
	return z->perm[lo];
}

static void zipf_free(struct zipf *z)
{
	free(z->cdf);
	free(z->perm);
}

static void cache_emit(struct simgen *g, uint64_t tenant, uint64_t ino,
		       uint64_t page, uint8_t flags)
{
	struct simgen_rec r = { .key = { 8, tenant, ino }, .index = page, .n = 1 };

	if (g->o.write_frac > 0 && sim_rng256_unit(&g->r256) < g->o.write_frac)
		flags |= SIMGEN_F_WRITE;
	r.flags = flags;
	g->emit(g->ctx, &r);
	g->n++;
	g->accesses++;
}

/* page number p of a file-backed set starting at inode base */
static void cache_emit_set(struct simgen *g, uint64_t tenant, uint64_t base,
			   uint64_t p, uint8_t flags)
{
	cache_emit(g, tenant, base + p / g->o.file_pages, p % g->o.file_pages, flags);
}

static int cache_gen(struct simgen *g, const char *fam, char *eb, size_t el)
{
	const struct simgen_cache_opts *o = &g->o;
	uint64_t n = g->len, pages = g->pages, fp = o->file_pages, i;
	struct sim_rng256 *r = &g->r256;
	struct zipf z;

	if (!fp)
		return fail(eb, el, "file pages must be at least 1");
	if (!strcmp(fam, "zipf")) {
		if (zipf_init(&z, r, pages, o->alpha))
			goto nomem;
		for (i = 0; i < n; i++)
			cache_emit_set(g, 1, 100, zipf_draw(&z, r), 0);
		zipf_free(&z);
	} else if (!strcmp(fam, "scan")) {
		/* zipf over a hot set, interrupted by scans of fresh files */
		uint64_t scan_len = o->scan_len ? o->scan_len : pages / 2 ? pages / 2 : 1;
		uint64_t hot_run = (uint64_t)((double)scan_len * (1 - o->scan_frac) /
					      (o->scan_frac > 0 ? o->scan_frac : 1));

		if (o->scan_frac == 0)
			hot_run = n;
		if (!hot_run)
			hot_run = 1;
		if (zipf_init(&z, r, pages, o->alpha))
			goto nomem;
		for (i = 0; i < n;) {
			uint64_t j, ino;

			for (j = 0; j < hot_run && i < n; j++, i++)
				cache_emit_set(g, 1, 100, zipf_draw(&z, r), 0);
			ino = g->next_ino++;
			for (j = 0; j < scan_len && i < n && o->scan_frac > 0; j++, i++)
				cache_emit(g, 1, ino, j, j ? SIMGEN_F_RA : 0);
		}
		zipf_free(&z);
	} else if (!strcmp(fam, "loop")) {
		for (i = 0; i < n; i++)
			cache_emit_set(g, 1, 100, i % pages, (i % pages) % fp ? SIMGEN_F_RA : 0);
	} else if (!strcmp(fam, "seq")) {
		/* streams read whole files from a pool of files of --pages/files pages */
		uint64_t filep = pages / o->files ? pages / o->files : 1, s;
		uint64_t *ino = calloc(o->streams, sizeof(uint64_t));
		uint64_t *pos = calloc(o->streams, sizeof(uint64_t));

		if (!ino || !pos || zipf_init(&z, r, o->files, o->alpha)) {
			free(ino);
			free(pos);
			goto nomem;
		}
		for (s = 0; s < o->streams; s++)
			ino[s] = zipf_draw(&z, r);
		for (i = 0; i < n; i++) {
			s = sim_rng256_below(r, o->streams);
			cache_emit(g, 1, 100 + ino[s], pos[s], pos[s] ? SIMGEN_F_RA : 0);
			if (++pos[s] == filep) {
				ino[s] = zipf_draw(&z, r);
				pos[s] = 0;
			}
		}
		zipf_free(&z);
		free(ino);
		free(pos);
	} else if (!strcmp(fam, "mix")) {
		/* tenant 1: zipf over pages; tenant 2: loop over pages/2, 1:1 */
		uint64_t lp = pages / 2 ? pages / 2 : 1, k = 0;

		if (zipf_init(&z, r, pages, o->alpha))
			goto nomem;
		for (i = 0; i < n; i++) {
			if (sim_rng256_below(r, 2)) {
				cache_emit_set(g, 1, 100, zipf_draw(&z, r), 0);
			} else {
				cache_emit_set(g, 2, 100, k % lp, (k % lp) % fp ? SIMGEN_F_RA : 0);
				k++;
			}
		}
		zipf_free(&z);
	} else if (!strcmp(fam, "phase")) {
		/* zipf over a window of the page space; each phase slides it by shift */
		uint64_t step = (uint64_t)((double)pages * o->shift);
		uint64_t per = n / o->phases ? n / o->phases : 1;

		if (zipf_init(&z, r, pages, o->alpha))
			goto nomem;
		for (i = 0; i < n; i++)
			cache_emit_set(g, 1, 100, zipf_draw(&z, r) + i / per * step, 0);
		zipf_free(&z);
	} else {
		return fail(eb, el, "unknown cache family: %s", fam);
	}
	return 0;
nomem:
	return fail(eb, el, "out of memory");
}

int simgen_run(struct simgen *g, const char *family, char *eb, size_t el)
{
	uint32_t *perm;
	int ret;

	if (g->kind == SIMTRACE_CACHE)
		return cache_gen(g, family, eb, el);
	if (g->kind != SIMTRACE_SWAP && g->kind != SIMTRACE_FILERA)
		return fail(eb, el, "no generator of %s traces",
			    simtrace_kind_name(g->kind) ?: "unknown");
	if (!g->pages || g->pages > UINT32_MAX)
		return fail(eb, el, "pages must be 1..2^32-1");
	/* every family draws the permutation first, used or not */
	perm = malloc(g->pages * sizeof(*perm));
	if (!perm)
		return fail(eb, el, "out of memory");
	sim_shuffle(&g->rng, perm, g->pages);
	if (g->kind == SIMTRACE_SWAP)
		ret = swap_gen(g, family, perm, eb, el);
	else
		ret = fr_gen(g, family, perm, eb, el);
	free(perm);
	return ret;
}
