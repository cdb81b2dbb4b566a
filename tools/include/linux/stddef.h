/* SPDX-License-Identifier: GPL-2.0 */
/* Userspace shim: offsetof(), NULL and bool; chains to the uapi header. */
#ifndef _TOOLS_SHIM_LINUX_STDDEF_H
#define _TOOLS_SHIM_LINUX_STDDEF_H

#include_next <linux/stddef.h>
#include <stdbool.h>
#include <stddef.h>

#endif /* _TOOLS_SHIM_LINUX_STDDEF_H */
