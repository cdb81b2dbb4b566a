// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit tests for the learned reclaim hook: each policy's verdict at both
 * decision sites on a table of folios, the feature vector, the fallback
 * to stock for a missing callback, the revert to stock when a policy
 * answers out of range, and the online adaptation of the learned policy.
 */
#include <kunit/test.h>
#include <linux/cgroup.h>
#include <linux/learned_policy.h>
#include <linux/learned_reclaim.h>
#include <linux/learned_reclaim_adapt.h>
#include <linux/learned_reclaim_features.h>
#include <linux/page_ext.h>

#include "learned_hook_attr.h"
#include "../learned/testing/reclaim_adapt_fixture.h"

#define IN	LEARNED_RECLAIM_SITE_INACTIVE
#define ACT	LEARNED_RECLAIM_SITE_ACTIVE

struct reclaim_case {
	const char *desc;
	const char *policy;
	struct learned_reclaim_folio f;
	int verdict;
};

/*
 * A file folio at the inactive tail, read once, on lists of @act active
 * and @inact inactive pages, seen by a reclaim pass at priority @prio, of
 * scope @sc (OWN, GLOBAL or ANCESTOR), that came back through a refault
 * (@rf: 0, or 1 + 256 * distance / LRU size) or lies @pages ahead of its
 * file's sequential reader (a loop that came round).  The inactive-list
 * cases give a priority at which the policy may spare (DEF_PRIORITY)
 * unless they test the priority rules themselves.
 */
#define TAIL(act, inact, rf, pages, prio, sc)				\
	{ .site = IN, .file = true, .history = true, .referenced = true, \
	  .accesses = 1, .recent = 1, .age = 3000, .idle = 3000,	\
	  .nrpages = 5000, .lru_active = (act), .lru_inactive = (inact), \
	  .refault = (rf), .ahead = (pages), .priority = (prio),	\
	  .scope = LEARNED_RECLAIM_SCOPE_##sc,				\
	  .stock = LEARNED_RECLAIM_RECLAIM_CLEAN }
#define REFAULTED(act, inact, rf, prio, sc)	TAIL(act, inact, rf, 0, prio, sc)
#define AHEAD(pages, prio, sc)		TAIL(400, 1600, 0, pages, prio, sc)

