// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit tests for the learned scheduler hooks: the feature vectors on
 * edge cases, the fallback to stock, the explore policy, the revert to
 * stock when a policy answers out of range, and the quality watchdog:
 * stock decides the control sample's tasks, a revert when the others wait
 * far longer on run queues; models loaded at run time into the slots of
 * sched_migrate=learned, sched_wake=learned and sched_wake=outcome, and
 * packages of another shape refused.
 */
#include <kunit/test.h>
#include <linux/delay.h>
#include <linux/learned_policy.h>
#include <linux/learned_sched.h>
#include <linux/prandom.h>
#include <linux/sched/cputime.h>
#include <linux/workqueue.h>

#include "sched.h"	/* this_rq(), WF_FORK */
#include "../../learned/testing/hook_test.h"

struct migrate_feature_case {
	const char *desc;
	struct learned_sched_migrate_ctx c;
	int feature;
	s32 value;
};

static const struct migrate_feature_case migrate_feature_cases[] = {
	{ "ratio: delta equal to cost is 256",
	  { .delta_ns = 500000, .migration_cost = 500000 },
	  LEARNED_SCHED_MF_RATIO, 256 },
	{ "ratio: delta just below cost is 255",
	  { .delta_ns = 499999, .migration_cost = 500000 },
	  LEARNED_SCHED_MF_RATIO, 255 },
	{ "ratio: negative delta is 0",
	  { .delta_ns = -5, .migration_cost = 500000 },
	  LEARNED_SCHED_MF_RATIO, 0 },
	{ "ratio: cost 0 (never hot) saturates",
	  { .delta_ns = 0, .migration_cost = 0 },
	  LEARNED_SCHED_MF_RATIO, 4096 },
	{ "ratio: cost -1 (always hot) is 0",
	  { .delta_ns = S64_MAX, .migration_cost = U32_MAX },
	  LEARNED_SCHED_MF_RATIO, 0 },
	{ "ratio: huge delta saturates without overflow",
	  { .delta_ns = S64_MAX, .migration_cost = 1 },
	  LEARNED_SCHED_MF_RATIO, 4096 },
	{ "delta: log2q8(1024) is 10 * 256",
	  { .delta_ns = 1023, .migration_cost = 500000 },
	  LEARNED_SCHED_MF_DELTA, 2560 },
	{ "buddy counts only with a busy destination",
	  { .buddy = 1, .dst_nr_running = 0 },
	  LEARNED_SCHED_MF_BUDDY, 0 },
	{ "buddy with a busy destination",
	  { .buddy = 1, .dst_nr_running = 2 },
	  LEARNED_SCHED_MF_BUDDY, 1 },
	{ "failed excess is signed",
	  { .nr_balance_failed = 0, .cache_nice_tries = 2 },
	  LEARNED_SCHED_MF_FAILED_EXCESS, -2 },
	{ "failed excess saturates",
	  { .nr_balance_failed = U32_MAX, .cache_nice_tries = 0 },
	  LEARNED_SCHED_MF_FAILED_EXCESS, 64 },
};

static void migrate_feature_desc(const struct migrate_feature_case *c,
				 char *desc)
{
	strscpy(desc, c->desc, KUNIT_PARAM_DESC_SIZE);
}

KUNIT_ARRAY_PARAM(migrate_feature, migrate_feature_cases,
		  migrate_feature_desc);

static void learned_sched_migrate_feature_test(struct kunit *test)
{
	const struct migrate_feature_case *c = test->param_value;
	s32 x[LEARNED_SCHED_MIGRATE_NR_FEATURES];

	learned_sched_migrate_features(&c->c, x);
	KUNIT_EXPECT_EQ(test, x[c->feature], c->value);
}

