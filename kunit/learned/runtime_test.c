// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit tests for the run-time side of learned policies: model packages
 * loaded through model_load, the quality watchdog, the inference-time
 * counter and per-cgroup policies.
 *
 * Like policy_test.c, each test sets up a private hook "kunit_rt" and
 * drives it through the sysfs callbacks user space reaches.
 */
#include <kunit/test.h>
#include <linux/capability.h>
#include <linux/cgroup.h>
#include <linux/cred.h>
#include <linux/delay.h>
#include <linux/kernfs.h>
#include <linux/learned_policy.h>
#include <linux/sysfs.h>

#include "testing/hook_test.h"

static DEFINE_STATIC_KEY_FALSE(kunit_rt_key);

struct kunit_rt_ops {
	int (*decide)(int stock);
};

static int kunit_rt_invert(int stock)
{
	return !stock;
}

static const struct kunit_rt_ops kunit_rt_invert_ops = {
	.decide = kunit_rt_invert,
};

/* the invert policy's attach/detach calls: so far, and attached now */
static int kunit_rt_attaches, kunit_rt_attached;

static int kunit_rt_attach(struct learned_hook *hook)
{
	kunit_rt_attaches++;
	kunit_rt_attached++;
	return 0;
}

static void kunit_rt_detach(struct learned_hook *hook)
{
	kunit_rt_attached--;
}

/* built-in model of the "model" policy: 2 features, weights 1 and 2, bias 0 */
static const s32 kunit_rt_w[2] = { LEARNED_Q16(1), LEARNED_Q16(2) };
static const struct learned_linear kunit_rt_lin = {
	.weights = kunit_rt_w, .n_features = 2, .out = LEARNED_OUT_IDENTITY,
};
static const struct learned_model kunit_rt_builtin = {
	.kind = LEARNED_MODEL_LINEAR, .linear = &kunit_rt_lin,
};

#define KUNIT_RT_FSET	7

static struct learned_model_slot kunit_rt_slot;
static struct learned_hook kunit_rt;
static struct learned_policy kunit_rt_inv, kunit_rt_model;

static int learned_rt_test_init(struct kunit *test)
{
	memset(&kunit_rt, 0, sizeof(kunit_rt));
	kunit_rt.name = "kunit_rt";
	kunit_rt.key = &kunit_rt_key;
	kunit_rt.per_cgroup = true;
	kunit_rt.has_cost = true;
	kunit_rt.has_models = true;
	kunit_rt_slot = (struct learned_model_slot) {
		.builtin = &kunit_rt_builtin, .builtin_id = "builtin",
		.feature_set = KUNIT_RT_FSET, .n_features = 2, .n_outputs = 1,
	};
	kunit_rt_inv = (struct learned_policy) {
		.name = "invert", .ops = &kunit_rt_invert_ops,
		.attach = kunit_rt_attach, .detach = kunit_rt_detach,
	};
	kunit_rt_attaches = 0;
	kunit_rt_attached = 0;
	kunit_rt_model = (struct learned_policy) {
		.name = "model", .ops = &kunit_rt_invert_ops,
		.model = "builtin", .slot = &kunit_rt_slot,
	};
	KUNIT_ASSERT_EQ(test, learned_hook_register(&kunit_rt), 0);
	KUNIT_ASSERT_EQ(test, learned_policy_register(&kunit_rt, &kunit_rt_inv), 0);
	KUNIT_ASSERT_EQ(test, learned_policy_register(&kunit_rt, &kunit_rt_model), 0);
	return 0;
}

static void learned_rt_test_exit(struct kunit *test)
{
	learned_policy_unregister(&kunit_rt, &kunit_rt_model);
	learned_policy_unregister(&kunit_rt, &kunit_rt_inv);
	learned_hook_unregister(&kunit_rt);
	rcu_barrier();	/* models freed with kvfree_rcu() */
}

static struct kobj_attribute *rt_attr(struct kunit *test, const char *name)
{
	struct kernfs_node *kn = sysfs_get_dirent(kunit_rt.kobj.sd, name);
	struct kobj_attribute *attr;

	KUNIT_ASSERT_NOT_NULL(test, kn);
	attr = container_of(kn->priv, struct kobj_attribute, attr);
	kernfs_put(kn);
	return attr;
}

static char *rt_read(struct kunit *test, const char *name)
{
	struct kobj_attribute *attr = rt_attr(test, name);
	char *buf = kunit_kzalloc(test, PAGE_SIZE, GFP_KERNEL);

	KUNIT_ASSERT_NOT_NULL(test, buf);
	KUNIT_ASSERT_GT(test, attr->show(&kunit_rt.kobj, attr, buf), 0);
	return buf;
}

static ssize_t rt_write(struct kunit *test, const char *name, const char *val)
{
	struct kobj_attribute *attr = rt_attr(test, name);

	KUNIT_ASSERT_NOT_NULL(test, attr->store);
	return attr->store(&kunit_rt.kobj, attr, val, strlen(val));
}

static ssize_t rt_load(struct kunit *test, const void *pkg, loff_t off,
		       size_t len)
{
	struct kernfs_node *kn = sysfs_get_dirent(kunit_rt.kobj.sd, "model_load");
	struct bin_attribute *battr;
	char *copy = kunit_kmalloc(test, len ?: 1, GFP_KERNEL);

	KUNIT_ASSERT_NOT_NULL(test, kn);
	battr = container_of(kn->priv, struct bin_attribute, attr);
	kernfs_put(kn);
	memcpy(copy, pkg, len);	/* sysfs hands the callback a copy */
	return battr->write(NULL, &kunit_rt.kobj, battr, copy, off, len);
}

/* ---- model packages -------------------------------------------------- */

#define PKG_LEN	KUNIT_PKG_LINEAR_LEN(2)

static void pkg_seal(u8 *p, size_t len)
{
	kunit_pkg_seal(p, len);
}