static const struct reclaim_case reclaim_cases[] = {
	{ "stock: inactive verdict is stock's", "stock",
	  { .site = IN, .file = true, .history = true, .accesses = 9,
	    .recent = 3, .stock = LEARNED_RECLAIM_RECLAIM_CLEAN },
	  LEARNED_RECLAIM_RECLAIM_CLEAN },
	{ "stock: active site deactivates", "stock",
	  { .site = ACT, .file = true, .history = true, .accesses = 9,
	    .recent = 3, .stock = 1 }, 1 },
	{ "freq: used twice and again since last look: activate", "freq",
	  { .site = IN, .file = true, .history = true, .accesses = 2,
	    .recent = 1, .stock = LEARNED_RECLAIM_RECLAIM_CLEAN },
	  LEARNED_RECLAIM_ACTIVATE },
	{ "freq: used once (a scan): reclaim", "freq",
	  { .site = IN, .file = true, .history = true, .accesses = 1,
	    .recent = 1, .stock = LEARNED_RECLAIM_RECLAIM_CLEAN },
	  LEARNED_RECLAIM_RECLAIM_CLEAN },
	{ "freq: used often but not since last look: reclaim", "freq",
	  { .site = IN, .file = true, .history = true, .accesses = 50,
	    .recent = 0, .stock = LEARNED_RECLAIM_RECLAIM },
	  LEARNED_RECLAIM_RECLAIM },
	{ "freq: mapped folio follows stock", "freq",
	  { .site = IN, .file = true, .mapped = true, .history = true,
	    .accesses = 5, .recent = 2, .referenced_ptes = 1,
	    .stock = LEARNED_RECLAIM_KEEP }, LEARNED_RECLAIM_KEEP },
	{ "freq: anon folio follows stock at the inactive list", "freq",
	  { .site = IN, .file = false, .history = true, .accesses = 5,
	    .recent = 2, .stock = LEARNED_RECLAIM_RECLAIM },
	  LEARNED_RECLAIM_RECLAIM },
	{ "freq: active folio used since last look stays active", "freq",
	  { .site = ACT, .file = true, .history = true, .accesses = 3,
	    .recent = 1, .stock = 1 }, 0 },
	{ "freq: active folio unused since last look is deactivated", "freq",
	  { .site = ACT, .file = true, .history = true, .accesses = 30,
	    .recent = 0, .stock = 1 }, 1 },
	{ "freq: active anon folio referenced stays active", "freq",
	  { .site = ACT, .file = false, .history = true, .accesses = 1,
	    .recent = 1, .stock = 1 }, 0 },
	{ "learned: no history: stock at the inactive list", "learned",
	  { .site = IN, .file = true, .history = false,
	    .stock = LEARNED_RECLAIM_RECLAIM }, LEARNED_RECLAIM_RECLAIM },
	{ "learned: no history: stock at the active list", "learned",
	  { .site = ACT, .file = true, .history = false, .stock = 1 }, 1 },
	{ "learned: came back within the LRU size, used again: stays active",
	  "learned",
	  { .site = ACT, .file = true, .history = true, .referenced = true,
	    .accesses = 1, .recent = 1, .lru_active = 500, .lru_inactive = 1500,
	    .refault = 300, .stock = 1 }, 0 },
	{ "learned: not reused here, but protected at the inactive list: kept",
	  "learned",
	  { .site = ACT, .file = true, .history = true, .accesses = 1,
	    .scans = 1, .lru_active = 500, .lru_inactive = 1500,
	    .refault = 300, .stock = 1 }, 0 },
	{ "learned: the same, active list above 75%: deactivated", "learned",
	  { .site = ACT, .file = true, .history = true, .referenced = true,
	    .accesses = 1, .recent = 1, .lru_active = 1900, .lru_inactive = 100,
	    .refault = 300, .stock = 1 }, 1 },
	/*
	 * The built-in model does not see accesses, age or idle time (they
	 * are zeroed in training): an active folio without refault or reader
	 * is reused in about a fifth of the training rows (22%), just above
	 * the 1/5 at which the policy protects.
	 */
	{ "learned: active, no refault, no reader: stays active below 75%",
	  "learned",
	  { .site = ACT, .file = true, .history = true, .accesses = 1,
	    .recent = 0, .scans = 0, .age = 50000, .idle = 50000,
	    .nrpages = 16384, .lru_active = 1000, .lru_inactive = 1000,
	    .stock = 1 }, 0 },
	{ "learned: the same, active list above 75%: deactivated", "learned",
	  { .site = ACT, .file = true, .history = true, .accesses = 1,
	    .recent = 0, .scans = 0, .age = 50000, .idle = 50000,
	    .nrpages = 16384, .lru_active = 1600, .lru_inactive = 400,
	    .stock = 1 }, 1 },
	{ "learned: used once, idle for many LRU trips: reclaimed", "learned",
	  { .site = IN, .file = true, .history = true, .accesses = 1,
	    .recent = 0, .scans = 1, .age = 50000, .idle = 50000,
	    .nrpages = 16384, .lru_active = 1000, .lru_inactive = 1000,
	    .priority = DEF_PRIORITY, .stock = LEARNED_RECLAIM_RECLAIM },
	  LEARNED_RECLAIM_RECLAIM },
	{ "learned: came back within the LRU size: activated", "learned",
	  REFAULTED(400, 1600, 300, DEF_PRIORITY, OWN),
	  LEARNED_RECLAIM_ACTIVATE },
	{ "learned: the same page, own cgroup at priority 5: activated",
	  "learned", REFAULTED(400, 1600, 300, 5, OWN),
	  LEARNED_RECLAIM_ACTIVATE },
	{ "learned: the same page, own cgroup at priority 4: reclaimed",
	  "learned", REFAULTED(400, 1600, 300, 4, OWN),
	  LEARNED_RECLAIM_RECLAIM_CLEAN },
	{ "learned: the same page, global reclaim at priority 10: activated",
	  "learned", REFAULTED(400, 1600, 300, 10, GLOBAL),
	  LEARNED_RECLAIM_ACTIVATE },
	{ "learned: the same page, global reclaim at priority 9: reclaimed",
	  "learned", REFAULTED(400, 1600, 300, 9, GLOBAL),
	  LEARNED_RECLAIM_RECLAIM_CLEAN },
	{ "learned: the same page, an ancestor's limit at priority 5: activated",
	  "learned", REFAULTED(400, 1600, 300, 5, ANCESTOR),
	  LEARNED_RECLAIM_ACTIVATE },
	{ "learned: the same page, an ancestor's limit at priority 4: reclaimed",
	  "learned", REFAULTED(400, 1600, 300, 4, ANCESTOR),
	  LEARNED_RECLAIM_RECLAIM_CLEAN },
	{ "learned: half an LRU ahead of a looping reader: activated",
	  "learned", AHEAD(1000, DEF_PRIORITY, OWN), LEARNED_RECLAIM_ACTIVATE },
	{ "learned: one LRU ahead of a looping reader: activated",
	  "learned", AHEAD(2000, DEF_PRIORITY, OWN), LEARNED_RECLAIM_ACTIVATE },
	{ "learned: the same, an ancestor's limit at priority 5: activated",
	  "learned", AHEAD(2000, 5, ANCESTOR), LEARNED_RECLAIM_ACTIVATE },
	{ "learned: the same, global reclaim at priority 9: reclaimed",
	  "learned", AHEAD(2000, 9, GLOBAL), LEARNED_RECLAIM_RECLAIM_CLEAN },
	{ "learned: four LRUs ahead of a looping reader: reclaimed",
	  "learned", AHEAD(8000, DEF_PRIORITY, OWN),
	  LEARNED_RECLAIM_RECLAIM_CLEAN },
	{ "learned: the same page, active list above 62.5%: reclaimed", "learned",
	  REFAULTED(1400, 600, 300, DEF_PRIORITY, OWN),
	  LEARNED_RECLAIM_RECLAIM_CLEAN },
	{ "learned: the same page seen for the first time (a scan): reclaimed",
	  "learned", REFAULTED(400, 1600, 0, DEF_PRIORITY, OWN),
	  LEARNED_RECLAIM_RECLAIM_CLEAN },
	{ "learned: mapped folio at the active list: stock", "learned",
	  { .site = ACT, .file = true, .mapped = true, .history = true,
	    .accesses = 20, .recent = 5, .stock = 1 }, 1 },
	{ "learned: stock keeps a mapped folio: stock", "learned",
	  { .site = IN, .file = true, .mapped = true, .history = true,
	    .referenced_ptes = 2, .accesses = 3,
	    .stock = LEARNED_RECLAIM_ACTIVATE }, LEARNED_RECLAIM_ACTIVATE },
};

static void reclaim_case_desc(const struct reclaim_case *c, char *desc)
{
	strscpy(desc, c->desc, KUNIT_PARAM_DESC_SIZE);
}

KUNIT_ARRAY_PARAM(reclaim, reclaim_cases, reclaim_case_desc);

