/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Learned kernel policies: the core.
 *
 * The core owns /sys/kernel/learned/, under which every learned hook
 * publishes its own directory.
 */
#ifndef _LINUX_LEARNED_H
#define _LINUX_LEARNED_H

#include <linux/kobject.h>

/*
 * LEARNED_VERSION - version of the learned subsystem's interfaces.
 *
 * Bumped whenever a sysfs file, a model format or a tracepoint changes
 * in a way user space can see.
 */
#define LEARNED_VERSION "0.1.0"

#ifdef CONFIG_LEARNED
extern struct kobject *learned_kobj;
#endif

#endif /* _LINUX_LEARNED_H */
