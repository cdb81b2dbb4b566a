// SPDX-License-Identifier: GPL-2.0
/*
 * index-test: the learned index (learned/index.c, built unchanged) checked
 * against a sorted array with binary search and against an rbtree built on
 * the kernel's lib/rbtree.c, on random, contiguous-run, fragmented,
 * adversarial, wide-key and churned key sets.  Every key's prediction is
 * checked against the error bound.  Built with ASan and UBSan.
 *
 * Usage: index-test [-v]
 * The last line is "N passed, M failed"; the exit status is 0 iff M == 0.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/learned_index.h>
#include <linux/slab.h>
#include "ref.h"
#include "index_gen.h"

long shim_fail_alloc_after = -1;

static int passed, failed, verbose;
static int case_errs;
static char case_name[128];

#define CHECK(cond, fmt, ...)						\
	do {								\
		if (!(cond) && case_errs++ < 8)				\
			fprintf(stderr, "  %s: %s:%d: " fmt "\n",	\
				case_name, __func__, __LINE__, ##__VA_ARGS__); \
	} while (0)

static void case_begin(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void case_begin(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(case_name, sizeof(case_name), fmt, ap);
	va_end(ap);
	case_errs = 0;
}

static void case_end(void)
{
	if (case_errs) {
		failed++;
		printf("not ok %s (%d errors)\n", case_name, case_errs);
	} else {
		passed++;
		if (verbose)
			printf("ok %s\n", case_name);
	}
}

static bool ext_eq(const struct learned_extent *a, const struct learned_extent *b)
{
	return a->lblk == b->lblk && a->len == b->len && a->pblk == b->pblk;
}

/* One probe: exact and covering lookups of @blk against both references. */
static void probe(const struct learned_index *idx, const struct learned_extent *a,
		  u32 n, struct rb_root *root, u64 blk)
{
	const struct learned_extent *want = ref_arr_cover(a, n, blk);
	struct ref_node *rn = ref_cover(root, blk);
	struct learned_extent got;
	bool hit;

	CHECK(!want == !rn, "references disagree at %llu", (unsigned long long)blk);
	if (rn && want)
		CHECK(ext_eq(&rn->e, want), "references disagree at %llu",
		      (unsigned long long)blk);
	memset(&got, 0xa5, sizeof(got));
	hit = learned_index_lookup_cover(idx, blk, &got);
	CHECK(hit == !!want, "cover(%llu): hit %d, want %d", (unsigned long long)blk,
	      hit, !!want);
	if (hit && want)
		CHECK(ext_eq(&got, want), "cover(%llu): got [%llu +%u], want [%llu +%u]",
		      (unsigned long long)blk, (unsigned long long)got.lblk, got.len,
		      (unsigned long long)want->lblk, want->len);
	CHECK(learned_index_lookup_cover(idx, blk, NULL) == hit, "cover(NULL out)");

	want = ref_arr_exact(a, n, blk);
	hit = learned_index_lookup(idx, blk, &got);
	CHECK(hit == !!want, "exact(%llu): hit %d, want %d", (unsigned long long)blk,
	      hit, !!want);
	if (hit && want)
		CHECK(ext_eq(&got, want), "exact(%llu) wrong extent", (unsigned long long)blk);

	want = ref_arr_pred(a, n, blk);
	memset(&got, 0xa5, sizeof(got));
	hit = learned_index_lookup_floor(idx, blk, &got);
	CHECK(hit == !!want, "floor(%llu): hit %d, want %d", (unsigned long long)blk,
	      hit, !!want);
	if (hit && want)
		CHECK(ext_eq(&got, want), "floor(%llu): got [%llu +%u], want [%llu +%u]",
		      (unsigned long long)blk, (unsigned long long)got.lblk, got.len,
		      (unsigned long long)want->lblk, want->len);
	CHECK(learned_index_lookup_floor(idx, blk, NULL) == hit, "floor(NULL out)");
}

