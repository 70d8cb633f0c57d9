/*
 * format_spec.c — the format-spec mini-language shared by format(),
 * str.format and f-strings: [[fill]align][sign][z][#][0][width]
 * [grouping][.precision][type], applied to int, float and str with
 * CPython's rules and error messages.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "types.h"
#include "internal.h"
#include "int_internal.h"

static bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

static int read_number(const unsigned char **pp, const unsigned char *e, gp_ssize *out)
{
    const unsigned char *p = *pp;
    gp_ssize v = 0;
    bool any = false;
    while (p < e && *p >= '0' && *p <= '9') {
        if (v > ((gp_ssize)1 << 40)) {
            gp_err_set_str(gp_exc_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        v = v * 10 + (*p++ - '0');
        any = true;
    }
    *pp = p;
    *out = any ? v : -1;
    return 0;
}

static int spec_parse(gp_obj *spec, gp_fmtspec *f, const char *tname)
{
    memset(f, 0, sizeof *f);
    f->fill = ' ';
    f->width = f->precision = -1;
    const unsigned char *p = (const unsigned char *)GP_STR_DATA(spec), *e = p + GP_STR_NBYTES(spec);
    bool explicit_fill = false;
    if (p < e) {
        const unsigned char *q = p;
        uint32_t c = gp_utf8_decode(&q);
        if (q < e && is_align(*q)) { f->fill = c; f->align = (char)*q; p = q + 1; explicit_fill = true; }
        else if (is_align(c)) { f->align = (char)c; p = q; }
    }
    if (p < e && (*p == '+' || *p == '-' || *p == ' ')) f->sign = (char)*p++;
    if (p < e && *p == 'z') { f->no_neg_zero = true; p++; }
    if (p < e && *p == '#') { f->alt = true; p++; }
    if (p < e && *p == '0') {
        f->zero = true;
        if (!f->align) f->align = '=';
        if (!explicit_fill) f->fill = '0';
        p++;
    }
    if (read_number(&p, e, &f->width) < 0) return -1;
    if (p < e && (*p == ',' || *p == '_')) f->grouping = (char)*p++;
    if (p < e && (*p == ',' || *p == '_')) {
        gp_err_set_str(gp_exc_ValueError, "Cannot specify both ',' and '_'.");
        return -1;
    }
    if (p < e && *p == '.') {
        p++;
        if (read_number(&p, e, &f->precision) < 0) return -1;
        if (f->precision < 0) { gp_err_set_str(gp_exc_ValueError, "Format specifier missing precision"); return -1; }
    }
    if (e - p > 1 || (p < e && *p >= 0x80)) {
        gp_err_format(gp_exc_ValueError, "Invalid format specifier '%U' for object of type '%s'", spec, tname);
        return -1;
    }
    if (p < e) f->type = (char)*p;
    if (f->grouping && f->type && !strchr("deEfFgG%", f->type) &&
        !(f->grouping == '_' && strchr("boxX", f->type))) {
        gp_err_format(gp_exc_ValueError, "Cannot specify '%c' with '%c'.", f->grouping, f->type);
        return -1;
    }
    return 0;
}

int gp_fmtspec_parse(gp_obj *spec, gp_fmtspec *out) { return spec_parse(spec, out, "object"); }

/* Pads body (already including sign/prefix at [0, signlen)) to the width. */
static gp_obj *pad(const gp_fmtspec *f, const char *body, size_t n, size_t signlen, char defalign, gp_ssize cps)
{
    gp_ssize width = f->width, fillcount = width > cps ? width - cps : 0;
    char align = f->align ? f->align : defalign;
    char fill[4];
    size_t fl = gp_utf8_encode(f->fill, fill);
    gp_ssize left = 0, right = 0;
    if (align == '<') right = fillcount;
    else if (align == '^') { left = fillcount / 2; right = fillcount - left; }
    else left = fillcount;
    /* format(1, '2000000000000'): MemoryError before looping that often */
    void *probe = fillcount > 4096 ? malloc((size_t)fillcount * fl + n + 8) : NULL;
    if (fillcount > 4096 && !probe) return gp_err_nomemory();
    free(probe);
    gp_strbuf b;
    gp_strbuf_init(&b);
    if (align == '=') gp_strbuf_add(&b, body, signlen);
    for (gp_ssize i = 0; i < left && !b.failed; i++) gp_strbuf_add(&b, fill, fl);
    if (align == '=') gp_strbuf_add(&b, body + signlen, n - signlen);
    else gp_strbuf_add(&b, body, n);
    for (gp_ssize i = 0; i < right && !b.failed; i++) gp_strbuf_add(&b, fill, fl);
    return gp_strbuf_finish(&b);
}

