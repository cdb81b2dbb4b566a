// SPDX-License-Identifier: GPL-2.0
/*
 * Learned kernel policies: /sys/kernel/learned/<hook>/.
 *
 * One value per file; the policy selector reads "[current] other ..." like
 * /sys/block/<dev>/queue/scheduler and takes a name.
 */
#define pr_fmt(fmt) "learned: " fmt

#include <linux/capability.h>
#include <linux/init.h>
#include <linux/kobject.h>
#include <linux/learned.h>
#include <linux/learned_policy.h>
#include <linux/sysfs.h>

#include "learned.h"

static ssize_t available_policies_show(struct kobject *kobj,
				       struct kobj_attribute *attr, char *buf)
{
	struct learned_hook *hook = to_hook(kobj);
	struct learned_policy *p;
	int len = 0;

	mutex_lock(&hook->lock);
	list_for_each_entry(p, &hook->policies, list)
		len += sysfs_emit_at(buf, len, "%s%s", len ? " " : "", p->name);
	mutex_unlock(&hook->lock);
	len += sysfs_emit_at(buf, len, "\n");
	return len;
}

static struct kobj_attribute available_policies_attr =
	__ATTR_RO(available_policies);

static ssize_t policy_show(struct kobject *kobj, struct kobj_attribute *attr,
			   char *buf)
{
	struct learned_hook *hook = to_hook(kobj);
	struct learned_policy *p, *active;
	int len = 0;

	mutex_lock(&hook->lock);
	active = rcu_dereference_protected(hook->active,
					   lockdep_is_held(&hook->lock));
	list_for_each_entry(p, &hook->policies, list)
		len += sysfs_emit_at(buf, len, p == active ? "%s[%s]" : "%s%s",
				     len ? " " : "", p->name);
	mutex_unlock(&hook->lock);
	len += sysfs_emit_at(buf, len, "\n");
	return len;
}

static ssize_t policy_store(struct kobject *kobj, struct kobj_attribute *attr,
			    const char *buf, size_t count)
{
	int err;

	/* a name, maybe with a newline; no NUL inside */
	if (count >= LEARNED_NAME_MAX + 1 || strnlen(buf, count) != count)
		return -EINVAL;
	err = learned_policy_select(to_hook(kobj), buf);
	if (err == -ENOENT)
		return -EINVAL;
	return err ? err : count;
}

static struct kobj_attribute policy_attr = __ATTR_RW(policy);

/* Writing 0 to any counter resets all of them; anything else is refused. */
static ssize_t learned_counter_store(struct kobject *kobj, const char *buf,
				     size_t count)
{
	struct learned_hook *hook = to_hook(kobj);
	u64 val;

	if (strnlen(buf, count) != count || kstrtou64(buf, 0, &val) || val)
		return -EINVAL;
	mutex_lock(&hook->lock);
	learned_watchdog_reset_stats(hook);
	atomic_set(&hook->faults, 0);
	mutex_unlock(&hook->lock);
	return count;
}

#define LEARNED_COUNTER_ATTR(_name)					\
static ssize_t _name##_show(struct kobject *kobj,			\
			    struct kobj_attribute *attr, char *buf)	\
{									\
	return sysfs_emit(buf, "%llu\n",				\
			  learned_hook_stat_sum(to_hook(kobj),		\
				offsetof(struct learned_hook_stats, _name))); \
}									\
static ssize_t _name##_store(struct kobject *kobj,			\
			     struct kobj_attribute *attr,		\
			     const char *buf, size_t count)		\
{									\
	return learned_counter_store(kobj, buf, count);			\
}									\
static struct kobj_attribute _name##_attr = __ATTR_RW(_name)

LEARNED_COUNTER_ATTR(decisions);
LEARNED_COUNTER_ATTR(overrides);
LEARNED_COUNTER_ATTR(fallbacks);

static ssize_t faults_show(struct kobject *kobj, struct kobj_attribute *attr,
			   char *buf)
{
	return sysfs_emit(buf, "%d\n", atomic_read(&to_hook(kobj)->faults));
}

