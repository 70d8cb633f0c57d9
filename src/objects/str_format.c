/*
 * str_format.c — str.format / format_map (replacement fields with
 * indices, attributes, items, conversions and nested specs) and the
 * printf-style `%` operator for str.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "types.h"
#include "internal.h"

/* ---- str.format ------------------------------------------------------------------------------ */

typedef struct {
    gp_obj *const *args;
    size_t nargs;
    gp_obj *kwnames;      /* vectorcall keywords, or NULL */
    gp_obj *mapping;      /* format_map, or NULL */
    int auto_index;       /* next automatic index; -1 once manual numbering was used */
    bool used_manual;
    int depth;
} fmt_ctx;

static gp_obj *lookup_kw(fmt_ctx *c, gp_obj *name)
{
    if (c->mapping) return gp_getitem(c->mapping, name);
    gp_ssize nk = c->kwnames ? GP_TUPLE_SIZE(c->kwnames) : 0;
    for (gp_ssize i = 0; i < nk; i++)
        if (gp_str_eq(GP_TUPLE_GET(c->kwnames, i), name)) return gp_incref(c->args[c->nargs + (size_t)i]);
    gp_err_set_key(name);
    return NULL;
}

static bool all_digits(const char *s, size_t n)
{
    if (!n) return false;
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9') return false;
    return true;
}

static gp_obj *get_positional(fmt_ctx *c, gp_ssize idx)
{
    if (idx < 0 || (size_t)idx >= c->nargs)
        return gp_err_format(gp_exc_IndexError, "Replacement index %zd out of range for positional args tuple", idx);
    return gp_incref(c->args[idx]);
}

