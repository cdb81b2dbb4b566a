// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit benchmark of the learned inference library: median ns per
 * prediction of each model kind at realistic sizes, measured with
 * ktime_get_ns() over IB_BATCHES batches of IB_CALLS calls.  Under UML the
 * kernel code runs natively, so the figures are true in-kernel costs.
 * Prints one parseable row per model (the same table as the userspace
 * twin tools/learned/learned-bench); asserts correctness only.
 */
#include <kunit/test.h>
#include <linux/kernel.h>
#include <linux/ktime.h>
#include <linux/learned_infer.h>

#include "testing/infer_bench.h"

static void learned_infer_bench_test(struct kunit *test)
{
	u64 *ps = kunit_kcalloc(test, IB_BATCHES, sizeof(*ps), GFP_KERNEL);
	s32 out[LEARNED_MAX_OUTPUTS];
	s32 sink = 0;
	unsigned int c, b;

	KUNIT_ASSERT_NOT_NULL(test, ps);
	ib_build();
	kunit_info(test, "learned_infer_bench: kernel, median of %u batches of %u calls\n",
		   IB_BATCHES, IB_CALLS);
	kunit_info(test, "learned_infer_bench: " IB_HEADER "\n", "model",
		   "features", "median_ns", "checksum");
	for (c = 0; c < ARRAY_SIZE(ib_cases); c++) {
		const struct learned_model *m = &ib_cases[c].model;
		u64 med;

		KUNIT_ASSERT_EQ(test, learned_model_validate(m), 0);
		/* outputs bit-identical to the userspace build */
		KUNIT_EXPECT_EQ(test, learned_model_predict(m, ib_x[0], out),
				(int)learned_model_n_outputs(m));
		KUNIT_EXPECT_EQ_MSG(test, ib_checksum(m), ib_cases[c].checksum,
				    "%s: outputs differ from userspace",
				    ib_cases[c].name);
		sink += ib_run(m);	/* warm up */
		for (b = 0; b < IB_BATCHES; b++) {
			u64 t0 = ktime_get_ns();

			sink += ib_run(m);
			ps[b] = (ktime_get_ns() - t0) * 1000 / IB_CALLS;
			cond_resched();
		}
		med = ib_median(ps, IB_BATCHES);
		kunit_info(test, "learned_infer_bench: " IB_ROW "\n",
			   ib_cases[c].name, learned_model_n_features(m),
			   med / 1000, med % 1000, ib_checksum(m));
	}
	/* keeps the predictions observable */
	kunit_info(test, "learned_infer_bench: done (sink %d)\n", sink);
}

static struct kunit_case learned_infer_bench_cases[] = {
	KUNIT_CASE(learned_infer_bench_test),
	{}
};

static struct kunit_suite learned_infer_bench_suite = {
	.name = "learned_infer_bench",
	.test_cases = learned_infer_bench_cases,
};

kunit_test_suite(learned_infer_bench_suite);

MODULE_DESCRIPTION("KUnit benchmark of the learned inference library");
MODULE_LICENSE("GPL");
