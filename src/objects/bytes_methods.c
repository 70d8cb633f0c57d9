/*
 * bytes_methods.c — methods shared by bytes and bytearray (results have
 * the type of self) and the mutating methods of bytearray.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "types.h"
#include "internal.h"
#include "bytes_internal.h"

#define METHOD(name) static gp_obj *name(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
#define VIEW(o, d, n) const char *d = ""; gp_ssize n = 0; gp_bytes_view(o, &d, &n)

static int arg_view(gp_obj *o, const char **d, gp_ssize *n)
{
    if (gp_bytes_view(o, d, n)) return 0;
    gp_err_format(gp_exc_TypeError, "a bytes-like object is required, not '%T'", o);
    return -1;
}

METHOD(b_decode)
{
    static const char *const names[] = {"encoding", "errors", NULL};
    gp_obj *a[2];
    if (gp_parse_args("decode", args, nargs, kw, names, 2, 0, a) < 0) return NULL;
    VIEW(self, d, n);
    return gp_bytes_decode_impl(d, (size_t)n, a[0], a[1]);
}

/* Optional start/end as byte positions. */
static int byte_range(gp_ssize n, gp_obj *const *args, size_t nargs, size_t first, gp_ssize *s, gp_ssize *e)
{
    gp_ssize v[2] = {0, n};
    for (size_t k = 0; k < 2; k++) {
        if (first + k >= nargs || args[first + k] == gp_None) continue;
        gp_ssize x = gp_index_ssize(args[first + k]);
        if (x == -1 && gp_err_occurred()) return -1;
        if (x < 0) { x += n; if (x < 0) x = 0; }
        if (x > n) x = n;
        v[k] = x;
    }
    *s = v[0];
    *e = v[1];
    return 0;
}

static int needle(gp_obj *o, const char **d, gp_ssize *n, char *one)
{
    if (GP_INT_CHECK(o)) {
        int c;
        if (gp_byte_value(o, &c) < 0) return -1;
        *one = (char)c;
        *d = one;
        *n = 1;
        return 0;
    }
    return arg_view(o, d, n);
}

static gp_ssize find_impl(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw, bool rev, const char *name)
{
    if (gp_check_nargs(name, nargs, kw, 1, 3) < 0) return -2;
    VIEW(self, d, n);
    const char *s;
    gp_ssize m, a, b;
    char one;
    if (needle(args[0], &s, &m, &one) < 0 || byte_range(n, args, nargs, 1, &a, &b) < 0) return -2;
    if (b - a < m) return -1;
    if (!rev) {
        const char *p = m ? memmem(d + a, (size_t)(b - a), s, (size_t)m) : d + a;
        return p ? p - d : -1;
    }
    for (gp_ssize i = b - m; i >= a; i--)
        if (memcmp(d + i, s, (size_t)m) == 0) return i;
    return -1;
}

METHOD(b_find) { gp_ssize r = find_impl(self, args, nargs, kw, false, "find"); return r == -2 ? NULL : gp_int_from_i64(r); }
METHOD(b_rfind) { gp_ssize r = find_impl(self, args, nargs, kw, true, "rfind"); return r == -2 ? NULL : gp_int_from_i64(r); }
METHOD(b_index)
{
    gp_ssize r = find_impl(self, args, nargs, kw, false, "index");
    if (r == -1) return gp_err_set_str(gp_exc_ValueError, "subsection not found");
    return r == -2 ? NULL : gp_int_from_i64(r);
}
METHOD(b_rindex)
{
    gp_ssize r = find_impl(self, args, nargs, kw, true, "rindex");
    if (r == -1) return gp_err_set_str(gp_exc_ValueError, "subsection not found");
    return r == -2 ? NULL : gp_int_from_i64(r);
}

METHOD(b_count)
{
    if (gp_check_nargs("count", nargs, kw, 1, 3) < 0) return NULL;
    VIEW(self, d, n);
    const char *s;
    gp_ssize m, a, b, c = 0;
    char one;
    if (needle(args[0], &s, &m, &one) < 0 || byte_range(n, args, nargs, 1, &a, &b) < 0) return NULL;
    if (m == 0) return gp_int_from_i64(b >= a ? b - a + 1 : 0);
    while (a + m <= b) {
        const char *p = memmem(d + a, (size_t)(b - a), s, (size_t)m);
        if (!p) break;
        c++;
        a = (p - d) + m;
    }
    return gp_int_from_i64(c);
}

