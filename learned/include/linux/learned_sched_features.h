/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What the scheduler hooks see, and the feature vectors built from it.
 *
 * Shared by the kernel (kernel/sched/learned_sched.c and
 * learned_sched_policy.c) and the userspace trace converter and trainer
 * (tools/schedtrace), so a model sees exactly the same integers in both.  Pure integer arithmetic,
 * no allocation, no state.
 */
#ifndef _LINUX_LEARNED_SCHED_FEATURES_H
#define _LINUX_LEARNED_SCHED_FEATURES_H

#include <linux/learned_evict_features.h>	/* learned_log2q8() */
#include <linux/limits.h>
#include <linux/types.h>

/**
 * struct learned_sched_migrate_ctx - a load-balance migration candidate.
 * @delta_ns: time since the task last ran, rq_clock_task(src) minus its
 *	exec_start (negative values are kept as they are).
 * @migration_cost: sysctl_sched_migration_cost in ns (U32_MAX: always hot).
 * @task_load: the task's PELT load_avg.
 * @nr_balance_failed: failed balance attempts of the domain.
 * @cache_nice_tries: the domain's cache_nice_tries.
 * @src_nr_running: tasks on the source run queue.
 * @dst_nr_running: tasks on the destination run queue.
 * @src_cpu: source CPU (not a feature).
 * @dst_cpu: destination CPU (not a feature).
 * @idle: the balance's enum cpu_idle_type (0 idle, 1 not idle, 2 newly idle).
 * @buddy: the task is the next or last buddy of its cfs_rq.
 * @exempt: never cache hot for stock: not a fair task, SCHED_IDLE, or a
 *	domain of SMT siblings.
 *
 * Hard constraints (affinity, running, throttling, per-CPU kthreads,
 * active balance) are decided by stock before a policy is asked; the
 * policy decides the soft "cache hot" part of can_migrate_task().
 */
struct learned_sched_migrate_ctx {
	s64 delta_ns;
	u32 migration_cost;
	u32 task_load;
	u32 nr_balance_failed;
	u32 cache_nice_tries;
	u32 src_nr_running;
	u32 dst_nr_running;
	u32 src_cpu;
	u32 dst_cpu;
	u8 idle;
	u8 buddy;
	u8 exempt;
};

/*
 * Identities of the feature vectors below, for model packages: the
 * migration vector, the wake-up vector, and the wake-up vector followed
 * by the choice (LEARNED_SCHED_WAKE_NR_FEATURES: 0 previous, 1 affine)
 * that the outcome policy's model reads.
 */
#define LEARNED_SCHED_MIGRATE_FEATURE_SET	11
#define LEARNED_SCHED_WAKE_FEATURE_SET		12
#define LEARNED_SCHED_WAKE_OUTCOME_FEATURE_SET	13

enum learned_sched_migrate_feature {
	LEARNED_SCHED_MF_DELTA,		/* log2q8(delta_ns + 1), 0 if negative */
	LEARNED_SCHED_MF_COST,		/* log2q8(migration_cost + 1) */
	LEARNED_SCHED_MF_RATIO,		/* 256 * delta / cost, in [0, 4096] */
	LEARNED_SCHED_MF_BUDDY,		/* buddy and dst run queue not empty */
	LEARNED_SCHED_MF_EXEMPT,	/* 0 or 1 */
	LEARNED_SCHED_MF_FAILED,	/* nr_balance_failed, <= 64 */
	LEARNED_SCHED_MF_FAILED_EXCESS,	/* failed - cache_nice_tries, [-64, 64] */
	LEARNED_SCHED_MF_IDLE,		/* 0, 1 or 2 */
	LEARNED_SCHED_MF_SRC_NR,	/* src_nr_running, <= 1024 */
	LEARNED_SCHED_MF_DST_NR,	/* dst_nr_running, <= 1024 */
	LEARNED_SCHED_MF_TASK_LOAD,	/* log2q8(task_load + 1) */
	LEARNED_SCHED_MIGRATE_NR_FEATURES,
};

static inline s32 learned_sched_clamp(s64 v, s64 lo, s64 hi)
{
	return (s32)(v < lo ? lo : v > hi ? hi : v);
}

/**
 * learned_sched_migrate_features() - the migration feature vector.
 * @c: the candidate.
 * @x: %LEARNED_SCHED_MIGRATE_NR_FEATURES outputs.
 */
