/* SPDX-License-Identifier: GPL-2.0 */
/* Userspace shim: the parts of <linux/kernel.h> kernel sources use here. */
#ifndef _TOOLS_SHIM_LINUX_KERNEL_H
#define _TOOLS_SHIM_LINUX_KERNEL_H

#include <linux/types.h>
#include <linux/limits.h>
#include <linux/compiler.h>
#include <linux/build_bug.h>
#include <linux/printk.h>
#include <linux/bitops.h>

#define ARRAY_SIZE(arr)		(sizeof(arr) / sizeof((arr)[0]))

#endif /* _TOOLS_SHIM_LINUX_KERNEL_H */
