// SPDX-License-Identifier: GPL-2.0
/*
 * gen-synth: deterministic synthetic data sets for learned-train, until
 * the kernel's own traces exist.  Every feature is an integer, as the
 * kernel's features are.
 *
 *   linsep     5 features, linearly separable with noise (2% flipped labels)
 *   xor        4 features, (x0 > 150) XOR (x1 < -200) plus 2 distractors,
 *              3% flipped: trees and MLPs solve it, a linear model cannot
 *   pagereuse  6 page-cache features (age, access count, recency gap,
 *              size class, sequential flag, mapped flag); label "reused
 *              soon" from a noisy rule with thresholds and interactions
 */
#include <stdlib.h>
#include <string.h>

#include "trainer.h"

static const char *families[] = { "linsep", "xor", "pagereuse" };

static void usage(FILE *f)
{
	fprintf(f, "usage: gen-synth --family linsep|xor|pagereuse [--rows N (4000)] [--seed N (1)]\n"
		   "                 [--format csv|bin] [--out FILE (stdout)]\n");
}

static long long num(const char *opt, const char *s, long long lo, long long hi)
{
	char *end;
	long long v = strtoll(s, &end, 10);

	if (!*s || *end || v < lo || v > hi)
		die("%s: '%s' is not an integer in %lld..%lld", opt, s, lo, hi);
	return v;
}

static double expo(struct rng *r, double mean)
{
	return -d_log(1.0 - rng_uniform(r)) * mean;
}

static void gen_row(int fam, struct rng *r, double *x, uint8_t *y)
{
	double lat;

	if (fam == 0) {
		int j;

		for (j = 0; j < 4; j++)
			x[j] = (double)rng_below(r, 1001);
		x[4] = (double)rng_below(r, 1001) - 500;
		lat = 3.0 * (x[0] / 1000 - 0.5) - 2.0 * (x[1] / 1000 - 0.5) +
		      1.5 * (x[2] / 1000 - 0.5) + x[4] / 500 + 0.15 * rng_normal(r);
		*y = lat > 0;
		if (rng_uniform(r) < 0.02)
			*y ^= 1;
	} else if (fam == 1) {
		x[0] = (double)rng_below(r, 2001) - 1000;
		x[1] = (double)rng_below(r, 2001) - 1000;
		x[2] = (double)rng_below(r, 101);
		x[3] = (double)rng_below(r, 101);
		*y = (x[0] > 150) != (x[1] < -200);
		if (rng_uniform(r) < 0.03)
			*y ^= 1;
	} else {
		double age = expo(r, 20000), cnt, gap, u = rng_uniform(r);
		int size, seq, mapped;

		if (age > 200000)
			age = 200000;
		age = (double)(long long)age;
		cnt = (double)(long long)expo(r, 2.5);
		if (cnt > 60)
			cnt = 60;
		gap = cnt == 0 ? age : (double)(long long)(age * rng_uniform(r));
		size = u < 0.5 ? 0 : u < 0.75 ? 1 : u < 0.9 ? 2 : 3;
		seq = rng_uniform(r) < 0.3;
		mapped = rng_uniform(r) < 0.2;
		x[0] = age;
		x[1] = cnt;
		x[2] = gap;
		x[3] = size;
		x[4] = seq;
		x[5] = mapped;
		lat = -0.5 + 1.2 * (cnt < 8 ? cnt : 8) / 4 - 1.5 * (gap > 30000) -
		      1.8 * (seq && cnt <= 1) - 0.35 * size + 1.0 * mapped +
		      0.8 * (age < 5000 && cnt >= 2) + 0.6 * rng_normal(r);
		*y = lat > 0;
	}
}

int main(int argc, char **argv)
{
	static const char *names[3][6] = {
		{ "x0", "x1", "x2", "x3", "x4" },
		{ "x0", "x1", "noise_a", "noise_b" },
		{ "age_ms", "access_count", "recency_gap_ms", "size_class", "seq_flag", "mapped" },
	};
	static const int nfeat[3] = { 5, 4, 6 };
	const char *out = NULL, *format = "csv";
	int fam = -1, i;
	long long rows = 4000;
	uint64_t seed = 1;
	struct dataset ds;
	struct outfile o = { 0 };
	struct rng r;
	uint32_t k;
	FILE *f = stdout;

	for (i = 1; i < argc; i++) {
		const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;

		if (!strcmp(a, "--help")) {
			usage(stdout);
			return 0;
		}
		if (!v) {
			usage(stderr);
			die("%s needs a value", a);
		}
		i++;
		if (!strcmp(a, "--family")) {
			for (fam = 0; fam < 3; fam++)
				if (!strcmp(v, families[fam]))
					break;
			if (fam == 3)
				die("--family: '%s' is not one of linsep, xor, pagereuse", v);
		} else if (!strcmp(a, "--rows")) {
			rows = num(a, v, 1, DS_MAX_ROWS);
		} else if (!strcmp(a, "--seed")) {
			seed = (uint64_t)num(a, v, 0, INT64_MAX);
		} else if (!strcmp(a, "--format")) {
			if (strcmp(v, "csv") && strcmp(v, "bin"))
				die("--format: '%s' is not csv or bin", v);
			format = v;
		} else if (!strcmp(a, "--out")) {
			out = v;
		} else {
			usage(stderr);
			die("unknown option '%s'", a);
		}
	}
	if (fam < 0) {
		usage(stderr);
		die("--family is required");
	}
	memset(&ds, 0, sizeof(ds));
	ds.nr_rows = (uint32_t)rows;
	ds.nr_features = (uint32_t)nfeat[fam];
	for (k = 0; k < ds.nr_features; k++)
		strcpy(ds.names[k], names[fam][k]);
	ds.x = xcalloc((size_t)rows * ds.nr_features, sizeof(double));
	ds.y = xcalloc((size_t)rows, 1);
	rng_seed(&r, seed * 1000003ull + (uint64_t)fam);
	for (k = 0; k < ds.nr_rows; k++)
		gen_row(fam, &r, ds.x + (size_t)k * ds.nr_features, &ds.y[k]);
	if (out) {
		if (out_open(&o, out))
			die("%s", err_get());
		f = o.f;
	}
	if (!strcmp(format, "csv")) {
		fprintf(f, "# gen-synth --family %s --rows %lld --seed %llu\n", families[fam], rows,
			(unsigned long long)seed);
		if (ds_write_csv(&ds, f))
			goto fail;
	} else if (ds_write_bin(&ds, DS_BIN_I32, f)) {
		goto fail;
	}
	if (out && out_commit(&o))
		die("%s", err_get());
	if (!out && fflush(stdout))
		die("write error on stdout");
	ds_free(&ds);
	return 0;
fail:
	if (out)
		out_abort(&o);
	die("write error");
}
