// SPDX-License-Identifier: GPL-2.0
/*
 * Learned kernel policies: a policy per cgroup.
 *
 * /sys/kernel/learned/<hook>/cgroup_policy, for hooks that pass the cgroup
 * of each decision (e.g. the memory cgroup of the lruvec that evicts):
 *
 *   echo "/bench learned" > cgroup_policy   # /bench and its descendants
 *   echo "/bench default" > cgroup_policy   # back to the hook's policy
 *   cat cgroup_policy                       # "<path> <policy>" per line
 *
 * Paths are cgroup v2 paths relative to the root of the hierarchy.  The
 * nearest ancestor with an entry decides; cgroups without one follow
 * /sys/kernel/learned/<hook>/policy.  Entries are keyed by cgroup id,
 * which is never reused, so a removed cgroup's entry can never apply to
 * another cgroup; it is listed as removed and dropped by the next write.
 * Entries of cgroups outside the writer's cgroup namespace are kept (and
 * read back relative to the reader's namespace).  A fault or a watchdog
 * revert drops every entry; while one is pending, writes fail with EBUSY.
 * A policy is attached while the hook or any entry uses it.
 */
#define pr_fmt(fmt) "learned: " fmt

#include <linux/cgroup.h>
#include <linux/init.h>
#include <linux/kernfs.h>
#include <linux/kobject.h>
#include <linux/learned_policy.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/sysfs.h>

#include "learned.h"

#define LEARNED_CG_MAX		64
#define LEARNED_CG_PATH_MAX	256

/* The static key is on while any policy but stock can be consulted. */
static void learned_cg_key_update(struct learned_hook *hook)
{
	bool on = atomic_read(&hook->n_cg) ||
		  rcu_access_pointer(hook->active) != &hook->stock;

	if (on)
		static_branch_enable(hook->key);
	else
		static_branch_disable(hook->key);
}

/**
 * __learned_hook_ops_cgroup() - slow path of learned_hook_ops_cgroup().
 * @hook: the hook.
 * @cgrp: the cgroup of the decision.
 *
 * Context: rcu_read_lock() held.
 * Return: the ops of the policy serving @cgrp, NULL for stock.
 */
const void *__learned_hook_ops_cgroup(struct learned_hook *hook,
				      struct cgroup *cgrp)
{
#ifdef CONFIG_CGROUPS
	struct learned_policy *p;

	if (unlikely(atomic_read(&hook->fault_pending)))
		return NULL;
	for (; cgrp; cgrp = cgroup_parent(cgrp)) {
		p = xa_load(&hook->cg_policies, (unsigned long)cgroup_id(cgrp));
		if (p)
			return p->ops;
	}
#endif
	return learned_hook_ops(hook);
}
EXPORT_SYMBOL_GPL(__learned_hook_ops_cgroup);

/* Drop the entry of cgroup @id, which names @p.  hook->lock held. */
static void learned_cg_erase(struct learned_hook *hook, unsigned long id,
			     struct learned_policy *p)
{
	xa_erase(&hook->cg_policies, id);
	atomic_dec(&hook->n_cg);
	learned_policy_put(hook, p);
}

/*
 * Drop the entries naming @policy, or every entry when @policy is NULL.
 * Called with hook->lock held; the caller waits for a grace period before
 * @policy goes away.
 */
void learned_cgroup_forget(struct learned_hook *hook,
			   struct learned_policy *policy)
{
	struct learned_policy *p;
	unsigned long id;

	xa_for_each(&hook->cg_policies, id, p) {
		if (policy && p != policy)
			continue;
		learned_cg_erase(hook, id, p);
	}
	learned_cg_key_update(hook);
}

#ifdef CONFIG_CGROUPS
/*
 * The cgroup with @id anywhere in the hierarchy, or NULL once it is
 * removed.  Unlike cgroup_get_from_id(), it does not hide the cgroups
 * outside the caller's cgroup namespace, whose entries must not look
 * removed to a writer inside one.  The caller puts it.
 */
static struct cgroup *learned_cg_get(unsigned long id)
{
	struct cgroup *cgrp = NULL;
	struct kernfs_node *kn;

	kn = kernfs_find_and_get_node_by_id(cgrp_dfl_root.kf_root, id);
	if (!kn)
		return NULL;
	if (kernfs_type(kn) == KERNFS_DIR) {
		rcu_read_lock();
		cgrp = rcu_dereference(*(void __rcu __force **)&kn->priv);
		if (cgrp && !cgroup_tryget(cgrp))
			cgrp = NULL;
		rcu_read_unlock();
	}
	kernfs_put(kn);
	return cgrp;
}

/* Drop entries of removed cgroups.  hook->lock held. */
static void learned_cg_prune(struct learned_hook *hook)
{
	struct learned_policy *p;
	struct cgroup *cgrp;
	unsigned long id;

	xa_for_each(&hook->cg_policies, id, p) {
		cgrp = learned_cg_get(id);
		if (cgrp) {
			cgroup_put(cgrp);
			continue;
		}
		learned_cg_erase(hook, id, p);
	}
}

