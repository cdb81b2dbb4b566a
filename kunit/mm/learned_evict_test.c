// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit tests for the learned eviction hook: each policy's refault
 * decision on a table of cases, the fallback to stock, and the revert to
 * stock when a policy answers out of range.
 */
#include <kunit/test.h>
#include <linux/learned_evict.h>
#include <linux/learned_policy.h>

struct evict_case {
	const char *desc;
	const char *policy;
	struct learned_evict_refault r;
	bool activate;
};

static const struct evict_case evict_cases[] = {
	{ "stock: short distance activates", "stock",
	  { .distance = 10, .workingset = 100, .active_file = 100,
	    .inactive_file = 100, .file = true }, true },
	{ "stock: distance equal to workingset activates", "stock",
	  { .distance = 100, .workingset = 100, .active_file = 100,
	    .inactive_file = 100, .file = true }, true },
	{ "stock: long distance stays inactive", "stock",
	  { .distance = 150, .workingset = 100, .active_file = 100,
	    .inactive_file = 100, .file = true }, false },
	{ "eager: within active+inactive activates", "eager",
	  { .distance = 150, .workingset = 100, .active_file = 100,
	    .inactive_file = 100, .file = true }, true },
	{ "eager: beyond active+inactive stays inactive", "eager",
	  { .distance = 201, .workingset = 100, .active_file = 100,
	    .inactive_file = 100, .file = true }, false },
	{ "eager: anon refault is decided as stock", "eager",
	  { .distance = 150, .workingset = 100, .active_file = 100,
	    .inactive_file = 100, .file = false }, false },
	{ "eager: empty lists, zero distance", "eager",
	  { .distance = 0, .workingset = 0, .file = true }, true },
	{ "eager: no overflow near ULONG_MAX", "eager",
	  { .distance = ULONG_MAX, .workingset = 0,
	    .active_file = ULONG_MAX / 2, .inactive_file = ULONG_MAX / 2,
	    .file = true }, false },
};

static void evict_case_desc(const struct evict_case *c, char *desc)
{
	strscpy(desc, c->desc, KUNIT_PARAM_DESC_SIZE);
}

KUNIT_ARRAY_PARAM(evict, evict_cases, evict_case_desc);

static void learned_evict_policy_test(struct kunit *test)
{
	const struct evict_case *c = test->param_value;
	bool got;

	KUNIT_ASSERT_EQ(test, learned_policy_select(&learned_evict_hook,
						    c->policy), 0);
	rcu_read_lock();
	got = learned_evict_decide_refault(&c->r);
	rcu_read_unlock();
	KUNIT_EXPECT_EQ(test, got, c->activate);
	KUNIT_EXPECT_EQ(test, learned_policy_select(&learned_evict_hook,
						    "stock"), 0);
}

static int evict_bad_refault(const struct learned_evict_refault *r)
{
	return 7;
}

static const struct learned_evict_ops evict_bad_ops = {
	.refault = evict_bad_refault,
};

static struct learned_policy evict_bad = {
	.name = "kunit_bad",
	.ops = &evict_bad_ops,
};

static const struct learned_evict_ops evict_empty_ops = {};

static struct learned_policy evict_empty = {
	.name = "kunit_empty",
	.ops = &evict_empty_ops,
};

/* A policy answering out of range is reverted; stock answers meanwhile. */
static void learned_evict_fault_test(struct kunit *test)
{
	struct learned_evict_refault r = {
		.distance = 150, .workingset = 100, .file = true,
	};
	int faults = atomic_read(&learned_evict_hook.faults);
	bool got;

	KUNIT_EXPECT_EQ(test, learned_policy_register(&learned_evict_hook,
						      &evict_empty), -EINVAL);
	KUNIT_ASSERT_EQ(test, learned_policy_register(&learned_evict_hook,
						      &evict_bad), 0);
	KUNIT_ASSERT_EQ(test, learned_policy_select(&learned_evict_hook,
						    "kunit_bad"), 0);
	rcu_read_lock();
	got = learned_evict_decide_refault(&r);
	rcu_read_unlock();
	KUNIT_EXPECT_FALSE(test, got);	/* stock's answer */
	learned_hook_flush(&learned_evict_hook);
	KUNIT_EXPECT_FALSE(test, learned_hook_enabled(&learned_evict_hook));
	KUNIT_EXPECT_EQ(test, atomic_read(&learned_evict_hook.faults),
			faults + 1);
	KUNIT_EXPECT_NOT_NULL(test, strstr(learned_evict_hook.last_fault,
					   "refault"));
	learned_policy_unregister(&learned_evict_hook, &evict_bad);
}

static struct kunit_case learned_evict_test_cases[] = {
	KUNIT_CASE_PARAM(learned_evict_policy_test, evict_gen_params),
	KUNIT_CASE(learned_evict_fault_test),
	{}
};

static struct kunit_suite learned_evict_test_suite = {
	.name = "learned_evict",
	.test_cases = learned_evict_test_cases,
};

kunit_test_suite(learned_evict_test_suite);

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("KUnit tests for the learned eviction hook");
