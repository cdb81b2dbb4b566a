// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit tests for the learned file readahead hook: the trend and learned
 * policies' windows on contiguous, strided and random request histories
 * and on files read in short or long runs, the shared features, runs and
 * rung ladder of the learned window model, the revert to stock on a
 * window out of range, and the quality watchdog: stock's window in the
 * control sample, a revert when windows cut short cost synchronous reads.
 */
#include <kunit/test.h>
#include <linux/learned_filera.h>
#include <linux/learned_policy.h>

#include "learned_hook_attr.h"

struct filera_case {
	const char *desc;
	const char *policy;
	s32 gaps[LEARNED_SWAPRA_HIST];
	unsigned int n;
	unsigned long size, min_size;
	long want;
	long slack;	/* accept want..want + slack (model choices) */
	unsigned int run;	/* pages of the current run before the request */
	unsigned int runs;	/* length of each of 12 earlier runs, 0: none */
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
	{ "learned: a sequential reader keeps stock's window", "learned",
	  { 0, 0, 0, 0, 0, 0, 0, 0 }, 8, 32, 1, 32, 0, 32 },
	{ "learned: a file without history: any window", "learned",
	  { }, 0, 4, 1, 1, 3 },
	{ "learned: a 4-page stride gets the request only", "learned",
	  { 3, 3, 3, 3, 3, 3, 3, 3 }, 8, 16, 1, 1 },
	{ "learned: an async window on a 4-page stride: at most a page", "learned",
	  { 3, 3, 3, 3, 3, 3, 3, 3 }, 8, 32, 0, 0, 1 },
	{ "learned: an async window on a sequential reader is kept", "learned",
	  { 0, 0, 0, 0, 0, 0, 0, 0 }, 8, 32, 0, 32, 0, 32 },
	{ "learned: a file read in 3-page runs: a run's 3rd read gets at most a page", "learned",
	  { 0, 0, 0, 0, 0, 0, 0, 0 }, 8, 8, 0, 0, 1, 1, 3 },
	{ "learned: a file read in 61-page runs: the same window is kept", "learned",
	  { 0, 0, 0, 0, 0, 0, 0, 0 }, 8, 8, 0, 8, 0, 1, 61 },
	{ "learned: a 2-page stride (gap 1) gets the request only", "learned",
	  { 1, 1, 1, 1, 1, 1, 1, 1 }, 8, 32, 1, 1 },
	{ "learned: a 16-page stride gets the request only", "learned",
	  { 15, 15, 15, 15, 15, 15, 15, 15 }, 8, 32, 1, 1 },
	{ "learned: random reads get the request only", "learned",
	  { 812, -33, 5006, 1201, 77, -4000, 2222, 900 }, 8, 32, 1, 1 },
};

static void filera_case_desc(const struct filera_case *c, char *desc)
{
	strscpy(desc, c->desc, KUNIT_PARAM_DESC_SIZE);
}

KUNIT_ARRAY_PARAM(filera, filera_cases, filera_case_desc);

