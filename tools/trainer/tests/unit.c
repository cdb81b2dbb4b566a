// SPDX-License-Identifier: GPL-2.0
/*
 * Unit tests of learned-train's pieces, run under ASan/UBSan: hashing,
 * deterministic math, PRNG, the CSV and binary parsers (including random
 * mutations), metrics, each trainer on small problems, quantisation
 * through the library, and a model package round trip through the
 * kernel's parsers (learned_package_parse(), learned_blob_parse()).
 */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "trainer.h"
#include "models.h"
#include "quant.h"
#include "emit.h"

static int passed, failed;

#define CHECK(cond, ...) do {						\
	if (cond) {							\
		passed++;						\
		printf("ok - " __VA_ARGS__);				\
	} else {							\
		failed++;						\
		printf("FAIL - %s:%d: ", __FILE__, __LINE__);		\
		printf(__VA_ARGS__);					\
	}								\
	printf("\n");							\
} while (0)

static void test_hash(void)
{
	char hex[65];

	sha256_hex("abc", 3, hex);
	CHECK(!strcmp(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
	      "sha256(abc)");
	sha256_hex("", 0, hex);
	CHECK(!strcmp(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
	      "sha256(empty)");
	sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", 56, hex);
	CHECK(!strcmp(hex, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
	      "sha256(two-block FIPS vector)");
	CHECK(fnv1a64("", 0) == 0xcbf29ce484222325ull && fnv1a64("a", 1) == 0xaf63dc4c8601ec8cull,
	      "fnv1a64 reference values");
}

static void test_math(void)
{
	double x, worst_e = 0, worst_l = 0;

	for (x = -700; x <= 700; x += 0.37) {
		double r = fabs(d_exp(x) - exp(x)) / exp(x);

		if (r > worst_e)
			worst_e = r;
	}
	for (x = 1e-300; x < 1e300; x *= 3.7) {
		double r = fabs(d_log(x) - log(x)) / fabs(log(x) ? log(x) : 1);

		if (r > worst_l)
			worst_l = r;
	}
	CHECK(worst_e < 1e-14, "d_exp relative error %.3g < 1e-14", worst_e);
	CHECK(worst_l < 1e-14, "d_log relative error %.3g < 1e-14", worst_l);
	CHECK(d_sigmoid(0) == 0.5 && d_sigmoid(800) == 1.0 && d_sigmoid(-800) == 0.0 &&
	      fabs(d_sigmoid(3) + d_sigmoid(-3) - 1) < 1e-15, "d_sigmoid symmetric and saturating");
	CHECK(fabs(d_softplus(0) - log(2)) < 1e-15 && d_softplus(100) == 100,
	      "d_softplus");
}

static void test_rng(void)
{
	struct rng a, b;
	uint32_t v[100], i, seen = 0;
	int same = 1, inrange = 1;

	rng_seed(&a, 42);
	rng_seed(&b, 42);
	for (i = 0; i < 1000; i++)
		if (rng_next(&a) != rng_next(&b))
			same = 0;
	CHECK(same, "rng: same seed, same sequence");
	rng_seed(&a, 1);
	CHECK(rng_next(&a) != rng_next(&b), "rng: another seed, another sequence");
	for (i = 0; i < 10000; i++)
		if (rng_below(&a, 7) >= 7 || rng_uniform(&a) >= 1.0)
			inrange = 0;
	CHECK(inrange, "rng_below and rng_uniform stay in range");
	for (i = 0; i < 100; i++)
		v[i] = i;
	rng_shuffle(&a, v, 100);
	for (i = 0; i < 100; i++)
		seen |= 0;
	{
		uint8_t hit[100] = { 0 };
		int perm = 1;

		for (i = 0; i < 100; i++)
			hit[v[i]]++;
		for (i = 0; i < 100; i++)
			if (hit[i] != 1)
				perm = 0;
		CHECK(perm && v[0] + v[1] + v[2] != 3, "rng_shuffle permutes");
	}
	(void)seen;
}

static int csv_err(const char *text, const char *want)
{
	struct dataset ds;
	int r = ds_parse_csv(&ds, "t.csv", text, strlen(text));

	if (!r) {
		ds_free(&ds);
		return 0;
	}
	return strstr(err_get(), want) != NULL;
}

static void test_csv(void)
{
	static const char good[] =
		"# comment\r\n"
		"  a , label ,b   # trailing comment\r\n"
		"\n"
		"1, 0, -2.5e1\r\n"
		"+3.25,1,.5\n"
		"-0,1,7";
	struct dataset ds;
	int r = ds_parse_csv(&ds, "t.csv", good, strlen(good));

	CHECK(r == 0 && ds.nr_rows == 3 && ds.nr_features == 2 && !strcmp(ds.names[0], "a") &&
	      !strcmp(ds.names[1], "b"), "csv: comments, CRLF, blanks, spaces, label in the middle");
	if (!r) {
		CHECK(ds.x[0] == 1 && ds.x[1] == -25 && ds.x[2] == 3.25 && ds.x[3] == 0.5 &&
		      ds.x[4] == 0 && !signbit(ds.x[4]) && ds.x[5] == 7 &&
		      ds.y[0] == 0 && ds.y[1] == 1 && ds.y[2] == 1 && !ds.all_integer,
		      "csv: values and labels");
		CHECK(ds.line[0] == 4 && ds.line[1] == 5 && ds.line[2] == 6, "csv: line numbers kept");
		ds_free(&ds);
	}
	CHECK(csv_err("", "t.csv:0: empty file"), "csv: empty");
	CHECK(csv_err("a,label\n", "t.csv:1: no data rows"), "csv: header only");
	CHECK(csv_err("a,label\n1,0\n1\n", "t.csv:3: expected 2 columns, got 1"), "csv: short row");
	CHECK(csv_err("a,label\n1e,0\n", "bad exponent"), "csv: bad exponent");
	CHECK(csv_err("a,label\nNaN,0\n", "not a number: 'NaN'"), "csv: NaN");
	CHECK(csv_err("a,label\ninfinity,0\n", "not a number"), "csv: infinity");
	CHECK(csv_err("a,label\n1,0.5\n", "label must be 0 or 1"), "csv: fractional label");
	CHECK(csv_err("a,label\n.,0\n", "not a number"), "csv: lone dot");
	CHECK(csv_err("9a,label\n1,0\n", "bad name '9a'"), "csv: name starting with a digit");
}

static void test_bin(void)
{
	struct dataset ds = { 0 }, back;
	char *buf = NULL;
	size_t len = 0, cut, crashes = 0, accepted = 0;
	FILE *f;
	struct rng r;
	uint32_t i, k;
	int same = 1;

	ds.nr_rows = 20;
	ds.nr_features = 3;
	strcpy(ds.names[0], "alpha");
	strcpy(ds.names[1], "b");
	strcpy(ds.names[2], "c_3");
	ds.x = xcalloc(60, sizeof(double));
	ds.y = xcalloc(20, 1);
	for (i = 0; i < 60; i++)
		ds.x[i] = (double)i * 37 - 1000;
	for (i = 0; i < 20; i++)
		ds.y[i] = i & 1;
	f = open_memstream(&buf, &len);
	ds_write_bin(&ds, DS_BIN_I32, f);
	fclose(f);
	CHECK(ds_parse_bin(&back, "t.bin", (uint8_t *)buf, len) == 0, "bin: round trip parses");
	for (i = 0; i < 60; i++)
		if (back.x[i] != ds.x[i])
			same = 0;
	for (i = 0; i < 20; i++)
		if (back.y[i] != ds.y[i])
			same = 0;
	CHECK(same && !strcmp(back.names[0], "alpha") && back.nr_rows == 20, "bin: round trip values");
	ds_free(&back);
	/* every truncation is refused */
	for (cut = 0; cut < len; cut++) {
		if (ds_parse_bin(&back, "t.bin", (uint8_t *)buf, cut) == 0) {
			ds_free(&back);
			accepted++;
		}
	}
	CHECK(accepted == 0, "bin: all %zu truncations refused", len);
	/* random byte mutations: no crash (ASan), parsed results stay sane */
	rng_seed(&r, 9);
	for (k = 0; k < 3000; k++) {
		uint8_t *m = xcalloc(len, 1);
		uint32_t flips = 1 + (uint32_t)rng_below(&r, 4);

		memcpy(m, buf, len);
		for (i = 0; i < flips; i++)
			m[rng_below(&r, len)] = (uint8_t)rng_next(&r);
		if (ds_parse_bin(&back, "t.bin", m, len) == 0) {
			for (i = 0; i < back.nr_rows; i++)
				if (back.y[i] > 1)
					crashes++;
			ds_free(&back);
		}
		free(m);
	}
	CHECK(crashes == 0, "bin: 3000 mutated files parsed or refused safely");
	free(buf);
	/* CSV mutations */
	{
		static const char base[] = "a,b,label\n1,2,0\n3,4.5,1\n-6,7e2,0\n";
		char m[sizeof(base)];

		for (k = 0; k < 5000; k++) {
			memcpy(m, base, sizeof(base));
			for (i = 0; i < 3; i++)
				m[rng_below(&r, sizeof(base) - 1)] = (char)(rng_next(&r) & 0x7f);
			if (ds_parse_csv(&back, "m.csv", m, sizeof(base) - 1) == 0)
				ds_free(&back);
		}
		CHECK(1, "csv: 5000 mutated files parsed or refused safely");
	}
	ds_free(&ds);
}

static void test_auc(void)
{
	double s[4] = { 1, 2, 3, 4 }, t[4] = { 1, 1, 1, 1 };
	uint8_t y[4] = { 0, 0, 1, 1 }, yr[4] = { 1, 1, 0, 0 };

	CHECK(auc(s, y, 4) == 1.0 && auc(s, yr, 4) == 0.0 && auc(t, y, 4) == 0.5,
	      "auc: perfect, reversed, all ties");
}

/* a small xor-like problem on integer features */
static void make_xor(uint32_t n, s32 *raw, uint8_t *y, uint64_t seed)
{
	struct rng r;
	uint32_t i;

	rng_seed(&r, seed);
	for (i = 0; i < n; i++) {
		raw[2 * i] = (s32)rng_below(&r, 2001) - 1000;
		raw[2 * i + 1] = (s32)rng_below(&r, 2001) - 1000;
		y[i] = (raw[2 * i] > 100) != (raw[2 * i + 1] < -50);
	}
}

/*
 * Write @q as a model package with emit_package() (what --blob writes) and
 * read it back the way the kernel does.  Returns the package (malloc'd,
 * so 8-byte aligned, exactly *@len bytes) or NULL if refused.
 */
static uint8_t *package_roundtrip(const struct qmodel *q, size_t *len,
				  struct learned_package *pk, struct learned_blob_model *bm)
{
	char *buf = NULL;
	const char *why;
	uint8_t *p;
	FILE *f;

	f = open_memstream(&buf, len);
	if (emit_package(f, q, 7, "test_hook", "learned", "unit model"))
		*len = 0;
	fclose(f);
	p = xcalloc(*len ? *len : 1, 1);
	memcpy(p, buf, *len);
	free(buf);
	if (learned_package_parse(p, *len, pk, &why) ||
	    learned_blob_parse(pk->blob, pk->blob_len, bm)) {
		free(p);
		return NULL;
	}
	return p;
}

static void test_models(void)
{
	const u32 n = 1200, d = 2;
	s32 *raw = xcalloc(n * d, sizeof(s32)), *zq = xcalloc(n * d, sizeof(s32));
	double *z = xcalloc(n * d, sizeof(double));
	uint8_t *y = xcalloc(n, 1);
	struct lr_params lp = { .l2 = 1e-4, .max_iter = 50 };
	struct gbt_params gp = { .n_trees = 20, .max_depth = 3, .learning_rate = 0.3,
				 .min_leaf = 5, .l2 = 1, .max_bins = 32 };
	struct mlp_params mp = { .n_hidden = 1, .hidden = { 12 }, .epochs = 40, .batch = 16,
				 .lr = 0.01, .l2 = 1e-4, .seed = 5 };
	struct lr_model lr;
	struct gbt_model gbt;
	struct mlp_model mlp;
	struct learned_norm norm[2];
	struct rng r;
	u32 i, k;
	int kind;

	make_xor(n, raw, y, 3);
	q_norm_fit(norm, raw, n, d, 0);
	CHECK(norm[0].lo >= -65536 - 100 && norm[0].hi <= 65536 + 100 && norm[0].lo < norm[0].hi,
	      "norm: range maps to about [-1, 1] (lo %d hi %d)", norm[0].lo, norm[0].hi);
	{
		s32 c[4] = { 5, 5, 5, 5 };
		struct learned_norm cn;

		q_norm_fit(&cn, c, 4, 1, 0);
		CHECK(cn.scale == 0 && learned_norm_apply(&cn, 123456) == 0,
		      "norm: constant feature contributes 0");
	}
	q_norm_apply(norm, raw, zq, n, d);
	for (i = 0; i < n * d; i++)
		z[i] = zq[i] / 65536.0;

	/* linear separable sub-problem: y = x0 > 100 */
	{
		uint8_t *yl = xcalloc(n, 1);
		u32 good = 0;

		for (i = 0; i < n; i++)
			yl[i] = raw[2 * i] > 100;
		lr_train(&lr, &lp, z, yl, n, d);
		for (i = 0; i < n; i++)
			good += (lr_logit(&lr, z + 2 * i) >= 0) == yl[i];
		CHECK(good >= n * 99 / 100, "logreg: separable data %u/%u", good, n);
		free(yl);
	}
	gbt_train(&gbt, &gp, zq, y, n, d);
	{
		u32 good = 0, ongrid = 1;

		for (i = 0; i < n; i++)
			good += (gbt_logit(&gbt, zq + 2 * i) >= 0) == y[i];
		CHECK(good >= n * 97 / 100, "gbt: xor %u/%u on train", good, n);
		for (i = 0; i < gbt.n_nodes; i++) {
			int found = 0;

			if (gbt.nodes[i].feature == 0xffff)
				continue;
			for (k = 0; k < n && !found; k++)
				found = zq[2 * k + gbt.nodes[i].feature] == gbt.nodes[i].thr;
			ongrid &= found;
		}
		CHECK(ongrid, "gbt: every threshold is a training value on the Q16.16 grid");
	}
	mlp_train(&mlp, &mp, z, y, n, d);
	{
		u32 good = 0;

		for (i = 0; i < n; i++)
			good += (mlp_logit(&mlp, z + 2 * i, NULL) >= 0) == y[i];
		CHECK(good >= n * 9 / 10, "mlp: xor %u/%u on train", good, n);
	}

	/* quantise each kind, write its blob, read it back, compare predictions */
	rng_seed(&r, 77);
	for (kind = 0; kind < 4; kind++) {
		static const char *kn[] = { "logreg", "gbt", "mlp16", "mlp8" };
		struct qmodel *q = xcalloc(1, sizeof(*q));
		struct learned_blob_model *bm = xcalloc(1, sizeof(*bm));
		struct learned_package pk;
		const char *why = NULL;
		uint8_t *pkg;
		size_t len = 0;
		u32 agree = 0, same = 0, trials = 3000;

		memcpy(q->norm, norm, sizeof(norm));
		if (kind == 0)
			q_linear(q, &lr, 1);
		else if (kind == 1)
			q_forest(q, &gbt, 1);
		else
			q_mlp(q, &mlp, kind == 2 ? 16 : 8, zq, n);
		CHECK(learned_model_validate(&q->model) == 0, "%s: library validates the descriptor", kn[kind]);
		for (i = 0; i < n; i++) {
			double lf = kind == 0 ? lr_logit(&lr, z + 2 * i) :
				    kind == 1 ? gbt_logit(&gbt, zq + 2 * i) : mlp_logit(&mlp, z + 2 * i, NULL);

			agree += (lf >= 0) == q_decide(q, q_predict(q, raw + 2 * i));
		}
		CHECK(agree >= n * 99 / 100, "%s: float vs quantised agreement %u/%u", kn[kind], agree, n);
		pkg = package_roundtrip(q, &len, &pk, bm);
		CHECK(pkg != NULL, "%s: package (%zu bytes) read back by learned_package_parse() and "
		      "learned_blob_parse()", kn[kind], len);
		if (!pkg) {
			free(bm);
			q_free(q);
			free(q);
			continue;
		}
		CHECK(!strcmp(pk.hook, "test_hook") && !strcmp(pk.policy, "learned") &&
		      !strcmp(pk.name, "unit model") && pk.feature_set == 7 &&
		      bm->model.kind == q->model.kind &&
		      learned_model_n_features(&bm->model) == learned_model_n_features(&q->model),
		      "%s: package header and model kind read back", kn[kind]);
		{
			/* the checksum: FNV-1a 64 with its own field read as zero */
			uint8_t *z = xcalloc(len, 1);

			memcpy(z, pkg, len);
			memset(z + 16, 0, 8);
			CHECK(fnv1a64(z, len) == pk.checksum,
			      "%s: package checksum is FNV-1a 64 of the package, field zeroed", kn[kind]);
			free(z);
		}
		for (i = 0; i < trials; i++) {
			s32 x[2];
			s32 o1[LEARNED_MAX_OUTPUTS], o2[LEARNED_MAX_OUTPUTS];

			for (k = 0; k < 2; k++) {
				u64 v = rng_next(&r);

				x[k] = (v & 3) == 0 ? (s32)(v >> 32) :	/* anything, extremes too */
				       (s32)((v >> 32) % 4001) - 2000;
			}
			learned_model_predict(&q->model, x, o1);
			learned_model_predict(&bm->model, x, o2);
			same += o1[0] == o2[0];
		}
		CHECK(same == trials, "%s: package model predicts bit-identically (%u/%u)", kn[kind],
		      same, trials);
		/* a flipped bit, in the header or in the blob, is refused */
		pkg[40] ^= 1;
		CHECK(learned_package_parse(pkg, len, &pk, &why) == -EINVAL &&
		      !strcmp(why, "checksum mismatch"),
		      "%s: a flipped bit in the policy name is refused (%s)", kn[kind], why);
		pkg[40] ^= 1;
		pkg[len - 3] ^= 0x10;
		CHECK(learned_package_parse(pkg, len, &pk, &why) == -EINVAL &&
		      !strcmp(why, "checksum mismatch"),
		      "%s: a flipped bit in the blob is refused (%s)", kn[kind], why);
		free(pkg);
		free(bm);
		q_free(q);
		free(q);
	}
	gbt_free(&gbt);
	mlp_free(&mlp);
	free(raw);
	free(zq);
	free(z);
	free(y);
}

int main(void)
{
	test_hash();
	test_math();
	test_rng();
	test_csv();
	test_bin();
	test_auc();
	test_models();
	printf("unit: %d passed, %d failed\n", passed, failed);
	return failed != 0;
}
