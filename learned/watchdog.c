// SPDX-License-Identifier: GPL-2.0
/*
 * Learned kernel policies: the decision-quality watchdog.
 *
 * Faults (a policy returning nonsense) revert a hook at once; this file
 * reverts a policy that works as designed but decides worse than stock.
 * Stock cannot run beside the policy on the same keys, so the watchdog
 * keeps a control sample instead: the keys that hash into 1/2^shift of the
 * key space are always decided by stock (learned_watchdog_control()), and
 * the hook reports a cost per key (learned_watchdog_cost(), e.g. one per
 * refault).  With equal quality the control sample's share of the cost is
 * its share of the key space; at the end of each window the others' cost
 * rate is compared with the control sample's.  The comparison is made
 * only on windows with enough events and a significant excess (three
 * standard deviations of the binomial split the keys would give with
 * equal quality), and it costs the hot path two per-CPU additions and a
 * jiffies comparison.
 *
 * A window that cannot decide (fewer than min_events costs, or an excess
 * over the threshold that is not yet significant) is carried: the next
 * window adds its costs to this one's, up to WD_MAX_SPAN windows, so the
 * evidence a judgement needs is gathered at whatever rate the hook sees
 * events (a debug kernel refaults several times more slowly than a
 * production one).  The span then starts afresh, so an old window never
 * weighs for ever.
 *
 * The same window also checks the sampled mean inference time against a
 * budget.
 */
#define pr_fmt(fmt) "learned: " fmt

#include <linux/init.h>
#include <linux/jiffies.h>
#include <linux/kobject.h>
#include <linux/learned_policy.h>
#include <linux/math.h>
#include <linux/math64.h>
#include <linux/sysfs.h>
#include <linux/timekeeping.h>

#include "learned.h"

#define WD_WINDOW_MS_DEFAULT	1000
#define WD_MIN_EVENTS_DEFAULT	256
#define WD_CONTROL_SHIFT_DEFAULT 3
/* windows an undecided judgement may span before it starts afresh */
#define WD_MAX_SPAN		8

/**
 * learned_hook_stat_sum() - sum a u64 member of the per-CPU stats.
 * @hook: the hook.
 * @offset: offsetof() the member in struct learned_hook_stats.
 *
 * Context: any.
 * Return: the sum over all possible CPUs.
 */
u64 learned_hook_stat_sum(struct learned_hook *hook, size_t offset)
{
	u64 sum = 0;
	int cpu;

	for_each_possible_cpu(cpu)
		sum += *(u64 *)((char *)per_cpu_ptr(hook->stats, cpu) + offset);
	return sum;
}

#define STAT(hook, member) \
	learned_hook_stat_sum(hook, offsetof(struct learned_hook_stats, member))

static void wd_snapshot(struct learned_hook *hook)
{
	struct learned_watchdog *wd = &hook->wd;

	wd->base_cost[0] = STAT(hook, cost[0]);
	wd->base_cost[1] = STAT(hook, cost[1]);
	wd->base_cost_sq = STAT(hook, cost_sq);
	wd->base_ns = STAT(hook, infer_ns);
	wd->base_samples = STAT(hook, infer_samples);
	wd->span = 1;
	WRITE_ONCE(wd->window_end,
		   jiffies + msecs_to_jiffies(READ_ONCE(wd->window_ms)));
}

void learned_watchdog_init(struct learned_hook *hook)
{
	struct learned_watchdog *wd = &hook->wd;

	wd->threshold_pct = 0;
	wd->window_ms = WD_WINDOW_MS_DEFAULT;
	wd->min_events = WD_MIN_EVENTS_DEFAULT;
	wd->control_shift = WD_CONTROL_SHIFT_DEFAULT;
	wd->budget_ns = 0;
	atomic_set(&wd->judging, 0);
	atomic_set(&wd->windows, 0);
	atomic_set(&wd->reverts, 0);
	strscpy(wd->last_revert, "none", sizeof(wd->last_revert));
	wd_snapshot(hook);
}

/*
 * A new policy or new knobs: start a fresh window; with @zero, also reset
 * the counters, which no judge may see half done.  hook->lock held.
 */
static void wd_restart(struct learned_hook *hook, bool zero)
{
	int cpu;

	while (atomic_cmpxchg(&hook->wd.judging, 0, 1))
		cpu_relax();
	if (zero)
		for_each_possible_cpu(cpu)
			memset(per_cpu_ptr(hook->stats, cpu), 0,
			       sizeof(struct learned_hook_stats));
	wd_snapshot(hook);
	atomic_set(&hook->wd.judging, 0);
}

void learned_watchdog_restart(struct learned_hook *hook)
{
	wd_restart(hook, false);
}