/* wake_affine_weight()'s comparison: a lighter waking CPU favours affine. */
static void learned_sched_wake_feature_test(struct kunit *test)
{
	struct learned_sched_wake_ctx c = {
		.this_load = 100, .prev_load = 2000, .task_load = 100,
		.this_cap = 1024, .prev_cap = 1024, .imbalance_pct = 117,
	};
	s32 x[LEARNED_SCHED_WAKE_NR_FEATURES];

	learned_sched_wake_features(&c, x);
	KUNIT_EXPECT_LT(test, x[LEARNED_SCHED_WF_EFF_DIFF], 0);
	c.this_load = 4000;
	learned_sched_wake_features(&c, x);
	KUNIT_EXPECT_GT(test, x[LEARNED_SCHED_WF_EFF_DIFF], 0);
	/* a sync waker's own load is taken off its CPU */
	c.sync = 1;
	c.cur_load = 4000;
	learned_sched_wake_features(&c, x);
	KUNIT_EXPECT_LT(test, x[LEARNED_SCHED_WF_EFF_DIFF], 0);
	KUNIT_EXPECT_EQ(test, x[LEARNED_SCHED_WF_SYNC], 1);
}

/* Under stock, both hooks answer exactly what stock answered. */
static void learned_sched_stock_test(struct kunit *test)
{
	struct learned_sched_migrate_ctx m = { .delta_ns = 1 };
	struct learned_sched_wake_ctx w = { .this_cap = 1024 };

	KUNIT_ASSERT_EQ(test, learned_policy_select(&learned_sched_migrate_hook,
						    "stock"), 0);
	KUNIT_ASSERT_EQ(test, learned_policy_select(&learned_sched_wake_hook,
						    "stock"), 0);
	rcu_read_lock();
	KUNIT_EXPECT_TRUE(test, learned_sched_decide_migrate(&m, true, 0, 0));
	KUNIT_EXPECT_FALSE(test, learned_sched_decide_migrate(&m, false, 0, 0));
	KUNIT_EXPECT_TRUE(test, learned_sched_decide_wake(&w, true, 0, 0));
	KUNIT_EXPECT_FALSE(test, learned_sched_decide_wake(&w, false, 0, 0));
	rcu_read_unlock();
}

/* explore picks both answers, about half the time each. */
static void learned_sched_explore_test(struct kunit *test)
{
	struct learned_sched_wake_ctx w = { .this_cap = 1024 };
	unsigned int i, affine = 0;

	KUNIT_ASSERT_EQ(test, learned_policy_select(&learned_sched_wake_hook,
						    "explore"), 0);
	rcu_read_lock();
	for (i = 0; i < 1000; i++)
		affine += learned_sched_decide_wake(&w, false, 0, 0);
	rcu_read_unlock();
	KUNIT_EXPECT_EQ(test, learned_policy_select(&learned_sched_wake_hook,
						    "stock"), 0);
	KUNIT_EXPECT_GT(test, affine, 400U);
	KUNIT_EXPECT_LT(test, affine, 600U);
}

/*
 * The stacking guard of outcome: over a grid of random wake-ups, the
 * policy never turns stock's "previous" into "affine" while the waking
 * CPU runs more than the waker, and it still does so on some wake-ups
 * where only the waker runs there (the guard leaves the model room).
 */
static void learned_sched_outcome_guard_test(struct kunit *test)
{
	struct learned_hook *hook = &learned_sched_wake_hook;
	unsigned int i, stacked = 0, affine_overrides = 0;
	struct rnd_state rnd;

	prandom_seed_state(&rnd, 1);
	KUNIT_ASSERT_EQ(test, learned_policy_select(hook, "outcome"), 0);
	rcu_read_lock();
	for (i = 0; i < 4096; i++) {
		struct learned_sched_wake_ctx w = {
			.this_cap = 1024, .prev_cap = 1024,
			.imbalance_pct = 117, .share_cache = 1,
			.this_nr_running = i % 4,
		};
		u32 r = prandom_u32_state(&rnd);

		w.this_load = r % 3072;
		w.prev_load = (r >> 12) % 3072;
		w.task_load = (r >> 4) % 1024;
		w.cur_load = (r >> 8) % 1024;
		w.prev_nr_running = (r >> 20) % 4;
		w.sync = (r >> 24) & 1;
		w.this_idle = !w.this_nr_running;
		w.prev_idle = !w.prev_nr_running;
		if (!learned_sched_decide_wake(&w, false, 0, 0))
			continue;
		if (w.this_nr_running > 1)
			stacked++;
		else
			affine_overrides++;
	}
	rcu_read_unlock();
	KUNIT_EXPECT_EQ(test, learned_policy_select(hook, "stock"), 0);
	KUNIT_EXPECT_EQ(test, stacked, 0U);
	KUNIT_EXPECT_GT(test, affine_overrides, 0U);
	kunit_info(test, "%u affine overrides of 2048 wake-ups with the waker alone\n",
		   affine_overrides);
}

