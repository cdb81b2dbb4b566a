/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Userspace shim: kernel allocators on top of malloc.  A program may
 * define "long shim_fail_alloc_after;" and set it to n >= 0 to make every
 * allocation after the next n fail (fault injection); the weak reference
 * is NULL when no program defines it.
 */
#ifndef _TOOLS_SHIM_LINUX_SLAB_H
#define _TOOLS_SHIM_LINUX_SLAB_H

#include <stdlib.h>
#include <string.h>
#include <linux/types.h>

#define GFP_KERNEL	0x1u
#define GFP_NOWAIT	0x2u
#define GFP_ATOMIC	0x4u
#define __GFP_ZERO	0x100u

extern long shim_fail_alloc_after __attribute__((__weak__));

static inline void *shim_alloc(size_t size, gfp_t gfp)
{
	if (&shim_fail_alloc_after && shim_fail_alloc_after >= 0) {
		if (!shim_fail_alloc_after)
			return NULL;
		shim_fail_alloc_after--;
	}
	if (gfp & __GFP_ZERO)
		return calloc(1, size ? size : 1);
	return malloc(size ? size : 1);
}

#define kmalloc(size, gfp)	shim_alloc(size, gfp)
#define kzalloc(size, gfp)	shim_alloc(size, (gfp) | __GFP_ZERO)
#define kvmalloc(size, gfp)	shim_alloc(size, gfp)
#define kvzalloc(size, gfp)	shim_alloc(size, (gfp) | __GFP_ZERO)
#define kfree(p)		free((void *)(p))
#define kvfree(p)		free((void *)(p))

#endif /* _TOOLS_SHIM_LINUX_SLAB_H */
