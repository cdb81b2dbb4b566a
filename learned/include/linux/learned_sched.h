/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Learned scheduler policies: the "sched_migrate" and "sched_wake" hooks.
 *
 * sched_migrate: can_migrate_task() asks whether load balancing may pull a
 * task that passed every hard check (affinity, not running, not throttled,
 * not a per-CPU kthread, not an active balance).  Stock refuses a cache-hot
 * task unless the domain failed to balance more than cache_nice_tries
 * times; a policy may decide otherwise.
 *
 * sched_wake: wake_affine() chooses between the waking CPU ("affine") and
 * the task's previous CPU as the target of the idle-sibling search.  Stock
 * uses wake_affine_idle() and wake_affine_weight(); a policy may decide
 * otherwise.  A policy may also let a wakee queued behind its waker wait
 * for the waker instead of preempting it (check_preempt_wakeup()).
 *
 * Both hooks cost a patched-out jump while stock is active and the
 * learned_sched_* tracepoints are off.  With a tracepoint on, stock
 * decisions are traced too (that is how imitation training data is made).
 */
#ifndef _LINUX_LEARNED_SCHED_H
#define _LINUX_LEARNED_SCHED_H

#include <linux/jump_label.h>
#include <linux/learned_sched_features.h>
#include <linux/minmax.h>
#include <linux/types.h>

struct rq;
struct sched_domain;
struct task_struct;

/**
 * struct learned_sched_migrate_ops - callbacks of a migration policy.
 * @migrate: return 1 to allow the migration, 0 to refuse it, or a
 *	negative errno on an internal error (the hook then reverts to
 *	stock).  @stock is stock's answer.  Called with the source run
 *	queue locked and interrupts off; must not sleep or take locks.
 */
struct learned_sched_migrate_ops {
	int (*migrate)(const struct learned_sched_migrate_ctx *c, bool stock);
};

/**
 * struct learned_sched_wake_ops - callbacks of a wake-up placement policy.
 * @wake: return 1 to wake affine (near the waking CPU), 0 to wake near the
 *	previous CPU, or a negative errno on an internal error (the hook
 *	then reverts to stock).  @stock is stock's answer.  Called with
 *	p->pi_lock held and preemption off; must not sleep or take locks.
 * @follow_nr: 0, or the most tasks a CPU may run for a wakee to follow
 *	its waker there: a task woken from task context onto the waker's
 *	own CPU, leaving at most @follow_nr tasks on it (the waker and the
 *	wakee included), does not preempt the waker at wake-up; it runs
 *	when the waker sleeps, or when the tick ends the waker's slice.
 *	This applies to every such wake-up, whoever chose its CPU.  Read
 *	once, when the policy becomes active (not a decision: it is neither
 *	counted nor judged by the watchdog).
 */
struct learned_sched_wake_ops {
	int (*wake)(const struct learned_sched_wake_ctx *c, bool stock);
	unsigned int follow_nr;
};

/* follow_nr of a wakee that follows its waker only where the two are alone */
#define LEARNED_SCHED_FOLLOW_ALONE	2

/* Range of wake-up granularities a tuning policy may ask for. */
#define LEARNED_SCHED_TUNE_MIN_NS	100000		/* 0.1 ms */
#define LEARNED_SCHED_TUNE_MAX_NS	20000000	/* 20 ms */

/* The "low" granularity: a quarter of @stock, within the range. */
static inline unsigned int learned_sched_tune_low_ns(unsigned int stock)
{
	return clamp_t(unsigned int, stock / 4, LEARNED_SCHED_TUNE_MIN_NS,
		       LEARNED_SCHED_TUNE_MAX_NS);
}

/* The "high" granularity: four times @stock, within the range. */
static inline unsigned int learned_sched_tune_high_ns(unsigned int stock)
{
	if (stock > LEARNED_SCHED_TUNE_MAX_NS / 4)	/* no overflow */
		return LEARNED_SCHED_TUNE_MAX_NS;
	return max_t(unsigned int, stock * 4, LEARNED_SCHED_TUNE_MIN_NS);
}

/**
 * struct learned_sched_tune_ops - callbacks of a tuning policy.
 * @gran: return the wake-up granularity in ns for the phase @c, between
 *	%LEARNED_SCHED_TUNE_MIN_NS and %LEARNED_SCHED_TUNE_MAX_NS, or a
 *	negative errno (the hook then reverts to stock).  @stock is the value
 *	stock uses.  Called from a work item every 100 ms; must not sleep.
 */
struct learned_sched_tune_ops {
	int (*gran)(const struct learned_sched_tune_ctx *c, unsigned int stock);
};