static int sched_bad_migrate(const struct learned_sched_migrate_ctx *c,
			     bool stock)
{
	return -EIO;
}

static const struct learned_sched_migrate_ops sched_bad_ops = {
	.migrate = sched_bad_migrate,
};

static struct learned_policy sched_bad = {
	.name = "kunit_bad",
	.ops = &sched_bad_ops,
};

static const struct learned_sched_migrate_ops sched_empty_ops = {};

static struct learned_policy sched_empty = {
	.name = "kunit_empty",
	.ops = &sched_empty_ops,
};

/* A policy returning an error is reverted; stock answers meanwhile. */
static void learned_sched_fault_test(struct kunit *test)
{
	struct learned_sched_migrate_ctx m = { .delta_ns = 1 };
	struct learned_hook *hook = &learned_sched_migrate_hook;
	int faults = atomic_read(&hook->faults);

	KUNIT_EXPECT_EQ(test, learned_policy_register(hook, &sched_empty),
			-EINVAL);
	KUNIT_ASSERT_EQ(test, learned_policy_register(hook, &sched_bad), 0);
	KUNIT_ASSERT_EQ(test, learned_policy_select(hook, "kunit_bad"), 0);
	rcu_read_lock();
	KUNIT_EXPECT_TRUE(test, learned_sched_decide_migrate(&m, true, 0, 0));
	/* the fault is pending: stock answers without asking the policy */
	KUNIT_EXPECT_FALSE(test, learned_sched_decide_migrate(&m, false, 0, 0));
	rcu_read_unlock();
	learned_hook_flush(hook);
	KUNIT_EXPECT_FALSE(test, learned_hook_enabled(hook));
	KUNIT_EXPECT_EQ(test, atomic_read(&hook->faults), faults + 1);
	KUNIT_EXPECT_NOT_NULL(test, strstr(hook->last_fault, "migrate"));
	learned_policy_unregister(hook, &sched_bad);
}

/* deliberately bad policies: always the other choice than stock's */
static int sched_invert_migrate(const struct learned_sched_migrate_ctx *c,
				bool stock)
{
	return !stock;
}

static int sched_invert_wake(const struct learned_sched_wake_ctx *c,
			     bool stock)
{
	return !stock;
}

static const struct learned_sched_migrate_ops sched_invert_migrate_ops = {
	.migrate = sched_invert_migrate,
};

static const struct learned_sched_wake_ops sched_invert_wake_ops = {
	.wake = sched_invert_wake,
};

static struct learned_policy sched_invert[] = {
	{ .name = "kunit_invert", .ops = &sched_invert_migrate_ops },
	{ .name = "kunit_invert", .ops = &sched_invert_wake_ops },
};

/*
 * Arm (@thr 20) or disarm (0) @hook's watchdog directly: its sysfs files
 * exist only with CONFIG_SCHED_INFO, the judge works without.  The
 * policy selected next starts a fresh window with these knobs.
 */
static void sched_wd_arm(struct learned_hook *hook, unsigned int thr)
{
	mutex_lock(&hook->lock);
	WRITE_ONCE(hook->wd.window_ms, 100);
	WRITE_ONCE(hook->wd.min_events, 64);
	WRITE_ONCE(hook->wd.control_shift, 3);
	WRITE_ONCE(hook->wd.threshold_pct, thr);
	mutex_unlock(&hook->lock);
}

static u64 sched_wd_key(struct learned_hook *hook, bool control)
{
	u64 pid;

	for (pid = 1; ; pid++)
		if (learned_watchdog_control(hook, pid) == control)
			return pid;
}

