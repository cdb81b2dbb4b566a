/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Shared by the mm hook KUnit tests: write one of a hook's sysfs files
 * through its store callback, as a write(2) would.
 */
#ifndef _KUNIT_MM_LEARNED_HOOK_ATTR_H
#define _KUNIT_MM_LEARNED_HOOK_ATTR_H

#include <kunit/test.h>
#include <linux/kernfs.h>
#include <linux/learned_policy.h>
#include <linux/string.h>
#include <linux/sysfs.h>

static inline ssize_t learned_test_hook_write(struct kunit *test,
					      struct learned_hook *hook,
					      const char *name, const char *val)
{
	struct kernfs_node *kn = sysfs_get_dirent(hook->kobj.sd, name);
	struct kobj_attribute *attr;

	KUNIT_ASSERT_NOT_NULL(test, kn);
	attr = container_of(kn->priv, struct kobj_attribute, attr);
	kernfs_put(kn);
	KUNIT_ASSERT_NOT_NULL(test, attr->store);
	return attr->store(&hook->kobj, attr, val, strlen(val));
}

#endif /* _KUNIT_MM_LEARNED_HOOK_ATTR_H */