/* The memory report is exactly the sum of what the index allocated. */
static size_t expected_bytes(const struct learned_index *idx)
{
	size_t b = sizeof(*idx) + 16 + (size_t)idx->delta_max *
		(sizeof(struct learned_extent) + sizeof(u64));

	if (idx->nr)
		b += (idx->nr_segs * sizeof(u64) + 8) +
		     ((idx->nr_segs + 1) * sizeof(struct learned_index_seg) + 8) +
		     ((size_t)idx->nr * (idx->key_w + idx->len_w + idx->pblk_w) + 24);
	return b;
}

/* Check every key, the error bound, the widths and @probes random blocks. */
static void check_all(const struct learned_index *idx, const struct learned_extent *a,
		      u32 n, struct rb_root *root, u64 *st, u32 probes)
{
	u64 lo, hi, max_off = 0, max_len1 = 0;
	u32 i;

	CHECK(learned_index_count(idx) == n, "count %u, want %u",
	      learned_index_count(idx), n);
	CHECK(learned_index_bytes(idx) == expected_bytes(idx), "bytes %zu, want %zu",
	      learned_index_bytes(idx), expected_bytes(idx));
	for (i = 0; i < idx->nr; i++) {
		s64 p = learned_index_predict(idx, i);

		CHECK(p >= (s64)i - idx->eps && p <= (s64)i + idx->eps,
		      "entry %u predicted at %lld, eps %u", i, (long long)p, idx->eps);
	}
	CHECK(learned_index_predict(idx, idx->nr) == -EINVAL, "predict out of range");
	for (i = 0; i < idx->nr_segs; i++)
		max_off = max(max_off, idx->segs[i].span);
	/* columns are as narrow as the largest value allows */
	CHECK(idx->key_w == (fls64(max_off) + 7) / 8, "key width %u for %llu",
	      idx->key_w, (unsigned long long)max_off);
	/* lengths are stored minus 1: no bytes when every extent has length 1 */
	if (!idx->nr_ins && !idx->nr_tomb) {
		for (i = 0; i < n; i++)
			max_len1 = max_t(u64, max_len1, a[i].len - 1);
		CHECK(idx->len_w == (fls64(max_len1) + 7) / 8, "len width %u for %llu",
		      idx->len_w, (unsigned long long)max_len1);
	}
	for (i = 0; i < n; i++) {
		probe(idx, a, n, root, a[i].lblk);
		probe(idx, a, n, root, a[i].lblk + (a[i].len - 1));
		probe(idx, a, n, root, a[i].lblk - 1);
		probe(idx, a, n, root, a[i].lblk + a[i].len);
	}
	probe(idx, a, n, root, 0);
	probe(idx, a, n, root, U64_MAX);
	lo = n ? a[0].lblk : 0;
	hi = n ? a[n - 1].lblk + a[n - 1].len : 1000;
	for (i = 0; i < probes; i++) {
		u64 r = li_rand(st);

		probe(idx, a, n, root, i & 1 || hi - lo + 1 == 0 ? r : lo + r % (hi - lo + 1));
	}
}

static void ref_fill(struct rb_root *root, const struct learned_extent *a, u32 n)
{
	u32 i;

	for (i = 0; i < n; i++)
		if (!ref_insert(root, &a[i]))
			abort();
}

static void test_static(enum li_dist d, u32 n, u32 eps)
{
	struct learned_index_params p = { .eps = eps, .delta_max = 16 };
	struct learned_extent *a = calloc(n + 1, sizeof(*a));
	struct rb_root root = RB_ROOT;
	struct learned_index idx;
	u64 st = 42;
	int err;

	case_begin("static/%s/n=%u/eps=%u", li_dist_names[d], n, eps);
	if (n)
		li_gen(d, 1000 + n, a, n);
	ref_fill(&root, a, n);
	err = learned_index_build(&idx, a, n, &p, GFP_KERNEL);
	CHECK(!err, "build: %d", err);
	if (!err) {
		check_all(&idx, a, n, &root, &st, n < 1000 ? 2000 : n);
		if (verbose && n >= 10000)
			printf("  %s: %u segs, widths %u/%u/%u, %zu bytes (%.2f B/extent)\n",
			       case_name, idx.nr_segs, idx.key_w, idx.len_w, idx.pblk_w,
			       learned_index_bytes(&idx),
			       (double)learned_index_bytes(&idx) / n);
	}
	learned_index_destroy(&idx);
	ref_clear(&root);
	free(a);
	case_end();
}

