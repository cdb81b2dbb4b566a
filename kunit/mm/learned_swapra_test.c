// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit tests for the learned swap-in readahead hook: stock's window rule,
 * the trend detector, the features, the plans of leap and learned, the
 * fallback to stock, the revert to stock on a faulty policy, what the core
 * counts for each kind of plan, the sampled timing, and the quality
 * watchdog: stock plans the control sample's faults, a revert when the
 * others fault far more often.
 */
#include <kunit/test.h>
#include <linux/cgroup.h>
#include <linux/learned_policy.h>
#include <linux/learned_swapra.h>

#include "learned_hook_attr.h"

struct stock_case {
	const char *desc;
	unsigned long prev, pos;
	u32 hits, max_win, prev_win, win;
};

/* Expected values worked out by hand from __swapin_nr_pages(). */
static const struct stock_case stock_cases[] = {
	{ "no hits, not adjacent: one page", 100, 200, 0, 8, 0, 1 },
	{ "no hits, next page: two pages", 100, 101, 0, 8, 0, 2 },
	{ "no hits, previous page: two pages", 100, 99, 0, 8, 0, 2 },
	{ "one hit rounds up to four", 100, 200, 1, 8, 0, 4 },
	{ "three hits: five rounds up to eight", 100, 200, 3, 8, 0, 8 },
	{ "many hits are capped at max_win", 100, 200, 40, 8, 0, 8 },
	{ "shrinks to half the previous window at most", 100, 200, 0, 8, 8, 4 },
	{ "page_cluster 0: one page", 100, 101, 0, 1, 0, 1 },
};

static void stock_case_desc(const struct stock_case *c, char *desc)
{
	strscpy(desc, c->desc, KUNIT_PARAM_DESC_SIZE);
}

KUNIT_ARRAY_PARAM(stock, stock_cases, stock_case_desc);

static void learned_swapra_stock_test(struct kunit *test)
{
	const struct stock_case *c = test->param_value;

	KUNIT_EXPECT_EQ(test, learned_swapra_stock_win(c->prev, c->pos,
						       c->hits, c->max_win,
						       c->prev_win), c->win);
}

static void fill(struct learned_swapra_hist *h, const s32 *d, unsigned int n)
{
	unsigned int i;

	learned_swapra_hist_reset(h);
	for (i = 0; i < n; i++)
		learned_swapra_hist_push(h, d[i], 1, 0);
}

static void learned_swapra_trend_test(struct kunit *test)
{
	static const s32 seq[] = { 1, 1, 1 };
	static const s32 stride[] = { 900, 4, 4, 4, 7, 4 };
	static const s32 tie[] = { 4, 4, 5, 5 };
	static const s32 rnd[] = { 812, -33, 5, 1201, -7000, 19, 3, 77 };
	static const s32 far[] = { 100, 100, 100 };
	static const s32 back[] = { -3, -3, -3, 11, -3 };
	struct learned_swapra_hist h;
	s32 s = 0;

	fill(&h, seq, ARRAY_SIZE(seq));
	KUNIT_EXPECT_EQ(test, learned_swapra_trend(&h, &s), 3U);
	KUNIT_EXPECT_EQ(test, s, 1);
	fill(&h, stride, ARRAY_SIZE(stride));
	KUNIT_EXPECT_EQ(test, learned_swapra_trend(&h, &s), 4U);
	KUNIT_EXPECT_EQ(test, s, 4);
	fill(&h, back, ARRAY_SIZE(back));
	KUNIT_EXPECT_EQ(test, learned_swapra_trend(&h, &s), 4U);
	KUNIT_EXPECT_EQ(test, s, -3);
	/* half is not a majority; random has none; strides beyond 64 none */
	fill(&h, tie, ARRAY_SIZE(tie));
	KUNIT_EXPECT_EQ(test, learned_swapra_trend(&h, &s), 0U);
	fill(&h, rnd, ARRAY_SIZE(rnd));
	KUNIT_EXPECT_EQ(test, learned_swapra_trend(&h, &s), 0U);
	fill(&h, far, ARRAY_SIZE(far));
	KUNIT_EXPECT_EQ(test, learned_swapra_trend(&h, &s), 0U);
	/* the ring keeps the last 8: old deltas fall out */
	learned_swapra_hist_reset(&h);
	for (s = 0; s < 8; s++)
		learned_swapra_hist_push(&h, 1000 + s, 1, 0);
	for (s = 0; s < 5; s++)
		learned_swapra_hist_push(&h, 2, 1, 0);
	KUNIT_EXPECT_EQ(test, h.n, 8U);
	KUNIT_EXPECT_EQ(test, learned_swapra_trend(&h, &s), 5U);
	KUNIT_EXPECT_EQ(test, s, 2);
}

