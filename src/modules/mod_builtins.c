/*
 * mod_builtins.c — the builtins module: the functions written in C
 * (print, len, min, sorted, ...), the builtin types under their names and
 * every exception class. Functions that need the compiler or the VM
 * (exec, eval, compile, globals, locals, __import__, __build_class__)
 * are added to this module's dict by src/vm.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../objects/types.h"
#include "../objects/internal.h"
#include "../objects/int_internal.h"
#include "state.h"

#define BUILTIN(name) static gp_obj *bi_##name(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)

/* ---- I/O --------------------------------------------------------------------------- */

static gp_obj *sys_stream(const char *name)
{
    gp_thread *ts = gp_tstate();
    if (!ts || !ts->interp || !ts->interp->sysdict) return NULL;
    gp_obj *f = gp_dict_get_cstr(ts->interp->sysdict, name);
    return f == gp_None ? NULL : f;
}

static int write_to(gp_obj *file, gp_obj *s)
{
    if (!file) {
        fwrite(GP_STR_DATA(s), 1, (size_t)GP_STR_NBYTES(s), stdout);
        return 0;
    }
    gp_obj *r = gp_call_method(file, "write", &s, 1);
    if (!r) return -1;
    gp_decref(r);
    return 0;
}

static int check_sep(gp_obj *o, const char *what)
{
    if (!o || o == gp_None || GP_STR_CHECK(o)) return 0;
    gp_err_format(gp_exc_TypeError, "%s must be None or a string, not %T", what, o);
    return -1;
}

BUILTIN(print)
{
    static const char *const names[] = {"sep", "end", "file", "flush", NULL};
    gp_obj *kv[4] = {NULL, NULL, NULL, NULL};
    if (kw && gp_parse_args("print", args + nargs, 0, kw, names, 0, 0, kv) < 0) return NULL;
    if (check_sep(kv[0], "sep") < 0 || check_sep(kv[1], "end") < 0) return NULL;
    gp_obj *sep = kv[0] && kv[0] != gp_None ? kv[0] : NULL, *end = kv[1] && kv[1] != gp_None ? kv[1] : NULL;
    gp_obj *file = kv[2] && kv[2] != gp_None ? kv[2] : sys_stream("stdout");
    if (file) {
        /* A Python-level file gets one write() per piece, as in CPython. */
        gp_obj *space = NULL, *nl = NULL;
        int rc = 0;
        for (size_t i = 0; rc == 0 && i < nargs; i++) {
            if (i) {
                if (!sep && !space) space = gp_str_new(" ", 1);
                rc = (sep || space) ? write_to(file, sep ? sep : space) : -1;
                if (rc < 0) break;
            }
            gp_obj *piece = gp_str(args[i]);
            rc = piece ? write_to(file, piece) : -1;
            gp_xdecref(piece);
        }
        if (rc == 0) {
            if (!end) nl = gp_str_new("\n", 1);
            rc = (end || nl) ? write_to(file, end ? end : nl) : -1;
        }
        gp_xdecref(space);
        gp_xdecref(nl);
        if (rc < 0) return NULL;
        if (kv[3] && gp_truthy(kv[3]) > 0) {
            gp_obj *fr = gp_call_method(file, "flush", NULL, 0);
            if (!fr) return NULL;
            gp_decref(fr);
        }
        return GP_NONE_NEW();
    }
    gp_strbuf b;
    gp_strbuf_init(&b);
    for (size_t i = 0; i < nargs && !b.failed; i++) {
        if (i) {
            if (sep) gp_strbuf_add(&b, GP_STR_DATA(sep), (size_t)GP_STR_NBYTES(sep));
            else gp_strbuf_add(&b, " ", 1);
        }
        gp_strbuf_addobj_str(&b, args[i]);
    }
    if (end) gp_strbuf_add(&b, GP_STR_DATA(end), (size_t)GP_STR_NBYTES(end));
    else gp_strbuf_add(&b, "\n", 1);
    gp_obj *s = gp_strbuf_finish(&b);
    if (!s) return NULL;
    int r = write_to(file, s);
    gp_decref(s);
    if (r < 0) return NULL;
    if (kv[3] && gp_truthy(kv[3]) > 0) {
        if (file) {
            gp_obj *fr = gp_call_method(file, "flush", NULL, 0);
            if (!fr) return NULL;
            gp_decref(fr);
        } else {
            fflush(stdout);
        }
    }
    return GP_NONE_NEW();
}