/* Inserts grouping separators into the digit run digits[0..n). */
static void add_grouped(gp_strbuf *b, const char *digits, size_t n, char sep, int every)
{
    for (size_t i = 0; i < n; i++) {
        if (i && (n - i) % (size_t)every == 0) gp_strbuf_add(b, &sep, 1);
        gp_strbuf_add(b, digits + i, 1);
    }
}

static size_t grouped_len(size_t n, int every) { return n + (n ? (n - 1) / (size_t)every : 0); }

/* Builds sign + prefix + digits (grouped) + rest, honouring zero padding. */
static gp_obj *finish_number(const gp_fmtspec *f, bool neg, const char *prefix, const char *digits, size_t nd,
                             const char *rest, int every)
{
    char signc = neg ? '-' : f->sign == '+' ? '+' : f->sign == ' ' ? ' ' : 0;
    size_t signlen = (signc ? 1 : 0) + strlen(prefix);
    size_t restlen = strlen(rest);
    char *zeros = NULL;
    if (f->grouping && f->fill == '0' && (f->align == '=' || !f->align) && f->width > 0) {
        size_t want = (size_t)f->width;
        size_t total = nd;
        while (signlen + grouped_len(total, every) + restlen < want) total++;
        if (total > nd) {
            zeros = malloc(total + 1);
            if (!zeros) return gp_err_nomemory();
            memset(zeros, '0', total - nd);
            memcpy(zeros + total - nd, digits, nd);
            digits = zeros;
            nd = total;
        }
    }
    gp_strbuf b;
    gp_strbuf_init(&b);
    if (signc) gp_strbuf_add(&b, &signc, 1);
    gp_strbuf_addc(&b, prefix);
    if (f->grouping) add_grouped(&b, digits, nd, f->grouping, every);
    else gp_strbuf_add(&b, digits, nd);
    gp_strbuf_addc(&b, rest);
    free(zeros);
    if (b.failed) { gp_strbuf_free(&b); return NULL; }
    gp_obj *r = pad(f, b.data ? b.data : "", b.len, signlen, '>', (gp_ssize)b.len);
    gp_strbuf_free(&b);
    return r;
}

/* ---- floats --------------------------------------------------------------------------------- */

void gp_format_double_into(gp_strbuf *b, double v, char type, int prec, bool alt)
{
    char fmt[16], small[128];
    if (type == 'r') { gp_float_repr_into(b, v); return; }
    snprintf(fmt, sizeof fmt, "%%%s.*%c", alt ? "#" : "", type);
    int n = snprintf(small, sizeof small, fmt, prec, v);
    if (n < (int)sizeof small) { gp_strbuf_add(b, small, (size_t)n); return; }
    char *big = malloc((size_t)n + 1);
    if (!big) { b->failed = true; gp_err_nomemory(); return; }
    snprintf(big, (size_t)n + 1, fmt, prec, v);
    gp_strbuf_add(b, big, (size_t)n);
    free(big);
}

/* No type but a precision: like 'g', except that the result keeps a digit
 * after the point, so the exponent form starts one digit earlier
 * (CPython: format(100.0, '.3') == '1e+02', format(12.0, '.3') == '12.0'). */
static void format_double_notype(gp_strbuf *b, double a, int prec, bool alt)
{
    char e[64];
    snprintf(e, sizeof e, "%.*e", prec - 1, a);
    const char *ep = strchr(e, 'e');
    int exp10 = ep ? atoi(ep + 1) : 0;
    if (exp10 < -4 || exp10 >= prec - 1) {
        gp_format_double_into(b, a, 'e', prec - 1, alt);
        if (alt || b->failed || !b->data) return;
        /* 'g' drops the mantissa's trailing zeros and a bare point */
        char *mant_end = memchr(b->data, 'e', b->len);
        char *dot = mant_end ? memchr(b->data, '.', (size_t)(mant_end - b->data)) : NULL;
        if (!dot) return;
        char *z = mant_end;
        while (z > dot + 1 && z[-1] == '0') z--;
        if (z == dot + 1) z = dot;
        size_t tail = b->len - (size_t)(mant_end - b->data);
        memmove(z, mant_end, tail);
        b->len = (size_t)(z - b->data) + tail;
        return;
    }
    gp_format_double_into(b, a, 'g', prec, alt);
    if (b->data && !memchr(b->data, '.', b->len) && !memchr(b->data, 'e', b->len))
        gp_strbuf_add(b, ".0", 2);
}

