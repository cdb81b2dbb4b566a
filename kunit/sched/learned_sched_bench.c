// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit benchmark of the scheduler policies: median ns of one whole
 * decision (feature vector, model, hook accounting, i.e.
 * learned_sched_decide_migrate() / learned_sched_decide_wake() as the
 * hot path calls them) for every policy of both hooks, over SB_BATCHES
 * batches of SB_CALLS decisions on SB_CTX pseudo-random contexts in the
 * ranges the guest traces show.  Under UML the kernel code runs natively,
 * so the figures are in-kernel costs on the host CPU.  Asserts only that
 * every decision is 0 or 1 and that the imitation policy mostly agrees
 * with stock's rule (>= 95% of uniform synthetic contexts), never timings.
 * A second case times the follow check of check_preempt_wakeup()
 * (learned_sched_wake_follows()) under stock, follow and outcome.
 */
#include <kunit/test.h>
#include <linux/kernel.h>
#include <linux/ktime.h>
#include <linux/learned_policy.h>
#include <linux/learned_sched.h>
#include <linux/sched/cputime.h>
#include <linux/sort.h>

#include "sched.h"	/* this_rq() */

#define SB_CTX		1024
#define SB_CALLS	4096
#define SB_BATCHES	101

static u32 sb_rnd(u32 *s)
{
	u32 x = *s;

	x ^= x << 13;
	x ^= x >> 17;
	x ^= x << 5;
	*s = x;
	return x;
}

/* stock's soft decision of can_migrate_task(), from the context alone */
static bool sb_stock_migrate(const struct learned_sched_migrate_ctx *c)
{
	bool hot;

	if (c->exempt)
		hot = false;
	else if (c->buddy && c->dst_nr_running)
		hot = true;
	else if (c->migration_cost == U32_MAX)
		hot = true;
	else if (c->migration_cost == 0)
		hot = false;
	else
		hot = c->delta_ns < (s64)c->migration_cost;
	return !hot || c->nr_balance_failed > c->cache_nice_tries;
}

static void sb_fill(struct learned_sched_migrate_ctx *m,
		    struct learned_sched_wake_ctx *w, bool *mstock, u32 *s)
{
	unsigned int i;

	for (i = 0; i < SB_CTX; i++) {
		/* delta: 1 us .. 1 s, log-uniform; the default 0.5 ms cost */
		m[i] = (struct learned_sched_migrate_ctx) {
			.delta_ns = (s64)(1000ULL << (sb_rnd(s) % 20)) +
				    sb_rnd(s) % 1000,
			.migration_cost = 500000,
			.task_load = sb_rnd(s) % 1024,
			.nr_balance_failed = sb_rnd(s) % 4,
			.cache_nice_tries = 1,
			.src_nr_running = 1 + sb_rnd(s) % 6,
			.dst_nr_running = sb_rnd(s) % 3,
			.idle = sb_rnd(s) % 3,
			.buddy = !(sb_rnd(s) % 8),
		};
		mstock[i] = sb_stock_migrate(&m[i]);
		w[i] = (struct learned_sched_wake_ctx) {
			.this_load = sb_rnd(s) % 3072,
			.prev_load = sb_rnd(s) % 3072,
			.task_load = sb_rnd(s) % 1024,
			.cur_load = sb_rnd(s) % 1024,
			.this_cap = 1024, .prev_cap = 1024,
			.this_nr_running = sb_rnd(s) % 4,
			.prev_nr_running = sb_rnd(s) % 4,
			.imbalance_pct = 117,
			.sync = sb_rnd(s) & 1,
			.this_idle = sb_rnd(s) & 1,
			.prev_idle = sb_rnd(s) & 1,
			.share_cache = 1,
		};
	}
}

static int sb_cmp(const void *a, const void *b)
{
	u64 x = *(const u64 *)a, y = *(const u64 *)b;

	return x < y ? -1 : x > y;
}

struct sb_case {
	struct learned_hook *hook;
	const char *policy;
};

static const struct sb_case sb_cases[] = {
	{ &learned_sched_migrate_hook, "stock" },
	{ &learned_sched_migrate_hook, "learned" },
	{ &learned_sched_wake_hook, "stock" },
	{ &learned_sched_wake_hook, "explore" },
	{ &learned_sched_wake_hook, "learned" },
	{ &learned_sched_wake_hook, "outcome" },
};