static int reclaim_decide(struct kunit *test, const char *policy,
			  const struct learned_reclaim_folio *f)
{
	struct learned_reclaim_folio copy = *f;
	int got;

	KUNIT_ASSERT_EQ(test, learned_policy_select(&learned_reclaim_hook,
						    policy), 0);
	rcu_read_lock();
	got = learned_reclaim_decide(&copy);
	rcu_read_unlock();
	KUNIT_EXPECT_EQ(test, learned_policy_select(&learned_reclaim_hook,
						    "stock"), 0);
	return got;
}

static void learned_reclaim_policy_test(struct kunit *test)
{
	const struct reclaim_case *c = test->param_value;

	KUNIT_EXPECT_EQ(test, reclaim_decide(test, c->policy, &c->f),
			c->verdict);
}

/* The learned policy answers in range and decides every site. */
static void learned_reclaim_learned_range_test(struct kunit *test)
{
	struct learned_reclaim_folio f = {
		.file = true, .history = true, .priority = DEF_PRIORITY,
	};
	unsigned int acc, idle, site;
	int got;

	KUNIT_ASSERT_EQ(test, learned_policy_select(&learned_reclaim_hook,
						    "learned"), 0);
	for (site = IN; site <= ACT; site++) {
		for (acc = 0; acc < 64; acc = acc * 2 + 1) {
			for (idle = 0; idle < 1U << 20; idle = idle * 4 + 1) {
				f.site = site;
				f.accesses = acc;
				f.recent = acc & 1;
				f.age = idle * 2ULL;
				f.idle = idle;
				f.lru_active = 1000;
				f.lru_inactive = 1000;
				f.stock = site == ACT ? 1 :
					LEARNED_RECLAIM_RECLAIM_CLEAN;
				rcu_read_lock();
				got = learned_reclaim_decide(&f);
				rcu_read_unlock();
				if (site == ACT)
					KUNIT_EXPECT_TRUE(test, got == 0 || got == 1);
				else
					KUNIT_EXPECT_TRUE(test,
						got == LEARNED_RECLAIM_RECLAIM_CLEAN ||
						got == LEARNED_RECLAIM_ACTIVATE);
			}
		}
	}
	KUNIT_EXPECT_EQ(test, learned_policy_select(&learned_reclaim_hook,
						    "stock"), 0);
}

static void learned_reclaim_features_test(struct kunit *test)
{
	struct learned_reclaim_folio f = {
		.site = ACT, .file = true, .mapped = false, .workingset = true,
		.referenced = false, .referenced_ptes = 2, .accesses = 3,
		.recent = 0, .scans = 1, .age = 1023, .idle = 511,
		.nrpages = 0, .lru_active = 100, .lru_inactive = 155,
		.refault = 300,
	};
	s32 x[LEARNED_RECLAIM_NR_FEATURES];

	learned_reclaim_features(&f, x);
	KUNIT_EXPECT_EQ(test, x[LEARNED_RECLAIM_F_ACCESSES], 2 * 256);
	KUNIT_EXPECT_EQ(test, x[LEARNED_RECLAIM_F_RECENT], 0);
	KUNIT_EXPECT_EQ(test, x[LEARNED_RECLAIM_F_SCANS], 256);
	KUNIT_EXPECT_EQ(test, x[LEARNED_RECLAIM_F_AGE], 10 * 256);
	KUNIT_EXPECT_EQ(test, x[LEARNED_RECLAIM_F_IDLE], 9 * 256);
	/* 256 * 511 / 256 */
	KUNIT_EXPECT_EQ(test, x[LEARNED_RECLAIM_F_IDLE_RATIO], 511);
	KUNIT_EXPECT_EQ(test, x[LEARNED_RECLAIM_F_NRPAGES], 0);
	KUNIT_EXPECT_EQ(test, x[LEARNED_RECLAIM_F_LRU], 8 * 256);
	KUNIT_EXPECT_EQ(test, x[LEARNED_RECLAIM_F_MAPPED], 0);
	KUNIT_EXPECT_EQ(test, x[LEARNED_RECLAIM_F_REFERENCED], 1);
	KUNIT_EXPECT_EQ(test, x[LEARNED_RECLAIM_F_WORKINGSET], 1);
	KUNIT_EXPECT_EQ(test, x[LEARNED_RECLAIM_F_FILE], 1);
	KUNIT_EXPECT_EQ(test, x[LEARNED_RECLAIM_F_ACTIVE_SITE], 1);
	KUNIT_EXPECT_EQ(test, x[LEARNED_RECLAIM_F_REFAULT], 300);
	/* 256 * 100 / (100 + 155 + 1) */
	KUNIT_EXPECT_EQ(test, x[LEARNED_RECLAIM_F_ACTIVE_SHARE], 100);

	/* idle far beyond the LRU size saturates, no overflow */
	f.idle = U64_MAX / 2;
	learned_reclaim_features(&f, x);
	KUNIT_EXPECT_EQ(test, x[LEARNED_RECLAIM_F_IDLE_RATIO], 4096);

	/* a refault beyond the cap is clamped */
	f.refault = U32_MAX;
	learned_reclaim_features(&f, x);
	KUNIT_EXPECT_EQ(test, x[LEARNED_RECLAIM_F_REFAULT],
			LEARNED_RECLAIM_REFAULT_MAX);

	/* not ahead of a reader: 0; else 1 + 256 * ahead / (255 + 1) */
	KUNIT_EXPECT_EQ(test, x[LEARNED_RECLAIM_F_AHEAD], 0);
	f.ahead = 1;
	learned_reclaim_features(&f, x);
	KUNIT_EXPECT_EQ(test, x[LEARNED_RECLAIM_F_AHEAD], 2);
	f.ahead = 384;
	learned_reclaim_features(&f, x);
	KUNIT_EXPECT_EQ(test, x[LEARNED_RECLAIM_F_AHEAD], 385);
	/* sixteen LRU sizes or more saturate */
	f.ahead = U32_MAX;
	learned_reclaim_features(&f, x);
	KUNIT_EXPECT_EQ(test, x[LEARNED_RECLAIM_F_AHEAD], 1 + 16 * 256);
}

