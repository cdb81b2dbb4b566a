// SPDX-License-Identifier: GPL-2.0
/*
 * cachesim label: per-access training rows with OPT-derived labels.
 *
 * The trace is replayed through a baseline policy (default "linux", the
 * stock kernel's two-list LRU) at the given cache size; the features of
 * each access are what the kernel knows at that moment (see README.md,
 * "Labels").  The label is 1 iff the page's next access is a hit under
 * Belady's OPT at the same size, i.e. OPT keeps the page until its reuse;
 * 0 if OPT evicts it first or it is never accessed again.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cachesim.h"

#define TRAINER_MAX_ROWS (1u << 22)	/* tools/trainer DS_MAX_ROWS */

struct lab {
	u8 *res;		/* resident in the baseline */
	u64 *ins, *last, *evicted_at;
	u32 *acc;
	u64 nr_evictions;
};

static void lab_evict(void *ctx, u32 id, size_t pos)
{
	struct lab *l = ctx;

	(void)pos;
	l->res[id] = 0;
	l->evicted_at[id] = ++l->nr_evictions;
}

static const char *const feat_names[] = {
	"miss", "write", "ra", "seq", "acc_log", "age_log", "idle_log", "refault",
	"rdist_log", "rdist_in_cache", "fsize_log", "facc_log", "fhit_pct",
};
#define NR_FEAT (sizeof(feat_names) / sizeof(feat_names[0]))

static const char label_usage[] =
"usage: cachesim label TRACE --size PAGES|P% --out FILE [options]\n"
"  --base POLICY (linux)     baseline that defines residency-derived features\n"
"  --every K (1)             keep every K-th row (rows beyond 4Mi are too many for the trainer)\n"
"  --test-out FILE           write the held-out rows here\n"
"  --test-frac F (0.2)       share of pages (or of the trace) held out\n"
"  --split-by page|time (page)  page: seeded hash of the page key; time: the trace's tail\n"
"  --seed S (1)  --format text|bin|block  --page-size N (4096, block)\n";