static void learned_filera_policy_test(struct kunit *test)
{
	const struct filera_case *c = test->param_value;
	struct learned_filera_state st;
	struct learned_filera_req req = {
		.hist = &st.hist, .state = &st, .index = 100, .req_size = 1, .start = 100,
		.size = c->size, .async_size = c->size, .min_size = c->min_size,
	};
	unsigned int i;
	long got;

	learned_filera_state_reset(&st);
	for (i = 0; i < c->n; i++)
		learned_filera_state_push(&st, c->gaps[i]);
	/* earlier runs far away, then the current one up to the request */
	for (i = 0; c->runs && i < 12; i++)
		learned_filera_state_run(&st, 5000 + 1000 * i, c->runs);
	if (c->run) {
		learned_filera_state_run(&st, 100 - c->run, 1);
		learned_filera_state_window(&st, 100 - c->run, c->run, c->run);
	}
	learned_filera_state_run(&st, 100, 1);	/* as the hook does */
	KUNIT_ASSERT_EQ(test, learned_policy_select(&learned_filera_hook,
						    c->policy), 0);
	rcu_read_lock();
	got = learned_filera_decide(&req);
	rcu_read_unlock();
	KUNIT_EXPECT_GE(test, got, c->want);
	KUNIT_EXPECT_LE(test, got, c->want + c->slack);
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
	struct learned_filera_state st;
	struct learned_filera_req req = {
		.hist = &st.hist, .state = &st, .index = 10, .req_size = 4, .start = 10,
		.size = 16, .async_size = 12, .min_size = 4,
	};
	int faults = atomic_read(&learned_filera_hook.faults);
	long got;

	learned_filera_state_reset(&st);
	KUNIT_ASSERT_EQ(test, learned_policy_register(&learned_filera_hook,
						      &filera_bad), 0);
	KUNIT_ASSERT_EQ(test, learned_policy_select(&learned_filera_hook,
						    "kunit_bad"), 0);
	rcu_read_lock();
	got = learned_filera_decide(&req);
	rcu_read_unlock();
	KUNIT_EXPECT_EQ(test, got, 16L);	/* stock's window */
	learned_hook_flush(&learned_filera_hook);
	KUNIT_EXPECT_FALSE(test, learned_hook_enabled(&learned_filera_hook));
	KUNIT_EXPECT_EQ(test, atomic_read(&learned_filera_hook.faults),
			faults + 1);
	KUNIT_EXPECT_NOT_NULL(test, strstr(learned_filera_hook.last_fault,
					   "size"));
	learned_policy_unregister(&learned_filera_hook, &filera_bad);
}

/* a deliberately bad policy: only the requested pages, always */
static long filera_short_size(const struct learned_filera_req *req)
{
	return req->min_size;
}

static const struct learned_filera_ops filera_short_ops = {
	.size = filera_short_size,
};

static struct learned_policy filera_short = {
	.name = "kunit_short",
	.ops = &filera_short_ops,
};

static long filera_decide_key(struct learned_filera_req *req, u64 key,
			      bool sync)
{
	long got;

	req->key = key;
	req->sync = sync;
	rcu_read_lock();
	got = learned_filera_decide(req);
	rcu_read_unlock();
	return got;
}

/*
 * Requests whose region is in the control sample read stock's window;
 * windows cut short cost synchronous reads in the other regions, far over
 * the control sample's rate: the watchdog reverts to stock.
 */
static void learned_filera_watchdog_test(struct kunit *test)
{
	struct learned_hook *hook = &learned_filera_hook;
	struct learned_filera_state st;
	struct learned_filera_req req = {
		.hist = &st.hist, .state = &st, .index = 10, .req_size = 4, .start = 10,
		.size = 16, .async_size = 12, .min_size = 4,
	};
	u64 kc, ko;
	int reverts = atomic_read(&hook->wd.reverts), i;

	learned_filera_state_reset(&st);
	learned_test_wd_arm(test, hook);
	kc = learned_test_wd_key(hook, true, 1);
	ko = learned_test_wd_key(hook, false, 1);
	KUNIT_ASSERT_EQ(test, learned_policy_register(hook, &filera_short), 0);
	KUNIT_ASSERT_EQ(test, learned_policy_select(hook, "kunit_short"), 0);
	KUNIT_EXPECT_EQ(test, filera_decide_key(&req, kc, false), 16L);
	KUNIT_EXPECT_EQ(test, filera_decide_key(&req, ko, false), 4L);
	/* asynchronous windows cost nothing, however many */
	for (i = 0; i < 300; i++)
		filera_decide_key(&req, ko, false);
	/* 10 synchronous reads in the control sample, 300 elsewhere */
	for (i = 0; i < 10; i++)
		filera_decide_key(&req, kc, true);
	for (i = 0; i < 300; i++)
		filera_decide_key(&req, ko, true);
	KUNIT_EXPECT_TRUE(test, learned_hook_enabled(hook));
	learned_test_wd_wait(hook);
	filera_decide_key(&req, ko, true);	/* judges the window */
	learned_hook_flush(hook);
	KUNIT_EXPECT_FALSE(test, learned_hook_enabled(hook));
	KUNIT_EXPECT_EQ(test, atomic_read(&hook->wd.reverts), reverts + 1);
	KUNIT_EXPECT_NOT_NULL(test, strstr(hook->wd.last_revert,
					   "vs control 10 x7"));
	learned_test_wd_disarm(test, hook);
	learned_policy_unregister(hook, &filera_short);
}

