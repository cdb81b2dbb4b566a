// SPDX-License-Identifier: GPL-2.0
/*
 * Learned kernel policies: the core.
 *
 * Creates /sys/kernel/learned/, the one place where every learned hook
 * publishes its policy selector, counters and model identity, and parses
 * what is written there.  It calls no other file of the core.
 */
#define pr_fmt(fmt) "learned: " fmt

#include <linux/init.h>
#include <linux/kobject.h>
#include <linux/kstrtox.h>
#include <linux/learned.h>
#include <linux/learned_policy.h>
#include <linux/string.h>
#include <linux/sysfs.h>

/**
 * learned_kobj - the /sys/kernel/learned/ directory.
 *
 * Hooks add their own subdirectories below it.  Valid once
 * learned_init() (a subsys_initcall) has run.
 */
struct kobject *learned_kobj;
EXPORT_SYMBOL_GPL(learned_kobj);

/**
 * learned_parse_uint() - parse a value written to a learned sysfs file.
 * @buf: what was written; a trailing newline is allowed.
 * @count: its length.
 * @min: smallest value accepted.
 * @max: largest value accepted.
 * @val: set to the value on success, untouched otherwise.
 *
 * Refuses an embedded NUL, anything kstrtouint() refuses, and values out
 * of [@min, @max].
 *
 * Context: any.
 * Return: 0 or -EINVAL.
 */
int learned_parse_uint(const char *buf, size_t count, unsigned int min,
		       unsigned int max, unsigned int *val)
{
	unsigned int v;

	if (strnlen(buf, count) != count || kstrtouint(buf, 0, &v) ||
	    v < min || v > max)
		return -EINVAL;
	*val = v;
	return 0;
}
EXPORT_SYMBOL_GPL(learned_parse_uint);

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