/* Resolves a field name like "0.attr[key]" to an object. */
static gp_obj *resolve_field(fmt_ctx *c, const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && s[i] != '.' && s[i] != '[') i++;
    gp_obj *obj;
    if (i == 0) {
        if (c->used_manual)
            return gp_err_set_str(gp_exc_ValueError, "cannot switch from manual field specification to automatic field numbering");
        c->auto_index++;
        obj = get_positional(c, c->auto_index - 1);
    } else if (all_digits(s, i)) {
        if (c->auto_index > 0)
            return gp_err_set_str(gp_exc_ValueError, "cannot switch from automatic field numbering to manual field specification");
        c->used_manual = true;
        obj = get_positional(c, (gp_ssize)strtoll(s, NULL, 10));
    } else {
        gp_obj *name = gp_str_new(s, i);
        if (!name) return NULL;
        obj = lookup_kw(c, name);
        gp_decref(name);
    }
    while (obj && i < n) {
        size_t j = i + 1;
        if (s[i] == '.') {
            while (j < n && s[j] != '.' && s[j] != '[') j++;
            if (j == i + 1) { gp_decref(obj); return gp_err_set_str(gp_exc_ValueError, "Empty attribute in format string"); }
            gp_obj *name = gp_str_new(s + i + 1, j - i - 1);
            gp_obj *v = name ? gp_getattr(obj, name) : NULL;
            gp_xdecref(name);
            GP_SETREF(obj, v);
            i = j;
        } else if (s[i] == '[') {
            while (j < n && s[j] != ']') j++;
            if (j >= n) { gp_decref(obj); return gp_err_set_str(gp_exc_ValueError, "Missing ']' in format string"); }
            gp_obj *key = all_digits(s + i + 1, j - i - 1) ? gp_int_from_i64(strtoll(s + i + 1, NULL, 10))
                                                           : gp_str_new(s + i + 1, j - i - 1);
            gp_obj *v = key ? gp_getitem(obj, key) : NULL;
            gp_xdecref(key);
            GP_SETREF(obj, v);
            i = j + 1;
            if (i < n && s[i] != '.' && s[i] != '[') {
                gp_decref(obj);
                return gp_err_set_str(gp_exc_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
            }
        } else {
            gp_decref(obj);
            return gp_err_set_str(gp_exc_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        }
    }
    return obj;
}

static gp_obj *format_string(fmt_ctx *c, const char *s, size_t n);

/* One replacement field's text (between the braces). */
static int render_field(fmt_ctx *c, gp_strbuf *b, const char *s, size_t n)
{
    size_t i = 0;
    int bracket = 0;
    while (i < n && (bracket || (s[i] != '!' && s[i] != ':'))) {
        if (s[i] == '[') bracket = 1;
        else if (s[i] == ']') bracket = 0;
        i++;
    }
    char conv = 0;
    size_t name_end = i;
    if (i < n && s[i] == '!') {
        if (i + 1 >= n) { gp_err_set_str(gp_exc_ValueError, "end of string while looking for conversion specifier"); return -1; }
        conv = s[i + 1];
        i += 2;
        if (i < n && s[i] != ':') { gp_err_set_str(gp_exc_ValueError, "expected ':' after conversion specifier"); return -1; }
    }
    /* the field first, then the nested fields of its spec: that is the
     * order automatic numbering counts in ("{:{}}".format(x, width)) */
    gp_obj *obj = resolve_field(c, s, name_end);
    if (!obj) return -1;
    if (conv) {
        gp_obj *cv = conv == 'r' ? gp_repr(obj) : conv == 's' ? gp_str(obj) : conv == 'a' ? gp_ascii(obj) : NULL;
        if (!cv && conv != 'r' && conv != 's' && conv != 'a')
            gp_err_format(gp_exc_ValueError, "Unknown conversion specifier %c", conv);
        GP_SETREF(obj, cv);
        if (!obj) return -1;
    }
    gp_obj *spec = NULL;
    if (i < n && s[i] == ':') {
        if (c->depth > 1) { gp_decref(obj); gp_err_set_str(gp_exc_ValueError, "Max string recursion exceeded"); return -1; }
        c->depth++;
        spec = format_string(c, s + i + 1, n - i - 1);
        c->depth--;
        if (!spec) { gp_decref(obj); return -1; }
    }
    gp_obj *r = gp_format(obj, spec);
    gp_decref(obj);
    gp_xdecref(spec);
    if (!r) return -1;
    gp_strbuf_add(b, GP_STR_DATA(r), (size_t)GP_STR_NBYTES(r));
    gp_decref(r);
    return 0;
}

/* Finds the '}' closing the field that starts at s[i] (just after its
 * '{') the way CPython's parse_field reads it, with its messages for a
 * malformed field.  Returns that index, or -1 with ValueError set. */
static gp_ssize scan_field(const char *s, size_t n, size_t i)
{
    char ch = 0;
    bool stop = false;
    while (i < n) {
        ch = s[i++];
        if (ch == '{') { gp_err_set_str(gp_exc_ValueError, "unexpected '{' in field name"); return -1; }
        if (ch == '[') {
            while (i < n && s[i] != ']') i++;
            continue;
        }
        if (ch == '}' || ch == ':' || ch == '!') { stop = true; break; }
    }
    if (!stop) { gp_err_set_str(gp_exc_ValueError, "expected '}' before end of string"); return -1; }
    if (ch == '}') return (gp_ssize)(i - 1);
    if (ch == '!') {
        if (i >= n) {
            gp_err_set_str(gp_exc_ValueError, "end of string while looking for conversion specifier");
            return -1;
        }
        i++;   /* the conversion character */
        if (i < n) {
            char next = s[i++];
            if (next == '}') return (gp_ssize)(i - 1);
            if (next != ':') { gp_err_set_str(gp_exc_ValueError, "expected ':' after conversion specifier"); return -1; }
        }
    }
    int count = 1;
    while (i < n) {
        ch = s[i++];
        if (ch == '{') count++;
        else if (ch == '}' && --count == 0) return (gp_ssize)(i - 1);
    }
    gp_err_set_str(gp_exc_ValueError, "unmatched '{' in format spec");
    return -1;
}

static gp_obj *format_string(fmt_ctx *c, const char *s, size_t n)
{
    gp_strbuf b;
    gp_strbuf_init(&b);
    size_t i = 0;
    while (i < n) {
        char ch = s[i];
        if (ch == '}') {
            if (i + 1 < n && s[i + 1] == '}') { gp_strbuf_add(&b, "}", 1); i += 2; continue; }
            gp_strbuf_free(&b);
            return gp_err_set_str(gp_exc_ValueError, "Single '}' encountered in format string");
        }
        if (ch != '{') {
            size_t j = i;
            while (j < n && s[j] != '{' && s[j] != '}') j++;
            gp_strbuf_add(&b, s + i, j - i);
            i = j;
            continue;
        }
        if (i + 1 < n && s[i + 1] == '{') { gp_strbuf_add(&b, "{", 1); i += 2; continue; }
        if (i + 1 >= n) {
            gp_strbuf_free(&b);
            return gp_err_set_str(gp_exc_ValueError, "Single '{' encountered in format string");
        }
        gp_ssize close = scan_field(s, n, i + 1);
        if (close < 0) { gp_strbuf_free(&b); return NULL; }
        size_t j = (size_t)close;
        if (render_field(c, &b, s + i + 1, j - i - 1) < 0) { gp_strbuf_free(&b); return NULL; }
        i = j + 1;
    }
    return gp_strbuf_finish(&b);
}

gp_obj *gp_str_format_method(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames)
{
    fmt_ctx c = {args, nargs, kwnames, NULL, 0, false, 0};
    return format_string(&c, GP_STR_DATA(self), (size_t)GP_STR_NBYTES(self));
}

gp_obj *gp_str_format_mapping(gp_obj *fmt, gp_obj *mapping)
{
    fmt_ctx c = {NULL, 0, NULL, mapping, 0, false, 0};
    return format_string(&c, GP_STR_DATA(fmt), (size_t)GP_STR_NBYTES(fmt));
}

/* ---- printf-style % ------------------------------------------------------------------------------ */

typedef struct { bool left, plus, space, alt, zero; gp_ssize width, prec; } pct_flags;

static void pct_pad(gp_strbuf *b, const pct_flags *f, const char *sign, const char *body, size_t n, gp_ssize cps, bool numeric)
{
    gp_ssize total = (gp_ssize)strlen(sign) + cps;
    gp_ssize fill = f->width > total ? f->width - total : 0;
    /* '%*d' % (2**40, 1): MemoryError before looping 2**40 times */
    void *probe = fill > 4096 ? malloc((size_t)fill + n + 8) : NULL;
    if (fill > 4096 && !probe) {
        gp_err_nomemory();
        b->failed = true;
        return;
    }
    free(probe);
    if (f->left) {
        gp_strbuf_addc(b, sign);
        gp_strbuf_add(b, body, n);
        for (gp_ssize i = 0; i < fill && !b->failed; i++) gp_strbuf_add(b, " ", 1);
    } else if (f->zero && numeric) {
        gp_strbuf_addc(b, sign);
        for (gp_ssize i = 0; i < fill && !b->failed; i++) gp_strbuf_add(b, "0", 1);
        gp_strbuf_add(b, body, n);
    } else {
        for (gp_ssize i = 0; i < fill && !b->failed; i++) gp_strbuf_add(b, " ", 1);
        gp_strbuf_addc(b, sign);
        gp_strbuf_add(b, body, n);
    }
}

static int pct_int(gp_strbuf *b, const pct_flags *f, char type, gp_obj *v)
{
    gp_obj *iv;
    if (GP_FLOAT_CHECK(v) && (type == 'd' || type == 'i' || type == 'u')) iv = gp_int_from_double(GP_FLOAT_VALUE(v));
    else if (GP_INT_CHECK(v)) iv = gp_int_exact_copy(v);
    else if (type != 'd' && type != 'i' && type != 'u' && GP_TYPE(v)->nb_index) iv = gp_index(v);
    else if ((type == 'd' || type == 'i' || type == 'u') && GP_TYPE(v)->nb_int) iv = GP_TYPE(v)->nb_int(v);
    else if (GP_TYPE(v)->nb_index) iv = gp_index(v); /* %d falls back to __index__, like int() */
    else {
        if (type == 'd' || type == 'i' || type == 'u')
            gp_err_format(gp_exc_TypeError, "%%%c format: a real number is required, not %T", type, v);
        else
            gp_err_format(gp_exc_TypeError, "%%%c format: an integer is required, not %T", type, v);
        return -1;
    }
    if (!iv) return -1;
    bool neg = gp_int_sign(iv) < 0;
    gp_obj *av = neg ? gp_unary(iv, GP_UOP_NEG) : gp_incref(iv);
    gp_decref(iv);
    if (!av) return -1;
    int base = type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
    gp_obj *digits = gp_int_format_base(av, base, false, type == 'X');
    gp_decref(av);
    if (!digits) return -1;
    char sign[4] = "";
    if (neg) strcpy(sign, "-");
    else if (f->plus) strcpy(sign, "+");
    else if (f->space) strcpy(sign, " ");
    if (f->alt && base != 10) strcat(sign, base == 8 ? "0o" : type == 'X' ? "0X" : "0x");
    gp_strbuf body;
    gp_strbuf_init(&body);
    for (gp_ssize i = GP_STR_NBYTES(digits); i < f->prec; i++) gp_strbuf_add(&body, "0", 1);
    gp_strbuf_add(&body, GP_STR_DATA(digits), (size_t)GP_STR_NBYTES(digits));
    gp_decref(digits);
    pct_pad(b, f, sign, body.data ? body.data : "", body.len, (gp_ssize)body.len, true);
    gp_strbuf_free(&body);
    return 0;
}

static int pct_float(gp_strbuf *b, const pct_flags *f, char type, gp_obj *v)
{
    if (!GP_FLOAT_CHECK(v) && !GP_INT_CHECK(v) && !GP_TYPE(v)->nb_float && !GP_TYPE(v)->nb_index) {
        gp_err_format(gp_exc_TypeError, "must be real number, not %T", v);
        return -1;
    }
    double d = gp_float_as_double(v);
    if (d == -1.0 && gp_err_occurred()) return -1;
    char sign[2] = "";
    if (signbit(d)) strcpy(sign, "-");
    else if (f->plus) strcpy(sign, "+");
    else if (f->space) strcpy(sign, " ");
    gp_strbuf body;
    gp_strbuf_init(&body);
    double a = fabs(d);
    if (!isfinite(a)) {
        bool up = type == 'E' || type == 'F' || type == 'G';
        gp_strbuf_addc(&body, isnan(a) ? (up ? "NAN" : "nan") : (up ? "INF" : "inf"));
    } else {
        gp_format_double_into(&body, a, type, f->prec < 0 ? 6 : (int)f->prec, f->alt);
    }
    if (body.failed) { gp_strbuf_free(&body); return -1; }
    pct_pad(b, f, sign, body.data, body.len, (gp_ssize)body.len, isfinite(a));
    gp_strbuf_free(&body);
    return 0;
}

static bool pct_bytes_mode;  /* formatting for bytes % args (set around one call) */

static gp_obj *latin1_text(gp_obj *v)
{
    const char *d;
    gp_ssize n;
    if (GP_BYTES_CHECK(v)) { d = GP_BYTES_DATA(v); n = GP_BYTES_SIZE(v); }
    else if (GP_TYPE_CHECK(v, &gp_bytearray_type)) { d = ((gp_bytearray *)v)->data; n = ((gp_bytearray *)v)->size; }
    else return NULL;
    return gp_bytes_decode_impl(d ? d : "", (size_t)n, gp_str_intern_cstr("latin-1"), NULL);
}

static int pct_text(gp_strbuf *b, const pct_flags *f, char type, gp_obj *v)
{
    gp_obj *s;
    if (pct_bytes_mode && (type == 's' || type == 'b')) {
        s = latin1_text(v);
        if (!s && !gp_err_occurred())
            gp_err_format(gp_exc_TypeError,
                          "%%b requires a bytes-like object, or an object that implements __bytes__, not '%T'", v);
        if (!s) return -1;
    } else if (pct_bytes_mode && type == 'r') {
        s = gp_ascii(v);
    } else if (pct_bytes_mode && type == 'c') {
        /* bytes % args: one byte, from an int or a bytes-like of length 1 */
        bool one = (GP_BYTES_CHECK(v) && GP_BYTES_SIZE(v) == 1) ||
                   (GP_TYPE_CHECK(v, &gp_bytearray_type) && ((gp_bytearray *)v)->size == 1);
        if (one) {
            s = latin1_text(v);
        } else if (GP_INT_CHECK(v)) {
            int ovf;
            int64_t c = gp_int_as_i64(v, &ovf);
            if (ovf || c < 0 || c > 255) { gp_err_set_str(gp_exc_OverflowError, "%c arg not in range(256)"); return -1; }
            s = gp_str_from_codepoint((uint32_t)c);
        } else {
            gp_err_set_str(gp_exc_TypeError, "%c requires an integer in range(256) or a single byte");
            return -1;
        }
    } else if (type == 'c') {
        if (GP_STR_CHECK(v)) {
            if (GP_STR_LEN(v) != 1) { gp_err_set_str(gp_exc_TypeError, "%c requires int or char"); return -1; }
            s = gp_incref(v);
        } else if (GP_INT_CHECK(v)) {
            int ovf;
            int64_t c = gp_int_as_i64(v, &ovf);
            if (ovf || c < 0 || c > 0x10FFFF) { gp_err_set_str(gp_exc_OverflowError, "%c arg not in range(0x110000)"); return -1; }
            s = gp_str_from_codepoint((uint32_t)c);
        } else {
            gp_err_set_str(gp_exc_TypeError, "%c requires int or char");
            return -1;
        }
    } else {
        s = type == 'r' ? gp_repr(v) : type == 'a' ? gp_ascii(v) : gp_str(v);
    }
    if (!s) return -1;
    gp_ssize cps = GP_STR_LEN(s), nb = GP_STR_NBYTES(s);
    if (f->prec >= 0 && f->prec < cps) { nb = gp_str_offset(s, f->prec); cps = f->prec; }
    pct_pad(b, f, "", GP_STR_DATA(s), (size_t)nb, cps, false);
    gp_decref(s);
    return 0;
}

static gp_obj *next_arg(gp_obj *args, gp_ssize *argi, bool is_tuple)
{
    gp_ssize n = is_tuple ? GP_TUPLE_SIZE(args) : 1;
    if (*argi >= n) return gp_err_set_str(gp_exc_TypeError, "not enough arguments for format string");
    gp_obj *v = is_tuple ? GP_TUPLE_GET(args, *argi) : args;
    (*argi)++;
    return v;
}

static int read_star_or_num(const char **pp, const char *e, gp_ssize *out, gp_obj *args, gp_ssize *argi, bool is_tuple)
{
    const char *p = *pp;
    if (p < e && *p == '*') {
        gp_obj *v = next_arg(args, argi, is_tuple);
        if (!v) return -1;
        if (!GP_INT_CHECK(v)) { gp_err_set_str(gp_exc_TypeError, "* wants int"); return -1; }
        *out = gp_index_ssize(v);
        *pp = p + 1;
        return 0;
    }
    gp_ssize x = 0;
    bool any = false;
    while (p < e && *p >= '0' && *p <= '9') { x = x * 10 + (*p++ - '0'); any = true; }
    if (any) *out = x;
    *pp = p;
    return 0;
}

gp_obj *gp_bytes_percent_text(gp_obj *fmt, gp_obj *args)
{
    bool saved = pct_bytes_mode;
    pct_bytes_mode = true;
    gp_obj *r = gp_str_percent(fmt, args);
    pct_bytes_mode = saved;
    return r;
}

gp_obj *gp_str_percent(gp_obj *fmt, gp_obj *args)
{
    bool is_tuple = GP_TUPLE_CHECK(args);
    bool is_map = !is_tuple && !GP_STR_CHECK(args) && GP_TYPE(args)->getitem != NULL;
    gp_ssize argi = 0;
    const char *s = GP_STR_DATA(fmt), *e = s + GP_STR_NBYTES(fmt), *p = s;
    gp_strbuf b;
    gp_strbuf_init(&b);
    bool used_map = false;
    while (p < e) {
        const char *q = memchr(p, '%', (size_t)(e - p));
        if (!q) { gp_strbuf_add(&b, p, (size_t)(e - p)); break; }
        gp_strbuf_add(&b, p, (size_t)(q - p));
        const char *start = q++;
        if (q >= e) { gp_strbuf_free(&b); return gp_err_set_str(gp_exc_ValueError, "incomplete format"); }
        gp_obj *mapped = NULL;
        if (*q == '(') {
            if (!is_map) { gp_strbuf_free(&b); return gp_err_set_str(gp_exc_TypeError, "format requires a mapping"); }
            const char *k = ++q;
            int depth = 1;
            while (q < e && depth) { if (*q == '(') depth++; else if (*q == ')') depth--; if (depth) q++; }
            if (q >= e) { gp_strbuf_free(&b); return gp_err_set_str(gp_exc_ValueError, "incomplete format key"); }
            gp_obj *key = gp_str_new(k, (size_t)(q - k));
            mapped = key ? gp_getitem(args, key) : NULL;
            gp_xdecref(key);
            if (!mapped) { gp_strbuf_free(&b); return NULL; }
            q++;
            used_map = true;
        }
        pct_flags f = {false, false, false, false, false, -1, -1};
        for (; q < e; q++) {
            if (*q == '-') f.left = true;
            else if (*q == '+') f.plus = true;
            else if (*q == ' ') f.space = true;
            else if (*q == '#') f.alt = true;
            else if (*q == '0') f.zero = true;
            else break;
        }
        int r = read_star_or_num(&q, e, &f.width, args, &argi, is_tuple);
        if (r == 0 && f.width < -1) { f.left = true; f.width = -f.width; }
        if (r == 0 && q < e && *q == '.') { q++; f.prec = 0; r = read_star_or_num(&q, e, &f.prec, args, &argi, is_tuple); }
        while (r == 0 && q < e && (*q == 'h' || *q == 'l' || *q == 'L')) q++;
        if (r < 0 || q >= e) {
            gp_xdecref(mapped);
            gp_strbuf_free(&b);
            return r < 0 ? NULL : gp_err_set_str(gp_exc_ValueError, "incomplete format");
        }
        char type = *q++;
        /* only a bare "%%" is a literal; "%5%" takes an argument and then
         * fails on the '%' conversion, as in CPython 3.11 */
        if (type == '%' && q - start == 2) { gp_strbuf_add(&b, "%", 1); p = q; continue; }
        gp_obj *v = mapped ? mapped : next_arg(args, &argi, is_tuple || is_map ? is_tuple : false);
        /* "%(a)s %s" % mapping: the mapping was used up by the key */
        if (mapped && !is_tuple) argi = 1;
        if (!v) { gp_strbuf_free(&b); return NULL; }
        switch (type) {
        case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': r = pct_int(&b, &f, type, v); break;
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': r = pct_float(&b, &f, type, v); break;
        case 's': case 'r': case 'a': case 'c': r = pct_text(&b, &f, type, v); break;
        case 'b': r = pct_bytes_mode ? pct_text(&b, &f, type, v) : -2; break;
        default:
            r = -2;
        }
        if (r == -2) {
            gp_err_format(gp_exc_ValueError, "unsupported format character '%c' (0x%x) at index %zd", type,
                          (unsigned)(unsigned char)type, (gp_ssize)(q - 1 - s));
            r = -1;
        }
        gp_xdecref(mapped);
        if (r < 0) { gp_strbuf_free(&b); return NULL; }
        p = q;
    }
    gp_ssize total = is_tuple ? GP_TUPLE_SIZE(args) : 1;
    if (!used_map && !is_map && argi < total) {
        gp_strbuf_free(&b);
        return gp_err_set_str(gp_exc_TypeError, "not all arguments converted during string formatting");
    }
    if (!used_map && is_map && argi == 0 && !is_tuple) {
        /* a mapping given to a format without keys: CPython ignores it */
    }
    return gp_strbuf_finish(&b);
}