static u64 filera_timed(void)
{
	u64 n = 0;
	int cpu;

	for_each_possible_cpu(cpu)
		n += per_cpu_ptr(learned_filera_hook.stats, cpu)->infer_samples;
	return n;
}

/* One decision in 16 is timed, for /sys/kernel/learned/filera/inference_ns. */
static void learned_filera_timing_test(struct kunit *test)
{
	struct learned_filera_state st;
	struct learned_filera_req req = {
		.hist = &st.hist, .state = &st, .index = 10, .req_size = 1, .start = 10,
		.size = 16, .async_size = 15, .min_size = 1,
	};
	u64 before = filera_timed();
	int i;

	learned_filera_state_reset(&st);
	learned_filera_state_run(&st, 10, 1);
	KUNIT_ASSERT_EQ(test, learned_policy_select(&learned_filera_hook,
						    "learned"), 0);
	preempt_disable();	/* all on one CPU: 32 decisions, 2 timed */
	rcu_read_lock();
	for (i = 0; i < 32; i++)
		learned_filera_decide(&req);
	rcu_read_unlock();
	preempt_enable();
	KUNIT_EXPECT_EQ(test, filera_timed() - before, 2ULL);
	KUNIT_EXPECT_EQ(test, learned_policy_select(&learned_filera_hook,
						    "stock"), 0);
}

/* Features of a known state, value by value (model independent). */
static void learned_filera_features_test(struct kunit *test)
{
	static const s32 gaps[] = { 0, 0, 3, 3, -9 };
	struct learned_filera_state st;
	s32 x[LEARNED_FILERA_NR_FEATURES];
	unsigned int i;

	learned_filera_state_reset(&st);
	for (i = 0; i < ARRAY_SIZE(gaps); i++)
		learned_filera_state_push(&st, gaps[i]);
	learned_filera_state_run(&st, 90, 1);
	learned_filera_state_window(&st, 90, 4, 16);	/* shrunk 16 -> 4 */
	learned_filera_state_run(&st, 92, 2);		/* continues the run */
	learned_filera_features(&st, 92, 2, 32, 3, 2, x);
	KUNIT_EXPECT_EQ(test, x[LEARNED_FILERA_F_RUNG], 2);
	KUNIT_EXPECT_EQ(test, x[LEARNED_FILERA_F_CONTIG], 2 * 256 / 5);
	KUNIT_EXPECT_EQ(test, x[LEARNED_FILERA_F_HISTORY], 5);
	KUNIT_EXPECT_EQ(test, x[LEARNED_FILERA_F_TREND], 0);	/* no majority */
	KUNIT_EXPECT_EQ(test, x[LEARNED_FILERA_F_STRIDE], 0);
	KUNIT_EXPECT_EQ(test, x[LEARNED_FILERA_F_LAST_GAP], 3 * 256 + 32);
	KUNIT_EXPECT_EQ(test, x[LEARNED_FILERA_F_BACKWARD], 1);
	KUNIT_EXPECT_EQ(test, x[LEARNED_FILERA_F_STREAK], 0);
	KUNIT_EXPECT_EQ(test, x[LEARNED_FILERA_F_REQ], 2);
	KUNIT_EXPECT_EQ(test, x[LEARNED_FILERA_F_ASYNC], 0);
	KUNIT_EXPECT_EQ(test, x[LEARNED_FILERA_F_STOCK], 32);
	KUNIT_EXPECT_EQ(test, x[LEARNED_FILERA_F_REACHED], 2 * 128 / 4);
	KUNIT_EXPECT_EQ(test, x[LEARNED_FILERA_F_SHRUNK], 16);
	KUNIT_EXPECT_EQ(test, x[LEARNED_FILERA_F_RUN], 94 - 90);
	KUNIT_EXPECT_EQ(test, x[LEARNED_FILERA_F_RUNS], 0);	/* no run left behind */

	/* a stride: majority of 3-page gaps, the latest ones contiguous */
	learned_filera_state_reset(&st);
	for (i = 0; i < 6; i++)
		learned_filera_state_push(&st, 3);
	learned_filera_state_push(&st, 0);
	learned_filera_state_push(&st, 1);
	learned_filera_features(&st, 5000, 100, 600, 0, 0, x);
	KUNIT_EXPECT_EQ(test, x[LEARNED_FILERA_F_TREND], 6 * 256 / 8);
	KUNIT_EXPECT_EQ(test, x[LEARNED_FILERA_F_STRIDE], 256 + 128);
	KUNIT_EXPECT_EQ(test, x[LEARNED_FILERA_F_STREAK], 2);
	KUNIT_EXPECT_EQ(test, x[LEARNED_FILERA_F_REQ], 64);
	KUNIT_EXPECT_EQ(test, x[LEARNED_FILERA_F_ASYNC], 1);
	KUNIT_EXPECT_EQ(test, x[LEARNED_FILERA_F_STOCK], 512);
	KUNIT_EXPECT_EQ(test, x[LEARNED_FILERA_F_REACHED], 0);	/* no window yet */
}

