// SPDX-License-Identifier: GPL-2.0
/*
 * Online adaptation of the learned reclaim policy: one state per memory
 * cgroup, its sysfs files and its tracepoint.  The update rule is
 * learned/reclaim_adapt.c.
 *
 *   /sys/kernel/learned/reclaim/adapt        1 (default): adapt; 0: the
 *                                            frozen model decides alone
 *   /sys/kernel/learned/reclaim/adapt_state  "<cgroup> <level> <useful>
 *                                            <wasted> <missed> <updates>
 *                                            <changes>" per state
 *
 * A folio's state is its memory cgroup's: feedback about a folio (its
 * spare judged at reclaim's next look, its refault) moves only the state
 * of the cgroup it is charged to, so one cgroup's accesses never move
 * another's level.  Folios of the root memory cgroup, and every folio
 * without memory cgroups, share the global state "/"; the root cgroup has
 * no limit, so only global reclaim moves it.
 *
 * The decision path allocates nothing: a cgroup without a state is
 * decided by the frozen prior and asks a work item to create one
 * (one request at a time, up to LEARNED_RECLAIM_ADAPT_MAX states); the
 * work item also frees the states of removed cgroups after a grace period.
 */
#define pr_fmt(fmt) "learned_reclaim: " fmt

#include <linux/atomic.h>
#include <linux/cgroup.h>
#include <linux/init.h>
#include <linux/kobject.h>
#include <linux/learned_policy.h>
#include <linux/learned_reclaim.h>
#include <linux/learned_reclaim_adapt.h>
#include <linux/mutex.h>
#include <linux/rcupdate.h>
#include <linux/slab.h>
#include <linux/sysfs.h>
#include <linux/workqueue.h>
#include <linux/xarray.h>

#include <trace/events/learned_reclaim.h>

/* states of non-root memory cgroups, at most */
#define LEARNED_RECLAIM_ADAPT_MAX	64
#define LEARNED_RECLAIM_ADAPT_PATH_MAX	256

/**
 * struct learned_reclaim_adapt_cg - a memory cgroup's adaptation state.
 * @a: the state.
 * @id: the cgroup's id, 0 for the global state.
 * @rcu: frees it after the cgroup is removed.
 */
struct learned_reclaim_adapt_cg {
	struct learned_reclaim_adapt a;
	u64 id;
	struct rcu_head rcu;
};

/*
 * Off by default: measured in one boot against the frozen model, the rule
 * gave back part of the model's win on every workload tried (see
 * Documentation/admin-guide/learned/reclaim.rst); /sys/kernel/learned/
 * reclaim/adapt turns it on.
 */
static bool learned_reclaim_adapt_enabled __read_mostly;
/* the root memory cgroup's, and every folio's without memory cgroups */
static struct learned_reclaim_adapt_cg learned_reclaim_adapt_global = {
	.a = { .level = LEARNED_RECLAIM_ADAPT_ONE },
};

/* states of non-root cgroups by cgroup id (never reused) */
static DEFINE_XARRAY(learned_reclaim_adapt_states);
static DEFINE_MUTEX(learned_reclaim_adapt_lock);	/* creation, removal */
static atomic_t learned_reclaim_adapt_nr = ATOMIC_INIT(0);
/* the cgroup id a decision asked a state for, 0 when none */
static atomic64_t learned_reclaim_adapt_wanted = ATOMIC64_INIT(0);

static void learned_reclaim_adapt_workfn(struct work_struct *work);
static DECLARE_WORK(learned_reclaim_adapt_work, learned_reclaim_adapt_workfn);

/**
 * learned_reclaim_adapt_of() - the adaptation state of a memory cgroup.
 * @id: the cgroup id of the folio's memory cgroup, 0 for the root memory
 *	cgroup or a folio without one.
 *
 * Asks for a state to be created when @id has none: until then the
 * cgroup is decided by the frozen prior.
 *
 * Context: rcu_read_lock() held; does not sleep or allocate.
 * Return: the state, or NULL (adaptation off, or no state yet).
 */
struct learned_reclaim_adapt *learned_reclaim_adapt_of(u64 id)
{
	struct learned_reclaim_adapt_cg *s;

