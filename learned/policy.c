// SPDX-License-Identifier: GPL-2.0
/*
 * Learned kernel policies: the registry of hooks and policies.
 *
 * Registration validates and refuses duplicates, in the manner of
 * net/ipv4/tcp_cong.c; switching holds the hook's mutex, publishes the new
 * policy with rcu_assign_pointer() and waits for a grace period before the
 * old one is detached.  A fault (a policy returning something out of
 * range, ...) is recorded atomically from any context and the hook reverts
 * to stock from a workqueue, as sched_ext does on an error.
 *
 * The registry calls no other file of the core: the parts that keep state
 * in every hook (the watchdog, per-cgroup policies, loaded models, the
 * sysfs directory) register a struct learned_part at boot, and the
 * registry tells them through it what happens to a hook.
 */
#define pr_fmt(fmt) "learned: " fmt

#include <linux/ctype.h>
#include <linux/learned_policy.h>
#include <linux/mm.h>
#include <linux/string.h>

#include "learned.h"

/* Written by initcalls before any hook registers, read-only afterwards. */
static LIST_HEAD(learned_parts);

/**
 * learned_part_register() - add a part of the core to every hook.
 * @part: the part, with its callbacks set; static.
 *
 * Context: an initcall that runs before the first hook registers
 * (core_initcall; hooks register from late_initcall).
 */
void __init learned_part_register(struct learned_part *part)
{
	list_add_tail(&part->list, &learned_parts);
}

/* call the callback @op (a member name) of every part that has it */
#define learned_parts_call(op, ...)					\
	do {								\
		struct learned_part *__part;				\
									\
		list_for_each_entry(__part, &learned_parts, list) {	\
			typeof(__part->op) __fn = __part->op;		\
									\
			if (__fn)					\
				__fn(__VA_ARGS__);			\
		}							\
	} while (0)

bool learned_name_valid(const char *name)
{
	size_t i, len;

	if (!name)
		return false;
	len = strnlen(name, LEARNED_NAME_MAX);
	if (!len || len == LEARNED_NAME_MAX)
		return false;
	for (i = 0; i < len; i++)
		if (!islower(name[i]) && !isdigit(name[i]) && name[i] != '_')
			return false;
	return true;
}

/* Called with hook->lock held. */
struct learned_policy *learned_policy_find(struct learned_hook *hook,
					   const char *name)
{
	struct learned_policy *p;

	list_for_each_entry(p, &hook->policies, list)
		if (sysfs_streq(p->name, name))
			return p;
	return NULL;
}

/*
 * A policy is attached while it serves the hook or any cgroup: the first
 * user attaches it, the last one detaches it once the readers that may
 * still run it are gone.  Called with hook->lock held.
 */
int learned_policy_get(struct learned_hook *hook, struct learned_policy *p)
{
	int err;

	if (!p->users && p->attach) {
		err = p->attach(hook);
		if (err)
			return err;
	}
	p->users++;
	return 0;
}

void learned_policy_put(struct learned_hook *hook, struct learned_policy *p)
{
	if (WARN_ON_ONCE(!p->users) || --p->users || !p->detach)
		return;
	synchronize_rcu();
	p->detach(hook);
}

/* Called with hook->lock held. */
int learned_policy_switch(struct learned_hook *hook,
			  struct learned_policy *new)
{
	struct learned_policy *old;
	int err;

	old = rcu_dereference_protected(hook->active,
					lockdep_is_held(&hook->lock));
	if (old == new)
		return 0;
	err = learned_policy_get(hook, new);
	if (err)
		return err;
	if (new == &hook->stock && !atomic_read(&hook->n_cg))
		static_branch_disable(hook->key);
	rcu_assign_pointer(hook->active, new);
	if (hook->switched)
		hook->switched(hook, new);
	learned_parts_call(switched, hook);
	if (new != &hook->stock)
		static_branch_enable(hook->key);
	learned_policy_put(hook, old);
	return 0;
}