static void learned_swapra_features_test(struct kunit *test)
{
	static const s32 d[] = { 8, 8, 8, 3 };
	s32 x[LEARNED_SWAPRA_NR_FEATURES];
	struct learned_swapra_hist h;

	fill(&h, d, ARRAY_SIZE(d));
	/* 15 of 16 prefetched pages hit over two earlier plans */
	learned_swapra_hist_push(&h, 8, 16, 15);
	learned_swapra_features(&h, 15, 16, 8, 4, 3, x);
	KUNIT_EXPECT_EQ(test, x[LEARNED_SWAPRA_F_STEP], 3);
	KUNIT_EXPECT_EQ(test, x[LEARNED_SWAPRA_F_TREND], 4 * 256 / 5);
	KUNIT_EXPECT_EQ(test, x[LEARNED_SWAPRA_F_HISTORY], 5);
	KUNIT_EXPECT_EQ(test, x[LEARNED_SWAPRA_F_STRIDE], 3 * 256);
	KUNIT_EXPECT_EQ(test, x[LEARNED_SWAPRA_F_HITS], 15);
	KUNIT_EXPECT_EQ(test, x[LEARNED_SWAPRA_F_PREV_WIN], 16);
	KUNIT_EXPECT_EQ(test, x[LEARNED_SWAPRA_F_HIT_RATIO], 256);
	KUNIT_EXPECT_EQ(test, x[LEARNED_SWAPRA_F_LAST_MATCH], 1);
	KUNIT_EXPECT_EQ(test, x[LEARNED_SWAPRA_F_USE_RATE], 256);
	KUNIT_EXPECT_EQ(test, x[LEARNED_SWAPRA_F_STREAK], 1);	/* 3 broke it */
	learned_swapra_features(&h, 15, 16, 3, 4, 3, x);
	KUNIT_EXPECT_EQ(test, x[LEARNED_SWAPRA_F_STREAK], 0);
	/* no plan yet: use rate 128, hit ratio 0 */
	fill(&h, d, 1);
	learned_swapra_features(&h, 0, 1, 8, 1, 1, x);
	KUNIT_EXPECT_EQ(test, x[LEARNED_SWAPRA_F_USE_RATE], 128);
	KUNIT_EXPECT_EQ(test, x[LEARNED_SWAPRA_F_HIT_RATIO], 0);
}

struct plan_case {
	const char *desc;
	const char *policy;
	s32 delta[LEARNED_SWAPRA_HIST];
	unsigned int n;
	u32 hits, prev_win, stock_win;
	int win;	/* 0: handed to stock */
	s32 stride;
	bool at_least;	/* win is a lower bound (a model's answer) */
};

static const struct plan_case plan_cases[] = {
	{ "leap: stride 4, all hit: double", "leap",
	  { 4, 4, 4, 4 }, 4, 7, 8, 8, 16, 4 },
	{ "leap: capped at 32", "leap",
	  { 1, 1, 1, 1 }, 4, 31, 32, 8, 32, 1 },
	{ "leap: some hits: shrink to the hits", "leap",
	  { -2, -2, -2 }, 3, 2, 16, 8, 4, -2 },
	{ "leap: no hits: halve", "leap",
	  { 3, 3, 3 }, 3, 0, 16, 8, 8, 3 },
	{ "leap: no trend: stock plans", "leap",
	  { 812, -33, 5, 1201 }, 4, 0, 1, 1, 0, 0 },
	{ "learned: sequential, every page used: beyond stock's 8", "learned",
	  { 1, 1, 1, 1, 1, 1, 1, 1 }, 8, 31, 32, 8, 16, 1, true },
	{ "learned: no trend: stock plans", "learned",
	  { 812, -33, 5, 1201, -7000, 19, 3, 77 }, 8, 0, 1, 1, 0, 0 },
};

