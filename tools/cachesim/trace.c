// SPDX-License-Identifier: GPL-2.0
/*
 * cachesim: trace readers and writers.  Formats are specified in README.md.
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
#define BIN_MAGIC	"CSTRACE1"
#define BIN_VERSION	1u
#define BIN_HDR		24

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

static u64 key_hash(const struct cs_key *k)
{
	u64 h = k->nparts;
	int i;

	for (i = 0; i < k->nparts; i++)
		h = hash64(h ^ k->part[i]) + (u64)i;
	return h;
}

static bool key_eq(const struct cs_key *a, const struct cs_key *b)
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
static u32 obj_intern(struct cs_trace *t, const struct cs_key *k, bool *is_new)
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

int trace_add(struct cs_trace *t, u64 seq, const struct cs_key *k, u64 page, u8 flags,
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

static int parse_flags(const char *s, const char *e, u8 *out, const char **why)
{
	u8 f = 0, seen = 0;

	*out = 0;
	if (e - s == 1 && *s == '-')
		return 0;
	for (; s < e; s++) {
		u8 bit;

		switch (*s) {
		case 'R': bit = 0x10; break;
		case 'W': bit = CS_F_WRITE; break;
		case 'H': bit = CS_F_KHIT; break;
		case 'M': bit = CS_F_KMISS; break;
		case 'A': bit = CS_F_RA; break;
		default:
			*why = "bad flag letter (want R W H M A or -)";
			return -1;
		}
		if (seen & bit) {
			*why = "repeated flag letter";
			return -1;
		}
		seen |= bit;
		f |= bit & CS_F_ALL;
	}
	if ((seen & 0x10) && (seen & CS_F_WRITE)) {
		*why = "flags R and W exclude each other";
		return -1;
	}
	if ((f & CS_F_KHIT) && (f & CS_F_KMISS)) {
		*why = "flags H and M exclude each other";
		return -1;
	}
	*out = f;
	return 0;
}

static int parse_key(const char *s, const char *e, struct cs_key *k, const char **why)
{
	const char *p = s;

	memset(k, 0, sizeof(*k));
	for (;;) {
		const char *c = memchr(p, ':', (size_t)(e - p));
		const char *ce = c ? c : e;
		int r;

		if (k->nparts == CS_KEY_PARTS) {
			*why = "key has more than 3 ':'-separated parts";
			return -1;
		}
		r = simtrace_parse_u64(p, ce, &k->part[k->nparts]);
		if (r) {
			*why = r == -2 ? "key part exceeds 2^64-1" :
			       "key part is not an unsigned decimal (want N[:N[:N]])";
			return -1;
		}
		k->nparts++;
		if (!c)
			return 0;
		p = c + 1;
	}
}

/* The record of @r is bad: "NAME:LINE: WHAT 'FIELD' reason". */
static int field_err(struct simtrace *r, unsigned int i, const char *what, const char *why)
{
	return simtrace_err(r, "%s '%.*s'%s%s", what,
			    (int)(r->fe[i] - r->fs[i] > 40 ? 40 : r->fe[i] - r->fs[i]), r->fs[i],
			    *why == ' ' ? "" : ": ", why);
}

/* Text: "SEQ KEY PAGE [FLAGS]" records of a simtrace "cache" trace. */
int trace_parse_text(struct cs_trace *t, const char *name, const char *buf, size_t len,
		     char *eb, size_t el)
{
	struct simtrace r;
	int ret;

	if (simtrace_open(&r, name, buf, len, SIMTRACE_CACHE, eb, el))
		return -1;
	while ((ret = simtrace_next(&r)) == 1) {
		const char *why;
		struct cs_key k;
		u64 seq, page;
		u8 flags = 0;

		if (simtrace_u64(&r, 0, "SEQ", 0, UINT64_MAX, &seq))
			return -1;
		if (parse_key(r.fs[1], r.fe[1], &k, &why))
			return field_err(&r, 1, "KEY", why);
		if (simtrace_u64(&r, 2, "PAGE", 0, UINT64_MAX, &page))
			return -1;
		if (r.nf == 4 && parse_flags(r.fs[3], r.fe[3], &flags, &why))
			return field_err(&r, 3, "FLAGS", why);
		if (trace_add(t, seq, &k, page, flags, &why))
			return simtrace_err(&r, "%s", why);
	}
	if (ret < 0)
		return -1;
	if (!t->n)
		return errf(eb, el, "%s: no records", name);
	return 0;
}

