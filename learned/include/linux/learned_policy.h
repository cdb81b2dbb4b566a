/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Learned kernel policies: hooks and the policies that serve them.
 *
 * A hook is one decision point of the kernel (page-cache eviction, swap-in
 * readahead, load balancing ...).  Each hook always has the built-in
 * "stock" policy, which is exactly the unmodified kernel behaviour, and
 * any number of registered alternatives.  The active policy is an RCU
 * protected pointer; when "stock" is active the hook's static key is off
 * and the hot path costs one patched-out jump.
 *
 * Every hook publishes /sys/kernel/learned/<hook>/ with:
 *
 *   available_policies  names of the registered policies
 *   policy              "[current] other ..."; write a name to switch
 *   decisions           decisions taken by a non-stock policy
 *   overrides           decisions that differ from what stock would do
 *   fallbacks           decisions handed back to stock (policy declined)
 *   faults              internal errors that reverted the hook to stock
 *   last_fault          reason of the most recent fault, or "none"
 *   model               identity and provenance of the active policy's model
 *   model_load          (write only; @has_models) a model package for one
 *                       of the hook's policies, swapped in at run time
 *   model_status        (@has_models) result of the last model_load
 *   inference_ns        sampled time spent in policies: "mean samples max"
 *   watchdog_*          (@has_cost) the quality watchdog's knobs (below)
 *   last_revert         (@has_cost) the last watchdog revert
 *   cgroup_policy       (@per_cgroup) per-cgroup policies
 *
 * Writing any of them needs CAP_SYS_ADMIN.
 *
 * Counters are per-CPU and summed on read; writing 0 to any counter
 * resets all of them.
 *
 * The quality watchdog (off while watchdog_threshold_pct is 0) keeps a
 * control sample: the keys (e.g. file pages) that hash into
 * 1/2^watchdog_control_shift of the key space are always decided by
 * stock.  Hooks report a cost per key (e.g. a refault); at the end of
 * every watchdog_window_ms, if the window holds at least
 * watchdog_min_events costs and the rest of the keys cost more than
 * watchdog_threshold_pct percent above the control sample's rate, the hook
 * reverts to stock.  It also reverts when the sampled mean inference time
 * of a window exceeds watchdog_budget_ns (0: no budget).
 */
#ifndef _LINUX_LEARNED_POLICY_H
#define _LINUX_LEARNED_POLICY_H

#include <linux/atomic.h>
#include <linux/hash.h>
#include <linux/irq_work.h>
#include <linux/jiffies.h>
#include <linux/jump_label.h>
#include <linux/kobject.h>
#include <linux/learned_infer.h>
#include <linux/list.h>
#include <linux/mutex.h>
#include <linux/percpu.h>
#include <linux/rcupdate.h>
#include <linux/sched/clock.h>
#include <linux/types.h>
#include <linux/workqueue.h>
#include <linux/xarray.h>

#define LEARNED_NAME_MAX	16	/* including the terminating NUL */
#define LEARNED_REASON_MAX	96
#define LEARNED_MODEL_NAME_MAX	32	/* including the terminating NUL */

struct cgroup;
struct learned_hook;

/**
 * struct learned_loaded_model - a model loaded at run time.
 * @rcu: frees the model after the readers that may use it are done.
 * @parsed: the parsed model; its arrays point into @blob.
 * @loaded_ns: ktime_get_ns() when it was published.
 * @first_use_ns: ktime_get_ns() of its first prediction, 0 until then.
 * @checksum: the package's checksum.
 * @feature_set: the package's feature set.
 * @size: bytes of @blob.
 * @name: the package's model name.
 * @blob: the model blob (learned_blob_parse() format).
 */
struct learned_loaded_model {
	struct rcu_head rcu;
	struct learned_blob_model parsed;
	u64 loaded_ns;
	atomic64_t first_use_ns;
	u64 checksum;
	u32 feature_set;
	size_t size;
	char name[LEARNED_MODEL_NAME_MAX];
	u8 blob[] __aligned(8);
};

