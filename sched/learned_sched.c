// SPDX-License-Identifier: GPL-2.0
/*
 * Learned scheduler policies: the "sched_migrate" and "sched_wake" hooks
 * and their built-in policies (see include/linux/learned_sched.h).
 *
 *   sched_migrate  can_migrate_task(): may load balancing pull a task
 *                  that passed every hard check?  stock: not cache hot
 *                  (task_hot()), or more failed balances than
 *                  cache_nice_tries.
 *   sched_wake     wake_affine(): search for an idle CPU near the waking
 *                  CPU or near the previous one?  stock: wake_affine_idle()
 *                  then wake_affine_weight().
 *
 * Built-in non-stock policies, here because they need no model:
 *
 *   sched_wake=explore  uniformly random choice (per-CPU xorshift); it
 *                       makes the outcome training data, in which both
 *                       choices occur in every situation.
 *   sched_wake=follow   stock's placement, and a wakee woken onto its
 *                       waker's CPU, where the two are alone, does not
 *                       preempt the waker (the follow rule of outcome,
 *                       without its model: an ablation).
 *
 * The quality watchdog (with CONFIG_SCHED_INFO, which SCHEDSTATS and
 * TASK_DELAY_ACCT select; without it neither hook has watchdog files)
 * keys both hooks by the task's pid, so the tasks of the control sample
 * are placed and balanced by stock alone.  Its cost is run-queue wait:
 * at each decision about a task, the time the task waited on a run queue
 * (sched_info.run_delay) since the hook's previous decision about it, in
 * units of 16 us (LEARNED_SCHED_WAIT_SHIFT), is reported for the task.  A
 * placement or a migration that leaves a task queued behind others shows
 * there.  The follow rule (__learned_sched_wake_follows()) does not know
 * the wakee and applies to the control sample too.
 *
 * The model-based policies are in kernel/sched/learned_sched_policy.c.
 */
#define pr_fmt(fmt) "learned_sched: " fmt

#include <linux/cpumask_api.h>
#include <linux/hash.h>
#include <linux/init.h>
#include <linux/learned_policy.h>
#include <linux/learned_sched.h>
#include <linux/lockdep_api.h>
#include <linux/mutex_api.h>
#include <linux/percpu.h>
#include <linux/random.h>
#include <linux/sched/clock.h>
#include <linux/sched/cputime.h>
#include <linux/spinlock_api.h>
#include <linux/topology.h>

#include "sched.h"

#define CREATE_TRACE_POINTS
#include <trace/events/learned_sched.h>

DEFINE_STATIC_KEY_FALSE(learned_sched_migrate_key);
DEFINE_STATIC_KEY_FALSE(learned_sched_wake_key);
DEFINE_STATIC_KEY_FALSE(learned_sched_trace_key);

static int learned_sched_migrate_validate(const struct learned_policy *policy)
{
	const struct learned_sched_migrate_ops *ops = policy->ops;

	return ops->migrate ? 0 : -EINVAL;
}

static int learned_sched_wake_validate(const struct learned_policy *policy)
{
	const struct learned_sched_wake_ops *ops = policy->ops;

	return ops->wake ? 0 : -EINVAL;
}

/* follow_nr of the active wake policy; 0 under stock (no ops) */
static unsigned int learned_sched_follow_nr;

static void learned_sched_wake_switched(struct learned_hook *hook,
					const struct learned_policy *active)
{
	const struct learned_sched_wake_ops *ops = active->ops;

	WRITE_ONCE(learned_sched_follow_nr, ops ? ops->follow_nr : 0);
}

struct learned_hook learned_sched_migrate_hook = {
	.name = "sched_migrate",
	.key = &learned_sched_migrate_key,
	.validate = learned_sched_migrate_validate,
	.has_cost = IS_ENABLED(CONFIG_SCHED_INFO),
	.has_models = true,
};
EXPORT_SYMBOL_GPL(learned_sched_migrate_hook);

