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
 *	sched   TS CPU EVENT VALUES... scheduler events (tools/schedtrace;
 *	                               events and values below)
 *
 * The cache kind has a binary form too, recognised by its magic (layout
 * in tools/cachesim/README.md): "CSTRACE1", u32 version, u32 nr_keys,
 * u64 nr_records, the key table, then records of u8 flags and LEB128
 * varints (seq delta, key index, page).  simtrace_cache_next() yields
 * the same records from either form; a binary defect is reported as
 * "NAME: byte offset N: reason".
 *
 * A trace without the header is read as the legacy format of the kind
 * the caller asks for (the same records), so the traces the kernel-side
 * converters in scripts/ wrote before the header existed still load.
 * (For the sched kind a file without the header is the kernel's ftrace
 * text, which schedtrace converts: "schedtrace convert".)
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
#define SIMTRACE_MAX_FIELDS	24	/* TS CPU EVENT + 18 values of a sched record */

/* The binary form of the cache kind */
#define SIMTRACE_BIN_MAGIC	"CSTRACE1"
#define SIMTRACE_BIN_VERSION	1u
#define SIMTRACE_BIN_HDR	24
#define SIMTRACE_MAX_RECORDS	(1ull << 31)	/* of a binary trace */

/* Flags of a cache record, text letters in brackets */
#define SIMTRACE_F_WRITE	0x01	/* [W] write (default read [R]) */
#define SIMTRACE_F_KHIT		0x02	/* [H] the kernel found the page cached */
#define SIMTRACE_F_KMISS	0x04	/* [M] the kernel missed */
#define SIMTRACE_F_RA		0x08	/* [A] readahead */
#define SIMTRACE_F_ALL		0x0f

#define SIMTRACE_KEY_PARTS	3

enum simtrace_kind {
	SIMTRACE_CACHE,
	SIMTRACE_BLOCK,
	SIMTRACE_SWAP,
	SIMTRACE_FILERA,
	SIMTRACE_SCHED,
	SIMTRACE_NR_KINDS
};

/*
 * The sched kind: "TS CPU EVENT VALUES...", TS the event's time in ns
 * (trace_clock=global), CPU the CPU that logged it, then the event's
 * values, signed decimals, in the order and ranges of
 * simtrace_sched_events[] (named after the tracepoint's fields):
 *
 *	capture         (none): a new capture starts; nothing is known of
 *	                the run queues (TS and CPU 0)
 *	learned_migrate the learned_sched_migrate decision: delta_ns ...
 *	                stock migrate
 *	learned_wake    the learned_sched_wake decision: pid this_load ...
 *	                stock affine
 *	wakeup          sched_wakeup or sched_wakeup_new: pid target_cpu
 *	migrate_task    sched_migrate_task: pid orig_cpu dest_cpu
 *	switch          sched_switch: prev_pid preempted next_pid, where
 *	                preempted is 1 if prev_state was R (still queued)
 */
#define SIMTRACE_SCHED_NR_CPUS		1024
#define SIMTRACE_SCHED_NR_PIDS		(1 << 22)	/* PID_MAX_LIMIT on 64-bit */
#define SIMTRACE_SCHED_MAX_VALUES	18

enum simtrace_sched_event {
	SIMTRACE_SCHED_CAPTURE,
	SIMTRACE_SCHED_LEARNED_MIGRATE,
	SIMTRACE_SCHED_LEARNED_WAKE,
	SIMTRACE_SCHED_WAKEUP,
	SIMTRACE_SCHED_MIGRATE_TASK,
	SIMTRACE_SCHED_SWITCH,
	SIMTRACE_SCHED_NR_EVENTS
};

struct simtrace_sched_value {
	const char *name;	/* the tracepoint's field */
	int64_t min, max;
};

struct simtrace_sched_event_desc {
	const char *name;	/* in the trace */
	unsigned int nv;
	const struct simtrace_sched_value *v;
};

extern const struct simtrace_sched_event_desc simtrace_sched_events[SIMTRACE_SCHED_NR_EVENTS];

/* A record of the sched kind */
struct simtrace_sched {
	uint64_t ts;
	uint32_t cpu;
	enum simtrace_sched_event ev;
	int64_t v[SIMTRACE_SCHED_MAX_VALUES];	/* [simtrace_sched_events[ev].nv] */
};

/* An object (file) key of a cache record: 1..3 unsigned parts */
struct simtrace_key {
	uint8_t nparts;
	uint64_t part[SIMTRACE_KEY_PARTS];
};

