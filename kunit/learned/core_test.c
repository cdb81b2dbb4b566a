// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit tests for the learned core: /sys/kernel/learned/ exists and its
 * version file reads back LEARNED_VERSION.
 */
#include <kunit/test.h>
#include <linux/fs.h>
#include <linux/kernfs.h>
#include <linux/learned.h>
#include <linux/slab.h>
#include <linux/sysfs.h>

static void learned_core_kobj_test(struct kunit *test)
{
	KUNIT_ASSERT_NOT_NULL(test, learned_kobj);
	KUNIT_EXPECT_STREQ(test, kobject_name(learned_kobj), "learned");
	KUNIT_EXPECT_PTR_EQ(test, learned_kobj->parent, kernel_kobj);
}

/* Read the version file through its kernfs node, as a reader of sysfs would. */
static void learned_core_version_test(struct kunit *test)
{
	struct kernfs_node *kn;
	struct kobj_attribute *kattr;
	char *buf;
	ssize_t len;

	KUNIT_ASSERT_NOT_NULL(test, learned_kobj);
	kn = sysfs_get_dirent(learned_kobj->sd, "version");
	KUNIT_ASSERT_NOT_NULL(test, kn);
	kattr = container_of(kn->priv, struct kobj_attribute, attr);
	KUNIT_ASSERT_NOT_NULL(test, kattr->show);

	buf = kunit_kzalloc(test, PAGE_SIZE, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, buf);
	len = kattr->show(learned_kobj, kattr, buf);
	kernfs_put(kn);

	KUNIT_EXPECT_EQ(test, len, (ssize_t)strlen(LEARNED_VERSION) + 1);
	KUNIT_EXPECT_STREQ(test, buf, LEARNED_VERSION "\n");
	/* The version file is read-only: no store method. */
	KUNIT_EXPECT_PTR_EQ(test, kattr->store, NULL);
}

static void learned_core_version_format_test(struct kunit *test)
{
	unsigned int major, minor, patch;
	char tail;
	int fields;

	/* MAJOR.MINOR.PATCH and nothing after it. */
	fields = sscanf(LEARNED_VERSION, "%u.%u.%u%c", &major, &minor, &patch,
			&tail);
	KUNIT_EXPECT_EQ(test, fields, 3);
}

static struct kunit_case learned_core_test_cases[] = {
	KUNIT_CASE(learned_core_kobj_test),
	KUNIT_CASE(learned_core_version_test),
	KUNIT_CASE(learned_core_version_format_test),
	{}
};

static struct kunit_suite learned_core_test_suite = {
	.name = "learned_core",
	.test_cases = learned_core_test_cases,
};

kunit_test_suite(learned_core_test_suite);

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("KUnit tests for the learned core");