struct learned_hook learned_sched_wake_hook = {
	.name = "sched_wake",
	.key = &learned_sched_wake_key,
	.validate = learned_sched_wake_validate,
	.switched = learned_sched_wake_switched,
	.has_cost = IS_ENABLED(CONFIG_SCHED_INFO),
	.has_models = true,
};
EXPORT_SYMBOL_GPL(learned_sched_wake_hook);

/*
 * Tracepoint registration: while a learned_sched_* event is enabled the
 * hooks run their slow path under stock too, so stock decisions are traced.
 * Called by the tracepoint core under tracepoints_mutex, may sleep.
 */
int learned_sched_trace_reg(void)
{
	static_branch_inc(&learned_sched_trace_key);
	return 0;
}

void learned_sched_trace_unreg(void)
{
	static_branch_dec(&learned_sched_trace_key);
}

/* run-queue wait is reported in units of 2^14 ns (16 us) */
#define LEARNED_SCHED_WAIT_SHIFT	14
#define LEARNED_SCHED_WAIT_MAX		U16_MAX
#define LEARNED_SCHED_WAIT_BITS		8

/**
 * learned_sched_decide_migrate() - ask the active migration policy.
 * @c: the migration candidate.
 * @stock: stock's answer.
 * @key: the task, for the quality watchdog (its pid).
 * @cost: the task's run-queue wait since the hook's previous decision
 *	about it, in units of 16 us: the watchdog's cost.
 *
 * Falls back to @stock when no policy answers, and reverts the hook to
 * stock when the policy returns an error or an answer other than 0 or 1.
 * Tasks in the watchdog's control sample get @stock.
 *
 * Context: rcu_read_lock() held or preemption off; does not sleep.
 * Return: true to migrate.
 */
bool learned_sched_decide_migrate(const struct learned_sched_migrate_ctx *c,
				  bool stock, u64 key, unsigned int cost)
{
	const struct learned_call call = {
		.hook = &learned_sched_migrate_hook,
		.key = key,
		.sampled = true,
		.cost = cost,
		.stock = stock,
		.lo = 0,
		.hi = 1,
		.fault = "migrate: policy returned a value other than 0 or 1",
	};

	return LEARNED_CALL(&call, struct learned_sched_migrate_ops, migrate,
			    c, stock);
}
EXPORT_SYMBOL_GPL(learned_sched_decide_migrate);

/**
 * learned_sched_decide_wake() - ask the active wake-up placement policy.
 * @c: the wake-up.
 * @stock: stock's answer.
 * @key: the wakee, for the quality watchdog (its pid).
 * @cost: the wakee's run-queue wait since the hook's previous decision
 *	about it, in units of 16 us: the watchdog's cost.
 *
 * Falls back to @stock when no policy answers, and reverts the hook to
 * stock when the policy returns an error or an answer other than 0 or 1.
 * Tasks in the watchdog's control sample get @stock.
 *
 * Context: rcu_read_lock() held or preemption off; does not sleep.
 * Return: true to wake affine.
 */
bool learned_sched_decide_wake(const struct learned_sched_wake_ctx *c,
			       bool stock, u64 key, unsigned int cost)
{
	const struct learned_call call = {
		.hook = &learned_sched_wake_hook,
		.key = key,
		.sampled = true,
		.cost = cost,
		.stock = stock,
		.lo = 0,
		.hi = 1,
		.fault = "wake: policy returned a value other than 0 or 1",
	};

	return LEARNED_CALL(&call, struct learned_sched_wake_ops, wake, c,
			    stock);
}
EXPORT_SYMBOL_GPL(learned_sched_decide_wake);

#ifdef CONFIG_SMP
/*
 * Per hook, the run-queue wait of recently decided tasks at the hook's
 * last decision about them, in slots hashed by task; a task that finds
 * its slot taken by another starts afresh.  Lockless: a lost update only
 * misattributes one wait.
 */
struct learned_sched_wait {
	struct task_struct *task;
	unsigned long long run_delay;
};

