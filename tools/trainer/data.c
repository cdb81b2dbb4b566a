// SPDX-License-Identifier: GPL-2.0
/*
 * learned-train: data set readers (CSV and the LTDS binary format) and
 * writers.  Every defect is reported as "file:line: reason" (CSV) or
 * "file: byte offset N: reason" (binary); nothing is silently skipped.
 * The formats are specified in README.md.
 */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "trainer.h"

void ds_free(struct dataset *ds)
{
	free(ds->x);
	free(ds->y);
	free(ds->line);
	ds->x = NULL;
	ds->y = NULL;
	ds->line = NULL;
	ds->nr_rows = 0;
}

static int valid_name(const char *s, size_t n)
{
	size_t i;

	if (n == 0 || n >= DS_MAX_NAME)
		return 0;
	if (!(s[0] == '_' || (s[0] >= 'A' && s[0] <= 'Z') || (s[0] >= 'a' && s[0] <= 'z')))
		return 0;
	for (i = 1; i < n; i++) {
		char c = s[i];

		if (!(c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
		      (c >= '0' && c <= '9')))
			return 0;
	}
	return 1;
}

/*
 * Strict number syntax: [+-]digits[.digits][(e|E)[+-]digits], or
 * [+-].digits.  No hex, no "nan"/"inf", no leading/trailing junk.
 * Return 0 and *out, or -1 with a reason in *why.
 */
static int parse_number(const char *s, size_t n, double *out, int *is_int, const char **why)
{
	char tmp[128];
	size_t i = 0, digits = 0, frac = 0;
	double v;

	*is_int = 1;
	if (n == 0) {
		*why = "empty field";
		return -1;
	}
	if (n >= sizeof(tmp)) {
		*why = "number too long";
		return -1;
	}
	if (s[i] == '+' || s[i] == '-')
		i++;
	while (i < n && s[i] >= '0' && s[i] <= '9')
		i++, digits++;
	if (i < n && s[i] == '.') {
		i++;
		while (i < n && s[i] >= '0' && s[i] <= '9') {
			if (s[i] != '0')
				*is_int = 0;
			i++, frac++;
		}
	}
	if (digits + frac == 0) {
		*why = "not a number";
		return -1;
	}
	if (i < n && (s[i] == 'e' || s[i] == 'E')) {
		size_t ed = 0;

		*is_int = 0;
		i++;
		if (i < n && (s[i] == '+' || s[i] == '-'))
			i++;
		while (i < n && s[i] >= '0' && s[i] <= '9')
			i++, ed++;
		if (!ed) {
			*why = "not a number (bad exponent)";
			return -1;
		}
	}
	if (i != n) {
		*why = "not a number";
		return -1;
	}
	memcpy(tmp, s, n);
	tmp[n] = 0;
	errno = 0;
	v = strtod(tmp, NULL);
	if (!isfinite(v) || fabs(v) > 1e15) {
		*why = "value out of range (|v| > 1e15)";
		return -1;
	}
	if (*is_int == 0 && v == floor(v))
		*is_int = 1;
	*out = v == 0 ? 0.0 : v;	/* no negative zero */
	return 0;
}

/* Split [p, end) by ',' into trimmed fields. Return count (may exceed max). */
static size_t split_fields(const char *p, const char *end, const char **fs,
			   size_t *fl, size_t max)
{
	size_t n = 0;

	for (;;) {
		const char *q = p, *a, *b;

		while (q < end && *q != ',')
			q++;
		a = p;
		b = q;
		while (a < b && (*a == ' ' || *a == '\t'))
			a++;
		while (b > a && (b[-1] == ' ' || b[-1] == '\t'))
			b--;
		if (n < max) {
			fs[n] = a;
			fl[n] = (size_t)(b - a);
		}
		n++;
		if (q >= end)
			break;
		p = q + 1;
	}
	return n;
}