static ssize_t cgroup_policy_show(struct kobject *kobj,
				  struct kobj_attribute *attr, char *buf)
{
	struct learned_hook *hook = to_hook(kobj);
	struct learned_policy *p;
	struct cgroup *cgrp;
	unsigned long id;
	char *path;
	int len = 0;

	path = kmalloc(LEARNED_CG_PATH_MAX, GFP_KERNEL);
	if (!path)
		return -ENOMEM;
	mutex_lock(&hook->lock);
	xa_for_each(&hook->cg_policies, id, p) {
		cgrp = learned_cg_get(id);
		if (!cgrp) {
			len += sysfs_emit_at(buf, len, "#%lu %s (removed)\n",
					     id, p->name);
			continue;
		}
		if (cgroup_path(cgrp, path, LEARNED_CG_PATH_MAX) < 0)
			strscpy(path, "?", LEARNED_CG_PATH_MAX);
		cgroup_put(cgrp);
		len += sysfs_emit_at(buf, len, "%s %s\n", path, p->name);
	}
	mutex_unlock(&hook->lock);
	kfree(path);
	return len;
}

static ssize_t cgroup_policy_store(struct kobject *kobj,
				   struct kobj_attribute *attr,
				   const char *buf, size_t count)
{
	struct learned_hook *hook = to_hook(kobj);
	struct learned_policy *p = NULL, *old;
	struct cgroup *cgrp;
	char *line, *name;
	unsigned long id;
	ssize_t ret;
	u64 cgid;

	if (count >= LEARNED_CG_PATH_MAX + LEARNED_NAME_MAX ||
	    strnlen(buf, count) != count)
		return -EINVAL;
	line = kmemdup_nul(buf, count, GFP_KERNEL);
	if (!line)
		return -ENOMEM;
	strim(line);
	name = strrchr(line, ' ');
	if (!name || line[0] != '/' || strlen(line) != strcspn(line, "\n\t")) {
		ret = -EINVAL;
		goto free;
	}
	*name++ = '\0';
	strim(line);
	cgrp = cgroup_get_from_path(line);
	if (IS_ERR(cgrp)) {
		ret = -ENOENT;
		goto free;
	}
	cgid = cgroup_id(cgrp);
	cgroup_put(cgrp);
	id = (unsigned long)cgid;
	if (id != cgid) {	/* ids wider than xarray indices */
		ret = -EOPNOTSUPP;
		goto free;
	}

	mutex_lock(&hook->lock);
	if (atomic_read(&hook->fault_pending)) {
		ret = -EBUSY;	/* a revert is about to drop every entry */
		goto unlock;
	}
	learned_cg_prune(hook);
	if (strcmp(name, "default")) {
		p = learned_policy_find(hook, name);
		if (!p) {
			ret = -EINVAL;
			goto key;
		}
	}
	old = xa_load(&hook->cg_policies, id);
	if (p == old) {
		ret = count;
		goto key;
	}
	if (!p) {
		learned_cg_erase(hook, id, old);
		ret = count;
		goto key;
	}
	if (!old && atomic_read(&hook->n_cg) >= LEARNED_CG_MAX) {
		ret = -ENOSPC;
		goto key;
	}
	ret = learned_policy_get(hook, p);
	if (ret)
		goto key;
	ret = xa_err(xa_store(&hook->cg_policies, id, p, GFP_KERNEL));
	if (ret) {
		learned_policy_put(hook, p);
		goto key;
	}
	if (old)
		learned_policy_put(hook, old);
	else
		atomic_inc(&hook->n_cg);
	ret = count;
key:
	/* the prune may have dropped the last entry, whatever happens next */
	learned_cg_key_update(hook);
unlock:
	mutex_unlock(&hook->lock);
free:
	kfree(line);
	return ret;
}
#else
static ssize_t cgroup_policy_show(struct kobject *kobj,
				  struct kobj_attribute *attr, char *buf)
{
	return sysfs_emit(buf, "unsupported\n");
}

static ssize_t cgroup_policy_store(struct kobject *kobj,
				   struct kobj_attribute *attr,
				   const char *buf, size_t count)
{
	return -EOPNOTSUPP;
}
#endif

static struct kobj_attribute cgroup_policy_attr = __ATTR_RW(cgroup_policy);

static struct attribute *learned_cgroup_attrs[] = {
	&cgroup_policy_attr.attr,
	NULL,
};

static umode_t learned_cgroup_visible(struct kobject *kobj,
				      struct attribute *attr, int n)
{
	return to_hook(kobj)->per_cgroup ? attr->mode : 0;
}

const struct attribute_group learned_cgroup_group = {
	.attrs = learned_cgroup_attrs,
	.is_visible = learned_cgroup_visible,
};

static void learned_cgroup_hook_init(struct learned_hook *hook)
{
	xa_init(&hook->cg_policies);
}

static void learned_cgroup_hook_exit(struct learned_hook *hook)
{
	xa_destroy(&hook->cg_policies);
}

static struct learned_part learned_cgroup_part = {
	.hook_init = learned_cgroup_hook_init,
	.hook_exit = learned_cgroup_hook_exit,
	.forget = learned_cgroup_forget,
};

static int __init learned_cgroup_init(void)
{
	learned_part_register(&learned_cgroup_part);
	return 0;
}
core_initcall(learned_cgroup_init);