/* A fake model: rungs below *ctx are useful; -EIO at rung 7. */
static int filera_rungs_below(const s32 *x, const void *ctx)
{
	if (x[LEARNED_FILERA_F_RUNG] == 7)
		return -EIO;
	return x[LEARNED_FILERA_F_RUNG] < *(const int *)ctx;
}

/* The rung ladder: windows 1 + 1, 3, 7, 15, 31 pages, stock's when all. */
static void learned_filera_ladder_test(struct kunit *test)
{
	static const long want[] = { 1, 2, 4, 8, 16, 32, 32 };
	struct learned_filera_state st;
	int k;

	learned_filera_state_reset(&st);
	for (k = 0; k < ARRAY_SIZE(want); k++)
		KUNIT_EXPECT_EQ_MSG(test,
				    learned_filera_model_size(&st, 0, 1, 32, 1,
							      filera_rungs_below,
							      &k),
				    want[k], "useful rungs %d", k);
	/* an async window: the ladder starts at the window's first page */
	k = 2;
	KUNIT_EXPECT_EQ(test, learned_filera_model_size(&st, 0, 1, 8, 0,
							filera_rungs_below, &k),
			3L);
	/* the window is already the request: nothing to ask */
	k = 0;
	KUNIT_EXPECT_EQ(test, learned_filera_model_size(&st, 0, 4, 4, 4,
							filera_rungs_below, &k),
			4L);
	/* an error of the model comes back */
	k = 9;
	KUNIT_EXPECT_EQ(test, learned_filera_model_size(&st, 0, 1, 512, 1,
							filera_rungs_below, &k),
			(long)-EIO);
}

/*
 * Runs: a request continues the current run or the one before it, or
 * starts a new one and leaves the older behind, into the decayed mean.
 */
