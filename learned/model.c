// SPDX-License-Identifier: GPL-2.0
/*
 * Learned kernel policies: models loaded at run time.
 *
 * A policy that takes models at run time has a model slot: its built-in
 * model and an RCU pointer to a loaded one.  Writing a model package (see
 * "model package format" in blob.c) to /sys/kernel/learned/<hook>/model_load
 * checks it completely - header, checksum, hook, policy, feature set,
 * blob, model descriptor, number of features and outputs - and only then
 * publishes it with rcu_replace_pointer(); decisions in flight finish with
 * the old model, which is freed after a grace period.  A refused package
 * changes nothing; the reason is in model_status and the kernel log.
 */
#define pr_fmt(fmt) "learned: " fmt

#include <asm/unaligned.h>
#include <linux/capability.h>
#include <linux/init.h>
#include <linux/kobject.h>
#include <linux/learned_policy.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/sysfs.h>
#include <linux/timekeeping.h>

#include "learned.h"

/**
 * __learned_slot_first_use() - record the first prediction of a model.
 * @m: a model loaded at run time.
 *
 * Context: any.
 */
void __learned_slot_first_use(struct learned_loaded_model *m)
{
	atomic64_cmpxchg(&m->first_use_ns, 0, ktime_get_ns() ?: 1);
}
EXPORT_SYMBOL_GPL(__learned_slot_first_use);

/* Drop a loaded model, back to the built-in one.  No readers may remain. */
void learned_slot_reset(struct learned_model_slot *slot)
{
	struct learned_loaded_model *m;

	m = rcu_replace_pointer(slot->loaded, NULL, true);
	if (m)
		kvfree_rcu(m, rcu);
}

static __printf(2, 3) int refuse(struct learned_hook *hook,
				 const char *fmt, ...)
{
	struct learned_model_status *st = &hook->models;
	va_list args;
	int len;

	len = scnprintf(st->last, sizeof(st->last), "refused: ");
	va_start(args, fmt);
	vscnprintf(st->last + len, sizeof(st->last) - len, fmt, args);
	va_end(args);
	st->refused++;
	pr_warn_ratelimited("%s: model %s\n", hook->name, st->last);
	return -EINVAL;
}

/**
 * learned_model_load() - check a model package and swap it in.
 * @hook: the hook the package is written to.
 * @pkg: the package, 8-byte aligned.
 * @len: its length.
 *
 * Context: process context, may sleep; takes hook->lock.
 * Return: 0 when the model now serves its policy; -EINVAL (reason in
 * model_status) or -ENOMEM with nothing changed otherwise.
 */
