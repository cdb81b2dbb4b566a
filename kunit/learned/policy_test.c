// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit tests for the learned policy registry and its sysfs files.
 *
 * Each test sets up a private hook "kunit_hook" under /sys/kernel/learned/
 * and drives it through the same functions and sysfs callbacks that user
 * space reaches, and its decisions through LEARNED_CALL().
 */
#include <kunit/test.h>
#include <linux/kernfs.h>
#include <linux/learned_policy.h>
#include <linux/sysfs.h>

static DEFINE_STATIC_KEY_FALSE(kunit_hook_key);

struct kunit_hook_ops {
	int (*decide)(int stock);
};

static int kunit_hook_invert(int stock)
{
	return !stock;
}

static const struct kunit_hook_ops kunit_invert_ops = {
	.decide = kunit_hook_invert,
};

static const struct kunit_hook_ops kunit_empty_ops = {};

static int kunit_hook_validate(const struct learned_policy *policy)
{
	const struct kunit_hook_ops *ops = policy->ops;

	return ops->decide ? 0 : -EINVAL;
}

static int kunit_attach_calls, kunit_detach_calls, kunit_attach_err;

static int kunit_attach(struct learned_hook *hook)
{
	kunit_attach_calls++;
	return kunit_attach_err;
}

static void kunit_detach(struct learned_hook *hook)
{
	kunit_detach_calls++;
}

static struct learned_hook kunit_hook;
static struct learned_policy kunit_invert, kunit_invert_dup, kunit_badname,
	kunit_noops, kunit_emptyops;

static int learned_policy_test_init(struct kunit *test)
{
	memset(&kunit_hook, 0, sizeof(kunit_hook));
	kunit_hook.name = "kunit_hook";
	kunit_hook.key = &kunit_hook_key;
	kunit_hook.validate = kunit_hook_validate;
	kunit_invert = (struct learned_policy) {
		.name = "invert", .ops = &kunit_invert_ops,
		.model = "kunit-invert v1", .attach = kunit_attach,
		.detach = kunit_detach,
	};
	kunit_invert_dup = (struct learned_policy) {
		.name = "invert", .ops = &kunit_invert_ops,
	};
	kunit_badname = (struct learned_policy) {
		.name = "Bad Name", .ops = &kunit_invert_ops,
	};
	kunit_noops = (struct learned_policy) { .name = "noops" };
	kunit_emptyops = (struct learned_policy) {
		.name = "emptyops", .ops = &kunit_empty_ops,
	};
	kunit_attach_calls = 0;
	kunit_detach_calls = 0;
	kunit_attach_err = 0;
	return learned_hook_register(&kunit_hook);
}

static void learned_policy_test_exit(struct kunit *test)
{
	struct learned_policy *p, *n;

	list_for_each_entry_safe(p, n, &kunit_hook.policies, list)
		if (p != &kunit_hook.stock)
			learned_policy_unregister(&kunit_hook, p);
	learned_hook_unregister(&kunit_hook);
}

/* The kobj_attribute behind /sys/kernel/learned/kunit_hook/<name>. */
static struct kobj_attribute *hook_attr(struct kunit *test, const char *name)
{
	struct kernfs_node *kn;
	struct kobj_attribute *attr;

	kn = sysfs_get_dirent(kunit_hook.kobj.sd, name);
	KUNIT_ASSERT_NOT_NULL(test, kn);
	attr = container_of(kn->priv, struct kobj_attribute, attr);
	kernfs_put(kn);
	return attr;
}

static char *hook_read(struct kunit *test, const char *name)
{
	struct kobj_attribute *attr = hook_attr(test, name);
	char *buf = kunit_kzalloc(test, PAGE_SIZE, GFP_KERNEL);

	KUNIT_ASSERT_NOT_NULL(test, buf);
	KUNIT_ASSERT_GT(test, attr->show(&kunit_hook.kobj, attr, buf), 0);
	return buf;
}

static ssize_t hook_write(struct kunit *test, const char *name,
			  const char *val, size_t len)
{
	struct kobj_attribute *attr = hook_attr(test, name);

	KUNIT_ASSERT_NOT_NULL(test, attr->store);
	return attr->store(&kunit_hook.kobj, attr, val, len);
}

