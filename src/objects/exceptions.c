/*
 * exceptions.c — the builtin exception hierarchy (GP_EXCEPTIONS).
 *
 * Every builtin exception shares the gp_exc layout. Extra attributes of
 * particular kinds (OSError.errno, SyntaxError.lineno, StopIteration.value,
 * ...) live in the instance __dict__, filled by __init__, which keeps the
 * layout single and the types freely subclassable by Python classes.
 */
#include <errno.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "types.h"
#include "internal.h"

#define GP__EXC_DEF(name, base) gp_type *gp_exc_##name;
GP_EXCEPTIONS(GP__EXC_DEF)
#undef GP__EXC_DEF

/* ---- the layout --------------------------------------------------------- */

static void exc_dealloc(gp_obj *o)
{
    gp_exc *e = (gp_exc *)o;
    GP_CLEAR(e->dict);
    GP_CLEAR(e->args);
    GP_CLEAR(e->traceback);
    GP_CLEAR(e->cause);
    GP_CLEAR(e->context);
    gp_obj_free(o);
}

/* The cycle collector's view (gc.h): what exc_dealloc drops. */
static void exc_traverse(gp_obj *o, gp_gc_visitfn visit, void *arg)
{
    gp_exc *e = (gp_exc *)o;
    gp_obj *refs[] = {e->dict, e->args, e->traceback, e->cause, e->context};
    gp_gc_visit_array(refs, 5, visit, arg);
}

static void exc_clear(gp_obj *o)
{
    gp_exc *e = (gp_exc *)o;
    GP_CLEAR(e->dict);
    /* args and traceback keep valid values: code reading them assumes them set */
    GP_SETREF(e->args, gp_incref(gp_tuple_empty()));
    GP_SETREF(e->traceback, GP_NONE_NEW());
    GP_CLEAR(e->cause);
    GP_CLEAR(e->context);
}

gp_type *gp_exc_oserror_subclass(int err)
{
    switch (err) {
    case EAGAIN: case EALREADY: case EINPROGRESS: return gp_exc_BlockingIOError;
    case ECHILD: return gp_exc_ChildProcessError;
    case EPIPE: case ESHUTDOWN: return gp_exc_BrokenPipeError;
    case ECONNABORTED: return gp_exc_ConnectionAbortedError;
    case ECONNREFUSED: return gp_exc_ConnectionRefusedError;
    case ECONNRESET: return gp_exc_ConnectionResetError;
    case EEXIST: return gp_exc_FileExistsError;
    case ENOENT: return gp_exc_FileNotFoundError;
    case EISDIR: return gp_exc_IsADirectoryError;
    case ENOTDIR: return gp_exc_NotADirectoryError;
    case EINTR: return gp_exc_InterruptedError;
    case EACCES: case EPERM: return gp_exc_PermissionError;
    case ESRCH: return gp_exc_ProcessLookupError;
    case ETIMEDOUT: return gp_exc_TimeoutError;
    default: return gp_exc_OSError;
    }
}

static gp_obj *exc_new(gp_type *t, gp_obj *const *args, size_t nargs, gp_obj *kwnames)
{
    if (t == gp_exc_OSError && nargs >= 2 && GP_INT_CHECK(args[0])) {
        int ovf = 0;
        int64_t err = gp_int_as_i64(args[0], &ovf);
        if (!ovf && err > 0 && err < 100000) t = gp_exc_oserror_subclass((int)err);
    }
    gp_exc *e = (gp_exc *)gp_obj_alloc(t);
    if (!e) return NULL;
    e->args = gp_tuple_from_array(args, (gp_ssize)nargs);
    e->traceback = GP_NONE_NEW();
    if (!e->args) { gp_decref((gp_obj *)e); return NULL; }
    return (gp_obj *)e;
}

static int set_attr(gp_obj *self, const char *name, gp_obj *v)
{
    return gp_setattr_str(self, name, v ? v : gp_None);
}

static gp_obj *arg_or_none(size_t nargs, gp_obj *const *args, size_t i)
{
    return i < nargs ? args[i] : gp_None;
}

static int init_stopiteration(gp_obj *self, gp_obj *const *args, size_t nargs)
{
    return set_attr(self, "value", arg_or_none(nargs, args, 0));
}

static int init_systemexit(gp_obj *self, gp_obj *const *args, size_t nargs)
{
    if (nargs <= 1) return set_attr(self, "code", arg_or_none(nargs, args, 0));
    return set_attr(self, "code", ((gp_exc *)self)->args);
}