static u8 *pkg_start(struct kunit *test, size_t len, const char *hook,
		     const char *policy, u32 fset, const char *name, u16 kind)
{
	return kunit_pkg_start(test, len, hook, policy, fset, name, kind, 2);
}

/*
 * A package for kunit_rt/<policy>: a linear model with weights w0, w1,
 * bias b (Q16), identity output.
 */
static u8 *make_pkg(struct kunit *test, const char *hook, const char *policy,
		    u32 fset, s32 w0, s32 w1, s32 b)
{
	const s32 w[2] = { w0, w1 };

	return kunit_pkg_linear(test, hook, policy, fset, "kunit model v2", 2,
				w, b, LEARNED_OUT_IDENTITY);
}

/*
 * A package with a complete tree of depth 8 (511 nodes, 6 KB, more than a
 * page): every inner node sends positive features right, leaf i answers i.
 */
#define TREE_NODES	511
#define TREE_PKG_LEN	(LEARNED_PKG_HEADER_SIZE + 16 + 4 + TREE_NODES * 12)

static u8 *make_tree_pkg(struct kunit *test)
{
	u8 *p = pkg_start(test, TREE_PKG_LEN, "kunit_rt", "model", KUNIT_RT_FSET,
			  "kunit tree", LEARNED_MODEL_TREE);
	u8 *blob = p + LEARNED_PKG_HEADER_SIZE, *nd;
	unsigned int i;

	kunit_pkg_put16(blob + 16, TREE_NODES);
	blob[18] = 8;
	for (i = 0; i < TREE_NODES; i++) {
		nd = blob + 20 + 12 * i;
		if (i < TREE_NODES / 2) {
			kunit_pkg_put16(nd + 4, i & 1);
			kunit_pkg_put16(nd + 6, 2 * i + 1);
			kunit_pkg_put16(nd + 8, 2 * i + 2);
		} else {
			kunit_pkg_put32(nd, LEARNED_Q16(i));
			kunit_pkg_put16(nd + 4, LEARNED_TREE_LEAF);
		}
	}
	pkg_seal(p, TREE_PKG_LEN);
	return p;
}

/*
 * A vote forest of one tree, a single leaf voting for class 0: it returns
 * a class index, not the score a policy with a model slot decides on.
 */
#define VOTE_PKG_LEN	(LEARNED_PKG_HEADER_SIZE + 16 + 12 + 4 + 12)

static u8 *make_vote_pkg(struct kunit *test)
{
	u8 *p = pkg_start(test, VOTE_PKG_LEN, "kunit_rt", "model", KUNIT_RT_FSET,
			  "kunit vote", LEARNED_MODEL_FOREST);
	u8 *blob = p + LEARNED_PKG_HEADER_SIZE;

	/* forest: base 0, 1 tree, mode vote, out identity, 2 classes */
	kunit_pkg_put16(blob + 20, 1);
	blob[22] = LEARNED_FOREST_VOTE;
	blob[24] = 2;
	/* tree header: 1 node, depth 0; the node: a leaf for class 0 */
	kunit_pkg_put16(blob + 28, 1);
	kunit_pkg_put16(blob + 32 + 4, LEARNED_TREE_LEAF);
	pkg_seal(p, VOTE_PKG_LEN);
	return p;
}

static s32 slot_predict(const s32 *x)
{
	s32 out[1] = { 0 };

	rcu_read_lock();
	learned_model_predict(learned_slot_model(&kunit_rt_slot), x, out);
	rcu_read_unlock();
	return out[0];
}

static void learned_rt_load_test(struct kunit *test)
{
	const s32 x[2] = { LEARNED_Q16(3), LEARNED_Q16(5) };
	u8 *pkg = make_pkg(test, "kunit_rt", "model", KUNIT_RT_FSET,
			   LEARNED_Q16(-1), LEARNED_Q16(1), LEARNED_Q16(10));

	KUNIT_EXPECT_EQ(test, slot_predict(x), LEARNED_Q16(13));
	KUNIT_EXPECT_EQ(test, rt_load(test, pkg, 0, PKG_LEN), (ssize_t)PKG_LEN);
	/* the new model answers -3 + 5 + 10 */
	KUNIT_EXPECT_EQ(test, slot_predict(x), LEARNED_Q16(12));
	KUNIT_EXPECT_NOT_NULL(test, strstr(rt_read(test, "model_status"),
					   "loads 1 refused 0"));
	KUNIT_EXPECT_NOT_NULL(test, strstr(rt_read(test, "model_status"),
					   "last ok: kunit model v2 for policy model"));
	KUNIT_EXPECT_EQ(test, learned_policy_select(&kunit_rt, "model"), 0);
	KUNIT_EXPECT_NOT_NULL(test, strstr(rt_read(test, "model"),
					   "kunit model v2: loaded at run time, 32 bytes"));
	/* the first prediction was recorded */
	KUNIT_EXPECT_NULL(test, strstr(rt_read(test, "model_status"),
				       "first_use_us -1"));

	/* more than a page arrives in page-sized chunks, as sysfs passes it */
	pkg = make_tree_pkg(test);
	KUNIT_EXPECT_EQ(test, rt_load(test, pkg, 0, PAGE_SIZE), (ssize_t)PAGE_SIZE);
	KUNIT_EXPECT_EQ(test, slot_predict(x), LEARNED_Q16(12));
	KUNIT_EXPECT_EQ(test, rt_load(test, pkg + PAGE_SIZE, PAGE_SIZE,
				      TREE_PKG_LEN - PAGE_SIZE),
			(ssize_t)(TREE_PKG_LEN - PAGE_SIZE));
	KUNIT_EXPECT_EQ(test, slot_predict(x), LEARNED_Q16(TREE_NODES - 1));

	/* back to the built-in model; a policy without a slot is refused */
	KUNIT_EXPECT_EQ(test, rt_write(test, "model_reset", "model\n"), 6);
	KUNIT_EXPECT_EQ(test, slot_predict(x), LEARNED_Q16(13));
	KUNIT_EXPECT_EQ(test, rt_write(test, "model_reset", "invert"),
			(ssize_t)-EINVAL);
	KUNIT_EXPECT_EQ(test, rt_write(test, "model_reset", "nosuch"),
			(ssize_t)-EINVAL);
}

