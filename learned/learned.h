/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Internal interfaces of the learned core.
 *
 * The registry (policy.c) is the bottom layer: it keeps the hooks and
 * their policies and calls none of the other core files.  The parts that
 * keep state in every hook - the watchdog, the per-cgroup policies, the
 * loaded models and the sysfs directory - register a struct learned_part
 * at boot and the registry calls them through it; they call the registry
 * directly.  scripts/test/check-layering checks that no call cycle is left.
 */
#ifndef _LEARNED_LEARNED_H
#define _LEARNED_LEARNED_H

#include <linux/list.h>
#include <linux/types.h>

struct learned_hook;
struct learned_model_slot;
struct learned_policy;

/* the hook whose sysfs directory @k is */
#define to_hook(k) container_of(k, struct learned_hook, kobj)

/**
 * struct learned_part - a part of the core that keeps state in every hook.
 * @list: in the registry's list of parts.
 * @hook_init: a hook is being registered: set up the part's state.
 * @hook_add: every part's state is set up: publish the hook.  May fail;
 *	the parts added before are then removed again with @hook_del.
 * @hook_del: first step of unregistering: unpublish the hook.
 * @hook_exit: last step of unregistering: free the part's state.
 * @switched: the hook's active policy changed.  hook->lock held.
 * @forget: drop what the part holds of @policy, or of every policy when
 *	@policy is NULL.  hook->lock held; the caller waits for a grace
 *	period before @policy goes away.
 * @policy_gone: @policy was unregistered and no reader sees it any more.
 *
 * Every callback is optional.  The parts are called in the order they
 * registered in.
 */
struct learned_part {
	struct list_head list;
	void (*hook_init)(struct learned_hook *hook);
	int (*hook_add)(struct learned_hook *hook);
	void (*hook_del)(struct learned_hook *hook);
	void (*hook_exit)(struct learned_hook *hook);
	void (*switched)(struct learned_hook *hook);
	void (*forget)(struct learned_hook *hook,
		       struct learned_policy *policy);
	void (*policy_gone)(struct learned_policy *policy);
};

/* policy.c, the registry; all but the first two need hook->lock */
void learned_part_register(struct learned_part *part);
bool learned_name_valid(const char *name);
struct learned_policy *learned_policy_find(struct learned_hook *hook,
					   const char *name);
int learned_policy_switch(struct learned_hook *hook,
			  struct learned_policy *new);
int learned_policy_get(struct learned_hook *hook, struct learned_policy *p);
void learned_policy_put(struct learned_hook *hook, struct learned_policy *p);
bool learned_hook_revert(struct learned_hook *hook);

/* watchdog.c */
void learned_watchdog_init(struct learned_hook *hook);
void learned_watchdog_restart(struct learned_hook *hook);
void learned_watchdog_reset_stats(struct learned_hook *hook);
u64 learned_hook_stat_sum(struct learned_hook *hook, size_t offset);
extern const struct attribute_group learned_watchdog_group;

/* cgroup.c; learned_cgroup_forget() needs hook->lock */
void learned_cgroup_forget(struct learned_hook *hook,
			   struct learned_policy *policy);
extern const struct attribute_group learned_cgroup_group;

/* model.c */
void learned_slot_reset(struct learned_model_slot *slot);
extern const struct attribute_group learned_model_group;

#endif /* _LEARNED_LEARNED_H */