BUILTIN(input)
{
    if (gp_check_nargs("input", nargs, kw, 0, 1) < 0) return NULL;
    gp_obj *out = sys_stream("stdout");
    if (nargs) {
        gp_obj *p = gp_str(args[0]);
        if (!p) return NULL;
        int r = write_to(out, p);
        gp_decref(p);
        if (r < 0) return NULL;
    }
    if (out) {
        gp_obj *fr = gp_call_method(out, "flush", NULL, 0);
        if (!fr) gp_err_clear();
        gp_xdecref(fr);
    } else {
        fflush(stdout);
    }
    gp_obj *in = sys_stream("stdin");
    gp_obj *line;
    if (in) {
        line = gp_call_method(in, "readline", NULL, 0);
        if (!line) return NULL;
        if (!GP_STR_CHECK(line)) { gp_decref(line); return gp_err_set_str(gp_exc_TypeError, "object.readline() returned non-string"); }
    } else {
        char *buf = NULL;
        size_t cap = 0;
        ssize_t n = getline(&buf, &cap, stdin);
        line = n < 0 ? gp_str_new("", 0) : gp_str_new(buf, (size_t)n);
        free(buf);
        if (!line) return NULL;
    }
    gp_ssize n = GP_STR_NBYTES(line);
    if (n == 0) { gp_decref(line); return gp_err_set_str(gp_exc_EOFError, "EOF when reading a line"); }
    if (GP_STR_DATA(line)[n - 1] == '\n') {
        gp_obj *t = gp_str_new(GP_STR_DATA(line), (size_t)n - 1);
        gp_decref(line);
        return t;
    }
    return line;
}

/* ---- simple one-argument builtins --------------------------------------------------------- */

BUILTIN(len)
{
    if (GP_UNLIKELY(nargs != 1 || kw) && gp_check_nargs("len", nargs, kw, 1, 1) < 0) return NULL;
    gp_ssize n = gp_len(args[0]);
    return n < 0 ? NULL : gp_int_from_i64(n);
}

BUILTIN(repr)
{
    if (gp_check_nargs("repr", nargs, kw, 1, 1) < 0) return NULL;
    return gp_repr(args[0]);
}

BUILTIN(ascii)
{
    if (gp_check_nargs("ascii", nargs, kw, 1, 1) < 0) return NULL;
    return gp_ascii(args[0]);
}

BUILTIN(hash)
{
    if (gp_check_nargs("hash", nargs, kw, 1, 1) < 0) return NULL;
    gp_hash h = gp_hash_of(args[0]);
    return h == -1 ? NULL : gp_int_from_i64(h);
}

BUILTIN(id)
{
    if (gp_check_nargs("id", nargs, kw, 1, 1) < 0) return NULL;
    return gp_int_from_u64((uint64_t)(uintptr_t)args[0]);
}

BUILTIN(callable)
{
    if (gp_check_nargs("callable", nargs, kw, 1, 1) < 0) return NULL;
    return gp_bool_new(GP_TYPE(args[0])->call != NULL);
}

BUILTIN(abs)
{
    if (gp_check_nargs("abs", nargs, kw, 1, 1) < 0) return NULL;
    gp_unaryfn f = GP_TYPE(args[0])->nb_abs;
    if (!f) return gp_err_format(gp_exc_TypeError, "bad operand type for abs(): '%T'", args[0]);
    return f(args[0]);
}

static gp_obj *int_in_base(gp_obj *o, int base)
{
    gp_obj *i = gp_index(o);
    if (!i) return NULL;
    gp_obj *r = gp_int_format_base(i, base, true, false);
    gp_decref(i);
    return r;
}