static struct kobj_attribute faults_attr = __ATTR_RO(faults);

static ssize_t last_fault_show(struct kobject *kobj,
			       struct kobj_attribute *attr, char *buf)
{
	return sysfs_emit(buf, "%s\n", to_hook(kobj)->last_fault);
}

static struct kobj_attribute last_fault_attr = __ATTR_RO(last_fault);

static ssize_t model_show(struct kobject *kobj, struct kobj_attribute *attr,
			  char *buf)
{
	struct learned_hook *hook = to_hook(kobj);
	struct learned_loaded_model *m = NULL;
	struct learned_policy *p;
	ssize_t len;

	mutex_lock(&hook->lock);
	p = rcu_dereference_protected(hook->active,
				      lockdep_is_held(&hook->lock));
	if (p->slot)
		m = rcu_dereference_protected(p->slot->loaded,
					      lockdep_is_held(&hook->lock));
	if (m)
		len = sysfs_emit(buf, "%s: loaded at run time, %zu bytes, checksum %016llx, feature set %u\n",
				 m->name, m->size, m->checksum,
				 m->feature_set);
	else
		len = sysfs_emit(buf, "%s\n", p->model ? p->model : "none");
	mutex_unlock(&hook->lock);
	return len;
}

static struct kobj_attribute model_attr = __ATTR_RO(model);

static struct attribute *learned_hook_attrs[] = {
	&available_policies_attr.attr,
	&policy_attr.attr,
	&decisions_attr.attr,
	&overrides_attr.attr,
	&fallbacks_attr.attr,
	&faults_attr.attr,
	&last_fault_attr.attr,
	&model_attr.attr,
	NULL,
};

static const struct attribute_group learned_hook_group = {
	.attrs = learned_hook_attrs,
};

static const struct attribute_group *learned_hook_groups[] = {
	&learned_hook_group,
	&learned_watchdog_group,
	&learned_model_group,
	&learned_cgroup_group,
	NULL,
};

/*
 * Every file of a hook changes how the kernel decides (or resets what it
 * measured): writing one takes CAP_SYS_ADMIN, whatever the file's mode
 * says, as a root process without it or a container with a writable /sys
 * must not switch reclaim or scheduling policies.
 */
static ssize_t learned_hook_attr_show(struct kobject *kobj,
				      struct attribute *attr, char *buf)
{
	return kobj_sysfs_ops.show(kobj, attr, buf);
}

static ssize_t learned_hook_attr_store(struct kobject *kobj,
				       struct attribute *attr,
				       const char *buf, size_t count)
{
	if (!capable(CAP_SYS_ADMIN))
		return -EPERM;
	return kobj_sysfs_ops.store(kobj, attr, buf, count);
}

static const struct sysfs_ops learned_hook_sysfs_ops = {
	.show = learned_hook_attr_show,
	.store = learned_hook_attr_store,
};

/* Hooks are static objects: nothing to free. */
static void learned_hook_release(struct kobject *kobj)
{
}

static struct kobj_type learned_hook_ktype = {
	.release = learned_hook_release,
	.sysfs_ops = &learned_hook_sysfs_ops,
	.default_groups = learned_hook_groups,
};

static int learned_hook_sysfs_add(struct learned_hook *hook)
{
	int err;

	if (!learned_kobj)
		return -ENODEV;
	err = kobject_init_and_add(&hook->kobj, &learned_hook_ktype,
				   learned_kobj, "%s", hook->name);
	if (err)
		kobject_put(&hook->kobj);
	return err;
}

/* kobject_del() waits for the reads and writes in flight */
static void learned_hook_sysfs_del(struct learned_hook *hook)
{
	kobject_del(&hook->kobj);
	kobject_put(&hook->kobj);
}

static struct learned_part learned_sysfs_part = {
	.hook_add = learned_hook_sysfs_add,
	.hook_del = learned_hook_sysfs_del,
};

static int __init learned_sysfs_init(void)
{
	learned_part_register(&learned_sysfs_part);
	return 0;
}
core_initcall(learned_sysfs_init);
