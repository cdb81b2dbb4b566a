// SPDX-License-Identifier: GPL-2.0
/*
 * swapwl: touch anonymous memory in a controlled pattern and check it.
 *
 *   swapwl --pattern P [--size MIB] [--accesses N] [--stride K] [--seed S]
 *          [--write] [--quiet] [--corrupt PAGE]
 *
 * Maps SIZE MiB of private anonymous memory (run it in a memory cgroup
 * whose memory.max is below SIZE, with swap), fills every page with a
 * pattern derived from its index and a generation, then touches N pages
 * (default 3 x the pages) in pattern P, checking every word of every page
 * it touches; with --write each touch also rewrites the page with the next
 * generation, so pages are dirtied and swapped out again.  Patterns:
 *
 *   seq       0, 1, 2, .. in passes
 *   rev       N-1, N-2, .. in passes
 *   stride    0, K, 2K, .. then 1, K+1, .. (--stride K, default 4)
 *   random    uniform
 *   zipf      Zipf-like (probability ~ 1/rank), ranks scattered over pages
 *   chase     pointer chasing through a random cycle; the next page is
 *             read from the current page
 *   chase-seq pointer chasing through a list laid out in runs of 16-64
 *             consecutive pages, runs in random order
 *   phase     seq, stride, random passes in turn
 *
 * --corrupt PAGE flips one bit of PAGE after the fill (a test that the
 * check finds it).  Prints one line of key=value results: among them
 * majflt, the major faults of the N touches (getrusage(), the fill and the
 * final check of every page excluded), and check_majflt, those of the
 * final check, a sequential pass that favours any readahead; exits 1 when
 * any page was corrupted (wrong words), 2 on a usage or mapping error.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <time.h>

#define PAGE		4096UL
#define WORDS		(PAGE / sizeof(uint64_t))

static uint64_t rng;

static uint64_t rnd(void)
{
	rng ^= rng >> 12;
	rng ^= rng << 25;
	rng ^= rng >> 27;
	return rng * 2685821657736338717ULL;
}

static uint64_t rnd_below(uint64_t n)
{
	return rnd() % n;
}

static void usage(const char *why, const char *arg)
{
	fprintf(stderr, "swapwl: %s%s%s\n", why, arg ? ": " : "", arg ? arg : "");
	fprintf(stderr, "usage: swapwl --pattern seq|rev|stride|random|zipf|chase|chase-seq|phase\n"
		"              [--size MIB] [--accesses N] [--stride K] [--seed S] [--write] [--quiet]\n");
	exit(2);
}

static uint64_t num(const char *opt, const char *v, uint64_t min, uint64_t max)
{
	char *end;
	unsigned long long x;

	if (!v || !*v || *v == '-')
		usage("bad or missing number for", opt);
	errno = 0;
	x = strtoull(v, &end, 10);
	if (errno || *end || x < min || x > max)
		usage("number out of range for", opt);
	return x;
}

/* word w of page p at generation g; word 0 carries the chase link */
static inline uint64_t word(uint64_t p, uint32_t g, uint64_t w)
{
	return (p << 24 | (uint64_t)g << 10 | w) ^ 0x5a5aa5a5c3c33c3cULL;
}

struct wl {
	uint8_t *mem;
	uint64_t pages;
	uint32_t *gen;		/* generation of each page */
	uint32_t *next;		/* chase link of each page (also stored in it) */
	uint8_t *bad;		/* page seen corrupted */
	uint64_t corrupted;	/* distinct pages with a wrong word */
	uint64_t bad_words;
	int write;
};

static void fill(struct wl *wl, uint64_t p)
{
	uint64_t *pg = (uint64_t *)(wl->mem + p * PAGE);

	pg[0] = wl->next[p];
	for (uint64_t w = 1; w < WORDS; w++)
		pg[w] = word(p, wl->gen[p], w);
}

/* Check page p, return its stored link; rewrite it with --write. */
static uint32_t touch(struct wl *wl, uint64_t p)
{
	uint64_t *pg = (uint64_t *)(wl->mem + p * PAGE);
	uint64_t bad = 0;
	uint32_t link = (uint32_t)pg[0];

	if (pg[0] != wl->next[p])
		bad++;
	for (uint64_t w = 1; w < WORDS; w++)
		bad += pg[w] != word(p, wl->gen[p], w);
	if (bad && !wl->bad[p]) {
		wl->bad[p] = 1;
		if (wl->corrupted < 10)
			fprintf(stderr, "swapwl: page %llu: %llu bad words (gen %u, word1 %#llx)\n",
				(unsigned long long)p, (unsigned long long)bad,
				wl->gen[p], (unsigned long long)pg[1]);
		wl->corrupted++;
	}
	if (bad) {
		wl->bad_words += bad;
		link = wl->next[p];
	}
	if (wl->write) {
		wl->gen[p]++;
		fill(wl, p);
	}
	return link;
}