/* Block: "OFFSET,SIZE[,R|W]" records of a simtrace "block" trace. */
int trace_parse_block(struct cs_trace *t, const char *name, const char *buf, size_t len,
		      u64 ps, char *eb, size_t el)
{
	struct cs_key k = { .nparts = 1 };
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


/* ---- binary ------------------------------------------------------------ */

static void put_varint(FILE *f, u64 v)
{
	while (v >= 0x80) {
		fputc((int)(v & 0x7f) | 0x80, f);
		v >>= 7;
	}
	fputc((int)v, f);
}

static int get_varint(const u8 *buf, size_t len, size_t *pos, u64 *out, const char **why)
{
	u64 v = 0;
	int shift = 0;

	for (;;) {
		u8 b;

		if (*pos >= len) {
			*why = "truncated varint";
			return -1;
		}
		b = buf[(*pos)++];
		if (shift == 63 && (b & 0x7e)) {
			*why = "varint exceeds 64 bits";
			return -1;
		}
		v |= (u64)(b & 0x7f) << shift;
		if (!(b & 0x80))
			break;
		shift += 7;
		if (shift > 63) {
			*why = "varint longer than 10 bytes";
			return -1;
		}
	}
	*out = v;
	return 0;
}

static u32 rd32(const u8 *p)
{
	return (u32)p[0] | (u32)p[1] << 8 | (u32)p[2] << 16 | (u32)p[3] << 24;
}

static u64 rd64(const u8 *p)
{
	return (u64)rd32(p) | (u64)rd32(p + 4) << 32;
}

static void wr32(FILE *f, u32 v)
{
	int i;

	for (i = 0; i < 4; i++)
		fputc((int)(v >> (8 * i)) & 0xff, f);
}

int trace_parse_bin(struct cs_trace *t, const char *name, const u8 *buf, size_t len,
		    char *eb, size_t el)
{
	size_t pos = BIN_HDR, rec_at;
	u32 ver, nkeys, i;
	u64 nrec, r, seq = 0;
	const char *why;

	if (len < BIN_HDR)
		return errf(eb, el, "%s: byte offset %zu: truncated header (%d bytes needed)", name,
			    len, BIN_HDR);
	if (memcmp(buf, BIN_MAGIC, 8))
		return errf(eb, el, "%s: byte offset 0: bad magic (want %s)", name, BIN_MAGIC);
	ver = rd32(buf + 8);
	if (ver != BIN_VERSION)
		return errf(eb, el, "%s: byte offset 8: unsupported version %u (want %u)", name, ver,
			    BIN_VERSION);
	nkeys = rd32(buf + 12);
	nrec = rd64(buf + 16);
	if (!nkeys)
		return errf(eb, el, "%s: byte offset 12: no keys", name);
	if (!nrec || nrec > CS_MAX_RECORDS)
		return errf(eb, el, "%s: byte offset 16: record count %llu out of range 1..2^31",
			    name, (unsigned long long)nrec);
	if (nkeys > nrec)
		return errf(eb, el, "%s: byte offset 12: %u keys but only %llu records", name,
			    nkeys, (unsigned long long)nrec);
	for (i = 0; i < nkeys; i++) {
		struct cs_key k = { 0 };
		size_t at = pos;
		bool is_new;
		int j;

		if (pos >= len)
			return errf(eb, el, "%s: byte offset %zu: truncated key table (key %u)", name,
				    pos, i);
		k.nparts = buf[pos++];
		if (k.nparts < 1 || k.nparts > CS_KEY_PARTS)
			return errf(eb, el, "%s: byte offset %zu: key %u has %u parts (want 1..3)",
				    name, at, i, k.nparts);
		for (j = 0; j < k.nparts; j++) {
			size_t vat = pos;

			if (get_varint(buf, len, &pos, &k.part[j], &why))
				return errf(eb, el, "%s: byte offset %zu: key %u: %s", name, vat, i,
					    why);
		}
		obj_intern(t, &k, &is_new);
		if (!is_new)
			return errf(eb, el, "%s: byte offset %zu: key %u duplicates an earlier key",
				    name, at, i);
	}
	for (r = 0; r < nrec; r++) {
		u64 d, obj, page;
		u8 fl;

		rec_at = pos;
		if (pos >= len)
			return errf(eb, el, "%s: byte offset %zu: truncated: record %llu of %llu missing",
				    name, pos, (unsigned long long)r, (unsigned long long)nrec);
		fl = buf[pos++];
		if (fl & ~CS_F_ALL)
			return errf(eb, el, "%s: byte offset %zu: record %llu: unknown flag bits 0x%02x",
				    name, rec_at, (unsigned long long)r, fl & ~CS_F_ALL);
		if ((fl & CS_F_KHIT) && (fl & CS_F_KMISS))
			return errf(eb, el, "%s: byte offset %zu: record %llu: flags H and M exclude each other",
				    name, rec_at, (unsigned long long)r);
		if (get_varint(buf, len, &pos, &d, &why) ||
		    get_varint(buf, len, &pos, &obj, &why) ||
		    get_varint(buf, len, &pos, &page, &why))
			return errf(eb, el, "%s: byte offset %zu: record %llu: %s", name, pos,
				    (unsigned long long)r, why);
		if (d > UINT64_MAX - seq)
			return errf(eb, el, "%s: byte offset %zu: record %llu: sequence number overflows",
				    name, rec_at, (unsigned long long)r);
		if (obj >= nkeys)
			return errf(eb, el, "%s: byte offset %zu: record %llu: key index %llu >= %u keys",
				    name, rec_at, (unsigned long long)r, (unsigned long long)obj,
				    nkeys);
		seq += d;
		if (trace_add_obj(t, seq, (u32)obj, page, fl, &why))
			return errf(eb, el, "%s: byte offset %zu: %s", name, rec_at, why);
	}
	if (pos != len)
		return errf(eb, el, "%s: byte offset %zu: %zu trailing bytes after the last record",
			    name, pos, len - pos);
	return 0;
}

int trace_write_bin(const struct cs_trace *t, FILE *f)
{
	size_t i;
	u64 prev = 0;
	int j;

	fwrite(BIN_MAGIC, 1, 8, f);
	wr32(f, BIN_VERSION);
	wr32(f, (u32)t->nr_objs);
	wr32(f, (u32)t->n);
	wr32(f, (u32)((u64)t->n >> 32));
	for (i = 0; i < t->nr_objs; i++) {
		fputc(t->objs[i].nparts, f);
		for (j = 0; j < t->objs[i].nparts; j++)
			put_varint(f, t->objs[i].part[j]);
	}
	for (i = 0; i < t->n; i++) {
		u32 id = t->id[i];

		fputc(t->flags[i], f);
		put_varint(f, t->seq[i] - prev);
		put_varint(f, t->id_obj[id]);
		put_varint(f, t->id_page[id]);
		prev = t->seq[i];
	}
	return ferror(f) ? -1 : 0;
}

void key_format(const struct cs_key *k, char *buf, size_t len)
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
	if (fmt == CS_FMT_AUTO && len >= 8 && !memcmp(buf, BIN_MAGIC, 8))
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
