// SPDX-License-Identifier: GPL-2.0
/*
 * gen-tables - write learned/fixed_lut.h, the lookup tables behind
 * learned_q16_sigmoid/tanh/exp/log2 (learned/fixed.c).
 *
 * Usage: gen-tables > learned/fixed_lut.h
 *
 * Entries are rounded to Q2.30 with libm in double precision; every entry
 * is more than 1e-6 ulp away from a rounding tie (checked below), so any
 * correctly-rounding-to-a-few-ulp libm gives the same header.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#define GEN_TABLES_VERSION	"1"

/* Must match learned/fixed.c */
#define SIG_STEP_BITS	10	/* step 2^-6 in Q16.16 = 1 << 10 */
#define SIG_N		1024	/* covers [0, 16) */
#define EXP2_N		256
#define LOG2_N		256

static double q30(double v)
{
	double s = v * 1073741824.0;
	double r = floor(s + 0.5);
	double d = fabs(s - floor(s) - 0.5);

	if (d < 1e-6) {
		fprintf(stderr, "gen-tables: entry %.17g too close to a tie\n", v);
		exit(1);
	}
	return r;
}

static void table(const char *name, const char *doc, int n, double (*f)(int))
{
	int i;

	printf("/* %s */\n", doc);
	printf("static const u32 %s[%d] = {\n", name, n + 1);
	for (i = 0; i <= n; i++)
		printf("%s%.0f,%s", i % 6 ? " " : "\t", q30(f(i)),
		       i % 6 == 5 || i == n ? "\n" : "");
	printf("};\n\n");
}

static double sig(int i)
{
	return 1.0 / (1.0 + exp(-ldexp(i, -(16 - SIG_STEP_BITS))));
}

static double ex2(int i)
{
	return exp2((double)i / EXP2_N);
}

static double lg2(int i)
{
	return log2(1.0 + (double)i / LOG2_N);
}

int main(void)
{
	printf("/* generated - do not edit */\n");
	printf("/* SPDX-License-Identifier: GPL-2.0 */\n");
	printf("/*\n * Written by tools/learned/gen-tables (version %s): Q2.30 entries,\n"
	       " * round(f(x) * 2^30), for linear interpolation in learned/fixed.c.\n"
	       " * Regenerate with: make -C tools/learned tables\n */\n",
	       GEN_TABLES_VERSION);
	printf("#ifndef _LEARNED_FIXED_LUT_H\n#define _LEARNED_FIXED_LUT_H\n\n");
	printf("#define LEARNED_LUT_SIG_STEP_BITS\t%d\n", SIG_STEP_BITS);
	printf("#define LEARNED_LUT_SIG_N\t\t%d\n", SIG_N);
	printf("#define LEARNED_LUT_EXP2_N\t\t%d\n", EXP2_N);
	printf("#define LEARNED_LUT_LOG2_N\t\t%d\n\n", LOG2_N);
	table("learned_lut_sigmoid", "sigmoid(i / 64), i = 0..1024", SIG_N, sig);
	table("learned_lut_exp2", "2^(i / 256), i = 0..256", EXP2_N, ex2);
	table("learned_lut_log2", "log2(1 + i / 256), i = 0..256", LOG2_N, lg2);
	printf("#endif /* _LEARNED_FIXED_LUT_H */\n");
	return 0;
}