/* ask hook @i (0: sched_migrate, 1: sched_wake) about task @key */
static bool sched_wd_decide(int i, u64 key, unsigned int cost)
{
	struct learned_sched_migrate_ctx m = { .delta_ns = 1 };
	struct learned_sched_wake_ctx w = { .this_cpu = 0 };
	bool ret;

	rcu_read_lock();
	ret = i ? learned_sched_decide_wake(&w, false, key, cost) :
		  learned_sched_decide_migrate(&m, false, key, cost);
	rcu_read_unlock();
	return ret;
}

/*
 * On both hooks, with a policy that always contradicts stock: the tasks
 * of the control sample get stock's answer, and when the others wait on
 * run queues far longer than the control sample's share (costs in units
 * of 16 us), the watchdog reverts the hook to stock.
 */
static void learned_sched_watchdog_test(struct kunit *test)
{
	struct learned_hook *hooks[] = {
		&learned_sched_migrate_hook, &learned_sched_wake_hook,
	};
	int i, j;

	for (i = 0; i < ARRAY_SIZE(hooks); i++) {
		struct learned_hook *hook = hooks[i];
		struct learned_policy *bad = &sched_invert[i];
		int reverts = atomic_read(&hook->wd.reverts);
		u64 kc, ko;

		/* the cost is run-queue wait: files only with SCHED_INFO */
		KUNIT_EXPECT_EQ(test, (int)hook->has_cost,
				IS_ENABLED(CONFIG_SCHED_INFO));
		sched_wd_arm(hook, 20);
		kc = sched_wd_key(hook, true);
		ko = sched_wd_key(hook, false);
		KUNIT_ASSERT_EQ(test, learned_policy_register(hook, bad), 0);
		KUNIT_ASSERT_EQ(test, learned_policy_select(hook, bad->name), 0);
		KUNIT_EXPECT_FALSE(test, sched_wd_decide(i, kc, 0));	/* stock */
		KUNIT_EXPECT_TRUE(test, sched_wd_decide(i, ko, 0));
		/*
		 * 100 x 16 us of waiting in the control sample, 2000 x
		 * elsewhere: 200 waits of 10, enough waits for the excess to
		 * be significant (the variance comes from the squared costs)
		 */
		for (j = 0; j < 100; j++)
			sched_wd_decide(i, kc, 1);
		for (j = 0; j < 200; j++)
			sched_wd_decide(i, ko, 10);
		KUNIT_EXPECT_TRUE(test, learned_hook_enabled(hook));
		msleep(jiffies_to_msecs(2) + READ_ONCE(hook->wd.window_ms));
		sched_wd_decide(i, ko, 1);	/* judges the window */
		learned_hook_flush(hook);
		KUNIT_EXPECT_FALSE(test, learned_hook_enabled(hook));
		KUNIT_EXPECT_EQ(test, atomic_read(&hook->wd.reverts),
				reverts + 1);
		KUNIT_EXPECT_NOT_NULL(test, strstr(hook->wd.last_revert,
						   "cost 2001 vs control 100 x7"));
		sched_wd_arm(hook, 0);
		learned_policy_unregister(hook, bad);
	}
}

static int sched_stock_wake(const struct learned_sched_wake_ctx *c, bool stock)
{
	return stock;
}

static struct learned_sched_wake_ops sched_follow_ops = {
	.wake = sched_stock_wake,
};

static struct learned_policy sched_follow_policy = {
	.name = "kunit_follow",
	.ops = &sched_follow_ops,
};

static bool sched_follows(int wake_flags, unsigned int *nr_running)
{
	bool follows;
	struct rq *rq;

	local_irq_disable();
	rq = this_rq();
	*nr_running = rq->nr_running;
	follows = learned_sched_wake_follows(rq, wake_flags);
	local_irq_enable();
	return follows;
}

/* follow_nr is read when the policy becomes active: select it afresh */
static void sched_follow_select(struct kunit *test, unsigned int follow_nr)
{
	struct learned_hook *hook = &learned_sched_wake_hook;

	KUNIT_ASSERT_EQ(test, learned_policy_select(hook, "stock"), 0);
	sched_follow_ops.follow_nr = follow_nr;
	KUNIT_ASSERT_EQ(test, learned_policy_select(hook, "kunit_follow"), 0);
}

