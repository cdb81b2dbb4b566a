/* SPDX-License-Identifier: GPL-2.0 */
/* Userspace shim: learned_reclaim.h uses static keys only in the kernel. */
#ifndef _TOOLS_SHIM_LINUX_JUMP_LABEL_H
#define _TOOLS_SHIM_LINUX_JUMP_LABEL_H
#endif