/*
 * Carry out a pending revert (a fault or the watchdog): drop the
 * per-cgroup policies and go back to stock.  Whoever takes hook->lock
 * first does it; the revert work finds nothing left to do when an
 * administrator's selection got there before it.  Called with hook->lock
 * held.
 */
static void learned_revert_pending(struct learned_hook *hook)
{
	if (!atomic_read(&hook->fault_pending))
		return;
	learned_parts_call(forget, hook, NULL);
	WARN_ON_ONCE(learned_policy_switch(hook, &hook->stock));
	atomic_set(&hook->fault_pending, 0);
}

/**
 * learned_policy_select() - make the policy named @name active on @hook.
 * @hook: a registered hook.
 * @name: the policy's name; a trailing newline is ignored.
 *
 * A revert that is pending (a fault or the watchdog) is carried out first,
 * so the administrator's choice is never undone by a revert queued before
 * it, and re-selecting a faulty policy attaches it afresh.
 *
 * Context: process context, may sleep.
 * Return: 0 on success, -ENOENT for an unknown name, or the error of the
 * policy's attach callback; on error the active policy is unchanged (stock
 * if a revert was pending).
 */
int learned_policy_select(struct learned_hook *hook, const char *name)
{
	struct learned_policy *p;
	int err;

	mutex_lock(&hook->lock);
	p = learned_policy_find(hook, name);
	if (!p) {
		err = -ENOENT;
		goto unlock;
	}
	learned_revert_pending(hook);
	err = learned_policy_switch(hook, p);
unlock:
	mutex_unlock(&hook->lock);
	return err;
}
EXPORT_SYMBOL_GPL(learned_policy_select);

/*
 * A policy with a model slot must bring a built-in model that fits it:
 * a valid descriptor with the features and outputs its loaded models
 * must have, so the policy never meets a model of another shape.
 */
static int learned_slot_check(struct learned_hook *hook,
			      const struct learned_policy *policy)
{
	const struct learned_model_slot *slot = policy->slot;

	if (!slot)
		return 0;
	if (!IS_ENABLED(CONFIG_LEARNED_INFER) || !slot->builtin ||
	    !learned_model_fits(slot->builtin, slot->n_features,
				slot->n_outputs)) {
		pr_warn("%s: refusing policy %s: its built-in model %s does not fit its slot (%u features, %u outputs)\n",
			hook->name, policy->name,
			slot->builtin_id ?: "(none)", slot->n_features,
			slot->n_outputs);
		return -EINVAL;
	}
	return 0;
}

/**
 * learned_policy_register() - add a policy to a hook.
 * @hook: a registered hook.
 * @policy: the policy; must stay valid until unregistered.
 *
 * Context: process context, may sleep.
 * Return: 0 on success; -EINVAL for a bad name, missing ops, ops the
 * hook's validate callback refuses or a model slot whose built-in model
 * does not fit it; -EEXIST when the name is taken.
 */
int learned_policy_register(struct learned_hook *hook,
			    struct learned_policy *policy)
{
	int err = 0;

	if (!learned_name_valid(policy->name) || !policy->ops) {
		pr_warn("%s: refusing policy with bad name or no ops\n",
			hook->name);
		return -EINVAL;
	}
	if (learned_slot_check(hook, policy))
		return -EINVAL;
	if (hook->validate) {
		err = hook->validate(policy);
		if (err) {
			pr_warn("%s: refusing policy %s: invalid ops (%d)\n",
				hook->name, policy->name, err);
			return -EINVAL;
		}
	}
	mutex_lock(&hook->lock);
	if (learned_policy_find(hook, policy->name)) {
		pr_warn("%s: policy %s already registered\n", hook->name,
			policy->name);
		err = -EEXIST;
	} else {
		list_add_tail_rcu(&policy->list, &hook->policies);
	}
	mutex_unlock(&hook->lock);
	return err;
}
EXPORT_SYMBOL_GPL(learned_policy_register);

