// SPDX-License-Identifier: GPL-2.0
/* simtrace: the one trace reader of the simulators (format: simtrace.h). */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "simtrace.h"

static const struct {
	const char *name;
	unsigned int min, max;	/* fields of a record */
	bool comma;		/* commas separate fields too */
	const char *want;	/* for messages */
} kinds[SIMTRACE_NR_KINDS] = {
	[SIMTRACE_CACHE] = { "cache", 3, 4, false, "3 or 4 fields (SEQ KEY PAGE [FLAGS])" },
	[SIMTRACE_BLOCK] = { "block", 2, 3, true, "OFFSET,SIZE[,R|W]" },
	[SIMTRACE_SWAP] = { "swap", 1, 1, false, "1 field (PAGE)" },
	[SIMTRACE_FILERA] = { "filera", 2, 2, false, "2 fields (INDEX NPAGES)" },
	[SIMTRACE_SCHED] = { "sched", 3, SIMTRACE_MAX_FIELDS, false, "TS CPU EVENT VALUES..." },
};

#define U32	((int64_t)UINT32_MAX)
#define PID	{ "pid", 0, SIMTRACE_SCHED_NR_PIDS - 1 }
#define CPU(n)	{ n, 0, SIMTRACE_SCHED_NR_CPUS - 1 }
#define BOOL(n)	{ n, 0, 1 }

static const struct simtrace_sched_value migrate_v[] = {
	{ "delta_ns", INT64_MIN, INT64_MAX }, { "migration_cost", 0, U32 },
	{ "task_load", 0, U32 }, { "nr_balance_failed", 0, U32 },
	{ "cache_nice_tries", 0, U32 }, { "src_nr_running", 0, U32 },
	{ "dst_nr_running", 0, U32 }, { "src_cpu", 0, U32 }, { "dst_cpu", 0, U32 },
	{ "idle", 0, 2 }, BOOL("buddy"), BOOL("exempt"), BOOL("stock"), BOOL("migrate"),
};

static const struct simtrace_sched_value wake_v[] = {
	PID, { "this_load", 0, U32 }, { "prev_load", 0, U32 }, { "task_load", 0, U32 },
	{ "cur_load", 0, U32 }, { "this_cap", 0, 1024 }, { "prev_cap", 0, 1024 },
	{ "this_nr_running", 0, U32 }, { "prev_nr_running", 0, U32 },
	{ "this_cpu", 0, U32 }, { "prev_cpu", 0, U32 }, { "imbalance_pct", 100, 1000 },
	BOOL("sync"), BOOL("this_idle"), BOOL("prev_idle"), BOOL("share_cache"),
	BOOL("stock"), BOOL("affine"),
};

static const struct simtrace_sched_value wakeup_v[] = { PID, CPU("target_cpu") };
static const struct simtrace_sched_value migrate_task_v[] = {
	PID, CPU("orig_cpu"), CPU("dest_cpu"),
};
static const struct simtrace_sched_value switch_v[] = {
	{ "prev_pid", 0, SIMTRACE_SCHED_NR_PIDS - 1 }, BOOL("preempted"),
	{ "next_pid", 0, SIMTRACE_SCHED_NR_PIDS - 1 },
};

#define EV(e, n, v) [e] = { n, sizeof(v) / sizeof(v[0]), v }
const struct simtrace_sched_event_desc simtrace_sched_events[SIMTRACE_SCHED_NR_EVENTS] = {
	[SIMTRACE_SCHED_CAPTURE] = { "capture", 0, NULL },
	EV(SIMTRACE_SCHED_LEARNED_MIGRATE, "learned_migrate", migrate_v),
	EV(SIMTRACE_SCHED_LEARNED_WAKE, "learned_wake", wake_v),
	EV(SIMTRACE_SCHED_WAKEUP, "wakeup", wakeup_v),
	EV(SIMTRACE_SCHED_MIGRATE_TASK, "migrate_task", migrate_task_v),
	EV(SIMTRACE_SCHED_SWITCH, "switch", switch_v),
};

_Static_assert(sizeof(wake_v) / sizeof(wake_v[0]) == SIMTRACE_SCHED_MAX_VALUES,
	       "the longest sched record");
_Static_assert(3 + SIMTRACE_SCHED_MAX_VALUES <= SIMTRACE_MAX_FIELDS,
	       "a sched record fits the reader");