/*
 * The core checks a slot's built-in model when the policy registers: one
 * that does not fit the slot (features, outputs, no model) is refused,
 * so no policy ever predicts with a model of another shape.
 */
static void learned_rt_slot_check_test(struct kunit *test)
{
	struct learned_model_slot bad_slot = kunit_rt_slot;
	struct learned_policy bad = {
		.name = "badslot", .ops = &kunit_rt_invert_ops,
		.slot = &bad_slot,
	};

	bad_slot.n_features = 3;
	KUNIT_EXPECT_EQ(test, learned_policy_register(&kunit_rt, &bad), -EINVAL);
	bad_slot.n_features = 2;
	bad_slot.n_outputs = 2;
	KUNIT_EXPECT_EQ(test, learned_policy_register(&kunit_rt, &bad), -EINVAL);
	bad_slot.n_outputs = 1;
	bad_slot.builtin = NULL;
	KUNIT_EXPECT_EQ(test, learned_policy_register(&kunit_rt, &bad), -EINVAL);
	KUNIT_EXPECT_EQ(test, learned_policy_select(&kunit_rt, "badslot"), -ENOENT);
	bad_slot.builtin = &kunit_rt_builtin;
	KUNIT_EXPECT_EQ(test, learned_policy_register(&kunit_rt, &bad), 0);
	learned_policy_unregister(&kunit_rt, &bad);
}

/* Every refused package leaves the loaded model and its answers alone. */
/*
 * A slot may accept a second feature set; the policy learns which one the
 * serving model carries, and a third is still refused.
 */
static void learned_rt_load_alt_set_test(struct kunit *test)
{
	u8 *alt = make_pkg(test, "kunit_rt", "model", KUNIT_RT_FSET + 2,
			   LEARNED_Q16(-1), LEARNED_Q16(1), LEARNED_Q16(10));
	u8 *other = make_pkg(test, "kunit_rt", "model", KUNIT_RT_FSET + 1,
			     0, 0, 0);
	u32 set = 0;

	KUNIT_EXPECT_EQ(test, rt_load(test, alt, 0, PKG_LEN), (ssize_t)-EINVAL);
	kunit_rt_slot.feature_set_alt = KUNIT_RT_FSET + 2;
	rcu_read_lock();
	KUNIT_EXPECT_PTR_EQ(test, learned_slot_model_set(&kunit_rt_slot, &set),
			    &kunit_rt_builtin);
	rcu_read_unlock();
	KUNIT_EXPECT_EQ(test, set, KUNIT_RT_FSET);
	KUNIT_EXPECT_EQ(test, rt_load(test, alt, 0, PKG_LEN), (ssize_t)PKG_LEN);
	rcu_read_lock();
	KUNIT_EXPECT_PTR_NE(test, learned_slot_model_set(&kunit_rt_slot, &set),
			    &kunit_rt_builtin);
	rcu_read_unlock();
	KUNIT_EXPECT_EQ(test, set, KUNIT_RT_FSET + 2);
	KUNIT_EXPECT_EQ(test, learned_policy_select(&kunit_rt, "model"), 0);
	KUNIT_EXPECT_NOT_NULL(test, strstr(rt_read(test, "model"),
					   "feature set 9"));
	KUNIT_EXPECT_EQ(test, rt_load(test, other, 0, PKG_LEN), (ssize_t)-EINVAL);
	KUNIT_EXPECT_NOT_NULL(test, strstr(rt_read(test, "model_status"),
					   "feature set 8, policy model reads 7"));
	/* the refused package left the accepted one in place */
	rcu_read_lock();
	learned_slot_model_set(&kunit_rt_slot, &set);
	rcu_read_unlock();
	KUNIT_EXPECT_EQ(test, set, KUNIT_RT_FSET + 2);
}