/**
 * struct learned_model_slot - a policy's replaceable model.
 * @builtin: the model compiled into the kernel.
 * @builtin_id: its identity and provenance.
 * @feature_set: identity of the feature vector the policy builds; a model
 *	package must carry the same value (or @feature_set_alt).
 * @feature_set_alt: 0, or a second feature set the policy accepts: the
 *	same vector under another contract, e.g. a wider domain of decisions
 *	the model was trained for (learned_slot_model_set() tells which).
 * @n_features: features of that vector.
 * @n_outputs: outputs the policy reads.
 * @loaded: the model loaded at run time, or NULL for @builtin.
 */
struct learned_model_slot {
	const struct learned_model *builtin;
	const char *builtin_id;
	u32 feature_set;
	u32 feature_set_alt;
	u16 n_features;
	u16 n_outputs;
	struct learned_loaded_model __rcu *loaded;
};

/**
 * struct learned_policy - one policy for one hook.
 * @name: short name, [a-z0-9_] only, unique within the hook.
 * @ops: hook-specific table of callbacks; the hook's @validate checks it.
 * @model: identity and provenance of the model the policy uses, or NULL.
 * @slot: the policy's replaceable model, or NULL if it takes no models
 *	at run time.
 * @attach: optional; called (may sleep) before the policy becomes active.
 *	A nonzero return refuses the switch.
 * @detach: optional; called (may sleep) after the policy stopped being
 *	active and an RCU grace period has passed.
 * @list: registry linkage, owned by the hook.
 * @users: the hook and the cgroups it serves (hook->lock): @attach runs
 *	for the first, @detach after the last.
 */
struct learned_policy {
	const char *name;
	const void *ops;
	const char *model;
	struct learned_model_slot *slot;
	int (*attach)(struct learned_hook *hook);
	void (*detach)(struct learned_hook *hook);
	struct list_head list;
	unsigned int users;
};

/**
 * struct learned_hook_stats - per-CPU decision counters of a hook.
 * @decisions: decisions taken by a non-stock policy.
 * @overrides: of those, decisions that differ from the stock decision.
 * @fallbacks: decisions the policy handed back to stock.
 * @infer_ns: sampled time spent deciding, in ns.
 * @infer_samples: decisions timed.
 * @infer_max_ns: the longest timed decision.
 * @ticks: decisions since the last timed one.
 * @cost: watchdog costs reported, [0] control sample, [1] the others.
 */
struct learned_hook_stats {
	u64 decisions;
	u64 overrides;
	u64 fallbacks;
	u64 infer_ns;
	u64 infer_samples;
	u64 infer_max_ns;
	u32 ticks;
	u64 cost[2];
	u64 cost_sq;
};

/**
 * struct learned_watchdog - a hook's decision-quality watchdog.
 * @threshold_pct: revert when the others' cost rate exceeds the control
 *	sample's by more than this many percent; 0 disarms the watchdog.
 * @window_ms: length of a window.
 * @min_events: costs a window needs before it is judged.
 * @control_shift: the control sample is 1/2^@control_shift of the keys.
 * @budget_ns: revert when a window's mean inference time exceeds it; 0: none.
 * @window_end: jiffies at which the current window ends.
 * @base_cost: costs summed at the start of the window.
 * @base_cost_sq: squares of the costs summed at the start of the window.
 * @base_ns: inference time summed at the start of the window.
 * @base_samples: timed decisions summed at the start of the window.
 * @span: windows the current judgement has gathered costs over (1 to
 *	WD_MAX_SPAN: an undecided window is carried into the next).
 * @judging: a CPU is judging the window that ended.
 * @windows: windows judged.
 * @reverts: reverts by the watchdog.
 * @last_cost: the control and other costs of the last judged window.
 * @last_revert: reason and figures of the last revert.
 * @last_revert_ms: boot time of the last revert, in ms.
 */