/*
 * The per-file sequential readers behind the ahead feature: a run of
 * forward steps makes a reader, a jump back to the file's start (a loop)
 * keeps it, random reads and other files do not make one.
 */
static void learned_reclaim_seq_test(struct kunit *test)
{
	const unsigned long file = 0x5a5a5000, other = 0x7b7b7000;
	unsigned long i;

	/* the first access of a file starts no run */
	learned_reclaim_seq_note(file, 0);
	KUNIT_EXPECT_EQ(test, learned_reclaim_seq_ahead(file, 100), 0);
	/* seven forward steps are not yet a reader, the eighth is */
	for (i = 32; i <= 7 * 32; i += 32)
		learned_reclaim_seq_note(file, i);
	KUNIT_EXPECT_EQ(test, learned_reclaim_seq_ahead(file, 1000), 0);
	learned_reclaim_seq_note(file, 8 * 32);
	KUNIT_EXPECT_EQ(test, learned_reclaim_seq_ahead(file, 1000),
			1000 - 8 * 32);
	/* behind the reader, or at it: not ahead */
	KUNIT_EXPECT_EQ(test, learned_reclaim_seq_ahead(file, 8 * 32), 0);
	KUNIT_EXPECT_EQ(test, learned_reclaim_seq_ahead(file, 5), 0);
	/* a step longer than LEARNED_RECLAIM_SEQ_STEP (256) halves the run */
	learned_reclaim_seq_note(file, 8 * 32 + 257);
	KUNIT_EXPECT_EQ(test, learned_reclaim_seq_ahead(file, 1000), 0);
	for (i = 1; i <= 4; i++)
		learned_reclaim_seq_note(file, 8 * 32 + 257 + i);
	/* a long run survives the loop's jump back to the start */
	for (i = 1; i <= 32; i++)
		learned_reclaim_seq_note(file, 1000 + i);
	learned_reclaim_seq_note(file, 0);
	KUNIT_EXPECT_EQ(test, learned_reclaim_seq_ahead(file, 900), 900);
	/* re-reading the same page changes nothing */
	learned_reclaim_seq_note(file, 0);
	KUNIT_EXPECT_EQ(test, learned_reclaim_seq_ahead(file, 900), 900);
	/* random reads wear the run (17 here) down: each jump halves it */
	learned_reclaim_seq_note(file, 3000);
	KUNIT_EXPECT_EQ(test, learned_reclaim_seq_ahead(file, 5000), 2000);
	learned_reclaim_seq_note(file, 100);
	KUNIT_EXPECT_EQ(test, learned_reclaim_seq_ahead(file, 5000), 0);
	/* another file has no reader */
	KUNIT_EXPECT_EQ(test, learned_reclaim_seq_ahead(other, 900), 0);
}

static int reclaim_bad_active(const struct learned_reclaim_folio *f)
{
	return 2;
}

static const struct learned_reclaim_ops reclaim_bad_ops = {
	.active = reclaim_bad_active,
};

static struct learned_policy reclaim_bad = {
	.name = "kunit_bad",
	.ops = &reclaim_bad_ops,
};

static const struct learned_reclaim_ops reclaim_empty_ops = {};

static struct learned_policy reclaim_empty = {
	.name = "kunit_empty",
	.ops = &reclaim_empty_ops,
};

/*
 * A policy without an inactive callback falls back to stock there; one
 * answering out of range at the active site is reverted to stock.
 */
static void learned_reclaim_fault_test(struct kunit *test)
{
	struct learned_reclaim_folio in = {
		.site = IN, .file = true, .stock = LEARNED_RECLAIM_KEEP,
	};
	struct learned_reclaim_folio act = { .site = ACT, .stock = 1 };
	int faults = atomic_read(&learned_reclaim_hook.faults);
	int got;

	KUNIT_EXPECT_EQ(test, learned_policy_register(&learned_reclaim_hook,
						      &reclaim_empty), -EINVAL);
	KUNIT_ASSERT_EQ(test, learned_policy_register(&learned_reclaim_hook,
						      &reclaim_bad), 0);
	KUNIT_ASSERT_EQ(test, learned_policy_select(&learned_reclaim_hook,
						    "kunit_bad"), 0);
	rcu_read_lock();
	got = learned_reclaim_decide(&in);
	rcu_read_unlock();
	KUNIT_EXPECT_EQ(test, got, LEARNED_RECLAIM_KEEP);
	KUNIT_EXPECT_EQ(test, atomic_read(&learned_reclaim_hook.faults),
			faults);

	rcu_read_lock();
	got = learned_reclaim_decide(&act);
	rcu_read_unlock();
	KUNIT_EXPECT_EQ(test, got, 1);	/* stock's answer */
	learned_hook_flush(&learned_reclaim_hook);
	KUNIT_EXPECT_FALSE(test, learned_hook_enabled(&learned_reclaim_hook));
	KUNIT_EXPECT_EQ(test, atomic_read(&learned_reclaim_hook.faults),
			faults + 1);
	KUNIT_EXPECT_NOT_NULL(test, strstr(learned_reclaim_hook.last_fault,
					   "reclaim"));
	learned_policy_unregister(&learned_reclaim_hook, &reclaim_bad);
}

/* a key in (@control) or out of the watchdog's control sample */
static u64 reclaim_key(bool control)
{
	u64 key;

	for (key = 1; ; key++)
		if (learned_watchdog_control(&learned_reclaim_hook, key) == control)
			return key;
}

/*
 * With the watchdog armed, file folios whose key is in the control sample
 * are decided by stock; the others, and anonymous folios whatever their
 * key, by the policy.
 */