static void learned_rt_load_refused_test(struct kunit *test)
{
	const s32 x[2] = { LEARNED_Q16(3), LEARNED_Q16(5) };
	u8 *good = make_pkg(test, "kunit_rt", "model", KUNIT_RT_FSET,
			    LEARNED_Q16(-1), LEARNED_Q16(1), LEARNED_Q16(10));
	u8 *p = kunit_kmalloc(test, PKG_LEN + 8, GFP_KERNEL);
	struct {
		const char *what;
		u8 *pkg;
		size_t len;
		const char *reason;
	} bad[] = {
		{ "other hook", make_pkg(test, "evict", "model", KUNIT_RT_FSET, 0, 0, 0),
		  PKG_LEN, "package is for hook evict" },
		{ "unknown policy", make_pkg(test, "kunit_rt", "nosuch", KUNIT_RT_FSET, 0, 0, 0),
		  PKG_LEN, "no policy nosuch" },
		{ "policy without models", make_pkg(test, "kunit_rt", "invert", KUNIT_RT_FSET, 0, 0, 0),
		  PKG_LEN, "policy invert takes no models" },
		{ "feature set", make_pkg(test, "kunit_rt", "model", 8, 0, 0, 0),
		  PKG_LEN, "feature set 8, policy model reads 7" },
		{ "bad name", make_pkg(test, "kunit_rt", "Model", KUNIT_RT_FSET, 0, 0, 0),
		  PKG_LEN, "bad policy name" },
		{ "vote forest", make_vote_pkg(test), VOTE_PKG_LEN,
		  "a vote forest gives a class, policy model decides on a score" },
	};
	unsigned int i, bit, refused = 0;
	ssize_t ret;

	KUNIT_ASSERT_NOT_NULL(test, p);
	KUNIT_ASSERT_EQ(test, rt_load(test, good, 0, PKG_LEN), (ssize_t)PKG_LEN);
	for (i = 0; i < ARRAY_SIZE(bad); i++) {
		KUNIT_EXPECT_EQ_MSG(test, rt_load(test, bad[i].pkg, 0, bad[i].len),
				    (ssize_t)-EINVAL, "%s", bad[i].what);
		KUNIT_EXPECT_NOT_NULL_MSG(test, strstr(rt_read(test, "model_status"),
						       bad[i].reason), "%s", bad[i].what);
		KUNIT_EXPECT_EQ(test, slot_predict(x), LEARNED_Q16(12));
	}
	/* every single-bit flip is refused (checksum or header checks) */
	for (i = 0; i < PKG_LEN; i++) {
		for (bit = 0; bit < 8; bit++) {
			memcpy(p, good, PKG_LEN);
			p[i] ^= 1 << bit;
			ret = rt_load(test, p, 0, PKG_LEN);
			if (ret == -EINVAL)
				refused++;
			else
				KUNIT_FAIL(test, "flip of byte %u bit %u: %zd", i, bit, ret);
		}
	}
	KUNIT_EXPECT_EQ(test, refused, PKG_LEN * 8);
	/* every truncation and an extra byte */
	for (i = 0; i < PKG_LEN; i++)
		KUNIT_EXPECT_EQ_MSG(test, rt_load(test, good, 0, i),
				    (ssize_t)-EINVAL, "%u bytes", i);
	memcpy(p, good, PKG_LEN);
	p[PKG_LEN] = 0;
	KUNIT_EXPECT_EQ(test, rt_load(test, p, 0, PKG_LEN + 1), (ssize_t)-EINVAL);
	/* a valid header with a blob the parser refuses */
	memcpy(p, good, PKG_LEN);
	p[LEARNED_PKG_HEADER_SIZE + 12] = 3;	/* blob says 3 features */
	pkg_seal(p, PKG_LEN);
	KUNIT_EXPECT_EQ(test, rt_load(test, p, 0, PKG_LEN), (ssize_t)-EINVAL);
	/* a chunk that does not continue the package, a short middle chunk */
	p = make_tree_pkg(test);
	KUNIT_EXPECT_EQ(test, rt_load(test, p, 0, PAGE_SIZE), (ssize_t)PAGE_SIZE);
	KUNIT_EXPECT_EQ(test, rt_load(test, p + PAGE_SIZE + 8, PAGE_SIZE + 8,
				      TREE_PKG_LEN - PAGE_SIZE - 8), (ssize_t)-EINVAL);
	KUNIT_EXPECT_EQ(test, rt_load(test, p + PAGE_SIZE, PAGE_SIZE, 100),
			(ssize_t)-EINVAL);
	KUNIT_EXPECT_EQ(test, rt_load(test, p, 0, PAGE_SIZE), (ssize_t)PAGE_SIZE);
	KUNIT_EXPECT_EQ(test, rt_load(test, p + PAGE_SIZE, PAGE_SIZE, 100),
			(ssize_t)-EINVAL);
	KUNIT_EXPECT_NOT_NULL(test, strstr(rt_read(test, "model_status"), "truncated"));

	KUNIT_EXPECT_EQ(test, slot_predict(x), LEARNED_Q16(12));
	KUNIT_EXPECT_NOT_NULL(test, strstr(rt_read(test, "model_status"), "loads 1 "));
}

/* ---- the watchdog ------------------------------------------------------ */

/* the first keys from @start that are (not) in the control sample */
static u64 rt_key(bool control, u64 start)
{
	u64 k;

	for (k = start; ; k++)
		if (learned_watchdog_control(&kunit_rt, k) == control)
			return k;
}

/* @control and @others costs of @cost each */
static void rt_wcosts(unsigned int control, unsigned int others,
		      unsigned int cost)
{
	u64 kc = rt_key(true, 1), ko = rt_key(false, 1);

	rcu_read_lock();
	while (control--)
		learned_watchdog_cost(&kunit_rt, kc, cost);
	while (others--)
		learned_watchdog_cost(&kunit_rt, ko, cost);
	rcu_read_unlock();
}

static void rt_costs(unsigned int control, unsigned int others)
{
	rt_wcosts(control, others, 1);
}

static void rt_next_window(struct kunit *test)
{
	msleep(jiffies_to_msecs(2) + READ_ONCE(kunit_rt.wd.window_ms));
	/* the first cost reported after the window's end judges it */
	rcu_read_lock();
	learned_watchdog_cost(&kunit_rt, 0, 0);
	rcu_read_unlock();
	learned_hook_flush(&kunit_rt);
}