struct learned_watchdog {
	unsigned int threshold_pct;
	unsigned int window_ms;
	unsigned int min_events;
	unsigned int control_shift;
	unsigned int budget_ns;
	unsigned long window_end;
	u64 base_cost[2];
	u64 base_cost_sq;
	u64 base_ns;
	u64 base_samples;
	unsigned int span;
	atomic_t judging;
	atomic_t windows;
	atomic_t reverts;
	u64 last_cost[2];
	char last_revert[2 * LEARNED_REASON_MAX];
	u64 last_revert_ms;
};

/**
 * struct learned_model_status - the last runtime model load of a hook.
 * @loads: packages accepted.
 * @refused: packages refused.
 * @load_ns: time the last accepted load took from the complete package
 *	to its publication.
 * @last: "ok ..." or "refused: <reason>".
 * @staging: a package being written in several chunks.
 * @staged: bytes of @staging received so far.
 * @expected: total bytes @staging will hold.
 */
struct learned_model_status {
	unsigned int loads;
	unsigned int refused;
	u64 load_ns;
	char last[2 * LEARNED_REASON_MAX];
	u8 *staging;
	size_t staged;
	size_t expected;
};

/* bits of learned_hook.flags */
#define LEARNED_HOOK_WARNED	0	/* the hook's first fault was logged */
#define LEARNED_HOOK_FAULTED	1	/* a fault waits to be logged */

/**
 * struct learned_hook - a decision point with pluggable policies.
 * @name: directory name under /sys/kernel/learned/.
 * @key: static key, on while a non-stock policy is active.
 * @validate: optional check of a policy's @ops before registration.
 * @switched: optional; called with @lock held right after @active changed
 *	(a selection, a revert, a policy unregistered), with the new active
 *	policy, so that the hook can cache what the policy's @ops declare
 *	for code that is not a decision.  Must not sleep.
 * @stock: the built-in stock policy (its @ops may be NULL).
 * @active: the active policy; read under rcu_read_lock().
 * @policies: registered policies, stock first.
 * @lock: serialises registration and switching.
 * @stats: per-CPU counters.
 * @faults: number of faults that reverted the hook.
 * @fault_pending: a fault was recorded and the revert is queued.
 * @flags: %LEARNED_HOOK_WARNED, %LEARNED_HOOK_FAULTED.
 * @last_fault: reason of the most recent fault.
 * @fault_work: hands a fault or a watchdog revert, recorded in any
 *	context (even under a run-queue lock), to @revert_work.
 * @revert_work: reverts to stock from process context after a fault.
 * @kobj: the hook's sysfs directory.
 * @per_cgroup: the hook passes a cgroup to learned_hook_ops_cgroup(), so
 *	cgroup_policy is offered.
 * @has_cost: the hook reports watchdog costs (learned_watchdog_cost()),
 *	so the quality watchdog's files are offered.
 * @has_models: policies of the hook take models at run time (a
 *	&struct learned_model_slot), so model_load and friends are offered.
 * @cg_policies: policies chosen per cgroup, by cgroup id.
 * @n_cg: entries in @cg_policies.
 * @wd: the quality watchdog.
 * @models: state of runtime model loading.
 */
struct learned_hook {
	const char *name;
	struct static_key_false *key;
	int (*validate)(const struct learned_policy *policy);
	void (*switched)(struct learned_hook *hook,
			 const struct learned_policy *active);
	struct learned_policy stock;
	struct learned_policy __rcu *active;
	struct list_head policies;
	struct mutex lock;	/* serialises registration and switching */
	struct learned_hook_stats __percpu *stats;
	atomic_t faults;
	atomic_t fault_pending;
	unsigned long flags;
	char last_fault[LEARNED_REASON_MAX];
	struct irq_work fault_work;
	struct work_struct revert_work;
	struct kobject kobj;
	bool per_cgroup;
	bool has_cost;
	bool has_models;
	struct xarray cg_policies;
	atomic_t n_cg;
	struct learned_watchdog wd;
	struct learned_model_status models;
};