/*
 * A wakee follows its waker (does not preempt it) only under a policy
 * whose follow_nr admits the tasks on the waker's CPU, and never on a
 * fork.  This test's thread plays the waker: it runs this CPU.
 */
static void learned_sched_follow_test(struct kunit *test)
{
	struct learned_hook *hook = &learned_sched_wake_hook;
	unsigned int nr;

	KUNIT_ASSERT_EQ(test, learned_policy_select(hook, "stock"), 0);
	KUNIT_EXPECT_FALSE(test, sched_follows(0, &nr));
	KUNIT_ASSERT_GE(test, nr, 1U);	/* this thread */

	KUNIT_ASSERT_EQ(test, learned_policy_register(hook, &sched_follow_policy), 0);
	sched_follow_select(test, 0);
	KUNIT_EXPECT_FALSE(test, sched_follows(0, &nr));
	sched_follow_select(test, UINT_MAX);
	KUNIT_EXPECT_TRUE(test, sched_follows(0, &nr));
	KUNIT_EXPECT_FALSE(test, sched_follows(WF_FORK, &nr));
	/* the bound counts every task on the CPU, the waker included */
	sched_follows(0, &nr);
	sched_follow_select(test, nr);
	KUNIT_EXPECT_TRUE(test, sched_follows(0, &nr));
	sched_follow_select(test, nr - 1);
	KUNIT_EXPECT_FALSE(test, sched_follows(0, &nr));
	/* a revert to stock (here a fault) ends the rule with the policy */
	sched_follow_select(test, UINT_MAX);
	learned_hook_fault(hook, "kunit: follow fault");
	learned_hook_flush(hook);
	KUNIT_EXPECT_FALSE(test, sched_follows(0, &nr));
	KUNIT_EXPECT_EQ(test, learned_policy_select(hook, "stock"), 0);
	learned_policy_unregister(hook, &sched_follow_policy);
	/* outcome and follow: the waker and its wakee alone (no wakee here) */
	KUNIT_ASSERT_EQ(test, learned_policy_select(hook, "outcome"), 0);
	KUNIT_EXPECT_EQ(test, sched_follows(0, &nr),
			nr <= LEARNED_SCHED_FOLLOW_ALONE);
	KUNIT_ASSERT_EQ(test, learned_policy_select(hook, "follow"), 0);
	KUNIT_EXPECT_EQ(test, sched_follows(0, &nr),
			nr <= LEARNED_SCHED_FOLLOW_ALONE);
	/* the imitation and explore policies never let a wakee follow */
	KUNIT_ASSERT_EQ(test, learned_policy_select(hook, "learned"), 0);
	KUNIT_EXPECT_FALSE(test, sched_follows(0, &nr));
	KUNIT_ASSERT_EQ(test, learned_policy_select(hook, "explore"), 0);
	KUNIT_EXPECT_FALSE(test, sched_follows(0, &nr));
	KUNIT_EXPECT_EQ(test, learned_policy_select(hook, "stock"), 0);
}

/* The tuner's features: rates per CPU-second and runnable per CPU. */
static void learned_sched_tune_feature_test(struct kunit *test)
{
	struct learned_sched_tune_ctx c = {
		.interval_ns = 100000000, .switches = 4000, .nr_running = 5,
		.nr_cpus = 4,
	};
	s32 x[LEARNED_SCHED_TUNE_NR_FEATURES];

	learned_sched_tune_features(&c, x);
	/* 10000 switches per CPU-second: log2q8(10001) = 13 * 256 + 56 */
	KUNIT_EXPECT_EQ(test, x[LEARNED_SCHED_TF_CSW], 3384);
	KUNIT_EXPECT_EQ(test, x[LEARNED_SCHED_TF_RUNNABLE], 320);
	c = (struct learned_sched_tune_ctx) { .switches = U64_MAX,
					      .nr_running = U64_MAX };
	learned_sched_tune_features(&c, x);	/* no division by zero */
	KUNIT_EXPECT_EQ(test, x[LEARNED_SCHED_TF_RUNNABLE], 65536);
	KUNIT_EXPECT_GT(test, x[LEARNED_SCHED_TF_CSW], 0);
}