int ds_parse_csv(struct dataset *ds, const char *name, const char *buf, size_t len)
{
	const size_t maxcol = DS_MAX_FEATURES + 2;
	const char *fs[DS_MAX_FEATURES + 2];
	size_t fl[DS_MAX_FEATURES + 2];
	size_t pos = 0, line = 0, ncol = 0, cap = 0, lcol = 0;
	int have_header = 0;

	memset(ds, 0, sizeof(*ds));
	ds->all_integer = 1;
	if (memchr(buf, 0, len)) {
		size_t off = (size_t)((const char *)memchr(buf, 0, len) - buf);

		err_set("%s: byte offset %zu: NUL byte in a text file", name, off);
		return -1;
	}
	while (pos < len) {
		const char *p = buf + pos, *nl, *end, *hash;
		size_t n, i;

		line++;
		nl = memchr(p, '\n', len - pos);
		end = nl ? nl : buf + len;
		pos = (size_t)(end - buf) + (nl ? 1 : 0);
		if ((size_t)(end - p) > CSV_MAX_LINE) {
			err_set("%s:%zu: line longer than %d bytes", name, line, CSV_MAX_LINE);
			goto fail;
		}
		if (end > p && end[-1] == '\r')
			end--;
		hash = memchr(p, '#', (size_t)(end - p));
		if (hash)
			end = hash;
		while (p < end && (*p == ' ' || *p == '\t'))
			p++;
		if (p == end)
			continue;	/* blank or comment */

		n = split_fields(p, end, fs, fl, maxcol);
		if (!have_header) {
			size_t nlabel = 0, j, k;

			if (n > maxcol - 1) {
				err_set("%s:%zu: too many columns (%zu; at most %d features + label)",
					name, line, n, DS_MAX_FEATURES);
				goto fail;
			}
			if (n < 2) {
				err_set("%s:%zu: header needs at least one feature and a 'label' column",
					name, line);
				goto fail;
			}
			for (i = 0, j = 0; i < n; i++) {
				if (!valid_name(fs[i], fl[i])) {
					err_set("%s:%zu: column %zu: bad name '%.*s' (want [A-Za-z_][A-Za-z0-9_]*, < %d chars)",
						name, line, i + 1, (int)(fl[i] > 60 ? 60 : fl[i]), fs[i],
						DS_MAX_NAME);
					goto fail;
				}
				if (fl[i] == 5 && !memcmp(fs[i], "label", 5)) {
					nlabel++;
					lcol = i;
					continue;
				}
				memcpy(ds->names[j], fs[i], fl[i]);
				ds->names[j][fl[i]] = 0;
				for (k = 0; k < j; k++)
					if (!strcmp(ds->names[k], ds->names[j])) {
						err_set("%s:%zu: duplicate column name '%s'",
							name, line, ds->names[j]);
						goto fail;
					}
				j++;
			}
			if (nlabel != 1) {
				err_set("%s:%zu: header must have exactly one 'label' column (found %zu)",
					name, line, nlabel);
				goto fail;
			}
			ncol = n;
			ds->nr_features = (uint32_t)(n - 1);
			have_header = 1;
			continue;
		}
		if (n != ncol) {
			err_set("%s:%zu: expected %zu columns, got %zu", name, line, ncol, n);
			goto fail;
		}
		if (ds->nr_rows >= DS_MAX_ROWS) {
			err_set("%s:%zu: too many rows (limit %u)", name, line, DS_MAX_ROWS);
			goto fail;
		}
		if (ds->nr_rows == cap) {
			cap = cap ? cap * 2 : 1024;
			ds->x = xrealloc(ds->x, cap * ds->nr_features, sizeof(double));
			ds->y = xrealloc(ds->y, cap, 1);
			ds->line = xrealloc(ds->line, cap, sizeof(*ds->line));
		}
		ds->line[ds->nr_rows] = (uint32_t)line;
		for (i = 0; i < n; i++) {
			double v;
			int is_int;
			const char *why;
			size_t col = i < lcol ? i : i - 1;

			if (parse_number(fs[i], fl[i], &v, &is_int, &why)) {
				err_set("%s:%zu: column %zu (%s): %s: '%.*s'", name, line, i + 1,
					i == lcol ? "label" : ds->names[col], why,
					(int)(fl[i] > 40 ? 40 : fl[i]), fs[i]);
				goto fail;
			}
			if (i == lcol) {
				if (v != 0.0 && v != 1.0) {
					err_set("%s:%zu: label must be 0 or 1, got '%.*s'", name, line,
						(int)(fl[i] > 40 ? 40 : fl[i]), fs[i]);
					goto fail;
				}
				ds->y[ds->nr_rows] = v == 1.0;
			} else {
				ds->x[(size_t)ds->nr_rows * ds->nr_features + col] = v;
				if (!is_int)
					ds->all_integer = 0;
			}
		}
		ds->nr_rows++;
	}
	if (!have_header) {
		err_set("%s:%zu: empty file (no header row)", name, line);
		goto fail;
	}
	if (!ds->nr_rows) {
		err_set("%s:%zu: no data rows after the header", name, line);
		goto fail;
	}
	return 0;
fail:
	ds_free(ds);
	return -1;
}

