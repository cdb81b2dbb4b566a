/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Shared by the mm hook KUnit tests: write one of a hook's sysfs files
 * through its store callback, as a write(2) would, and arm a hook's
 * quality watchdog for a test.
 */
#ifndef _KUNIT_MM_LEARNED_HOOK_ATTR_H
#define _KUNIT_MM_LEARNED_HOOK_ATTR_H

#include <kunit/test.h>
#include <linux/delay.h>
#include <linux/jiffies.h>
#include <linux/learned_policy.h>
#include <linux/string.h>

#include "../learned/testing/hook_test.h"

static inline ssize_t learned_test_hook_write(struct kunit *test,
					      struct learned_hook *hook,
					      const char *name, const char *val)
{
	return kunit_hook_store(test, hook, name, val);
}

/*
 * Arm @hook's watchdog: 20% over the control sample reverts, 100 ms
 * windows, 64 costs to judge one, a control sample of 1 key in 8.
 */
static inline void learned_test_wd_set(struct kunit *test,
				       struct learned_hook *hook,
				       const char *name, const char *val)
{
	ssize_t len = strlen(val);

	KUNIT_ASSERT_EQ(test, learned_test_hook_write(test, hook, name, val),
			len);
}

static inline void learned_test_wd_arm(struct kunit *test,
				       struct learned_hook *hook)
{
	learned_test_wd_set(test, hook, "watchdog_threshold_pct", "20");
	learned_test_wd_set(test, hook, "watchdog_window_ms", "100");
	learned_test_wd_set(test, hook, "watchdog_min_events", "64");
	learned_test_wd_set(test, hook, "watchdog_control_shift", "3");
}

static inline void learned_test_wd_disarm(struct kunit *test,
					  struct learned_hook *hook)
{
	learned_test_wd_set(test, hook, "watchdog_threshold_pct", "0");
}

/* The first key from @start that is (@control) or is not in the sample. */
static inline u64 learned_test_wd_key(struct learned_hook *hook,
				      bool control, u64 start)
{
	u64 k;

	for (k = start; ; k++)
		if (learned_watchdog_control(hook, k) == control)
			return k;
}

/* Sleep past the end of the current window. */
static inline void learned_test_wd_wait(struct learned_hook *hook)
{
	msleep(jiffies_to_msecs(2) + READ_ONCE(hook->wd.window_ms));
}

#endif /* _KUNIT_MM_LEARNED_HOOK_ATTR_H */
