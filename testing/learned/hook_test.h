/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Shared by the KUnit suites of the core and of the hooks: write one of a
 * hook's sysfs files through its store callback, as a write(2) would, sum
 * its decision counters, and make model packages (format: "model package format" in learned/blob.c)
 * with a linear model of any number of features, so a test can load a
 * model of the right or the wrong shape into a policy's slot.
 */
#ifndef _LEARNED_TESTING_HOOK_TEST_H
#define _LEARNED_TESTING_HOOK_TEST_H

#include <kunit/test.h>
#include <linux/kernfs.h>
#include <linux/learned_infer.h>
#include <linux/learned_policy.h>
#include <linux/mutex.h>
#include <linux/percpu.h>
#include <linux/string.h>
#include <linux/sysfs.h>

/* write @val to @hook's sysfs file @name; the store's return value */
static inline ssize_t kunit_hook_store(struct kunit *test,
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

/* @hook's decision counters summed over the CPUs, as sysfs reads them */
static inline void kunit_hook_stats(struct learned_hook *hook,
				    struct learned_hook_stats *sum)
{
	const struct learned_hook_stats *s;
	int cpu;

	memset(sum, 0, sizeof(*sum));
	for_each_possible_cpu(cpu) {
		s = per_cpu_ptr(hook->stats, cpu);
		sum->decisions += s->decisions;
		sum->overrides += s->overrides;
		sum->fallbacks += s->fallbacks;
		sum->infer_samples += s->infer_samples;
	}
}

/* load a package into @hook as model_load does; 0 or its error */
static inline int kunit_pkg_load(struct learned_hook *hook, const u8 *pkg,
				 size_t len)
{
	int err;

	mutex_lock(&hook->lock);
	err = learned_model_load(hook, pkg, len);
	mutex_unlock(&hook->lock);
	return err;
}

/* bytes of a package holding a linear model of @n features */
#define KUNIT_PKG_LINEAR_LEN(n)	(LEARNED_PKG_HEADER_SIZE + 16 + 8 + 4 * (n))

static inline void kunit_pkg_put16(u8 *p, u16 v)
{
	p[0] = v;
	p[1] = v >> 8;
}

static inline void kunit_pkg_put32(u8 *p, u32 v)
{
	kunit_pkg_put16(p, v);
	kunit_pkg_put16(p + 2, v >> 16);
}

/* write the checksum of the finished package */
static inline void kunit_pkg_seal(u8 *p, size_t len)
{
	u64 sum = learned_package_checksum(p, len);

	kunit_pkg_put32(p + 16, (u32)sum);
	kunit_pkg_put32(p + 20, sum >> 32);
}

/*
 * Load @pkg into @hook and check the outcome: with @refused NULL it must
 * be accepted, otherwise refused with @refused in model_status, loading
 * nothing and counting one refusal.
 */
static inline void kunit_pkg_expect(struct kunit *test,
				    struct learned_hook *hook, const u8 *pkg,
				    size_t len, const char *refused)
{
	unsigned int loads = hook->models.loads;
	unsigned int refusals = hook->models.refused;

	if (!refused) {
		KUNIT_ASSERT_EQ(test, kunit_pkg_load(hook, pkg, len), 0);
		KUNIT_EXPECT_EQ(test, hook->models.loads, loads + 1);
		KUNIT_EXPECT_NOT_NULL_MSG(test, strstr(hook->models.last, "ok: "),
					  "%s", hook->models.last);
		return;
	}
	KUNIT_EXPECT_EQ(test, kunit_pkg_load(hook, pkg, len), -EINVAL);
	KUNIT_EXPECT_NOT_NULL_MSG(test, strstr(hook->models.last, refused),
				  "%s", hook->models.last);
	KUNIT_EXPECT_EQ(test, hook->models.loads, loads);
	KUNIT_EXPECT_EQ(test, hook->models.refused, refusals + 1);
}

/*
 * A zeroed package of @len bytes for @hook/@policy, with its header and
 * the blob's header (a model of @kind on @n_features features) written;
 * the caller writes the model and seals it.
 */
static inline u8 *kunit_pkg_start(struct kunit *test, size_t len,
				  const char *hook, const char *policy,
				  u32 fset, const char *name, u16 kind,
				  u16 n_features)
{
	u8 *p = kunit_kzalloc(test, len, GFP_KERNEL);
	u8 *blob = p + LEARNED_PKG_HEADER_SIZE;

	KUNIT_ASSERT_NOT_NULL(test, p);
	kunit_pkg_put32(p, LEARNED_PKG_MAGIC);
	kunit_pkg_put16(p + 4, LEARNED_PKG_VERSION);
	kunit_pkg_put16(p + 6, LEARNED_PKG_HEADER_SIZE);
	kunit_pkg_put32(p + 8, len);
	kunit_pkg_put32(p + 12, fset);
	strscpy(p + 24, hook, LEARNED_PKG_ID_MAX);
	strscpy(p + 40, policy, LEARNED_PKG_ID_MAX);
	strscpy(p + 56, name, LEARNED_PKG_NAME_MAX);
	kunit_pkg_put32(blob, LEARNED_BLOB_MAGIC);
	kunit_pkg_put16(blob + 4, LEARNED_BLOB_VERSION);
	kunit_pkg_put16(blob + 6, kind);
	kunit_pkg_put32(blob + 8, len - LEARNED_PKG_HEADER_SIZE);
	kunit_pkg_put16(blob + 12, n_features);
	return p;
}

/*
 * A sealed package of KUNIT_PKG_LINEAR_LEN(@n) bytes: a linear model with
 * weights @w[0..@n-1] and bias @b (Q16.16), output @out
 * (%LEARNED_OUT_IDENTITY: a score, yes from 0 up).
 */
static inline u8 *kunit_pkg_linear(struct kunit *test, const char *hook,
				   const char *policy, u32 fset,
				   const char *name, u16 n, const s32 *w,
				   s32 b, u8 out)
{
	u8 *p = kunit_pkg_start(test, KUNIT_PKG_LINEAR_LEN(n), hook, policy,
				fset, name, LEARNED_MODEL_LINEAR, n);
	u8 *blob = p + LEARNED_PKG_HEADER_SIZE;
	u16 i;

	/* the linear section (bias, output, 3 pad), then the weights */
	kunit_pkg_put32(blob + 16, (u32)b);
	blob[20] = out;
	for (i = 0; i < n; i++)
		kunit_pkg_put32(blob + 24 + 4 * i, (u32)(w ? w[i] : 0));
	kunit_pkg_seal(p, KUNIT_PKG_LINEAR_LEN(n));
	return p;
}

#endif /* _LEARNED_TESTING_HOOK_TEST_H */