static int sched_bad_gran(const struct learned_sched_tune_ctx *c,
			  unsigned int stock)
{
	return 1;	/* below LEARNED_SCHED_TUNE_MIN_NS */
}

static const struct learned_sched_tune_ops sched_bad_tune_ops = {
	.gran = sched_bad_gran,
};

static struct learned_policy sched_bad_tune = {
	.name = "kunit_bad",
	.ops = &sched_bad_tune_ops,
};

/*
 * low answers a quarter of stock, high four times stock up to the maximum;
 * an out-of-range answer reverts.
 */
static void learned_sched_tune_test(struct kunit *test)
{
	struct learned_sched_tune_ctx c = { .interval_ns = 100000000,
					    .nr_cpus = 1 };
	struct learned_hook *hook = &learned_sched_tune_hook;
	int faults = atomic_read(&hook->faults);

	KUNIT_ASSERT_EQ(test, learned_policy_select(hook, "stock"), 0);
	KUNIT_EXPECT_EQ(test, learned_sched_tune_decide(&c, 3000000), 3000000U);
	KUNIT_ASSERT_EQ(test, learned_policy_select(hook, "low"), 0);
	KUNIT_EXPECT_EQ(test, learned_sched_tune_decide(&c, 3000000), 750000U);
	KUNIT_ASSERT_EQ(test, learned_policy_select(hook, "high"), 0);
	KUNIT_EXPECT_EQ(test, learned_sched_tune_decide(&c, 3000000), 12000000U);
	KUNIT_EXPECT_EQ(test, learned_sched_tune_decide(&c, 6000000),
			LEARNED_SCHED_TUNE_MAX_NS);
	/* 4x would wrap around to about 1 ms */
	KUNIT_EXPECT_EQ(test, learned_sched_tune_decide(&c, 1074000000),
			LEARNED_SCHED_TUNE_MAX_NS);
	/* a stock value set outside the range: answers stay inside it */
	KUNIT_EXPECT_EQ(test, learned_sched_tune_decide(&c, 10000),
			LEARNED_SCHED_TUNE_MIN_NS);
	KUNIT_ASSERT_EQ(test, learned_policy_select(hook, "low"), 0);
	KUNIT_EXPECT_EQ(test, learned_sched_tune_decide(&c, 200000000),
			LEARNED_SCHED_TUNE_MAX_NS);
	KUNIT_EXPECT_EQ(test, learned_policy_select(hook, "stock"), 0);
	KUNIT_EXPECT_EQ(test, atomic_read(&hook->faults), faults);

	learned_sched_tune_policy_init(&sched_bad_tune);
	KUNIT_ASSERT_EQ(test, learned_policy_register(hook, &sched_bad_tune), 0);
	KUNIT_ASSERT_EQ(test, learned_policy_select(hook, "kunit_bad"), 0);
	KUNIT_EXPECT_EQ(test, learned_sched_tune_decide(&c, 3000000), 3000000U);
	learned_hook_flush(hook);
	KUNIT_EXPECT_FALSE(test, learned_hook_enabled(hook));
	KUNIT_EXPECT_EQ(test, atomic_read(&hook->faults), faults + 1);
	KUNIT_EXPECT_NOT_NULL(test, strstr(hook->last_fault, "gran"));
	learned_policy_unregister(hook, &sched_bad_tune);
}

/*
 * The phase models answer stock, low or high and nothing else, over a grid
 * of phases from idle to 250000 switches per CPU-second and 16 runnable
 * tasks per CPU; each of low and high wins somewhere on the grid (a
 * training that lost one of the two arms fails here), and the hook does
 * not fault on any phase.
 */
