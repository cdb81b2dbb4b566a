// SPDX-License-Identifier: GPL-2.0
/*
 * cachesim gen: deterministic synthetic page-access traces, the front end
 * of the cache families of tools/lib/simgen.c.
 *
 * Pages live in files of --file-pages pages; keys are 8:MINOR:INO with
 * MINOR the tenant (1, or 2 for the second tenant of "mix").  Accesses
 * that continue a sequential run carry the readahead flag A, as the
 * kernel's readahead would have brought those pages in.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cachesim.h"
#include "simgen.h"

_Static_assert(SIMGEN_F_WRITE == CS_F_WRITE && SIMGEN_F_RA == CS_F_RA,
	       "simgen's cache flags are cachesim's");

struct gen_out {
	struct cs_trace t;
	u64 seq;
};

static void gen_emit(void *ctx, const struct simgen_rec *r)
{
	struct gen_out *o = ctx;
	struct simtrace_key k = { .nparts = 3, .part = { r->key[0], r->key[1], r->key[2] } };
	const char *why;

	if (trace_add(&o->t, ++o->seq, &k, r->index, r->flags, &why))
		die("gen: %s", why);
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
	u64 n = 1000000, pages = 65536, seed = 1;
	struct simgen_cache_opts o;
	const char *fam, *out = NULL;
	struct gen_out go = { .seq = 0 };
	bool bin = false;
	struct simgen g;
	char eb[256];
	FILE *f;
	int c;

	/* the defaults of simgen_init(), changed by the options below */
	simgen_init(&g, SIMTRACE_CACHE, 0, 0, 0, NULL, NULL);
	o = g.o;
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
		case 'a': o.alpha = arg_real("--alpha", optarg, 0, 5); break;
		case 'F': o.file_pages = arg_u64("--file-pages", optarg, 1, 1ull << 32); break;
		case 'c': o.scan_frac = arg_real("--scan-frac", optarg, 0, 0.99); break;
		case 'L': o.scan_len = arg_u64("--scan-len", optarg, 1, 1ull << 30); break;
		case 'S': o.streams = arg_u64("--streams", optarg, 1, 1024); break;
		case 'f': o.files = arg_u64("--files", optarg, 1, 1ull << 20); break;
		case 'P': o.phases = arg_u64("--phases", optarg, 1, 1024); break;
		case 'h': o.shift = arg_real("--shift", optarg, 0, 1); break;
		case 'w': o.write_frac = arg_real("--write-frac", optarg, 0, 1); break;
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
	if (!o.scan_len)
		o.scan_len = pages / 2 ? pages / 2 : 1;
	trace_init(&go.t);
	simgen_init(&g, SIMTRACE_CACHE, seed, pages, n, gen_emit, &go);
	g.o = o;
	if (simgen_run(&g, fam, eb, sizeof(eb))) {
		fputs(gen_usage, stderr);
		die("gen: %s", eb);
	}

	f = out ? fopen(out, "wb") : stdout;
	if (!f)
		die("gen: %s: cannot open: %m", out);
	if (!bin)
		fprintf(f, "# cachesim gen %s: accesses=%llu pages=%llu seed=%llu alpha=%g "
			"file_pages=%llu scan_frac=%g scan_len=%llu streams=%llu files=%llu "
			"phases=%llu shift=%g write_frac=%g (cachesim " CS_VERSION ")\n", fam,
			(unsigned long long)n, (unsigned long long)pages, (unsigned long long)seed,
			o.alpha, (unsigned long long)o.file_pages, o.scan_frac,
			(unsigned long long)o.scan_len, (unsigned long long)o.streams,
			(unsigned long long)o.files, (unsigned long long)o.phases, o.shift,
			o.write_frac);
	if ((bin ? trace_write_bin(&go.t, f) : trace_write_text(&go.t, f)) ||
	    (out ? fclose(f) : fflush(f)))
		die("gen: write error");
	trace_free(&go.t);
	return 0;
}
