/* SPDX-License-Identifier: GPL-2.0 */
/* Userspace shim (tools/index): <linux/string.h> is libc's. */
#ifndef _TOOLS_INDEX_SHIM_LINUX_STRING_H
#define _TOOLS_INDEX_SHIM_LINUX_STRING_H

#include <string.h>

#endif /* _TOOLS_INDEX_SHIM_LINUX_STRING_H */