#ifdef CONFIG_LEARNED

int learned_hook_register(struct learned_hook *hook);
void learned_hook_unregister(struct learned_hook *hook);
int learned_policy_register(struct learned_hook *hook,
			    struct learned_policy *policy);
void learned_policy_unregister(struct learned_hook *hook,
			       struct learned_policy *policy);
int learned_policy_select(struct learned_hook *hook, const char *name);
void learned_hook_fault(struct learned_hook *hook, const char *reason);
void learned_hook_flush(struct learned_hook *hook);
const void *__learned_hook_ops_cgroup(struct learned_hook *hook,
				      struct cgroup *cgrp);
int learned_model_load(struct learned_hook *hook, const void *pkg,
		       size_t len);
void __learned_slot_first_use(struct learned_loaded_model *m);
void __learned_watchdog_judge(struct learned_hook *hook);
int learned_parse_uint(const char *buf, size_t count, unsigned int min,
		       unsigned int max, unsigned int *val);

/**
 * learned_hook_enabled() - is a non-stock policy active on @hook?
 * @hook: the hook.
 *
 * Costs a patched-out jump while "stock" is active.
 *
 * Context: any.
 * Return: true when the caller should consult the active policy.
 */
static __always_inline bool learned_hook_enabled(struct learned_hook *hook)
{
	return static_branch_unlikely(hook->key);
}

/**
 * learned_hook_ops() - the active policy's ops.
 * @hook: the hook.
 *
 * Context: the caller holds rcu_read_lock() (or runs with preemption
 * disabled) until it is done with the returned table.
 * Return: the active policy's ops, or NULL when stock is active or a fault
 * is pending; the caller then does what stock does.
 */
static inline const void *learned_hook_ops(struct learned_hook *hook)
{
	struct learned_policy *p = rcu_dereference(hook->active);

	if (unlikely(atomic_read(&hook->fault_pending)))
		return NULL;
	return p ? p->ops : NULL;
}

/**
 * learned_hook_count() - account one decision of a non-stock policy.
 * @hook: the hook.
 * @overridden: the decision differs from the stock decision.
 *
 * Context: any.
 */
static inline void learned_hook_count(struct learned_hook *hook,
				      bool overridden)
{
	this_cpu_inc(hook->stats->decisions);
	if (overridden)
		this_cpu_inc(hook->stats->overrides);
}

/**
 * learned_hook_fallback() - account one decision handed back to stock.
 * @hook: the hook.
 *
 * Context: any.
 */
static inline void learned_hook_fallback(struct learned_hook *hook)
{
	this_cpu_inc(hook->stats->fallbacks);
}

/**
 * learned_hook_ops_cgroup() - the ops of the policy serving a cgroup.
 * @hook: a hook with @per_cgroup set.
 * @cgrp: the cgroup the decision is for, or NULL.
 *
 * The policy chosen for @cgrp in cgroup_policy, else for its nearest
 * ancestor that has one, else the hook's policy.
 *
 * Context: as learned_hook_ops().
 * Return: as learned_hook_ops().
 */
static inline const void *learned_hook_ops_cgroup(struct learned_hook *hook,
						  struct cgroup *cgrp)
{
	if (likely(!atomic_read(&hook->n_cg)) || !cgrp)
		return learned_hook_ops(hook);
	return __learned_hook_ops_cgroup(hook, cgrp);
}

/**
 * learned_slot_model_set() - the model a policy should predict with, and
 * its feature set.
 * @slot: the policy's model slot.
 * @feature_set: if not NULL, the model's feature set (@slot->feature_set
 *	for the built-in model).
 *
 * Context: rcu_read_lock() held until the caller is done with the model.
 * Return: the model loaded at run time, or the built-in one.
 */