BUILTIN(hex) { return gp_check_nargs("hex", nargs, kw, 1, 1) < 0 ? NULL : int_in_base(args[0], 16); }
BUILTIN(oct) { return gp_check_nargs("oct", nargs, kw, 1, 1) < 0 ? NULL : int_in_base(args[0], 8); }
BUILTIN(bin) { return gp_check_nargs("bin", nargs, kw, 1, 1) < 0 ? NULL : int_in_base(args[0], 2); }

BUILTIN(chr)
{
    if (gp_check_nargs("chr", nargs, kw, 1, 1) < 0) return NULL;
    if (!GP_INT_CHECK(args[0]) && !GP_TYPE(args[0])->nb_index)
        return gp_err_format(gp_exc_TypeError, "'%T' object cannot be interpreted as an integer", args[0]);
    gp_obj *i = gp_index(args[0]);
    if (!i) return NULL;
    int ovf;
    int64_t v = gp_int_as_i64(i, &ovf);
    gp_decref(i);
    if (ovf) return gp_err_set_str(gp_exc_OverflowError, "Python int too large to convert to C int");
    if (v < 0 || v > 0x10FFFF) return gp_err_set_str(gp_exc_ValueError, "chr() arg not in range(0x110000)");
    return gp_str_from_codepoint((uint32_t)v);
}

BUILTIN(ord)
{
    if (gp_check_nargs("ord", nargs, kw, 1, 1) < 0) return NULL;
    gp_obj *c = args[0];
    if (GP_STR_CHECK(c)) {
        if (GP_STR_LEN(c) != 1)
            return gp_err_format(gp_exc_TypeError, "ord() expected a character, but string of length %zd found",
                                 GP_STR_LEN(c));
        const unsigned char *p = (const unsigned char *)GP_STR_DATA(c);
        return gp_int_from_i64(gp_utf8_decode(&p));
    }
    if (GP_BYTES_CHECK(c) || GP_TYPE_CHECK(c, &gp_bytearray_type)) {
        gp_ssize n = GP_BYTES_CHECK(c) ? GP_BYTES_SIZE(c) : ((gp_bytearray *)c)->size;
        const char *d = GP_BYTES_CHECK(c) ? GP_BYTES_DATA(c) : ((gp_bytearray *)c)->data;
        if (n != 1)
            return gp_err_format(gp_exc_TypeError, "ord() expected a character, but string of length %zd found", n);
        return gp_int_from_i64((unsigned char)d[0]);
    }
    return gp_err_format(gp_exc_TypeError, "ord() expected string of length 1, but %T found", c);
}

/* ---- attributes ----------------------------------------------------------------------------- */

static int check_name(gp_obj *name, const char *fn)
{
    if (GP_STR_CHECK(name)) return 0;
    gp_err_format(gp_exc_TypeError, "attribute name must be string, not '%T'", name);
    (void)fn;
    return -1;
}

BUILTIN(getattr)
{
    if (gp_check_nargs("getattr", nargs, kw, 2, 3) < 0 || check_name(args[1], "getattr") < 0) return NULL;
    if (nargs == 2) return gp_getattr(args[0], args[1]);
    gp_obj *r = gp_getattr_opt(args[0], args[1]);
    if (r || gp_err_occurred()) return r;
    return gp_incref(args[2]);
}

BUILTIN(hasattr)
{
    if (gp_check_nargs("hasattr", nargs, kw, 2, 2) < 0 || check_name(args[1], "hasattr") < 0) return NULL;
    gp_obj *r = gp_getattr_opt(args[0], args[1]);
    if (!r && gp_err_occurred()) return NULL;
    gp_xdecref(r);
    return gp_bool_new(r != NULL);
}

BUILTIN(setattr)
{
    if (gp_check_nargs("setattr", nargs, kw, 3, 3) < 0 || check_name(args[1], "setattr") < 0) return NULL;
    return gp_setattr(args[0], args[1], args[2]) < 0 ? NULL : GP_NONE_NEW();
}

