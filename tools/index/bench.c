// SPDX-License-Identifier: GPL-2.0
/*
 * index-bench: lookup latency and memory of the learned index against
 *
 *   rbtree  an rbtree of extents laid out exactly like ext4's extent status
 *           tree (struct extent_status: rb_node + u32 lblk + u32 len +
 *           u64 pblk, 40 bytes), on the kernel's lib/rbtree.c, searched like
 *           ext4_es_lookup_extent(): the cached last extent, then
 *           __es_tree_search();
 *   array   binary search on a sorted array of {u32 lblk, u32 len, u64 pblk}
 *           (16 bytes per extent);
 *   learned learned/index.c, built unchanged.
 *
 * Every structure answers the same covering lookups (random mapped blocks
 * of random extents); every answer is checked before timing starts.  The
 * time is the median over rounds of a batch of lookups, structures
 * interleaved round by round.  Memory counts what each structure needs
 * (rbtree: 40 bytes per node, as in ext4's slab cache; malloc adds its own
 * header on top here).  Nothing is asserted about speed.
 *
 * Usage: index-bench [-n N[,N...]] [-d DIST[,DIST...]] [-e EPS] [-r ROUNDS]
 *                    [-b BATCH] [--csv]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <linux/kernel.h>
#include <linux/learned_index.h>
#include <linux/rbtree.h>
#include <linux/slab.h>
/* index_es.h is kernel code: noinline is the kernel's attribute */
#ifndef noinline
#define noinline __attribute__((__noinline__))
#endif
#include "index_es.h"
#include "index_gen.h"

struct arr_ext {
	u32 lblk;
	u32 len;
	u64 pblk;
};

static void es_insert(struct index_es_tree *t, const struct learned_extent *e)
{
	struct index_es *n = malloc(sizeof(*n));

	if (!n)
		abort();
	n->es_lblk = e->lblk;
	n->es_len = e->len;
	n->es_pblk = e->pblk;
	index_es_link(t, n);
}

static void es_free(struct index_es_tree *t)
{
	struct rb_node *node = rb_first_postorder(&t->root), *next;

	/* postorder: children are freed before their parent */
	while (node) {
		next = rb_next_postorder(node);
		free(rb_entry(node, struct index_es, rb_node));
		node = next;
	}
}

static noinline u64 arr_lookup(const struct arr_ext *a, u32 n,
						u32 blk)
{
	u32 lo = 0, hi = n;

	while (lo < hi) {
		u32 mid = lo + (hi - lo) / 2;

		if (a[mid].lblk <= blk)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (!lo || blk - a[lo - 1].lblk >= a[lo - 1].len)
		return U64_MAX;
	return a[lo - 1].pblk + (blk - a[lo - 1].lblk);
}

static noinline u64 li_lookup(const struct learned_index *idx, u64 blk)
{
	struct learned_extent e;

	if (!learned_index_lookup_cover(idx, blk, &e))
		return U64_MAX;
	return e.pblk + (blk - e.lblk);
}

static u64 now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (u64)ts.tv_sec * 1000000000ULL + ts.tv_nsec;
}

static int cmp_u64(const void *a, const void *b)
{
	u64 x = *(const u64 *)a, y = *(const u64 *)b;

	return x < y ? -1 : x > y;
}