static void plan_case_desc(const struct plan_case *c, char *desc)
{
	strscpy(desc, c->desc, KUNIT_PARAM_DESC_SIZE);
}

KUNIT_ARRAY_PARAM(plan, plan_cases, plan_case_desc);

static void learned_swapra_plan_test(struct kunit *test)
{
	const struct plan_case *c = test->param_value;
	struct learned_swapra_hist h;
	struct learned_swapra_req req = {
		.hist = &h, .pos = 1000, .prev = 999, .hits = c->hits,
		.prev_win = c->prev_win, .max_win = 8,
		.stock_win = c->stock_win, .vma = true,
	};
	s32 stride = 0;
	int win;

	fill(&h, c->delta, c->n);
	KUNIT_ASSERT_EQ(test, learned_policy_select(&learned_swapra_hook,
						    c->policy), 0);
	rcu_read_lock();
	win = learned_swapra_decide(&req, &stride);
	rcu_read_unlock();
	if (c->at_least)
		KUNIT_EXPECT_GE(test, win, c->win);
	else
		KUNIT_EXPECT_EQ(test, win, c->win);
	if (c->win)
		KUNIT_EXPECT_EQ(test, stride, c->stride);
	KUNIT_EXPECT_EQ(test, learned_policy_select(&learned_swapra_hook,
						    "stock"), 0);
}

static int swapra_bad_win(const struct learned_swapra_req *req, s32 *stride)
{
	*stride = 1;
	return LEARNED_SWAPRA_MAX_WIN + 1;
}

static int swapra_bad_stride(const struct learned_swapra_req *req,
			     s32 *stride)
{
	*stride = 0;
	return 4;
}

static const struct learned_swapra_ops swapra_bad_win_ops = {
	.plan = swapra_bad_win,
};

static const struct learned_swapra_ops swapra_bad_stride_ops = {
	.plan = swapra_bad_stride,
};

static const struct learned_swapra_ops swapra_empty_ops = {};

static struct learned_policy swapra_bad_policies[] = {
	{ .name = "kunit_bad_win", .ops = &swapra_bad_win_ops },
	{ .name = "kunit_badstride", .ops = &swapra_bad_stride_ops },
};

static struct learned_policy swapra_empty = {
	.name = "kunit_empty",
	.ops = &swapra_empty_ops,
};

struct swapra_pkg_case {
	const char *desc;
	const char *hook;	/* named in the package */
	const char *policy;
	u32 fset;
	u16 n_features;
	s32 bias;		/* Q16 score of every window */
	int win;		/* window on a sequential trend; 0: refused */
	const char *refused;
};

static const struct swapra_pkg_case swapra_pkg_cases[] = {
	{ "every window used: the largest", "swapra", "learned",
	  LEARNED_SWAPRA_FEATURE_SET, LEARNED_SWAPRA_NR_FEATURES,
	  LEARNED_Q16(1), LEARNED_SWAPRA_MAX_WIN },
	{ "no window used: the faulting page alone", "swapra", "learned",
	  LEARNED_SWAPRA_FEATURE_SET, LEARNED_SWAPRA_NR_FEATURES,
	  LEARNED_Q16(-1), 1 },
	{ "one feature too many", "swapra", "learned",
	  LEARNED_SWAPRA_FEATURE_SET, LEARNED_SWAPRA_NR_FEATURES + 1,
	  LEARNED_Q16(1), 0, "features and 1 outputs, policy learned needs" },
	{ "another feature set", "swapra", "learned",
	  LEARNED_SWAPRA_FEATURE_SET + 1, LEARNED_SWAPRA_NR_FEATURES,
	  LEARNED_Q16(1), 0, "policy learned reads" },
	{ "leap takes no models", "swapra", "leap",
	  LEARNED_SWAPRA_FEATURE_SET, LEARNED_SWAPRA_NR_FEATURES,
	  LEARNED_Q16(1), 0, "policy leap takes no models" },
	{ "a filera package", "filera", "learned",
	  LEARNED_SWAPRA_FEATURE_SET, LEARNED_SWAPRA_NR_FEATURES,
	  LEARNED_Q16(1), 0, "package is for hook filera" },
};