static void learned_sched_tune_model_test(struct kunit *test)
{
	struct learned_hook *hook = &learned_sched_tune_hook;
	unsigned int stock = 3000000, low = learned_sched_tune_low_ns(stock);
	unsigned int high = learned_sched_tune_high_ns(stock);
	int faults = atomic_read(&hook->faults);
	unsigned int n[3] = { 0 };
	u64 sw, run;

	KUNIT_ASSERT_EQ(test, learned_policy_select(hook, "learned"), 0);
	for (sw = 0; sw <= 100000; sw = sw ? sw * 10 : 1) {
		for (run = 0; run <= 64; run = run ? run * 2 : 1) {
			struct learned_sched_tune_ctx c = {
				.interval_ns = 100000000, .switches = sw,
				.nr_running = run, .nr_cpus = 4,
			};
			unsigned int g = learned_sched_tune_decide(&c, stock);

			KUNIT_EXPECT_TRUE_MSG(test, g == stock || g == low || g == high,
					      "switches %llu runnable %llu: %u ns",
					      sw, run, g);
			n[g == stock ? 0 : g == low ? 1 : 2]++;
			/*
			 * stock values an administrator set below and above
			 * the range: the answer (stock's value included)
			 * must not fault
			 */
			learned_sched_tune_decide(&c, 50000);
			learned_sched_tune_decide(&c, 200000000);
		}
	}
	KUNIT_EXPECT_EQ(test, n[0] + n[1] + n[2], 7U * 8U);
	KUNIT_EXPECT_GT(test, n[1], 0U);
	KUNIT_EXPECT_GT(test, n[2], 0U);
	learned_hook_flush(hook);
	KUNIT_EXPECT_EQ(test, atomic_read(&hook->faults), faults);
	KUNIT_EXPECT_TRUE(test, learned_hook_enabled(hook));
	kunit_info(test, "stock %u low %u high %u of %u phases\n",
		   n[0], n[1], n[2], n[0] + n[1] + n[2]);
	KUNIT_EXPECT_EQ(test, learned_policy_select(hook, "stock"), 0);
}

struct sched_pkg_case {
	const char *desc;
	struct learned_hook *hook;	/* written to */
	const char *pkg_hook;		/* named in the package */
	const char *policy;
	u32 fset;
	u16 n_features;
	const char *refused;		/* NULL: accepted */
};

#define SCHED_WNR	LEARNED_SCHED_WAKE_NR_FEATURES
#define SCHED_MNR	LEARNED_SCHED_MIGRATE_NR_FEATURES

static const struct sched_pkg_case sched_pkg_cases[] = {
	{ "sched_wake=learned takes a wake-up model",
	  &learned_sched_wake_hook, "sched_wake", "learned",
	  LEARNED_SCHED_WAKE_FEATURE_SET, SCHED_WNR, NULL },
	{ "sched_wake=outcome takes a wake-up + choice model",
	  &learned_sched_wake_hook, "sched_wake", "outcome",
	  LEARNED_SCHED_WAKE_OUTCOME_FEATURE_SET, SCHED_WNR + 1, NULL },
	{ "sched_migrate=learned takes a migration model",
	  &learned_sched_migrate_hook, "sched_migrate", "learned",
	  LEARNED_SCHED_MIGRATE_FEATURE_SET, SCHED_MNR, NULL },
	{ "learned refuses one feature too many",
	  &learned_sched_wake_hook, "sched_wake", "learned",
	  LEARNED_SCHED_WAKE_FEATURE_SET, SCHED_WNR + 1,
	  "features and 1 outputs, policy learned needs" },
	{ "outcome refuses the imitation's shape",
	  &learned_sched_wake_hook, "sched_wake", "outcome",
	  LEARNED_SCHED_WAKE_OUTCOME_FEATURE_SET, SCHED_WNR,
	  "features and 1 outputs, policy outcome needs" },
	{ "learned refuses the migration feature set",
	  &learned_sched_wake_hook, "sched_wake", "learned",
	  LEARNED_SCHED_MIGRATE_FEATURE_SET, SCHED_WNR,
	  "policy learned reads" },
	{ "outcome refuses the imitation's feature set",
	  &learned_sched_wake_hook, "sched_wake", "outcome",
	  LEARNED_SCHED_WAKE_FEATURE_SET, SCHED_WNR + 1,
	  "policy outcome reads" },
	{ "explore takes no models",
	  &learned_sched_wake_hook, "sched_wake", "explore",
	  LEARNED_SCHED_WAKE_FEATURE_SET, SCHED_WNR,
	  "policy explore takes no models" },
	{ "sched_migrate refuses a sched_wake package",
	  &learned_sched_migrate_hook, "sched_wake", "learned",
	  LEARNED_SCHED_WAKE_FEATURE_SET, SCHED_WNR,
	  "package is for hook sched_wake" },
	{ "sched_tune=learned (two models) takes none",
	  &learned_sched_tune_hook, "sched_tune", "learned", 0,
	  LEARNED_SCHED_TUNE_NR_FEATURES, "policy learned takes no models" },
};

