// SPDX-License-Identifier: GPL-2.0
/*
 * cachesim: traces in memory, read through tools/lib/simtrace (text,
 * binary and block forms; formats in README.md), and their writers.
 * Every defect is reported as "file:line: reason" (text, block) or
 * "file: byte offset N: reason" (binary), and nothing is skipped silently.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cachesim.h"
#include "simtrace.h"

#define BLOCK_MAX_PAGES	65536	/* one block request may span at most 256 MiB of 4 KiB pages */

void trace_init(struct cs_trace *t)
{
	memset(t, 0, sizeof(*t));
}

void trace_free(struct cs_trace *t)
{
	free(t->id);
	free(t->seq);
	free(t->flags);
	free(t->id_obj);
	free(t->id_page);
	free(t->objs);
	free(t->ph_vals);
	free(t->oh_vals);
	trace_init(t);
}

static u64 key_hash(const struct simtrace_key *k)
{
	u64 h = k->nparts;
	int i;

	for (i = 0; i < k->nparts; i++)
		h = hash64(h ^ k->part[i]) + (u64)i;
	return h;
}

static bool key_eq(const struct simtrace_key *a, const struct simtrace_key *b)
{
	int i;

	if (a->nparts != b->nparts)
		return false;
	for (i = 0; i < a->nparts; i++)
		if (a->part[i] != b->part[i])
			return false;
	return true;
}

static u64 page_hash(u32 obj, u64 page)
{
	return hash64(page ^ hash64(obj));
}

static void oh_grow(struct cs_trace *t)
{
	size_t ncap = t->oh_cap ? t->oh_cap * 2 : 1024, i;
	u32 *nv = xmalloc(ncap * sizeof(*nv));

	memset(nv, 0xff, ncap * sizeof(*nv));
	for (i = 0; i < t->nr_objs; i++) {
		size_t j = key_hash(&t->objs[i]) & (ncap - 1);

		while (nv[j] != NIL)
			j = (j + 1) & (ncap - 1);
		nv[j] = (u32)i;
	}
	free(t->oh_vals);
	t->oh_vals = nv;
	t->oh_cap = ncap;
}

static void ph_grow(struct cs_trace *t)
{
	size_t ncap = t->ph_cap ? t->ph_cap * 2 : 4096, i;
	u32 *nv = xmalloc(ncap * sizeof(*nv));

	memset(nv, 0xff, ncap * sizeof(*nv));
	for (i = 0; i < t->nr_ids; i++) {
		size_t j = page_hash(t->id_obj[i], t->id_page[i]) & (ncap - 1);

		while (nv[j] != NIL)
			j = (j + 1) & (ncap - 1);
		nv[j] = (u32)i;
	}
	free(t->ph_vals);
	t->ph_vals = nv;
	t->ph_cap = ncap;
}

/* Intern an object key; returns its dense id. */
static u32 obj_intern(struct cs_trace *t, const struct simtrace_key *k, bool *is_new)
{
	size_t j;

	if ((t->nr_objs + 1) * 2 > t->oh_cap)
		oh_grow(t);
	for (j = key_hash(k) & (t->oh_cap - 1); t->oh_vals[j] != NIL; j = (j + 1) & (t->oh_cap - 1))
		if (key_eq(&t->objs[t->oh_vals[j]], k)) {
			*is_new = false;
			return t->oh_vals[j];
		}
	if (t->nr_objs == t->objs_cap) {
		t->objs_cap = t->objs_cap ? t->objs_cap * 2 : 64;
		t->objs = xrealloc(t->objs, t->objs_cap * sizeof(*t->objs));
	}
	t->objs[t->nr_objs] = *k;
	t->oh_vals[j] = (u32)t->nr_objs;
	*is_new = true;
	return (u32)t->nr_objs++;
}

static u32 page_intern(struct cs_trace *t, u32 obj, u64 page)
{
	size_t j;

	if ((t->nr_ids + 1) * 2 > t->ph_cap)
		ph_grow(t);
	for (j = page_hash(obj, page) & (t->ph_cap - 1); t->ph_vals[j] != NIL;
	     j = (j + 1) & (t->ph_cap - 1)) {
		u32 id = t->ph_vals[j];

		if (t->id_obj[id] == obj && t->id_page[id] == page)
			return id;
	}
	if (t->nr_ids == t->ids_cap) {
		t->ids_cap = t->ids_cap ? t->ids_cap * 2 : 4096;
		t->id_obj = xrealloc(t->id_obj, t->ids_cap * sizeof(*t->id_obj));
		t->id_page = xrealloc(t->id_page, t->ids_cap * sizeof(*t->id_page));
	}
	t->id_obj[t->nr_ids] = obj;
	t->id_page[t->nr_ids] = page;
	t->ph_vals[j] = (u32)t->nr_ids;
	return (u32)t->nr_ids++;
}