static uint32_t rd32(const uint8_t *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static uint64_t rd64(const uint8_t *p)
{
	return (uint64_t)rd32(p) | (uint64_t)rd32(p + 4) << 32;
}

int ds_parse_bin(struct dataset *ds, const char *name, const uint8_t *buf, size_t len)
{
	uint32_t version, vtype, nf, nr, names_len, vsize, i, j;
	uint64_t need, off;
	const uint8_t *np;

	memset(ds, 0, sizeof(*ds));
	ds->all_integer = 1;
	if (len < DS_BIN_HDR) {
		err_set("%s: byte offset %zu: truncated header (need %d bytes)", name, len, DS_BIN_HDR);
		return -1;
	}
	if (memcmp(buf, DS_BIN_MAGIC, 4)) {
		err_set("%s: byte offset 0: bad magic (want \"%s\")", name, DS_BIN_MAGIC);
		return -1;
	}
	version = buf[4] | buf[5] << 8;
	vtype = buf[6] | buf[7] << 8;
	nf = rd32(buf + 8);
	nr = rd32(buf + 12);
	names_len = rd32(buf + 16);
	if (version != DS_BIN_VERSION) {
		err_set("%s: byte offset 4: unsupported version %u (want %d)", name, version, DS_BIN_VERSION);
		return -1;
	}
	if (vtype != DS_BIN_I32 && vtype != DS_BIN_F64) {
		err_set("%s: byte offset 6: bad value type %u (1 = int32, 2 = float64)", name, vtype);
		return -1;
	}
	if (nf < 1 || nf > DS_MAX_FEATURES) {
		err_set("%s: byte offset 8: nr_features %u out of range 1..%d", name, nf, DS_MAX_FEATURES);
		return -1;
	}
	if (nr < 1 || nr > DS_MAX_ROWS) {
		err_set("%s: byte offset 12: nr_rows %u out of range 1..%u", name, nr, DS_MAX_ROWS);
		return -1;
	}
	if (names_len > (uint32_t)nf * DS_MAX_NAME) {
		err_set("%s: byte offset 16: names_len %u too large (max %u)", name, names_len,
			nf * DS_MAX_NAME);
		return -1;
	}
	if (rd32(buf + 20)) {
		err_set("%s: byte offset 20: reserved field must be 0", name);
		return -1;
	}
	vsize = vtype == DS_BIN_I32 ? 4 : 8;
	need = DS_BIN_HDR + (uint64_t)names_len + (uint64_t)nr * (nf + 1) * vsize;
	if (len < need) {
		err_set("%s: byte offset %zu: truncated (header promises %llu bytes)", name, len,
			(unsigned long long)need);
		return -1;
	}
	if (len > need) {
		err_set("%s: byte offset %llu: %llu trailing bytes after the last row", name,
			(unsigned long long)need, (unsigned long long)(len - need));
		return -1;
	}
	ds->nr_features = nf;
	/* names: nf NUL-terminated strings filling names_len exactly */
	np = buf + DS_BIN_HDR;
	off = 0;
	for (i = 0; i < nf; i++) {
		const uint8_t *z = memchr(np + off, 0, names_len - off);
		size_t l;

		if (off >= names_len || !z) {
			err_set("%s: byte offset %llu: names block ends before feature %u's name",
				name, (unsigned long long)(DS_BIN_HDR + off), i + 1);
			return -1;
		}
		l = (size_t)(z - (np + off));
		if (!valid_name((const char *)np + off, l) || (l == 5 && !memcmp(np + off, "label", 5))) {
			err_set("%s: byte offset %llu: bad feature name", name,
				(unsigned long long)(DS_BIN_HDR + off));
			return -1;
		}
		memcpy(ds->names[i], np + off, l);
		ds->names[i][l] = 0;
		for (j = 0; j < i; j++)
			if (!strcmp(ds->names[j], ds->names[i])) {
				err_set("%s: byte offset %llu: duplicate feature name '%s'", name,
					(unsigned long long)(DS_BIN_HDR + off), ds->names[i]);
				return -1;
			}
		off += l + 1;
	}
	if (off != names_len) {
		err_set("%s: byte offset %llu: %llu stray bytes at the end of the names block", name,
			(unsigned long long)(DS_BIN_HDR + off), (unsigned long long)(names_len - off));
		return -1;
	}
	ds->x = xcalloc((size_t)nr * nf, sizeof(double));
	ds->y = xcalloc(nr, 1);
	off = DS_BIN_HDR + names_len;
	for (i = 0; i < nr; i++) {
		for (j = 0; j <= nf; j++, off += vsize) {
			double v;

			if (vtype == DS_BIN_I32) {
				v = (double)(int32_t)rd32(buf + off);
			} else {
				uint64_t u = rd64(buf + off);

				memcpy(&v, &u, 8);
				if (!isfinite(v) || fabs(v) > 1e15) {
					err_set("%s: byte offset %llu: row %u: %s", name,
						(unsigned long long)off, i + 1,
						isfinite(v) ? "value out of range (|v| > 1e15)" : "NaN or infinity");
					ds_free(ds);
					return -1;
				}
				if (v == 0)
					v = 0.0;
			}
			if (j == nf) {
				if (v != 0.0 && v != 1.0) {
					err_set("%s: byte offset %llu: row %u: label must be 0 or 1",
						name, (unsigned long long)off, i + 1);
					ds_free(ds);
					return -1;
				}
				ds->y[i] = v == 1.0;
			} else {
				ds->x[(size_t)i * nf + j] = v;
				if (v != floor(v))
					ds->all_integer = 0;
			}
		}
	}
	ds->nr_rows = nr;
	return 0;
}

int ds_load(struct dataset *ds, const char *path)
{
	FILE *f;
	struct stat st;
	uint8_t *buf;
	size_t got;
	int ret;

	memset(ds, 0, sizeof(*ds));
	f = fopen(path, "rb");
	if (!f) {
		err_set("%s: cannot open: %s", path, strerror(errno));
		return -1;
	}
	if (fstat(fileno(f), &st) || !S_ISREG(st.st_mode)) {
		err_set("%s: not a regular file", path);
		fclose(f);
		return -1;
	}
	if ((unsigned long long)st.st_size > DS_MAX_FILE_BYTES) {
		err_set("%s: file too large (%lld bytes, limit %llu)", path,
			(long long)st.st_size, DS_MAX_FILE_BYTES);
		fclose(f);
		return -1;
	}
	buf = xcalloc((size_t)st.st_size + 1, 1);
	got = fread(buf, 1, (size_t)st.st_size, f);
	if (ferror(f) || got != (size_t)st.st_size) {
		err_set("%s: read error", path);
		fclose(f);
		free(buf);
		return -1;
	}
	fclose(f);
	if (got >= 4 && !memcmp(buf, DS_BIN_MAGIC, 4))
		ret = ds_parse_bin(ds, path, buf, got);
	else if (got >= 8 && buf[0] == 'L' && buf[1] == 'T' && memchr(buf + 4, 0, 4))
		ret = ds_parse_bin(ds, path, buf, got);	/* binary, damaged magic */
	else
		ret = ds_parse_csv(ds, path, (const char *)buf, got);
	if (!ret)
		sha256_hex(buf, got, ds->sha256);
	free(buf);
	return ret;
}

void ds_subset(struct dataset *dst, const struct dataset *src, const uint32_t *rows, uint32_t n)
{
	uint32_t i, nf = src->nr_features;

	*dst = *src;
	dst->nr_rows = n;
	dst->x = xcalloc((size_t)n * nf, sizeof(double));
	dst->y = xcalloc(n, 1);
	dst->line = src->line ? xcalloc(n, sizeof(*dst->line)) : NULL;
	for (i = 0; i < n; i++) {
		if (src->line)
			dst->line[i] = src->line[rows[i]];
		memcpy(dst->x + (size_t)i * nf, src->x + (size_t)rows[i] * nf, nf * sizeof(double));
		dst->y[i] = src->y[rows[i]];
	}
}

void ds_split(const struct dataset *all, double test_frac, uint64_t seed,
	      struct dataset *train, struct dataset *test)
{
	uint32_t n = all->nr_rows, nt, i;
	uint32_t *idx = xcalloc(n, sizeof(*idx));
	struct rng r;

	for (i = 0; i < n; i++)
		idx[i] = i;
	rng_seed(&r, seed ^ 0x5eed5b1175ull);
	rng_shuffle(&r, idx, n);
	nt = (uint32_t)(test_frac * n + 0.5);
	if (nt < 1)
		nt = 1;
	if (nt >= n)
		nt = n - 1;
	/* keep file order inside each part: sort the chosen indices */
	{
		uint8_t *is_test = xcalloc(n, 1);
		uint32_t a = 0, b = 0;
		uint32_t *tr = xcalloc(n, sizeof(*tr)), *te = xcalloc(n, sizeof(*te));

		for (i = 0; i < nt; i++)
			is_test[idx[i]] = 1;
		for (i = 0; i < n; i++) {
			if (is_test[i])
				te[b++] = i;
			else
				tr[a++] = i;
		}
		ds_subset(train, all, tr, a);
		ds_subset(test, all, te, b);
		free(is_test);
		free(tr);
		free(te);
	}
	free(idx);
}

int ds_same_features(const struct dataset *a, const struct dataset *b)
{
	uint32_t i;

	if (a->nr_features != b->nr_features)
		return 0;
	for (i = 0; i < a->nr_features; i++)
		if (strcmp(a->names[i], b->names[i]))
			return 0;
	return 1;
}

int ds_write_csv(const struct dataset *ds, FILE *f)
{
	uint32_t i, j;

	for (j = 0; j < ds->nr_features; j++)
		fprintf(f, "%s,", ds->names[j]);
	fprintf(f, "label\n");
	for (i = 0; i < ds->nr_rows; i++) {
		for (j = 0; j < ds->nr_features; j++)
			fprintf(f, "%.17g,", ds->x[(size_t)i * ds->nr_features + j]);
		fprintf(f, "%d\n", ds->y[i]);
	}
	return ferror(f) ? -1 : 0;
}

static void wr32(FILE *f, uint32_t v)
{
	uint8_t b[4] = { (uint8_t)v, (uint8_t)(v >> 8), (uint8_t)(v >> 16), (uint8_t)(v >> 24) };

	fwrite(b, 1, 4, f);
}

int ds_write_bin(const struct dataset *ds, int value_type, FILE *f)
{
	uint32_t i, j, names_len = 0;

	for (j = 0; j < ds->nr_features; j++)
		names_len += (uint32_t)strlen(ds->names[j]) + 1;
	fwrite(DS_BIN_MAGIC, 1, 4, f);
	wr32(f, DS_BIN_VERSION | (uint32_t)value_type << 16);
	wr32(f, ds->nr_features);
	wr32(f, ds->nr_rows);
	wr32(f, names_len);
	wr32(f, 0);
	for (j = 0; j < ds->nr_features; j++)
		fwrite(ds->names[j], 1, strlen(ds->names[j]) + 1, f);
	for (i = 0; i < ds->nr_rows; i++) {
		for (j = 0; j <= ds->nr_features; j++) {
			double v = j < ds->nr_features ? ds->x[(size_t)i * ds->nr_features + j] : ds->y[i];

			if (value_type == DS_BIN_I32) {
				if (v != floor(v) || v < INT32_MIN || v > INT32_MAX) {
					err_set("row %u: value %.17g does not fit int32", i + 1, v);
					return -1;
				}
				wr32(f, (uint32_t)(int32_t)v);
			} else {
				uint64_t u;

				memcpy(&u, &v, 8);
				wr32(f, (uint32_t)u);
				wr32(f, (uint32_t)(u >> 32));
			}
		}
	}
	return ferror(f) ? -1 : 0;
}
