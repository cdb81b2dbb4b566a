/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Userspace shim: kernel integer types on top of the uapi <linux/types.h>.
 * Lets learned/ kernel sources build unchanged in userspace (tools/learned).
 */
#ifndef _TOOLS_SHIM_LINUX_TYPES_H
#define _TOOLS_SHIM_LINUX_TYPES_H

#include_next <linux/types.h>
#include <linux/compiler.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef __s8 s8;
typedef __u8 u8;
typedef __s16 s16;
typedef __u16 u16;
typedef __s32 s32;
typedef __u32 u32;
typedef __s64 s64;
typedef __u64 u64;

typedef unsigned int gfp_t;	/* the flags of linux/slab.h */

#endif /* _TOOLS_SHIM_LINUX_TYPES_H */
