// SPDX-License-Identifier: GPL-2.0
/*
 * Userspace tests of the learned inference library (learned/ sources built
 * through the shims in tools/include): fixed-point ops, approximation
 * errors, validation refusals, a seeded descriptor fuzzer, the golden
 * vectors, serialised models and model packages.  Built with ASan and
 * UBSan; any report aborts the run.
 *
 * Usage: learned-test [-i FUZZ_ITERATIONS] [-s SEED]
 * Last line: "N passed, M failed".
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <linux/compiler.h>
#include <linux/kernel.h>
#include <linux/errno.h>

#include "random-models.h"
#include "golden_vectors.h"

int shim_printk_quiet;

static unsigned int passed, failed;

#define CHECK(cond, fmt, ...)						\
	do {								\
		if (cond) {						\
			passed++;					\
		} else {						\
			failed++;					\
			fprintf(stderr, "FAIL %s:%d: " fmt "\n",	\
				__func__, __LINE__, ##__VA_ARGS__);	\
		}							\
	} while (0)

/* ---- reference implementations in wide integers ---- */

static s32 ref_sat(__int128 v)
{
	return v > S32_MAX ? S32_MAX : v < S32_MIN ? S32_MIN : (s32)v;
}

/* round(v / 2^n), ties towards +inf, by floor division */
static __int128 ref_round_shift(__int128 v, unsigned int n)
{
	__int128 d = (__int128)1 << n, q;

	if (!n)
		return v;
	v += d / 2;
	q = v / d;
	if (v % d && v < 0)
		q--;
	return q;
}

static void test_ops(void)
{
	static const struct { s64 v; unsigned int n; s64 want; } rs[] = {
		{ 3, 1, 2 }, { -3, 1, -1 }, { 5, 1, 3 }, { -5, 1, -2 },
		{ 1, 1, 1 }, { -1, 1, 0 }, { 2, 2, 1 }, { -2, 2, 0 },
		{ -6, 2, -1 }, { 7, 0, 7 }, { S64_MAX, 1, 1LL << 62 },
		{ S64_MIN, 1, -(1LL << 62) }, { S64_MAX, 62, 2 },
		{ S64_MIN, 62, -2 }, { 0x18000, 16, 2 }, { -0x18000, 16, -1 },
	};
	static const struct { s32 a, b, add, sub, mul; } ab[] = {
		{ S32_MAX, 1, S32_MAX, S32_MAX - 1, 32768 },
		{ S32_MIN, -1, S32_MIN, S32_MIN + 1, 32768 },
		{ S32_MIN, 1, S32_MIN + 1, S32_MIN, -32768 },
		{ S32_MAX, S32_MAX, S32_MAX, 0, S32_MAX },
		{ S32_MIN, S32_MIN, S32_MIN, 0, S32_MAX },
		{ S32_MIN, S32_MAX, -1, S32_MIN, S32_MIN },
		{ LEARNED_Q16(-3), LEARNED_Q16(2), LEARNED_Q16(-1),
		  LEARNED_Q16(-5), LEARNED_Q16(-6) },
		{ LEARNED_Q16(1) / 2, LEARNED_Q16(-1) / 2, 0, LEARNED_Q16(1),
		  LEARNED_Q16(-1) / 4 },
		{ 1, 1, 2, 0, 0 },	/* 2^-32 rounds to 0 */
		{ 256, 128, 384, 128, 1 },	/* 0.5 ulp rounds up */
		{ -256, 128, -128, -384, 0 },	/* -0.5 ulp rounds up to 0 */
		{ -256, 384, 128, -640, -1 },	/* -1.5 ulp rounds to -1 */
	};
	struct rng r = { 42 };
	unsigned int i, bad = 0;

	for (i = 0; i < sizeof(rs) / sizeof(rs[0]); i++)
		CHECK(learned_rshift_round(rs[i].v, rs[i].n) == rs[i].want,
		      "rshift_round(%lld, %u) = %lld, want %lld",
		      (long long)rs[i].v, rs[i].n,
		      (long long)learned_rshift_round(rs[i].v, rs[i].n),
		      (long long)rs[i].want);
	for (i = 0; i < sizeof(ab) / sizeof(ab[0]); i++) {
		CHECK(learned_q16_add_sat(ab[i].a, ab[i].b) == ab[i].add,
		      "add_sat(%d, %d)", ab[i].a, ab[i].b);
		CHECK(learned_q16_sub_sat(ab[i].a, ab[i].b) == ab[i].sub,
		      "sub_sat(%d, %d)", ab[i].a, ab[i].b);
		CHECK(learned_q16_mul_sat(ab[i].a, ab[i].b) == ab[i].mul,
		      "mul_sat(%d, %d) = %d, want %d", ab[i].a, ab[i].b,
		      learned_q16_mul_sat(ab[i].a, ab[i].b), ab[i].mul);
	}
	CHECK(learned_sat_s16(40000) == S16_MAX && learned_sat_s16(-40000) ==
	      S16_MIN && learned_sat_s16(-5) == -5, "sat_s16");
	CHECK(learned_q16_from_int(32767) == 32767 * 65536 &&
	      learned_q16_from_int(32768) == S32_MAX &&
	      learned_q16_from_int(-32768) == S32_MIN &&
	      learned_q16_from_int(-40000) == S32_MIN, "from_int");
	CHECK(learned_q16_to_int(LEARNED_Q16(5) / 2) == 3 &&
	      learned_q16_to_int(LEARNED_Q16(-5) / 2) == -2 &&
	      learned_q16_to_int(S32_MIN) == -32768 &&
	      learned_q16_to_int(S32_MAX) == 32768, "to_int");
	CHECK(LEARNED_Q16_RATIO(1, 3) == 21845 && LEARNED_Q16(-2) == -131072,
	      "constant macros");

	/* random operands against the wide reference */
	for (i = 0; i < 1000000; i++) {
		s32 a = (s32)rng_next(&r), b = (s32)rng_next(&r);
		s64 v = (s64)rng_next(&r);
		unsigned int n = rng_below(&r, 63);

		if (i & 1) {
			a >>= rng_below(&r, 31);
			b >>= rng_below(&r, 31);
		}
		if (learned_q16_add_sat(a, b) != ref_sat((__int128)a + b) ||
		    learned_q16_sub_sat(a, b) != ref_sat((__int128)a - b) ||
		    learned_q16_mul_sat(a, b) !=
		    ref_sat(ref_round_shift((__int128)a * b, 16)) ||
		    learned_rshift_round(v, n) != ref_round_shift(v, n))
			bad++;
	}
	CHECK(!bad, "%u random op mismatches against the reference", bad);

	/* normalisation: extremes of offset/scale never overflow */
	bad = 0;
	for (i = 0; i < 1000000; i++) {
		struct learned_norm q = {
			(s32)rng_next(&r), (s32)rng_next(&r), 0, 0
		};
		s32 x = (s32)rng_next(&r), got;
		__int128 want;

		if (i % 7 == 0)
			q.scale = i & 8 ? S32_MIN : S32_MAX;
		if (i % 5 == 0)
			x = i & 16 ? S32_MIN : S32_MAX;
		q.lo = (s32)rng_next(&r);
		q.hi = (s32)rng_next(&r);
		if (q.lo > q.hi) {
			s32 t = q.lo;

			q.lo = q.hi;
			q.hi = t;
		}
		if (i % 3 == 0) {
			q.lo = S32_MIN;
			q.hi = S32_MAX;
		}
		got = learned_norm_apply(&q, x);
		want = ref_sat(ref_round_shift(((__int128)x - q.offset) *
					       q.scale, 16));
		want = want < q.lo ? q.lo : want > q.hi ? q.hi : want;
		if (got != want)
			bad++;
	}
	CHECK(!bad, "%u normalisation mismatches", bad);
	CHECK(learned_norm_apply(NULL, -7) == -7, "NULL normalisation");
}