/* Random inserts and deletes, checked op by op against the rbtree. */
static void test_churn(enum li_dist d, u32 n0, u32 delta_max, u32 ops)
{
	struct learned_index_params p = { .eps = 8, .delta_max = delta_max };
	u32 cap = n0 + ops + 1, n, i, ins_ok = 0, del_ok = 0;
	struct learned_extent *a = calloc(cap, sizeof(*a)), e;
	struct rb_root root = RB_ROOT;
	struct learned_index idx;
	u64 st = 7 + n0 + delta_max, span;
	int err;

	case_begin("churn/%s/n=%u/delta=%u/ops=%u", li_dist_names[d], n0, delta_max, ops);
	li_gen(d, 77, a, n0);
	ref_fill(&root, a, n0);
	err = learned_index_build(&idx, a, n0, &p, GFP_KERNEL);
	CHECK(!err, "build: %d", err);
	span = a[n0 - 1].lblk + a[n0 - 1].len - a[0].lblk;
	span = span + span / 8 + 64;
	for (i = 0; !err && i < ops && case_errs < 8; i++) {
		u64 blk = a[0].lblk + li_rand_below(&st, span);
		struct ref_node *rn = ref_search(&root, blk), *next;
		u32 op = li_rand_below(&st, 8);
		int want, got;

		if (op < 4) {
			/* insert: fits the hole, or overlaps on purpose */
			u64 room = U64_MAX - blk;

			if (rn && rn->e.lblk <= blk) {
				e.lblk = blk;
				e.len = 1;
			} else {
				if (rn)
					room = rn->e.lblk - blk;
				e.lblk = blk;
				e.len = 1 + li_rand_below(&st, min_t(u64, room, 64));
				if (op == 3 && rn && room < 64)
					e.len = room + 1;	/* runs into the next one */
			}
			e.pblk = li_rand(&st);
			want = ref_insert(&root, &e) ? 0 : -EEXIST;
			got = learned_index_insert(&idx, &e, GFP_KERNEL);
			CHECK(got == want, "insert [%llu +%u]: %d, want %d",
			      (unsigned long long)e.lblk, e.len, got, want);
			ins_ok += !got;
		} else if (op < 7) {
			/* delete the extent covering or following blk */
			u64 key = rn ? rn->e.lblk : blk;

			if (op == 6 && rn && rn->e.len > 1)
				key++;			/* not a start: -ENOENT */
			next = ref_search(&root, key);
			want = next && next->e.lblk == key ? 0 : -ENOENT;
			if (!want)
				ref_erase(&root, next);
			got = learned_index_delete(&idx, key, GFP_KERNEL);
			CHECK(got == want, "delete %llu: %d, want %d",
			      (unsigned long long)key, got, want);
			del_ok += !got;
		} else {
			rn = ref_cover(&root, blk);
			CHECK(learned_index_lookup_cover(&idx, blk, &e) == !!rn,
			      "cover(%llu)", (unsigned long long)blk);
			if (rn)
				CHECK(ext_eq(&e, &rn->e), "cover(%llu) extent",
				      (unsigned long long)blk);
		}
		if (i % 2000 == 1999 || i == ops - 1) {
			n = ref_flatten(&root, a, cap);
			check_all(&idx, a, n, &root, &st, 500);
		}
	}
	CHECK(ins_ok > 0 && del_ok > 0, "no successful updates (%u, %u)", ins_ok, del_ok);
	CHECK(idx.rebuilds > 0 || delta_max > ops, "never rebuilt");
	if (!err && learned_index_rebuild(&idx, GFP_KERNEL) == 0) {
		n = ref_flatten(&root, a, cap);
		CHECK(idx.nr == n && !idx.nr_ins && !idx.nr_tomb, "rebuild kept a delta");
		check_all(&idx, a, n, &root, &st, 500);
	}
	if (verbose)
		printf("  %s: %u inserts, %u deletes, %llu rebuilds\n", case_name,
		       ins_ok, del_ok, (unsigned long long)idx.rebuilds);
	learned_index_destroy(&idx);
	ref_clear(&root);
	free(a);
	case_end();
}