static gp_obj *affix(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw, bool ends)
{
    const char *name = ends ? "endswith" : "startswith";
    if (gp_check_nargs(name, nargs, kw, 1, 3) < 0) return NULL;
    VIEW(self, d, n);
    gp_ssize a, b;
    if (byte_range(n, args, nargs, 1, &a, &b) < 0) return NULL;
    gp_obj *const *cands = args;
    gp_ssize nc = 1;
    if (GP_TUPLE_CHECK(args[0])) { cands = GP_TUPLE_ITEMS(args[0]); nc = GP_TUPLE_SIZE(args[0]); }
    for (gp_ssize i = 0; i < nc; i++) {
        const char *s;
        gp_ssize m;
        if (!gp_bytes_view(cands[i], &s, &m))
            return gp_err_format(gp_exc_TypeError, "%s first arg must be bytes or a tuple of bytes, not %T", name, cands[i]);
        if (b - a < m) continue;
        if (memcmp(d + (ends ? b - m : a), s, (size_t)m) == 0) return gp_bool_new(true);
    }
    return gp_bool_new(false);
}

METHOD(b_startswith) { return affix(self, args, nargs, kw, false); }
METHOD(b_endswith) { return affix(self, args, nargs, kw, true); }

static int add_piece(gp_obj *l, gp_obj *self, const char *d, gp_ssize a, gp_ssize b)
{
    gp_obj *p = gp_bytes_like(self, d + a, (size_t)(b - a));
    if (!p) return -1;
    int r = gp_list_append(l, p);
    gp_decref(p);
    return r;
}

METHOD(b_split)
{
    static const char *const names[] = {"sep", "maxsplit", NULL};
    gp_obj *a[2];
    if (gp_parse_args("split", args, nargs, kw, names, 2, 0, a) < 0) return NULL;
    gp_ssize maxsplit = -1;
    if (a[1] && (maxsplit = gp_index_ssize(a[1])) == -1 && gp_err_occurred()) return NULL;
    VIEW(self, d, n);
    gp_obj *l = gp_list_new(0);
    if (!l) return NULL;
    gp_ssize i = 0;
    if (!a[0] || a[0] == gp_None) {
        while (i < n) {
            while (i < n && isspace((unsigned char)d[i])) i++;
            if (i >= n) break;
            gp_ssize j = i;
            if (maxsplit-- == 0) {
                j = n;
                while (j > i && isspace((unsigned char)d[j - 1])) j--;
            } else {
                while (j < n && !isspace((unsigned char)d[j])) j++;
            }
            if (add_piece(l, self, d, i, j) < 0) goto fail;
            i = j;
        }
        return l;
    }
    const char *s;
    gp_ssize m;
    if (arg_view(a[0], &s, &m) < 0) goto fail;
    if (m == 0) { gp_err_set_str(gp_exc_ValueError, "empty separator"); goto fail; }
    while (maxsplit-- != 0) {
        const char *p = memmem(d + i, (size_t)(n - i), s, (size_t)m);
        if (!p) break;
        if (add_piece(l, self, d, i, p - d) < 0) goto fail;
        i = (p - d) + m;
    }
    if (add_piece(l, self, d, i, n) < 0) goto fail;
    return l;
fail:
    gp_decref(l);
    return NULL;
}

METHOD(b_join)
{
    if (gp_check_nargs("join", nargs, kw, 1, 1) < 0) return NULL;
    VIEW(self, sep, ns);
    gp_obj *seq = gp_list_from_iterable(args[0]);
    if (!seq) return NULL;
    gp_strbuf b;
    gp_strbuf_init(&b);
    for (gp_ssize i = 0; i < GP_LIST_SIZE(seq); i++) {
        const char *d;
        gp_ssize n;
        if (!gp_bytes_view(GP_LIST_ITEMS(seq)[i], &d, &n)) {
            gp_err_format(gp_exc_TypeError, "sequence item %zd: expected a bytes-like object, %T found", i,
                          GP_LIST_ITEMS(seq)[i]);
            gp_strbuf_free(&b);
            gp_decref(seq);
            return NULL;
        }
        if (i) gp_strbuf_add(&b, sep, (size_t)ns);
        gp_strbuf_add(&b, d, (size_t)n);
    }
    gp_decref(seq);
    gp_obj *r = b.failed ? NULL : gp_bytes_like(self, b.data ? b.data : "", b.len);
    gp_strbuf_free(&b);
    return r;
}

