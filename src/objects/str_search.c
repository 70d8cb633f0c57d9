/*
 * str_search.c — the searching and splitting methods of str: find and
 * friends, count, startswith/endswith, split/rsplit/splitlines,
 * strip, replace, partition. They work on the UTF-8 bytes (a match of
 * valid UTF-8 inside valid UTF-8 always falls on character boundaries)
 * and convert byte offsets to code point indices only for results.
 */
#include <string.h>

#include "types.h"
#include "internal.h"
#include "str_internal.h"

/* Code points in s[0..off). */
gp_ssize gp_str_cp_index(gp_obj *s, gp_ssize off)
{
    if (((gp_strobj *)s)->ascii) return off;
    const unsigned char *p = (const unsigned char *)GP_STR_DATA(s);
    gp_ssize n = 0;
    for (gp_ssize i = 0; i < off; i++) n += (p[i] & 0xC0) != 0x80;
    return n;
}

static int need_str(gp_obj *o, const char *what)
{
    if (GP_STR_CHECK(o)) return 0;
    gp_err_format(gp_exc_TypeError, "%s", what);
    return -1;
}

/* Resolves optional start/end (code points, slice rules) at args[first..]. */
int gp_str_range(gp_obj *s, gp_obj *const *args, size_t nargs, size_t first, gp_ssize *cs, gp_ssize *ce)
{
    gp_ssize len = GP_STR_LEN(s), v[2] = {0, len};
    for (size_t k = 0; k < 2; k++) {
        if (first + k >= nargs || args[first + k] == gp_None) continue;
        gp_obj *o = args[first + k];
        if (!GP_INT_CHECK(o) && !GP_TYPE(o)->nb_index) {
            gp_err_set_str(gp_exc_TypeError, "slice indices must be integers or None or have an __index__ method");
            return -1;
        }
        gp_ssize x = gp_index_ssize(o);
        if (x == -1 && gp_err_occurred()) {
            if (!gp_err_matches(gp_exc_OverflowError)) return -1;
            gp_err_clear();
            x = gp_int_sign(o) < 0 ? -len - 1 : len + 1;
        }
        if (x < 0) { x += len; if (x < 0) x = 0; }
        if (x > len + 1) x = len + 1;
        v[k] = x;
    }
    *cs = v[0];
    *ce = v[1];
    return 0;
}

/* Finds sub in s between code points [cs, ce); returns a code point index or -1. */
static gp_ssize find_in(gp_obj *s, gp_obj *sub, gp_ssize cs, gp_ssize ce, bool reverse)
{
    gp_ssize len = GP_STR_LEN(s);
    if (ce > len) ce = len;
    if (cs > len || ce - cs < GP_STR_LEN(sub)) return -1;
    gp_ssize bs = gp_str_offset(s, cs), be = gp_str_offset(s, ce);
    const char *d = GP_STR_DATA(s), *n = GP_STR_DATA(sub);
    gp_ssize nb = GP_STR_NBYTES(sub);
    if (nb == 0) return reverse ? ce : cs;
    if (!reverse) {
        const char *p = memmem(d + bs, (size_t)(be - bs), n, (size_t)nb);
        return p ? cs + gp_str_cp_index_range(s, bs, p - d) : -1;
    }
    for (gp_ssize i = be - nb; i >= bs; i--)
        if (d[i] == n[0] && memcmp(d + i, n, (size_t)nb) == 0) return cs + gp_str_cp_index_range(s, bs, i);
    return -1;
}

gp_ssize gp_str_cp_index_range(gp_obj *s, gp_ssize from, gp_ssize to)
{
    if (((gp_strobj *)s)->ascii) return to - from;
    const unsigned char *p = (const unsigned char *)GP_STR_DATA(s);
    gp_ssize n = 0;
    for (gp_ssize i = from; i < to; i++) n += (p[i] & 0xC0) != 0x80;
    return n;
}