/* Bad parameters and extents are refused and leave the index empty. */
static void test_params(void)
{
	static const struct {
		const char *desc;
		u32 eps, delta;
	} bad_params[] = {
		{ "eps 0", 0, 16 },
		{ "eps too large", LEARNED_INDEX_EPS_MAX + 1, 16 },
		{ "eps huge", U32_MAX, 16 },
		{ "delta 0", 8, 0 },
		{ "delta too large", 8, LEARNED_INDEX_DELTA_MAX + 1 },
	};
	struct learned_extent good[3] = {
		{ 10, 100, 5 }, { 20, 200, 5 }, { 30, 300, 5 },
	};
	static const struct {
		const char *desc;
		struct learned_extent e[3];
	} bad_ext[] = {
		{ "unsorted", { { 20, 0, 1 }, { 10, 0, 1 }, { 30, 0, 1 } } },
		{ "duplicate", { { 10, 0, 1 }, { 10, 0, 1 }, { 30, 0, 1 } } },
		{ "overlap", { { 10, 0, 11 }, { 20, 0, 1 }, { 30, 0, 1 } } },
		{ "len 0", { { 10, 0, 1 }, { 20, 0, 0 }, { 30, 0, 1 } } },
		{ "wraps", { { 10, 0, 1 }, { 20, 0, 1 }, { U64_MAX - 1, 0, 3 } } },
	};
	struct learned_index_params ok = { .eps = 8, .delta_max = 4 }, pp;
	struct learned_index idx;
	struct learned_extent e;
	u32 i;

	case_begin("params/refused");
	for (i = 0; i < ARRAY_SIZE(bad_params); i++) {
		pp.eps = bad_params[i].eps;
		pp.delta_max = bad_params[i].delta;
		CHECK(learned_index_params_validate(&pp) == -EINVAL, "%s", bad_params[i].desc);
		memset(&idx, 0x5a, sizeof(idx));
		CHECK(learned_index_build(&idx, good, 3, &pp, GFP_KERNEL) == -EINVAL,
		      "build with %s", bad_params[i].desc);
		CHECK(!idx.nr && !idx.segs && !idx.ins && !learned_index_count(&idx),
		      "%s: index not left empty", bad_params[i].desc);
		CHECK(!learned_index_lookup_cover(&idx, 10, NULL), "%s: lookup", bad_params[i].desc);
		learned_index_destroy(&idx);
	}
	CHECK(learned_index_params_validate(NULL) == -EINVAL, "NULL params");
	CHECK(learned_index_build(&idx, good, 3, NULL, GFP_KERNEL) == -EINVAL, "NULL params");
	CHECK(learned_index_build(NULL, good, 3, &ok, GFP_KERNEL) == -EINVAL, "NULL index");
	CHECK(learned_index_build(&idx, NULL, 3, &ok, GFP_KERNEL) == -EINVAL, "NULL extents");
	CHECK(learned_index_build(&idx, good, LEARNED_INDEX_MAX_ENTRIES + 1, &ok,
				  GFP_KERNEL) == -EINVAL, "too many extents");
	for (i = 0; i < ARRAY_SIZE(bad_ext); i++) {
		CHECK(learned_index_build(&idx, bad_ext[i].e, 3, &ok, GFP_KERNEL) == -EINVAL,
		      "%s", bad_ext[i].desc);
		CHECK(!idx.nr && !idx.ins, "%s: index not left empty", bad_ext[i].desc);
		learned_index_destroy(&idx);
	}
	/* updates refuse bad extents and unbuilt indexes */
	memset(&idx, 0, sizeof(idx));
	e = (struct learned_extent){ 1, 1, 1 };
	CHECK(learned_index_insert(&idx, &e, GFP_KERNEL) == -EINVAL, "insert unbuilt");
	CHECK(learned_index_delete(&idx, 1, GFP_KERNEL) == -EINVAL, "delete unbuilt");
	CHECK(learned_index_rebuild(&idx, GFP_KERNEL) == -EINVAL, "rebuild unbuilt");
	CHECK(learned_index_insert(NULL, &e, GFP_KERNEL) == -EINVAL, "insert NULL");
	CHECK(learned_index_bytes(NULL) == 0 && learned_index_count(NULL) == 0, "NULL");
	CHECK(!learned_index_build(&idx, good, 3, &ok, GFP_KERNEL), "good build");
	CHECK(learned_index_insert(&idx, NULL, GFP_KERNEL) == -EINVAL, "insert NULL extent");
	e = (struct learned_extent){ 100, 1, 0 };
	CHECK(learned_index_insert(&idx, &e, GFP_KERNEL) == -EINVAL, "insert len 0");
	e = (struct learned_extent){ U64_MAX, 1, 2 };
	CHECK(learned_index_insert(&idx, &e, GFP_KERNEL) == -EINVAL, "insert wrapping");
	e = (struct learned_extent){ 12, 1, 1 };
	CHECK(learned_index_insert(&idx, &e, GFP_KERNEL) == -EEXIST, "insert inside");
	e = (struct learned_extent){ 5, 1, 6 };
	CHECK(learned_index_insert(&idx, &e, GFP_KERNEL) == -EEXIST, "insert across start");
	e = (struct learned_extent){ 15, 1, 5 };
	CHECK(learned_index_insert(&idx, &e, GFP_KERNEL) == 0, "insert in hole");
	CHECK(learned_index_delete(&idx, 11, GFP_KERNEL) == -ENOENT, "delete non-start");
	CHECK(learned_index_delete(&idx, 15, GFP_KERNEL) == 0, "delete inserted");
	CHECK(learned_index_delete(&idx, 15, GFP_KERNEL) == -ENOENT, "delete twice");
	CHECK(learned_index_delete(&idx, 10, GFP_KERNEL) == 0, "delete base");
	CHECK(learned_index_delete(&idx, 10, GFP_KERNEL) == -ENOENT, "delete base twice");
	CHECK(!learned_index_lookup_cover(&idx, 12, NULL), "deleted still found");
	e = (struct learned_extent){ 8, 7, 4 };
	CHECK(learned_index_insert(&idx, &e, GFP_KERNEL) == 0, "insert over tombstone");
	CHECK(learned_index_lookup_cover(&idx, 10, &e) && e.lblk == 8 && e.pblk == 7,
	      "replacement not found");
	CHECK(learned_index_count(&idx) == 3, "count %u", learned_index_count(&idx));
	learned_index_destroy(&idx);
	learned_index_destroy(&idx);	/* idempotent */
	case_end();
}

