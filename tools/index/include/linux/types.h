/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Userspace shim (tools/index): the shared tools/include/linux/types.h
 * plus the allocation flag type the index API takes.
 */
#ifndef _TOOLS_INDEX_SHIM_LINUX_TYPES_H
#define _TOOLS_INDEX_SHIM_LINUX_TYPES_H

#include_next <linux/types.h>

typedef unsigned int gfp_t;

#endif /* _TOOLS_INDEX_SHIM_LINUX_TYPES_H */
