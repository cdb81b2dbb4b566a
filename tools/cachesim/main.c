// SPDX-License-Identifier: GPL-2.0
/*
 * cachesim: trace-driven page-cache simulator.  See README.md.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cachesim.h"
#include "check.h"

static const char usage[] =
"usage: cachesim COMMAND [args]   (cachesim COMMAND --help for details)\n"
"  sim TRACE (--size S | --mrc S,S,... | --mrc-range LO:HI:STEP|LO:HI:xF) [--policy P,P|all]\n"
"      [--csv FILE] [--quiet] [--format text|bin|block] [--page-size N] [--lru2-ratio N]\n"
"      [--refault-stats]  (linux-family: refaults and activations to stderr)\n"
"  check TRACE [--mrc S,S,...] [--naive-limit N]   cross-check LRU/OPT against references\n"
"  convert IN OUT --to text|bin [--format text|bin|block] [--page-size N]\n"
"  stats TRACE [--format ...]\n"
"  gen FAMILY [options]         synthetic traces (zipf scan loop seq mix phase)\n"
"  label TRACE --size S --out FILE [options]   training rows with OPT labels\n"
"  list                         policies\n"
"  sizes S: pages, or P% of the trace's distinct pages\n";

static enum cs_format parse_fmt(const char *s)
{
	if (!strcmp(s, "text"))
		return CS_FMT_TEXT;
	if (!strcmp(s, "bin"))
		return CS_FMT_BIN;
	if (!strcmp(s, "block"))
		return CS_FMT_BLOCK;
	die("--format: '%s' is not text, bin or block", s);
}


static size_t parse_sizes(const char *opt, const char *s, const struct cs_trace *t,
			  size_t **out)
{
	char *dup = strdup(s), *tok, *save = NULL;
	size_t n = 0, cap = 16;
	size_t *v = xmalloc(cap * sizeof(size_t));

	if (!dup)
		die("out of memory");
	if (!*s || s[strlen(s) - 1] == ',' || *s == ',' || strstr(s, ",,"))
		die("%s: '%s' has an empty element", opt, s);
	for (tok = strtok_r(dup, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		if (n == cap)
			v = xrealloc(v, (cap *= 2) * sizeof(size_t));
		v[n++] = parse_size(opt, tok, t);
	}
	free(dup);
	*out = v;
	return n;
}

static size_t parse_range(const char *opt, const char *s, const struct cs_trace *t,
			  size_t **out)
{
	char *dup = strdup(s), *a, *b, *c;
	size_t lo, hi, n = 0, cap = 16, x;
	size_t *v = xmalloc(cap * sizeof(size_t));
	bool geo;
	double f = 0;
	u64 step = 0;

	if (!dup)
		die("out of memory");
	a = dup;
	b = strchr(a, ':');
	c = b ? strchr(b + 1, ':') : NULL;
	if (!b || !c || strchr(c + 1, ':'))
		die("%s: '%s' is not LO:HI:STEP or LO:HI:xFACTOR", opt, s);
	*b++ = 0;
	*c++ = 0;
	lo = parse_size(opt, a, t);
	hi = parse_size(opt, b, t);
	if (hi < lo)
		die("%s: HI %zu < LO %zu", opt, hi, lo);
	geo = *c == 'x';
	if (geo)
		f = arg_real(opt, c + 1, 1.01, 1000);
	else
		step = arg_u64(opt, c, 1, 1ull << 31);
	for (x = lo; x <= hi;) {
		size_t nx;

		if (n == 4096)
			die("%s: more than 4096 sizes", opt);
		if (n == cap)
			v = xrealloc(v, (cap *= 2) * sizeof(size_t));
		v[n++] = x;
		nx = geo ? (size_t)((double)x * f + 0.5) : x + step;
		if (nx <= x)
			nx = x + 1;
		x = nx;
	}
	free(dup);
	*out = v;
	return n;
}

static void load(struct cs_trace *t, const char *path, enum cs_format fmt, u64 ps)
{
	char eb[512];

	if (trace_load(t, path, fmt, ps, eb, sizeof(eb)))
		die("%s", eb);
}

static int cmd_sim(int argc, char **argv, bool check)
{
	static const struct option lo[] = {
		{ "size", 1, NULL, 's' }, { "mrc", 1, NULL, 'm' }, { "mrc-range", 1, NULL, 'r' },
		{ "policy", 1, NULL, 'p' }, { "csv", 1, NULL, 'c' }, { "quiet", 0, NULL, 'q' },
		{ "refault-stats", 0, NULL, 'A' },
		{ "format", 1, NULL, 'f' }, { "page-size", 1, NULL, 'P' },
		{ "lru2-ratio", 1, NULL, 'R' }, { "naive-limit", 1, NULL, 'N' },
		{ "help", 0, NULL, 'h' }, { 0 },
	};
	const char *size_s = NULL, *mrc_s = NULL, *range_s = NULL, *pol_s = "all", *csv = NULL;
	enum cs_format fmt = CS_FMT_AUTO;
	u64 ps = 4096, ratio = 1, naive_limit = 2000000;
	bool quiet = false, rstats = false;
	const struct cs_policy_ops *pols[32];
	size_t np = 0, ns, *sizes, i, k;
	struct cs_trace t;
	u64 *miss;
	FILE *tab = stdout, *cf = NULL;
	int c;

	optind = 1;
	while ((c = getopt_long(argc, argv, "", lo, NULL)) != -1) {
		switch (c) {
		case 's': size_s = optarg; break;
		case 'm': mrc_s = optarg; break;
		case 'r': range_s = optarg; break;
		case 'p': pol_s = optarg; break;
		case 'c': csv = optarg; break;
		case 'q': quiet = true; break;
		case 'A': rstats = true; break;
		case 'f': fmt = parse_fmt(optarg); break;
		case 'P': ps = arg_u64("--page-size", optarg, 512, 1u << 30); break;
		case 'R': ratio = arg_u64("--lru2-ratio", optarg, 1, 1000); break;
		case 'N': naive_limit = arg_u64("--naive-limit", optarg, 0, 1ull << 40); break;
		case 'h': fputs(usage, stdout); return 0;
		default: die("bad option (see cachesim --help)");
		}
	}
	if (optind + 1 != argc)
		die("%s: want exactly one TRACE", check ? "check" : "sim");
	if (!check && !!size_s + !!mrc_s + !!range_s != 1)
		die("sim: give exactly one of --size, --mrc, --mrc-range");
	if (check && (size_s || range_s))
		die("check: sizes are given with --mrc");
	if (!check) {
		char *dup = strdup(pol_s), *tok, *save = NULL;

		if (!dup)
			die("out of memory");
		if (!strcmp(pol_s, "all")) {
			for (k = 0; cs_policies[k]; k++)
				if (policy_available(cs_policies[k]))
					pols[np++] = cs_policies[k];
		} else {
			for (tok = strtok_r(dup, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
				const struct cs_policy_ops *o = policy_find(tok);

				if (!o)
					die("--policy: unknown policy '%s' (see cachesim list)", tok);
				for (k = 0; k < np; k++)
					if (pols[k] == o)
						die("--policy: '%s' given twice", tok);
				pols[np++] = o;
			}
			if (!np)
				die("--policy: empty list");
		}
		free(dup);
	}
	load(&t, argv[optind], fmt, ps);

	if (check) {
		struct check_result r = { 0 };

		if (mrc_s) {
			ns = parse_sizes("--mrc", mrc_s, &t, &sizes);
		} else {
			size_t x;

			sizes = xmalloc(64 * sizeof(size_t));
			ns = 0;
			for (x = 1; ns < 40; x = x * 2)  {
				sizes[ns++] = x;
				if (x >= t.nr_ids)
					break;
			}
		}
		check_trace(&t, argv[optind], sizes, ns, naive_limit, &r);
		printf("cachesim check %s: %zu accesses, %zu pages, %zu sizes: %llu checks passed, "
		       "%llu failed\n", argv[optind], t.n, t.nr_ids, ns,
		       (unsigned long long)r.passed, (unsigned long long)r.failed);
		free(sizes);
		trace_free(&t);
		return r.failed ? 1 : 0;
	}

	ns = size_s ? parse_sizes("--size", size_s, &t, &sizes) :
	     mrc_s ? parse_sizes("--mrc", mrc_s, &t, &sizes) :
		     parse_range("--mrc-range", range_s, &t, &sizes);
	if (size_s && ns != 1)
		die("--size: one size (use --mrc for several)");
	miss = xcalloc(ns * np, sizeof(u64));
	for (i = 0; i < ns; i++)
		for (k = 0; k < np; k++) {
			struct cs_policy *p = policy_new(pols[k], &t, sizes[i]);

			p->lru2_ratio = (unsigned)ratio;
			miss[i * np + k] = policy_run(p, NULL);
			if (rstats && p->refaults)
				fprintf(stderr, "refaults %s size %zu: %llu refaults, %llu activated, "
					"%llu model fallbacks\n", pols[k]->name, sizes[i],
					(unsigned long long)p->refaults,
					(unsigned long long)p->refault_activations,
					(unsigned long long)p->model_fallbacks);
			policy_free(p);
		}
	if (csv) {
		cf = strcmp(csv, "-") ? fopen(csv, "w") : stdout;
		if (!cf)
			die("--csv: %s: cannot open: %m", csv);
		if (cf == stdout)
			tab = stderr;
		fprintf(cf, "policy,size,accesses,misses,miss_ratio\n");
		for (k = 0; k < np; k++)
			for (i = 0; i < ns; i++)
				fprintf(cf, "%s,%zu,%zu,%llu,%.6f\n", pols[k]->name, sizes[i], t.n,
					(unsigned long long)miss[i * np + k],
					(double)miss[i * np + k] / (double)t.n);
		if (cf != stdout ? fclose(cf) : fflush(cf))
			die("--csv: write error");
	}
	if (!quiet) {
		fprintf(tab, "# %s: %zu accesses, %zu distinct pages, %zu objects; miss ratio %%\n",
			argv[optind], t.n, t.nr_ids, t.nr_objs);
		fprintf(tab, "%10s", "size");
		for (k = 0; k < np; k++)
			fprintf(tab, " %7s", pols[k]->name);	/* longer names widen */
		fputc('\n', tab);
		for (i = 0; i < ns; i++) {
			fprintf(tab, "%10zu", sizes[i]);
			for (k = 0; k < np; k++)
				fprintf(tab, " %*.2f", strlen(pols[k]->name) > 7 ?
					(int)strlen(pols[k]->name) : 7,
					100.0 * (double)miss[i * np + k] / (double)t.n);
			fputc('\n', tab);
		}
	}
	free(miss);
	free(sizes);
	trace_free(&t);
	return 0;
}