static void learned_filera_run_test(struct kunit *test)
{
	struct learned_filera_state st;
	s32 x[LEARNED_FILERA_NR_FEATURES];
	int i;

	learned_filera_state_reset(&st);
	learned_filera_state_run(&st, 1000, 1);		/* run A */
	learned_filera_state_window(&st, 1000, 8, 8);	/* A covers 1000..1007 */
	learned_filera_state_run(&st, 1008, 2);		/* one past A's end: A */
	learned_filera_features(&st, 1008, 2, 8, 2, 0, x);
	KUNIT_EXPECT_EQ(test, x[LEARNED_FILERA_F_RUN], 10);
	learned_filera_state_run(&st, 5000, 4);		/* run B */
	learned_filera_state_run(&st, 1009, 1);		/* back in A */
	learned_filera_features(&st, 1009, 1, 8, 1, 0, x);
	KUNIT_EXPECT_EQ(test, x[LEARNED_FILERA_F_RUN], 10);
	KUNIT_EXPECT_EQ(test, x[LEARNED_FILERA_F_RUNS], 0);
	learned_filera_state_run(&st, 5004, 4);		/* B again */
	learned_filera_features(&st, 5004, 4, 8, 4, 0, x);
	KUNIT_EXPECT_EQ(test, x[LEARNED_FILERA_F_RUN], 8);
	learned_filera_state_run(&st, 9000, 1);		/* C: A left behind */
	learned_filera_features(&st, 9000, 1, 4, 1, 0, x);
	KUNIT_EXPECT_EQ(test, x[LEARNED_FILERA_F_RUN], 1);
	KUNIT_EXPECT_EQ(test, x[LEARNED_FILERA_F_RUNS], 16 * 10);
	learned_filera_state_run(&st, 13000, 1);	/* D: B left behind */
	KUNIT_EXPECT_EQ(test, st.runs, 16 * 10 - 16 * 10 / 4 + 4 * 8);
	/* the mean converges to 16 * the runs' length */
	for (i = 0; i < 60; i++)
		learned_filera_state_run(&st, 20000 + 100 * i, 3);
	KUNIT_EXPECT_GE(test, st.runs, 16U * 3);
	KUNIT_EXPECT_LE(test, st.runs, 16U * 3 + 3);
	/* a jump back out of both runs starts a new one */
	learned_filera_state_run(&st, 100, 1);
	learned_filera_features(&st, 100, 1, 4, 1, 0, x);
	KUNIT_EXPECT_EQ(test, x[LEARNED_FILERA_F_RUN], 1);
}

/* The window record feeds REACHED and the decayed SHRUNK count. */
static void learned_filera_state_test(struct kunit *test)
{
	struct learned_filera_state st;
	int i;

	learned_filera_state_reset(&st);
	for (i = 0; i < 40; i++)
		learned_filera_state_window(&st, 0, 1, 32);
	KUNIT_EXPECT_GE(test, st.shrunk, 120U);	/* converges to 128 */
	KUNIT_EXPECT_LE(test, st.shrunk, 128U);
	for (i = 0; i < 40; i++)
		learned_filera_state_window(&st, 0, 32, 32);
	KUNIT_EXPECT_LE(test, st.shrunk, 8U);
	KUNIT_EXPECT_EQ(test, st.prev_size, 32U);
	KUNIT_EXPECT_EQ(test, learned_filera_trend_size(&st.hist, 32, 1), 32U);
}

static struct kunit_case learned_filera_test_cases[] = {
	KUNIT_CASE_PARAM(learned_filera_policy_test, filera_gen_params),
	KUNIT_CASE(learned_filera_fault_test),
	KUNIT_CASE(learned_filera_watchdog_test),
	KUNIT_CASE(learned_filera_timing_test),
	KUNIT_CASE(learned_filera_features_test),
	KUNIT_CASE(learned_filera_ladder_test),
	KUNIT_CASE(learned_filera_run_test),
	KUNIT_CASE(learned_filera_state_test),
	{}
};

static struct kunit_suite learned_filera_test_suite = {
	.name = "learned_filera",
	.test_cases = learned_filera_test_cases,
};

kunit_test_suite(learned_filera_test_suite);

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("KUnit tests for the learned file readahead hook");
