/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Userspace shim: printk goes to stderr.  A program may define
 * "int shim_printk_quiet;" and set it to silence warnings (e.g. while
 * fuzzing); the weak reference is NULL when no program defines it.
 */
#ifndef _TOOLS_SHIM_LINUX_PRINTK_H
#define _TOOLS_SHIM_LINUX_PRINTK_H

#include <stdio.h>

extern int shim_printk_quiet __attribute__((__weak__));

#ifndef pr_fmt
#define pr_fmt(fmt) fmt
#endif

#define shim_printk(fmt, ...)						\
	do {								\
		if (!(&shim_printk_quiet && shim_printk_quiet))		\
			fprintf(stderr, fmt, ##__VA_ARGS__);		\
	} while (0)

#define pr_err(fmt, ...)	shim_printk(pr_fmt(fmt), ##__VA_ARGS__)
#define pr_warn(fmt, ...)	shim_printk(pr_fmt(fmt), ##__VA_ARGS__)
#define pr_info(fmt, ...)	shim_printk(pr_fmt(fmt), ##__VA_ARGS__)
#define pr_debug(fmt, ...)	do { } while (0)
#define pr_warn_ratelimited(fmt, ...)	pr_warn(fmt, ##__VA_ARGS__)
#define pr_warn_once(fmt, ...)	pr_warn(fmt, ##__VA_ARGS__)

#endif /* _TOOLS_SHIM_LINUX_PRINTK_H */