/* Edge keys: 0, U64_MAX, a single entry, an empty index. */
static void test_edges(void)
{
	struct learned_index_params p = { .eps = 1, .delta_max = 2 };
	struct learned_extent a[4] = {
		{ 0, 5, 1 }, { 1, 6, 2 }, { U64_MAX - 9, 7, 9 }, { U64_MAX, 8, 1 },
	};
	struct rb_root root = RB_ROOT;
	struct learned_index idx;
	struct learned_extent e;
	u64 st = 3;
	u32 i;

	case_begin("edges/keys-0-and-max");
	ref_fill(&root, a, 4);
	CHECK(!learned_index_build(&idx, a, 4, &p, GFP_KERNEL), "build");
	check_all(&idx, a, 4, &root, &st, 1000);
	learned_index_destroy(&idx);
	ref_clear(&root);
	case_end();

	case_begin("edges/empty-then-inserts");
	CHECK(!learned_index_build(&idx, NULL, 0, &p, GFP_KERNEL), "empty build");
	check_all(&idx, a, 0, &root, &st, 100);
	for (i = 0; i < 4; i++) {
		CHECK(!learned_index_insert(&idx, &a[3 - i], GFP_KERNEL), "insert %u", i);
		ref_insert(&root, &a[3 - i]);
	}
	CHECK(idx.rebuilds >= 1, "no rebuild with delta 2");
	check_all(&idx, a, 4, &root, &st, 1000);
	for (i = 0; i < 4; i++)
		CHECK(!learned_index_delete(&idx, a[i].lblk, GFP_KERNEL), "delete %u", i);
	CHECK(!learned_index_count(&idx) && !learned_index_lookup_cover(&idx, 0, &e),
	      "not empty");
	learned_index_destroy(&idx);
	ref_clear(&root);
	case_end();
}