static int cmd_convert(int argc, char **argv)
{
	static const struct option lo[] = {
		{ "to", 1, NULL, 't' }, { "format", 1, NULL, 'f' }, { "page-size", 1, NULL, 'P' },
		{ 0 },
	};
	enum cs_format fmt = CS_FMT_AUTO;
	const char *to = NULL;
	u64 ps = 4096;
	struct cs_trace t;
	FILE *f;
	int c, r;

	optind = 1;
	while ((c = getopt_long(argc, argv, "", lo, NULL)) != -1) {
		switch (c) {
		case 't': to = optarg; break;
		case 'f': fmt = parse_fmt(optarg); break;
		case 'P': ps = arg_u64("--page-size", optarg, 512, 1u << 30); break;
		default: die("convert: bad option");
		}
	}
	if (optind + 2 != argc)
		die("convert: want IN OUT");
	if (!to || (strcmp(to, "text") && strcmp(to, "bin")))
		die("convert: --to text|bin is required");
	load(&t, argv[optind], fmt, ps);
	f = strcmp(argv[optind + 1], "-") ? fopen(argv[optind + 1], "wb") : stdout;
	if (!f)
		die("convert: %s: cannot open: %m", argv[optind + 1]);
	r = !strcmp(to, "bin") ? trace_write_bin(&t, f) : trace_write_text(&t, f);
	if (r || (f != stdout ? fclose(f) : fflush(f)))
		die("convert: %s: write error", argv[optind + 1]);
	trace_free(&t);
	return 0;
}