/* ---- approximation errors ---- */

static double ulp_err(s32 got, double want)
{
	return fabs((double)got - want * 65536.0);
}

static void sweep(s32 lo, s32 hi, s32 step, s32 (*f)(s32),
		  double (*ref)(double), double *max_ulp, double *max_rel,
		  double rel_floor, int *mono)
{
	s64 x;
	s32 prev = 0;
	bool first = true;

	for (x = lo; x <= hi; x += step) {
		s32 got = f((s32)x);
		double want = ref((double)x / 65536.0);
		double e = ulp_err(got, want);
		double w = want * 65536.0;

		if (w > S32_MAX)
			e = fabs((double)got - S32_MAX);
		if (e > *max_ulp)
			*max_ulp = e;
		if (max_rel && w > rel_floor && e / w > *max_rel)
			*max_rel = e / w;
		if (!first && got < prev)
			*mono = 0;
		prev = got;
		first = false;
	}
}

static double sigmoid_ref(double x)
{
	return 1.0 / (1.0 + exp(-x));
}

static double log2_ref(double x)
{
	return log2(x);
}

static void test_approx(void)
{
	double su = 0, tu = 0, eu = 0, er = 0, lu = 0, eu_small = 0;
	int mono = 1;
	s64 x;
	bool sym = true;
	bool exp_bound_ok = true;

	/* dense near zero, coarse over the whole range */
	sweep(LEARNED_Q16(-20), LEARNED_Q16(20), 1, learned_q16_sigmoid,
	      sigmoid_ref, &su, NULL, 0, &mono);
	sweep(S32_MIN, S32_MAX - 4095, 4096, learned_q16_sigmoid,
	      sigmoid_ref, &su, NULL, 0, &mono);
	CHECK(mono, "sigmoid monotonic");
	mono = 1;
	sweep(LEARNED_Q16(-12), LEARNED_Q16(12), 1, learned_q16_tanh, tanh,
	      &tu, NULL, 0, &mono);
	sweep(S32_MIN, S32_MAX - 4095, 4096, learned_q16_tanh, tanh, &tu,
	      NULL, 0, &mono);
	CHECK(mono, "tanh monotonic");
	mono = 1;
	sweep(LEARNED_Q16(-20), 0, 1, learned_q16_exp, exp, &eu_small, NULL,
	      0, &mono);
	sweep(0, LEARNED_Q16(11), 1, learned_q16_exp, exp, &eu, &er, 1 << 18,
	      &mono);
	sweep(S32_MIN, S32_MAX - 4095, 4096, learned_q16_exp, exp, &eu, &er,
	      1 << 18, &mono);
	CHECK(mono, "exp monotonic");
	for (x = 0; x <= LEARNED_Q16(11); x++) {
		double w = exp((double)x / 65536.0) * 65536.0;
		double e = fabs((double)learned_q16_exp((s32)x) -
				(w > S32_MAX ? S32_MAX : w));

		if (e > 0.5 + w / (1 << 18))
			exp_bound_ok = false;
	}
	CHECK(exp_bound_ok, "exp error above 0.5 ulp + 2^-18 relative");
	mono = 1;
	sweep(1, 1 << 22, 1, learned_q16_log2, log2_ref, &lu, NULL, 0, &mono);
	sweep(1 << 22, S32_MAX - 255, 256, learned_q16_log2, log2_ref, &lu,
	      NULL, 0, &mono);
	CHECK(mono, "log2 monotonic");

	for (x = S32_MIN + 1; x <= S32_MAX; x += 997)
		if (learned_q16_sigmoid((s32)-x) !=
		    LEARNED_Q16_ONE - learned_q16_sigmoid((s32)x) ||
		    learned_q16_tanh((s32)-x) != -learned_q16_tanh((s32)x))
			sym = false;
	CHECK(sym, "sigmoid/tanh symmetry");
	CHECK(learned_q16_sigmoid(0) == LEARNED_Q16_ONE / 2 &&
	      learned_q16_sigmoid(S32_MIN) == 0 &&
	      learned_q16_sigmoid(S32_MAX) == LEARNED_Q16_ONE, "sigmoid ends");
	CHECK(learned_q16_tanh(0) == 0 && learned_q16_tanh(S32_MIN) ==
	      -LEARNED_Q16_ONE && learned_q16_tanh(S32_MAX) ==
	      LEARNED_Q16_ONE, "tanh ends");
	CHECK(learned_q16_exp(0) == LEARNED_Q16_ONE &&
	      learned_q16_exp(S32_MAX) == S32_MAX &&
	      learned_q16_exp(S32_MIN) == 0, "exp ends");
	CHECK(learned_q16_log2(LEARNED_Q16_ONE) == 0 &&
	      learned_q16_log2(LEARNED_Q16(2)) == LEARNED_Q16_ONE &&
	      learned_q16_log2(1) == LEARNED_Q16(-16) &&
	      learned_q16_log2(0) == S32_MIN &&
	      learned_q16_log2(-5) == S32_MIN, "log2 exact points");

	printf("approx: max error sigmoid %.3f ulp, tanh %.3f ulp, exp %.3f ulp "
	       "(x <= 0) / %.3f ulp abs and %.2e relative (x > 0), log2 %.3f ulp\n",
	       su, tu, eu_small, eu, er, lu);
	/* the bounds documented in learned/fixed.c */
	CHECK(su <= 1.0, "sigmoid error %.3f ulp > 1", su);
	CHECK(tu <= 1.0, "tanh error %.3f ulp > 1", tu);
	CHECK(eu_small <= 1.0, "exp error %.3f ulp > 1 for x <= 0", eu_small);
	CHECK(lu <= 1.0, "log2 error %.3f ulp > 1", lu);
}

#include "test_validate.inc"
#include "test_blob.inc"
#include "test_package.inc"

int main(int argc, char **argv)
{
	unsigned long long seed = 1;
	long iters = 100000;
	bool verbose = false;
	int opt;

	while ((opt = getopt(argc, argv, "i:s:v")) != -1) {
		switch (opt) {
		case 'i':
			iters = atol(optarg);
			if (iters < 0) {
				fprintf(stderr, "learned-test: bad -i\n");
				return 2;
			}
			break;
		case 's':
			seed = strtoull(optarg, NULL, 0);
			break;
		case 'v':
			verbose = true;
			break;
		default:
			fprintf(stderr, "usage: learned-test [-i ITERS] [-s SEED] [-v]\n");
			return 2;
		}
	}
	/* refusal reasons go to stderr; -v shows them */
	shim_printk_quiet = !verbose;
	test_ops();
	test_approx();
	test_validate_linear();
	test_validate_tree();
	test_validate_forest();
	test_validate_mlp();
	test_validate_model();
	test_fuzz(seed, iters);
	test_golden();
	test_blob();
	test_blob_fuzz(seed, iters / 5);
	test_package(seed, iters / 5);
	printf("%u passed, %u failed\n", passed, failed);
	return failed ? 1 : 0;
}