static struct learned_sched_wait
learned_sched_wait_migrate[1 << LEARNED_SCHED_WAIT_BITS];
static struct learned_sched_wait
learned_sched_wait_wake[1 << LEARNED_SCHED_WAIT_BITS];

/*
 * The watchdog's cost of a decision about @p: its run-queue wait, in
 * units of 16 us, since the hook's previous decision about it.
 */
static unsigned int learned_sched_wait_cost(struct learned_sched_wait *tbl,
					    struct task_struct *p)
{
#ifdef CONFIG_SCHED_INFO
	struct learned_sched_wait *w =
		&tbl[hash_ptr(p, LEARNED_SCHED_WAIT_BITS)];
	unsigned long long now = READ_ONCE(p->sched_info.run_delay), then;

	if (READ_ONCE(w->task) != p) {
		WRITE_ONCE(w->task, p);
		WRITE_ONCE(w->run_delay, now);
		return 0;
	}
	then = READ_ONCE(w->run_delay);
	WRITE_ONCE(w->run_delay, now);
	if (now <= then)
		return 0;
	return min_t(unsigned long long,
		     (now - then) >> LEARNED_SCHED_WAIT_SHIFT,
		     LEARNED_SCHED_WAIT_MAX);
#else
	return 0;
#endif
}

static struct cfs_rq *learned_sched_cfs_rq_of(struct task_struct *p,
					      struct rq *rq)
{
#ifdef CONFIG_FAIR_GROUP_SCHED
	return p->se.cfs_rq;
#else
	return &rq->cfs;
#endif
}

bool __learned_sched_migrate(struct task_struct *p, struct rq *src_rq,
			     struct rq *dst_rq, struct sched_domain *sd,
			     int idle, bool stock)
{
	struct cfs_rq *cfs_rq = learned_sched_cfs_rq_of(p, src_rq);
	struct learned_sched_migrate_ctx c = {
		.delta_ns = (s64)(rq_clock_task(src_rq) - p->se.exec_start),
		.migration_cost = sysctl_sched_migration_cost,
		.task_load = (u32)min_t(unsigned long, p->se.avg.load_avg,
					U32_MAX),
		.nr_balance_failed = sd->nr_balance_failed,
		.cache_nice_tries = sd->cache_nice_tries,
		.src_nr_running = src_rq->nr_running,
		.dst_nr_running = dst_rq->nr_running,
		.src_cpu = cpu_of(src_rq),
		.dst_cpu = cpu_of(dst_rq),
		.idle = idle,
		.buddy = &p->se == cfs_rq->next || &p->se == cfs_rq->last,
		.exempt = p->sched_class != &fair_sched_class ||
			  task_has_idle_policy(p) ||
			  (sd->flags & SD_SHARE_CPUCAPACITY),
	};
	bool migrate = stock;
	unsigned int wait;

	if (static_branch_unlikely(&learned_sched_migrate_key)) {
		rcu_read_lock();
		wait = learned_sched_wait_cost(learned_sched_wait_migrate, p);
		migrate = learned_sched_decide_migrate(&c, stock, p->pid, wait);
		rcu_read_unlock();
	}
	trace_learned_sched_migrate(p->pid, &c, stock, migrate);
	return migrate;
}

bool __learned_sched_wake_affine(struct sched_domain *sd,
				 struct task_struct *p, int this_cpu,
				 int prev_cpu, int sync, bool stock)
{
	struct rq *this_rq = cpu_rq(this_cpu), *prev_rq = cpu_rq(prev_cpu);
	struct learned_sched_wake_ctx c = {
		.this_load = READ_ONCE(this_rq->cfs.avg.load_avg),
		.prev_load = READ_ONCE(prev_rq->cfs.avg.load_avg),
		.task_load = READ_ONCE(p->se.avg.load_avg),
		.cur_load = READ_ONCE(current->se.avg.load_avg),
		.this_cap = READ_ONCE(this_rq->cpu_capacity),
		.prev_cap = READ_ONCE(prev_rq->cpu_capacity),
		.this_nr_running = READ_ONCE(this_rq->nr_running),
		.prev_nr_running = READ_ONCE(prev_rq->nr_running),
		.this_cpu = this_cpu,
		.prev_cpu = prev_cpu,
		.imbalance_pct = sd->imbalance_pct,
		.sync = !!sync,
		.this_idle = available_idle_cpu(this_cpu),
		.prev_idle = available_idle_cpu(prev_cpu),
		.share_cache = cpus_share_cache(this_cpu, prev_cpu),
	};
	bool affine = stock;
	unsigned int wait;

	if (static_branch_unlikely(&learned_sched_wake_key)) {
		rcu_read_lock();
		wait = learned_sched_wait_cost(learned_sched_wait_wake, p);
		affine = learned_sched_decide_wake(&c, stock, p->pid, wait);
		rcu_read_unlock();
	}
	trace_learned_sched_wake(p->pid, &c, stock, affine);
	return affine;
}
#endif /* CONFIG_SMP */