int learned_model_load(struct learned_hook *hook, const void *pkg, size_t len)
{
	struct learned_model_status *st = &hook->models;
	struct learned_loaded_model *m, *old;
	struct learned_model_slot *slot;
	struct learned_package hdr;
	struct learned_policy *p;
	const char *why;
	u64 t0 = ktime_get_ns();
	int err;

	lockdep_assert_held(&hook->lock);
	if (!IS_ENABLED(CONFIG_LEARNED_INFER))
		return refuse(hook, "no inference library (CONFIG_LEARNED_INFER)");
	if (learned_package_parse(pkg, len, &hdr, &why))
		return refuse(hook, "%s", why);
	if (strcmp(hdr.hook, hook->name))
		return refuse(hook, "package is for hook %s", hdr.hook);
	p = learned_policy_find(hook, hdr.policy);
	if (!p)
		return refuse(hook, "no policy %s", hdr.policy);
	slot = p->slot;
	if (!slot)
		return refuse(hook, "policy %s takes no models", hdr.policy);
	if (hdr.feature_set != slot->feature_set &&
	    (!slot->feature_set_alt || hdr.feature_set != slot->feature_set_alt))
		return refuse(hook, "feature set %u, policy %s reads %u",
			      hdr.feature_set, p->name, slot->feature_set);

	m = kvzalloc(struct_size(m, blob, hdr.blob_len), GFP_KERNEL);
	if (!m)
		return -ENOMEM;
	memcpy(m->blob, hdr.blob, hdr.blob_len);
	err = learned_blob_parse(m->blob, hdr.blob_len, &m->parsed);
	if (err) {
		kvfree(m);
		return refuse(hook, "invalid model blob (see kernel log)");
	}
	if (learned_model_n_features(&m->parsed.model) != slot->n_features ||
	    learned_model_n_outputs(&m->parsed.model) != slot->n_outputs) {
		err = refuse(hook, "model has %u features and %u outputs, policy %s needs %u and %u",
			     learned_model_n_features(&m->parsed.model),
			     learned_model_n_outputs(&m->parsed.model),
			     p->name, slot->n_features, slot->n_outputs);
		kvfree(m);
		return err;
	}
	if (m->parsed.model.kind == LEARNED_MODEL_FOREST &&
	    m->parsed.model.forest->mode == LEARNED_FOREST_VOTE) {
		/* policies with a slot decide on a score or a probability */
		kvfree(m);
		return refuse(hook, "a vote forest gives a class, policy %s decides on a score",
			      p->name);
	}
	m->checksum = hdr.checksum;
	m->feature_set = hdr.feature_set;
	m->size = hdr.blob_len;
	strscpy(m->name, hdr.name, sizeof(m->name));
	m->loaded_ns = ktime_get_ns();
	old = rcu_replace_pointer(slot->loaded, m, lockdep_is_held(&hook->lock));
	if (old)
		kvfree_rcu(old, rcu);
	st->loads++;
	st->load_ns = m->loaded_ns - t0;
	scnprintf(st->last, sizeof(st->last),
		  "ok: %s for policy %s, %zu bytes, checksum %016llx",
		  m->name, p->name, m->size, m->checksum);
	pr_info("%s: loaded model %s for policy %s (%zu bytes)\n", hook->name,
		m->name, p->name, m->size);
	return 0;
}
EXPORT_SYMBOL_GPL(learned_model_load);

static void staging_drop(struct learned_model_status *st)
{
	kvfree(st->staging);
	st->staging = NULL;
	st->staged = 0;
	st->expected = 0;
}

/*
 * model_load: write a package with one write(); sysfs passes it on a page
 * at a time, so every chunk but the last is a full page.  A chunk at
 * offset 0 starts a new package, a short chunk that leaves the package
 * incomplete refuses it as truncated, and the package is checked once the
 * size its header gives has arrived.
 */
static ssize_t model_load_write(struct file *file, struct kobject *kobj,
				struct bin_attribute *attr, char *buf,
				loff_t off, size_t count)
{
	struct learned_hook *hook = to_hook(kobj);
	struct learned_model_status *st = &hook->models;
	ssize_t ret = count;
	u32 size;

	if (!capable(CAP_SYS_ADMIN))	/* bin files bypass the hook's sysfs_ops */
		return -EPERM;
	mutex_lock(&hook->lock);
	if (off == 0) {
		staging_drop(st);
		if (count < 12) {
			ret = refuse(hook, "%zu bytes, shorter than the package header",
				     count);
			goto unlock;
		}
		size = get_unaligned_le32(buf + 8);
		if (get_unaligned_le32(buf) != LEARNED_PKG_MAGIC) {
			ret = refuse(hook, "bad magic (not a model package)");
			goto unlock;
		}
		if (size < LEARNED_PKG_HEADER_SIZE ||
		    size > LEARNED_PKG_HEADER_SIZE + LEARNED_BLOB_MAX_SIZE) {
			ret = refuse(hook, "size field %u out of range", size);
			goto unlock;
		}
		st->staging = kvmalloc(size, GFP_KERNEL);
		if (!st->staging) {
			ret = -ENOMEM;
			goto unlock;
		}
		st->expected = size;
	} else if (!st->staging || off != st->staged) {
		staging_drop(st);
		ret = refuse(hook, "write at offset %lld does not continue a package",
			     off);
		goto unlock;
	}
	if (count > st->expected - st->staged) {
		staging_drop(st);
		ret = refuse(hook, "more bytes than the package's size field");
		goto unlock;
	}
	memcpy(st->staging + st->staged, buf, count);
	st->staged += count;
	if (st->staged < st->expected && count < PAGE_SIZE) {
		ret = refuse(hook, "truncated: %zu of %zu bytes (write the package with one write())",
			     st->staged, st->expected);
		staging_drop(st);
		goto unlock;
	}
	if (st->staged == st->expected) {
		int err = learned_model_load(hook, st->staging, st->staged);

		staging_drop(st);
		if (err)
			ret = err;
	}
unlock:
	mutex_unlock(&hook->lock);
	return ret;
}

