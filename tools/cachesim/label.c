// SPDX-License-Identifier: GPL-2.0
/*
 * cachesim label: training rows with OPT-derived labels.
 *
 * The trace is replayed through a baseline policy (default "linux", the
 * stock kernel's two-list LRU) at the given cache size.  Rows are either
 * one per access (--rows access, features known just before the access)
 * or one per eviction the baseline makes (--rows evict, features of the
 * victim at the moment of eviction).  The label is 1 iff the page's next
 * access is a hit under Belady's OPT at the same size, i.e. OPT keeps the
 * page until its reuse; 0 if OPT evicts it first or it is never accessed
 * again.
 *
 * --rows refault: one row per refault the baseline (a linux-family policy)
 * decides, with the kernel's refault feature vector
 * (learned_evict_features(), computed by the policy itself) and the label
 * 1 iff activating is right: the page's next access comes before an LRU of
 * the same size would have turned over, i.e. its reuse distance (distinct
 * other pages accessed until its next use) is < size; 0 if it is reused
 * later or never.  See README.md, "Labels for training".
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cachesim.h"

#define TRAINER_MAX_ROWS (1u << 22)	/* tools/trainer DS_MAX_ROWS */

static const char *const feat_names[] = {
	"miss", "write", "ra", "seq", "acc_log", "age_log", "idle_log", "refault",
	"rdist_log", "rdist_in_cache", "fsize_log", "facc_log", "fhit_pct",
};
#define NR_FEAT (sizeof(feat_names) / sizeof(feat_names[0]))

struct lab {
	const struct cs_trace *t;
	size_t cap;
	/* per page, as the baseline sees it */
	u8 *res, *seen, *lflags, *lseq;	/* resident; seen; flags and seq bit of last access */
	u64 *ins, *last, *evicted_at, *rdist;
	u32 *acc;
	u64 nr_evictions;
	/* per file */
	u8 *has_last;
	u64 *last_page, *facc;
	u32 *fpages, *fhit;
	/* labels */
	u8 *opt_hit;
	u32 *next;
	u32 *dist;	/* --rows refault: LRU stack distances */
	/* output */
	bool evict_rows, refault_rows, by_time;
	double frac;
	u64 seed, every, pos[2], rows[2];
	FILE *fo[2];
};

static void file_feats(const struct lab *l, u32 ob, u64 *f)
{
	f[10] = ilog2p1(l->fpages[ob]);
	f[11] = ilog2p1(l->facc[ob]);
	f[12] = l->facc[ob] ? (u64)l->fhit[ob] * 100 / 1024 : 0;
}

/* which output a row of page id at trace position now goes to, or -1 to skip it */
static int row_part(struct lab *l, u32 id, size_t now)
{
	const struct cs_trace *t = l->t;
	int part = 0;

	if (l->fo[1]) {
		if (l->by_time)
			part = (double)now >= (1.0 - l->frac) * (double)t->n;
		else
			part = (double)(hash64(l->seed ^ hash64(((u64)t->id_obj[id] << 40) ^
								t->id_page[id])) >> 11) *
			       (1.0 / 9007199254740992.0) < l->frac;
	}
	if (l->pos[part]++ % l->every)
		return -1;
	l->rows[part]++;
	return part;
}

static void emit_row(struct lab *l, u32 id, size_t now, const u64 *f, int label)
{
	int part = row_part(l, id, now);
	size_t j;

	if (part < 0)
		return;
	for (j = 0; j < NR_FEAT; j++)
		fprintf(l->fo[part], "%llu,", (unsigned long long)f[j]);
	fprintf(l->fo[part], "%d\n", label);
}