static void swapra_pkg_desc(const struct swapra_pkg_case *c, char *desc)
{
	strscpy(desc, c->desc, KUNIT_PARAM_DESC_SIZE);
}

KUNIT_ARRAY_PARAM(swapra_pkg, swapra_pkg_cases, swapra_pkg_desc);

/*
 * swapra=learned's model slot: a constant model loaded at run time plans
 * every window of a sequential trend (the largest, or none beyond the
 * faulting page) until model_reset; a package of another shape, feature
 * set, policy or hook is refused with its reason and changes nothing.
 */
static void learned_swapra_model_load_test(struct kunit *test)
{
	const struct swapra_pkg_case *c = test->param_value;
	struct learned_hook *hook = &learned_swapra_hook;
	static const s32 seq[LEARNED_SWAPRA_HIST] = { 1, 1, 1, 1, 1, 1, 1, 1 };
	struct learned_swapra_hist h;
	struct learned_swapra_req req = {
		.hist = &h, .pos = 1000, .prev = 999, .hits = 31,
		.prev_win = 32, .max_win = 8, .stock_win = 8, .vma = true,
	};
	size_t len = KUNIT_PKG_LINEAR_LEN(c->n_features);
	u8 *pkg = kunit_pkg_linear(test, c->hook, c->policy, c->fset,
				   "kunit swapra", c->n_features, NULL,
				   c->bias, LEARNED_OUT_IDENTITY);
	s32 stride = 0;
	int win;

	kunit_pkg_expect(test, hook, pkg, len, c->refused);
	if (c->refused)
		return;
	fill(&h, seq, ARRAY_SIZE(seq));
	KUNIT_ASSERT_EQ(test, learned_policy_select(hook, "learned"), 0);
	rcu_read_lock();
	win = learned_swapra_decide(&req, &stride);
	rcu_read_unlock();
	KUNIT_EXPECT_EQ(test, win, c->win);
	KUNIT_EXPECT_EQ(test, stride, 1);
	KUNIT_EXPECT_EQ(test, learned_test_hook_write(test, hook, "model_reset",
						      "learned"), 7);
	KUNIT_EXPECT_NOT_NULL(test, strstr(hook->models.last,
					   "back to its built-in model"));
	KUNIT_EXPECT_EQ(test, learned_policy_select(hook, "stock"), 0);
}

/* A policy planning out of range is reverted; stock plans meanwhile. */
static void learned_swapra_fault_test(struct kunit *test)
{
	struct learned_swapra_hist h;
	struct learned_swapra_req req = {
		.hist = &h, .pos = 10, .prev = 9, .prev_win = 1, .max_win = 8,
		.stock_win = 2, .vma = true,
	};
	unsigned int i;

	learned_swapra_hist_reset(&h);
	KUNIT_EXPECT_EQ(test, learned_policy_register(&learned_swapra_hook,
						      &swapra_empty), -EINVAL);
	for (i = 0; i < ARRAY_SIZE(swapra_bad_policies); i++) {
		struct learned_policy *p = &swapra_bad_policies[i];
		int faults = atomic_read(&learned_swapra_hook.faults);
		s32 stride = 0;
		int win;

		KUNIT_ASSERT_EQ(test, learned_policy_register(&learned_swapra_hook,
							      p), 0);
		KUNIT_ASSERT_EQ(test, learned_policy_select(&learned_swapra_hook,
							    p->name), 0);
		rcu_read_lock();
		win = learned_swapra_decide(&req, &stride);
		rcu_read_unlock();
		KUNIT_EXPECT_EQ(test, win, 0);	/* handed to stock */
		learned_hook_flush(&learned_swapra_hook);
		KUNIT_EXPECT_FALSE(test,
				   learned_hook_enabled(&learned_swapra_hook));
		KUNIT_EXPECT_EQ(test, atomic_read(&learned_swapra_hook.faults),
				faults + 1);
		KUNIT_EXPECT_NOT_NULL(test,
				      strstr(learned_swapra_hook.last_fault,
					     "plan"));
		learned_policy_unregister(&learned_swapra_hook, p);
	}
}

