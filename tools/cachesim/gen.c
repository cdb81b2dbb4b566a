// SPDX-License-Identifier: GPL-2.0
/*
 * cachesim gen: deterministic synthetic page-access traces.
 *
 * Pages live in files of --file-pages pages; keys are 8:MINOR:INO with
 * MINOR the tenant (1, or 2 for the second tenant of "mix").  Accesses
 * that continue a sequential run carry the readahead flag A, as the
 * kernel's readahead would have brought those pages in.
 */
#include <getopt.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cachesim.h"

struct gen {
	struct cs_trace t;
	struct rng r;
	u64 file_pages;
	double write_frac;
	u64 seq;
	u64 next_ino;	/* fresh files for scans and streams */
};

struct zipf {
	double *cdf;
	u64 *perm;	/* rank -> page */
	u64 n;
};

static void zipf_init(struct zipf *z, struct rng *r, u64 n, double alpha)
{
	double s = 0;
	u64 i;

	z->n = n;
	z->cdf = xmalloc(n * sizeof(double));
	z->perm = xmalloc(n * sizeof(u64));
	for (i = 0; i < n; i++) {
		s += 1.0 / pow((double)(i + 1), alpha);
		z->cdf[i] = s;
	}
	for (i = 0; i < n; i++) {
		z->cdf[i] /= s;
		z->perm[i] = i;
	}
	for (i = n; i > 1; i--) {	/* Fisher-Yates: hot pages spread over files */
		u64 j = rng_below(r, i), tmp = z->perm[i - 1];

		z->perm[i - 1] = z->perm[j];
		z->perm[j] = tmp;
	}
}