static int init_oserror(gp_obj *self, gp_obj *const *args, size_t nargs)
{
    bool full = nargs >= 2 && nargs <= 5;
    if (set_attr(self, "errno", full ? args[0] : NULL) < 0) return -1;
    if (set_attr(self, "strerror", full ? args[1] : NULL) < 0) return -1;
    if (set_attr(self, "filename", full ? arg_or_none(nargs, args, 2) : NULL) < 0) return -1;
    if (set_attr(self, "filename2", full ? arg_or_none(nargs, args, 4) : NULL) < 0) return -1;
    if (full && nargs >= 3) {
        gp_obj *a = gp_tuple_pack(2, args[0], args[1]);
        if (!a) return -1;
        GP_SETREF(((gp_exc *)self)->args, a);
    }
    return 0;
}

static int init_syntaxerror(gp_obj *self, gp_obj *const *args, size_t nargs)
{
    static const char *const fields[] = {"filename", "lineno", "offset", "text",
                                         "end_lineno", "end_offset"};
    if (set_attr(self, "msg", arg_or_none(nargs, args, 0)) < 0) return -1;
    if (set_attr(self, "print_file_and_line", NULL) < 0) return -1;
    gp_obj *info = nargs >= 2 ? args[1] : NULL;
    if (info && !GP_TUPLE_CHECK(info)) {
        gp_err_set_str(gp_exc_TypeError, "SyntaxError() argument 2 must be a tuple");
        return -1;
    }
    gp_ssize n = info ? GP_TUPLE_SIZE(info) : 0;
    for (gp_ssize i = 0; i < 6; i++)
        if (set_attr(self, fields[i], i < n ? GP_TUPLE_GET(info, i) : NULL) < 0) return -1;
    return 0;
}

static int init_unicode(gp_obj *self, gp_obj *const *args, size_t nargs)
{
    static const char *const fields[] = {"encoding", "object", "start", "end", "reason"};
    if (nargs != 5) return 0;
    for (int i = 0; i < 5; i++)
        if (set_attr(self, fields[i], args[i]) < 0) return -1;
    return 0;
}

static int init_with_kw(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames,
                        const char *const *allowed)
{
    for (const char *const *a = allowed; *a; a++)
        if (set_attr(self, *a, NULL) < 0) return -1;
    gp_ssize nk = kwnames ? GP_TUPLE_SIZE(kwnames) : 0;
    for (gp_ssize i = 0; i < nk; i++) {
        gp_obj *k = GP_TUPLE_GET(kwnames, i);
        bool ok = false;
        for (const char *const *a = allowed; *a; a++) ok = ok || gp_str_eq_cstr(k, *a);
        if (!ok) {
            gp_err_format(gp_exc_TypeError, "'%U' is an invalid keyword argument for %s()", k,
                          gp_type_name(GP_TYPE(self)));
            return -1;
        }
        if (gp_setattr(self, k, args[nargs + i]) < 0) return -1;
    }
    return 0;
}

static int exc_init(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames)
{
    gp_type *t = GP_TYPE(self);
    static const char *const import_kw[] = {"name", "path", NULL};
    static const char *const attr_kw[] = {"name", "obj", NULL};
    static const char *const name_kw[] = {"name", NULL};
    const char *const *kw = NULL;
    if (gp_type_is_subtype(t, gp_exc_ImportError)) kw = import_kw;
    else if (gp_type_is_subtype(t, gp_exc_AttributeError)) kw = attr_kw;
    else if (gp_type_is_subtype(t, gp_exc_NameError)) kw = name_kw;
    if (!kw && kwnames && GP_TUPLE_SIZE(kwnames)) {
        gp_err_format(gp_exc_TypeError, "%s() takes no keyword arguments", gp_type_name(t));
        return -1;
    }
    gp_obj *a = gp_tuple_from_array(args, (gp_ssize)nargs);
    if (!a) return -1;
    GP_SETREF(((gp_exc *)self)->args, a);
    if (kw) {
        if (init_with_kw(self, args, nargs, kwnames, kw) < 0) return -1;
        if (kw == import_kw) return set_attr(self, "msg", nargs == 1 ? args[0] : NULL);
        return 0;
    }
    if (gp_type_is_subtype(t, gp_exc_StopIteration)) return init_stopiteration(self, args, nargs);
    if (gp_type_is_subtype(t, gp_exc_SystemExit)) return init_systemexit(self, args, nargs);
    if (gp_type_is_subtype(t, gp_exc_OSError)) return init_oserror(self, args, nargs);
    if (gp_type_is_subtype(t, gp_exc_SyntaxError)) return init_syntaxerror(self, args, nargs);
    if (gp_type_is_subtype(t, gp_exc_UnicodeError)) return init_unicode(self, args, nargs);
    return 0;
}