static void learned_rt_watchdog_test(struct kunit *test)
{
	int i;

	KUNIT_EXPECT_FALSE(test, learned_watchdog_control(&kunit_rt, 0));
	KUNIT_EXPECT_EQ(test, rt_write(test, "watchdog_threshold_pct", "20"), 2);
	KUNIT_EXPECT_EQ(test, rt_write(test, "watchdog_window_ms", "200"), 3);
	KUNIT_EXPECT_EQ(test, rt_write(test, "watchdog_min_events", "100"), 3);
	KUNIT_EXPECT_STREQ(test, rt_read(test, "watchdog_control_shift"), "3\n");
	KUNIT_ASSERT_EQ(test, learned_policy_select(&kunit_rt, "invert"), 0);

	/* as good as stock: control has 1/8 of the keys and of the cost */
	rt_costs(100, 700);
	rt_next_window(test);
	KUNIT_EXPECT_STREQ(test, rt_read(test, "policy"), "stock [invert] model\n");
	KUNIT_EXPECT_STREQ(test, rt_read(test, "last_revert"), "none\n");
	/* 19% worse is within the threshold */
	rt_costs(100, 833);
	rt_next_window(test);
	KUNIT_EXPECT_STREQ(test, rt_read(test, "policy"), "stock [invert] model\n");
	KUNIT_EXPECT_NOT_NULL(test, strstr(rt_read(test, "watchdog"), " span 1\n"));
	/* too few events to judge: carried into the next window */
	rt_costs(2, 90);
	rt_next_window(test);
	KUNIT_EXPECT_STREQ(test, rt_read(test, "policy"), "stock [invert] model\n");
	KUNIT_EXPECT_NOT_NULL(test, strstr(rt_read(test, "watchdog"),
					   "last_cost 90 control 2 span 2\n"));
	/* which ends as good as stock over both: kept, and a fresh span */
	rt_costs(98, 610);
	rt_next_window(test);
	KUNIT_EXPECT_STREQ(test, rt_read(test, "policy"), "stock [invert] model\n");
	KUNIT_EXPECT_NOT_NULL(test, strstr(rt_read(test, "watchdog"),
					   "last_cost 700 control 100 span 1\n"));
	/* twice as costly on 150 events is within the binomial noise: kept */
	rt_costs(10, 140);
	rt_next_window(test);
	KUNIT_EXPECT_STREQ(test, rt_read(test, "policy"), "stock [invert] model\n");
	KUNIT_EXPECT_NOT_NULL(test, strstr(rt_read(test, "watchdog"), " span 2\n"));
	KUNIT_EXPECT_STREQ(test, rt_read(test, "last_revert"), "none\n");
	/* the same again: significant over the two windows, reverted */
	rt_costs(10, 140);
	rt_next_window(test);
	KUNIT_EXPECT_STREQ(test, rt_read(test, "policy"), "[stock] invert model\n");
	KUNIT_EXPECT_NOT_NULL(test, strstr(rt_read(test, "last_revert"),
					   "cost 280 vs control 20 x7 = 140 (+20% allowed) in 400 ms"));
	KUNIT_EXPECT_NOT_NULL(test, strstr(rt_read(test, "watchdog"), "reverts 1"));
	/* a watchdog revert is not a fault */
	KUNIT_EXPECT_STREQ(test, rt_read(test, "faults"), "0\n");

	/* 50% worse in one window with enough events: reverted at once */
	KUNIT_ASSERT_EQ(test, learned_policy_select(&kunit_rt, "invert"), 0);
	rt_costs(100, 1050);
	rt_next_window(test);
	KUNIT_EXPECT_STREQ(test, rt_read(test, "policy"), "[stock] invert model\n");
	KUNIT_EXPECT_NOT_NULL(test, strstr(rt_read(test, "last_revert"),
					   "cost 1050 vs control 100 x7 = 700 (+20% allowed) in 200 ms"));

	/* an undecided span starts afresh after 8 windows */
	KUNIT_EXPECT_EQ(test, rt_write(test, "watchdog_window_ms", "50"), 2);
	KUNIT_ASSERT_EQ(test, learned_policy_select(&kunit_rt, "invert"), 0);
	for (i = 1; i <= 8; i++) {
		rt_costs(0, 1);
		rt_next_window(test);
	}
	KUNIT_EXPECT_STREQ(test, rt_read(test, "policy"), "stock [invert] model\n");
	KUNIT_EXPECT_NOT_NULL(test, strstr(rt_read(test, "watchdog"),
					   "last_cost 8 control 0 span 1\n"));
}

/*
 * Costs that are weights (the scheduler hooks' waits, up to 65535 units
 * each) are judged by the variance of their sum: two heavy costs against
 * an empty control are two events, not 131070, and revert nothing; a
 * sustained excess over many events still does.
 */
static void learned_rt_watchdog_weighted_test(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, rt_write(test, "watchdog_threshold_pct", "20"), 2);
	KUNIT_EXPECT_EQ(test, rt_write(test, "watchdog_window_ms", "200"), 3);
	KUNIT_EXPECT_EQ(test, rt_write(test, "watchdog_min_events", "100"), 3);
	KUNIT_ASSERT_EQ(test, learned_policy_select(&kunit_rt, "invert"), 0);

	rt_wcosts(0, 2, 65535);
	rt_next_window(test);
	KUNIT_EXPECT_STREQ(test, rt_read(test, "policy"), "stock [invert] model\n");
	KUNIT_EXPECT_STREQ(test, rt_read(test, "last_revert"), "none\n");
	KUNIT_EXPECT_NOT_NULL(test, strstr(rt_read(test, "watchdog"),
					   "last_cost 131070 control 0 span 2\n"));

	/* a fresh window: twice the fair cost over 1500 costs of 100 */
	KUNIT_EXPECT_EQ(test, rt_write(test, "watchdog_window_ms", "200"), 3);
	rt_wcosts(100, 1400, 100);
	rt_next_window(test);
	KUNIT_EXPECT_STREQ(test, rt_read(test, "policy"), "[stock] invert model\n");
	KUNIT_EXPECT_NOT_NULL(test, strstr(rt_read(test, "last_revert"),
					   "cost 140000 vs control 10000 x7 = 70000"));
}

static void learned_rt_budget_test(struct kunit *test)
{
	u64 t0;

	KUNIT_EXPECT_EQ(test, rt_write(test, "watchdog_window_ms", "200"), 3);
	KUNIT_EXPECT_EQ(test, rt_write(test, "watchdog_budget_ns", "100000"), 6);
	KUNIT_ASSERT_EQ(test, learned_policy_select(&kunit_rt, "invert"), 0);
	/* a timed decision of 1 ms; time_end() re-enables preemption */
	preempt_disable();
	t0 = local_clock() - NSEC_PER_MSEC;
	learned_hook_time_end(&kunit_rt, t0);
	KUNIT_EXPECT_NOT_NULL(test, strstr(rt_read(test, "inference_ns"), " 1 "));
	rt_next_window(test);
	KUNIT_EXPECT_STREQ(test, rt_read(test, "policy"), "[stock] invert model\n");
	KUNIT_EXPECT_NOT_NULL(test, strstr(rt_read(test, "last_revert"),
					   "> budget 100000 ns"));
}