/* Zero the decision counters and start a fresh window.  hook->lock held. */
void learned_watchdog_reset_stats(struct learned_hook *hook)
{
	wd_restart(hook, true);
}

static void wd_revert(struct learned_hook *hook, const char *fmt, ...)
{
	struct learned_watchdog *wd = &hook->wd;
	unsigned long flags;
	va_list args;

	if (!learned_hook_revert(hook))
		return;
	va_start(args, fmt);
	vscnprintf(wd->last_revert, sizeof(wd->last_revert), fmt, args);
	va_end(args);
	wd->last_revert_ms = div_u64(ktime_get_boottime_ns(), NSEC_PER_MSEC);
	atomic_inc(&wd->reverts);
	/* deferred: the scheduler hooks judge under a run-queue lock */
	local_irq_save(flags);
	printk_deferred_enter();
	pr_info("%s: watchdog reverted to stock: %s\n", hook->name,
		wd->last_revert);
	printk_deferred_exit();
	local_irq_restore(flags);
}

/**
 * __learned_watchdog_judge() - judge the window that just ended.
 * @hook: the hook.
 *
 * Called by learned_watchdog_cost() once the window's end has passed; one
 * CPU judges, the others go on.
 *
 * Context: any; does not sleep.
 */
void __learned_watchdog_judge(struct learned_hook *hook)
{
	struct learned_watchdog *wd = &hook->wd;
	unsigned int thr, shift, budget;
	u64 ctl, oth, sq, ns, samples, total, fair;
	bool worse, significant;

	if (atomic_cmpxchg(&wd->judging, 0, 1))
		return;
	if (!time_after(jiffies, READ_ONCE(wd->window_end)))
		goto out;
	ctl = STAT(hook, cost[0]);
	oth = STAT(hook, cost[1]);
	sq = STAT(hook, cost_sq);
	ns = STAT(hook, infer_ns);
	samples = STAT(hook, infer_samples);
	if (unlikely(ctl < wd->base_cost[0] || oth < wd->base_cost[1] ||
		     sq < wd->base_cost_sq || ns < wd->base_ns || samples < wd->base_samples)) {
		/* counters reset under the window: nothing to judge */
		wd_snapshot(hook);
		goto out;
	}
	ctl -= wd->base_cost[0];
	oth -= wd->base_cost[1];
	sq -= wd->base_cost_sq;
	ns -= wd->base_ns;
	samples -= wd->base_samples;
	wd->last_cost[0] = ctl;
	wd->last_cost[1] = oth;
	atomic_inc(&wd->windows);
	thr = READ_ONCE(wd->threshold_pct);
	shift = READ_ONCE(wd->control_shift);
	budget = READ_ONCE(wd->budget_ns);
	total = ctl + oth;

	/*
	 * The control sample holds 1 key in 2^shift: equal quality means
	 * oth == ctl * (2^shift - 1).  Revert when the others cost more than
	 * thr percent above that, and the excess is significant: with equal
	 * quality each cost c_i lands with the others with p = 1 - 2^-shift,
	 * so D = oth * 2^shift - total * (2^shift - 1) has mean 0 and
	 * variance (2^shift - 1) * sum(c_i^2); revert only beyond 3 standard
	 * deviations.  With costs of 1 (a refault) sum(c_i^2) is total: the
	 * binomial test.
	 */
	fair = total * ((1ULL << shift) - 1);
	worse = oth * 100 > ctl * ((1ULL << shift) - 1) * (100 + thr);
	significant = worse && (oth << shift) - fair >
		      3ULL * int_sqrt64(sq * ((1ULL << shift) - 1));
	if (thr && total >= READ_ONCE(wd->min_events) && significant) {
		wd_revert(hook,
			  "cost %llu vs control %llu x%llu = %llu (+%u%% allowed) in %u ms",
			  oth, ctl, (1ULL << shift) - 1,
			  ctl * ((1ULL << shift) - 1), thr,
			  wd->span * READ_ONCE(wd->window_ms));
	} else if (budget && samples && div64_u64(ns, samples) > budget) {
		wd_revert(hook, "mean inference %llu ns over %llu samples > budget %u ns",
			  div64_u64(ns, samples), samples, budget);
	} else if (thr && (total < READ_ONCE(wd->min_events) || worse) &&
		   wd->span < WD_MAX_SPAN) {
		/* undecided: carry the costs into the next window */
		wd->span++;
		WRITE_ONCE(wd->window_end,
			   jiffies + msecs_to_jiffies(READ_ONCE(wd->window_ms)));
		goto out;
	}
	wd_snapshot(hook);
out:
	atomic_set(&wd->judging, 0);
}
EXPORT_SYMBOL_GPL(__learned_watchdog_judge);