int label_main(int argc, char **argv)
{
	static const struct option lo[] = {
		{ "size", 1, NULL, 'c' }, { "out", 1, NULL, 'o' }, { "base", 1, NULL, 'b' },
		{ "every", 1, NULL, 'e' }, { "test-out", 1, NULL, 'T' },
		{ "test-frac", 1, NULL, 'f' }, { "split-by", 1, NULL, 'y' },
		{ "seed", 1, NULL, 's' }, { "format", 1, NULL, 'F' },
		{ "page-size", 1, NULL, 'P' }, { "help", 0, NULL, 'h' }, { 0 },
	};
	const char *size_s = NULL, *out = NULL, *test_out = NULL, *base = "linux", *path;
	u64 every = 1, seed = 1, ps = 4096;
	double frac = 0.2;
	bool by_time = false;
	enum cs_format fmt = CS_FMT_AUTO;
	const struct cs_policy_ops *bops;
	struct cs_trace t;
	struct cs_policy *bp, *op;
	struct lab l;
	u8 *opt_hit;
	u32 *next, *fpages, *fhit;
	u64 *last_page_idx;
	u64 *facc, rows[2] = { 0, 0 }, pos[2] = { 0, 0 };
	u8 *seen, *has_last;
	FILE *fo[2] = { NULL, NULL };
	char eb[512];
	size_t cap, i, j;
	int c;

	optind = 1;
	while ((c = getopt_long(argc, argv, "", lo, NULL)) != -1) {
		switch (c) {
		case 'c': size_s = optarg; break;
		case 'o': out = optarg; break;
		case 'b': base = optarg; break;
		case 'e': every = arg_u64("--every", optarg, 1, 1u << 30); break;
		case 'T': test_out = optarg; break;
		case 'f': frac = arg_real("--test-frac", optarg, 0.01, 0.9); break;
		case 'y':
			if (!strcmp(optarg, "time"))
				by_time = true;
			else if (strcmp(optarg, "page"))
				die("--split-by: '%s' is not page or time", optarg);
			break;
		case 's': seed = arg_u64("--seed", optarg, 0, UINT64_MAX); break;
		case 'F':
			if (!strcmp(optarg, "text")) fmt = CS_FMT_TEXT;
			else if (!strcmp(optarg, "bin")) fmt = CS_FMT_BIN;
			else if (!strcmp(optarg, "block")) fmt = CS_FMT_BLOCK;
			else die("--format: '%s' is not text, bin or block", optarg);
			break;
		case 'P': ps = arg_u64("--page-size", optarg, 512, 1u << 30); break;
		case 'h': fputs(label_usage, stdout); return 0;
		default: die("label: bad option (see cachesim label --help)");
		}
	}
	if (optind + 1 != argc)
		die("label: want exactly one TRACE (see cachesim label --help)");
	path = argv[optind];
	if (!size_s || !out)
		die("label: --size and --out are required");
	bops = policy_find(base);
	if (!bops || bops == policy_find("opt"))
		die("--base: '%s' is not an online policy (see cachesim list)", base);
	if (trace_load(&t, path, fmt, ps, eb, sizeof(eb)))
		die("%s", eb);
	cap = parse_size("--size", size_s, &t);

	/* OPT: which accesses hit */
	opt_hit = xmalloc(t.n);
	op = policy_new(policy_find("opt"), &t, cap);
	policy_run(op, opt_hit);
	policy_free(op);
	next = opt_next_use(&t);

	memset(&l, 0, sizeof(l));
	l.res = xcalloc(t.nr_ids, 1);
	l.ins = xcalloc(t.nr_ids, sizeof(u64));
	l.last = xcalloc(t.nr_ids, sizeof(u64));
	l.evicted_at = xcalloc(t.nr_ids, sizeof(u64));
	l.acc = xcalloc(t.nr_ids, sizeof(u32));
	seen = xcalloc(t.nr_ids, 1);
	has_last = xcalloc(t.nr_objs, 1);
	last_page_idx = xcalloc(t.nr_objs, sizeof(u64));
	fpages = xcalloc(t.nr_objs, sizeof(u32));
	fhit = xcalloc(t.nr_objs, sizeof(u32));
	facc = xcalloc(t.nr_objs, sizeof(u64));
	bp = policy_new(bops, &t, cap);
	bp->evict_cb = lab_evict;
	bp->evict_ctx = &l;
	bp->ops->create(bp);

	fo[0] = fopen(out, "w");
	if (!fo[0])
		die("label: %s: cannot open: %m", out);
	if (test_out) {
		fo[1] = fopen(test_out, "w");
		if (!fo[1])
			die("label: %s: cannot open: %m", test_out);
	}
	for (j = 0; j < 2; j++) {
		if (!fo[j])
			continue;
		fprintf(fo[j], "# generated by cachesim label " CS_VERSION ": trace=%s accesses=%zu "
			"pages=%zu size=%zu base=%s label=opt_keeps_until_reuse every=%llu "
			"split=%s test_frac=%g seed=%llu part=%s\n", path, t.n, t.nr_ids, cap, base,
			(unsigned long long)every, !fo[1] ? "none" : by_time ? "time" : "page", frac,
			(unsigned long long)seed, j ? "test" : "train");
		for (i = 0; i < NR_FEAT; i++)
			fprintf(fo[j], "%s,", feat_names[i]);
		fprintf(fo[j], "label\n");
	}

	for (i = 0; i < t.n; i++) {
		u32 id = t.id[i], ob = t.id_obj[id];
		u64 pg = t.id_page[id], f[NR_FEAT], rd = 0;
		bool miss = !l.res[id], hit;
		int part = 0;

		if (!seen[id]) {
			seen[id] = 1;
			fpages[ob]++;
		}
		if (miss && l.evicted_at[id])
			rd = l.nr_evictions - l.evicted_at[id] + 1;
		f[0] = miss;
		f[1] = !!(t.flags[i] & CS_F_WRITE);
		f[2] = !!(t.flags[i] & CS_F_RA);
		f[3] = has_last[ob] && last_page_idx[ob] + 1 == pg;
		f[4] = miss ? 0 : ilog2p1(l.acc[id]);
		f[5] = miss ? 0 : ilog2p1(i - l.ins[id]);
		f[6] = miss ? 0 : ilog2p1(i - l.last[id]);
		f[7] = rd != 0;
		f[8] = ilog2p1(rd);
		f[9] = rd && rd <= cap;
		f[10] = ilog2p1(fpages[ob]);
		f[11] = ilog2p1(facc[ob]);
		f[12] = facc[ob] ? (u64)fhit[ob] * 100 / 1024 : 0;

		hit = bp->ops->access(bp, id, i);
		if (hit == miss)
			die("label: internal error: baseline %s disagrees with its evictions at %zu",
			    base, i);
		if (miss) {
			l.res[id] = 1;
			l.ins[id] = i;
			l.acc[id] = 0;
		}
		l.acc[id]++;
		l.last[id] = i;
		has_last[ob] = 1;
		last_page_idx[ob] = pg;
		facc[ob]++;
		fhit[ob] = fhit[ob] - (fhit[ob] >> 4) + ((hit ? 1024u : 0u) >> 4);

		if (fo[1]) {
			if (by_time)
				part = (double)i >= (1.0 - frac) * (double)t.n;
			else
				part = (double)(hash64(seed ^ hash64(((u64)ob << 40) ^ pg)) >> 11) *
				       (1.0 / 9007199254740992.0) < frac;
		}
		if (pos[part]++ % every)
			continue;
		for (j = 0; j < NR_FEAT; j++)
			fprintf(fo[part], "%llu,", (unsigned long long)f[j]);
		fprintf(fo[part], "%d\n", next[i] < t.n && opt_hit[next[i]]);
		rows[part]++;
	}
	for (j = 0; j < 2; j++)
		if (fo[j] && fclose(fo[j]))
			die("label: write error");
	fprintf(stderr, "cachesim label: %llu train rows -> %s", (unsigned long long)rows[0], out);
	if (fo[1])
		fprintf(stderr, ", %llu test rows -> %s", (unsigned long long)rows[1], test_out);
	fputc('\n', stderr);
	if (rows[0] > TRAINER_MAX_ROWS || rows[1] > TRAINER_MAX_ROWS)
		fprintf(stderr, "cachesim label: warning: more than %u rows; the trainer will refuse "
			"them (use --every)\n", TRAINER_MAX_ROWS);
	policy_free(bp);
	free(opt_hit);
	free(next);
	free(l.res);
	free(l.ins);
	free(l.last);
	free(l.evicted_at);
	free(l.acc);
	free(seen);
	free(has_last);
	free(last_page_idx);
	free(fpages);
	free(fhit);
	free(facc);
	trace_free(&t);
	return 0;
}