static void learned_reclaim_control_test(struct kunit *test)
{
	struct learned_reclaim_folio f = {
		.site = IN, .file = true, .history = true, .accesses = 2,
		.recent = 1, .stock = LEARNED_RECLAIM_RECLAIM_CLEAN,
	};
	struct learned_reclaim_folio anon = {
		.site = ACT, .file = false, .history = true, .accesses = 1,
		.recent = 1, .stock = 1,
	};
	unsigned int thr = READ_ONCE(learned_reclaim_hook.wd.threshold_pct);
	u64 ctl;

	WRITE_ONCE(learned_reclaim_hook.wd.threshold_pct, 1000);
	ctl = reclaim_key(true);
	f.key = ctl;
	KUNIT_EXPECT_EQ(test, reclaim_decide(test, "freq", &f),
			LEARNED_RECLAIM_RECLAIM_CLEAN);
	f.key = reclaim_key(false);
	KUNIT_EXPECT_EQ(test, reclaim_decide(test, "freq", &f),
			LEARNED_RECLAIM_ACTIVATE);
	anon.key = ctl;
	KUNIT_EXPECT_EQ(test, reclaim_decide(test, "freq", &anon), 0);
	/* disarmed: no control sample */
	WRITE_ONCE(learned_reclaim_hook.wd.threshold_pct, 0);
	f.key = ctl;
	KUNIT_EXPECT_EQ(test, reclaim_decide(test, "freq", &f),
			LEARNED_RECLAIM_ACTIVATE);
	WRITE_ONCE(learned_reclaim_hook.wd.threshold_pct, thr);
}

/*
 * A cgroup's own policy: with the hook at stock and the root cgroup on
 * freq, a folio of that cgroup gets freq's verdict and one without a
 * cgroup stock's, until the entry is removed.
 */
static void learned_reclaim_cgroup_test(struct kunit *test)
{
	struct learned_reclaim_folio f = {
		.site = IN, .file = true, .history = true, .accesses = 2,
		.recent = 1, .stock = LEARNED_RECLAIM_RECLAIM_CLEAN,
	};
	struct cgroup *root = cgroup_get_from_path("/");
	int with, without;

	KUNIT_ASSERT_FALSE(test, IS_ERR_OR_NULL(root));
	KUNIT_ASSERT_EQ(test, learned_policy_select(&learned_reclaim_hook,
						    "stock"), 0);
	KUNIT_EXPECT_EQ(test, learned_test_hook_write(test, &learned_reclaim_hook,
						      "cgroup_policy", "/ freq"), 6);
	rcu_read_lock();
	f.cgroup = root;
	with = learned_reclaim_decide(&f);
	f.cgroup = NULL;
	without = learned_reclaim_decide(&f);
	rcu_read_unlock();
	KUNIT_EXPECT_EQ(test, with, LEARNED_RECLAIM_ACTIVATE);
	KUNIT_EXPECT_EQ(test, without, LEARNED_RECLAIM_RECLAIM_CLEAN);
	KUNIT_EXPECT_EQ(test, learned_test_hook_write(test, &learned_reclaim_hook,
						      "cgroup_policy", "/ default"), 9);
	rcu_read_lock();
	f.cgroup = root;
	with = learned_reclaim_decide(&f);
	rcu_read_unlock();
	KUNIT_EXPECT_EQ(test, with, LEARNED_RECLAIM_RECLAIM_CLEAN);
	cgroup_put(root);
}

/*
 * The history costs every page 16 bytes (page_ext stays 8-byte aligned
 * after it), and only when it is asked for.
 */
static void learned_reclaim_page_ext_test(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, learned_reclaim_page_ext_ops.size, (size_t)16);
	KUNIT_EXPECT_EQ(test, learned_reclaim_page_ext_ops.need(),
			IS_ENABLED(CONFIG_LEARNED_RECLAIM_HISTORY));
}

/* @n events of @event into @a; returns the updates made */
static unsigned int adapt_feed(struct learned_reclaim_adapt *a,
			       enum learned_reclaim_adapt_event event,
			       unsigned int n)
{
	unsigned int updates = 0;

	while (n--)
		updates += learned_reclaim_adapt_feedback(a, event, NULL);
	return updates;
}

/*
 * Wasted spares lower the level one step per window down to stock (0) and
 * no further; useful ones raise it back, no higher than the prior; missed
 * spares only probe from 0.
 */