/**
 * __learned_sched_wake_follows() - does the wake policy let a wakee follow its waker?
 * @rq: the run queue a task was just woken onto, locked.
 * @wake_flags: the wake-up's WF_* flags.
 *
 * Context: @rq locked, interrupts off.
 * Return: true if the wakee should not preempt the running waker.
 */
bool __learned_sched_wake_follows(struct rq *rq, int wake_flags)
{
	/* the waker runs this code: a local wake-up from task context */
	if ((wake_flags & WF_FORK) || !in_task() || rq != this_rq() ||
	    rq->curr != current)
		return false;
	return rq->nr_running <= READ_ONCE(learned_sched_follow_nr);
}

/* explore: a uniformly random wake-affine choice, for training data. */
static DEFINE_PER_CPU(u32, learned_sched_rnd);

static int learned_sched_explore_wake(const struct learned_sched_wake_ctx *c,
				      bool stock)
{
	u32 *s = get_cpu_ptr(&learned_sched_rnd);
	u32 x = *s;

	/* xorshift32; the state is never 0 (seeded nonzero, 0 is a fixpoint) */
	x ^= x << 13;
	x ^= x >> 17;
	x ^= x << 5;
	*s = x;
	put_cpu_ptr(&learned_sched_rnd);
	return x >> 31;
}

static const struct learned_sched_wake_ops learned_sched_explore_ops = {
	.wake = learned_sched_explore_wake,
};

static struct learned_policy learned_sched_explore = {
	.name = "explore",
	.ops = &learned_sched_explore_ops,
	.model = "none (uniformly random choice, for outcome training data)",
};

/* follow: stock's placement with outcome's follow rule. */
static int learned_sched_stock_wake(const struct learned_sched_wake_ctx *c,
				    bool stock)
{
	return stock;
}

static const struct learned_sched_wake_ops learned_sched_follow_ops = {
	.wake = learned_sched_stock_wake,
	.follow_nr = LEARNED_SCHED_FOLLOW_ALONE,
};

static struct learned_policy learned_sched_follow = {
	.name = "follow",
	.ops = &learned_sched_follow_ops,
	.model = "none (stock placement; a wakee alone with its waker does not preempt it)",
};

static int __init learned_sched_init(void)
{
	int cpu, err;

	for_each_possible_cpu(cpu)
		per_cpu(learned_sched_rnd, cpu) = get_random_u32() | 1;
	err = learned_hook_register(&learned_sched_migrate_hook);
	if (err) {
		pr_warn("cannot register the sched_migrate hook: %d\n", err);
		return err;
	}
	err = learned_hook_register(&learned_sched_wake_hook);
	if (err) {
		pr_warn("cannot register the sched_wake hook: %d\n", err);
		return err;
	}
	err = learned_policy_register(&learned_sched_wake_hook,
				      &learned_sched_explore);
	if (err)
		pr_warn("cannot register policy explore: %d\n", err);
	err = learned_policy_register(&learned_sched_wake_hook,
				      &learned_sched_follow);
	if (err)
		pr_warn("cannot register policy follow: %d\n", err);
	return 0;
}
late_initcall(learned_sched_init);