/* p->refault_cb of the baseline: one --rows refault row */
static void lab_refault(void *ctx, u32 id, size_t pos, const int32_t *x, bool activated)
{
	struct lab *l = ctx;
	u32 nx = l->next[pos];
	int part = row_part(l, id, pos), j;

	(void)activated;
	if (part < 0)
		return;
	for (j = 0; j < CS_EVICT_NR_FEATURES; j++)
		fprintf(l->fo[part], "%d,", (int)x[j]);
	/* reuse distance = dist[next use] - 1 distinct other pages; < cap */
	fprintf(l->fo[part], "%d\n", nx < l->t->n && l->dist[nx] <= l->cap);
}

/* 1 iff OPT keeps id until its next access after its latest one */
static int keeps(const struct lab *l, u32 id)
{
	u32 nx = l->next[l->last[id]];

	return nx < l->t->n && l->opt_hit[nx];
}

static void lab_evict(void *ctx, u32 id, size_t pos)
{
	struct lab *l = ctx;
	u64 f[NR_FEAT];

	if (l->evict_rows) {
		/* the victim as the kernel sees it at reclaim time */
		f[0] = 0;
		f[1] = !!(l->lflags[id] & CS_F_WRITE);
		f[2] = !!(l->lflags[id] & CS_F_RA);
		f[3] = l->lseq[id];
		f[4] = ilog2p1(l->acc[id]);
		f[5] = ilog2p1(pos - l->ins[id]);
		f[6] = ilog2p1(pos - l->last[id]);
		f[7] = l->rdist[id] != 0;
		f[8] = ilog2p1(l->rdist[id]);
		f[9] = l->rdist[id] && l->rdist[id] <= l->cap;
		file_feats(l, l->t->id_obj[id], f);
		emit_row(l, id, pos, f, keeps(l, id));
	}
	l->res[id] = 0;
	l->evicted_at[id] = ++l->nr_evictions;
}

static const char label_usage[] =
"usage: cachesim label TRACE --size PAGES|P% --out FILE [options]\n"
"  --rows access|evict|refault (access)  one row per access, per eviction of the\n"
"                            baseline, or per refault the baseline (linux-family)\n"
"                            decides, with the kernel's refault features and the\n"
"                            label reuse distance < size\n"
"  --base POLICY (linux)     baseline that defines residency-derived features\n"
"  --every K (1)             keep every K-th row (the trainer takes at most 4Mi rows)\n"
"  --test-out FILE           write the held-out rows here\n"
"  --test-frac F (0.2)       share of pages (or of the trace) held out\n"
"  --split-by page|time (page)  page: seeded hash of the page key; time: the trace's tail\n"
"  --seed S (1)  --format text|bin|block  --page-size N (4096, block)\n";

static void *zalloc(size_t n, size_t sz)
{
	return xcalloc(n, sz);
}