static BIN_ATTR_WO(model_load, 0);

/* model_reset: write a policy name to go back to its built-in model */
static ssize_t model_reset_store(struct kobject *kobj,
				 struct kobj_attribute *attr,
				 const char *buf, size_t count)
{
	struct learned_hook *hook = to_hook(kobj);
	struct learned_policy *p;
	ssize_t ret = count;

	if (count > LEARNED_NAME_MAX || strnlen(buf, count) != count)
		return -EINVAL;
	mutex_lock(&hook->lock);
	p = learned_policy_find(hook, buf);
	if (!p || !p->slot) {
		ret = -EINVAL;
		goto unlock;
	}
	if (rcu_access_pointer(p->slot->loaded)) {
		struct learned_loaded_model *m;

		m = rcu_replace_pointer(p->slot->loaded, NULL,
					lockdep_is_held(&hook->lock));
		kvfree_rcu(m, rcu);
		scnprintf(hook->models.last, sizeof(hook->models.last),
			  "ok: policy %s back to its built-in model", p->name);
	}
unlock:
	mutex_unlock(&hook->lock);
	return ret;
}

static struct kobj_attribute model_reset_attr = __ATTR_WO(model_reset);

static ssize_t model_status_show(struct kobject *kobj,
				 struct kobj_attribute *attr, char *buf)
{
	struct learned_hook *hook = to_hook(kobj);
	struct learned_model_status *st = &hook->models;
	struct learned_loaded_model *m = NULL;
	struct learned_policy *p;
	s64 first = -1;
	int len;

	mutex_lock(&hook->lock);
	len = sysfs_emit(buf, "loads %u refused %u load_us %llu", st->loads,
			 st->refused, div_u64(st->load_ns, NSEC_PER_USEC));
	/* publication to first decision of the active policy's loaded model */
	p = rcu_dereference_protected(hook->active,
				      lockdep_is_held(&hook->lock));
	if (p->slot)
		m = rcu_dereference_protected(p->slot->loaded,
					      lockdep_is_held(&hook->lock));
	if (m && atomic64_read(&m->first_use_ns))
		first = div_s64(atomic64_read(&m->first_use_ns) - m->loaded_ns,
				NSEC_PER_USEC);
	len += sysfs_emit_at(buf, len, " first_use_us %lld last %s\n", first,
			     st->last);
	mutex_unlock(&hook->lock);
	return len;
}

static struct kobj_attribute model_status_attr = __ATTR_RO(model_status);

static struct attribute *learned_model_attrs[] = {
	&model_reset_attr.attr,
	&model_status_attr.attr,
	NULL,
};

static struct bin_attribute *learned_model_bin_attrs[] = {
	&bin_attr_model_load,
	NULL,
};

static umode_t learned_model_visible(struct kobject *kobj,
				     struct attribute *attr, int n)
{
	return to_hook(kobj)->has_models ? attr->mode : 0;
}

static umode_t learned_model_bin_visible(struct kobject *kobj,
					 struct bin_attribute *attr, int n)
{
	return to_hook(kobj)->has_models ? attr->attr.mode : 0;
}

const struct attribute_group learned_model_group = {
	.attrs = learned_model_attrs,
	.bin_attrs = learned_model_bin_attrs,
	.is_visible = learned_model_visible,
	.is_bin_visible = learned_model_bin_visible,
};

static void learned_model_hook_init(struct learned_hook *hook)
{
	strscpy(hook->models.last, "none", sizeof(hook->models.last));
}

static void learned_model_hook_exit(struct learned_hook *hook)
{
	kvfree(hook->models.staging);
	hook->models.staging = NULL;
}

static void learned_model_policy_gone(struct learned_policy *policy)
{
	if (policy->slot)
		learned_slot_reset(policy->slot);
}

static struct learned_part learned_model_part = {
	.hook_init = learned_model_hook_init,
	.hook_exit = learned_model_hook_exit,
	.policy_gone = learned_model_policy_gone,
};

static int __init learned_model_init(void)
{
	learned_part_register(&learned_model_part);
	return 0;
}
core_initcall(learned_model_init);
