/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _TOOLS_LEARNED_BLOB_WRITE_H
#define _TOOLS_LEARNED_BLOB_WRITE_H

#include <stddef.h>
#include <linux/types.h>
#include <linux/learned_infer.h>

/*
 * Serialise @m (which should be valid) into @buf in the blob format of
 * learned/blob.c.  Returns the blob size, or -1 if @cap is too small or
 * the kind is unknown.
 */
long blob_write(const struct learned_model *m, u8 *buf, size_t cap);

#endif /* _TOOLS_LEARNED_BLOB_WRITE_H */
