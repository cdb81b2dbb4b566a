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
 *
 * Counters are per-CPU and summed on read; writing 0 to any counter
 * resets all of them.
 */
#ifndef _LINUX_LEARNED_POLICY_H
#define _LINUX_LEARNED_POLICY_H

#include <linux/jump_label.h>
#include <linux/kobject.h>
#include <linux/list.h>
#include <linux/mutex.h>
#include <linux/percpu.h>
#include <linux/rcupdate.h>
#include <linux/types.h>
#include <linux/workqueue.h>

#define LEARNED_NAME_MAX	16	/* including the terminating NUL */
#define LEARNED_REASON_MAX	96

struct learned_hook;

/**
 * struct learned_policy - one policy for one hook.
 * @name: short name, [a-z0-9_] only, unique within the hook.
 * @ops: hook-specific table of callbacks; the hook's @validate checks it.
 * @model: identity and provenance of the model the policy uses, or NULL.
 * @attach: optional; called (may sleep) before the policy becomes active.
 *	A nonzero return refuses the switch.
 * @detach: optional; called (may sleep) after the policy stopped being
 *	active and an RCU grace period has passed.
 * @list: registry linkage, owned by the hook.
 */
struct learned_policy {
	const char *name;
	const void *ops;
	const char *model;
	int (*attach)(struct learned_hook *hook);
	void (*detach)(struct learned_hook *hook);
	struct list_head list;
};

/**
 * struct learned_hook_stats - per-CPU decision counters of a hook.
 * @decisions: decisions taken by a non-stock policy.
 * @overrides: of those, decisions that differ from the stock decision.
 * @fallbacks: decisions the policy handed back to stock.
 */
struct learned_hook_stats {
	u64 decisions;
	u64 overrides;
	u64 fallbacks;
};

/**
 * struct learned_hook - a decision point with pluggable policies.
 * @name: directory name under /sys/kernel/learned/.
 * @key: static key, on while a non-stock policy is active.
 * @validate: optional check of a policy's @ops before registration.
 * @stock: the built-in stock policy (its @ops may be NULL).
 * @active: the active policy; read under rcu_read_lock().
 * @policies: registered policies, stock first.
 * @lock: serialises registration and switching.
 * @stats: per-CPU counters.
 * @faults: number of faults that reverted the hook.
 * @fault_pending: a fault was recorded and the revert is queued.
 * @last_fault: reason of the most recent fault.
 * @revert_work: reverts to stock from process context after a fault.
 * @kobj: the hook's sysfs directory.
 */
struct learned_hook {
	const char *name;
	struct static_key_false *key;
	int (*validate)(const struct learned_policy *policy);
	struct learned_policy stock;
	struct learned_policy __rcu *active;
	struct list_head policies;
	struct mutex lock;	/* serialises registration and switching */
	struct learned_hook_stats __percpu *stats;
	atomic_t faults;
	atomic_t fault_pending;
	char last_fault[LEARNED_REASON_MAX];
	struct work_struct revert_work;
	struct kobject kobj;
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

#endif /* CONFIG_LEARNED */

#endif /* _LINUX_LEARNED_POLICY_H */