/* A record of the cache kind, from either form */
struct simtrace_cache {
	uint64_t seq;
	struct simtrace_key key;
	uint64_t page;
	uint8_t flags;		/* SIMTRACE_F_* */
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
	/* the binary form: the key table, records read, the last SEQ */
	bool bin;
	size_t at;		/* byte offset of the current record */
	uint32_t nkeys;
	struct simtrace_key *keys;	/* [nkeys], malloc'ed */
	uint64_t nrec, rec, seq;
};

/* "cache", "block", ...; NULL for an unknown kind */
const char *simtrace_kind_name(enum simtrace_kind kind);

/*
 * Start reading @buf[0..@len) as a trace of @kind, errors into @eb.
 * A cache trace that opens with SIMTRACE_BIN_MAGIC is read in the
 * binary form: its header and key table are checked here.  Returns 0,
 * or -1 with the message in @eb (a NUL byte in a text trace, a binary
 * header or key table defect).  simtrace_close() frees what it took.
 */
int simtrace_open(struct simtrace *r, const char *name, const char *buf,
		  size_t len, enum simtrace_kind kind, char *eb, size_t el);

/* The same, insisting on the binary form of the cache kind (bad magic). */
int simtrace_open_bin(struct simtrace *r, const char *name, const char *buf,
		      size_t len, char *eb, size_t el);

/* Whether @buf[0..@len) opens with the binary magic. */
bool simtrace_is_bin(const char *buf, size_t len);

void simtrace_close(struct simtrace *r);

/*
 * The next record of a cache trace, text or binary: SEQ, KEY, PAGE and
 * FLAGS checked (a binary trace's key table is r->keys[0..r->nkeys), in
 * its order).  Returns 1, 0 at the end, -1 with the message in r->eb.
 * Sequence numbers are the caller's to order.
 */
int simtrace_cache_next(struct simtrace *r, struct simtrace_cache *c);

/*
 * The kind a header names, if @buf[0..@len) opens with a well-formed
 * header of a known kind (after blanks and comments), SIMTRACE_CACHE if
 * it opens with the binary magic; else -1.  For readers that take
 * several kinds (cachesim: cache or block).
 */
int simtrace_peek_kind(const char *buf, size_t len);

/*
 * Advance to the next record and split its fields.  Returns 1 with the
 * record in r->nf, r->fs, r->fe; 0 at the end of the trace; -1 with the
 * message in r->eb (overlong line, bad header, wrong field count).
 */
int simtrace_next(struct simtrace *r);

/*
 * The next record of a sched trace: the event known, its value count,
 * every value in its range.  Returns 1, 0 at the end, -1 with the
 * message in r->eb.
 */
int simtrace_sched_next(struct simtrace *r, struct simtrace_sched *e);

/* Write @e as a record line (after simtrace_write_header(SIMTRACE_SCHED)). */
void simtrace_sched_write(FILE *f, const struct simtrace_sched *e);

/*
 * Whether the first line of @buf[0..@len) that is not blank or a
 * comment is a header ("simtrace ..."), well-formed or not.
 */
bool simtrace_has_header(const char *buf, size_t len);

/*
 * Field @i of the current record as an unsigned decimal in [@min, @max];
 * @what names the field in messages.  Returns 0, or -1 with a message.
 */
int simtrace_u64(struct simtrace *r, unsigned int i, const char *what,
		 uint64_t min, uint64_t max, uint64_t *out);

/* The same for a signed decimal ("-" and digits, or digits). */
int simtrace_s64(struct simtrace *r, unsigned int i, const char *what,
		 int64_t min, int64_t max, int64_t *out);

/* Strict unsigned decimal of exactly [s, e): 0, -1 junk, -2 overflow. */
int simtrace_parse_u64(const char *s, const char *e, uint64_t *out);

/* Strict signed decimal of exactly [s, e): 0, -1 junk, -2 overflow. */
int simtrace_parse_s64(const char *s, const char *e, int64_t *out);

/*
 * Format "NAME:LINE: ..." (binary: "NAME: byte offset N: ..." of the
 * current record) into r->eb; returns -1.
 */
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

/*
 * The binary writer: the header, @nkeys keys (SIMTRACE_KEY_PARTS parts at
 * most), then @nrec records, each with its SEQ delta from the previous
 * record (the first from 0) and its key's index.
 */
void simtrace_bin_write_header(FILE *f, uint32_t nkeys, uint64_t nrec);
void simtrace_bin_write_key(FILE *f, const struct simtrace_key *k);
void simtrace_bin_write_record(FILE *f, uint8_t flags, uint64_t dseq,
			       uint32_t key, uint64_t page);

#endif /* _TOOLS_SIMTRACE_H */