static void learned_rt_knobs_bad_input_test(struct kunit *test)
{
	static const char * const knobs[] = {
		"watchdog_threshold_pct", "watchdog_window_ms",
		"watchdog_min_events", "watchdog_control_shift",
		"watchdog_budget_ns",
	};
	static const char * const bad[] = {
		"", "\n", "-1", "abc", "1x", "99999999999999999999", "0x",
		"\xff", "1 2",
	};
	unsigned int i, j;
	char *before;

	for (i = 0; i < ARRAY_SIZE(knobs); i++) {
		before = rt_read(test, knobs[i]);
		for (j = 0; j < ARRAY_SIZE(bad); j++) {
			KUNIT_EXPECT_EQ_MSG(test, rt_write(test, knobs[i], bad[j]),
					    (ssize_t)-EINVAL, "%s <- #%u", knobs[i], j);
			KUNIT_EXPECT_STREQ(test, rt_read(test, knobs[i]), before);
		}
	}
	/* out of range */
	KUNIT_EXPECT_EQ(test, rt_write(test, "watchdog_window_ms", "9"), (ssize_t)-EINVAL);
	KUNIT_EXPECT_EQ(test, rt_write(test, "watchdog_control_shift", "0"), (ssize_t)-EINVAL);
	KUNIT_EXPECT_EQ(test, rt_write(test, "watchdog_control_shift", "11"), (ssize_t)-EINVAL);
	KUNIT_EXPECT_EQ(test, rt_write(test, "watchdog_threshold_pct", "10001"), (ssize_t)-EINVAL);
	KUNIT_EXPECT_EQ(test, rt_write(test, "watchdog_min_events", "0"), (ssize_t)-EINVAL);
}

/* A vote forest's class index is not a score: class 0 is "no". */
static void learned_rt_decide_vote_test(struct kunit *test)
{
	static const struct learned_forest vote = {
		.n_trees = 1, .n_features = 2, .mode = LEARNED_FOREST_VOTE,
		.n_classes = 2,
	};
	static const struct learned_model m = {
		.kind = LEARNED_MODEL_FOREST, .forest = &vote,
	};

	KUNIT_EXPECT_FALSE(test, learned_model_decide(&m, 0));
	KUNIT_EXPECT_TRUE(test, learned_model_decide(&m, 1));
	KUNIT_EXPECT_TRUE(test, learned_model_decide(&kunit_rt_builtin, 0));
	KUNIT_EXPECT_FALSE(test, learned_model_decide(&kunit_rt_builtin, -1));
}

/* ---- faults, reverts and the administrator ----------------------------- */

/*
 * A revert queued by a fault must not undo a policy the administrator
 * selected after it; re-selecting the faulty policy attaches it afresh
 * and it stays.
 */
static void learned_rt_select_after_fault_test(struct kunit *test)
{
	int attaches;

	KUNIT_ASSERT_EQ(test, learned_policy_select(&kunit_rt, "invert"), 0);
	learned_hook_fault(&kunit_rt, "kunit");
	KUNIT_ASSERT_EQ(test, learned_policy_select(&kunit_rt, "model"), 0);
	learned_hook_flush(&kunit_rt);
	KUNIT_EXPECT_STREQ(test, rt_read(test, "policy"), "stock invert [model]\n");
	KUNIT_EXPECT_EQ(test, kunit_rt_attached, 0);

	KUNIT_ASSERT_EQ(test, learned_policy_select(&kunit_rt, "invert"), 0);
	attaches = kunit_rt_attaches;
	learned_hook_fault(&kunit_rt, "kunit");
	KUNIT_ASSERT_EQ(test, learned_policy_select(&kunit_rt, "invert"), 0);
	learned_hook_flush(&kunit_rt);
	KUNIT_EXPECT_STREQ(test, rt_read(test, "policy"), "stock [invert] model\n");
	KUNIT_EXPECT_EQ(test, kunit_rt_attaches, attaches + 1);
	KUNIT_EXPECT_EQ(test, kunit_rt_attached, 1);
	rcu_read_lock();
	KUNIT_EXPECT_PTR_EQ(test, learned_hook_ops(&kunit_rt),
			    (const void *)&kunit_rt_invert_ops);
	rcu_read_unlock();
	KUNIT_EXPECT_STREQ(test, rt_read(test, "faults"), "2\n");
}

/* Each hook logs its own first fault, not only the first hook to fault. */
static void learned_rt_fault_logged_test(struct kunit *test)
{
	KUNIT_ASSERT_EQ(test, learned_policy_select(&kunit_rt, "invert"), 0);
	KUNIT_EXPECT_FALSE(test, test_bit(LEARNED_HOOK_WARNED, &kunit_rt.flags));
	learned_hook_fault(&kunit_rt, "kunit");
	learned_hook_flush(&kunit_rt);
	KUNIT_EXPECT_TRUE(test, test_bit(LEARNED_HOOK_WARNED, &kunit_rt.flags));
}

/*
 * A judge that runs while the counters are being reset sees counters
 * below the window's base: it must not compute the costs' differences
 * (a u64 underflow) and revert on them.
 */
static void learned_rt_reset_under_judge_test(struct kunit *test)
{
	int cpu;

	KUNIT_EXPECT_EQ(test, rt_write(test, "watchdog_threshold_pct", "20"), 2);
	KUNIT_EXPECT_EQ(test, rt_write(test, "watchdog_min_events", "1"), 1);
	KUNIT_ASSERT_EQ(test, learned_policy_select(&kunit_rt, "invert"), 0);
	rt_costs(0, 700);
	/* the window starts with these costs as its base ... */
	KUNIT_EXPECT_EQ(test, rt_write(test, "watchdog_window_ms", "200"), 3);
	/* ... and a reset zeroes them under it, as a judge may see */
	for_each_possible_cpu(cpu)
		memset(per_cpu_ptr(kunit_rt.stats, cpu), 0,
		       sizeof(struct learned_hook_stats));
	rt_costs(1, 0);
	rt_next_window(test);
	KUNIT_EXPECT_STREQ(test, rt_read(test, "policy"), "stock [invert] model\n");
	KUNIT_EXPECT_STREQ(test, rt_read(test, "last_revert"), "none\n");
	/* the reset written to sysfs restarts the window under the judge's lock */
	rt_costs(0, 700);
	KUNIT_EXPECT_EQ(test, rt_write(test, "decisions", "0"), 1);
	KUNIT_EXPECT_EQ(test, kunit_rt.wd.base_cost[1], 0ULL);
	KUNIT_EXPECT_STREQ(test, rt_read(test, "decisions"), "0\n");
}