/**
 * learned_policy_unregister() - remove a policy from a hook.
 * @hook: the hook it was registered with.
 * @policy: the policy; the hook reverts to stock if it was active.
 *
 * Context: process context, may sleep.
 */
void learned_policy_unregister(struct learned_hook *hook,
			       struct learned_policy *policy)
{
	if (WARN_ON_ONCE(policy == &hook->stock))
		return;
	mutex_lock(&hook->lock);
	if (rcu_access_pointer(hook->active) == policy)
		WARN_ON_ONCE(learned_policy_switch(hook, &hook->stock));
	learned_parts_call(forget, hook, policy);
	list_del_rcu(&policy->list);
	mutex_unlock(&hook->lock);
	synchronize_rcu();
	learned_parts_call(policy_gone, policy);
}
EXPORT_SYMBOL_GPL(learned_policy_unregister);

static void learned_revert_workfn(struct work_struct *work)
{
	struct learned_hook *hook = container_of(work, struct learned_hook,
						 revert_work);

	mutex_lock(&hook->lock);
	learned_revert_pending(hook);
	mutex_unlock(&hook->lock);
}

/*
 * Runs without the locks the fault was recorded under: printk and
 * schedule_work() may wake tasks, which under a run-queue lock or
 * p->pi_lock could deadlock.
 */
static void learned_fault_irq_workfn(struct irq_work *work)
{
	struct learned_hook *hook = container_of(work, struct learned_hook,
						 fault_work);

	if (test_and_clear_bit(LEARNED_HOOK_FAULTED, &hook->flags) &&
	    !test_and_set_bit(LEARNED_HOOK_WARNED, &hook->flags))
		pr_warn("%s: policy fault, reverting to stock: %s\n",
			hook->name, hook->last_fault);
	schedule_work(&hook->revert_work);
}

/**
 * learned_hook_fault() - record an internal error and revert to stock.
 * @hook: the hook whose active policy misbehaved.
 * @reason: what happened, for /sys/kernel/learned/<hook>/last_fault.
 *
 * The hook stops consulting the policy at once (learned_hook_ops() returns
 * NULL) and switches to stock from a workqueue; per-cgroup policies are
 * dropped too.  Only the first fault until the switch is recorded, and
 * none while stock serves the hook and every cgroup (a decision still in
 * flight after the revert); the kernel log gets one line per hook, for
 * its first fault.
 *
 * Context: any, including hard interrupts and scheduler locks held: the
 * revert is handed on through an irq_work.
 */
void learned_hook_fault(struct learned_hook *hook, const char *reason)
{
	/*
	 * Stock serves everything: the fault comes from a decision that
	 * began before the last revert, and there is nothing to revert.
	 */
	if (rcu_access_pointer(hook->active) == &hook->stock &&
	    !atomic_read(&hook->n_cg))
		return;
	if (atomic_cmpxchg(&hook->fault_pending, 0, 1))
		return;
	atomic_inc(&hook->faults);
	strscpy(hook->last_fault, reason, sizeof(hook->last_fault));
	set_bit(LEARNED_HOOK_FAULTED, &hook->flags);
	irq_work_queue(&hook->fault_work);
}
EXPORT_SYMBOL_GPL(learned_hook_fault);

/*
 * Revert for a reason that is not a fault of the policy's code (the
 * watchdog judged it worse than stock): same path, not counted in faults.
 * Returns false when a revert is already pending.
 */
bool learned_hook_revert(struct learned_hook *hook)
{
	if (atomic_cmpxchg(&hook->fault_pending, 0, 1))
		return false;
	irq_work_queue(&hook->fault_work);
	return true;
}

/**
 * learned_hook_flush() - wait for a revert queued before the call.
 * @hook: the hook.
 *
 * Context: process context, may sleep; not under hook->lock.
 */
void learned_hook_flush(struct learned_hook *hook)
{
	irq_work_sync(&hook->fault_work);
	flush_work(&hook->revert_work);
}
EXPORT_SYMBOL_GPL(learned_hook_flush);