/* a policy planning what the test sets */
static int swapra_fixed_win;
static s32 swapra_fixed_stride;

static int swapra_fixed(const struct learned_swapra_req *req, s32 *stride)
{
	*stride = swapra_fixed_stride;
	return swapra_fixed_win;
}

static const struct learned_swapra_ops swapra_fixed_ops = {
	.plan = swapra_fixed,
};

static struct learned_policy swapra_fixed_policy = {
	.name = "kunit_fixed",
	.ops = &swapra_fixed_ops,
};

struct verdict_case {
	const char *desc;
	int plan;		/* the policy's window */
	s32 plan_stride;	/* and stride */
	u32 stock_win;
	int win;		/* the plan taken; 0: handed to stock */
	s32 stride;
	int decisions, overrides, fallbacks;
	const char *fault;	/* the fault's reason, or NULL */
};

static const struct verdict_case verdict_cases[] = {
	{ "stock's window, no stride: no override", 8, 1, 8, 8, 1, 1, 0, 0 },
	{ "stock's window with a stride: an override", 8, 2, 8, 8, 2, 1, 1, 0 },
	{ "a backward stride: an override", 8, -1, 8, 8, -1, 1, 1, 0 },
	{ "another window: an override", 4, 1, 8, 4, 1, 1, 1, 0 },
	{ "a window of 1 has stride 1, whatever the policy wrote", 1, 0, 1,
	  1, 1, 1, 0, 0 },
	{ "0 declines: stock plans, a fallback", 0, 3, 8, 0, 0, 0, 0, 1 },
	{ "an error: a fault", -EIO, 1, 8, 0, 0, 0, 0, 1,
	  "plan: window out of range or error" },
	{ "a window beyond the largest: a fault", LEARNED_SWAPRA_MAX_WIN + 1,
	  1, 8, 0, 0, 0, 0, 1, "plan: window out of range or error" },
	{ "stride 0: a fault", 8, 0, 8, 0, 0, 0, 0, 1,
	  "plan: stride out of range" },
	{ "a stride beyond the largest: a fault", 2,
	  -LEARNED_SWAPRA_MAX_STRIDE - 1, 8, 0, 0, 0, 0, 1,
	  "plan: stride out of range" },
};

static void verdict_case_desc(const struct verdict_case *c, char *desc)
{
	strscpy(desc, c->desc, KUNIT_PARAM_DESC_SIZE);
}

KUNIT_ARRAY_PARAM(verdict, verdict_cases, verdict_case_desc);

/*
 * What the core makes of a plan: the window and stride taken, decisions,
 * overrides (another window, or a stride) and fallbacks (a decline, or a
 * fault, whose reason last_fault tells) counted; a fault hands the fault
 * to stock and reverts the hook.
 */