/* Allocation failures: -ENOMEM, no leak (ASan), index empty or unchanged. */
static void test_enomem(void)
{
	struct learned_index_params p = { .eps = 4, .delta_max = 1 };
	struct learned_extent a[64], e;
	struct rb_root root = RB_ROOT;
	struct learned_index idx;
	u64 st = 5;
	long k;
	int err;

	case_begin("enomem/build-and-rebuild");
	li_gen(LI_DIST_RANDOM, 9, a, 64);
	for (k = 0; k < 8; k++) {
		shim_fail_alloc_after = k;
		err = learned_index_build(&idx, a, 64, &p, GFP_KERNEL);
		shim_fail_alloc_after = -1;
		if (err) {
			CHECK(err == -ENOMEM, "build after %ld allocs: %d", k, err);
			CHECK(!idx.nr && !idx.ins, "not left empty");
		}
		learned_index_destroy(&idx);
	}
	ref_fill(&root, a, 64);
	CHECK(!learned_index_build(&idx, a, 63, &p, GFP_KERNEL), "build");
	e = a[63];
	CHECK(!learned_index_insert(&idx, &e, GFP_KERNEL), "insert fills the delta");
	/* the next update needs a rebuild, which fails: nothing changes */
	shim_fail_alloc_after = 0;
	CHECK(learned_index_delete(&idx, a[0].lblk, GFP_KERNEL) == -ENOMEM, "delete");
	shim_fail_alloc_after = -1;
	check_all(&idx, a, 64, &root, &st, 500);
	learned_index_destroy(&idx);
	ref_clear(&root);
	case_end();
}

int main(int argc, char **argv)
{
	static const u32 sizes[] = { 1, 2, 3, 17, 1000, 10000, 100000 };
	static const u32 epss[] = { 1, 2, 8, 32, 255 };
	enum li_dist d;
	u32 s, e;

	verbose = argc > 1 && !strcmp(argv[1], "-v");
	test_params();
	test_edges();
	test_enomem();
	for (d = 0; d < LI_DIST_NR; d++)
		for (s = 0; s < ARRAY_SIZE(sizes); s++)
			for (e = 0; e < ARRAY_SIZE(epss); e++)
				if (sizes[s] < 100000 || epss[e] == 8 || epss[e] == 32)
					test_static(d, sizes[s], epss[e]);
	test_static(LI_DIST_RANDOM, 100000, LEARNED_INDEX_EPS_MAX);
	for (d = 0; d < LI_DIST_NR; d++) {
		test_churn(d, 2000, 1, 3000);
		test_churn(d, 2000, 8, 20000);
		test_churn(d, 5000, 64, 20000);
	}
	printf("%d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