METHOD(b_replace)
{
    if (gp_check_nargs("replace", nargs, kw, 2, 3) < 0) return NULL;
    VIEW(self, d, n);
    const char *o, *w;
    gp_ssize no, nw, count = -1;
    if (arg_view(args[0], &o, &no) < 0 || arg_view(args[1], &w, &nw) < 0) return NULL;
    if (nargs > 2 && (count = gp_index_ssize(args[2])) == -1 && gp_err_occurred()) return NULL;
    gp_strbuf b;
    gp_strbuf_init(&b);
    gp_ssize i = 0;
    if (no == 0) {
        for (; i <= n; i++) {
            if (count-- != 0) gp_strbuf_add(&b, w, (size_t)nw);
            else { gp_strbuf_add(&b, d + i, (size_t)(n - i)); i = n + 1; break; }
            if (i < n) gp_strbuf_add(&b, d + i, 1);
        }
    } else {
        while (count != 0) {
            const char *p = memmem(d + i, (size_t)(n - i), o, (size_t)no);
            if (!p) break;
            gp_strbuf_add(&b, d + i, (size_t)(p - d - i));
            gp_strbuf_add(&b, w, (size_t)nw);
            i = (p - d) + no;
            count--;
        }
        gp_strbuf_add(&b, d + i, (size_t)(n - i));
    }
    gp_obj *r = b.failed ? NULL : gp_bytes_like(self, b.data ? b.data : "", b.len);
    gp_strbuf_free(&b);
    return r;
}

static gp_obj *strip_impl(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw, bool l, bool r)
{
    if (gp_check_nargs("strip", nargs, kw, 0, 1) < 0) return NULL;
    VIEW(self, d, n);
    const char *chars = " \t\n\r\x0b\x0c";
    gp_ssize nc = 6;
    if (nargs && args[0] != gp_None && arg_view(args[0], &chars, &nc) < 0) return NULL;
    gp_ssize a = 0, b = n;
    while (l && a < b && memchr(chars, d[a], (size_t)nc)) a++;
    while (r && b > a && memchr(chars, d[b - 1], (size_t)nc)) b--;
    return gp_bytes_like(self, d + a, (size_t)(b - a));
}

METHOD(b_strip) { return strip_impl(self, args, nargs, kw, true, true); }
METHOD(b_lstrip) { return strip_impl(self, args, nargs, kw, true, false); }
METHOD(b_rstrip) { return strip_impl(self, args, nargs, kw, false, true); }

static gp_obj *map_bytes(gp_obj *self, int (*f)(int))
{
    VIEW(self, d, n);
    char *buf = malloc((size_t)n + 1);
    if (!buf) return gp_err_nomemory();
    for (gp_ssize i = 0; i < n; i++) buf[i] = (char)f((unsigned char)d[i]);
    gp_obj *r = gp_bytes_like(self, buf, (size_t)n);
    free(buf);
    return r;
}

METHOD(b_upper) { return map_bytes(self, toupper); }
METHOD(b_lower) { return map_bytes(self, tolower); }

static gp_obj *all_bytes(gp_obj *self, int (*f)(int))
{
    VIEW(self, d, n);
    if (n == 0) return gp_bool_new(false);
    for (gp_ssize i = 0; i < n; i++)
        if (!f((unsigned char)d[i])) return gp_bool_new(false);
    return gp_bool_new(true);
}

METHOD(b_isdigit) { return all_bytes(self, isdigit); }
METHOD(b_isalpha) { return all_bytes(self, isalpha); }
METHOD(b_isalnum) { return all_bytes(self, isalnum); }
METHOD(b_isspace) { return all_bytes(self, isspace); }