static u64 zipf_draw(struct zipf *z, struct rng *r)
{
	double u = rng_unit(r);
	u64 lo = 0, hi = z->n - 1;

	while (lo < hi) {
		u64 mid = lo + (hi - lo) / 2;

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

static void emit(struct gen *g, u64 tenant, u64 ino, u64 page, u8 flags)
{
	struct cs_key k = { .nparts = 3, .part = { 8, tenant, ino } };
	const char *why;

	if (g->write_frac > 0 && rng_unit(&g->r) < g->write_frac)
		flags |= CS_F_WRITE;
	if (trace_add(&g->t, ++g->seq, &k, page, flags, &why))
		die("gen: %s", why);
}

/* page number p of a file-backed set starting at inode base */
static void emit_set(struct gen *g, u64 tenant, u64 base, u64 p, u8 flags)
{
	emit(g, tenant, base + p / g->file_pages, p % g->file_pages, flags);
}

static const char gen_usage[] =
"usage: cachesim gen FAMILY [options]\n"
"  families: zipf scan loop seq mix phase\n"
"  --accesses N (1000000)  --pages N (65536; working set / loop length / hot set)\n"
"  --seed S (1)  --alpha A (0.9, zipf exponent)  --file-pages N (256)\n"
"  --scan-frac F (0.5, scan: share of accesses that are one-shot scans)\n"
"  --scan-len N (pages/2, scan: pages per scan)\n"
"  --streams N (4, seq)  --files N (64, seq: file pool)  --phases N (4, phase)\n"
"  --shift F (0.5, phase: share of the set replaced at each phase)\n"
"  --write-frac F (0)  --format text|bin (text)  --out FILE (stdout)\n";

int gen_main(int argc, char **argv)
{
	static const struct option lo[] = {
		{ "accesses", 1, NULL, 'n' }, { "pages", 1, NULL, 'p' }, { "seed", 1, NULL, 's' },
		{ "alpha", 1, NULL, 'a' }, { "file-pages", 1, NULL, 'F' },
		{ "scan-frac", 1, NULL, 'c' }, { "scan-len", 1, NULL, 'L' },
		{ "streams", 1, NULL, 'S' }, { "files", 1, NULL, 'f' }, { "phases", 1, NULL, 'P' },
		{ "shift", 1, NULL, 'h' }, { "write-frac", 1, NULL, 'w' },
		{ "format", 1, NULL, 'o' }, { "out", 1, NULL, 'O' }, { "help", 0, NULL, 'H' },
		{ 0 },
	};
	u64 n = 1000000, pages = 65536, seed = 1, scan_len = 0, streams = 4, files = 64,
	    phases = 4;
	double alpha = 0.9, scan_frac = 0.5, shift = 0.5;
	const char *fam, *out = NULL;
	bool bin = false;
	struct gen g;
	FILE *f;
	int c;
	u64 i;

	memset(&g, 0, sizeof(g));
	g.file_pages = 256;
	if (argc < 2 || argv[1][0] == '-') {
		fputs(gen_usage, stderr);
		die("gen: missing FAMILY");
	}
	fam = argv[1];
	optind = 2;
	while ((c = getopt_long(argc, argv, "", lo, NULL)) != -1) {
		switch (c) {
		case 'n': n = arg_u64("--accesses", optarg, 1, 1ull << 30); break;
		case 'p': pages = arg_u64("--pages", optarg, 1, 1ull << 28); break;
		case 's': seed = arg_u64("--seed", optarg, 0, UINT64_MAX); break;
		case 'a': alpha = arg_real("--alpha", optarg, 0, 5); break;
		case 'F': g.file_pages = arg_u64("--file-pages", optarg, 1, 1ull << 32); break;
		case 'c': scan_frac = arg_real("--scan-frac", optarg, 0, 0.99); break;
		case 'L': scan_len = arg_u64("--scan-len", optarg, 1, 1ull << 30); break;
		case 'S': streams = arg_u64("--streams", optarg, 1, 1024); break;
		case 'f': files = arg_u64("--files", optarg, 1, 1ull << 20); break;
		case 'P': phases = arg_u64("--phases", optarg, 1, 1024); break;
		case 'h': shift = arg_real("--shift", optarg, 0, 1); break;
		case 'w': g.write_frac = arg_real("--write-frac", optarg, 0, 1); break;
		case 'o':
			if (!strcmp(optarg, "bin"))
				bin = true;
			else if (strcmp(optarg, "text"))
				die("--format: '%s' is not text or bin", optarg);
			break;
		case 'O': out = optarg; break;
		case 'H': fputs(gen_usage, stdout); return 0;
		default: die("gen: bad option (see cachesim gen --help)");
		}
	}
	if (optind != argc)
		die("gen: unexpected argument '%s'", argv[optind]);
	if (!scan_len)
		scan_len = pages / 2 ? pages / 2 : 1;
	rng_seed(&g.r, seed);
	trace_init(&g.t);
	g.next_ino = 1000000;

	if (!strcmp(fam, "zipf")) {
		struct zipf z;

		zipf_init(&z, &g.r, pages, alpha);
		for (i = 0; i < n; i++)
			emit_set(&g, 1, 100, zipf_draw(&z, &g.r), 0);
		zipf_free(&z);
	} else if (!strcmp(fam, "scan")) {
		/* zipf over a hot set, interrupted by scans of fresh files */
		struct zipf z;
		u64 hot_run = (u64)((double)scan_len * (1 - scan_frac) / (scan_frac > 0 ? scan_frac : 1));

		if (scan_frac == 0)
			hot_run = n;
		if (!hot_run)
			hot_run = 1;
		zipf_init(&z, &g.r, pages, alpha);
		for (i = 0; i < n;) {
			u64 j, ino;

			for (j = 0; j < hot_run && i < n; j++, i++)
				emit_set(&g, 1, 100, zipf_draw(&z, &g.r), 0);
			ino = g.next_ino++;
			for (j = 0; j < scan_len && i < n && scan_frac > 0; j++, i++)
				emit(&g, 1, ino, j, j ? CS_F_RA : 0);
		}
		zipf_free(&z);
	} else if (!strcmp(fam, "loop")) {
		for (i = 0; i < n; i++)
			emit_set(&g, 1, 100, i % pages, (i % pages) % g.file_pages ? CS_F_RA : 0);
	} else if (!strcmp(fam, "seq")) {
		/* streams read whole files from a pool of files of --pages/files pages */
		u64 fp = pages / files ? pages / files : 1, s;
		u64 *ino = xcalloc(streams, sizeof(u64)), *pos = xcalloc(streams, sizeof(u64));
		struct zipf z;

		zipf_init(&z, &g.r, files, alpha);
		for (s = 0; s < streams; s++)
			ino[s] = zipf_draw(&z, &g.r), pos[s] = 0;
		for (i = 0; i < n; i++) {
			s = rng_below(&g.r, streams);
			emit(&g, 1, 100 + ino[s], pos[s], pos[s] ? CS_F_RA : 0);
			if (++pos[s] == fp) {
				ino[s] = zipf_draw(&z, &g.r);
				pos[s] = 0;
			}
		}
		zipf_free(&z);
		free(ino);
		free(pos);
	} else if (!strcmp(fam, "mix")) {
		/* tenant 1: zipf over pages; tenant 2: loop over pages/2, 1:1 */
		struct zipf z;
		u64 lp = pages / 2 ? pages / 2 : 1, k = 0;

		zipf_init(&z, &g.r, pages, alpha);
		for (i = 0; i < n; i++) {
			if (rng_below(&g.r, 2)) {
				emit_set(&g, 1, 100, zipf_draw(&z, &g.r), 0);
			} else {
				emit_set(&g, 2, 100, k % lp, (k % lp) % g.file_pages ? CS_F_RA : 0);
				k++;
			}
		}
		zipf_free(&z);
	} else if (!strcmp(fam, "phase")) {
		/* zipf over a window of the page space; each phase slides it by shift */
		struct zipf z;
		u64 step = (u64)((double)pages * shift), per = n / phases ? n / phases : 1;

		zipf_init(&z, &g.r, pages, alpha);
		for (i = 0; i < n; i++) {
			u64 ph = i / per;

			emit_set(&g, 1, 100, zipf_draw(&z, &g.r) + ph * step, 0);
		}
		zipf_free(&z);
	} else {
		fputs(gen_usage, stderr);
		die("gen: unknown family '%s'", fam);
	}

	f = out ? fopen(out, "wb") : stdout;
	if (!f)
		die("gen: %s: cannot open: %m", out);
	if (!bin)
		fprintf(f, "# cachesim gen %s: accesses=%llu pages=%llu seed=%llu alpha=%g "
			"file_pages=%llu scan_frac=%g scan_len=%llu streams=%llu files=%llu "
			"phases=%llu shift=%g write_frac=%g (cachesim " CS_VERSION ")\n", fam,
			(unsigned long long)n, (unsigned long long)pages, (unsigned long long)seed,
			alpha, (unsigned long long)g.file_pages, scan_frac,
			(unsigned long long)scan_len, (unsigned long long)streams,
			(unsigned long long)files, (unsigned long long)phases, shift, g.write_frac);
	if ((bin ? trace_write_bin(&g.t, f) : trace_write_text(&g.t, f)) ||
	    (out ? fclose(f) : fflush(f)))
		die("gen: write error");
	trace_free(&g.t);
	return 0;
}