static int trace_add_obj(struct cs_trace *t, u64 seq, u32 obj, u64 page, u8 flags,
			 const char **why)
{
	if (t->n >= CS_MAX_RECORDS) {
		*why = "too many records (limit 2^31)";
		return -1;
	}
	if (t->n && seq < t->seq[t->n - 1]) {
		*why = "sequence number decreases";
		return -1;
	}
	if (t->n == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 65536;
		t->id = xrealloc(t->id, t->cap * sizeof(*t->id));
		t->seq = xrealloc(t->seq, t->cap * sizeof(*t->seq));
		t->flags = xrealloc(t->flags, t->cap * sizeof(*t->flags));
	}
	t->id[t->n] = page_intern(t, obj, page);
	t->seq[t->n] = seq;
	t->flags[t->n] = flags;
	t->n++;
	return 0;
}

int trace_add(struct cs_trace *t, u64 seq, const struct simtrace_key *k, u64 page, u8 flags,
	      const char **why)
{
	bool is_new;

	if (t->n && seq < t->seq[t->n - 1]) {
		*why = "sequence number decreases";
		return -1;
	}
	return trace_add_obj(t, seq, obj_intern(t, k, &is_new), page, flags, why);
}

static int errf(char *eb, size_t el, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static int errf(char *eb, size_t el, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(eb, el, fmt, ap);
	va_end(ap);
	return -1;
}

/* The record of @r is bad: "NAME:LINE: WHAT 'FIELD' reason". */
static int field_err(struct simtrace *r, unsigned int i, const char *what, const char *why)
{
	return simtrace_err(r, "%s '%.*s'%s%s", what,
			    (int)(r->fe[i] - r->fs[i] > 40 ? 40 : r->fe[i] - r->fs[i]), r->fs[i],
			    *why == ' ' ? "" : ": ", why);
}

/*
 * The records of an open cache trace, text or binary (the library checks
 * the fields; a binary trace's key table is interned first, in its order,
 * so object ids are key indices).
 */
static int parse_cache(struct cs_trace *t, struct simtrace *r)
{
	struct simtrace_cache c;
	const char *why;
	bool is_new;
	u32 i;
	int ret;

	for (i = 0; i < r->nkeys; i++)
		obj_intern(t, &r->keys[i], &is_new);
	while ((ret = simtrace_cache_next(r, &c)) == 1)
		if (trace_add(t, c.seq, &c.key, c.page, c.flags, &why)) {
			ret = simtrace_err(r, "%s", why);
			break;
		}
	simtrace_close(r);
	if (ret < 0)
		return -1;
	if (!t->n)
		return errf(r->eb, r->el, "%s: no records", r->name);
	return 0;
}

/* Text: "SEQ KEY PAGE [FLAGS]" records of a simtrace "cache" trace. */
int trace_parse_text(struct cs_trace *t, const char *name, const char *buf, size_t len,
		     char *eb, size_t el)
{
	struct simtrace r;

	if (simtrace_open(&r, name, buf, len, SIMTRACE_CACHE, eb, el))
		return -1;
	return parse_cache(t, &r);
}

/* Binary: the same records, the magic required. */
int trace_parse_bin(struct cs_trace *t, const char *name, const u8 *buf, size_t len,
		    char *eb, size_t el)
{
	struct simtrace r;

	if (simtrace_open_bin(&r, name, (const char *)buf, len, eb, el))
		return -1;
	return parse_cache(t, &r);
}

/* Block: "OFFSET,SIZE[,R|W]" records of a simtrace "block" trace. */
int trace_parse_block(struct cs_trace *t, const char *name, const char *buf, size_t len,
		      u64 ps, char *eb, size_t el)
{
	struct simtrace_key k = { .nparts = 1 };
	struct simtrace r;
	u32 obj;
	bool is_new;
	int ret;

	if (simtrace_open(&r, name, buf, len, SIMTRACE_BLOCK, eb, el))
		return -1;
	obj = obj_intern(t, &k, &is_new);
	while ((ret = simtrace_next(&r)) == 1) {
		u64 off, size, first, last, p;
		const char *why;
		u8 flags = 0;

		if (simtrace_u64(&r, 0, "OFFSET", 0, UINT64_MAX, &off) ||
		    simtrace_u64(&r, 1, "SIZE", 0, UINT64_MAX, &size))
			return -1;
		if (!size)
			return simtrace_err(&r, "SIZE is 0");
		if (off > UINT64_MAX - (size - 1))
			return simtrace_err(&r, "OFFSET + SIZE exceeds 2^64");
		if (r.nf == 3) {
			if (r.fe[2] - r.fs[2] == 1 && (*r.fs[2] == 'R' || *r.fs[2] == 'r'))
				flags = 0;
			else if (r.fe[2] - r.fs[2] == 1 && (*r.fs[2] == 'W' || *r.fs[2] == 'w'))
				flags = CS_F_WRITE;
			else
				return field_err(&r, 2, "operation", " is not R or W");
		}
		first = off / ps;
		last = (off + (size - 1)) / ps;
		if (last - first >= BLOCK_MAX_PAGES)
			return simtrace_err(&r, "request spans %llu pages (limit %d)",
					    (unsigned long long)(last - first + 1), BLOCK_MAX_PAGES);
		for (p = first; p <= last; p++)
			if (trace_add_obj(t, (u64)r.line, obj, p, flags, &why))
				return simtrace_err(&r, "%s", why);
	}
	if (ret < 0)
		return -1;
	if (!t->n)
		return errf(eb, el, "%s: no records", name);
	return 0;
}


int trace_write_bin(const struct cs_trace *t, FILE *f)
{
	size_t i;
	u64 prev = 0;

	simtrace_bin_write_header(f, (u32)t->nr_objs, t->n);
	for (i = 0; i < t->nr_objs; i++)
		simtrace_bin_write_key(f, &t->objs[i]);
	for (i = 0; i < t->n; i++) {
		u32 id = t->id[i];

		simtrace_bin_write_record(f, t->flags[i], t->seq[i] - prev, t->id_obj[id],
					  t->id_page[id]);
		prev = t->seq[i];
	}
	return ferror(f) ? -1 : 0;
}

void key_format(const struct simtrace_key *k, char *buf, size_t len)
{
	int i, o = 0;

	buf[0] = 0;
	for (i = 0; i < k->nparts && (size_t)o < len; i++)
		o += snprintf(buf + o, len - (size_t)o, i ? ":%llu" : "%llu",
			      (unsigned long long)k->part[i]);
}

void flags_format(u8 f, char *b)
{
	int n = 0;

	b[n++] = (f & CS_F_WRITE) ? 'W' : 'R';
	if (f & CS_F_KHIT)
		b[n++] = 'H';
	if (f & CS_F_KMISS)
		b[n++] = 'M';
	if (f & CS_F_RA)
		b[n++] = 'A';
	b[n] = 0;
}

int trace_write_text(const struct cs_trace *t, FILE *f)
{
	char kb[80], fb[8];
	size_t i;
	u32 last_obj = NIL;

	simtrace_write_header(f, SIMTRACE_CACHE);
	fprintf(f, "# SEQ KEY PAGE FLAGS\n");
	for (i = 0; i < t->n; i++) {
		u32 id = t->id[i];

		if (t->id_obj[id] != last_obj) {
			last_obj = t->id_obj[id];
			key_format(&t->objs[last_obj], kb, sizeof(kb));
		}
		flags_format(t->flags[i], fb);
		fprintf(f, "%llu %s %llu %s\n", (unsigned long long)t->seq[i], kb,
			(unsigned long long)t->id_page[id], fb);
	}
	return ferror(f) ? -1 : 0;
}

int trace_load(struct cs_trace *t, const char *path, enum cs_format fmt, u64 page_size,
	       char *eb, size_t el)
{
	size_t len;
	char *buf;
	int r;

	if (simtrace_read_file(path, &buf, &len, eb, el))
		return -1;
	if (fmt == CS_FMT_AUTO && simtrace_is_bin(buf, len))
		fmt = CS_FMT_BIN;
	else if (fmt == CS_FMT_AUTO)	/* a text trace: its header may say block */
		fmt = simtrace_peek_kind(buf, len) == SIMTRACE_BLOCK ? CS_FMT_BLOCK : CS_FMT_TEXT;
	trace_init(t);
	if (fmt == CS_FMT_BIN)
		r = trace_parse_bin(t, path, (const u8 *)buf, len, eb, el);
	else if (fmt == CS_FMT_BLOCK)
		r = trace_parse_block(t, path, buf, len, page_size, eb, el);
	else
		r = trace_parse_text(t, path, buf, len, eb, el);
	free(buf);
	if (r)
		trace_free(t);
	return r;
}