METHOD(b_hex)
{
    if (gp_check_nargs("hex", nargs, kw, 0, 2) < 0) return NULL;
    VIEW(self, d, n);
    const char *sep = NULL;
    gp_ssize nsep = 0;
    if (nargs && GP_STR_CHECK(args[0])) { sep = GP_STR_DATA(args[0]); nsep = GP_STR_NBYTES(args[0]); }
    gp_strbuf b;
    gp_strbuf_init(&b);
    static const char hex[] = "0123456789abcdef";
    for (gp_ssize i = 0; i < n; i++) {
        if (i && sep) gp_strbuf_add(&b, sep, (size_t)nsep);
        char two[2] = {hex[(unsigned char)d[i] >> 4], hex[d[i] & 15]};
        gp_strbuf_add(&b, two, 2);
    }
    return gp_strbuf_finish(&b);
}

METHOD(b_fromhex)
{
    if (gp_check_nargs("fromhex", nargs, kw, 1, 1) < 0) return NULL;
    if (!GP_STR_CHECK(args[0])) return gp_err_format(gp_exc_TypeError, "fromhex() argument must be str, not %T", args[0]);
    const char *s = GP_STR_DATA(args[0]);
    gp_ssize n = GP_STR_NBYTES(args[0]), k = 0;
    char *buf = malloc((size_t)n / 2 + 1);
    if (!buf) return gp_err_nomemory();
    for (gp_ssize i = 0; i < n;) {
        if (isspace((unsigned char)s[i])) { i++; continue; }
        if (i + 1 >= n || !isxdigit((unsigned char)s[i]) || !isxdigit((unsigned char)s[i + 1])) {
            free(buf);
            gp_ssize pos = isxdigit((unsigned char)s[i]) ? i + 1 : i;
            return gp_err_format(gp_exc_ValueError, "non-hexadecimal number found in fromhex() arg at position %zd", pos);
        }
        char t[3] = {s[i], s[i + 1], 0};
        buf[k++] = (char)strtol(t, NULL, 16);
        i += 2;
    }
    gp_obj *r = self == (gp_obj *)&gp_bytearray_type ? gp_bytearray_new(buf, (size_t)k) : gp_bytes_new(buf, (size_t)k);
    free(buf);
    return r;
}

METHOD(b_partition)
{
    if (gp_check_nargs("partition", nargs, kw, 1, 1) < 0) return NULL;
    VIEW(self, d, n);
    const char *s;
    gp_ssize m;
    if (arg_view(args[0], &s, &m) < 0) return NULL;
    if (m == 0) return gp_err_set_str(gp_exc_ValueError, "empty separator");
    const char *p = memmem(d, (size_t)n, s, (size_t)m);
    gp_obj *x = p ? gp_bytes_like(self, d, (size_t)(p - d)) : gp_bytes_like(self, d, (size_t)n);
    gp_obj *y = p ? gp_bytes_like(self, s, (size_t)m) : gp_bytes_like(self, "", 0);
    gp_obj *z = p ? gp_bytes_like(self, p + m, (size_t)(n - (p - d) - m)) : gp_bytes_like(self, "", 0);
    gp_obj *r = x && y && z ? gp_tuple_pack(3, x, y, z) : NULL;
    gp_xdecref(x);
    gp_xdecref(y);
    gp_xdecref(z);
    return r;
}

static gp_obj *pad_impl(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw, const char *name, int where)
{
    if (gp_check_nargs(name, nargs, kw, 1, 2) < 0) return NULL;
    gp_ssize w = gp_index_ssize(args[0]);
    if (w == -1 && gp_err_occurred()) return NULL;
    char fill = ' ';
    if (nargs > 1) {
        const char *f;
        gp_ssize fn;
        if (!gp_bytes_view(args[1], &f, &fn) || fn != 1)
            return gp_err_format(gp_exc_TypeError, "%s() argument 2 must be a byte string of length 1, not %T", name, args[1]);
        fill = f[0];
    }
    VIEW(self, d, n);
    gp_ssize pad = w > n ? w - n : 0, left = where < 0 ? 0 : where > 0 ? pad : pad / 2 + (pad & w & 1);
    char *buf = malloc((size_t)(n + pad) + 1);
    if (!buf) return gp_err_nomemory();
    memset(buf, fill, (size_t)(n + pad));
    memcpy(buf + left, d, (size_t)n);
    gp_obj *r = gp_bytes_like(self, buf, (size_t)(n + pad));
    free(buf);
    return r;
}