static void sched_pkg_desc(const struct sched_pkg_case *c, char *desc)
{
	strscpy(desc, c->desc, KUNIT_PARAM_DESC_SIZE);
}

KUNIT_ARRAY_PARAM(sched_pkg, sched_pkg_cases, sched_pkg_desc);

/*
 * A model package for a scheduler policy's slot: a linear score that is
 * 1 for every input, so learned answers yes (migrate, affine) whatever
 * stock says, plus, for outcome, a large weight on the choice feature,
 * so affine is always clearly the better choice.  A package of the right
 * shape is loaded and decides until model_reset; any other is refused
 * with its reason in model_status and changes nothing.
 */
static void learned_sched_model_load_test(struct kunit *test)
{
	const struct sched_pkg_case *c = test->param_value;
	struct learned_hook *hook = c->hook;
	struct learned_sched_migrate_ctx m = { .delta_ns = 1 };
	struct learned_sched_wake_ctx w = { .this_cap = 1024 };
	bool wake = hook == &learned_sched_wake_hook;
	s32 *wt = kunit_kcalloc(test, c->n_features, sizeof(*wt), GFP_KERNEL);
	size_t len = KUNIT_PKG_LINEAR_LEN(c->n_features);
	u8 *pkg;
	bool yes;

	KUNIT_ASSERT_NOT_NULL(test, wt);
	if (!strcmp(c->policy, "outcome"))
		wt[c->n_features - 1] = LEARNED_Q16(1 << 14);
	pkg = kunit_pkg_linear(test, c->pkg_hook, c->policy, c->fset,
			       "kunit sched", c->n_features, wt,
			       LEARNED_Q16(1), LEARNED_OUT_IDENTITY);
	kunit_pkg_expect(test, hook, pkg, len, c->refused);
	if (c->refused)
		return;
	KUNIT_ASSERT_EQ(test, learned_policy_select(hook, c->policy), 0);
	rcu_read_lock();
	yes = wake ? learned_sched_decide_wake(&w, false, 0, 0) :
		     learned_sched_decide_migrate(&m, false, 0, 0);
	rcu_read_unlock();
	KUNIT_EXPECT_TRUE(test, yes);
	KUNIT_EXPECT_EQ(test, kunit_hook_store(test, hook, "model_reset",
					       c->policy),
			(ssize_t)strlen(c->policy));
	KUNIT_EXPECT_NOT_NULL(test, strstr(hook->models.last,
					   "back to its built-in model"));
	KUNIT_EXPECT_EQ(test, learned_policy_select(hook, "stock"), 0);
}

static struct kunit_case learned_sched_test_cases[] = {
	KUNIT_CASE_PARAM(learned_sched_migrate_feature_test,
			 migrate_feature_gen_params),
	KUNIT_CASE(learned_sched_wake_feature_test),
	KUNIT_CASE(learned_sched_stock_test),
	KUNIT_CASE(learned_sched_explore_test),
	KUNIT_CASE(learned_sched_outcome_guard_test),
	KUNIT_CASE(learned_sched_follow_test),
	KUNIT_CASE(learned_sched_fault_test),
	KUNIT_CASE(learned_sched_watchdog_test),
	KUNIT_CASE(learned_sched_tune_feature_test),
	KUNIT_CASE(learned_sched_tune_test),
	KUNIT_CASE(learned_sched_tune_model_test),
	KUNIT_CASE_PARAM(learned_sched_model_load_test, sched_pkg_gen_params),
	{}
};

static struct kunit_suite learned_sched_test_suite = {
	.name = "learned_sched",
	.test_cases = learned_sched_test_cases,
};

kunit_test_suite(learned_sched_test_suite);

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("KUnit tests for the learned scheduler hooks");