static void learned_reclaim_adapt_direction_test(struct kunit *test)
{
	struct learned_reclaim_adapt a;
	unsigned int i;

	learned_reclaim_adapt_init(&a);
	KUNIT_EXPECT_EQ(test, a.level, LEARNED_RECLAIM_ADAPT_ONE);
	KUNIT_EXPECT_TRUE(test, learned_reclaim_adapt_spare_ok(&a, 12345));
	/* a window short of one event changes nothing */
	KUNIT_EXPECT_EQ(test, adapt_feed(&a, LEARNED_RECLAIM_ADAPT_WASTED,
					 LEARNED_RECLAIM_ADAPT_WINDOW - 1), 0);
	KUNIT_EXPECT_EQ(test, a.level, LEARNED_RECLAIM_ADAPT_ONE);
	KUNIT_EXPECT_EQ(test, adapt_feed(&a, LEARNED_RECLAIM_ADAPT_WASTED, 1), 1);
	KUNIT_EXPECT_EQ(test, a.level,
			LEARNED_RECLAIM_ADAPT_ONE - LEARNED_RECLAIM_ADAPT_STEP);
	/* refaults do not move a level above 0 */
	adapt_feed(&a, LEARNED_RECLAIM_ADAPT_MISSED, 100000);
	KUNIT_EXPECT_EQ(test, a.level,
			LEARNED_RECLAIM_ADAPT_ONE - LEARNED_RECLAIM_ADAPT_STEP);
	for (i = 0; i < 20; i++) {
		adapt_feed(&a, LEARNED_RECLAIM_ADAPT_WASTED,
			   LEARNED_RECLAIM_ADAPT_WINDOW);
		KUNIT_EXPECT_LE(test, a.level, LEARNED_RECLAIM_ADAPT_ONE);
	}
	KUNIT_EXPECT_EQ(test, a.level, 0);
	KUNIT_EXPECT_EQ(test, a.backoff, LEARNED_RECLAIM_ADAPT_BACKOFF_MAX);
	/* at 0 no folio may be spared */
	for (i = 0; i < 1000; i++)
		KUNIT_EXPECT_FALSE(test, learned_reclaim_adapt_spare_ok(&a, i));
	for (i = 0; i < 20; i++)
		adapt_feed(&a, LEARNED_RECLAIM_ADAPT_USEFUL,
			   LEARNED_RECLAIM_ADAPT_WINDOW);
	KUNIT_EXPECT_EQ(test, a.level, LEARNED_RECLAIM_ADAPT_ONE);
	KUNIT_EXPECT_EQ(test, a.backoff, 0);
	/* half useful pays; one fewer does not */
	adapt_feed(&a, LEARNED_RECLAIM_ADAPT_USEFUL, 32);
	adapt_feed(&a, LEARNED_RECLAIM_ADAPT_WASTED, 32);
	KUNIT_EXPECT_EQ(test, a.level, LEARNED_RECLAIM_ADAPT_ONE);
	adapt_feed(&a, LEARNED_RECLAIM_ADAPT_USEFUL, 31);
	adapt_feed(&a, LEARNED_RECLAIM_ADAPT_WASTED, 33);
	KUNIT_EXPECT_EQ(test, a.level,
			LEARNED_RECLAIM_ADAPT_ONE - LEARNED_RECLAIM_ADAPT_STEP);
	/* an unknown event is refused and counts nothing */
	KUNIT_EXPECT_FALSE(test,
			   learned_reclaim_adapt_feedback(&a, LEARNED_RECLAIM_ADAPT_NR_EVENTS,
							  NULL));
	KUNIT_EXPECT_EQ(test, a.window[LEARNED_RECLAIM_ADAPT_USEFUL], 0);
}

/*
 * The fixture shared with tools/reclaimtrace: the kernel build gives
 * exactly the golden updates `reclaimtrace adapt` must print.
 */
static void learned_reclaim_adapt_fixture_test(struct kunit *test)
{
	const struct learned_reclaim_adapt_golden *g = learned_reclaim_adapt_golden;
	struct learned_reclaim_adapt_update u;
	struct learned_reclaim_adapt a;
	unsigned int i, j, event = 0, n = 0;

	learned_reclaim_adapt_init(&a);
	for (i = 0; i < ARRAY_SIZE(learned_reclaim_adapt_runs); i++) {
		enum learned_reclaim_adapt_event e = learned_reclaim_adapt_runs[i].event;

		for (j = 0; j < learned_reclaim_adapt_runs[i].count; j++) {
			event++;
			if (!learned_reclaim_adapt_feedback(&a, e, &u))
				continue;
			KUNIT_ASSERT_LT(test, n, ARRAY_SIZE(learned_reclaim_adapt_golden));
			KUNIT_EXPECT_EQ_MSG(test, event, g[n].event, "update %u", n + 1);
			KUNIT_EXPECT_EQ_MSG(test, u.old, g[n].u.old, "update %u", n + 1);
			KUNIT_EXPECT_EQ_MSG(test, u.level, g[n].u.level, "update %u", n + 1);
			KUNIT_EXPECT_EQ_MSG(test, u.useful, g[n].u.useful, "update %u", n + 1);
			KUNIT_EXPECT_EQ_MSG(test, u.wasted, g[n].u.wasted, "update %u", n + 1);
			KUNIT_EXPECT_EQ_MSG(test, u.missed, g[n].u.missed, "update %u", n + 1);
			KUNIT_EXPECT_EQ_MSG(test, u.backoff, g[n].u.backoff, "update %u", n + 1);
			n++;
		}
	}
	KUNIT_EXPECT_EQ(test, n, ARRAY_SIZE(learned_reclaim_adapt_golden));
	KUNIT_EXPECT_EQ(test, a.level, LEARNED_RECLAIM_ADAPT_FIXTURE_LEVEL);
	KUNIT_EXPECT_EQ(test, a.updates, (u64)LEARNED_RECLAIM_ADAPT_FIXTURE_UPDATES);
	KUNIT_EXPECT_EQ(test, a.changes, (u64)LEARNED_RECLAIM_ADAPT_FIXTURE_CHANGES);
}

static bool adapt_same(const struct learned_reclaim_adapt *x,
		       const struct learned_reclaim_adapt *y)
{
	unsigned int i;

	for (i = 0; i < LEARNED_RECLAIM_ADAPT_NR_EVENTS; i++)
		if (x->window[i] != y->window[i] || x->total[i] != y->total[i])
			return false;
	return x->level == y->level && x->backoff == y->backoff &&
	       x->updates == y->updates && x->changes == y->changes;
}

/* cgroup ids no cgroup of the test kernel has */
#define ADAPT_CG_A	BIT_ULL(40)
#define ADAPT_CG_B	(BIT_ULL(40) + 1)

/* switch adaptation on ("1") or back to its default, off ("0") */
static void adapt_switch(struct kunit *test, const char *val)
{
	KUNIT_ASSERT_EQ(test, learned_test_hook_write(test, &learned_reclaim_hook,
						      "adapt", val),
			(ssize_t)strlen(val));
}

