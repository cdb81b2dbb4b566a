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
};

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

int simtrace_open(struct simtrace *r, const char *name, const char *buf,
		  size_t len, enum simtrace_kind kind, char *eb, size_t el)
{
	const char *z = memchr(buf, 0, len);

	memset(r, 0, sizeof(*r));
	r->name = name;
	r->buf = buf;
	r->len = len;
	r->kind = kind;
	r->eb = eb;
	r->el = el;
	if ((unsigned int)kind >= SIMTRACE_NR_KINDS)
		return err(eb, el, "%s: unknown trace kind %d", name, (int)kind);
	if (z)
		return err(eb, el, "%s: byte offset %zu: NUL byte in a text trace",
			   name, (size_t)(z - buf));
	return 0;
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

int simtrace_next(struct simtrace *r)
{
	const char *ls = NULL, *le = NULL;
	int ret;

	for (;;) {
		bool first = !r->started;
		unsigned int n;

		ret = next_line(r, &ls, &le);
		if (ret <= 0)
			return ret;
		r->started = true;
		if (first && le - ls >= 8 && !memcmp(ls, "simtrace", 8) &&
		    (le - ls == 8 || ls[8] == ' ' || ls[8] == '\t')) {
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

int simtrace_u64(struct simtrace *r, unsigned int i, const char *what,
		 uint64_t min, uint64_t max, uint64_t *out)
{
	int len, ret;

	if (i >= r->nf)
		return simtrace_err(r, "%s missing", what);
	len = (int)(r->fe[i] - r->fs[i] > 40 ? 40 : r->fe[i] - r->fs[i]);
	ret = simtrace_parse_u64(r->fs[i], r->fe[i], out);
	if (ret)
		return simtrace_err(r, "%s '%.*s' %s", what, len, r->fs[i],
				    ret == -2 ? "exceeds 2^64-1" :
				    "is not an unsigned decimal");
	if (*out < min || *out > max)
		return simtrace_err(r, "%s %llu out of range %llu..%llu", what,
				    (unsigned long long)*out,
				    (unsigned long long)min,
				    (unsigned long long)max);
	return 0;
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