#ifdef CONFIG_LEARNED_SCHED
DECLARE_STATIC_KEY_FALSE(learned_sched_migrate_key);
DECLARE_STATIC_KEY_FALSE(learned_sched_wake_key);
DECLARE_STATIC_KEY_FALSE(learned_sched_trace_key);
extern struct learned_hook learned_sched_migrate_hook;
extern struct learned_hook learned_sched_wake_hook;
extern struct learned_hook learned_sched_tune_hook;

struct learned_policy;
unsigned int learned_sched_tune_decide(const struct learned_sched_tune_ctx *c,
				       unsigned int stock);
void learned_sched_tune_policy_init(struct learned_policy *policy);

bool learned_sched_decide_migrate(const struct learned_sched_migrate_ctx *c,
				  bool stock, u64 key, unsigned int cost);
bool learned_sched_decide_wake(const struct learned_sched_wake_ctx *c,
			       bool stock, u64 key, unsigned int cost);
bool __learned_sched_migrate(struct task_struct *p, struct rq *src_rq,
			     struct rq *dst_rq, struct sched_domain *sd,
			     int idle, bool stock);
bool __learned_sched_wake_affine(struct sched_domain *sd,
				 struct task_struct *p, int this_cpu,
				 int prev_cpu, int sync, bool stock);
bool __learned_sched_wake_follows(struct rq *rq, int wake_flags);
#endif

/**
 * learned_sched_migrate() - may load balancing pull this task?
 * @p: the task, on @src_rq.
 * @src_rq: the busiest run queue, locked.
 * @dst_rq: the pulling CPU's run queue.
 * @sd: the domain being balanced.
 * @idle: the balance's enum cpu_idle_type.
 * @stock: stock's answer (not cache hot, or too many failed balances).
 *
 * Context: @src_rq locked, interrupts off.
 * Return: true to migrate.  Exactly @stock unless a non-stock policy is
 * selected in /sys/kernel/learned/sched_migrate/policy.
 */
static inline bool learned_sched_migrate(struct task_struct *p,
					 struct rq *src_rq, struct rq *dst_rq,
					 struct sched_domain *sd, int idle,
					 bool stock)
{
#ifdef CONFIG_LEARNED_SCHED
	if (static_branch_unlikely(&learned_sched_migrate_key) ||
	    static_branch_unlikely(&learned_sched_trace_key))
		return __learned_sched_migrate(p, src_rq, dst_rq, sd, idle,
					       stock);
#endif
	return stock;
}

/**
 * learned_sched_wake_affine() - wake @p near the waking CPU?
 * @sd: the wake-affine domain spanning both CPUs.
 * @p: the task being woken.
 * @this_cpu: the waking CPU.
 * @prev_cpu: the CPU @p last ran on.
 * @sync: a synchronous wake-up.
 * @stock: stock's answer.
 *
 * Context: p->pi_lock held, preemption off.
 * Return: true to wake affine.  Exactly @stock unless a non-stock policy
 * is selected in /sys/kernel/learned/sched_wake/policy.
 */
static inline bool learned_sched_wake_affine(struct sched_domain *sd,
					     struct task_struct *p,
					     int this_cpu, int prev_cpu,
					     int sync, bool stock)
{
#ifdef CONFIG_LEARNED_SCHED
	if (static_branch_unlikely(&learned_sched_wake_key) ||
	    static_branch_unlikely(&learned_sched_trace_key))
		return __learned_sched_wake_affine(sd, p, this_cpu, prev_cpu,
						   sync, stock);
#endif
	return stock;
}

/**
 * learned_sched_wake_follows() - may a wakee wait for its waker to sleep?
 * @rq: the run queue a task was just woken onto, locked.
 * @wake_flags: the wake-up's WF_* flags.
 *
 * True when the active wake policy's &learned_sched_wake_ops.follow_nr
 * lets the wakee follow: a wake-up (not a fork) from task context onto this
 * CPU, whose running task is the waker, with at most follow_nr tasks
 * on @rq.
 *
 * Context: @rq locked, interrupts off.
 * Return: always false unless a non-stock policy is selected in
 * /sys/kernel/learned/sched_wake/policy.
 */
static inline bool learned_sched_wake_follows(struct rq *rq, int wake_flags)
{
#ifdef CONFIG_LEARNED_SCHED
	if (static_branch_unlikely(&learned_sched_wake_key))
		return __learned_sched_wake_follows(rq, wake_flags);
#endif
	return false;
}

#endif /* _LINUX_LEARNED_SCHED_H */