static gp_obj *find_common(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw, const char *name,
                           bool reverse, bool raise)
{
    if (gp_check_nargs(name, nargs, kw, 1, 3) < 0) return NULL;
    if (!GP_STR_CHECK(args[0]))
        return gp_err_format(gp_exc_TypeError, "must be str, not %T", args[0]);
    gp_ssize cs, ce;
    if (gp_str_range(self, args, nargs, 1, &cs, &ce) < 0) return NULL;
    gp_ssize r = find_in(self, args[0], cs, ce, reverse);
    if (r < 0 && raise) return gp_err_set_str(gp_exc_ValueError, "substring not found");
    return gp_int_from_i64(r);
}

STR_METHOD(find) { return find_common(self, args, nargs, kw, "find", false, false); }
STR_METHOD(rfind) { return find_common(self, args, nargs, kw, "rfind", true, false); }
STR_METHOD(index) { return find_common(self, args, nargs, kw, "index", false, true); }
STR_METHOD(rindex) { return find_common(self, args, nargs, kw, "rindex", true, true); }

STR_METHOD(count)
{
    if (gp_check_nargs("count", nargs, kw, 1, 3) < 0) return NULL;
    if (!GP_STR_CHECK(args[0])) return gp_err_format(gp_exc_TypeError, "must be str, not %T", args[0]);
    gp_ssize cs, ce, len = GP_STR_LEN(self);
    if (gp_str_range(self, args, nargs, 1, &cs, &ce) < 0) return NULL;
    if (ce > len) ce = len;
    if (cs > len || cs > ce) return gp_int_from_i64(0);
    gp_obj *sub = args[0];
    if (GP_STR_NBYTES(sub) == 0) return gp_int_from_i64(ce - cs + 1);
    gp_ssize bs = gp_str_offset(self, cs), be = gp_str_offset(self, ce), nb = GP_STR_NBYTES(sub), n = 0;
    const char *d = GP_STR_DATA(self);
    while (bs + nb <= be) {
        const char *p = memmem(d + bs, (size_t)(be - bs), GP_STR_DATA(sub), (size_t)nb);
        if (!p) break;
        n++;
        bs = (p - d) + nb;
    }
    return gp_int_from_i64(n);
}

static gp_obj *starts_ends(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw, bool ends)
{
    const char *name = ends ? "endswith" : "startswith";
    if (gp_check_nargs(name, nargs, kw, 1, 3) < 0) return NULL;
    gp_ssize cs, ce, len = GP_STR_LEN(self);
    if (gp_str_range(self, args, nargs, 1, &cs, &ce) < 0) return NULL;
    if (ce > len) ce = len;
    gp_obj *const *cands = &args[0];
    gp_ssize nc = 1;
    if (GP_TUPLE_CHECK(args[0])) { cands = GP_TUPLE_ITEMS(args[0]); nc = GP_TUPLE_SIZE(args[0]); }
    else if (!GP_STR_CHECK(args[0]))
        return gp_err_format(gp_exc_TypeError, "%s first arg must be str or a tuple of str, not %T", name, args[0]);
    for (gp_ssize i = 0; i < nc; i++) {
        gp_obj *p = cands[i];
        if (!GP_STR_CHECK(p))
            return gp_err_format(gp_exc_TypeError, "tuple for %s must only contain str, not %T", name, p);
        if (cs > len || ce - cs < GP_STR_LEN(p)) continue;
        gp_ssize at = ends ? ce - GP_STR_LEN(p) : cs;
        gp_ssize off = gp_str_offset(self, at);
        if (memcmp(GP_STR_DATA(self) + off, GP_STR_DATA(p), (size_t)GP_STR_NBYTES(p)) == 0) return gp_bool_new(true);
    }
    return gp_bool_new(false);
}

STR_METHOD(startswith) { return starts_ends(self, args, nargs, kw, false); }
STR_METHOD(endswith) { return starts_ends(self, args, nargs, kw, true); }

/* ---- split ------------------------------------------------------------------------------- */

