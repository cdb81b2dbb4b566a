/* SPDX-License-Identifier: GPL-2.0 */
/*
 * simtrace: the one trace format and reader of the simulators.
 *
 * A trace is text, one record a line.  Its first line that is not blank
 * or a comment is the header
 *
 *	simtrace 1 KIND
 *
 * naming the format version and the stream kind; every further line is a
 * record of that kind, fields separated by blanks ('#' starts a comment,
 * a trailing '\r' is ignored):
 *
 *	cache   SEQ KEY PAGE [FLAGS]   page-cache lookups (tools/cachesim)
 *	block   OFFSET,SIZE[,R|W]      block requests in bytes (cachesim,
 *	                               commas or blanks between fields)
 *	swap    PAGE                   anonymous page accesses of one VMA
 *	                               (tools/swapsim)
 *	filera  INDEX NPAGES           read requests on one file
 *	                               (tools/filerasim)
 *
 * A trace without the header is read as the legacy format of the kind
 * the caller asks for (the same records), so the traces the kernel-side
 * converters in scripts/ wrote before the header existed still load.
 * The reader checks the framing (NUL bytes, line length, header, field
 * count) and parses numbers; the caller checks what the fields mean.
 * Every error is one message "NAME:LINE: reason" (or "NAME: byte offset
 * N: reason" for a NUL byte) in the caller's buffer, and the reader
 * never reads outside the buffer it was given.
 */
#ifndef _TOOLS_SIMTRACE_H
#define _TOOLS_SIMTRACE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define SIMTRACE_VERSION	1
#define SIMTRACE_MAX_LINE	4096
#define SIMTRACE_MAX_FIELDS	4

enum simtrace_kind {
	SIMTRACE_CACHE,
	SIMTRACE_BLOCK,
	SIMTRACE_SWAP,
	SIMTRACE_FILERA,
	SIMTRACE_NR_KINDS
};

struct simtrace {
	const char *name;	/* for messages */
	const char *buf;
	size_t len, pos;
	size_t line;		/* of the current record, 1-based */
	enum simtrace_kind kind;
	bool started;		/* a line was read */
	bool header;		/* the trace had a header line */
	/* the fields of the current record: [fs[i], fe[i]) */
	unsigned int nf;
	const char *fs[SIMTRACE_MAX_FIELDS], *fe[SIMTRACE_MAX_FIELDS];
	char *eb;
	size_t el;
};

/* "cache", "block", ...; NULL for an unknown kind */
const char *simtrace_kind_name(enum simtrace_kind kind);

/*
 * Start reading @buf[0..@len) as a trace of @kind, errors into @eb.
 * Returns 0, or -1 with the message in @eb (a NUL byte).
 */
int simtrace_open(struct simtrace *r, const char *name, const char *buf,
		  size_t len, enum simtrace_kind kind, char *eb, size_t el);

/*
 * The kind a header names, if @buf[0..@len) opens with a well-formed
 * header of a known kind (after blanks and comments); else -1.  For
 * readers that take several kinds (cachesim: cache or block).
 */
int simtrace_peek_kind(const char *buf, size_t len);

/*
 * Advance to the next record and split its fields.  Returns 1 with the
 * record in r->nf, r->fs, r->fe; 0 at the end of the trace; -1 with the
 * message in r->eb (overlong line, bad header, wrong field count).
 */
int simtrace_next(struct simtrace *r);

/*
 * Field @i of the current record as an unsigned decimal in [@min, @max];
 * @what names the field in messages.  Returns 0, or -1 with a message.
 */
int simtrace_u64(struct simtrace *r, unsigned int i, const char *what,
		 uint64_t min, uint64_t max, uint64_t *out);

/* Strict unsigned decimal of exactly [s, e): 0, -1 junk, -2 overflow. */
int simtrace_parse_u64(const char *s, const char *e, uint64_t *out);

/* Format "NAME:LINE: ..." into r->eb; returns -1. */
int simtrace_err(struct simtrace *r, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/*
 * Read the whole file @path ("-": stdin) into a malloc'ed *@buf.
 * Returns 0, or -1 with "PATH: reason" in @eb.
 */
int simtrace_read_file(const char *path, char **buf, size_t *len,
		       char *eb, size_t el);

/* Write the header line of @kind. */
void simtrace_write_header(FILE *f, enum simtrace_kind kind);

#endif /* _TOOLS_SIMTRACE_H */
