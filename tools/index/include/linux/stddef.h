/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Userspace shim (tools/index): the kernel's <linux/stddef.h> is the uapi
 * one plus libc's NULL, offsetof and bool.
 */
#ifndef _TOOLS_INDEX_SHIM_LINUX_STDDEF_H
#define _TOOLS_INDEX_SHIM_LINUX_STDDEF_H

#include_next <linux/stddef.h>
#include <stdbool.h>
#include <stddef.h>

#endif /* _TOOLS_INDEX_SHIM_LINUX_STDDEF_H */