static void learned_swapra_verdict_test(struct kunit *test)
{
	const struct verdict_case *c = test->param_value;
	struct learned_hook *hook = &learned_swapra_hook;
	struct learned_swapra_hist h;
	struct learned_swapra_req req = {
		.hist = &h, .pos = 10, .prev = 9, .prev_win = 1, .max_win = 8,
		.stock_win = c->stock_win, .vma = true,
	};
	int faults = atomic_read(&hook->faults);
	struct learned_hook_stats s0, s1;
	s32 stride = 0;
	int win;

	learned_swapra_hist_reset(&h);
	swapra_fixed_win = c->plan;
	swapra_fixed_stride = c->plan_stride;
	KUNIT_ASSERT_EQ(test, learned_policy_register(hook, &swapra_fixed_policy),
			0);
	KUNIT_ASSERT_EQ(test, learned_policy_select(hook, "kunit_fixed"), 0);
	kunit_hook_stats(hook, &s0);
	rcu_read_lock();
	win = learned_swapra_decide(&req, &stride);
	rcu_read_unlock();
	kunit_hook_stats(hook, &s1);
	KUNIT_EXPECT_EQ(test, win, c->win);
	KUNIT_EXPECT_EQ(test, stride, c->stride);	/* 0: not written */
	KUNIT_EXPECT_EQ(test, s1.decisions - s0.decisions, c->decisions);
	KUNIT_EXPECT_EQ(test, s1.overrides - s0.overrides, c->overrides);
	KUNIT_EXPECT_EQ(test, s1.fallbacks - s0.fallbacks, c->fallbacks);
	learned_hook_flush(hook);
	KUNIT_EXPECT_EQ(test, atomic_read(&hook->faults), faults + !!c->fault);
	KUNIT_EXPECT_EQ(test, learned_hook_enabled(hook), !c->fault);
	if (c->fault)
		KUNIT_EXPECT_STREQ(test, hook->last_fault, c->fault);
	learned_policy_unregister(hook, &swapra_fixed_policy);
}

static u64 swapra_timed(void)
{
	struct learned_hook_stats s;

	kunit_hook_stats(&learned_swapra_hook, &s);
	return s.infer_samples;
}

/* One plan in 16 is timed, for /sys/kernel/learned/swapra/inference_ns. */
static void learned_swapra_timing_test(struct kunit *test)
{
	static const s32 d[] = { 1, 1, 1, 1 };
	struct learned_swapra_hist h;
	struct learned_swapra_req req = {
		.hist = &h, .pos = 1000, .prev = 999, .hits = 3,
		.prev_win = 4, .max_win = 8, .stock_win = 8, .vma = true,
	};
	u64 before = swapra_timed();
	s32 stride;
	int i;

	fill(&h, d, ARRAY_SIZE(d));
	KUNIT_ASSERT_EQ(test, learned_policy_select(&learned_swapra_hook,
						    "leap"), 0);
	preempt_disable();	/* all on one CPU: 32 plans, 2 timed */
	rcu_read_lock();
	for (i = 0; i < 32; i++)
		learned_swapra_decide(&req, &stride);
	rcu_read_unlock();
	preempt_enable();
	KUNIT_EXPECT_EQ(test, swapra_timed() - before, 2ULL);
	KUNIT_EXPECT_EQ(test, learned_policy_select(&learned_swapra_hook,
						    "stock"), 0);
}

/* a deliberately bad policy: no readahead at all, every page a fault */
static int swapra_none(const struct learned_swapra_req *req, s32 *stride)
{
	return 1;
}

static const struct learned_swapra_ops swapra_none_ops = {
	.plan = swapra_none,
};

static struct learned_policy swapra_none_policy = {
	.name = "kunit_none",
	.ops = &swapra_none_ops,
};

static int swapra_decide_key(struct learned_swapra_req *req, u64 key)
{
	s32 stride = 0;
	int win;

	req->key = key;
	rcu_read_lock();
	win = learned_swapra_decide(req, &stride);
	rcu_read_unlock();
	return win;
}

/*
 * Faults in the control sample's regions are planned by stock; with no
 * readahead the others fault far more often than the control sample's
 * share: the watchdog reverts to stock.
 */
