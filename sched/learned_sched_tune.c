// SPDX-License-Identifier: GPL-2.0
/*
 * Learned tuning of a scheduler constant: the "sched_tune" hook.
 *
 * sysctl_sched_wakeup_granularity decides how much more vruntime the
 * current task must have used before a woken task preempts it.  Stock
 * keeps it fixed (1 ms scaled by the CPU count).  While a non-stock
 * policy is active, a delayed work samples the system every
 * LEARNED_SCHED_TUNE_MS (context switches per CPU-second, runnable tasks
 * per CPU: include/linux/learned_sched_features.h), asks the policy for a
 * granularity for the current phase, and sets it; a new value is applied
 * only after LEARNED_SCHED_TUNE_STABLE equal answers in a row, so one
 * noisy interval does not flip it.  Selecting stock again restores the
 * value that was in force when the first non-stock policy was selected.
 *
 * Policies:
 *   stock    the constant is left alone.
 *   low      always a quarter of the stock value (a fixed alternative,
 *            and the second arm of the training runs).
 *   high     always four times the stock value, at most 20 ms.
 *   learned  two phase models (learned/models/sched_tune.h and
 *            sched_tune_high.h, scripts/train/train sched-tune) say, from the
 *            phase features, whether the low or the high value helps;
 *            registered by kernel/sched/learned_sched_policy.c.
 *
 * The hook has no quality watchdog files (no has_cost): it sets one value
 * for every task at once, so a per-key control sample decided by stock
 * cannot exist; every task runs under the value the policy chose.
 */
#define pr_fmt(fmt) "learned_sched: " fmt

#include <linux/cpumask_api.h>
#include <linux/init.h>
#include <linux/learned_policy.h>
#include <linux/learned_sched.h>
#include <linux/lockdep_api.h>
#include <linux/mutex_api.h>
#include <linux/sched/clock.h>
#include <linux/sched/cputime.h>
#include <linux/sched/stat.h>
#include <linux/spinlock_api.h>
#include <linux/topology.h>
#include <linux/workqueue.h>

#include "sched.h"

#include <trace/events/learned_sched.h>

/* Defined in fair.c in every config; sched.h declares it only with SCHED_DEBUG. */
extern unsigned int sysctl_sched_wakeup_granularity;

#define LEARNED_SCHED_TUNE_MS		100
#define LEARNED_SCHED_TUNE_STABLE	3

DEFINE_STATIC_KEY_FALSE(learned_sched_tune_key);

static int learned_sched_tune_validate(const struct learned_policy *policy)
{
	const struct learned_sched_tune_ops *ops = policy->ops;

	return ops->gran ? 0 : -EINVAL;
}

static int learned_sched_tune_attach(struct learned_hook *hook);
static void learned_sched_tune_detach(struct learned_hook *hook);

struct learned_hook learned_sched_tune_hook = {
	.name = "sched_tune",
	.key = &learned_sched_tune_key,
	.validate = learned_sched_tune_validate,
};
EXPORT_SYMBOL_GPL(learned_sched_tune_hook);

static DEFINE_MUTEX(tune_lock);		/* protects the state below */
static bool tune_running;
static unsigned int tune_saved;		/* the value stock had */
static unsigned int tune_pending;	/* candidate value ... */
static unsigned int tune_streak;	/* ... and how often in a row */
static u64 tune_last_ns, tune_last_switches;

static void learned_sched_tune_fn(struct work_struct *work);
static DECLARE_DELAYED_WORK(tune_work, learned_sched_tune_fn);

/**
 * learned_sched_tune_decide() - ask the active tuning policy.
 * @c: the sampling interval.
 * @stock: the stock granularity in ns.
 *
 * Reverts the hook to stock when the policy returns an error or a value
 * outside [%LEARNED_SCHED_TUNE_MIN_NS, %LEARNED_SCHED_TUNE_MAX_NS],
 * widened to take in @stock itself (an administrator may set stock
 * outside that range).
 *
 * Context: process context; takes rcu_read_lock().
 * Return: the granularity to use, @stock when no policy answers.
 */
unsigned int learned_sched_tune_decide(const struct learned_sched_tune_ctx *c,
				       unsigned int stock)
{
	const struct learned_call call = {
		.hook = &learned_sched_tune_hook,
		.stock = stock,
		.lo = min_t(long, LEARNED_SCHED_TUNE_MIN_NS, stock),
		.hi = max_t(long, LEARNED_SCHED_TUNE_MAX_NS, stock),
		.fault = "gran: policy returned an error or a value out of range",
	};
	long ret;

	rcu_read_lock();
	ret = LEARNED_CALL(&call, struct learned_sched_tune_ops, gran, c, stock);
	rcu_read_unlock();
	return ret;
}
EXPORT_SYMBOL_GPL(learned_sched_tune_decide);