static void learned_policy_register_test(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, learned_policy_register(&kunit_hook, &kunit_invert), 0);
	KUNIT_EXPECT_EQ(test, learned_policy_register(&kunit_hook, &kunit_invert_dup),
			-EEXIST);
	KUNIT_EXPECT_EQ(test, learned_policy_register(&kunit_hook, &kunit_badname),
			-EINVAL);
	KUNIT_EXPECT_EQ(test, learned_policy_register(&kunit_hook, &kunit_noops),
			-EINVAL);
	KUNIT_EXPECT_EQ(test, learned_policy_register(&kunit_hook, &kunit_emptyops),
			-EINVAL);
	KUNIT_EXPECT_STREQ(test, hook_read(test, "available_policies"),
			   "stock invert\n");
	KUNIT_EXPECT_STREQ(test, hook_read(test, "policy"), "[stock] invert\n");
}

static void learned_policy_select_test(struct kunit *test)
{
	KUNIT_ASSERT_EQ(test, learned_policy_register(&kunit_hook, &kunit_invert), 0);
	KUNIT_EXPECT_FALSE(test, learned_hook_enabled(&kunit_hook));

	KUNIT_EXPECT_EQ(test, hook_write(test, "policy", "invert\n", 7), 7);
	KUNIT_EXPECT_TRUE(test, learned_hook_enabled(&kunit_hook));
	KUNIT_EXPECT_STREQ(test, hook_read(test, "policy"), "stock [invert]\n");
	KUNIT_EXPECT_STREQ(test, hook_read(test, "model"), "kunit-invert v1\n");
	KUNIT_EXPECT_EQ(test, kunit_attach_calls, 1);
	rcu_read_lock();
	KUNIT_EXPECT_PTR_EQ(test, learned_hook_ops(&kunit_hook),
			    (const void *)&kunit_invert_ops);
	rcu_read_unlock();

	KUNIT_EXPECT_EQ(test, hook_write(test, "policy", "stock", 5), 5);
	KUNIT_EXPECT_FALSE(test, learned_hook_enabled(&kunit_hook));
	KUNIT_EXPECT_EQ(test, kunit_detach_calls, 1);
	rcu_read_lock();
	KUNIT_EXPECT_NULL(test, learned_hook_ops(&kunit_hook));
	rcu_read_unlock();
}

/* Malformed writes are refused and change nothing. */
static void learned_policy_bad_input_test(struct kunit *test)
{
	static const char * const bad[] = {
		"", "\n", "nosuch", "invert extra", "INVERT", "stock\n\n",
		"0123456789abcdefghij", "\xff\xfe", "invert\x01",
	};
	int i;

	KUNIT_ASSERT_EQ(test, learned_policy_register(&kunit_hook, &kunit_invert), 0);
	KUNIT_ASSERT_EQ(test, learned_policy_select(&kunit_hook, "invert"), 0);
	for (i = 0; i < ARRAY_SIZE(bad); i++) {
		KUNIT_EXPECT_EQ_MSG(test, hook_write(test, "policy", bad[i],
						     strlen(bad[i])),
				    (ssize_t)-EINVAL, "input #%d", i);
		KUNIT_EXPECT_STREQ(test, hook_read(test, "policy"),
				   "stock [invert]\n");
	}
	KUNIT_EXPECT_EQ(test, hook_write(test, "decisions", "1", 1),
			(ssize_t)-EINVAL);
	KUNIT_EXPECT_EQ(test, hook_write(test, "decisions", "x", 1),
			(ssize_t)-EINVAL);
	/* A refused attach leaves the active policy alone. */
	KUNIT_ASSERT_EQ(test, learned_policy_select(&kunit_hook, "stock"), 0);
	kunit_attach_err = -EBUSY;
	KUNIT_EXPECT_EQ(test, hook_write(test, "policy", "invert", 6),
			(ssize_t)-EBUSY);
	KUNIT_EXPECT_STREQ(test, hook_read(test, "policy"), "[stock] invert\n");
}

static void learned_policy_counters_test(struct kunit *test)
{
	learned_hook_count(&kunit_hook, false);
	learned_hook_count(&kunit_hook, true);
	learned_hook_count(&kunit_hook, true);
	learned_hook_fallback(&kunit_hook);
	KUNIT_EXPECT_STREQ(test, hook_read(test, "decisions"), "3\n");
	KUNIT_EXPECT_STREQ(test, hook_read(test, "overrides"), "2\n");
	KUNIT_EXPECT_STREQ(test, hook_read(test, "fallbacks"), "1\n");
	KUNIT_EXPECT_EQ(test, hook_write(test, "overrides", "0\n", 2), 2);
	KUNIT_EXPECT_STREQ(test, hook_read(test, "decisions"), "0\n");
	KUNIT_EXPECT_STREQ(test, hook_read(test, "fallbacks"), "0\n");
}