static void learned_sched_bench_test(struct kunit *test)
{
	struct learned_sched_migrate_ctx *m;
	struct learned_sched_wake_ctx *w;
	bool *mstock;
	u64 *ps;
	u32 seed = 12345;
	unsigned int c, b, i, agree = 0;

	m = kunit_kcalloc(test, SB_CTX, sizeof(*m), GFP_KERNEL);
	w = kunit_kcalloc(test, SB_CTX, sizeof(*w), GFP_KERNEL);
	mstock = kunit_kcalloc(test, SB_CTX, sizeof(*mstock), GFP_KERNEL);
	ps = kunit_kcalloc(test, SB_BATCHES, sizeof(*ps), GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, m);
	KUNIT_ASSERT_NOT_NULL(test, w);
	KUNIT_ASSERT_NOT_NULL(test, mstock);
	KUNIT_ASSERT_NOT_NULL(test, ps);
	sb_fill(m, w, mstock, &seed);

	kunit_info(test, "learned_sched_bench: median of %u batches of %u decisions\n",
		   SB_BATCHES, SB_CALLS);
	kunit_info(test, "learned_sched_bench: %-14s %-8s %10s %8s\n", "hook",
		   "policy", "median_ns", "yes");
	for (c = 0; c < ARRAY_SIZE(sb_cases); c++) {
		struct learned_hook *hook = sb_cases[c].hook;
		bool mig = hook == &learned_sched_migrate_hook;
		unsigned int yes = 0;
		u64 med;

		KUNIT_ASSERT_EQ_MSG(test, learned_policy_select(hook,
						sb_cases[c].policy), 0,
				    "%s=%s not registered", hook->name,
				    sb_cases[c].policy);
		for (b = 0; b < SB_BATCHES; b++) {
			u64 t0;

			rcu_read_lock();
			preempt_disable();
			t0 = ktime_get_ns();
			for (i = 0; i < SB_CALLS; i++) {
				unsigned int k = i % SB_CTX;

				if (mig)
					yes += learned_sched_decide_migrate(&m[k],
									    mstock[k], 0, 0);
				else
					yes += learned_sched_decide_wake(&w[k],
									 k & 1, 0, 0);
			}
			ps[b] = (ktime_get_ns() - t0) * 1000 / SB_CALLS;
			preempt_enable();
			rcu_read_unlock();
			cond_resched();
		}
		sort(ps, SB_BATCHES, sizeof(*ps), sb_cmp, NULL);
		med = ps[SB_BATCHES / 2];
		kunit_info(test, "learned_sched_bench: %-14s %-8s %6llu.%03llu %8u\n",
			   hook->name, sb_cases[c].policy, med / 1000,
			   med % 1000, yes / SB_BATCHES);
		KUNIT_EXPECT_LE(test, yes, SB_BATCHES * SB_CALLS);
		if (mig && !strcmp(sb_cases[c].policy, "learned")) {
			rcu_read_lock();
			for (i = 0; i < SB_CTX; i++)
				agree += learned_sched_decide_migrate(&m[i],
						mstock[i], 0, 0) == mstock[i];
			rcu_read_unlock();
			kunit_info(test, "learned_sched_bench: sched_migrate=learned agrees with stock's rule on %u/%u synthetic contexts\n",
				   agree, SB_CTX);
			/*
			 * The 99% bar is on held-out traces (scripts/train/train sched);
			 * these uniform contexts also cover corners the traces
			 * never show (buddies, failed balances at every delta),
			 * where the model extrapolates: 97.9% with the 30-tree
			 * model.  Below 95% the model or its features are broken.
			 */
			KUNIT_EXPECT_GE(test, agree * 100, 95U * SB_CTX);
		}
		KUNIT_EXPECT_EQ(test, learned_policy_select(hook, "stock"), 0);
	}
}

static void learned_sched_follow_bench_test(struct kunit *test)
{
	static const char * const policies[] = { "stock", "follow", "outcome" };
	struct learned_hook *hook = &learned_sched_wake_hook;
	unsigned int c, b, i, yes, nr;
	u64 *ps, med;

	ps = kunit_kcalloc(test, SB_BATCHES, sizeof(*ps), GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, ps);
	kunit_info(test, "learned_sched_bench: follow check, median of %u batches of %u calls\n",
		   SB_BATCHES, SB_CALLS);
	for (c = 0; c < ARRAY_SIZE(policies); c++) {
		bool want;

		KUNIT_ASSERT_EQ(test, learned_policy_select(hook, policies[c]), 0);
		for (b = 0; b < SB_BATCHES; b++) {
			struct rq *rq;
			u64 t0;

			yes = 0;
			local_irq_disable();
			rq = this_rq();
			nr = rq->nr_running;
			t0 = ktime_get_ns();
			for (i = 0; i < SB_CALLS; i++)
				yes += learned_sched_wake_follows(rq, 0);
			ps[b] = (ktime_get_ns() - t0) * 1000 / SB_CALLS;
			local_irq_enable();
			/* the same answer on every call: this thread alone waking */
			want = c && nr <= LEARNED_SCHED_FOLLOW_ALONE;
			KUNIT_EXPECT_EQ(test, yes, want ? SB_CALLS : 0U);
			cond_resched();
		}
		sort(ps, SB_BATCHES, sizeof(*ps), sb_cmp, NULL);
		med = ps[SB_BATCHES / 2];
		kunit_info(test, "learned_sched_bench: %-14s %-8s %6llu.%03llu\n",
			   "sched_follow", policies[c], med / 1000, med % 1000);
	}
	KUNIT_EXPECT_EQ(test, learned_policy_select(hook, "stock"), 0);
}

static struct kunit_case learned_sched_bench_cases[] = {
	KUNIT_CASE(learned_sched_bench_test),
	KUNIT_CASE(learned_sched_follow_bench_test),
	{}
};

static struct kunit_suite learned_sched_bench_suite = {
	.name = "learned_sched_bench",
	.test_cases = learned_sched_bench_cases,
};

kunit_test_suite(learned_sched_bench_suite);

MODULE_DESCRIPTION("KUnit benchmark of the learned scheduler policies");
MODULE_LICENSE("GPL");