int label_main(int argc, char **argv)
{
	static const struct option lo[] = {
		{ "size", 1, NULL, 'c' }, { "out", 1, NULL, 'o' }, { "base", 1, NULL, 'b' },
		{ "every", 1, NULL, 'e' }, { "test-out", 1, NULL, 'T' },
		{ "test-frac", 1, NULL, 'f' }, { "split-by", 1, NULL, 'y' },
		{ "seed", 1, NULL, 's' }, { "format", 1, NULL, 'F' }, { "rows", 1, NULL, 'r' },
		{ "page-size", 1, NULL, 'P' }, { "help", 0, NULL, 'h' }, { 0 },
	};
	const char *size_s = NULL, *out = NULL, *test_out = NULL, *base = "linux", *path;
	u64 ps = 4096;
	enum cs_format fmt = CS_FMT_AUTO;
	const struct cs_policy_ops *bops;
	struct cs_trace t;
	struct cs_policy *bp, *op;
	struct lab l;
	char eb[512];
	size_t i, j;
	int c;

	memset(&l, 0, sizeof(l));
	l.every = 1;
	l.seed = 1;
	l.frac = 0.2;
	optind = 1;
	while ((c = getopt_long(argc, argv, "", lo, NULL)) != -1) {
		switch (c) {
		case 'c': size_s = optarg; break;
		case 'o': out = optarg; break;
		case 'b': base = optarg; break;
		case 'e': l.every = arg_u64("--every", optarg, 1, 1u << 30); break;
		case 'T': test_out = optarg; break;
		case 'f': l.frac = arg_real("--test-frac", optarg, 0.01, 0.9); break;
		case 'y':
			if (!strcmp(optarg, "time"))
				l.by_time = true;
			else if (strcmp(optarg, "page"))
				die("--split-by: '%s' is not page or time", optarg);
			break;
		case 'r':
			l.evict_rows = !strcmp(optarg, "evict");
			l.refault_rows = !strcmp(optarg, "refault");
			if (!l.evict_rows && !l.refault_rows && strcmp(optarg, "access"))
				die("--rows: '%s' is not access, evict or refault", optarg);
			break;
		case 's': l.seed = arg_u64("--seed", optarg, 0, UINT64_MAX); break;
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
	if (test_out && !strcmp(test_out, out))
		die("label: --out and --test-out name the same file");
	bops = policy_find(base);
	if (!bops || bops == policy_find("opt"))
		die("--base: '%s' is not an online policy (see cachesim list)", base);
	if (l.refault_rows && strcmp(base, "linux") && strcmp(base, "linux-eager") &&
	    strcmp(base, "linux-learned"))
		die("--rows refault: --base must be linux, linux-eager or linux-learned");
	if (!policy_available(bops))
		die("--base: %s is not available in this build", base);
	if (trace_load(&t, path, fmt, ps, eb, sizeof(eb)))
		die("%s", eb);
	l.t = &t;
	l.cap = parse_size("--size", size_s, &t);

	/* OPT: which accesses hit, and each access's next use */
	l.opt_hit = xmalloc(t.n);
	op = policy_new(policy_find("opt"), &t, l.cap);
	policy_run(op, l.opt_hit);
	policy_free(op);
	l.next = opt_next_use(&t);
	if (l.refault_rows)
		l.dist = stack_distances(&t);

	l.res = zalloc(t.nr_ids, 1);
	l.seen = zalloc(t.nr_ids, 1);
	l.lflags = zalloc(t.nr_ids, 1);
	l.lseq = zalloc(t.nr_ids, 1);
	l.ins = zalloc(t.nr_ids, sizeof(u64));
	l.last = zalloc(t.nr_ids, sizeof(u64));
	l.evicted_at = zalloc(t.nr_ids, sizeof(u64));
	l.rdist = zalloc(t.nr_ids, sizeof(u64));
	l.acc = zalloc(t.nr_ids, sizeof(u32));
	l.has_last = zalloc(t.nr_objs, 1);
	l.last_page = zalloc(t.nr_objs, sizeof(u64));
	l.facc = zalloc(t.nr_objs, sizeof(u64));
	l.fpages = zalloc(t.nr_objs, sizeof(u32));
	l.fhit = zalloc(t.nr_objs, sizeof(u32));

	l.fo[0] = fopen(out, "w");
	if (!l.fo[0])
		die("label: %s: cannot open: %m", out);
	if (test_out) {
		l.fo[1] = fopen(test_out, "w");
		if (!l.fo[1])
			die("label: %s: cannot open: %m", test_out);
	}
	for (j = 0; j < 2; j++) {
		if (!l.fo[j])
			continue;
		fprintf(l.fo[j], "# generated by cachesim label " CS_VERSION ": trace=%s accesses=%zu "
			"pages=%zu size=%zu base=%s rows=%s label=%s every=%llu "
			"split=%s test_frac=%g seed=%llu part=%s\n", path, t.n, t.nr_ids, l.cap, base,
			l.evict_rows ? "evict" : l.refault_rows ? "refault" : "access",
			l.refault_rows ? "reuse_dist_lt_size" : "opt_keeps_until_reuse",
			(unsigned long long)l.every,
			!l.fo[1] ? "none" : l.by_time ? "time" : "page", l.frac,
			(unsigned long long)l.seed, j ? "test" : "train");
		for (i = 0; i < (l.refault_rows ? CS_EVICT_NR_FEATURES : NR_FEAT); i++)
			fprintf(l.fo[j], "%s,", l.refault_rows ? cs_evict_feature_names[i] :
				feat_names[i]);
		fprintf(l.fo[j], "label\n");
	}

	bp = policy_new(bops, &t, l.cap);
	bp->evict_cb = lab_evict;
	bp->evict_ctx = &l;
	if (l.refault_rows) {
		bp->refault_cb = lab_refault;
		bp->refault_ctx = &l;
	}
	bp->ops->create(bp);
	for (i = 0; i < t.n; i++) {
		u32 id = t.id[i], ob = t.id_obj[id];
		u64 pg = t.id_page[id], f[NR_FEAT], rd = 0;
		bool miss = !l.res[id], hit, seq;

		if (!l.seen[id]) {
			l.seen[id] = 1;
			l.fpages[ob]++;
		}
		if (miss && l.evicted_at[id])
			rd = l.nr_evictions - l.evicted_at[id] + 1;
		seq = l.has_last[ob] && l.last_page[ob] + 1 == pg;
		f[0] = miss;
		f[1] = !!(t.flags[i] & CS_F_WRITE);
		f[2] = !!(t.flags[i] & CS_F_RA);
		f[3] = seq;
		f[4] = miss ? 0 : ilog2p1(l.acc[id]);
		f[5] = miss ? 0 : ilog2p1(i - l.ins[id]);
		f[6] = miss ? 0 : ilog2p1(i - l.last[id]);
		f[7] = rd != 0;
		f[8] = ilog2p1(rd);
		f[9] = rd && rd <= l.cap;
		file_feats(&l, ob, f);
		if (!l.evict_rows && !l.refault_rows)
			emit_row(&l, id, i, f, l.next[i] < t.n && l.opt_hit[l.next[i]]);

		hit = bp->ops->access(bp, id, i);
		if (hit == miss)
			die("label: internal error: baseline %s disagrees with its evictions at %zu",
			    base, i);
		if (miss) {
			l.res[id] = 1;
			l.ins[id] = i;
			l.acc[id] = 0;
			l.rdist[id] = rd;
		}
		l.acc[id]++;
		l.last[id] = i;
		l.lflags[id] = t.flags[i];
		l.lseq[id] = seq;
		l.has_last[ob] = 1;
		l.last_page[ob] = pg;
		l.facc[ob]++;
		l.fhit[ob] = l.fhit[ob] - (l.fhit[ob] >> 4) + ((hit ? 1024u : 0u) >> 4);
	}
	for (j = 0; j < 2; j++)
		if (l.fo[j] && fclose(l.fo[j]))
			die("label: write error");
	fprintf(stderr, "cachesim label: %llu train rows -> %s", (unsigned long long)l.rows[0], out);
	if (l.fo[1])
		fprintf(stderr, ", %llu test rows -> %s", (unsigned long long)l.rows[1], test_out);
	fputc('\n', stderr);
	if (l.rows[0] > TRAINER_MAX_ROWS || l.rows[1] > TRAINER_MAX_ROWS)
		fprintf(stderr, "cachesim label: warning: more than %u rows; the trainer will refuse "
			"them (use --every)\n", TRAINER_MAX_ROWS);
	policy_free(bp);
	free(l.opt_hit);
	free(l.next);
	free(l.dist);
	free(l.res);
	free(l.seen);
	free(l.lflags);
	free(l.lseq);
	free(l.ins);
	free(l.last);
	free(l.evicted_at);
	free(l.rdist);
	free(l.acc);
	free(l.has_last);
	free(l.last_page);
	free(l.facc);
	free(l.fpages);
	free(l.fhit);
	trace_free(&t);
	return 0;
}