/* ---- str and repr ------------------------------------------------------------- */

static gp_obj *exc_str(gp_obj *self)
{
    gp_obj *args = ((gp_exc *)self)->args;
    gp_ssize n = GP_TUPLE_SIZE(args);
    if (n == 0) return gp_str_new("", 0);
    if (n == 1) return gp_str(GP_TUPLE_GET(args, 0));
    return gp_str(args);
}

static gp_obj *exc_repr(gp_obj *self)
{
    gp_obj *args = ((gp_exc *)self)->args;
    gp_obj *name = gp_getattr_str((gp_obj *)GP_TYPE(self), "__name__");
    if (!name) return NULL;
    gp_obj *r;
    if (GP_TUPLE_SIZE(args) == 1)
        r = gp_str_from_format("%U(%R)", name, GP_TUPLE_GET(args, 0));
    else
        r = gp_str_from_format("%U%R", name, args);
    gp_decref(name);
    return r;
}

static gp_obj *keyerror_str(gp_obj *self)
{
    gp_obj *args = ((gp_exc *)self)->args;
    if (GP_TUPLE_SIZE(args) == 1) return gp_repr(GP_TUPLE_GET(args, 0));
    return exc_str(self);
}

static gp_obj *dict_attr(gp_obj *self, const char *name)
{
    gp_obj *d = ((gp_exc *)self)->dict;
    gp_obj *v = d ? gp_dict_get_cstr(d, name) : NULL;
    return v ? v : gp_None;
}

static gp_obj *oserror_str(gp_obj *self)
{
    gp_obj *err = dict_attr(self, "errno"), *msg = dict_attr(self, "strerror");
    gp_obj *f1 = dict_attr(self, "filename"), *f2 = dict_attr(self, "filename2");
    if (f1 != gp_None) {
        if (f2 != gp_None)
            return gp_str_from_format("[Errno %S] %S: %R -> %R", err, msg, f1, f2);
        return gp_str_from_format("[Errno %S] %S: %R", err, msg, f1);
    }
    if (err != gp_None && msg != gp_None) return gp_str_from_format("[Errno %S] %S", err, msg);
    return exc_str(self);
}

static gp_obj *syntaxerror_str(gp_obj *self)
{
    gp_obj *msg = dict_attr(self, "msg"), *file = dict_attr(self, "filename");
    gp_obj *line = dict_attr(self, "lineno");
    gp_obj *base = NULL;
    if (GP_STR_CHECK(file)) {
        const char *s = GP_STR_DATA(file), *slash = strrchr(s, '/');
        base = gp_str_from_cstr(slash ? slash + 1 : s);
        if (!base) return NULL;
    }
    bool haveline = GP_INT_CHECK(line);
    gp_obj *r;
    if (base && haveline) r = gp_str_from_format("%S (%U, line %S)", msg, base, line);
    else if (base) r = gp_str_from_format("%S (%U)", msg, base);
    else if (haveline) r = gp_str_from_format("%S (line %S)", msg, line);
    else r = gp_str(msg);
    gp_xdecref(base);
    return r;
}

static gp_obj *importerror_str(gp_obj *self)
{
    gp_obj *msg = dict_attr(self, "msg");
    if (msg != gp_None) return gp_str(msg);
    return exc_str(self);
}