/* A fault stops the policy at once and reverts the hook to stock. */
static void learned_policy_fault_test(struct kunit *test)
{
	KUNIT_ASSERT_EQ(test, learned_policy_register(&kunit_hook, &kunit_invert), 0);
	KUNIT_ASSERT_EQ(test, learned_policy_select(&kunit_hook, "invert"), 0);
	KUNIT_EXPECT_STREQ(test, hook_read(test, "last_fault"), "none\n");

	learned_hook_fault(&kunit_hook, "output out of range");
	learned_hook_fault(&kunit_hook, "second fault is not recorded");
	rcu_read_lock();
	KUNIT_EXPECT_NULL(test, learned_hook_ops(&kunit_hook));
	rcu_read_unlock();
	learned_hook_flush(&kunit_hook);

	KUNIT_EXPECT_STREQ(test, hook_read(test, "policy"), "[stock] invert\n");
	KUNIT_EXPECT_FALSE(test, learned_hook_enabled(&kunit_hook));
	KUNIT_EXPECT_STREQ(test, hook_read(test, "faults"), "1\n");
	KUNIT_EXPECT_STREQ(test, hook_read(test, "last_fault"),
			   "output out of range\n");
	/* a decision still in flight after the revert faults: nothing to revert */
	learned_hook_fault(&kunit_hook, "a decision begun before the revert");
	learned_hook_flush(&kunit_hook);
	KUNIT_EXPECT_STREQ(test, hook_read(test, "faults"), "1\n");
	KUNIT_EXPECT_STREQ(test, hook_read(test, "last_fault"),
			   "output out of range\n");
	/* Selecting the policy again is allowed and clears the fault. */
	KUNIT_EXPECT_EQ(test, learned_policy_select(&kunit_hook, "invert"), 0);
	rcu_read_lock();
	KUNIT_EXPECT_NOT_NULL(test, learned_hook_ops(&kunit_hook));
	rcu_read_unlock();
}

/* one decision of kunit_hook through LEARNED_CALL() */
static long call_invert(struct learned_call *c, int stock)
{
	long ret;

	rcu_read_lock();
	ret = LEARNED_CALL(c, struct kunit_hook_ops, decide, stock);
	rcu_read_unlock();
	return ret;
}

/* A zeroed @declines and @check keep the answer-equals-stock decision. */
static void learned_policy_call_default_test(struct kunit *test)
{
	struct learned_call c = {
		.hook = &kunit_hook, .stock = 1, .lo = 0, .hi = 1,
		.fault = "kunit: out of range",
	};

	KUNIT_ASSERT_EQ(test, learned_policy_register(&kunit_hook, &kunit_invert), 0);
	KUNIT_ASSERT_EQ(test, learned_policy_select(&kunit_hook, "invert"), 0);
	KUNIT_EXPECT_EQ(test, call_invert(&c, 0), 1);	/* stock's answer */
	KUNIT_EXPECT_EQ(test, call_invert(&c, 1), 0);	/* overrides */
	KUNIT_EXPECT_STREQ(test, hook_read(test, "decisions"), "2\n");
	KUNIT_EXPECT_STREQ(test, hook_read(test, "overrides"), "1\n");
	KUNIT_EXPECT_STREQ(test, hook_read(test, "fallbacks"), "0\n");
}

/*
 * With @declines, an answer of @stock hands the decision back to stock:
 * a fallback, neither a decision nor a fault, even when @stock is outside
 * [@lo, @hi] (0 for "no plan" beside windows of 1 and more).
 */
static void learned_policy_call_decline_test(struct kunit *test)
{
	struct learned_call c = {
		.hook = &kunit_hook, .stock = 0, .declines = true, .lo = 1,
		.hi = 1, .fault = "kunit: out of range",
	};

	KUNIT_ASSERT_EQ(test, learned_policy_register(&kunit_hook, &kunit_invert), 0);
	KUNIT_ASSERT_EQ(test, learned_policy_select(&kunit_hook, "invert"), 0);
	KUNIT_EXPECT_EQ(test, call_invert(&c, 1), 0);	/* declines */
	KUNIT_EXPECT_EQ(test, call_invert(&c, 0), 1);	/* answers */
	KUNIT_EXPECT_STREQ(test, hook_read(test, "decisions"), "1\n");
	KUNIT_EXPECT_STREQ(test, hook_read(test, "overrides"), "1\n");
	KUNIT_EXPECT_STREQ(test, hook_read(test, "fallbacks"), "1\n");
	KUNIT_EXPECT_STREQ(test, hook_read(test, "faults"), "0\n");
	KUNIT_EXPECT_TRUE(test, learned_hook_enabled(&kunit_hook));
}