METHOD(b_ljust) { return pad_impl(self, args, nargs, kw, "ljust", -1); }
METHOD(b_rjust) { return pad_impl(self, args, nargs, kw, "rjust", 1); }
METHOD(b_center) { return pad_impl(self, args, nargs, kw, "center", 0); }

METHOD(b_zfill)
{
    if (gp_check_nargs("zfill", nargs, kw, 1, 1) < 0) return NULL;
    gp_ssize w = gp_index_ssize(args[0]);
    if (w == -1 && gp_err_occurred()) return NULL;
    VIEW(self, d, n);
    gp_ssize pad = w > n ? w - n : 0;
    char *buf = malloc((size_t)(n + pad) + 1);
    if (!buf) return gp_err_nomemory();
    bool sign = n > 0 && (d[0] == '+' || d[0] == '-');
    if (sign) buf[0] = d[0];
    memset(buf + sign, '0', (size_t)pad);
    memcpy(buf + sign + pad, d + sign, (size_t)(n - sign));
    gp_obj *r = gp_bytes_like(self, buf, (size_t)(n + pad));
    free(buf);
    return r;
}

METHOD(b_splitlines)
{
    static const char *const names[] = {"keepends", NULL};
    gp_obj *a[1];
    if (gp_parse_args("splitlines", args, nargs, kw, names, 1, 0, a) < 0) return NULL;
    int keep = a[0] ? gp_truthy(a[0]) : 0;
    VIEW(self, d, n);
    gp_obj *l = gp_list_new(0);
    gp_ssize start = 0, i = 0;
    while (l && i < n) {
        if (d[i] != '\n' && d[i] != '\r') { i++; continue; }
        gp_ssize w = d[i] == '\r' && i + 1 < n && d[i + 1] == '\n' ? 2 : 1;
        if (add_piece(l, self, d, start, keep ? i + w : i) < 0) GP_CLEAR(l);
        i += w;
        start = i;
    }
    if (l && start < n && add_piece(l, self, d, start, n) < 0) GP_CLEAR(l);
    return l;
}

static int b_swap(int c) { return isupper(c) ? tolower(c) : toupper(c); }
METHOD(b_swapcase) { return map_bytes(self, b_swap); }

static gp_obj *title_like(gp_obj *self, bool capitalize)
{
    VIEW(self, d, n);
    char *buf = malloc((size_t)n + 1);
    if (!buf) return gp_err_nomemory();
    bool prev = false;
    for (gp_ssize i = 0; i < n; i++) {
        int c = (unsigned char)d[i];
        if (capitalize) buf[i] = (char)(i == 0 ? toupper(c) : tolower(c));
        else { buf[i] = (char)(prev ? tolower(c) : toupper(c)); prev = isalpha(c); }
    }
    gp_obj *r = gp_bytes_like(self, buf, (size_t)n);
    free(buf);
    return r;
}
METHOD(b_title) { return title_like(self, false); }
METHOD(b_capitalize) { return title_like(self, true); }

static gp_obj *cased(gp_obj *self, bool upper)
{
    VIEW(self, d, n);
    bool any = false;
    for (gp_ssize i = 0; i < n; i++) {
        int c = (unsigned char)d[i];
        if (upper ? islower(c) : isupper(c)) return gp_bool_new(false);
        any = any || (upper ? isupper(c) : islower(c));
    }
    return gp_bool_new(any);
}
METHOD(b_isupper) { return cased(self, true); }
METHOD(b_islower) { return cased(self, false); }

/* bytes % args: formatted through str's engine over Latin-1 text. */
static gp_obj *latin1(gp_obj *o)
{
    const char *d;
    gp_ssize n;
    if (!gp_bytes_view(o, &d, &n)) return gp_incref(o);
    gp_obj *enc = gp_str_intern_cstr("latin-1");
    return gp_bytes_decode_impl(d, (size_t)n, enc, NULL);
}

gp_obj *gp_bytes_percent_text(gp_obj *fmt, gp_obj *args);

gp_obj *gp_bytes_percent(gp_obj *fmt, gp_obj *args)
{
    gp_obj *f = latin1(fmt);
    if (!f) return NULL;
    gp_obj *r = gp_bytes_percent_text(f, args);
    gp_decref(f);
    if (!r) return NULL;
    gp_obj *b = gp_str_encode_impl(r, gp_str_intern_cstr("latin-1"), NULL);
    gp_decref(r);
    return b;
}

