// SPDX-License-Identifier: GPL-2.0
/*
 * Fixed-point approximations for learned models: sigmoid, tanh, exp and
 * log2 in Q16.16, from the Q2.30 tables of fixed_lut.h with linear
 * interpolation.  Integer arithmetic only; safe in any context.
 */
#include <linux/bitops.h>
#include <linux/build_bug.h>
#include <linux/export.h>
#include <linux/kernel.h>
#include <linux/learned_infer.h>

#include "fixed_lut.h"

#define LUT_FRAC_BITS		30
/* Table entries are Q2.30, results Q16.16. */
#define LUT_TO_Q16		(LUT_FRAC_BITS - LEARNED_Q16_FRAC_BITS)
/* sigmoid(x) is 1 - 1.1e-7 at x = 16: rounds to 1.0 in Q16.16 */
#define SIG_LIMIT		(LEARNED_LUT_SIG_N << LEARNED_LUT_SIG_STEP_BITS)
/* round(log2(e) * 2^30) */
#define LOG2E_Q30		1549082005LL
/* exp2 argument after multiplying Q16.16 by Q2.30 */
#define EXP_T_FRAC_BITS		(LEARNED_Q16_FRAC_BITS + LUT_FRAC_BITS)
#define EXP2_IDX_BITS		8
#define LOG2_IDX_BITS		8
/* Mantissa of log2's argument, normalised to [1, 2) with this many bits */
#define LOG2_M_FRAC_BITS	(LOG2_IDX_BITS + LUT_FRAC_BITS)

static __always_inline void learned_fixed_build_checks(void)
{
	BUILD_BUG_ON(ARRAY_SIZE(learned_lut_sigmoid) != LEARNED_LUT_SIG_N + 1);
	BUILD_BUG_ON(ARRAY_SIZE(learned_lut_exp2) != (1 << EXP2_IDX_BITS) + 1);
	BUILD_BUG_ON(ARRAY_SIZE(learned_lut_log2) != (1 << LOG2_IDX_BITS) + 1);
	BUILD_BUG_ON(LEARNED_LUT_EXP2_N != 1 << EXP2_IDX_BITS);
	BUILD_BUG_ON(LEARNED_LUT_LOG2_N != 1 << LOG2_IDX_BITS);
	BUILD_BUG_ON((s64)SIG_LIMIT != 16LL << LEARNED_Q16_FRAC_BITS);
	BUILD_BUG_ON(LEARNED_LUT_SIG_STEP_BITS >= LEARNED_Q16_FRAC_BITS);
	/* |x| * LOG2E_Q30 must fit in a s64 for every s32 x */
	BUILD_BUG_ON(LOG2E_Q30 >= (1LL << 31));
	/* the log2 mantissa of a s32 must fit in a u64 */
	BUILD_BUG_ON(LOG2_M_FRAC_BITS + 1 > 63);
}

/* sigmoid(|x|) in Q2.30 for |x| < 16 (Q16.16) */
static inline u32 sigmoid_q30(u32 ax)
{
	u32 i = ax >> LEARNED_LUT_SIG_STEP_BITS;
	u32 f = ax & ((1U << LEARNED_LUT_SIG_STEP_BITS) - 1);
	u32 lo = learned_lut_sigmoid[i];
	u32 hi = learned_lut_sigmoid[i + 1];

	return lo + (u32)(((u64)(hi - lo) * f) >> LEARNED_LUT_SIG_STEP_BITS);
}

/**
 * learned_q16_sigmoid() - logistic function 1 / (1 + e^-x)
 * @x: Q16.16 argument
 *
 * Exact symmetry: sigmoid(-x) = 1.0 - sigmoid(x); sigmoid(0) = 0.5.
 * Maximum error over all s32 inputs: 0.69 ulp (ulp = 2^-16), measured
 * against libm by tools/learned (make -C tools/learned test, "approx").
 *
 * Context: Any context.
 * Return: sigmoid(@x) in Q16.16, between 0 and %LEARNED_Q16_ONE inclusive.
 */
s32 learned_q16_sigmoid(s32 x)
{
	u32 ax = x < 0 ? -(u32)x : (u32)x;
	s32 r;

	learned_fixed_build_checks();
	if (ax >= SIG_LIMIT)
		r = LEARNED_Q16_ONE;
	else
		r = (s32)learned_rshift_round(sigmoid_q30(ax), LUT_TO_Q16);
	return x < 0 ? LEARNED_Q16_ONE - r : r;
}
EXPORT_SYMBOL_GPL(learned_q16_sigmoid);