/* Major faults of this process so far, or -1. */
static long majflt(void)
{
	struct rusage ru;

	return getrusage(RUSAGE_SELF, &ru) ? -1 : ru.ru_majflt;
}

int main(int argc, char **argv)
{
	const char *pattern = NULL;
	uint64_t size = 64, accesses = 0, stride = 4, seed = 1, n = 0, p = 0;
	struct timespec t0, t1;
	long maj0, maj1, maj2;
	double *cdf = NULL, sum = 0;
	uint32_t *perm;
	struct wl wl = { 0 };
	uint64_t corrupt = UINT64_MAX;
	int quiet = 0;

	for (int i = 1; i < argc; i++) {
		const char *o = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;

		if (!strcmp(o, "--pattern")) {
			pattern = v;
			i++;
		} else if (!strcmp(o, "--size")) {
			size = num(o, v, 1, 1 << 16);
			i++;
		} else if (!strcmp(o, "--accesses")) {
			accesses = num(o, v, 1, 1ULL << 32);
			i++;
		} else if (!strcmp(o, "--stride")) {
			stride = num(o, v, 1, 1 << 20);
			i++;
		} else if (!strcmp(o, "--seed")) {
			seed = num(o, v, 1, UINT32_MAX);
			i++;
		} else if (!strcmp(o, "--write")) {
			wl.write = 1;
		} else if (!strcmp(o, "--corrupt")) {
			corrupt = num(o, v, 0, UINT32_MAX);
			i++;
		} else if (!strcmp(o, "--quiet")) {
			quiet = 1;
		} else {
			usage("unknown option", o);
		}
	}
	if (!pattern)
		usage("--pattern is required", NULL);
	if (strcmp(pattern, "seq") && strcmp(pattern, "rev") &&
	    strcmp(pattern, "stride") && strcmp(pattern, "random") &&
	    strcmp(pattern, "zipf") && strcmp(pattern, "chase") &&
	    strcmp(pattern, "chase-seq") && strcmp(pattern, "phase"))
		usage("unknown pattern", pattern);
	wl.pages = size * (1 << 20) / PAGE;
	if (stride >= wl.pages)
		usage("--stride must be below the pages of --size", NULL);
	if (!accesses)
		accesses = 3 * wl.pages;
	rng = seed * 0x9E3779B97F4A7C15ULL + 7;

	wl.mem = mmap(NULL, wl.pages * PAGE, PROT_READ | PROT_WRITE,
		      MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (wl.mem == MAP_FAILED) {
		perror("swapwl: mmap");
		return 2;
	}
	madvise(wl.mem, wl.pages * PAGE, MADV_NOHUGEPAGE);
	wl.gen = calloc(wl.pages, sizeof(*wl.gen));
	wl.next = calloc(wl.pages, sizeof(*wl.next));
	wl.bad = calloc(wl.pages, 1);
	perm = calloc(wl.pages, sizeof(*perm));
	if (!wl.gen || !wl.next || !wl.bad || !perm) {
		fputs("swapwl: out of memory\n", stderr);
		return 2;
	}
	for (uint64_t i = 0; i < wl.pages; i++)
		perm[i] = (uint32_t)i;
	if (!strcmp(pattern, "chase-seq")) {
		/* runs of 16-64 consecutive pages, the runs shuffled */
		uint64_t nruns = 0, k = 0, *rs = calloc(wl.pages + 1, sizeof(*rs));
		uint64_t *order = calloc(wl.pages, sizeof(*order));

		if (!rs || !order)
			return 2;
		for (uint64_t s = 0; s < wl.pages; s += 16 + rnd_below(49))
			rs[nruns++] = s;
		rs[nruns] = wl.pages;
		for (uint64_t r = 0; r < nruns; r++)
			order[r] = r;
		for (uint64_t i = nruns - 1; i > 0; i--) {
			uint64_t j = rnd_below(i + 1), x = order[i];

			order[i] = order[j];
			order[j] = x;
		}
		for (uint64_t r = 0; r < nruns; r++)
			for (uint64_t q = rs[order[r]]; q < rs[order[r] + 1]; q++)
				perm[k++] = (uint32_t)q;
		free(rs);
		free(order);
	} else {
		/* Sattolo: one random cycle over all pages */
		for (uint64_t i = wl.pages - 1; i > 0; i--) {
			uint64_t j = rnd_below(i);
			uint32_t x = perm[i];

			perm[i] = perm[j];
			perm[j] = x;
		}
	}
	for (uint64_t i = 0; i < wl.pages; i++)
		wl.next[perm[i]] = perm[(i + 1) % wl.pages];
	if (!strcmp(pattern, "zipf")) {
		cdf = malloc(wl.pages * sizeof(*cdf));
		if (!cdf)
			return 2;
		for (uint64_t i = 0; i < wl.pages; i++) {
			sum += 1.0 / (double)(i + 1);
			cdf[i] = sum;
		}
	}

	/* the fill pass: swaps out the beginning under a memory limit */
	for (uint64_t i = 0; i < wl.pages; i++)
		fill(&wl, i);
	if (corrupt < wl.pages)	/* test of the checker itself */
		((uint64_t *)(wl.mem + corrupt * PAGE))[WORDS / 2] ^= 1;

	maj0 = majflt();
	clock_gettime(CLOCK_MONOTONIC, &t0);
	p = perm[0];
	while (n < accesses) {
		if (!strcmp(pattern, "seq")) {
			touch(&wl, n % wl.pages);
		} else if (!strcmp(pattern, "rev")) {
			touch(&wl, wl.pages - 1 - n % wl.pages);
		} else if (!strcmp(pattern, "stride")) {
			uint64_t per = (wl.pages + stride - 1) / stride;
			uint64_t pass = n / wl.pages, i = n % wl.pages;
			uint64_t q = (i % per) * stride + (i / per + pass) % stride;

			touch(&wl, q < wl.pages ? q : q % wl.pages);
		} else if (!strcmp(pattern, "random")) {
			touch(&wl, rnd_below(wl.pages));
		} else if (!strcmp(pattern, "zipf")) {
			double u = (double)(rnd() >> 11) / (double)(1ULL << 53) * sum;
			uint64_t lo = 0, hi = wl.pages - 1;

			while (lo < hi) {
				uint64_t mid = (lo + hi) / 2;

				if (cdf[mid] < u)
					lo = mid + 1;
				else
					hi = mid;
			}
			/* rank -> page through a fixed scatter */
			touch(&wl, (lo * 2654435761ULL) % wl.pages);
		} else if (!strcmp(pattern, "chase") ||
			   !strcmp(pattern, "chase-seq")) {
			p = touch(&wl, p) % wl.pages;
		} else {	/* phase: seq, stride 4, random; one pass each */
			uint64_t i = n % wl.pages;

			switch (n / wl.pages % 3) {
			case 0:
				touch(&wl, i);
				break;
			case 1: {
				uint64_t per = (wl.pages + 3) / 4;
				uint64_t q = (i % per) * 4 + i / per;

				touch(&wl, q < wl.pages ? q : q % wl.pages);
				break;
			}
			default:
				touch(&wl, rnd_below(wl.pages));
			}
		}
		n++;
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	maj1 = majflt();
	/* a final full check of every page */
	for (uint64_t i = 0; i < wl.pages; i++) {
		int w = wl.write;

		wl.write = 0;
		touch(&wl, i);
		wl.write = w;
	}
	maj2 = majflt();
	if (!quiet || wl.corrupted)
		printf("swapwl: pattern=%s size_mib=%llu pages=%llu accesses=%llu write=%d corrupted=%llu bad_words=%llu elapsed_ms=%lld majflt=%ld check_majflt=%ld\n",
		       pattern, (unsigned long long)size,
		       (unsigned long long)wl.pages,
		       (unsigned long long)accesses, wl.write,
		       (unsigned long long)wl.corrupted,
		       (unsigned long long)wl.bad_words,
		       (long long)((t1.tv_sec - t0.tv_sec) * 1000 +
				   (t1.tv_nsec - t0.tv_nsec) / 1000000),
		       maj1 - maj0, maj2 - maj1);
	munmap(wl.mem, wl.pages * PAGE);
	free(wl.gen);
	free(wl.next);
	free(wl.bad);
	free(perm);
	free(cdf);
	return wl.corrupted ? 1 : 0;
}