/*
 * Each memory cgroup has its own state: feedback about cgroup A's folios
 * moves A's level, never B's or the global one.
 */
static void learned_reclaim_adapt_isolation_test(struct kunit *test)
{
	struct learned_reclaim_adapt *a, *b, *g;
	struct learned_reclaim_adapt a1 = {}, b0 = {}, b1 = {}, g0 = {}, g1 = {};
	unsigned int i;

	adapt_switch(test, "1");
	KUNIT_ASSERT_EQ(test, learned_reclaim_adapt_create(ADAPT_CG_A), 0);
	KUNIT_ASSERT_EQ(test, learned_reclaim_adapt_create(ADAPT_CG_B), 0);
	KUNIT_EXPECT_EQ(test, learned_reclaim_adapt_create(0), -EINVAL);
	/* states are freed after a grace period: copy them under RCU */
	rcu_read_lock();
	a = learned_reclaim_adapt_of(ADAPT_CG_A);
	b = learned_reclaim_adapt_of(ADAPT_CG_B);
	g = learned_reclaim_adapt_of(0);
	if (a && b && g && a != b && a != g && b != g) {
		b0 = *b;
		g0 = *g;
		for (i = 0; i < 4 * LEARNED_RECLAIM_ADAPT_WINDOW; i++)
			learned_reclaim_adapt_note(a, LEARNED_RECLAIM_ADAPT_WASTED);
		for (i = 0; i < 1000; i++)
			learned_reclaim_adapt_note(a, LEARNED_RECLAIM_ADAPT_MISSED);
		/* no state: nothing to move */
		learned_reclaim_adapt_note(NULL, LEARNED_RECLAIM_ADAPT_WASTED);
		a1 = *a;
		b1 = *b;
		g1 = *g;
	} else {
		a = NULL;
	}
	rcu_read_unlock();
	KUNIT_ASSERT_NOT_NULL_MSG(test, a, "three distinct states");
	KUNIT_EXPECT_EQ(test, a1.level, LEARNED_RECLAIM_ADAPT_ONE -
			4 * LEARNED_RECLAIM_ADAPT_STEP);
	KUNIT_EXPECT_TRUE(test, adapt_same(&b1, &b0));
	KUNIT_EXPECT_TRUE(test, adapt_same(&g1, &g0));
	KUNIT_EXPECT_EQ(test, b1.level, LEARNED_RECLAIM_ADAPT_ONE);
	adapt_switch(test, "0");
}

/* a folio the learned policy spares (activates) where stock reclaims it */
static const struct learned_reclaim_folio *adapt_spared_folio(struct kunit *test)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(reclaim_cases); i++) {
		const struct reclaim_case *c = &reclaim_cases[i];

		if (!strcmp(c->policy, "learned") && c->f.site == IN &&
		    c->verdict == LEARNED_RECLAIM_ACTIVATE &&
		    learned_reclaim_stock_reclaims(&c->f))
			return &c->f;
	}
	KUNIT_FAIL(test, "no folio the learned policy spares");
	return NULL;
}

/* decide @f under the selected policy with adaptation state @a */
static int adapt_decide(const struct learned_reclaim_folio *f,
			struct learned_reclaim_adapt *a, u64 key)
{
	struct learned_reclaim_folio copy = *f;
	int got;

	copy.adapt = a;
	copy.key = key;
	rcu_read_lock();
	got = learned_reclaim_decide(&copy);
	rcu_read_unlock();
	return got;
}

/*
 * With adaptation switched off the learned policy decides exactly as the
 * frozen model, whatever the cgroup's state; malformed writes to adapt
 * are refused and change nothing.
 */
static void learned_reclaim_adapt_off_test(struct kunit *test)
{
	const struct learned_reclaim_folio *spared = adapt_spared_folio(test);
	struct learned_reclaim_folio f = {
		.file = true, .history = true, .priority = DEF_PRIORITY,
		.lru_active = 500, .lru_inactive = 1500,
	};
	static const char *const bad[] = {
		"2", "-1", "x", "1 2", "", "0x", "4294967296", "1\n\n",
	};
	struct learned_reclaim_adapt stock;
	unsigned int acc, idle, site, i, differ = 0;
	int frozen, got;

	KUNIT_ASSERT_NOT_NULL(test, spared);
	learned_reclaim_adapt_init(&stock);
	adapt_feed(&stock, LEARNED_RECLAIM_ADAPT_WASTED,
		   LEARNED_RECLAIM_ADAPT_WINDOW * 8);
	KUNIT_ASSERT_EQ(test, stock.level, 0);
	KUNIT_ASSERT_EQ(test, learned_policy_select(&learned_reclaim_hook,
						    "learned"), 0);
	/* off by default: the frozen model spares it whatever the state */
	KUNIT_EXPECT_EQ(test, adapt_decide(spared, &stock, 7),
			LEARNED_RECLAIM_ACTIVATE);
	adapt_switch(test, "1");
	/* on: a cgroup adapted down to stock is not spared the folio */
	KUNIT_EXPECT_EQ(test, adapt_decide(spared, NULL, 7),
			LEARNED_RECLAIM_ACTIVATE);
	KUNIT_EXPECT_EQ(test, adapt_decide(spared, &stock, 7), spared->stock);

	for (i = 0; i < ARRAY_SIZE(bad); i++) {
		ssize_t ret = learned_test_hook_write(test, &learned_reclaim_hook,
						      "adapt", bad[i]);

		KUNIT_EXPECT_EQ_MSG(test, ret, (ssize_t)-EINVAL, "input '%s'", bad[i]);
	}
	/* still on */
	KUNIT_EXPECT_EQ(test, adapt_decide(spared, &stock, 7), spared->stock);
	KUNIT_EXPECT_EQ(test, learned_test_hook_write(test, &learned_reclaim_hook,
						      "adapt", "0\n"), 2);
	rcu_read_lock();
	KUNIT_EXPECT_NULL(test, learned_reclaim_adapt_of(0));
	rcu_read_unlock();
	for (site = IN; site <= ACT; site++) {
		for (acc = 0; acc < 64; acc = acc * 2 + 1) {
			for (idle = 0; idle < 1U << 20; idle = idle * 4 + 1) {
				f.site = site;
				f.accesses = acc;
				f.recent = acc & 1;
				f.age = idle * 2ULL;
				f.idle = idle;
				f.refault = idle & 1 ? 200 : 0;
				f.stock = site == ACT ? 1 :
					LEARNED_RECLAIM_RECLAIM_CLEAN;
				frozen = adapt_decide(&f, NULL, acc + idle);
				got = adapt_decide(&f, &stock, acc + idle);
				KUNIT_EXPECT_EQ(test, got, frozen);
				differ += frozen != f.stock;
			}
		}
	}
	KUNIT_EXPECT_EQ(test, adapt_decide(spared, &stock, 7),
			LEARNED_RECLAIM_ACTIVATE);
	KUNIT_EXPECT_EQ(test, learned_test_hook_write(test, &learned_reclaim_hook,
						      "adapt", "1"), 1);
	KUNIT_EXPECT_EQ(test, adapt_decide(spared, &stock, 7), spared->stock);
	KUNIT_EXPECT_EQ(test, learned_policy_select(&learned_reclaim_hook,
						    "stock"), 0);
	adapt_switch(test, "0");
	/* the grid holds spares the level-0 state would have refused */
	KUNIT_EXPECT_GT(test, differ, 0U);
	kunit_info(test, "%u of the grid's frozen verdicts override stock",
		   differ);
}