/**
 * learned_q16_tanh() - hyperbolic tangent, as 2 * sigmoid(2x) - 1
 * @x: Q16.16 argument
 *
 * Exact symmetry: tanh(-x) = -tanh(x).  Maximum error over all s32
 * inputs: 0.88 ulp (2^-16), measured against libm by tools/learned.
 *
 * Context: Any context.
 * Return: tanh(@x) in Q16.16, between -%LEARNED_Q16_ONE and
 * %LEARNED_Q16_ONE inclusive.
 */
s32 learned_q16_tanh(s32 x)
{
	u32 ax = x < 0 ? -(u32)x : (u32)x;
	s32 r;

	/* 2|x| >= 16 */
	if (ax >= SIG_LIMIT / 2)
		r = LEARNED_Q16_ONE;
	else
		r = (s32)learned_rshift_round(2 * (s64)sigmoid_q30(2 * ax) -
					      (1LL << LUT_FRAC_BITS),
					      LUT_TO_Q16);
	return x < 0 ? -r : r;
}
EXPORT_SYMBOL_GPL(learned_q16_tanh);

/**
 * learned_q16_exp() - natural exponential
 * @x: Q16.16 argument
 *
 * Computed as 2^(x * log2(e)) with a 257-entry table of 2^f.  Maximum
 * error, measured against libm by tools/learned: below 0.5 ulp (2^-16) plus
 * 2^-18 of the result (0.56 ulp for x <= 0; 2.8e-6 relative for results
 * above 4.0).  Results above S32_MAX
 * (x >= 10.3972) saturate to S32_MAX; results below 2^-17 are 0.
 *
 * Context: Any context.
 * Return: e^@x in Q16.16, saturated to [0, S32_MAX].
 */
s32 learned_q16_exp(s32 x)
{
	s64 t = (s64)x * LOG2E_Q30;
	s64 k = t >> EXP_T_FRAC_BITS;
	u64 fr = (u64)t & ((1ULL << EXP_T_FRAC_BITS) - 1);
	unsigned int fbits = EXP_T_FRAC_BITS - EXP2_IDX_BITS;
	u32 i = (u32)(fr >> fbits);
	u64 f = fr & ((1ULL << fbits) - 1);
	u64 m;

	/* 2^k * [1, 2) >= 2^15 does not fit Q16.16 in a s32 */
	if (k >= 15)
		return S32_MAX;
	/* 2^k * [1, 2) < 2^-17 rounds to 0 */
	if (k < -17)
		return 0;
	m = learned_lut_exp2[i] +
	    (((u64)(learned_lut_exp2[i + 1] - learned_lut_exp2[i]) * f) >>
	     fbits);
	/* m is 2^f in Q2.30; the result is m * 2^k in Q16.16 */
	return learned_sat_s32(learned_rshift_round((s64)m,
						    (unsigned int)(LUT_TO_Q16 - k)));
}
EXPORT_SYMBOL_GPL(learned_q16_exp);

/**
 * learned_q16_log2() - binary logarithm
 * @x: Q16.16 argument
 *
 * Integer part from the most significant bit, fraction from a 257-entry
 * table of log2(1 + f).  Maximum error over all positive s32 inputs:
 * 0.68 ulp (2^-16), measured against libm by tools/learned.
 *
 * Context: Any context.
 * Return: log2(@x) in Q16.16 (between -16.0 and 15.0), or S32_MIN
 * (standing for -infinity) when @x <= 0.
 */
s32 learned_q16_log2(s32 x)
{
	unsigned int msb, fbits = LUT_FRAC_BITS;
	u64 m;
	u32 i, lo, hi;
	u64 f;
	s64 y;

	if (x <= 0)
		return S32_MIN;
	msb = fls(x) - 1;
	/* mantissa in [1, 2) with LOG2_M_FRAC_BITS fractional bits */
	m = ((u64)x << (LOG2_M_FRAC_BITS - msb)) - (1ULL << LOG2_M_FRAC_BITS);
	i = (u32)(m >> fbits);
	f = m & ((1ULL << fbits) - 1);
	lo = learned_lut_log2[i];
	hi = learned_lut_log2[i + 1];
	y = lo + (s64)(((u64)(hi - lo) * f) >> fbits);
	return (s32)(((s64)msb - LEARNED_Q16_FRAC_BITS) * LEARNED_Q16_ONE +
		     learned_rshift_round(y, LUT_TO_Q16));
}
EXPORT_SYMBOL_GPL(learned_q16_log2);