BUILTIN(delattr)
{
    if (gp_check_nargs("delattr", nargs, kw, 2, 2) < 0 || check_name(args[1], "delattr") < 0) return NULL;
    return gp_setattr(args[0], args[1], NULL) < 0 ? NULL : GP_NONE_NEW();
}

BUILTIN(isinstance)
{
    if (gp_check_nargs("isinstance", nargs, kw, 2, 2) < 0) return NULL;
    int r = gp_isinstance(args[0], args[1]);
    return r < 0 ? NULL : gp_bool_new(r);
}

BUILTIN(issubclass)
{
    if (gp_check_nargs("issubclass", nargs, kw, 2, 2) < 0) return NULL;
    int r = gp_issubclass(args[0], args[1]);
    return r < 0 ? NULL : gp_bool_new(r);
}

BUILTIN(dir)
{
    if (gp_check_nargs("dir", nargs, kw, 1, 1) < 0) return NULL;
    gp_obj *m = gp_type_lookup(GP_TYPE(args[0]), gp_str_intern_cstr("__dir__"));
    if (!m) return gp_err_set_str(gp_exc_TypeError, "object does not provide __dir__");
    gp_obj *r = gp_call(m, args, 1, NULL);
    if (!r) return NULL;
    gp_obj *l = gp_list_from_iterable(r);
    gp_decref(r);
    if (l && gp_list_sort(l, NULL, false) < 0) GP_CLEAR(l);
    return l;
}

BUILTIN(vars)
{
    if (gp_check_nargs("vars", nargs, kw, 1, 1) < 0) return NULL;
    gp_obj *d = gp_getattr_opt(args[0], gp_str_intern_cstr("__dict__"));
    if (!d && !gp_err_occurred())
        gp_err_set_str(gp_exc_TypeError, "vars() argument must have __dict__ attribute");
    return d;
}

/* ---- iteration helpers ---------------------------------------------------------------------- */

BUILTIN(iter)
{
    if (gp_check_nargs("iter", nargs, kw, 1, 2) < 0) return NULL;
    if (nargs == 1) return gp_iter(args[0]);
    if (!GP_TYPE(args[0])->call) return gp_err_set_str(gp_exc_TypeError, "iter(v, w): v must be callable");
    return gp_calliter_new(args[0], args[1]);
}

BUILTIN(next)
{
    if (gp_check_nargs("next", nargs, kw, 1, 2) < 0) return NULL;
    gp_unaryfn f = GP_TYPE(args[0])->iternext;
    if (!f) return gp_err_format(gp_exc_TypeError, "'%T' object is not an iterator", args[0]);
    gp_obj *r = f(args[0]);
    if (r) return r;
    if (gp_err_occurred()) {
        if (nargs < 2 || !gp_err_matches(gp_exc_StopIteration)) return NULL;
        gp_err_clear();
    }
    if (nargs > 1) return gp_incref(args[1]);
    gp_err_set(gp_exc_StopIteration, NULL);
    return NULL;
}

static gp_obj *any_all(gp_obj *iterable, bool want)
{
    gp_obj *it = gp_iter(iterable);
    if (!it) return NULL;
    gp_obj *x;
    while ((x = gp_iternext(it))) {
        int t = gp_truthy(x);
        gp_decref(x);
        if (t < 0) { gp_decref(it); return NULL; }
        if (t == want) { gp_decref(it); return gp_bool_new(want); }
    }
    gp_decref(it);
    return gp_err_occurred() ? NULL : gp_bool_new(!want);
}

BUILTIN(any) { return gp_check_nargs("any", nargs, kw, 1, 1) < 0 ? NULL : any_all(args[0], true); }
BUILTIN(all) { return gp_check_nargs("all", nargs, kw, 1, 1) < 0 ? NULL : any_all(args[0], false); }