static int append_piece(gp_obj *list, gp_obj *s, gp_ssize a, gp_ssize b)
{
    gp_obj *piece;
    if (a == 0 && b == GP_STR_NBYTES(s) && GP_STR_EXACT(s)) piece = gp_incref(s);
    else piece = gp_str_new_unchecked(GP_STR_DATA(s) + a, (size_t)(b - a),
                                      ((gp_strobj *)s)->ascii ? b - a : gp_utf8_count(GP_STR_DATA(s) + a, (size_t)(b - a)),
                                      ((gp_strobj *)s)->ascii);
    if (!piece) return -1;
    int r = gp_list_append(list, piece);
    gp_decref(piece);
    return r;
}

/* Is there a whitespace character at byte i? Sets *w to its width. */
static bool space_at(const unsigned char *d, gp_ssize i, gp_ssize n, gp_ssize *w)
{
    if (d[i] < 0x80) { *w = 1; return gp_str_isspace_cp(d[i]); }
    const unsigned char *p = d + i;
    uint32_t c = gp_utf8_decode(&p);
    *w = p - (d + i);
    (void)n;
    return gp_str_isspace_cp(c);
}

/* Byte offset of the character before byte i, and whether it is a space. */
static bool space_before(const unsigned char *d, gp_ssize i, gp_ssize *start)
{
    gp_ssize j = i - 1;
    while (j > 0 && (d[j] & 0xC0) == 0x80) j--;
    *start = j;
    gp_ssize w;
    return space_at(d, j, i, &w);
}

static gp_obj *split_whitespace(gp_obj *s, gp_ssize maxsplit)
{
    gp_obj *l = gp_list_new(0);
    if (!l) return NULL;
    const unsigned char *d = (const unsigned char *)GP_STR_DATA(s);
    gp_ssize n = GP_STR_NBYTES(s), i = 0, w;
    while (i < n) {
        while (i < n && space_at(d, i, n, &w)) i += w;
        if (i >= n) break;
        if (maxsplit-- == 0) {
            if (append_piece(l, s, i, n) < 0) goto fail;
            break;
        }
        gp_ssize j = i;
        while (j < n && !space_at(d, j, n, &w)) j += w;
        if (append_piece(l, s, i, j) < 0) goto fail;
        i = j;
    }
    return l;
fail:
    gp_decref(l);
    return NULL;
}

static gp_obj *rsplit_whitespace(gp_obj *s, gp_ssize maxsplit)
{
    gp_obj *l = gp_list_new(0);
    if (!l) return NULL;
    const unsigned char *d = (const unsigned char *)GP_STR_DATA(s);
    gp_ssize e = GP_STR_NBYTES(s), st;
    while (e > 0) {
        while (e > 0 && space_before(d, e, &st)) e = st;
        if (e <= 0) break;
        if (maxsplit-- == 0) {
            if (append_piece(l, s, 0, e) < 0) goto fail;
            break;
        }
        gp_ssize b = e;
        while (b > 0 && !space_before(d, b, &st)) b = st;
        if (append_piece(l, s, b, e) < 0) goto fail;
        e = b;
    }
    gp_obj *r = gp_list_reversed(l);
    gp_obj *out = r ? gp_list_from_iterable(r) : NULL;
    gp_xdecref(r);
    gp_decref(l);
    return out;
fail:
    gp_decref(l);
    return NULL;
}

static int split_args(const char *name, gp_obj *const *args, size_t nargs, gp_obj *kw, gp_obj **sep, gp_ssize *maxsplit)
{
    static const char *const names[] = {"sep", "maxsplit", NULL};
    gp_obj *a[2];
    if (gp_parse_args(name, args, nargs, kw, names, 2, 0, a) < 0) return -1;
    *sep = a[0] && a[0] != gp_None ? a[0] : NULL;
    *maxsplit = -1;
    if (a[1] && (*maxsplit = gp_index_ssize(a[1])) == -1 && gp_err_occurred()) return -1;
    if (*sep && !GP_STR_CHECK(*sep)) {
        gp_err_format(gp_exc_TypeError, "must be str or None, not %T", *sep);
        return -1;
    }
    if (*sep && GP_STR_NBYTES(*sep) == 0) {
        gp_err_set_str(gp_exc_ValueError, "empty separator");
        return -1;
    }
    return 0;
}