static gp_obj *format_double(double v, const gp_fmtspec *f)
{
    char type = f->type;
    int prec = f->precision < 0 ? 6 : (int)f->precision;
    bool percent = type == '%', upper = type == 'E' || type == 'F' || type == 'G';
    if (percent) { v *= 100; type = 'f'; }
    if (type == 'n') type = 'g';
    if (upper) type = (char)(type + 32);
    bool neg = signbit(v) && !(f->no_neg_zero && v == 0);
    gp_strbuf body;
    gp_strbuf_init(&body);
    double a = fabs(v);
    if (f->no_neg_zero && neg) {
        /* 'z': a value that rounds to zero loses its sign */
        gp_strbuf t;
        gp_strbuf_init(&t);
        gp_format_double_into(&t, a, type ? type : 'g', type ? prec : (f->precision < 0 ? 17 : prec), false);
        bool allzero = t.data && strspn(t.data, "0.") == t.len;
        gp_strbuf_free(&t);
        if (allzero) neg = false;
    }
    if (!isfinite(a)) {
        gp_strbuf_addc(&body, isnan(a) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
    } else if (!type) {
        if (f->precision < 0) gp_format_double_into(&body, a, 'r', 0, false);
        else format_double_notype(&body, a, prec ? prec : 1, f->alt);
    } else {
        if (type == 'g' && prec == 0) prec = 1;
        gp_format_double_into(&body, a, type, prec, f->alt);
    }
    if (body.failed) { gp_strbuf_free(&body); return NULL; }
    if (upper)
        for (size_t i = 0; i < body.len; i++)
            if (body.data[i] >= 'a' && body.data[i] <= 'z') body.data[i] = (char)(body.data[i] - 32);
    gp_strbuf_add(&body, "", 0);
    body.data[body.len] = 0;
    /* split the integer digits (grouped) from the rest */
    size_t nd = strspn(body.data, "0123456789");
    if (!isfinite(a)) nd = 0;
    gp_strbuf rest;
    gp_strbuf_init(&rest);
    gp_strbuf_add(&rest, body.data + nd, body.len - nd);
    if (percent) gp_strbuf_add(&rest, "%", 1);
    gp_strbuf_add(&rest, "", 0);
    if (rest.failed) { gp_strbuf_free(&body); gp_strbuf_free(&rest); return NULL; }
    rest.data[rest.len] = 0;
    gp_fmtspec g = *f;
    if (!isfinite(a) && g.fill == '0' && g.zero && g.align == '=') { /* inf/nan are zero padded too */ }
    gp_obj *r = finish_number(&g, neg, "", body.data, nd, rest.data, 3);
    gp_strbuf_free(&body);
    gp_strbuf_free(&rest);
    return r;
}

gp_obj *gp_format_float(double v, gp_obj *spec)
{
    if (GP_STR_NBYTES(spec) == 0) return gp_float_repr_double(v);
    gp_fmtspec f;
    if (spec_parse(spec, &f, "float") < 0) return NULL;
    if (f.type && !strchr("eEfFgGn%", f.type))
        return gp_err_format(gp_exc_ValueError, "Unknown format code '%c' for object of type 'float'", f.type);
    return format_double(v, &f);
}

/* ---- complex ------------------------------------------------------------------------------------ */

/* One part of a complex number: a float formatted with the part's spec,
 * or (no type, no precision) repr without a trailing ".0", as CPython. */
static gp_obj *complex_part(double v, const gp_fmtspec *part, bool repr_style)
{
    gp_obj *s = format_double(v, part);
    if (!s || !repr_style) return s;
    gp_ssize n = GP_STR_NBYTES(s);
    if (n >= 2 && memcmp(GP_STR_DATA(s) + n - 2, ".0", 2) == 0) {
        gp_obj *t = gp_str_new(GP_STR_DATA(s), (size_t)(n - 2));
        gp_decref(s);
        return t;
    }
    return s;
}

gp_obj *gp_format_complex(double re, double im, gp_obj *spec)
{
    gp_fmtspec f;
    if (spec_parse(spec, &f, "complex") < 0) return NULL;
    if (f.type && !strchr("eEfFgGn", f.type))
        return gp_err_format(gp_exc_ValueError, "Unknown format code '%c' for object of type 'complex'", f.type);
    if (f.fill == '0')
        return gp_err_set_str(gp_exc_ValueError, "Zero padding is not allowed in complex format specifier");
    if (f.align == '=')
        return gp_err_set_str(gp_exc_ValueError, "'=' alignment flag is not allowed in complex format specifier");
    gp_fmtspec part = f;
    part.width = -1;
    part.align = 0;
    part.fill = ' ';
    part.zero = false;
    bool repr_style = false, parens = false, skip_re = false;
    if (!f.type) {
        /* like str(z): parentheses unless the real part is +0 and omitted */
        if (re == 0 && !signbit(re)) skip_re = true;
        else parens = true;
        if (f.precision < 0) repr_style = true;
        else part.type = 'g';
    }
    gp_obj *rs = skip_re ? gp_str_from_cstr("") : complex_part(re, &part, repr_style);
    if (!rs) return NULL;
    if (!skip_re) part.sign = '+';
    gp_obj *is = complex_part(im, &part, repr_style);
    if (!is) { gp_decref(rs); return NULL; }
    gp_obj *body = gp_str_from_format("%s%U%Uj%s", parens ? "(" : "", rs, is, parens ? ")" : "");
    gp_decref(rs);
    gp_decref(is);
    if (!body) return NULL;
    gp_obj *r = pad(&f, GP_STR_DATA(body), (size_t)GP_STR_NBYTES(body), 0, '>', GP_STR_LEN(body));
    gp_decref(body);
    return r;
}

/* ---- ints -------------------------------------------------------------------------------------- */

gp_obj *gp_format_int(gp_obj *v, gp_obj *spec)
{
    if (GP_STR_NBYTES(spec) == 0) return gp_int_repr(v);
    gp_fmtspec f;
    if (spec_parse(spec, &f, "int") < 0) return NULL;
    char t = f.type;
    if (t && strchr("eEfFgG%", t)) {
        double d = gp_int_as_double(v);
        if (d == -1.0 && gp_err_occurred()) return NULL;
        return format_double(d, &f);
    }
    if (t && !strchr("bcdoxXn", t))
        return gp_err_format(gp_exc_ValueError, "Unknown format code '%c' for object of type 'int'", t);
    if (f.precision >= 0) return gp_err_set_str(gp_exc_ValueError, "Precision not allowed in integer format specifier");
    if (f.no_neg_zero)
        return gp_err_set_str(gp_exc_ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
    if (t == 'c') {
        if (f.sign) return gp_err_set_str(gp_exc_ValueError, "Sign not allowed with integer format specifier 'c'");
        if (f.alt) return gp_err_set_str(gp_exc_ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
        int ovf;
        int64_t c = gp_int_as_i64(v, &ovf);
        if (ovf || c < 0 || c > 0x10FFFF) return gp_err_set_str(gp_exc_OverflowError, "%c arg not in range(0x110000)");
        gp_obj *s = gp_str_from_codepoint((uint32_t)c);
        if (!s) return NULL;
        gp_obj *r = pad(&f, GP_STR_DATA(s), (size_t)GP_STR_NBYTES(s), 0, '>', 1);
        gp_decref(s);
        return r;
    }
    int base = t == 'b' ? 2 : t == 'o' ? 8 : (t == 'x' || t == 'X') ? 16 : 10;
    bool neg = gp_int_sign(v) < 0;
    gp_obj *av = neg ? gp_unary(v, GP_UOP_NEG) : gp_int_exact_copy(v);
    if (!av) return NULL;
    gp_obj *digits = gp_int_format_base(av, base, false, t == 'X');
    gp_decref(av);
    if (!digits) return NULL;
    const char *prefix = "";
    if (f.alt) prefix = base == 2 ? "0b" : base == 8 ? "0o" : base == 16 ? (t == 'X' ? "0X" : "0x") : "";
    gp_obj *r = finish_number(&f, neg, prefix, GP_STR_DATA(digits), (size_t)GP_STR_NBYTES(digits), "", base == 10 ? 3 : 4);
    gp_decref(digits);
    return r;
}

/* ---- str ---------------------------------------------------------------------------------------- */

gp_obj *gp_format_str(gp_obj *v, gp_obj *spec)
{
    if (GP_STR_NBYTES(spec) == 0) return gp_str(v);
    gp_fmtspec f;
    if (spec_parse(spec, &f, "str") < 0) return NULL;
    if (f.type && f.type != 's')
        return gp_err_format(gp_exc_ValueError, "Unknown format code '%c' for object of type 'str'", f.type);
    if (f.sign) return gp_err_set_str(gp_exc_ValueError, "Sign not allowed in string format specifier");
    if (f.no_neg_zero)
        return gp_err_set_str(gp_exc_ValueError, "Negative zero coercion (z) not allowed in string format specifier");
    if (f.alt) return gp_err_set_str(gp_exc_ValueError, "Alternate form (#) not allowed in string format specifier");
    if (f.align == '=') {
        if (f.zero && f.fill == '0' && GP_STR_DATA(spec)[0] != '0') f.align = '<'; /* "05": zero fill, left */
        else if (f.zero && GP_STR_DATA(spec)[0] == '0' && GP_STR_DATA(spec)[1] != '=') f.align = '<';
        else return gp_err_set_str(gp_exc_ValueError, "'=' alignment not allowed in string format specifier");
    }
    if (f.grouping) return gp_err_format(gp_exc_ValueError, "Cannot specify '%c' with 's'.", f.grouping);
    gp_ssize len = GP_STR_LEN(v);
    gp_obj *s = f.precision >= 0 && f.precision < len ? gp_str_substr(v, 0, f.precision) : gp_incref(v);
    if (!s) return NULL;
    gp_obj *r = pad(&f, GP_STR_DATA(s), (size_t)GP_STR_NBYTES(s), 0, '<', GP_STR_LEN(s));
    gp_decref(s);
    return r;
}
