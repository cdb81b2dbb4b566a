// SPDX-License-Identifier: GPL-2.0
/*
 * Learned kernel policies: the core.
 *
 * Creates /sys/kernel/learned/, the one place where every learned hook
 * publishes its policy selector, counters and model identity.
 */
#define pr_fmt(fmt) "learned: " fmt

#include <linux/init.h>
#include <linux/kobject.h>
#include <linux/learned.h>
#include <linux/sysfs.h>

/**
 * learned_kobj - the /sys/kernel/learned/ directory.
 *
 * Hooks add their own subdirectories below it.  Valid once
 * learned_init() (a subsys_initcall) has run.
 */
struct kobject *learned_kobj;
EXPORT_SYMBOL_GPL(learned_kobj);

static ssize_t version_show(struct kobject *kobj, struct kobj_attribute *attr,
			    char *buf)
{
	return sysfs_emit(buf, "%s\n", LEARNED_VERSION);
}

static struct kobj_attribute version_attr = __ATTR_RO(version);

static struct attribute *learned_attrs[] = {
	&version_attr.attr,
	NULL,
};

static const struct attribute_group learned_attr_group = {
	.attrs = learned_attrs,
};

static int __init learned_init(void)
{
	int err;

	learned_kobj = kobject_create_and_add("learned", kernel_kobj);
	if (!learned_kobj)
		return -ENOMEM;

	err = sysfs_create_group(learned_kobj, &learned_attr_group);
	if (err) {
		kobject_put(learned_kobj);
		learned_kobj = NULL;
		return err;
	}
	pr_info("version %s\n", LEARNED_VERSION);
	return 0;
}
subsys_initcall(learned_init);