STR_METHOD(split)
{
    gp_obj *sep;
    gp_ssize maxsplit;
    if (split_args("split", args, nargs, kw, &sep, &maxsplit) < 0) return NULL;
    if (!sep) return split_whitespace(self, maxsplit);
    gp_obj *l = gp_list_new(0);
    if (!l) return NULL;
    const char *d = GP_STR_DATA(self);
    gp_ssize n = GP_STR_NBYTES(self), nb = GP_STR_NBYTES(sep), i = 0;
    while (maxsplit-- != 0) {
        const char *p = memmem(d + i, (size_t)(n - i), GP_STR_DATA(sep), (size_t)nb);
        if (!p) break;
        if (append_piece(l, self, i, p - d) < 0) { gp_decref(l); return NULL; }
        i = (p - d) + nb;
    }
    if (append_piece(l, self, i, n) < 0) { gp_decref(l); return NULL; }
    return l;
}

STR_METHOD(rsplit)
{
    gp_obj *sep;
    gp_ssize maxsplit;
    if (split_args("rsplit", args, nargs, kw, &sep, &maxsplit) < 0) return NULL;
    if (!sep) return rsplit_whitespace(self, maxsplit);
    gp_obj *l = gp_list_new(0);
    if (!l) return NULL;
    const char *d = GP_STR_DATA(self), *sd = GP_STR_DATA(sep);
    gp_ssize nb = GP_STR_NBYTES(sep), e = GP_STR_NBYTES(self), i = e - nb;
    while (maxsplit != 0 && i >= 0) {
        if (memcmp(d + i, sd, (size_t)nb) == 0) {
            if (append_piece(l, self, i + nb, e) < 0) { gp_decref(l); return NULL; }
            e = i;
            i -= nb;
            maxsplit--;
        } else {
            i--;
        }
    }
    if (append_piece(l, self, 0, e) < 0) { gp_decref(l); return NULL; }
    gp_obj **v = GP_LIST_ITEMS(l);
    for (gp_ssize a = 0, b = GP_LIST_SIZE(l) - 1; a < b; a++, b--) { gp_obj *t = v[a]; v[a] = v[b]; v[b] = t; }
    return l;
}

/* Length in bytes of a line break at d[i], 0 if none. */
static gp_ssize linebreak_at(const unsigned char *d, gp_ssize i, gp_ssize n)
{
    unsigned char c = d[i];
    if (c == '\r') return i + 1 < n && d[i + 1] == '\n' ? 2 : 1;
    if (c == '\n' || c == '\v' || c == '\f' || c == 0x1c || c == 0x1d || c == 0x1e) return 1;
    if (c == 0xC2 && i + 1 < n && d[i + 1] == 0x85) return 2;
    if (c == 0xE2 && i + 2 < n && d[i + 1] == 0x80 && (d[i + 2] == 0xA8 || d[i + 2] == 0xA9)) return 3;
    return 0;
}

STR_METHOD(splitlines)
{
    static const char *const names[] = {"keepends", NULL};
    gp_obj *a[1];
    if (gp_parse_args("splitlines", args, nargs, kw, names, 1, 0, a) < 0) return NULL;
    int keep = a[0] ? gp_truthy(a[0]) : 0;
    if (keep < 0) return NULL;
    gp_obj *l = gp_list_new(0);
    if (!l) return NULL;
    const unsigned char *d = (const unsigned char *)GP_STR_DATA(self);
    gp_ssize n = GP_STR_NBYTES(self), start = 0, i = 0;
    while (i < n) {
        gp_ssize w = linebreak_at(d, i, n);
        if (!w) { i++; continue; }
        if (append_piece(l, self, start, keep ? i + w : i) < 0) { gp_decref(l); return NULL; }
        i += w;
        start = i;
    }
    if (start < n && append_piece(l, self, start, n) < 0) { gp_decref(l); return NULL; }
    return l;
}

