// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit tests for the learned file readahead hook: the trend policy's
 * window on contiguous, strided and random request histories, and the
 * revert to stock on a window out of range.
 */
#include <kunit/test.h>
#include <linux/learned_filera.h>
#include <linux/learned_policy.h>

struct filera_case {
	const char *desc;
	const char *policy;
	s32 gaps[LEARNED_SWAPRA_HIST];
	unsigned int n;
	unsigned long size, min_size;
	long want;
};

static const struct filera_case filera_cases[] = {
	{ "stock keeps the window", "stock", { 5, 9, 3 }, 3, 32, 1, 32 },
	{ "trend: no history keeps the window", "trend", { }, 0, 16, 4, 16 },
	{ "trend: contiguous reads keep the window", "trend",
	  { 0, 0, 1, 0, 7 }, 5, 64, 1, 64 },
	{ "trend: strided reads get the request only", "trend",
	  { 3, 3, 3, 3 }, 4, 16, 1, 1 },
	{ "trend: random reads get the request only", "trend",
	  { 812, -33, 5, 1201, 0 }, 5, 8, 2, 2 },
	{ "trend: an async window on a strided file is skipped", "trend",
	  { 2, 2, 2 }, 3, 32, 0, 0 },
	{ "trend: half contiguous is not a majority", "trend",
	  { 0, 4, 0, 4 }, 4, 32, 1, 1 },
};

static void filera_case_desc(const struct filera_case *c, char *desc)
{
	strscpy(desc, c->desc, KUNIT_PARAM_DESC_SIZE);
}

KUNIT_ARRAY_PARAM(filera, filera_cases, filera_case_desc);

static void learned_filera_policy_test(struct kunit *test)
{
	const struct filera_case *c = test->param_value;
	struct learned_swapra_hist h;
	struct learned_filera_req req = {
		.hist = &h, .index = 100, .req_size = 1, .start = 100,
		.size = c->size, .async_size = c->size, .min_size = c->min_size,
	};
	unsigned int i;
	long got;

	learned_swapra_hist_reset(&h);
	for (i = 0; i < c->n; i++)
		learned_swapra_hist_push(&h, c->gaps[i], 1, 0);
	KUNIT_ASSERT_EQ(test, learned_policy_select(&learned_filera_hook,
						    c->policy), 0);
	rcu_read_lock();
	got = learned_filera_decide(&req);
	rcu_read_unlock();
	KUNIT_EXPECT_EQ(test, got, c->want);
	KUNIT_EXPECT_EQ(test, learned_policy_select(&learned_filera_hook,
						    "stock"), 0);
}

static long filera_bad_size(const struct learned_filera_req *req)
{
	return req->min_size ? req->min_size - 1 : req->size + 1;
}

static const struct learned_filera_ops filera_bad_ops = {
	.size = filera_bad_size,
};

static struct learned_policy filera_bad = {
	.name = "kunit_bad",
	.ops = &filera_bad_ops,
};

static void learned_filera_fault_test(struct kunit *test)
{
	struct learned_swapra_hist h;
	struct learned_filera_req req = {
		.hist = &h, .index = 10, .req_size = 4, .start = 10,
		.size = 16, .async_size = 12, .min_size = 4,
	};
	int faults = atomic_read(&learned_filera_hook.faults);
	long got;

	learned_swapra_hist_reset(&h);
	KUNIT_ASSERT_EQ(test, learned_policy_register(&learned_filera_hook,
						      &filera_bad), 0);
	KUNIT_ASSERT_EQ(test, learned_policy_select(&learned_filera_hook,
						    "kunit_bad"), 0);
	rcu_read_lock();
	got = learned_filera_decide(&req);
	rcu_read_unlock();
	KUNIT_EXPECT_EQ(test, got, 16L);	/* stock's window */
	flush_work(&learned_filera_hook.revert_work);
	KUNIT_EXPECT_FALSE(test, learned_hook_enabled(&learned_filera_hook));
	KUNIT_EXPECT_EQ(test, atomic_read(&learned_filera_hook.faults),
			faults + 1);
	KUNIT_EXPECT_NOT_NULL(test, strstr(learned_filera_hook.last_fault,
					   "size"));
	learned_policy_unregister(&learned_filera_hook, &filera_bad);
}

static struct kunit_case learned_filera_test_cases[] = {
	KUNIT_CASE_PARAM(learned_filera_policy_test, filera_gen_params),
	KUNIT_CASE(learned_filera_fault_test),
	{}
};

static struct kunit_suite learned_filera_test_suite = {
	.name = "learned_filera",
	.test_cases = learned_filera_test_cases,
};

kunit_test_suite(learned_filera_test_suite);

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("KUnit tests for the learned file readahead hook");