static gp_obj *unicode_str(gp_obj *self)
{
    gp_obj *enc = dict_attr(self, "encoding"), *obj = dict_attr(self, "object");
    gp_obj *st = dict_attr(self, "start"), *en = dict_attr(self, "end");
    gp_obj *reason = dict_attr(self, "reason");
    if (!GP_INT_CHECK(st) || !GP_INT_CHECK(en)) return exc_str(self);
    int64_t s = gp_int_as_i64(st, &(int){0}), e = gp_int_as_i64(en, &(int){0});
    bool decode = gp_type_is_subtype(GP_TYPE(self), gp_exc_UnicodeDecodeError);
    if (decode && GP_BYTES_CHECK(obj) && e == s + 1 && s >= 0 && s < GP_BYTES_SIZE(obj))
        return gp_str_from_format("'%S' codec can't decode byte 0x%x in position %lld: %S", enc,
                                  (unsigned)(unsigned char)GP_BYTES_DATA(obj)[s], (long long)s, reason);
    if (!decode && GP_STR_CHECK(obj) && e == s + 1 && s >= 0 && s < GP_STR_LEN(obj)) {
        gp_obj *ch = gp_str_substr(obj, s, s + 1);
        if (!ch) return NULL;
        const unsigned char *p = (const unsigned char *)GP_STR_DATA(ch);
        uint32_t cp = gp_utf8_decode(&p);
        gp_decref(ch);
        char buf[16];
        if (cp < 0x100) snprintf(buf, sizeof buf, "\\x%02x", cp);
        else if (cp < 0x10000) snprintf(buf, sizeof buf, "\\u%04x", cp);
        else snprintf(buf, sizeof buf, "\\U%08x", cp);
        return gp_str_from_format("'%S' codec can't encode character '%s' in position %lld: %S",
                                  enc, buf, (long long)s, reason);
    }
    return gp_str_from_format("'%S' codec can't %s %s in position %lld-%lld: %S", enc,
                              decode ? "decode" : "encode", decode ? "bytes" : "characters",
                              (long long)s, (long long)(e - 1), reason);
}

/* ---- attributes ------------------------------------------------------------------ */

static gp_obj *get_args(gp_obj *self) { return gp_incref(((gp_exc *)self)->args); }
static int set_args(gp_obj *self, gp_obj *v)
{
    if (!v) { gp_err_set_str(gp_exc_TypeError, "args may not be deleted"); return -1; }
    gp_obj *t = gp_tuple_from_iterable(v);
    if (!t) return -1;
    GP_SETREF(((gp_exc *)self)->args, t);
    return 0;
}
static gp_obj *get_tb(gp_obj *self)
{
    gp_obj *tb = ((gp_exc *)self)->traceback;
    return gp_incref(tb ? tb : gp_None);
}
static int set_tb(gp_obj *self, gp_obj *v)
{
    if (!v) { gp_err_set_str(gp_exc_TypeError, "__traceback__ may not be deleted"); return -1; }
    GP_SETREF(((gp_exc *)self)->traceback, gp_incref(v));
    return 0;
}
static gp_obj *get_cause(gp_obj *self)
{
    gp_obj *c = ((gp_exc *)self)->cause;
    return gp_incref(c ? c : gp_None);
}
static int check_exc_or_none(gp_obj *v, const char *what)
{
    if (!v) { gp_err_format(gp_exc_TypeError, "%s may not be deleted", what); return -1; }
    if (v != gp_None && !GP_HAS_FLAG(v, GP_TF_EXC_SUB)) {
        /* "__cause__" -> "exception cause must be ..." */
        char bare[16];
        snprintf(bare, sizeof bare, "%.*s", (int)strlen(what) - 4, what + 2);
        gp_err_format(gp_exc_TypeError, "exception %s must be None or derive from BaseException", bare);
        return -1;
    }
    return 0;
}
static int set_cause(gp_obj *self, gp_obj *v)
{
    if (check_exc_or_none(v, "__cause__") < 0) return -1;
    GP_SETREF(((gp_exc *)self)->cause, v == gp_None ? NULL : gp_incref(v));
    ((gp_exc *)self)->suppress_context = true;
    return 0;
}
static gp_obj *get_context(gp_obj *self)
{
    gp_obj *c = ((gp_exc *)self)->context;
    return gp_incref(c ? c : gp_None);
}
static int set_context(gp_obj *self, gp_obj *v)
{
    if (check_exc_or_none(v, "__context__") < 0) return -1;
    GP_SETREF(((gp_exc *)self)->context, v == gp_None ? NULL : gp_incref(v));
    return 0;
}
static gp_obj *get_suppress(gp_obj *self) { return gp_bool_new(((gp_exc *)self)->suppress_context); }
static int set_suppress(gp_obj *self, gp_obj *v)
{
    int t = v ? gp_truthy(v) : 0;
    if (t < 0) return -1;
    ((gp_exc *)self)->suppress_context = t;
    return 0;
}

static gp_obj *exc_with_traceback(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (gp_check_nargs("with_traceback", nargs, kw, 1, 1) < 0) return NULL;
    if (set_tb(self, args[0]) < 0) return NULL;
    return gp_incref(self);
}