/* ---- strip ---------------------------------------------------------------------------------- */

static bool in_chars(gp_obj *chars, uint32_t c)
{
    const unsigned char *p = (const unsigned char *)GP_STR_DATA(chars), *e = p + GP_STR_NBYTES(chars);
    while (p < e)
        if (gp_utf8_decode(&p) == c) return true;
    return false;
}

static gp_obj *strip_impl(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw, const char *name,
                          bool left, bool right)
{
    if (gp_check_nargs(name, nargs, kw, 0, 1) < 0) return NULL;
    gp_obj *chars = nargs && args[0] != gp_None ? args[0] : NULL;
    if (chars && !GP_STR_CHECK(chars))
        return gp_err_format(gp_exc_TypeError, "%s arg must be None or str", name);
    const unsigned char *d = (const unsigned char *)GP_STR_DATA(self);
    gp_ssize b = 0, e = GP_STR_NBYTES(self);
    while (left && b < e) {
        const unsigned char *p = d + b;
        uint32_t c = gp_utf8_decode(&p);
        if (chars ? !in_chars(chars, c) : !gp_str_isspace_cp(c)) break;
        b = p - d;
    }
    while (right && e > b) {
        gp_ssize j = e - 1;
        while (j > b && (d[j] & 0xC0) == 0x80) j--;
        const unsigned char *p = d + j;
        uint32_t c = gp_utf8_decode(&p);
        if (chars ? !in_chars(chars, c) : !gp_str_isspace_cp(c)) break;
        e = j;
    }
    if (b == 0 && e == GP_STR_NBYTES(self) && GP_STR_EXACT(self)) return gp_incref(self);
    return gp_str_new_unchecked((const char *)d + b, (size_t)(e - b),
                                ((gp_strobj *)self)->ascii ? e - b : gp_utf8_count((const char *)d + b, (size_t)(e - b)),
                                ((gp_strobj *)self)->ascii);
}

STR_METHOD(strip) { return strip_impl(self, args, nargs, kw, "strip", true, true); }
STR_METHOD(lstrip) { return strip_impl(self, args, nargs, kw, "lstrip", true, false); }
STR_METHOD(rstrip) { return strip_impl(self, args, nargs, kw, "rstrip", false, true); }

/* ---- replace / partition ----------------------------------------------------------------------- */

STR_METHOD(replace)
{
    if (gp_check_nargs("replace", nargs, kw, 2, 3) < 0) return NULL;
    if (need_str(args[0], "replace() argument 1 must be str") < 0) return NULL;
    if (!GP_STR_CHECK(args[1])) return gp_err_format(gp_exc_TypeError, "replace() argument 2 must be str, not %T", args[1]);
    gp_ssize count = -1;
    if (nargs > 2 && (count = gp_index_ssize(args[2])) == -1 && gp_err_occurred()) return NULL;
    gp_obj *old = args[0], *new = args[1];
    const char *d = GP_STR_DATA(self);
    gp_ssize n = GP_STR_NBYTES(self), ob = GP_STR_NBYTES(old);
    gp_strbuf b;
    gp_strbuf_init(&b);
    if (ob == 0) {
        const unsigned char *p = (const unsigned char *)d, *e = p + n;
        while (p <= e) {
            if (count-- != 0) gp_strbuf_add(&b, GP_STR_DATA(new), (size_t)GP_STR_NBYTES(new));
            else { gp_strbuf_add(&b, (const char *)p, (size_t)(e - p)); break; }
            if (p == e) break;
            const unsigned char *q = p;
            gp_utf8_decode(&q);
            gp_strbuf_add(&b, (const char *)p, (size_t)(q - p));
            p = q;
        }
        return gp_strbuf_finish(&b);
    }
    gp_ssize i = 0;
    bool any = false;
    while (count != 0) {
        const char *p = memmem(d + i, (size_t)(n - i), GP_STR_DATA(old), (size_t)ob);
        if (!p) break;
        any = true;
        gp_strbuf_add(&b, d + i, (size_t)(p - d - i));
        gp_strbuf_add(&b, GP_STR_DATA(new), (size_t)GP_STR_NBYTES(new));
        i = (p - d) + ob;
        count--;
    }
    if (!any && GP_STR_EXACT(self)) { gp_strbuf_free(&b); return gp_incref(self); }
    gp_strbuf_add(&b, d + i, (size_t)(n - i));
    return gp_strbuf_finish(&b);
}