/* a decision whose valid answers one interval cannot describe */
struct kunit_call {
	struct learned_call c;
	long refuse;	/* the answer kunit_call_check() refuses */
};

static const char *kunit_call_check(const struct learned_call *c, long ret,
				    bool *overrides)
{
	const struct kunit_call *kc = container_of(c, struct kunit_call, c);

	if (ret == kc->refuse)
		return "kunit: refused by check";
	*overrides = false;	/* the same decision as stock's, told apart */
	return NULL;
}

/* Select invert again after the fault @reason reverted the hook. */
static void expect_fault(struct kunit *test, const char *faults,
			 const char *reason)
{
	learned_hook_flush(&kunit_hook);
	KUNIT_EXPECT_FALSE(test, learned_hook_enabled(&kunit_hook));
	KUNIT_EXPECT_STREQ(test, hook_read(test, "faults"), faults);
	KUNIT_EXPECT_STREQ(test, hook_read(test, "last_fault"), reason);
	KUNIT_ASSERT_EQ(test, learned_policy_select(&kunit_hook, "invert"), 0);
}

/*
 * @check decides overrides for the answers it accepts, and an answer it
 * refuses is a fault with its reason, answered by stock; the range check
 * comes first, with @fault.
 */
static void learned_policy_call_check_test(struct kunit *test)
{
	struct kunit_call kc = {
		.c = {
			.hook = &kunit_hook, .stock = 1, .lo = 0, .hi = 1,
			.fault = "kunit: out of range",
			.check = kunit_call_check,
		},
		.refuse = 2,
	};

	KUNIT_ASSERT_EQ(test, learned_policy_register(&kunit_hook, &kunit_invert), 0);
	KUNIT_ASSERT_EQ(test, learned_policy_select(&kunit_hook, "invert"), 0);
	KUNIT_EXPECT_EQ(test, call_invert(&kc.c, 1), 0);
	KUNIT_EXPECT_STREQ(test, hook_read(test, "decisions"), "1\n");
	KUNIT_EXPECT_STREQ(test, hook_read(test, "overrides"), "0\n");

	kc.refuse = 0;
	KUNIT_EXPECT_EQ(test, call_invert(&kc.c, 1), 1);	/* stock's */
	KUNIT_EXPECT_STREQ(test, hook_read(test, "decisions"), "1\n");
	KUNIT_EXPECT_STREQ(test, hook_read(test, "fallbacks"), "1\n");
	expect_fault(test, "1\n", "kunit: refused by check\n");

	kc.c.lo = 1;
	KUNIT_EXPECT_EQ(test, call_invert(&kc.c, 1), 1);
	expect_fault(test, "2\n", "kunit: out of range\n");
}

static void learned_policy_unregister_active_test(struct kunit *test)
{
	KUNIT_ASSERT_EQ(test, learned_policy_register(&kunit_hook, &kunit_invert), 0);
	KUNIT_ASSERT_EQ(test, learned_policy_select(&kunit_hook, "invert"), 0);
	learned_policy_unregister(&kunit_hook, &kunit_invert);
	KUNIT_EXPECT_FALSE(test, learned_hook_enabled(&kunit_hook));
	KUNIT_EXPECT_STREQ(test, hook_read(test, "policy"), "[stock]\n");
	KUNIT_EXPECT_EQ(test, kunit_detach_calls, 1);
}

static struct kunit_case learned_policy_test_cases[] = {
	KUNIT_CASE(learned_policy_register_test),
	KUNIT_CASE(learned_policy_select_test),
	KUNIT_CASE(learned_policy_bad_input_test),
	KUNIT_CASE(learned_policy_counters_test),
	KUNIT_CASE(learned_policy_fault_test),
	KUNIT_CASE(learned_policy_call_default_test),
	KUNIT_CASE(learned_policy_call_decline_test),
	KUNIT_CASE(learned_policy_call_check_test),
	KUNIT_CASE(learned_policy_unregister_active_test),
	{}
};

static struct kunit_suite learned_policy_test_suite = {
	.name = "learned_policy",
	.init = learned_policy_test_init,
	.exit = learned_policy_test_exit,
	.test_cases = learned_policy_test_cases,
};

kunit_test_suite(learned_policy_test_suite);

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("KUnit tests for the learned policy registry");