const char *simtrace_kind_name(enum simtrace_kind kind)
{
	return (unsigned int)kind < SIMTRACE_NR_KINDS ? kinds[kind].name : NULL;
}

static int verr(char *eb, size_t el, const char *fmt, va_list ap)
{
	if (el)
		vsnprintf(eb, el, fmt, ap);
	return -1;
}

static int err(char *eb, size_t el, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static int err(char *eb, size_t el, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	verr(eb, el, fmt, ap);
	va_end(ap);
	return -1;
}

int simtrace_err(struct simtrace *r, const char *fmt, ...)
{
	size_t n;
	va_list ap;

	if (!r->el)
		return -1;
	if (r->bin)
		n = (size_t)snprintf(r->eb, r->el, "%s: byte offset %zu: ", r->name, r->at);
	else
		n = (size_t)snprintf(r->eb, r->el, "%s:%zu: ", r->name, r->line);
	if (n >= r->el)
		return -1;
	va_start(ap, fmt);
	verr(r->eb + n, r->el - n, fmt, ap);
	va_end(ap);
	return -1;
}

int simtrace_parse_u64(const char *s, const char *e, uint64_t *out)
{
	uint64_t v = 0;

	if (s == e)
		return -1;
	for (; s < e; s++) {
		if (*s < '0' || *s > '9')
			return -1;
		if (v > (UINT64_MAX - (uint64_t)(*s - '0')) / 10)
			return -2;
		v = v * 10 + (uint64_t)(*s - '0');
	}
	*out = v;
	return 0;
}

static int bin_open(struct simtrace *r);

static void init(struct simtrace *r, const char *name, const char *buf,
		 size_t len, enum simtrace_kind kind, char *eb, size_t el)
{
	memset(r, 0, sizeof(*r));
	r->name = name;
	r->buf = buf;
	r->len = len;
	r->kind = kind;
	r->eb = eb;
	r->el = el;
}

bool simtrace_is_bin(const char *buf, size_t len)
{
	return len >= 8 && !memcmp(buf, SIMTRACE_BIN_MAGIC, 8);
}

int simtrace_parse_s64(const char *s, const char *e, int64_t *out)
{
	bool neg = s < e && *s == '-';
	uint64_t v;
	int ret = simtrace_parse_u64(s + neg, e, &v);

	if (ret)
		return ret;
	if (v > (uint64_t)INT64_MAX + neg)
		return -2;
	*out = neg ? (int64_t)(0 - v) : (int64_t)v;
	return 0;
}

int simtrace_open(struct simtrace *r, const char *name, const char *buf,
		  size_t len, enum simtrace_kind kind, char *eb, size_t el)
{
	const char *z;

	init(r, name, buf, len, kind, eb, el);
	if ((unsigned int)kind >= SIMTRACE_NR_KINDS)
		return err(eb, el, "%s: unknown trace kind %d", name, (int)kind);
	if (kind == SIMTRACE_CACHE && simtrace_is_bin(buf, len))
		return bin_open(r);
	z = memchr(buf, 0, len);
	if (z)
		return err(eb, el, "%s: byte offset %zu: NUL byte in a text trace",
			   name, (size_t)(z - buf));
	return 0;
}

int simtrace_open_bin(struct simtrace *r, const char *name, const char *buf,
		      size_t len, char *eb, size_t el)
{
	init(r, name, buf, len, SIMTRACE_CACHE, eb, el);
	return bin_open(r);
}

void simtrace_close(struct simtrace *r)
{
	free(r->keys);
	r->keys = NULL;
	r->nkeys = 0;
}

/*
 * The next line that holds more than blanks and a comment, trimmed, in
 * [*ls, *le).  Returns 1, 0 at the end, -1 on an overlong line.
 */
static int next_line(struct simtrace *r, const char **ls, const char **le)
{
	while (r->pos < r->len) {
		const char *p = r->buf + r->pos;
		const char *nl = memchr(p, '\n', r->len - r->pos);
		const char *end = nl ? nl : r->buf + r->len, *h;

		r->line++;
		r->pos = (size_t)(end - r->buf) + (nl ? 1 : 0);
		if (end - p > SIMTRACE_MAX_LINE)
			return simtrace_err(r, "line longer than %d bytes",
					    SIMTRACE_MAX_LINE);
		if (end > p && end[-1] == '\r')
			end--;
		h = memchr(p, '#', (size_t)(end - p));
		if (h)
			end = h;
		while (p < end && (*p == ' ' || *p == '\t'))
			p++;
		while (end > p && (end[-1] == ' ' || end[-1] == '\t'))
			end--;
		if (p == end)
			continue;
		*ls = p;
		*le = end;
		return 1;
	}
	return 0;
}

static bool is_sep(char c, bool comma)
{
	return c == ' ' || c == '\t' || (comma && c == ',');
}

/* Split [p, end) into r's fields; the count, or max + 1 if more. */
static unsigned int split(struct simtrace *r, const char *p, const char *end,
			  bool comma)
{
	unsigned int n = 0;

	while (p < end) {
		while (p < end && is_sep(*p, comma))
			p++;
		if (p == end)
			break;
		if (n == SIMTRACE_MAX_FIELDS)
			return n + 1;
		r->fs[n] = p;
		while (p < end && !is_sep(*p, comma))
			p++;
		r->fe[n++] = p;
	}
	return n;
}

static bool field_is(const struct simtrace *r, unsigned int i, const char *s)
{
	size_t n = strlen(s);

	return (size_t)(r->fe[i] - r->fs[i]) == n && !memcmp(r->fs[i], s, n);
}

/* The header line: "simtrace VERSION KIND". */
static int header(struct simtrace *r)
{
	uint64_t v;
	unsigned int n = r->nf;

	if (n != 3)
		return simtrace_err(r, "header wants \"simtrace VERSION KIND\"");
	if (simtrace_parse_u64(r->fs[1], r->fe[1], &v) || v != SIMTRACE_VERSION)
		return simtrace_err(r, "unsupported simtrace version '%.*s' (want %d)",
				    (int)(r->fe[1] - r->fs[1] > 40 ? 40 : r->fe[1] - r->fs[1]),
				    r->fs[1], SIMTRACE_VERSION);
	if (!field_is(r, 2, kinds[r->kind].name))
		return simtrace_err(r, "a trace of kind '%.*s', want '%s'",
				    (int)(r->fe[2] - r->fs[2] > 40 ? 40 : r->fe[2] - r->fs[2]),
				    r->fs[2], kinds[r->kind].name);
	r->header = true;
	return 0;
}

/* [ls, le) is a header line: the word "simtrace" first. */
static bool is_header(const char *ls, const char *le)
{
	return le - ls >= 8 && !memcmp(ls, "simtrace", 8) &&
	       (le - ls == 8 || ls[8] == ' ' || ls[8] == '\t');
}

bool simtrace_has_header(const char *buf, size_t len)
{
	struct simtrace r;
	const char *ls, *le;

	init(&r, "", buf, len, SIMTRACE_SCHED, NULL, 0);
	return next_line(&r, &ls, &le) == 1 && is_header(ls, le);
}

int simtrace_next(struct simtrace *r)
{
	const char *ls = NULL, *le = NULL;
	int ret;

	if (r->bin)
		return simtrace_err(r, "a binary trace has no text records");
	for (;;) {
		bool first = !r->started;
		unsigned int n;

		ret = next_line(r, &ls, &le);
		if (ret <= 0)
			return ret;
		r->started = true;
		if (first && is_header(ls, le)) {
			r->nf = split(r, ls, le, false);
			if (header(r))
				return -1;
			r->nf = 0;
			continue;
		}
		n = split(r, ls, le, kinds[r->kind].comma);
		if (n > SIMTRACE_MAX_FIELDS)
			return simtrace_err(r, "want %s, got more than %d fields",
					    kinds[r->kind].want, SIMTRACE_MAX_FIELDS);
		if (n < kinds[r->kind].min || n > kinds[r->kind].max)
			return simtrace_err(r, "want %s, got %u fields",
					    kinds[r->kind].want, n);
		r->nf = n;
		return 1;
	}
}

int simtrace_peek_kind(const char *buf, size_t len)
{
	if (simtrace_is_bin(buf, len))
		return SIMTRACE_CACHE;
	for (int k = 0; k < SIMTRACE_NR_KINDS; k++) {
		struct simtrace r;

		if (simtrace_open(&r, "", buf, len, (enum simtrace_kind)k, NULL, 0))
			return -1;
		simtrace_next(&r);	/* the header, then one record */
		if (r.header)
			return k;
	}
	return -1;
}

/*
 * Field @i of the current record as a decimal in [@min, @max]: unsigned,
 * or signed (@sig, the three in two's complement).  Returns 0, or -1
 * with a message.
 */
static int field_num(struct simtrace *r, unsigned int i, const char *what,
		     bool sig, uint64_t min, uint64_t max, uint64_t *out)
{
	int len, ret;
	int64_t v = 0;

	if (i >= r->nf)
		return simtrace_err(r, "%s missing", what);
	ret = sig ? simtrace_parse_s64(r->fs[i], r->fe[i], &v) :
		    simtrace_parse_u64(r->fs[i], r->fe[i], out);
	len = (int)(r->fe[i] - r->fs[i] > 40 ? 40 : r->fe[i] - r->fs[i]);
	if (ret)
		return simtrace_err(r, "%s '%.*s' %s", what, len, r->fs[i],
				    ret == -2 ? (sig ? "exceeds 64 bits" : "exceeds 2^64-1") :
				    sig ? "is not a decimal" : "is not an unsigned decimal");
	if (!sig && (*out < min || *out > max))
		return simtrace_err(r, "%s %llu out of range %llu..%llu", what,
				    (unsigned long long)*out, (unsigned long long)min,
				    (unsigned long long)max);
	if (sig && (v < (int64_t)min || v > (int64_t)max))
		return simtrace_err(r, "%s %lld out of range %lld..%lld", what, (long long)v,
				    (long long)(int64_t)min, (long long)(int64_t)max);
	if (sig)
		*out = (uint64_t)v;
	return 0;
}

int simtrace_u64(struct simtrace *r, unsigned int i, const char *what,
		 uint64_t min, uint64_t max, uint64_t *out)
{
	return field_num(r, i, what, false, min, max, out);
}

int simtrace_s64(struct simtrace *r, unsigned int i, const char *what,
		 int64_t min, int64_t max, int64_t *out)
{
	uint64_t v;

	if (field_num(r, i, what, true, (uint64_t)min, (uint64_t)max, &v))
		return -1;
	*out = (int64_t)v;
	return 0;
}

int simtrace_sched_next(struct simtrace *r, struct simtrace_sched *e)
{
	const struct simtrace_sched_event_desc *d = NULL;
	uint64_t cpu;
	int ret;

	if (r->kind != SIMTRACE_SCHED)
		return simtrace_err(r, "not a sched trace");
	ret = simtrace_next(r);
	if (ret <= 0)
		return ret;
	if (simtrace_u64(r, 0, "TS", 0, UINT64_MAX, &e->ts) ||
	    simtrace_u64(r, 1, "CPU", 0, SIMTRACE_SCHED_NR_CPUS - 1, &cpu))
		return -1;
	e->cpu = (uint32_t)cpu;
	for (int i = 0; i < SIMTRACE_SCHED_NR_EVENTS && !d; i++)
		if (field_is(r, 2, simtrace_sched_events[i].name)) {
			d = &simtrace_sched_events[i];
			e->ev = (enum simtrace_sched_event)i;
		}
	if (!d)
		return simtrace_err(r, "unknown sched event '%.*s'",
				    (int)(r->fe[2] - r->fs[2] > 40 ? 40 : r->fe[2] - r->fs[2]),
				    r->fs[2]);
	if (r->nf != 3 + d->nv)
		return simtrace_err(r, "event %s wants %u values, got %u", d->name, d->nv,
				    r->nf - 3);
	for (unsigned int i = 0; i < d->nv; i++)
		if (simtrace_s64(r, 3 + i, d->v[i].name, d->v[i].min, d->v[i].max, &e->v[i]))
			return -1;
	return 1;
}

void simtrace_sched_write(FILE *f, const struct simtrace_sched *e)
{
	const struct simtrace_sched_event_desc *d = &simtrace_sched_events[e->ev];

	fprintf(f, "%llu %u %s", (unsigned long long)e->ts, e->cpu, d->name);
	for (unsigned int i = 0; i < d->nv; i++)
		fprintf(f, " %lld", (long long)e->v[i]);
	fputc('\n', f);
}

int simtrace_read_file(const char *path, char **bufp, size_t *lenp,
		       char *eb, size_t el)
{
	FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
	size_t len = 0, cap = 1 << 16, got;
	char *buf, *nb;

	if (!f)
		return err(eb, el, "%s: cannot open: %m", path);
	buf = malloc(cap);
	if (!buf)
		goto nomem;
	while ((got = fread(buf + len, 1, cap - len, f)) > 0) {
		len += got;
		if (len == cap) {
			nb = realloc(buf, cap *= 2);
			if (!nb)
				goto nomem;
			buf = nb;
		}
	}
	if (ferror(f)) {
		if (f != stdin)
			fclose(f);
		free(buf);
		return err(eb, el, "%s: read error", path);
	}
	if (f != stdin)
		fclose(f);
	*bufp = buf;
	*lenp = len;
	return 0;
nomem:
	if (f != stdin)
		fclose(f);
	free(buf);
	return err(eb, el, "%s: out of memory", path);
}

void simtrace_write_header(FILE *f, enum simtrace_kind kind)
{
	fprintf(f, "simtrace %d %s\n", SIMTRACE_VERSION, simtrace_kind_name(kind));
}

/* ---- the cache kind: records of either form ---------------------------- */

/* Flag letters "[R|W][H|M][A]" in any order, or "-". */
static int parse_flags(const char *s, const char *e, uint8_t *out, const char **why)
{
	uint8_t f = 0, seen = 0;

	*out = 0;
	if (e - s == 1 && *s == '-')
		return 0;
	for (; s < e; s++) {
		uint8_t bit;

		switch (*s) {
		case 'R': bit = 0x10; break;
		case 'W': bit = SIMTRACE_F_WRITE; break;
		case 'H': bit = SIMTRACE_F_KHIT; break;
		case 'M': bit = SIMTRACE_F_KMISS; break;
		case 'A': bit = SIMTRACE_F_RA; break;
		default:
			*why = "bad flag letter (want R W H M A or -)";
			return -1;
		}
		if (seen & bit) {
			*why = "repeated flag letter";
			return -1;
		}
		seen |= bit;
		f |= bit & SIMTRACE_F_ALL;
	}
	if ((seen & 0x10) && (seen & SIMTRACE_F_WRITE)) {
		*why = "flags R and W exclude each other";
		return -1;
	}
	if ((f & SIMTRACE_F_KHIT) && (f & SIMTRACE_F_KMISS)) {
		*why = "flags H and M exclude each other";
		return -1;
	}
	*out = f;
	return 0;
}

/* "N[:N[:N]]" */
static int parse_key(const char *s, const char *e, struct simtrace_key *k,
		     const char **why)
{
	const char *p = s;

	memset(k, 0, sizeof(*k));
	for (;;) {
		const char *c = memchr(p, ':', (size_t)(e - p));
		const char *ce = c ? c : e;
		int r;

		if (k->nparts == SIMTRACE_KEY_PARTS) {
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

/* Field @i of the record is bad: "NAME:LINE: WHAT 'FIELD': why". */
static int field_err(struct simtrace *r, unsigned int i, const char *what,
		     const char *why)
{
	return simtrace_err(r, "%s '%.*s': %s", what,
			    (int)(r->fe[i] - r->fs[i] > 40 ? 40 : r->fe[i] - r->fs[i]),
			    r->fs[i], why);
}

static int text_cache_next(struct simtrace *r, struct simtrace_cache *c)
{
	const char *why;
	int ret = simtrace_next(r);

	if (ret <= 0)
		return ret;
	c->flags = 0;
	if (simtrace_u64(r, 0, "SEQ", 0, UINT64_MAX, &c->seq))
		return -1;
	if (parse_key(r->fs[1], r->fe[1], &c->key, &why))
		return field_err(r, 1, "KEY", why);
	if (simtrace_u64(r, 2, "PAGE", 0, UINT64_MAX, &c->page))
		return -1;
	if (r->nf == 4 && parse_flags(r->fs[3], r->fe[3], &c->flags, &why))
		return field_err(r, 3, "FLAGS", why);
	return 1;
}

static int get_varint(const uint8_t *buf, size_t len, size_t *pos, uint64_t *out,
		      const char **why)
{
	uint64_t v = 0;
	int shift = 0;

	for (;;) {
		uint8_t b;

		if (*pos >= len) {
			*why = "truncated varint";
			return -1;
		}
		b = buf[(*pos)++];
		if (shift == 63 && (b & 0x7e)) {
			*why = "varint exceeds 64 bits";
			return -1;
		}
		v |= (uint64_t)(b & 0x7f) << shift;
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

static uint32_t rd32(const uint8_t *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
	       (uint32_t)p[3] << 24;
}

static uint64_t rd64(const uint8_t *p)
{
	return (uint64_t)rd32(p) | (uint64_t)rd32(p + 4) << 32;
}

static uint64_t key_hash(const struct simtrace_key *k)
{
	uint64_t h = k->nparts;

	for (int i = 0; i < k->nparts; i++) {
		h ^= k->part[i];
		h ^= h >> 33;
		h *= 0xff51afd7ed558ccdull;
		h ^= h >> 33;
		h += (uint64_t)i;
	}
	return h;
}

static bool key_eq(const struct simtrace_key *a, const struct simtrace_key *b)
{
	if (a->nparts != b->nparts)
		return false;
	for (int i = 0; i < a->nparts; i++)
		if (a->part[i] != b->part[i])
			return false;
	return true;
}

/*
 * Add key r->keys[i] to the set @set (indices + 1, 0 empty) of *@cap
 * slots, growing both.  Returns 1 if an equal key is there already, 0
 * if added, -1 out of memory.
 */
static int key_set_add(struct simtrace *r, uint32_t **set, size_t *cap, uint32_t i)
{
	size_t j;

	if (((size_t)i + 1) * 2 > *cap) {
		size_t ncap = *cap ? *cap * 2 : 1024;
		uint32_t *ns = calloc(ncap, sizeof(*ns));

		if (!ns)
			return -1;
		for (uint32_t k = 0; k < i; k++) {
			j = key_hash(&r->keys[k]) & (ncap - 1);
			while (ns[j])
				j = (j + 1) & (ncap - 1);
			ns[j] = k + 1;
		}
		free(*set);
		*set = ns;
		*cap = ncap;
	}
	for (j = key_hash(&r->keys[i]) & (*cap - 1); (*set)[j]; j = (j + 1) & (*cap - 1))
		if (key_eq(&r->keys[(*set)[j] - 1], &r->keys[i]))
			return 1;
	(*set)[j] = i + 1;
	return 0;
}

/* The header and the key table of a binary trace, in order. */
static int bin_open(struct simtrace *r)
{
	const uint8_t *b = (const uint8_t *)r->buf;
	size_t len = r->len, pos = SIMTRACE_BIN_HDR, cap = 0, kcap = 0;
	const char *name = r->name, *why;
	uint32_t ver, nkeys, *set = NULL;
	uint64_t nrec;
	int ret = -1;

	r->bin = true;
	if (len < SIMTRACE_BIN_HDR)
		return err(r->eb, r->el, "%s: byte offset %zu: truncated header (%d bytes needed)",
			   name, len, SIMTRACE_BIN_HDR);
	if (memcmp(b, SIMTRACE_BIN_MAGIC, 8))
		return err(r->eb, r->el, "%s: byte offset 0: bad magic (want %s)", name,
			   SIMTRACE_BIN_MAGIC);
	ver = rd32(b + 8);
	if (ver != SIMTRACE_BIN_VERSION)
		return err(r->eb, r->el, "%s: byte offset 8: unsupported version %u (want %u)",
			   name, ver, SIMTRACE_BIN_VERSION);
	nkeys = rd32(b + 12);
	nrec = rd64(b + 16);
	if (!nkeys)
		return err(r->eb, r->el, "%s: byte offset 12: no keys", name);
	if (!nrec || nrec > SIMTRACE_MAX_RECORDS)
		return err(r->eb, r->el, "%s: byte offset 16: record count %llu out of range 1..2^31",
			   name, (unsigned long long)nrec);
	if (nkeys > nrec)
		return err(r->eb, r->el, "%s: byte offset 12: %u keys but only %llu records",
			   name, nkeys, (unsigned long long)nrec);
	for (uint32_t i = 0; i < nkeys; i++) {
		struct simtrace_key *k;
		size_t at = pos;

		if (pos >= len) {
			err(r->eb, r->el, "%s: byte offset %zu: truncated key table (key %u)",
			    name, pos, i);
			goto out;
		}
		if (i == kcap) {	/* grow as the table proves to be there */
			struct simtrace_key *nk;

			kcap = kcap ? kcap * 2 : 256;
			nk = realloc(r->keys, kcap * sizeof(*nk));
			if (!nk)
				goto nomem;
			r->keys = nk;
		}
		k = &r->keys[i];
		memset(k, 0, sizeof(*k));
		k->nparts = b[pos++];
		if (k->nparts < 1 || k->nparts > SIMTRACE_KEY_PARTS) {
			err(r->eb, r->el, "%s: byte offset %zu: key %u has %u parts (want 1..3)",
			    name, at, i, k->nparts);
			goto out;
		}
		for (int j = 0; j < k->nparts; j++) {
			size_t vat = pos;

			if (get_varint(b, len, &pos, &k->part[j], &why)) {
				err(r->eb, r->el, "%s: byte offset %zu: key %u: %s", name, vat,
				    i, why);
				goto out;
			}
		}
		r->nkeys = i + 1;
		switch (key_set_add(r, &set, &cap, i)) {
		case 1:
			err(r->eb, r->el, "%s: byte offset %zu: key %u duplicates an earlier key",
			    name, at, i);
			goto out;
		case -1:
			goto nomem;
		}
	}
	r->nrec = nrec;
	r->pos = pos;
	ret = 0;
	goto out;
nomem:
	err(r->eb, r->el, "%s: out of memory", name);
out:
	free(set);
	if (ret)
		simtrace_close(r);
	return ret;
}

static int bin_cache_next(struct simtrace *r, struct simtrace_cache *c)
{
	const uint8_t *b = (const uint8_t *)r->buf;
	size_t pos = r->pos, len = r->len;
	unsigned long long n = r->rec;
	uint64_t d, key, page;
	const char *why;
	uint8_t fl;

	if (r->rec == r->nrec) {
		if (pos != len)
			return err(r->eb, r->el,
				   "%s: byte offset %zu: %zu trailing bytes after the last record",
				   r->name, pos, len - pos);
		return 0;
	}
	r->at = pos;
	if (pos >= len)
		return simtrace_err(r, "truncated: record %llu of %llu missing", n,
				    (unsigned long long)r->nrec);
	fl = b[pos++];
	if (fl & ~SIMTRACE_F_ALL)
		return simtrace_err(r, "record %llu: unknown flag bits 0x%02x", n,
				    fl & ~SIMTRACE_F_ALL);
	if ((fl & SIMTRACE_F_KHIT) && (fl & SIMTRACE_F_KMISS))
		return simtrace_err(r, "record %llu: flags H and M exclude each other", n);
	if (get_varint(b, len, &pos, &d, &why) ||
	    get_varint(b, len, &pos, &key, &why) ||
	    get_varint(b, len, &pos, &page, &why))
		return err(r->eb, r->el, "%s: byte offset %zu: record %llu: %s", r->name,
			   pos, n, why);
	if (d > UINT64_MAX - r->seq)
		return simtrace_err(r, "record %llu: sequence number overflows", n);
	if (key >= r->nkeys)
		return simtrace_err(r, "record %llu: key index %llu >= %u keys", n,
				    (unsigned long long)key, r->nkeys);
	r->seq += d;
	c->seq = r->seq;
	c->key = r->keys[key];
	c->page = page;
	c->flags = fl;
	r->rec++;
	r->pos = pos;
	return 1;
}

int simtrace_cache_next(struct simtrace *r, struct simtrace_cache *c)
{
	if (r->kind != SIMTRACE_CACHE)
		return simtrace_err(r, "not a cache trace");
	return r->bin ? bin_cache_next(r, c) : text_cache_next(r, c);
}

static void put_varint(FILE *f, uint64_t v)
{
	while (v >= 0x80) {
		fputc((int)(v & 0x7f) | 0x80, f);
		v >>= 7;
	}
	fputc((int)v, f);
}

static void wr32(FILE *f, uint32_t v)
{
	for (int i = 0; i < 4; i++)
		fputc((int)(v >> (8 * i)) & 0xff, f);
}

void simtrace_bin_write_header(FILE *f, uint32_t nkeys, uint64_t nrec)
{
	fwrite(SIMTRACE_BIN_MAGIC, 1, 8, f);
	wr32(f, SIMTRACE_BIN_VERSION);
	wr32(f, nkeys);
	wr32(f, (uint32_t)nrec);
	wr32(f, (uint32_t)(nrec >> 32));
}

void simtrace_bin_write_key(FILE *f, const struct simtrace_key *k)
{
	fputc(k->nparts, f);
	for (int j = 0; j < k->nparts; j++)
		put_varint(f, k->part[j]);
}

void simtrace_bin_write_record(FILE *f, uint8_t flags, uint64_t dseq,
			       uint32_t key, uint64_t page)
{
	fputc(flags, f);
	put_varint(f, dseq);
	put_varint(f, key);
	put_varint(f, page);
}
