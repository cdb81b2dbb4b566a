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
 */
#define pr_fmt(fmt) "learned: " fmt

#include <linux/ctype.h>
#include <linux/learned_policy.h>
#include <linux/mm.h>
#include <linux/string.h>

#include "learned.h"

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
	if (new->attach) {
		err = new->attach(hook);
		if (err)
			return err;
	}
	if (new == &hook->stock && !atomic_read(&hook->n_cg))
		static_branch_disable(hook->key);
	rcu_assign_pointer(hook->active, new);
	learned_watchdog_restart(hook);
	if (new != &hook->stock)
		static_branch_enable(hook->key);
	/* policies are static; only a detach needs the readers gone */
	if (old->detach) {
		synchronize_rcu();
		old->detach(hook);
	}
	return 0;
}

/**
 * learned_policy_select() - make the policy named @name active on @hook.
 * @hook: a registered hook.
 * @name: the policy's name; a trailing newline is ignored.
 *
 * Selecting a policy clears a pending fault.
 *
 * Context: process context, may sleep.
 * Return: 0 on success, -ENOENT for an unknown name, or the error of the
 * policy's attach callback; on error the active policy is unchanged.
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
	err = learned_policy_switch(hook, p);
	if (!err)
		atomic_set(&hook->fault_pending, 0);
unlock:
	mutex_unlock(&hook->lock);
	return err;
}
EXPORT_SYMBOL_GPL(learned_policy_select);

/**
 * learned_policy_register() - add a policy to a hook.
 * @hook: a registered hook.
 * @policy: the policy; must stay valid until unregistered.
 *
 * Context: process context, may sleep.
 * Return: 0 on success; -EINVAL for a bad name, missing ops or ops the
 * hook's validate callback refuses; -EEXIST when the name is taken.
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
	learned_cgroup_forget(hook, policy);
	list_del_rcu(&policy->list);
	mutex_unlock(&hook->lock);
	synchronize_rcu();
	if (policy->slot)
		learned_slot_reset(policy->slot);
}
EXPORT_SYMBOL_GPL(learned_policy_unregister);

static void learned_revert_workfn(struct work_struct *work)
{
	struct learned_hook *hook = container_of(work, struct learned_hook,
						 revert_work);

	mutex_lock(&hook->lock);
	learned_cgroup_forget(hook, NULL);
	WARN_ON_ONCE(learned_policy_switch(hook, &hook->stock));
	atomic_set(&hook->fault_pending, 0);
	mutex_unlock(&hook->lock);
}

/**
 * learned_hook_fault() - record an internal error and revert to stock.
 * @hook: the hook whose active policy misbehaved.
 * @reason: what happened, for /sys/kernel/learned/<hook>/last_fault.
 *
 * The hook stops consulting the policy at once (learned_hook_ops() returns
 * NULL) and switches to stock from a workqueue; per-cgroup policies are
 * dropped too.  Only the first fault until the switch is recorded; the
 * kernel log gets one line per hook.
 *
 * Context: any, including atomic context.
 */
void learned_hook_fault(struct learned_hook *hook, const char *reason)
{
	if (atomic_cmpxchg(&hook->fault_pending, 0, 1))
		return;
	atomic_inc(&hook->faults);
	strscpy(hook->last_fault, reason, sizeof(hook->last_fault));
	pr_warn_once("%s: policy fault, reverting to stock: %s\n", hook->name,
		     reason);
	schedule_work(&hook->revert_work);
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
	schedule_work(&hook->revert_work);
	return true;
}

/**
 * learned_hook_register() - set up a hook and its sysfs directory.
 * @hook: a hook with @name and @key set; the rest is initialised here.
 *
 * Context: process context, may sleep; after learned_init().
 * Return: 0 on success, -EINVAL for a bad name, or a sysfs error.
 */
int learned_hook_register(struct learned_hook *hook)
{
	int err;

	if (!learned_name_valid(hook->name) || !hook->key)
		return -EINVAL;
	hook->stats = alloc_percpu(struct learned_hook_stats);
	if (!hook->stats)
		return -ENOMEM;
	mutex_init(&hook->lock);
	INIT_LIST_HEAD(&hook->policies);
	INIT_WORK(&hook->revert_work, learned_revert_workfn);
	strscpy(hook->last_fault, "none", sizeof(hook->last_fault));
	xa_init(&hook->cg_policies);
	atomic_set(&hook->n_cg, 0);
	learned_watchdog_init(hook);
	strscpy(hook->models.last, "none", sizeof(hook->models.last));
	hook->stock.name = "stock";
	hook->stock.model = "none";
	list_add_tail(&hook->stock.list, &hook->policies);
	RCU_INIT_POINTER(hook->active, &hook->stock);

	err = learned_hook_sysfs_add(hook);
	if (err) {
		free_percpu(hook->stats);
		hook->stats = NULL;
	}
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
	mutex_lock(&hook->lock);
	WARN_ON_ONCE(!list_is_singular(&hook->policies));
	WARN_ON_ONCE(learned_policy_switch(hook, &hook->stock));
	mutex_unlock(&hook->lock);
	cancel_work_sync(&hook->revert_work);
	xa_destroy(&hook->cg_policies);
	kvfree(hook->models.staging);
	hook->models.staging = NULL;
	kobject_del(&hook->kobj);
	kobject_put(&hook->kobj);
	free_percpu(hook->stats);
	hook->stats = NULL;
}
EXPORT_SYMBOL_GPL(learned_hook_unregister);
