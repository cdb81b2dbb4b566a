/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _TOOLS_LEARNED_BLOB_WRITE_H
#define _TOOLS_LEARNED_BLOB_WRITE_H

#include <stdbool.h>
#include <stddef.h>
#include <linux/types.h>
#include <linux/learned_infer.h>

/*
 * Serialise @m (which should be valid) into @buf in the blob format of
 * learned/blob.c.  Returns the blob size, or -1 if @cap is too small or
 * the kind is unknown.
 */
long blob_write(const struct learned_model *m, u8 *buf, size_t cap);

/*
 * Names a model package may carry, checked as learned_package_parse()
 * checks them: a hook or policy name is [a-z0-9_]+ of at most
 * LEARNED_PKG_ID_MAX - 1 characters, a model name is printable ASCII of at
 * most LEARNED_PKG_NAME_MAX - 1.  Return NULL if @s is fine, otherwise why
 * not ("empty", "too long", ...).
 */
const char *package_ident_problem(const char *s);
const char *package_name_problem(const char *s);

/*
 * Serialise @m as a model package (the "model package format" of
 * learned/blob.c): the 80-byte header naming @hook, @policy, @feature_set
 * and the model @name, then the blob of blob_write(), checksummed.
 * Returns the package size, or -1 if a name is bad, @cap is too small, the
 * blob is larger than LEARNED_BLOB_MAX_SIZE or the kind is unknown.
 * learned_package_parse() wants @buf 8-byte aligned.
 */
long package_write(const struct learned_model *m, u32 feature_set,
		   const char *hook, const char *policy, const char *name,
		   u8 *buf, size_t cap);

/*
 * Store learned_package_checksum() of the @len-byte package @pkg in its
 * checksum field, e.g. after editing a header field on purpose.
 */
void package_seal(u8 *pkg, size_t len);

/* byte offsets of the package header fields */
#define PKG_OFF_MAGIC		0
#define PKG_OFF_VERSION		4
#define PKG_OFF_HDR_SIZE	6
#define PKG_OFF_SIZE		8
#define PKG_OFF_FEATURE_SET	12
#define PKG_OFF_CHECKSUM	16
#define PKG_OFF_HOOK		24
#define PKG_OFF_POLICY		40
#define PKG_OFF_NAME		56

#endif /* _TOOLS_LEARNED_BLOB_WRITE_H */