static void learned_sched_tune_fn(struct work_struct *work)
{
	struct learned_sched_tune_ctx c;
	u64 now = local_clock(), sw = nr_context_switches();
	unsigned int gran;

	mutex_lock(&tune_lock);
	if (!tune_running)
		goto unlock;
	c = (struct learned_sched_tune_ctx) {
		.interval_ns = now - tune_last_ns,
		.switches = sw - tune_last_switches,
		.nr_running = nr_running(),
		.nr_cpus = num_online_cpus(),
	};
	tune_last_ns = now;
	tune_last_switches = sw;
	gran = learned_sched_tune_decide(&c, tune_saved);
	if (gran == tune_pending) {
		if (tune_streak < LEARNED_SCHED_TUNE_STABLE)
			tune_streak++;
	} else {
		tune_pending = gran;
		tune_streak = 1;
	}
	if (tune_streak >= LEARNED_SCHED_TUNE_STABLE)
		WRITE_ONCE(sysctl_sched_wakeup_granularity, tune_pending);
	trace_learned_sched_tune(&c, tune_saved, gran,
				 READ_ONCE(sysctl_sched_wakeup_granularity));
	queue_delayed_work(system_unbound_wq, &tune_work,
			   msecs_to_jiffies(LEARNED_SCHED_TUNE_MS));
unlock:
	mutex_unlock(&tune_lock);
}

/* Called with hook->lock held, before the new policy becomes active. */
static int learned_sched_tune_attach(struct learned_hook *hook)
{
	mutex_lock(&tune_lock);
	if (!tune_running) {
		tune_saved = READ_ONCE(sysctl_sched_wakeup_granularity);
		tune_pending = tune_saved;
		tune_streak = 0;
		tune_last_ns = local_clock();
		tune_last_switches = nr_context_switches();
		tune_running = true;
		queue_delayed_work(system_unbound_wq, &tune_work,
				   msecs_to_jiffies(LEARNED_SCHED_TUNE_MS));
	}
	mutex_unlock(&tune_lock);
	return 0;
}

/*
 * Called with hook->lock held, after the old policy stopped being active
 * and a grace period passed.  Stops the sampling and restores the stock
 * value once stock is active again (not between two non-stock policies).
 */
static void learned_sched_tune_detach(struct learned_hook *hook)
{
	if (static_key_enabled(hook->key))
		return;
	mutex_lock(&tune_lock);
	tune_running = false;
	mutex_unlock(&tune_lock);
	cancel_delayed_work_sync(&tune_work);
	mutex_lock(&tune_lock);
	if (!tune_running)
		WRITE_ONCE(sysctl_sched_wakeup_granularity, tune_saved);
	mutex_unlock(&tune_lock);
}

/**
 * learned_sched_tune_policy_init() - give a tuning policy the sampler.
 * @policy: a policy of the sched_tune hook, before registration.
 *
 * Sets the attach and detach callbacks that start and stop the sampling
 * work; every sched_tune policy must be registered through it.
 *
 * Context: process context.
 */
void learned_sched_tune_policy_init(struct learned_policy *policy)
{
	policy->attach = learned_sched_tune_attach;
	policy->detach = learned_sched_tune_detach;
}
EXPORT_SYMBOL_GPL(learned_sched_tune_policy_init);

static int learned_sched_tune_low(const struct learned_sched_tune_ctx *c,
				  unsigned int stock)
{
	return learned_sched_tune_low_ns(stock);
}

static const struct learned_sched_tune_ops learned_sched_tune_low_ops = {
	.gran = learned_sched_tune_low,
};

static struct learned_policy learned_sched_tune_low_policy = {
	.name = "low",
	.ops = &learned_sched_tune_low_ops,
	.model = "none (a quarter of the stock wake-up granularity)",
};

/*
 * Four times stock: a woken task preempts its waker less often.  When a
 * waker is about to sleep anyway (a hand-off), it then sleeps before the
 * woken task runs, instead of waiting preempted on its run queue, where
 * an idle CPU's load balancing pulls it.
 */
static int learned_sched_tune_high(const struct learned_sched_tune_ctx *c,
				   unsigned int stock)
{
	return learned_sched_tune_high_ns(stock);
}

static const struct learned_sched_tune_ops learned_sched_tune_high_ops = {
	.gran = learned_sched_tune_high,
};

static struct learned_policy learned_sched_tune_high_policy = {
	.name = "high",
	.ops = &learned_sched_tune_high_ops,
	.model = "none (four times the stock wake-up granularity)",
};

/* A policy that fails to register is missing; the hook still works. */
static void __init learned_sched_tune_add(struct learned_policy *policy)
{
	int err;

	learned_sched_tune_policy_init(policy);
	err = learned_policy_register(&learned_sched_tune_hook, policy);
	if (err)
		pr_warn("cannot register policy %s: %d\n", policy->name, err);
}

static int __init learned_sched_tune_init(void)
{
	int err;

	err = learned_hook_register(&learned_sched_tune_hook);
	if (err) {
		pr_warn("cannot register the sched_tune hook: %d\n", err);
		return err;
	}
	learned_sched_tune_add(&learned_sched_tune_low_policy);
	learned_sched_tune_add(&learned_sched_tune_high_policy);
	return 0;
}
late_initcall(learned_sched_tune_init);