static gp_obj *partition_impl(gp_obj *self, gp_obj *sep, bool reverse)
{
    if (!GP_STR_CHECK(sep)) return gp_err_format(gp_exc_TypeError, "must be str, not %T", sep);
    if (GP_STR_NBYTES(sep) == 0) return gp_err_set_str(gp_exc_ValueError, "empty separator");
    const char *d = GP_STR_DATA(self);
    gp_ssize n = GP_STR_NBYTES(self), nb = GP_STR_NBYTES(sep), at = -1;
    if (!reverse) {
        const char *p = memmem(d, (size_t)n, GP_STR_DATA(sep), (size_t)nb);
        if (p) at = p - d;
    } else {
        for (gp_ssize i = n - nb; i >= 0; i--)
            if (memcmp(d + i, GP_STR_DATA(sep), (size_t)nb) == 0) { at = i; break; }
    }
    gp_obj *empty = gp_str_new("", 0);
    if (!empty) return NULL;
    gp_obj *r;
    if (at < 0) {
        r = reverse ? gp_tuple_pack(3, empty, empty, self) : gp_tuple_pack(3, self, empty, empty);
    } else {
        gp_obj *l = gp_list_new(0);
        if (!l || append_piece(l, self, 0, at) < 0 || append_piece(l, self, at + nb, n) < 0) {
            gp_xdecref(l);
            gp_decref(empty);
            return NULL;
        }
        r = gp_tuple_pack(3, GP_LIST_ITEMS(l)[0], sep, GP_LIST_ITEMS(l)[1]);
        gp_decref(l);
    }
    gp_decref(empty);
    return r;
}

STR_METHOD(partition)
{
    if (gp_check_nargs("str.partition", nargs, kw, 1, 1) < 0) return NULL;
    return partition_impl(self, args[0], false);
}

STR_METHOD(rpartition)
{
    if (gp_check_nargs("str.rpartition", nargs, kw, 1, 1) < 0) return NULL;
    return partition_impl(self, args[0], true);
}

STR_METHOD(join)
{
    if (gp_check_nargs("str.join", nargs, kw, 1, 1) < 0) return NULL;
    return gp_str_join(self, args[0]);
}

static gp_obj *remove_affix(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw, bool suffix)
{
    const char *name = suffix ? "removesuffix" : "removeprefix";
    if (gp_check_nargs(name, nargs, kw, 1, 1) < 0) return NULL;
    if (!GP_STR_CHECK(args[0])) return gp_err_format(gp_exc_TypeError, "%s() argument must be str, not %T", name, args[0]);
    gp_ssize n = GP_STR_NBYTES(self), k = GP_STR_NBYTES(args[0]);
    if (k <= n && k > 0) {
        gp_ssize at = suffix ? n - k : 0;
        if (memcmp(GP_STR_DATA(self) + at, GP_STR_DATA(args[0]), (size_t)k) == 0)
            return gp_str_substr(self, suffix ? 0 : GP_STR_LEN(args[0]), suffix ? GP_STR_LEN(self) - GP_STR_LEN(args[0]) : GP_STR_LEN(self));
    }
    return gp_str_substr(self, 0, GP_STR_LEN(self));
}

STR_METHOD(removeprefix) { return remove_affix(self, args, nargs, kw, false); }
STR_METHOD(removesuffix) { return remove_affix(self, args, nargs, kw, true); }