METHOD(b_rsplit)
{
    static const char *const names[] = {"sep", "maxsplit", NULL};
    gp_obj *a[2];
    if (gp_parse_args("rsplit", args, nargs, kw, names, 2, 0, a) < 0) return NULL;
    gp_ssize maxsplit = -1;
    if (a[1] && (maxsplit = gp_index_ssize(a[1])) == -1 && gp_err_occurred()) return NULL;
    VIEW(self, d, n);
    gp_obj *l = gp_list_new(0);
    if (!l) return NULL;
    gp_ssize e = n;
    if (!a[0] || a[0] == gp_None) {
        while (e > 0) {
            while (e > 0 && isspace((unsigned char)d[e - 1])) e--;
            if (e <= 0) break;
            gp_ssize b = e;
            if (maxsplit-- == 0) b = 0;
            else while (b > 0 && !isspace((unsigned char)d[b - 1])) b--;
            if (add_piece(l, self, d, b, e) < 0) goto fail;
            e = b;
        }
    } else {
        const char *s;
        gp_ssize m;
        if (arg_view(a[0], &s, &m) < 0) goto fail;
        if (m == 0) { gp_err_set_str(gp_exc_ValueError, "empty separator"); goto fail; }
        gp_ssize i = e - m;
        while (maxsplit != 0 && i >= 0) {
            if (memcmp(d + i, s, (size_t)m) == 0) {
                if (add_piece(l, self, d, i + m, e) < 0) goto fail;
                e = i;
                i -= m;
                maxsplit--;
            } else {
                i--;
            }
        }
        if (add_piece(l, self, d, 0, e) < 0) goto fail;
    }
    gp_obj **v = GP_LIST_ITEMS(l);
    for (gp_ssize x = 0, y = GP_LIST_SIZE(l) - 1; x < y; x++, y--) { gp_obj *t = v[x]; v[x] = v[y]; v[y] = t; }
    return l;
fail:
    gp_decref(l);
    return NULL;
}

METHOD(b_rpartition)
{
    if (gp_check_nargs("rpartition", nargs, kw, 1, 1) < 0) return NULL;
    VIEW(self, d, n);
    const char *s;
    gp_ssize m;
    if (arg_view(args[0], &s, &m) < 0) return NULL;
    if (m == 0) return gp_err_set_str(gp_exc_ValueError, "empty separator");
    gp_ssize at = -1;
    for (gp_ssize i = n - m; i >= 0; i--)
        if (memcmp(d + i, s, (size_t)m) == 0) { at = i; break; }
    gp_obj *x = at >= 0 ? gp_bytes_like(self, d, (size_t)at) : gp_bytes_like(self, "", 0);
    gp_obj *y = at >= 0 ? gp_bytes_like(self, s, (size_t)m) : gp_bytes_like(self, "", 0);
    gp_obj *z = at >= 0 ? gp_bytes_like(self, d + at + m, (size_t)(n - at - m)) : gp_bytes_like(self, d, (size_t)n);
    gp_obj *r = x && y && z ? gp_tuple_pack(3, x, y, z) : NULL;
    gp_xdecref(x);
    gp_xdecref(y);
    gp_xdecref(z);
    return r;
}

METHOD(b_expandtabs)
{
    static const char *const names[] = {"tabsize", NULL};
    gp_obj *a[1];
    if (gp_parse_args("expandtabs", args, nargs, kw, names, 1, 0, a) < 0) return NULL;
    gp_ssize ts = 8;
    if (a[0] && (ts = gp_index_ssize(a[0])) == -1 && gp_err_occurred()) return NULL;
    VIEW(self, d, n);
    gp_strbuf b;
    gp_strbuf_init(&b);
    gp_ssize col = 0;
    for (gp_ssize i = 0; i < n; i++) {
        if (d[i] == '\t') {
            gp_ssize k = ts > 0 ? ts - col % ts : 0;
            for (gp_ssize j = 0; j < k; j++) gp_strbuf_add(&b, " ", 1);
            col += k;
        } else {
            gp_strbuf_add(&b, d + i, 1);
            col = d[i] == '\n' || d[i] == '\r' ? 0 : col + 1;
        }
    }
    gp_obj *r = b.failed ? NULL : gp_bytes_like(self, b.data ? b.data : "", b.len);
    gp_strbuf_free(&b);
    return r;
}