static inline void learned_sched_migrate_features(const struct learned_sched_migrate_ctx *c,
						  s32 *x)
{
	u64 delta = c->delta_ns > 0 ? (u64)c->delta_ns : 0;
	u64 ratio;

	if (c->migration_cost == 0)
		ratio = 4096;
	else if (c->migration_cost == U32_MAX)
		ratio = 0;
	else if (delta >= (u64)c->migration_cost * 16)
		ratio = 4096;
	else
		ratio = (delta << 8) / c->migration_cost;
	x[LEARNED_SCHED_MF_DELTA] = learned_log2q8(delta + 1);
	x[LEARNED_SCHED_MF_COST] = learned_log2q8((u64)c->migration_cost + 1);
	x[LEARNED_SCHED_MF_RATIO] = (s32)ratio;
	x[LEARNED_SCHED_MF_BUDDY] = c->buddy && c->dst_nr_running;
	x[LEARNED_SCHED_MF_EXEMPT] = !!c->exempt;
	x[LEARNED_SCHED_MF_FAILED] = learned_sched_clamp(c->nr_balance_failed, 0, 64);
	x[LEARNED_SCHED_MF_FAILED_EXCESS] =
		learned_sched_clamp((s64)c->nr_balance_failed - c->cache_nice_tries,
				    -64, 64);
	x[LEARNED_SCHED_MF_IDLE] = learned_sched_clamp(c->idle, 0, 2);
	x[LEARNED_SCHED_MF_SRC_NR] = learned_sched_clamp(c->src_nr_running, 0, 1024);
	x[LEARNED_SCHED_MF_DST_NR] = learned_sched_clamp(c->dst_nr_running, 0, 1024);
	x[LEARNED_SCHED_MF_TASK_LOAD] = learned_log2q8((u64)c->task_load + 1);
}

/**
 * struct learned_sched_wake_ctx - a wake-affine choice.
 * @this_load: load_avg of the waking CPU's cfs run queue.
 * @prev_load: load_avg of the previous CPU's cfs run queue.
 * @task_load: the woken task's load_avg.
 * @cur_load: the waker's (current's) load_avg.
 * @this_cap: capacity of the waking CPU.
 * @prev_cap: capacity of the previous CPU.
 * @this_nr_running: tasks on the waking CPU.
 * @prev_nr_running: tasks on the previous CPU.
 * @this_cpu: the waking CPU (not a feature).
 * @prev_cpu: the CPU the task last ran on (not a feature).
 * @imbalance_pct: the domain's imbalance_pct.
 * @sync: a synchronous wake-up (the waker is about to sleep).
 * @this_idle: the waking CPU is idle.
 * @prev_idle: the previous CPU is idle.
 * @share_cache: the two CPUs share a last-level cache.
 *
 * The decision is binary: wake "affine" (search for an idle CPU near the
 * waking CPU) or near the previous CPU.  select_idle_sibling() and the
 * affinity checks of select_task_rq() run afterwards as in stock.
 */
struct learned_sched_wake_ctx {
	u64 this_load;
	u64 prev_load;
	u64 task_load;
	u64 cur_load;
	u32 this_cap;
	u32 prev_cap;
	u32 this_nr_running;
	u32 prev_nr_running;
	u32 this_cpu;
	u32 prev_cpu;
	u32 imbalance_pct;
	u8 sync;
	u8 this_idle;
	u8 prev_idle;
	u8 share_cache;
};

enum learned_sched_wake_feature {
	LEARNED_SCHED_WF_SYNC,		/* 0 or 1 */
	LEARNED_SCHED_WF_THIS_IDLE,	/* 0 or 1 */
	LEARNED_SCHED_WF_PREV_IDLE,	/* 0 or 1 */
	LEARNED_SCHED_WF_SHARE_CACHE,	/* 0 or 1 */
	LEARNED_SCHED_WF_THIS_NR,	/* this_nr_running, <= 1024 */
	LEARNED_SCHED_WF_PREV_NR,	/* prev_nr_running, <= 1024 */
	LEARNED_SCHED_WF_THIS_LOAD,	/* log2q8(this_load + 1) */
	LEARNED_SCHED_WF_PREV_LOAD,	/* log2q8(prev_load + 1) */
	LEARNED_SCHED_WF_TASK_LOAD,	/* log2q8(task_load + 1) */
	LEARNED_SCHED_WF_CUR_LOAD,	/* log2q8(cur_load + 1) */
	LEARNED_SCHED_WF_EFF_DIFF,	/* log2q8(this_eff) - log2q8(prev_eff) */
	LEARNED_SCHED_WAKE_NR_FEATURES,
};