static double median(u64 *v, u32 n)
{
	qsort(v, n, sizeof(*v), cmp_u64);
	return n & 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

enum { S_RBTREE, S_ARRAY, S_LEARNED, S_NR };
static const char * const s_names[S_NR] = { "rbtree", "array", "learned" };

static volatile u64 sink;

static int run(enum li_dist d, u32 n, u32 eps, u32 rounds, u32 batch, bool csv)
{
	struct learned_index_params p = { .eps = eps, .delta_max = LEARNED_INDEX_DELTA_DEFAULT };
	u32 nq = 1U << 20, i, r, s, bad = 0;
	struct learned_extent *ext;
	struct index_es_tree tree = { RB_ROOT, NULL };
	struct learned_index idx;
	struct arr_ext *arr;
	u64 *q, *want, *t[S_NR], st = 99, t0, build_ns, acc = 0;
	size_t bytes[S_NR];
	double med[S_NR];
	char segs[16], bms[16];
	int err;

	ext = malloc(sizeof(*ext) * n);
	arr = malloc(sizeof(*arr) * n);
	q = malloc(sizeof(*q) * nq);
	want = malloc(sizeof(*want) * nq);
	for (s = 0; s < S_NR; s++)
		t[s] = malloc(sizeof(u64) * rounds);
	if (!ext || !arr || !q || !want || !t[0] || !t[1] || !t[2]) {
		fprintf(stderr, "out of memory at n=%u\n", n);
		exit(1);
	}
	li_gen(d, 1, ext, n);
	if (ext[n - 1].lblk + ext[n - 1].len > (1ULL << 32)) {
		fprintf(stderr, "%s at n=%u does not fit 32-bit blocks\n", li_dist_names[d], n);
		exit(1);
	}
	for (i = 0; i < n; i++) {
		arr[i] = (struct arr_ext){ ext[i].lblk, ext[i].len, ext[i].pblk };
		es_insert(&tree, &ext[i]);
	}
	t0 = now_ns();
	err = learned_index_build(&idx, ext, n, &p, GFP_KERNEL);
	build_ns = now_ns() - t0;
	if (err) {
		fprintf(stderr, "build failed: %d\n", err);
		exit(1);
	}
	for (i = 0; i < nq; i++) {
		const struct learned_extent *e = &ext[li_rand_below(&st, n)];
		u64 off = li_rand_below(&st, e->len);

		q[i] = e->lblk + off;
		want[i] = e->pblk + off;
	}
	/* every structure, every query, checked once */
	for (i = 0; i < nq; i++) {
		bad += index_es_lookup(&tree, q[i]) != want[i];
		bad += arr_lookup(arr, n, q[i]) != want[i];
		bad += li_lookup(&idx, q[i]) != want[i];
	}
	if (bad) {
		fprintf(stderr, "%s n=%u: %u WRONG ANSWERS\n", li_dist_names[d], n, bad);
		return 1;
	}
	for (r = 0; r < rounds; r++) {
		u32 base = (u64)r * batch % (nq - batch);

		for (s = 0; s < S_NR; s++) {
			t0 = now_ns();
			for (i = base; i < base + batch; i++) {
				if (s == S_RBTREE)
					acc += index_es_lookup(&tree, q[i]);
				else if (s == S_ARRAY)
					acc += arr_lookup(arr, n, q[i]);
				else
					acc += li_lookup(&idx, q[i]);
			}
			t[s][r] = now_ns() - t0;
		}
	}
	sink = acc;
	bytes[S_RBTREE] = (size_t)n * sizeof(struct index_es);
	bytes[S_ARRAY] = (size_t)n * sizeof(struct arr_ext);
	bytes[S_LEARNED] = learned_index_bytes(&idx);
	for (s = 0; s < S_NR; s++)
		med[s] = median(t[s], rounds) / batch;
	snprintf(segs, sizeof(segs), "%u", idx.nr_segs);
	snprintf(bms, sizeof(bms), "%.1f", build_ns / 1e6);
	for (s = 0; s < S_NR; s++) {
		if (csv)
			printf("%s,%u,%s,%.1f,%zu,%.2f,%.2f,%.3f,%u,%.1f\n", li_dist_names[d], n,
			       s_names[s], med[s], bytes[s], (double)bytes[s] / n,
			       med[S_RBTREE] / med[s], (double)bytes[s] / bytes[S_RBTREE],
			       s == S_LEARNED ? idx.nr_segs : 0,
			       s == S_LEARNED ? build_ns / 1e6 : 0.0);
		else
			printf("%-7s %9u %-8s %8.1f %12zu %7.2f %7.2fx %7.3f %8s %9s\n",
			       li_dist_names[d], n, s_names[s], med[s], bytes[s],
			       (double)bytes[s] / n, med[S_RBTREE] / med[s],
			       (double)bytes[s] / bytes[S_RBTREE],
			       s == S_LEARNED ? segs : "-", s == S_LEARNED ? bms : "-");
	}
	fflush(stdout);
	learned_index_destroy(&idx);
	es_free(&tree);
	for (s = 0; s < S_NR; s++)
		free(t[s]);
	free(ext);
	free(arr);
	free(q);
	free(want);
	return 0;
}

static u32 parse_list(char *s, u32 *out, u32 max, bool dist)
{
	u32 n = 0, d;
	char *tok;

	for (tok = strtok(s, ","); tok && n < max; tok = strtok(NULL, ",")) {
		if (!dist) {
			double v = strtod(tok, NULL);

			if (v < 1 || v > 1e8) {
				fprintf(stderr, "bad size %s\n", tok);
				exit(2);
			}
			out[n++] = (u32)v;
			continue;
		}
		for (d = 0; d < LI_DIST_NR_U32; d++)
			if (!strcmp(tok, li_dist_names[d]))
				break;
		if (d == LI_DIST_NR_U32) {
			fprintf(stderr, "unknown distribution %s\n", tok);
			exit(2);
		}
		out[n++] = d;
	}
	return n;
}

int main(int argc, char **argv)
{
	u32 sizes[16] = { 1000, 10000, 100000, 1000000 }, nsizes = 4;
	u32 dists[16] = { LI_DIST_RANDOM, LI_DIST_RUNS, LI_DIST_FRAG, LI_DIST_EXP,
			  LI_DIST_STEP }, ndists = 5;
	u32 eps = LEARNED_INDEX_EPS_DEFAULT, rounds = 201, batch = 2000, i, j;
	struct learned_index_params p;
	bool csv = false;
	int a, ret = 0;

	for (a = 1; a < argc; a++) {
		if (!strcmp(argv[a], "-n") && a + 1 < argc)
			nsizes = parse_list(argv[++a], sizes, 16, false);
		else if (!strcmp(argv[a], "-d") && a + 1 < argc)
			ndists = parse_list(argv[++a], dists, 16, true);
		else if (!strcmp(argv[a], "-e") && a + 1 < argc)
			eps = strtoul(argv[++a], NULL, 0);
		else if (!strcmp(argv[a], "-r") && a + 1 < argc)
			rounds = strtoul(argv[++a], NULL, 0);
		else if (!strcmp(argv[a], "-b") && a + 1 < argc)
			batch = strtoul(argv[++a], NULL, 0);
		else if (!strcmp(argv[a], "--csv"))
			csv = true;
		else {
			fprintf(stderr, "usage: %s [-n N,...] [-d DIST,...] [-e EPS] [-r ROUNDS] [-b BATCH] [--csv]\n",
				argv[0]);
			return 2;
		}
	}
	p.eps = eps;
	p.delta_max = LEARNED_INDEX_DELTA_DEFAULT;
	if (learned_index_params_validate(&p) || !rounds || !batch || batch > (1U << 19)) {
		fprintf(stderr, "bad parameters (eps %u..%u, 1 <= batch <= 2^19)\n",
			LEARNED_INDEX_EPS_MIN, LEARNED_INDEX_EPS_MAX);
		return 2;
	}
	if (csv)
		printf("dist,n,structure,median_ns,bytes,bytes_per_extent,speedup_vs_rbtree,mem_vs_rbtree,segments,build_ms\n");
	else
		printf("# eps %u, median of %u batches of %u covering lookups (random mapped blocks)\n"
		       "%-7s %9s %-8s %8s %12s %7s %8s %7s %8s %9s\n", eps, rounds, batch,
		       "dist", "n", "struct", "ns/op", "bytes", "B/ext", "speedup", "mem", "segs",
		       "build_ms");
	for (i = 0; i < ndists; i++)
		for (j = 0; j < nsizes; j++)
			ret |= run(dists[i], sizes[j], eps, rounds, batch, csv);
	return ret;
}