/**
 * learned_call_done() - check and count a policy's answer.
 * @c: the decision.
 * @ret: what the policy answered.
 *
 * An answer of @c->stock with @c->declines set is a fallback; an answer
 * out of [@c->lo, @c->hi] records @c->fault, one that @c->check refuses
 * the reason @c->check gives.
 *
 * Context: any.
 * Return: @ret, or @c->stock after recording a fault when @ret is not
 * valid.
 */
long learned_call_done(const struct learned_call *c, long ret)
{
	bool overrides = ret != c->stock;
	const char *fault = NULL;

	if (c->declines && ret == c->stock) {
		learned_hook_fallback(c->hook);
		return ret;
	}
	if (unlikely(ret < c->lo || ret > c->hi))
		fault = c->fault;
	else if (c->check)
		fault = c->check(c, ret, &overrides);
	if (unlikely(fault)) {
		learned_hook_fault(c->hook, fault);
		learned_hook_fallback(c->hook);
		return c->stock;
	}
	learned_hook_count(c->hook, overrides);
	return ret;
}
EXPORT_SYMBOL_GPL(learned_call_done);

/**
 * learned_hook_register() - set up a hook and its sysfs directory.
 * @hook: a hook with @name and @key set; the rest is initialised here.
 *
 * Context: process context, may sleep; after learned_init().
 * Return: 0 on success, -EINVAL for a bad name, or a sysfs error.
 */
int learned_hook_register(struct learned_hook *hook)
{
	struct learned_part *part, *added;
	int err = 0;

	if (!learned_name_valid(hook->name) || !hook->key)
		return -EINVAL;
	hook->stats = alloc_percpu(struct learned_hook_stats);
	if (!hook->stats)
		return -ENOMEM;
	mutex_init(&hook->lock);
	INIT_LIST_HEAD(&hook->policies);
	hook->fault_work = IRQ_WORK_INIT_HARD(learned_fault_irq_workfn);
	INIT_WORK(&hook->revert_work, learned_revert_workfn);
	strscpy(hook->last_fault, "none", sizeof(hook->last_fault));
	atomic_set(&hook->n_cg, 0);
	hook->flags = 0;
	hook->stock.name = "stock";
	hook->stock.model = "none";
	hook->stock.users = 1;	/* it serves the hook */
	list_add_tail(&hook->stock.list, &hook->policies);
	RCU_INIT_POINTER(hook->active, &hook->stock);
	learned_parts_call(hook_init, hook);

	list_for_each_entry(part, &learned_parts, list) {
		err = part->hook_add ? part->hook_add(hook) : 0;
		if (err)
			break;
	}
	if (!err)
		return 0;
	list_for_each_entry(added, &learned_parts, list) {
		if (added == part)
			break;
		if (added->hook_del)
			added->hook_del(hook);
	}
	learned_parts_call(hook_exit, hook);
	free_percpu(hook->stats);
	hook->stats = NULL;
	return err;
}
EXPORT_SYMBOL_GPL(learned_hook_register);

/**
 * learned_hook_unregister() - tear down a hook set up by learned_hook_register().
 * @hook: the hook; every policy but stock must be unregistered already.
 *
 * Context: process context, may sleep.
 */
void learned_hook_unregister(struct learned_hook *hook)
{
	/*
	 * Unpublish first: removing the sysfs files waits for the writes in
	 * flight, so no model_load or cgroup_policy write can touch the
	 * state freed below.
	 */
	learned_parts_call(hook_del, hook);
	mutex_lock(&hook->lock);
	WARN_ON_ONCE(!list_is_singular(&hook->policies));
	learned_parts_call(forget, hook, NULL);
	WARN_ON_ONCE(learned_policy_switch(hook, &hook->stock));
	mutex_unlock(&hook->lock);
	irq_work_sync(&hook->fault_work);
	cancel_work_sync(&hook->revert_work);
	learned_parts_call(hook_exit, hook);
	free_percpu(hook->stats);
	hook->stats = NULL;
}
EXPORT_SYMBOL_GPL(learned_hook_unregister);
