/* SPDX-License-Identifier: GPL-2.0 */
/* Internal interfaces of the learned core. */
#ifndef _LEARNED_LEARNED_H
#define _LEARNED_LEARNED_H

#include <linux/types.h>

struct learned_hook;
struct learned_model_slot;
struct learned_policy;

/* the hook whose sysfs directory @k is */
#define to_hook(k) container_of(k, struct learned_hook, kobj)

int learned_hook_sysfs_add(struct learned_hook *hook);

/* policy.c; all but learned_name_valid() need hook->lock */
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