static gp_obj *exc_add_note(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (gp_check_nargs("add_note", nargs, kw, 1, 1) < 0) return NULL;
    if (!GP_STR_CHECK(args[0]))
        return gp_err_format(gp_exc_TypeError, "note must be a str, not '%T'", args[0]);
    gp_obj *notes = gp_getattr_str(self, "__notes__");
    if (!notes) {
        if (!gp_err_matches(gp_exc_AttributeError)) return NULL;
        gp_err_clear();
        notes = gp_list_new(0);
        if (!notes || gp_setattr_str(self, "__notes__", notes) < 0) { gp_xdecref(notes); return NULL; }
    }
    int r = GP_LIST_CHECK(notes) ? gp_list_append(notes, args[0]) : -1;
    if (r < 0 && !gp_err_occurred()) gp_err_set_str(gp_exc_TypeError, "Cannot add note: __notes__ is not a list");
    gp_decref(notes);
    return r < 0 ? NULL : GP_NONE_NEW();
}

static const gp_getsetdef exc_getsets[] = {
    {"args", get_args, set_args},
    {"__traceback__", get_tb, set_tb},
    {"__cause__", get_cause, set_cause},
    {"__context__", get_context, set_context},
    {"__suppress_context__", get_suppress, set_suppress},
    {NULL, NULL, NULL},
};

static const gp_methoddef exc_methods[] = {
    {"with_traceback", exc_with_traceback, 0, NULL},
    {"add_note", exc_add_note, 0, NULL},
    {NULL, NULL, 0, NULL},
};

/* ---- creation of the hierarchy ---------------------------------------------------- */

static gp_type *make_type(const char *name, gp_type *base)
{
    gp_type *t = calloc(1, sizeof *t);
    if (!t) return NULL;
    t->base.refcnt = GP_IMMORTAL;
    t->base.type = &gp_type_type;
    t->name = name;
    t->tp_base = base;
    t->flags = GP_TF_BASETYPE | GP_TF_EXC_SUB | GP_TF_GC;
    t->gc_traverse = exc_traverse;
    t->gc_clear = exc_clear;
    if (!base) {
        t->basicsize = sizeof(gp_exc);
        t->dictoffset = offsetof(gp_exc, dict);
        t->dealloc = exc_dealloc;
        t->repr = exc_repr;
        t->str = exc_str;
        t->tp_new = exc_new;
        t->tp_init = exc_init;
        t->methods = exc_methods;
        t->getsets = exc_getsets;
    }
    return t;
}

int gp_exceptions_init(void)
{
#define GP__EXC_MAKE(name, base) \
    if (!(gp_exc_##name = make_type(#name, gp__exc_base_##base))) return -1;
#define gp__exc_base_NULL NULL
#define GP__EXC_BASEVAR(name, base) gp_type *gp__exc_base_##name;
    /* base pointers are read through the gp_exc_ variables themselves */
#define gp__exc_base_BaseException gp_exc_BaseException
#define gp__exc_base_Exception gp_exc_Exception
#define gp__exc_base_ArithmeticError gp_exc_ArithmeticError
#define gp__exc_base_ImportError gp_exc_ImportError
#define gp__exc_base_LookupError gp_exc_LookupError
#define gp__exc_base_NameError gp_exc_NameError
#define gp__exc_base_OSError gp_exc_OSError
#define gp__exc_base_ConnectionError gp_exc_ConnectionError
#define gp__exc_base_RuntimeError gp_exc_RuntimeError
#define gp__exc_base_SyntaxError gp_exc_SyntaxError
#define gp__exc_base_IndentationError gp_exc_IndentationError
#define gp__exc_base_ValueError gp_exc_ValueError
#define gp__exc_base_UnicodeError gp_exc_UnicodeError
#define gp__exc_base_Warning gp_exc_Warning
#define gp__exc_base_BaseExceptionGroup gp_exc_BaseExceptionGroup
    GP_EXCEPTIONS(GP__EXC_MAKE)
    gp_exc_KeyError->str = keyerror_str;
    gp_exc_OSError->str = oserror_str;
    gp_exc_SyntaxError->str = syntaxerror_str;
    gp_exc_ImportError->str = importerror_str;
    gp_exc_UnicodeDecodeError->str = unicode_str;
    gp_exc_UnicodeEncodeError->str = unicode_str;
    if (gp_exc_group_setup() < 0) return -1;
#define GP__EXC_READY(name, base) if (gp_type_ready(gp_exc_##name) < 0) return -1;
    GP_EXCEPTIONS(GP__EXC_READY)
    return 0;
}