METHOD(b_translate)
{
    static const char *const names[] = {"table", "delete", NULL};
    gp_obj *a[2];
    if (gp_parse_args("translate", args, nargs, kw, names, 2, 1, a) < 0) return NULL;
    const char *table = NULL, *del = "";
    gp_ssize tn = 0, dn = 0;
    if (a[0] != gp_None) {
        if (arg_view(a[0], &table, &tn) < 0) return NULL;
        if (tn != 256) return gp_err_set_str(gp_exc_ValueError, "translation table must be 256 characters long");
    }
    if (a[1] && arg_view(a[1], &del, &dn) < 0) return NULL;
    VIEW(self, d, n);
    char *buf = malloc((size_t)n + 1);
    if (!buf) return gp_err_nomemory();
    gp_ssize k = 0;
    for (gp_ssize i = 0; i < n; i++) {
        if (dn && memchr(del, d[i], (size_t)dn)) continue;
        buf[k++] = table ? table[(unsigned char)d[i]] : d[i];
    }
    gp_obj *r = gp_bytes_like(self, buf, (size_t)k);
    free(buf);
    return r;
}

METHOD(b_maketrans)
{
    if (gp_check_nargs("maketrans", nargs, kw, 2, 2) < 0) return NULL;
    const char *f, *t;
    gp_ssize fn, tn;
    if (arg_view(args[0], &f, &fn) < 0 || arg_view(args[1], &t, &tn) < 0) return NULL;
    if (fn != tn) return gp_err_set_str(gp_exc_ValueError, "maketrans arguments must have same length");
    char table[256];
    for (int i = 0; i < 256; i++) table[i] = (char)i;
    for (gp_ssize i = 0; i < fn; i++) table[(unsigned char)f[i]] = t[i];
    return gp_bytes_new(table, 256);
}

METHOD(b_getnewargs)
{
    VIEW(self, d, n);
    gp_obj *b = gp_bytes_new(d, (size_t)n);
    if (!b) return NULL;
    gp_obj *t = gp_tuple_pack(1, b);
    gp_decref(b);
    return t;
}

/* ---- bytearray only --------------------------------------------------------------------------------- */

METHOD(ba_append)
{
    if (gp_check_nargs("append", nargs, kw, 1, 1) < 0) return NULL;
    int c;
    if (gp_byte_value(args[0], &c) < 0) return NULL;
    gp_bytearray *b = (gp_bytearray *)self;
    if (gp_bytearray_reserve(self, b->size + 1) < 0) return NULL;
    b->data[b->size++] = (char)c;
    return GP_NONE_NEW();
}

METHOD(ba_extend)
{
    if (gp_check_nargs("extend", nargs, kw, 1, 1) < 0) return NULL;
    return gp_bytearray_extend(self, args[0]) < 0 ? NULL : GP_NONE_NEW();
}

METHOD(ba_pop)
{
    if (gp_check_nargs("pop", nargs, kw, 0, 1) < 0) return NULL;
    gp_bytearray *b = (gp_bytearray *)self;
    if (b->size == 0) return gp_err_set_str(gp_exc_IndexError, "pop from empty bytearray");
    gp_ssize i = b->size - 1;
    if (nargs) {
        i = gp_index_ssize(args[0]);
        if (i == -1 && gp_err_occurred()) return NULL;
        if (i < 0) i += b->size;
        if (i < 0 || i >= b->size) return gp_err_set_str(gp_exc_IndexError, "pop index out of range");
    }
    int c = (unsigned char)b->data[i];
    memmove(b->data + i, b->data + i + 1, (size_t)(b->size - i - 1));
    b->size--;
    return gp_int_from_i64(c);
}

METHOD(ba_insert)
{
    if (gp_check_nargs("insert", nargs, kw, 2, 2) < 0) return NULL;
    gp_bytearray *b = (gp_bytearray *)self;
    gp_ssize i = gp_index_ssize(args[0]);
    if (i == -1 && gp_err_occurred()) return NULL;
    int c;
    if (gp_byte_value(args[1], &c) < 0) return NULL;
    if (i < 0) { i += b->size; if (i < 0) i = 0; }
    if (i > b->size) i = b->size;
    if (gp_bytearray_reserve(self, b->size + 1) < 0) return NULL;
    memmove(b->data + i + 1, b->data + i, (size_t)(b->size - i));
    b->data[i] = (char)c;
    b->size++;
    return GP_NONE_NEW();
}