/*
 * A two-phase stream: the folios the model spares are used again at
 * first, then never.  The frozen policy spares on; the adapted one keeps
 * sparing while spares pay and stops once they are wasted.
 */
static void learned_reclaim_adapt_phases_test(struct kunit *test)
{
	const struct learned_reclaim_folio *spared = adapt_spared_folio(test);
	struct learned_reclaim_adapt a;
	unsigned int i, first = 0, last = 0, frozen = 0;
	const unsigned int n = 4000, tail = 1000;
	int got;

	KUNIT_ASSERT_NOT_NULL(test, spared);
	learned_reclaim_adapt_init(&a);
	adapt_switch(test, "1");
	KUNIT_ASSERT_EQ(test, learned_policy_select(&learned_reclaim_hook,
						    "learned"), 0);
	for (i = 0; i < 2 * n; i++) {
		bool phase2 = i >= n;

		frozen += phase2 && adapt_decide(spared, NULL, i) != spared->stock;
		got = adapt_decide(spared, &a, i);
		if (got == spared->stock)
			continue;
		/* the spare is judged at the next look */
		learned_reclaim_adapt_feedback(&a, phase2 ?
					       LEARNED_RECLAIM_ADAPT_WASTED :
					       LEARNED_RECLAIM_ADAPT_USEFUL, NULL);
		first += !phase2;
		last += i >= 2 * n - tail;
	}
	KUNIT_EXPECT_EQ(test, learned_policy_select(&learned_reclaim_hook,
						    "stock"), 0);
	adapt_switch(test, "0");
	/* phase 1: every spare taken */
	KUNIT_EXPECT_EQ(test, first, n);
	/* phase 2: none at the end, and stock's level */
	KUNIT_EXPECT_EQ(test, last, 0);
	KUNIT_EXPECT_EQ(test, a.level, 0);
	KUNIT_EXPECT_EQ(test, a.total[LEARNED_RECLAIM_ADAPT_USEFUL], (u64)n);
	/*
	 * a bounded number of wasted spares on the way down: those of the
	 * window open at the change (4000 = 62 * 64 + 32: it still pays),
	 * then eight windows from 256 to 0
	 */
	KUNIT_EXPECT_EQ(test, a.total[LEARNED_RECLAIM_ADAPT_WASTED],
			(u64)32 + 8 * LEARNED_RECLAIM_ADAPT_WINDOW);
	/* the frozen policy wastes a spare on every folio of phase 2 */
	KUNIT_EXPECT_EQ(test, frozen, n);
	kunit_info(test, "phase 2 spares: adapted %llu, frozen %u (all wasted)",
		   a.total[LEARNED_RECLAIM_ADAPT_WASTED], frozen);
}

static struct kunit_case learned_reclaim_test_cases[] = {
	KUNIT_CASE_PARAM(learned_reclaim_policy_test, reclaim_gen_params),
	KUNIT_CASE(learned_reclaim_page_ext_test),
	KUNIT_CASE(learned_reclaim_features_test),
	KUNIT_CASE(learned_reclaim_seq_test),
	KUNIT_CASE(learned_reclaim_learned_range_test),
	KUNIT_CASE(learned_reclaim_fault_test),
	KUNIT_CASE(learned_reclaim_control_test),
	KUNIT_CASE(learned_reclaim_cgroup_test),
	KUNIT_CASE(learned_reclaim_adapt_direction_test),
	KUNIT_CASE(learned_reclaim_adapt_fixture_test),
	KUNIT_CASE(learned_reclaim_adapt_isolation_test),
	KUNIT_CASE(learned_reclaim_adapt_off_test),
	KUNIT_CASE(learned_reclaim_adapt_phases_test),
	{}
};

static struct kunit_suite learned_reclaim_test_suite = {
	.name = "learned_reclaim",
	.test_cases = learned_reclaim_test_cases,
};

kunit_test_suite(learned_reclaim_test_suite);

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("KUnit tests for the learned reclaim hook");