static void learned_swapra_watchdog_test(struct kunit *test)
{
	struct learned_hook *hook = &learned_swapra_hook;
	struct learned_swapra_hist h;
	struct learned_swapra_req req = {
		.hist = &h, .pos = 10, .prev = 9, .prev_win = 1, .max_win = 8,
		.stock_win = 2, .vma = true,
	};
	int reverts = atomic_read(&hook->wd.reverts), i;
	u64 kc, ko;

	learned_swapra_hist_reset(&h);
	learned_test_wd_arm(test, hook);
	kc = learned_test_wd_key(hook, true, 1);
	ko = learned_test_wd_key(hook, false, 1);
	KUNIT_ASSERT_EQ(test, learned_policy_register(hook, &swapra_none_policy),
			0);
	KUNIT_ASSERT_EQ(test, learned_policy_select(hook, "kunit_none"), 0);
	KUNIT_EXPECT_EQ(test, swapra_decide_key(&req, kc), 0);	/* stock */
	KUNIT_EXPECT_EQ(test, swapra_decide_key(&req, ko), 1);
	for (i = 0; i < 10; i++)
		swapra_decide_key(&req, kc);
	for (i = 0; i < 300; i++)
		swapra_decide_key(&req, ko);
	KUNIT_EXPECT_TRUE(test, learned_hook_enabled(hook));
	learned_test_wd_wait(hook);
	swapra_decide_key(&req, ko);	/* judges the window */
	learned_hook_flush(hook);
	KUNIT_EXPECT_FALSE(test, learned_hook_enabled(hook));
	KUNIT_EXPECT_EQ(test, atomic_read(&hook->wd.reverts), reverts + 1);
	KUNIT_EXPECT_NOT_NULL(test, strstr(hook->wd.last_revert,
					   "vs control 11 x7"));
	learned_test_wd_disarm(test, hook);
	learned_policy_unregister(hook, &swapra_none_policy);
}

/*
 * A cgroup's own policy: with the hook at stock and the root cgroup on
 * leap, a fault of that cgroup gets leap's plan and one without a cgroup
 * is handed to stock, until the entry is removed.
 */
static void learned_swapra_cgroup_test(struct kunit *test)
{
	static const s32 d[] = { 4, 4, 4, 4 };
	struct learned_swapra_hist h;
	struct learned_swapra_req req = {
		.hist = &h, .pos = 1000, .prev = 996, .hits = 7,
		.prev_win = 8, .max_win = 8, .stock_win = 8, .vma = true,
	};
	struct cgroup *root = cgroup_get_from_path("/");
	int with, without;
	s32 stride = 0;

	KUNIT_ASSERT_FALSE(test, IS_ERR_OR_NULL(root));
	fill(&h, d, ARRAY_SIZE(d));
	KUNIT_ASSERT_EQ(test, learned_policy_select(&learned_swapra_hook,
						    "stock"), 0);
	KUNIT_EXPECT_EQ(test, learned_test_hook_write(test, &learned_swapra_hook,
						      "cgroup_policy", "/ leap"), 6);
	rcu_read_lock();
	req.cgroup = root;
	with = learned_swapra_decide(&req, &stride);
	req.cgroup = NULL;
	without = learned_swapra_decide(&req, &stride);
	rcu_read_unlock();
	KUNIT_EXPECT_EQ(test, with, 16);
	KUNIT_EXPECT_EQ(test, without, 0);
	KUNIT_EXPECT_EQ(test, learned_test_hook_write(test, &learned_swapra_hook,
						      "cgroup_policy", "/ default"), 9);
	rcu_read_lock();
	req.cgroup = root;
	with = learned_swapra_decide(&req, &stride);
	rcu_read_unlock();
	KUNIT_EXPECT_EQ(test, with, 0);
	cgroup_put(root);
}

static struct kunit_case learned_swapra_test_cases[] = {
	KUNIT_CASE_PARAM(learned_swapra_stock_test, stock_gen_params),
	KUNIT_CASE(learned_swapra_trend_test),
	KUNIT_CASE(learned_swapra_features_test),
	KUNIT_CASE_PARAM(learned_swapra_plan_test, plan_gen_params),
	KUNIT_CASE(learned_swapra_fault_test),
	KUNIT_CASE_PARAM(learned_swapra_verdict_test, verdict_gen_params),
	KUNIT_CASE(learned_swapra_timing_test),
	KUNIT_CASE(learned_swapra_watchdog_test),
	KUNIT_CASE(learned_swapra_cgroup_test),
	KUNIT_CASE_PARAM(learned_swapra_model_load_test, swapra_pkg_gen_params),
	{}
};

static struct kunit_suite learned_swapra_test_suite = {
	.name = "learned_swapra",
	.test_cases = learned_swapra_test_cases,
};

kunit_test_suite(learned_swapra_test_suite);

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("KUnit tests for the learned swap-in readahead hook");