BUILTIN(sorted)
{
    static const char *const names[] = {"key", "reverse", NULL};
    gp_obj *a[2];
    if (nargs != 1) {
        if (nargs == 0) return gp_err_set_str(gp_exc_TypeError, "sorted expected 1 argument, got 0");
        return gp_err_format(gp_exc_TypeError, "sorted expected 1 argument, got %zu", nargs);
    }
    if (gp_parse_args("sorted", args + 1, 0, kw, names, 0, 0, a) < 0) return NULL;
    gp_obj *l = gp_list_from_iterable(args[0]);
    if (!l) return NULL;
    int rev = 0;
    if (a[1] && (rev = gp_truthy(a[1])) < 0) { gp_decref(l); return NULL; }
    if (gp_list_sort(l, a[0] == gp_None ? NULL : a[0], rev) < 0) { gp_decref(l); return NULL; }
    return l;
}

static gp_obj *min_max(const char *name, gp_obj *const *args, size_t nargs, gp_obj *kw, int op)
{
    static const char *const names[] = {"key", "default", NULL};
    gp_obj *a[2] = {NULL, NULL};
    if (kw && gp_parse_args(name, args + nargs, 0, kw, names, 0, 0, a) < 0) return NULL;
    if (nargs == 0) return gp_err_format(gp_exc_TypeError, "%s expected at least 1 argument, got 0", name);
    if (nargs > 1 && a[1])
        return gp_err_format(gp_exc_TypeError, "Cannot specify a default for %s() with multiple positional arguments", name);
    gp_obj *key = a[0] == gp_None ? NULL : a[0];
    gp_obj *it;
    if (nargs == 1) {
        it = gp_iter(args[0]);
    } else {
        gp_obj *seq = gp_tuple_from_array(args, (gp_ssize)nargs);
        it = seq ? gp_iter(seq) : NULL;
        gp_xdecref(seq);
    }
    if (!it) return NULL;
    gp_obj *best = NULL, *bestkey = NULL, *x;
    while ((x = gp_iternext(it))) {
        gp_obj *k = key ? gp_call1(key, x) : gp_incref(x);
        if (!k) { gp_decref(x); goto fail; }
        if (!best) { best = x; bestkey = k; continue; }
        int r = gp_richcompare_bool(k, bestkey, op);
        if (r < 0) { gp_decref(x); gp_decref(k); goto fail; }
        if (r) { GP_SETREF(best, x); GP_SETREF(bestkey, k); }
        else { gp_decref(x); gp_decref(k); }
    }
    if (gp_err_occurred()) goto fail;
    gp_decref(it);
    gp_xdecref(bestkey);
    if (best) return best;
    if (a[1]) return gp_incref(a[1]);
    return gp_err_format(gp_exc_ValueError, "%s() arg is an empty sequence", name);
fail:
    gp_decref(it);
    gp_xdecref(best);
    gp_xdecref(bestkey);
    return NULL;
}

BUILTIN(min) { return min_max("min", args, nargs, kw, GP_LT); }
BUILTIN(max) { return min_max("max", args, nargs, kw, GP_GT); }