static int cmd_stats(int argc, char **argv)
{
	static const struct option lo[] = {
		{ "format", 1, NULL, 'f' }, { "page-size", 1, NULL, 'P' }, { 0 },
	};
	enum cs_format fmt = CS_FMT_AUTO;
	u64 ps = 4096, fl[4] = { 0 }, once = 0;
	struct cs_trace t;
	u32 *cnt;
	size_t i;
	int c;

	optind = 1;
	while ((c = getopt_long(argc, argv, "", lo, NULL)) != -1) {
		switch (c) {
		case 'f': fmt = parse_fmt(optarg); break;
		case 'P': ps = arg_u64("--page-size", optarg, 512, 1u << 30); break;
		default: die("stats: bad option");
		}
	}
	if (optind + 1 != argc)
		die("stats: want one TRACE");
	load(&t, argv[optind], fmt, ps);
	cnt = xcalloc(t.nr_ids, sizeof(u32));
	for (i = 0; i < t.n; i++) {
		if (cnt[t.id[i]] < UINT32_MAX)
			cnt[t.id[i]]++;
		for (c = 0; c < 4; c++)
			fl[c] += !!(t.flags[i] & (1 << c));
	}
	for (i = 0; i < t.nr_ids; i++)
		once += cnt[i] == 1;
	printf("accesses %zu\npages %zu\nobjects %zu\nfootprint_mib %.1f\n"
	       "pages_used_once %llu\nwrites %llu\nkernel_hits %llu\nkernel_misses %llu\n"
	       "readahead %llu\ncompulsory_miss_ratio %.6f\n", t.n, t.nr_ids, t.nr_objs,
	       (double)t.nr_ids * 4096 / 1048576.0, (unsigned long long)once,
	       (unsigned long long)fl[0], (unsigned long long)fl[1], (unsigned long long)fl[2],
	       (unsigned long long)fl[3], (double)t.nr_ids / (double)t.n);
	free(cnt);
	trace_free(&t);
	return 0;
}

int main(int argc, char **argv)
{
	const char *cmd;
	int k;

	if (argc < 2 || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
		fputs(usage, argc < 2 ? stderr : stdout);
		return argc < 2 ? 1 : 0;
	}
	cmd = argv[1];
	argv++;
	argc--;
	if (!strcmp(cmd, "sim"))
		return cmd_sim(argc, argv, false);
	if (!strcmp(cmd, "check"))
		return cmd_sim(argc, argv, true);
	if (!strcmp(cmd, "convert"))
		return cmd_convert(argc, argv);
	if (!strcmp(cmd, "stats"))
		return cmd_stats(argc, argv);
	if (!strcmp(cmd, "gen"))
		return gen_main(argc, argv);
	if (!strcmp(cmd, "label"))
		return label_main(argc, argv);
	if (!strcmp(cmd, "list")) {
		for (k = 0; cs_policies[k]; k++)
			printf("%-13s %s%s\n", cs_policies[k]->name, cs_policies[k]->desc,
			       policy_available(cs_policies[k]) ? "" : " (not in this build)");
		return 0;
	}
	fputs(usage, stderr);
	die("unknown command '%s'", cmd);
}
