/* SPDX-License-Identifier: GPL-2.0 */
/* Internal interfaces of the learned core. */
#ifndef _LEARNED_LEARNED_H
#define _LEARNED_LEARNED_H

struct learned_hook;

int learned_hook_sysfs_add(struct learned_hook *hook);

#endif /* _LEARNED_LEARNED_H */