BUILTIN(sum)
{
    static const char *const names[] = {"iterable", "start", NULL};
    gp_obj *a[2];
    if (gp_parse_args("sum", args, nargs, kw, names, 2, 1, a) < 0) return NULL;
    gp_obj *acc = a[1] ? gp_incref(a[1]) : gp_int_from_i64(0);
    if (GP_STR_CHECK(acc)) { gp_decref(acc); return gp_err_set_str(gp_exc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]"); }
    if (GP_BYTES_CHECK(acc)) { gp_decref(acc); return gp_err_set_str(gp_exc_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]"); }
    if (GP_TYPE_CHECK(acc, &gp_bytearray_type)) { gp_decref(acc); return gp_err_set_str(gp_exc_TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]"); }
    gp_obj *it = gp_iter(a[0]);
    if (!it) { gp_decref(acc); return NULL; }
    gp_obj *x;
    while ((x = gp_iternext(it))) {
        if (GP_INT_EXACT(acc) && GP_INT_IS_SMALL(acc) && GP_INT_EXACT(x) && GP_INT_IS_SMALL(x)) {
            int64_t r;
            if (!__builtin_add_overflow(((gp_int *)acc)->small, ((gp_int *)x)->small, &r)) {
                gp_decref(x);
                GP_SETREF(acc, gp_int_from_i64(r));
                if (!acc) break;
                continue;
            }
        }
        if (GP_TYPE(acc) == &gp_float_type && GP_TYPE(x) == &gp_float_type) {
            double r = GP_FLOAT_VALUE(acc) + GP_FLOAT_VALUE(x);
            gp_decref(x);
            GP_SETREF(acc, gp_float_new(r));
            if (!acc) break;
            continue;
        }
        gp_obj *r = gp_binop(acc, x, GP_OP_ADD);
        gp_decref(x);
        GP_SETREF(acc, r);
        if (!acc) break;
    }
    gp_decref(it);
    if (gp_err_occurred()) { gp_xdecref(acc); return NULL; }
    return acc;
}

/* ---- numbers ----------------------------------------------------------------------------------- */

BUILTIN(round)
{
    static const char *const names[] = {"number", "ndigits", NULL};
    gp_obj *a[2];
    if (gp_parse_args("round", args, nargs, kw, names, 2, 1, a) < 0) return NULL;
    gp_obj *x = a[0], *nd = a[1] == gp_None ? NULL : a[1];
    if (GP_TYPE(x) == &gp_float_type) return gp_float_round(GP_FLOAT_VALUE(x), nd);
    if (GP_INT_EXACT(x) || GP_TYPE(x) == &gp_bool_type) return gp_int_round(x, nd);
    gp_obj *m = gp_type_lookup(GP_TYPE(x), gp_str_intern_cstr("__round__"));
    if (!m) return gp_err_format(gp_exc_TypeError, "type %s doesn't define __round__ method", gp_type_name(GP_TYPE(x)));
    gp_obj *cargs[2] = {x, nd};
    gp_obj *bound = gp_getattr_str(x, "__round__");
    if (!bound) return NULL;
    gp_obj *r = gp_call(bound, cargs + 1, nd ? 1 : 0, NULL);
    gp_decref(bound);
    return r;
}

BUILTIN(divmod)
{
    if (gp_check_nargs("divmod", nargs, kw, 2, 2) < 0) return NULL;
    gp_obj *x = args[0], *y = args[1];
    if (GP_INT_CHECK(x) && GP_INT_CHECK(y)) return gp_int_divmod(x, y);
    if ((GP_FLOAT_CHECK(x) || GP_INT_CHECK(x)) && (GP_FLOAT_CHECK(y) || GP_INT_CHECK(y))) return gp_float_divmod(x, y);
    gp_obj *r = NULL;
    if (gp_type_lookup(GP_TYPE(x), gp_str_intern_cstr("__divmod__"))) {
        r = gp_call_method(x, "__divmod__", &y, 1);
        if (r != gp_NotImplemented) return r;
        gp_decref(r);
    }
    if (gp_type_lookup(GP_TYPE(y), gp_str_intern_cstr("__rdivmod__"))) {
        r = gp_call_method(y, "__rdivmod__", &x, 1);
        if (r != gp_NotImplemented) return r;
        gp_decref(r);
    }
    return gp_err_format(gp_exc_TypeError, "unsupported operand type(s) for divmod(): '%T' and '%T'", x, y);
}

BUILTIN(pow)
{
    static const char *const names[] = {"base", "exp", "mod", NULL};
    gp_obj *a[3];
    if (gp_parse_args("pow", args, nargs, kw, names, 3, 2, a) < 0) return NULL;
    if (!a[2] || a[2] == gp_None) return gp_binop(a[0], a[1], GP_OP_POW);
    return gp_pow3(a[0], a[1], a[2]);
}

BUILTIN(format)
{
    if (gp_check_nargs("format", nargs, kw, 1, 2) < 0) return NULL;
    if (nargs > 1 && !GP_STR_CHECK(args[1]))
        return gp_err_format(gp_exc_TypeError, "format() argument 2 must be str, not %T", args[1]);
    return gp_format(args[0], nargs > 1 ? args[1] : NULL);
}

static const gp_methoddef builtin_functions[] = {
    {"print", bi_print, 0, NULL}, {"input", bi_input, 0, NULL}, {"len", bi_len, 0, NULL},
    {"repr", bi_repr, 0, NULL}, {"ascii", bi_ascii, 0, NULL}, {"hash", bi_hash, 0, NULL},
    {"id", bi_id, 0, NULL}, {"callable", bi_callable, 0, NULL}, {"abs", bi_abs, 0, NULL},
    {"hex", bi_hex, 0, NULL}, {"oct", bi_oct, 0, NULL}, {"bin", bi_bin, 0, NULL},
    {"chr", bi_chr, 0, NULL}, {"ord", bi_ord, 0, NULL}, {"getattr", bi_getattr, 0, NULL},
    {"hasattr", bi_hasattr, 0, NULL}, {"setattr", bi_setattr, 0, NULL}, {"delattr", bi_delattr, 0, NULL},
    {"isinstance", bi_isinstance, 0, NULL}, {"issubclass", bi_issubclass, 0, NULL},
    {"dir", bi_dir, 0, NULL}, {"vars", bi_vars, 0, NULL}, {"iter", bi_iter, 0, NULL},
    {"next", bi_next, 0, NULL}, {"any", bi_any, 0, NULL}, {"all", bi_all, 0, NULL},
    {"sorted", bi_sorted, 0, NULL}, {"min", bi_min, 0, NULL}, {"max", bi_max, 0, NULL},
    {"sum", bi_sum, 0, NULL}, {"round", bi_round, 0, NULL}, {"divmod", bi_divmod, 0, NULL},
    {"pow", bi_pow, 0, NULL}, {"format", bi_format, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static int add_types(gp_obj *m)
{
    static const struct { const char *name; gp_type *type; } types[] = {
        {"object", &gp_object_type}, {"type", &gp_type_type}, {"int", &gp_int_type}, {"bool", &gp_bool_type},
        {"float", &gp_float_type}, {"str", &gp_str_type}, {"bytes", &gp_bytes_type},
        {"bytearray", &gp_bytearray_type}, {"list", &gp_list_type}, {"tuple", &gp_tuple_type},
        {"dict", &gp_dict_type}, {"set", &gp_set_type}, {"frozenset", &gp_frozenset_type},
        {"range", &gp_range_type}, {"slice", &gp_slice_type}, {"enumerate", &gp_enumerate_type},
        {"zip", &gp_zip_type}, {"map", &gp_map_type}, {"filter", &gp_filter_type},
        {"reversed", &gp_reversed_type}, {"property", &gp_property_type},
        {"staticmethod", &gp_staticmethod_type}, {"classmethod", &gp_classmethod_type}, {"super", &gp_super_type}, {"memoryview", &gp_memoryview_type},
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (gp_module_add_object(m, types[i].name, (gp_obj *)types[i].type) < 0) return -1;
    if (gp_complex_type.name && gp_module_add_object(m, "complex", (gp_obj *)&gp_complex_type) < 0) return -1;
#define GP__EXC_ADD(name, base) if (gp_module_add_object(m, #name, (gp_obj *)gp_exc_##name) < 0) return -1;
    GP_EXCEPTIONS(GP__EXC_ADD)
#undef GP__EXC_ADD
    if (gp_module_add_object(m, "EnvironmentError", (gp_obj *)gp_exc_OSError) < 0) return -1;
    if (gp_module_add_object(m, "IOError", (gp_obj *)gp_exc_OSError) < 0) return -1;
    if (gp_module_add_object(m, "None", gp_None) < 0 || gp_module_add_object(m, "True", gp_True) < 0 ||
        gp_module_add_object(m, "False", gp_False) < 0 ||
        gp_module_add_object(m, "NotImplemented", gp_NotImplemented) < 0 ||
        gp_module_add_object(m, "Ellipsis", gp_Ellipsis) < 0 || gp_module_add_object(m, "__debug__", gp_True) < 0)
        return -1;
    return 0;
}

gp_obj *gp_builtins_create(void)
{
    gp_obj *m = gp_module_new("builtins");
    if (!m) return NULL;
    if (gp_module_add_functions(m, builtin_functions) < 0 || add_types(m) < 0) {
        gp_decref(m);
        return NULL;
    }
    return m;
}