METHOD(ba_remove)
{
    if (gp_check_nargs("remove", nargs, kw, 1, 1) < 0) return NULL;
    int c;
    if (gp_byte_value(args[0], &c) < 0) return NULL;
    gp_bytearray *b = (gp_bytearray *)self;
    char *p = b->size ? memchr(b->data, c, (size_t)b->size) : NULL;
    if (!p) return gp_err_set_str(gp_exc_ValueError, "value not found in bytearray");
    memmove(p, p + 1, (size_t)(b->size - (p - b->data) - 1));
    b->size--;
    return GP_NONE_NEW();
}

METHOD(ba_clear)
{
    ((gp_bytearray *)self)->size = 0;
    return GP_NONE_NEW();
}

METHOD(ba_copy)
{
    VIEW(self, d, n);
    return gp_bytearray_new(d, (size_t)n);
}

METHOD(ba_reverse)
{
    gp_bytearray *b = (gp_bytearray *)self;
    for (gp_ssize i = 0, j = b->size - 1; i < j; i++, j--) { char t = b->data[i]; b->data[i] = b->data[j]; b->data[j] = t; }
    return GP_NONE_NEW();
}

#define SHARED_METHODS \
    {"decode", b_decode, 0, NULL}, {"find", b_find, 0, NULL}, {"rfind", b_rfind, 0, NULL}, \
    {"index", b_index, 0, NULL}, {"rindex", b_rindex, 0, NULL}, {"count", b_count, 0, NULL}, \
    {"startswith", b_startswith, 0, NULL}, {"endswith", b_endswith, 0, NULL}, {"split", b_split, 0, NULL}, \
    {"join", b_join, 0, NULL}, {"replace", b_replace, 0, NULL}, {"strip", b_strip, 0, NULL}, \
    {"lstrip", b_lstrip, 0, NULL}, {"rstrip", b_rstrip, 0, NULL}, {"upper", b_upper, 0, NULL}, \
    {"lower", b_lower, 0, NULL}, {"isdigit", b_isdigit, 0, NULL}, {"isalpha", b_isalpha, 0, NULL}, \
    {"isalnum", b_isalnum, 0, NULL}, {"isspace", b_isspace, 0, NULL}, {"hex", b_hex, 0, NULL}, \
    {"fromhex", b_fromhex, GP_METH_CLASS, NULL}, {"partition", b_partition, 0, NULL}, \
    {"ljust", b_ljust, 0, NULL}, {"rjust", b_rjust, 0, NULL}, {"center", b_center, 0, NULL}, \
    {"zfill", b_zfill, 0, NULL}, {"splitlines", b_splitlines, 0, NULL}, {"title", b_title, 0, NULL}, \
    {"capitalize", b_capitalize, 0, NULL}, {"swapcase", b_swapcase, 0, NULL}, {"isupper", b_isupper, 0, NULL}, \
    {"islower", b_islower, 0, NULL}, {"translate", b_translate, 0, NULL}, \
    {"maketrans", b_maketrans, GP_METH_STATIC, NULL}, {"rsplit", b_rsplit, 0, NULL}, \
    {"rpartition", b_rpartition, 0, NULL}, {"expandtabs", b_expandtabs, 0, NULL},

const gp_methoddef gp_bytes_methods[] = {
    SHARED_METHODS
    {"__getnewargs__", b_getnewargs, 0, NULL},
    {NULL, NULL, 0, NULL},
};

const gp_methoddef gp_bytearray_methods[] = {
    SHARED_METHODS
    {"append", ba_append, 0, NULL}, {"extend", ba_extend, 0, NULL}, {"pop", ba_pop, 0, NULL},
    {"insert", ba_insert, 0, NULL}, {"remove", ba_remove, 0, NULL}, {"clear", ba_clear, 0, NULL},
    {"copy", ba_copy, 0, NULL}, {"reverse", ba_reverse, 0, NULL},
    {NULL, NULL, 0, NULL},
};