/* sysfs: the knobs, one value per file */

static ssize_t wd_store(struct kobject *kobj, const char *buf, size_t count,
			unsigned int *field, unsigned int min, unsigned int max)
{
	struct learned_hook *hook = to_hook(kobj);
	unsigned int val;

	if (learned_parse_uint(buf, count, min, max, &val))
		return -EINVAL;
	mutex_lock(&hook->lock);
	WRITE_ONCE(*field, val);
	learned_watchdog_restart(hook);
	mutex_unlock(&hook->lock);
	return count;
}

#define WD_KNOB(_name, _min, _max)					\
static ssize_t watchdog_##_name##_show(struct kobject *kobj,		\
				       struct kobj_attribute *attr,	\
				       char *buf)			\
{									\
	return sysfs_emit(buf, "%u\n",					\
			  READ_ONCE(to_hook(kobj)->wd._name));		\
}									\
static ssize_t watchdog_##_name##_store(struct kobject *kobj,		\
					struct kobj_attribute *attr,	\
					const char *buf, size_t count)	\
{									\
	return wd_store(kobj, buf, count, &to_hook(kobj)->wd._name,	\
			_min, _max);					\
}									\
static struct kobj_attribute watchdog_##_name##_attr =			\
	__ATTR_RW(watchdog_##_name)

/* percent over the control sample's cost rate; 0 disarms */
WD_KNOB(threshold_pct, 0, 10000);
/* 10 ms to 10 minutes */
WD_KNOB(window_ms, 10, 600000);
WD_KNOB(min_events, 1, 100000000);
/* control sample from 1/2 to 1/1024 of the keys */
WD_KNOB(control_shift, 1, 10);
/* 0: no budget; up to 1 ms */
WD_KNOB(budget_ns, 0, 1000000);

static ssize_t watchdog_show(struct kobject *kobj, struct kobj_attribute *attr,
			     char *buf)
{
	struct learned_watchdog *wd = &to_hook(kobj)->wd;

	return sysfs_emit(buf, "windows %d reverts %d last_cost %llu control %llu span %u\n",
			  atomic_read(&wd->windows), atomic_read(&wd->reverts),
			  wd->last_cost[1], wd->last_cost[0], READ_ONCE(wd->span));
}

static struct kobj_attribute watchdog_attr = __ATTR_RO(watchdog);

static ssize_t last_revert_show(struct kobject *kobj,
				struct kobj_attribute *attr, char *buf)
{
	struct learned_watchdog *wd = &to_hook(kobj)->wd;

	if (!atomic_read(&wd->reverts))
		return sysfs_emit(buf, "none\n");
	return sysfs_emit(buf, "at %llu ms: %s\n", wd->last_revert_ms,
			  wd->last_revert);
}

static struct kobj_attribute last_revert_attr = __ATTR_RO(last_revert);

static ssize_t inference_ns_show(struct kobject *kobj,
				 struct kobj_attribute *attr, char *buf)
{
	struct learned_hook *hook = to_hook(kobj);
	u64 ns = STAT(hook, infer_ns), n = STAT(hook, infer_samples);
	u64 max = 0;
	int cpu;

	for_each_possible_cpu(cpu)
		max = max(max, per_cpu_ptr(hook->stats, cpu)->infer_max_ns);
	return sysfs_emit(buf, "%llu %llu %llu\n", n ? div64_u64(ns, n) : 0,
			  n, max);
}

static struct kobj_attribute inference_ns_attr = __ATTR_RO(inference_ns);

static struct attribute *learned_watchdog_attrs[] = {
	&watchdog_threshold_pct_attr.attr,
	&watchdog_window_ms_attr.attr,
	&watchdog_min_events_attr.attr,
	&watchdog_control_shift_attr.attr,
	&watchdog_budget_ns_attr.attr,
	&watchdog_attr.attr,
	&last_revert_attr.attr,
	&inference_ns_attr.attr,
	NULL,
};

/* only inference_ns on a hook that reports no cost: nothing to judge */
static umode_t learned_watchdog_visible(struct kobject *kobj,
					struct attribute *attr, int n)
{
	if (attr == &inference_ns_attr.attr || to_hook(kobj)->has_cost)
		return attr->mode;
	return 0;
}

const struct attribute_group learned_watchdog_group = {
	.attrs = learned_watchdog_attrs,
	.is_visible = learned_watchdog_visible,
};

static struct learned_part learned_watchdog_part = {
	.hook_init = learned_watchdog_init,
	.switched = learned_watchdog_restart,
};

static int __init learned_watchdog_part_init(void)
{
	learned_part_register(&learned_watchdog_part);
	return 0;
}
core_initcall(learned_watchdog_part_init);