	if (!READ_ONCE(learned_reclaim_adapt_enabled))
		return NULL;
	if (!id)
		return &learned_reclaim_adapt_global.a;
	s = xa_load(&learned_reclaim_adapt_states, (unsigned long)id);
	if (s)
		return &s->a;
	if (atomic_read(&learned_reclaim_adapt_nr) < LEARNED_RECLAIM_ADAPT_MAX &&
	    !atomic64_read(&learned_reclaim_adapt_wanted) &&
	    !atomic64_cmpxchg(&learned_reclaim_adapt_wanted, 0, id))
		schedule_work(&learned_reclaim_adapt_work);
	return NULL;
}
EXPORT_SYMBOL_GPL(learned_reclaim_adapt_of);

/**
 * learned_reclaim_adapt_note() - feedback about one of a cgroup's folios.
 * @a: the state of the folio's memory cgroup (learned_reclaim_adapt_of()),
 *	or NULL.
 * @event: what happened.
 *
 * Emits learned:learned_reclaim_adapt for every update.
 *
 * Context: rcu_read_lock() held; does not sleep.
 */
void learned_reclaim_adapt_note(struct learned_reclaim_adapt *a,
				enum learned_reclaim_adapt_event event)
{
	struct learned_reclaim_adapt_update u;

	if (!a || !READ_ONCE(learned_reclaim_adapt_enabled))
		return;
	if (learned_reclaim_adapt_feedback(a, event, &u))
		trace_learned_reclaim_adapt(container_of(a, struct learned_reclaim_adapt_cg,
							 a)->id, &u);
}
EXPORT_SYMBOL_GPL(learned_reclaim_adapt_note);

/**
 * learned_reclaim_adapt_allows() - may the policy spare this folio?
 * @f: the folio, with @f->adapt set by the hook.
 *
 * Context: any; does not sleep.
 * Return: true with adaptation off or no state for the folio's cgroup
 * (the frozen prior), else learned_reclaim_adapt_spare_ok().
 */
bool learned_reclaim_adapt_allows(const struct learned_reclaim_folio *f)
{
	if (!f->adapt || !READ_ONCE(learned_reclaim_adapt_enabled))
		return true;
	return learned_reclaim_adapt_spare_ok(f->adapt, f->key);
}
EXPORT_SYMBOL_GPL(learned_reclaim_adapt_allows);

#ifdef CONFIG_MEMCG
/* Free the states of removed cgroups.  learned_reclaim_adapt_lock held. */
static void learned_reclaim_adapt_prune(void)
{
	struct learned_reclaim_adapt_cg *s;
	struct cgroup *cgrp;
	unsigned long id;

	xa_for_each(&learned_reclaim_adapt_states, id, s) {
		cgrp = cgroup_get_from_id(s->id);
		if (!IS_ERR(cgrp)) {
			cgroup_put(cgrp);
			continue;
		}
		xa_erase(&learned_reclaim_adapt_states, id);
		atomic_dec(&learned_reclaim_adapt_nr);
		kfree_rcu(s, rcu);
	}
}
#else
static void learned_reclaim_adapt_prune(void)
{
}
#endif

/**
 * learned_reclaim_adapt_create() - create the state of a cgroup.
 * @id: the cgroup's id (not 0).
 *
 * Does nothing when @id already has a state.
 *
 * Context: process context; sleeps.
 * Return: 0, -ENOSPC beyond LEARNED_RECLAIM_ADAPT_MAX states, -EINVAL for
 * id 0 or an id wider than an xarray index, -ENOMEM.
 */
int learned_reclaim_adapt_create(u64 id)
{
	struct learned_reclaim_adapt_cg *s;
	int err = 0;

	if (!id || (unsigned long)id != id)
		return -EINVAL;
	mutex_lock(&learned_reclaim_adapt_lock);
	if (xa_load(&learned_reclaim_adapt_states, (unsigned long)id))
		goto unlock;
	if (atomic_read(&learned_reclaim_adapt_nr) >= LEARNED_RECLAIM_ADAPT_MAX) {
		err = -ENOSPC;
		goto unlock;
	}
	s = kzalloc(sizeof(*s), GFP_KERNEL);
	if (!s) {
		err = -ENOMEM;
		goto unlock;
	}
	learned_reclaim_adapt_init(&s->a);
	s->id = id;
	err = xa_err(xa_store(&learned_reclaim_adapt_states, (unsigned long)id,
			      s, GFP_KERNEL));
	if (err) {
		kfree(s);
		goto unlock;
	}
	atomic_inc(&learned_reclaim_adapt_nr);
unlock:
	mutex_unlock(&learned_reclaim_adapt_lock);
	return err;
}
EXPORT_SYMBOL_GPL(learned_reclaim_adapt_create);

