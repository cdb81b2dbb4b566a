/* SPDX-License-Identifier: GPL-2.0 */
/* Userspace shim: container_of(). */
#ifndef _TOOLS_SHIM_LINUX_CONTAINER_OF_H
#define _TOOLS_SHIM_LINUX_CONTAINER_OF_H

#include <stddef.h>

#define container_of(ptr, type, member)					\
	((type *)((char *)(ptr) - offsetof(type, member)))

#endif /* _TOOLS_SHIM_LINUX_CONTAINER_OF_H */