/*
 * A sampled decision is timed with preemption disabled, so that it ends
 * on the CPU it started on and no preemption inflates its time.
 */
static void learned_rt_timing_preempt_test(struct kunit *test)
{
	int pc = preempt_count();
	unsigned int i;
	u64 t0 = 0;

	if (!IS_ENABLED(CONFIG_PREEMPT_COUNT))
		kunit_skip(test, "preempt_count() is not kept (no CONFIG_PREEMPT_COUNT)");
	for (i = 0; i < (1U << LEARNED_TIME_SHIFT) && !t0; i++) {
		t0 = learned_hook_time_start(&kunit_rt);
		if (!t0)
			KUNIT_EXPECT_EQ(test, preempt_count(), pc);
	}
	KUNIT_ASSERT_NE(test, t0, 0ULL);
	KUNIT_EXPECT_GT(test, preempt_count(), pc);
	learned_hook_time_end(&kunit_rt, t0);
	KUNIT_EXPECT_EQ(test, preempt_count(), pc);
	KUNIT_EXPECT_NOT_NULL(test, strstr(rt_read(test, "inference_ns"), " 1 "));
}

/* Writes need CAP_SYS_ADMIN, whatever the file modes allow. */
static void learned_rt_capable_test(struct kunit *test)
{
	const struct sysfs_ops *ops = kunit_rt.kobj.ktype->sysfs_ops;
	struct kobj_attribute *policy = rt_attr(test, "policy");
	struct kobj_attribute *pct = rt_attr(test, "watchdog_threshold_pct");
	u8 *pkg = make_pkg(test, "kunit_rt", "model", KUNIT_RT_FSET, 0, 0, 0);
	const struct cred *old;
	struct cred *cred;

	cred = prepare_creds();
	KUNIT_ASSERT_NOT_NULL(test, cred);
	cap_lower(cred->cap_effective, CAP_SYS_ADMIN);
	old = override_creds(cred);
	KUNIT_EXPECT_EQ(test, ops->store(&kunit_rt.kobj, &policy->attr, "invert", 6),
			(ssize_t)-EPERM);
	KUNIT_EXPECT_EQ(test, ops->store(&kunit_rt.kobj, &pct->attr, "20", 2),
			(ssize_t)-EPERM);
	KUNIT_EXPECT_EQ(test, rt_load(test, pkg, 0, PKG_LEN), (ssize_t)-EPERM);
	/* reading needs nothing */
	KUNIT_EXPECT_GT(test, ops->show(&kunit_rt.kobj, &policy->attr,
					kunit_kzalloc(test, PAGE_SIZE, GFP_KERNEL)),
			(ssize_t)0);
	revert_creds(old);
	put_cred(cred);
	KUNIT_EXPECT_STREQ(test, rt_read(test, "policy"), "[stock] invert model\n");
	KUNIT_EXPECT_STREQ(test, rt_read(test, "watchdog_threshold_pct"), "0\n");
	KUNIT_EXPECT_NOT_NULL(test, strstr(rt_read(test, "model_status"), "loads 0 "));
	/* with it, the same writes go through */
	KUNIT_EXPECT_EQ(test, ops->store(&kunit_rt.kobj, &policy->attr, "invert", 6),
			(ssize_t)6);
	KUNIT_EXPECT_EQ(test, rt_load(test, pkg, 0, PKG_LEN), (ssize_t)PKG_LEN);
}

/* ---- per-cgroup policies ------------------------------------------------ */

static void learned_rt_cgroup_test(struct kunit *test)
{
	static const char * const bad[] = {
		"", "\n", "/", "invert", "noslash invert", "/ nosuch",
		"/ Invert", "/\t invert",
	};
	struct cgroup *root;
	unsigned int i;

	if (!IS_ENABLED(CONFIG_CGROUPS))
		kunit_skip(test, "CONFIG_CGROUPS is off");
	root = cgroup_get_from_path("/");
	KUNIT_ASSERT_FALSE(test, IS_ERR_OR_NULL(root));

	KUNIT_EXPECT_FALSE(test, learned_hook_enabled(&kunit_rt));
	KUNIT_EXPECT_EQ(test, rt_write(test, "cgroup_policy", "/ invert\n"), 9);
	KUNIT_EXPECT_TRUE(test, learned_hook_enabled(&kunit_rt));
	KUNIT_EXPECT_STREQ(test, rt_read(test, "cgroup_policy"), "/ invert\n");
	rcu_read_lock();
	KUNIT_EXPECT_PTR_EQ(test, learned_hook_ops_cgroup(&kunit_rt, root),
			    (const void *)&kunit_rt_invert_ops);
	KUNIT_EXPECT_NULL(test, learned_hook_ops(&kunit_rt));
	rcu_read_unlock();

	for (i = 0; i < ARRAY_SIZE(bad); i++) {
		KUNIT_EXPECT_LT_MSG(test, rt_write(test, "cgroup_policy", bad[i]),
				    (ssize_t)0, "input #%u", i);
		KUNIT_EXPECT_STREQ(test, rt_read(test, "cgroup_policy"), "/ invert\n");
	}
	KUNIT_EXPECT_EQ(test, rt_write(test, "cgroup_policy", "/no/such/cgroup invert"),
			(ssize_t)-ENOENT);

	/* a revert drops per-cgroup policies too */
	learned_hook_fault(&kunit_rt, "kunit");
	learned_hook_flush(&kunit_rt);
	KUNIT_EXPECT_FALSE(test, learned_hook_enabled(&kunit_rt));
	rcu_read_lock();
	KUNIT_EXPECT_NULL(test, learned_hook_ops_cgroup(&kunit_rt, root));
	rcu_read_unlock();

	KUNIT_EXPECT_EQ(test, rt_write(test, "cgroup_policy", "/ invert"), 8);
	KUNIT_EXPECT_EQ(test, rt_write(test, "cgroup_policy", "/ default"), 9);
	KUNIT_EXPECT_FALSE(test, learned_hook_enabled(&kunit_rt));
	cgroup_put(root);
}