/**
 * learned_sched_wake_features() - the wake-affine feature vector.
 * @c: the wake-up.
 * @x: %LEARNED_SCHED_WAKE_NR_FEATURES outputs.
 *
 * EFF_DIFF compares the two effective loads the way wake_affine_weight()
 * does (with the waker's load taken off a synchronous waker's CPU, the
 * wakee's load moved, WA_BIAS and the capacities), in log2 units with 8
 * fractional bits; a negative value favours the waking CPU.
 */
static inline void learned_sched_wake_features(const struct learned_sched_wake_ctx *c,
					       s32 *x)
{
	u64 this_eff = c->this_load, prev_eff;

	if (c->sync)
		this_eff = this_eff > c->cur_load ? this_eff - c->cur_load : 0;
	/* loads are < 2^32 and capacities <= 1024: no overflow below */
	this_eff = (this_eff + c->task_load) * 100 * c->prev_cap;
	prev_eff = c->prev_load > c->task_load ? c->prev_load - c->task_load : 0;
	prev_eff = prev_eff * (100 + ((u64)c->imbalance_pct - 100) / 2) *
		   c->this_cap;
	x[LEARNED_SCHED_WF_SYNC] = !!c->sync;
	x[LEARNED_SCHED_WF_THIS_IDLE] = !!c->this_idle;
	x[LEARNED_SCHED_WF_PREV_IDLE] = !!c->prev_idle;
	x[LEARNED_SCHED_WF_SHARE_CACHE] = !!c->share_cache;
	x[LEARNED_SCHED_WF_THIS_NR] = learned_sched_clamp(c->this_nr_running, 0, 1024);
	x[LEARNED_SCHED_WF_PREV_NR] = learned_sched_clamp(c->prev_nr_running, 0, 1024);
	x[LEARNED_SCHED_WF_THIS_LOAD] = learned_log2q8(c->this_load + 1);
	x[LEARNED_SCHED_WF_PREV_LOAD] = learned_log2q8(c->prev_load + 1);
	x[LEARNED_SCHED_WF_TASK_LOAD] = learned_log2q8(c->task_load + 1);
	x[LEARNED_SCHED_WF_CUR_LOAD] = learned_log2q8(c->cur_load + 1);
	x[LEARNED_SCHED_WF_EFF_DIFF] = learned_log2q8(this_eff + 1) -
				       learned_log2q8(prev_eff + 1);
}

/**
 * struct learned_sched_tune_ctx - one sampling interval of the tuner.
 * @interval_ns: length of the interval.
 * @switches: context switches in the interval, all CPUs
 *	(nr_context_switches(); /proc/stat "ctxt" in userspace).
 * @nr_running: runnable tasks at the end of the interval, all CPUs
 *	(nr_running(); /proc/stat "procs_running").
 * @nr_cpus: online CPUs.
 */
struct learned_sched_tune_ctx {
	u64 interval_ns;
	u64 switches;
	u64 nr_running;
	u32 nr_cpus;
};

enum learned_sched_tune_feature {
	LEARNED_SCHED_TF_CSW,		/* log2q8(switches per CPU-second + 1) */
	LEARNED_SCHED_TF_RUNNABLE,	/* 256 * nr_running / nr_cpus, <= 65536 */
	LEARNED_SCHED_TUNE_NR_FEATURES,
};

/**
 * learned_sched_tune_features() - the phase feature vector of the tuner.
 * @c: the interval.
 * @x: %LEARNED_SCHED_TUNE_NR_FEATURES outputs.
 */
static inline void learned_sched_tune_features(const struct learned_sched_tune_ctx *c,
					       s32 *x)
{
	u64 cpus = c->nr_cpus ? c->nr_cpus : 1;
	u64 ms = c->interval_ns / 1000000 ? c->interval_ns / 1000000 : 1;
	u64 sw = c->switches > (1ULL << 40) ? (1ULL << 40) : c->switches;
	u64 run = c->nr_running > 65536 ? 65536 : c->nr_running;

	/* sw <= 2^40: sw * 1000 cannot overflow */
	x[LEARNED_SCHED_TF_CSW] = learned_log2q8(sw * 1000 / ms / cpus + 1);
	x[LEARNED_SCHED_TF_RUNNABLE] =
		learned_sched_clamp((s64)(run * 256 / cpus), 0, 65536);
}

#endif /* _LINUX_LEARNED_SCHED_FEATURES_H */