static inline const struct learned_model *
learned_slot_model_set(struct learned_model_slot *slot, u32 *feature_set)
{
	struct learned_loaded_model *m = rcu_dereference(slot->loaded);

	if (!m) {
		if (feature_set)
			*feature_set = slot->feature_set;
		return slot->builtin;
	}
	if (unlikely(!atomic64_read(&m->first_use_ns)))
		__learned_slot_first_use(m);
	if (feature_set)
		*feature_set = m->feature_set;
	return &m->parsed.model;
}

/**
 * learned_slot_model() - the model a policy should predict with.
 * @slot: the policy's model slot.
 *
 * Context: rcu_read_lock() held until the caller is done with the model.
 * Return: the model loaded at run time, or the built-in one.
 */
static inline const struct learned_model *
learned_slot_model(struct learned_model_slot *slot)
{
	return learned_slot_model_set(slot, NULL);
}

/* one decision in 2^LEARNED_TIME_SHIFT is timed */
#define LEARNED_TIME_SHIFT	4

/**
 * learned_hook_time_start() - maybe start timing a decision.
 * @hook: the hook.
 *
 * A sampled decision runs with preemption disabled until
 * learned_hook_time_end(), so that it is timed on one CPU and its time is
 * not inflated by a preemption (rcu_read_lock() alone does not disable
 * preemption on PREEMPT_RCU kernels).
 *
 * Context: any; must be paired with learned_hook_time_end().
 * Return: a start time to pass to learned_hook_time_end(), or 0 when this
 * decision is not sampled.
 */
static inline u64 learned_hook_time_start(struct learned_hook *hook)
{
	if (this_cpu_inc_return(hook->stats->ticks) &
	    ((1U << LEARNED_TIME_SHIFT) - 1))
		return 0;
	preempt_disable();
	return local_clock() ?: 1;
}

/**
 * learned_hook_time_end() - account a timed decision.
 * @hook: the hook.
 * @t0: what learned_hook_time_start() returned.
 *
 * Context: as learned_hook_time_start(); re-enables preemption if @t0
 * is not 0.
 */
static inline void learned_hook_time_end(struct learned_hook *hook, u64 t0)
{
	u64 dt;

	if (!t0)
		return;
	dt = local_clock() - t0;
	this_cpu_add(hook->stats->infer_ns, dt);
	this_cpu_inc(hook->stats->infer_samples);
	if (dt > this_cpu_read(hook->stats->infer_max_ns))
		this_cpu_write(hook->stats->infer_max_ns, dt);
	preempt_enable();
}

/**
 * learned_watchdog_control() - is @key in the watchdog's control sample?
 * @hook: the hook.
 * @key: what the decision is about (e.g. a file page), stable over time.
 *
 * Context: any.
 * Return: true when the watchdog is armed and @key must be decided by
 * stock.
 */
static inline bool learned_watchdog_control(struct learned_hook *hook,
					    u64 key)
{
	unsigned int shift = READ_ONCE(hook->wd.control_shift);

	if (!READ_ONCE(hook->wd.threshold_pct))
		return false;
	return !(hash_64(key, 32) & ((1U << shift) - 1));
}

/**
 * learned_watchdog_cost() - report a cost (a miss) for @key.
 * @hook: the hook.
 * @key: as for learned_watchdog_control().
 * @cost: how much it cost, e.g. 1 per refault.
 *
 * Also sums the squares of the costs: a hook whose costs are weights
 * (a wait in time units) is judged by the variance of its sum, so that a
 * few heavy costs are not taken for many events.  Judges the window when
 * it has ended.
 *
 * Context: any; preemption disabled or rcu_read_lock() held.
 */
static inline void learned_watchdog_cost(struct learned_hook *hook, u64 key,
					 unsigned int cost)
{
	this_cpu_add(hook->stats->cost[!learned_watchdog_control(hook, key)],
		     cost);
	this_cpu_add(hook->stats->cost_sq, (u64)cost * cost);
	if (unlikely(time_after(jiffies, READ_ONCE(hook->wd.window_end))))
		__learned_watchdog_judge(hook);
}