/* A policy serving only a cgroup is attached, and detached after its last user. */
static void learned_rt_cgroup_attach_test(struct kunit *test)
{
	if (!IS_ENABLED(CONFIG_CGROUPS))
		kunit_skip(test, "CONFIG_CGROUPS is off");
	KUNIT_EXPECT_EQ(test, rt_write(test, "cgroup_policy", "/ invert"), 8);
	KUNIT_EXPECT_EQ(test, kunit_rt_attached, 1);
	KUNIT_ASSERT_EQ(test, learned_policy_select(&kunit_rt, "invert"), 0);
	KUNIT_EXPECT_EQ(test, kunit_rt_attaches, 1);
	KUNIT_ASSERT_EQ(test, learned_policy_select(&kunit_rt, "stock"), 0);
	KUNIT_EXPECT_EQ(test, kunit_rt_attached, 1);	/* the cgroup still uses it */
	KUNIT_EXPECT_EQ(test, rt_write(test, "cgroup_policy", "/ model"), 7);
	KUNIT_EXPECT_EQ(test, kunit_rt_attached, 0);
	KUNIT_EXPECT_EQ(test, rt_write(test, "cgroup_policy", "/ invert"), 8);
	KUNIT_EXPECT_EQ(test, kunit_rt_attaches, 2);
	KUNIT_EXPECT_EQ(test, rt_write(test, "cgroup_policy", "/ default"), 9);
	KUNIT_EXPECT_EQ(test, kunit_rt_attached, 0);
	KUNIT_EXPECT_FALSE(test, learned_hook_enabled(&kunit_rt));
}

/* the id of no cgroup: entries under it stand for removed cgroups */
#define KUNIT_RT_GONE_ID	(ULONG_MAX >> 2)

/*
 * A refused write still prunes the entries of removed cgroups, and the
 * static key must follow: off when none is left.  While a revert is
 * pending, writes are refused.
 */
static void learned_rt_cgroup_prune_test(struct kunit *test)
{
	mutex_lock(&kunit_rt.lock);
	KUNIT_ASSERT_EQ(test, xa_err(xa_store(&kunit_rt.cg_policies, KUNIT_RT_GONE_ID,
					      &kunit_rt_model, GFP_KERNEL)), 0);
	kunit_rt_model.users++;
	atomic_inc(&kunit_rt.n_cg);
	static_branch_enable(kunit_rt.key);
	mutex_unlock(&kunit_rt.lock);
	KUNIT_EXPECT_NOT_NULL(test, strstr(rt_read(test, "cgroup_policy"),
					   " model (removed)\n"));

	KUNIT_EXPECT_EQ(test, rt_write(test, "cgroup_policy", "/ nosuch"),
			(ssize_t)-EINVAL);
	KUNIT_EXPECT_EQ(test, atomic_read(&kunit_rt.n_cg), 0);
	KUNIT_EXPECT_EQ(test, kunit_rt_model.users, 0U);
	KUNIT_EXPECT_FALSE(test, learned_hook_enabled(&kunit_rt));

	if (!IS_ENABLED(CONFIG_CGROUPS))
		return;
	KUNIT_ASSERT_EQ(test, learned_policy_select(&kunit_rt, "invert"), 0);
	/*
	 * A revert recorded but not carried out yet (its work may run at
	 * once on another CPU, so the pending state is set by hand here).
	 */
	atomic_set(&kunit_rt.fault_pending, 1);
	KUNIT_EXPECT_EQ(test, rt_write(test, "cgroup_policy", "/ invert"), (ssize_t)-EBUSY);
	atomic_set(&kunit_rt.fault_pending, 0);
	learned_hook_fault(&kunit_rt, "kunit");
	learned_hook_flush(&kunit_rt);
	KUNIT_EXPECT_EQ(test, rt_write(test, "cgroup_policy", "/ invert"), 8);
}

static struct kunit_case learned_rt_cases[] = {
	KUNIT_CASE(learned_rt_load_test),
	KUNIT_CASE(learned_rt_load_alt_set_test),
	KUNIT_CASE(learned_rt_load_refused_test),
	KUNIT_CASE(learned_rt_slot_check_test),
	KUNIT_CASE(learned_rt_watchdog_test),
	KUNIT_CASE(learned_rt_watchdog_weighted_test),
	KUNIT_CASE(learned_rt_budget_test),
	KUNIT_CASE(learned_rt_knobs_bad_input_test),
	KUNIT_CASE(learned_rt_decide_vote_test),
	KUNIT_CASE(learned_rt_select_after_fault_test),
	KUNIT_CASE(learned_rt_fault_logged_test),
	KUNIT_CASE(learned_rt_reset_under_judge_test),
	KUNIT_CASE(learned_rt_timing_preempt_test),
	KUNIT_CASE(learned_rt_capable_test),
	KUNIT_CASE(learned_rt_cgroup_test),
	KUNIT_CASE(learned_rt_cgroup_attach_test),
	KUNIT_CASE(learned_rt_cgroup_prune_test),
	{}
};

static struct kunit_suite learned_rt_suite = {
	.name = "learned_runtime",
	.init = learned_rt_test_init,
	.exit = learned_rt_test_exit,
	.test_cases = learned_rt_cases,
};
kunit_test_suite(learned_rt_suite);

MODULE_DESCRIPTION("KUnit tests for runtime models, the watchdog and per-cgroup policies");
MODULE_LICENSE("GPL");