static void learned_reclaim_adapt_workfn(struct work_struct *work)
{
	u64 id = atomic64_xchg(&learned_reclaim_adapt_wanted, 0);

	mutex_lock(&learned_reclaim_adapt_lock);
	learned_reclaim_adapt_prune();
	mutex_unlock(&learned_reclaim_adapt_lock);
	if (id)
		learned_reclaim_adapt_create(id);
}

static ssize_t adapt_show(struct kobject *kobj, struct kobj_attribute *attr,
			  char *buf)
{
	return sysfs_emit(buf, "%d\n", READ_ONCE(learned_reclaim_adapt_enabled));
}

static ssize_t adapt_store(struct kobject *kobj, struct kobj_attribute *attr,
			   const char *buf, size_t count)
{
	unsigned int val;

	if (learned_parse_uint(buf, count, 0, 1, &val))
		return -EINVAL;
	WRITE_ONCE(learned_reclaim_adapt_enabled, val);
	return count;
}

static int learned_reclaim_adapt_emit(char *buf, int len, const char *path,
				      const struct learned_reclaim_adapt *a)
{
	return sysfs_emit_at(buf, len, "%s %u %llu %llu %llu %llu %llu\n", path,
			     READ_ONCE(a->level),
			     READ_ONCE(a->total[LEARNED_RECLAIM_ADAPT_USEFUL]),
			     READ_ONCE(a->total[LEARNED_RECLAIM_ADAPT_WASTED]),
			     READ_ONCE(a->total[LEARNED_RECLAIM_ADAPT_MISSED]),
			     READ_ONCE(a->updates), READ_ONCE(a->changes));
}

static ssize_t adapt_state_show(struct kobject *kobj,
				struct kobj_attribute *attr, char *buf)
{
	struct learned_reclaim_adapt_cg *s;
	unsigned long id;
	char *path;
	int len;

	len = learned_reclaim_adapt_emit(buf, 0, "/",
					 &learned_reclaim_adapt_global.a);
	if (!IS_ENABLED(CONFIG_MEMCG))
		return len;
	path = kmalloc(LEARNED_RECLAIM_ADAPT_PATH_MAX, GFP_KERNEL);
	if (!path)
		return -ENOMEM;
	mutex_lock(&learned_reclaim_adapt_lock);
	xa_for_each(&learned_reclaim_adapt_states, id, s) {
		path[0] = '\0';
#ifdef CONFIG_CGROUPS
		cgroup_path_from_kernfs_id(s->id, path,
					   LEARNED_RECLAIM_ADAPT_PATH_MAX);
#endif
		if (!path[0])	/* removed, or outside the reader's namespace */
			snprintf(path, LEARNED_RECLAIM_ADAPT_PATH_MAX, "#%llu",
				 s->id);
		len += learned_reclaim_adapt_emit(buf, len, path, &s->a);
	}
	mutex_unlock(&learned_reclaim_adapt_lock);
	kfree(path);
	return len;
}

static struct kobj_attribute adapt_attr = __ATTR_RW(adapt);
static struct kobj_attribute adapt_state_attr = __ATTR_RO(adapt_state);

static struct attribute *learned_reclaim_adapt_attrs[] = {
	&adapt_attr.attr,
	&adapt_state_attr.attr,
	NULL,
};

static const struct attribute_group learned_reclaim_adapt_group = {
	.attrs = learned_reclaim_adapt_attrs,
};

/* After learned_reclaim_init() (late_initcall) has registered the hook. */
static int __init learned_reclaim_adapt_sysfs_init(void)
{
	int err;

	if (!learned_reclaim_hook.kobj.state_in_sysfs)
		return -ENODEV;	/* the hook failed to register */
	err = sysfs_create_group(&learned_reclaim_hook.kobj,
				 &learned_reclaim_adapt_group);
	if (err)
		pr_warn("cannot create the adaptation files: %d\n", err);
	return err;
}
late_initcall_sync(learned_reclaim_adapt_sysfs_init);