/**
 * struct learned_call - the core's side of one decision of a hook.
 * @hook: the hook.
 * @cgroup: the cgroup the decision is for (hooks with per-cgroup
 *	scope), or NULL for the hook's policy.
 * @key: what the decision is about, for the watchdog (see
 *	learned_watchdog_control()).
 * @sampled: @key may fall in the control sample, decided by stock.
 * @cost: watchdog cost to report for @key before deciding (e.g. 1 for a
 *	refault), or 0.
 * @stock: stock's answer, returned when no policy answers.
 * @declines: @stock is no answer but "stock decides": the hook does what
 *	stock does when it gets @stock back (e.g. 0 for "no plan").  A policy
 *	answering @stock declines: counted as a fallback, not a decision.
 *	Off, an answer equal to @stock is a decision that overrides nothing.
 * @lo: the smallest answer a policy may give.
 * @hi: the largest; any other answer is a fault.
 * @fault: the reason a fault records.
 * @check: optional, for answers one interval cannot judge (e.g. a window
 *	and the stride the op wrote beside it, which @check reads from a
 *	structure embedding @c).  Called with an answer in [@lo, @hi] that
 *	does not decline: returns NULL to accept it, after setting
 *	*@overrides when it differs from stock's decision, or the reason of
 *	a fault.  Without it, an answer overrides when it is not @stock.
 */
struct learned_call {
	struct learned_hook *hook;
	struct cgroup *cgroup;
	u64 key;
	bool sampled;
	unsigned int cost;
	long stock;
	bool declines;
	long lo;
	long hi;
	const char *fault;
	const char *(*check)(const struct learned_call *c, long ret,
			     bool *overrides);
};

long learned_call_done(const struct learned_call *c, long ret);

/*
 * The ops to ask for @c, or NULL when stock decides: no policy serves the
 * hook or cgroup (a fallback), or @c->key is in the control sample.
 */
static inline const void *learned_call_ops(const struct learned_call *c)
{
	const void *ops = learned_hook_ops_cgroup(c->hook, c->cgroup);

	if (!ops) {
		learned_hook_fallback(c->hook);
		return NULL;
	}
	if (c->cost)
		learned_watchdog_cost(c->hook, c->key, c->cost);
	if (c->sampled && learned_watchdog_control(c->hook, c->key))
		return NULL;
	return ops;
}

/**
 * LEARNED_CALL() - make one decision through the active policy.
 * @c: the decision, a &struct learned_call.
 * @ops_type: the hook's ops structure type.
 * @op: the callback to call; a NULL callback is a fallback to stock.
 * @...: its arguments.
 *
 * Every decision of every hook goes through here: the policy of the
 * hook or of @c->cgroup is looked up under RCU, the watchdog's cost is
 * reported and its control sample decided by stock, one call in
 * 2^%LEARNED_TIME_SHIFT is timed on one CPU, an answer of @c->stock
 * declines when @c->declines is set (a fallback), an answer outside
 * [@c->lo, @c->hi] or refused by @c->check records a fault (the hook
 * reverts to stock) and is replaced by stock's, and decisions and
 * overrides are counted.
 *
 * Context: rcu_read_lock() held (or preemption disabled); any context.
 * Return: the answer to apply, as a long.
 */
#define LEARNED_CALL(c, ops_type, op, ...)				\
({									\
	const struct learned_call *__c = (c);				\
	const ops_type *__ops = learned_call_ops(__c);			\
	long __ret = __c->stock;					\
	u64 __t0;							\
									\
	if (__ops && !__ops->op) {					\
		learned_hook_fallback(__c->hook);			\
	} else if (__ops) {						\
		__t0 = learned_hook_time_start(__c->hook);		\
		__ret = __ops->op(__VA_ARGS__);				\
		learned_hook_time_end(__c->hook, __t0);			\
		__ret = learned_call_done(__c, __ret);			\
	}								\
	__ret;								\
})

#endif /* CONFIG_LEARNED */

#endif /* _LINUX_LEARNED_POLICY_H */
