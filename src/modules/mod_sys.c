/*
 * mod_sys.c — the sys module: argv, path, modules, the standard streams
 * (sysio.c), version information (gilpy reports itself as CPython 3.11.7
 * so version checks in programs pass, with implementation.name 'gilpy'),
 * the recursion limit, the switch interval (libgil's), exc_info and
 * friends.
 */
#include <limits.h>
#include <float.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "vm.h"

int gp_sysio_init(gp_obj *sysdict);
gp_obj *gp_import_builtin_names(void);
gp_obj *gp_import_lib_names(void);

#define GILPY_VERSION "0.1.0"

gp_obj *gp_sys_get(const char *name) {
    gp_interp *in = gp_main_interp;
    if (!in || !in->sysdict) return NULL;
    return gp_dict_get_cstr(in->sysdict, name);
}

static gp_obj *sys_exit(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("exit", nargs, kwnames, 0, 1) < 0) return NULL;
    gp_obj *a = nargs ? gp_tuple_pack(1, args[0]) : gp_incref(gp_tuple_empty());
    if (!a) return NULL;
    gp_obj *exc = gp_exc_new(gp_exc_SystemExit, a);
    gp_decref(a);
    if (!exc) return NULL;
    gp_err_set_obj(exc);
    gp_decref(exc);
    return NULL;
}

/* _gilpy_lib_source(name) -> (source, is_package) of an embedded lib/
 * module, or None */
static gp_obj *sys_gilpy_lib_source(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("_gilpy_lib_source", nargs, kwnames, 1, 1) < 0) return NULL;
    if (!GP_STR_CHECK(args[0]))
        return gp_err_format(gp_exc_TypeError, "_gilpy_lib_source() argument must be str, not %T", args[0]);
    size_t len;
    int is_package;
    const char *src = gp_import_lib_source(GP_STR_DATA(args[0]), &len, &is_package);
    if (!src) return GP_NONE_NEW();
    gp_obj *text = gp_str_new(src, len);
    if (!text) return NULL;
    gp_obj *pkg = gp_bool_new(is_package);
    gp_obj *t = gp_tuple_new(2);
    if (!t) {
        gp_decref(text);
        gp_decref(pkg);
        return NULL;
    }
    GP_TUPLE_ITEMS(t)[0] = text;
    GP_TUPLE_ITEMS(t)[1] = pkg;
    return t;
}

static gp_obj *sys_getrecursionlimit(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("getrecursionlimit", nargs, kwnames, 0, 0) < 0) return NULL;
    return gp_int_from_i64(gp_main_interp->recursion_limit);
}

static gp_obj *sys_setrecursionlimit(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("setrecursionlimit", nargs, kwnames, 1, 1) < 0) return NULL;
    if (GP_TYPE(args[0]) == &gp_float_type)
        return gp_err_set_str(gp_exc_TypeError, "'float' object cannot be interpreted as an integer");
    gp_ssize n = gp_index_ssize(args[0]);
    if (n == -1 && gp_err_occurred()) return NULL;
    if (n < 1) return gp_err_set_str(gp_exc_ValueError, "recursion limit must be greater or equal than 1");
    if (n > INT_MAX) n = INT_MAX;
    gp_thread *ts = gp_tstate();
    if (ts->depth >= n)
        return gp_err_format(gp_exc_RecursionError,
                             "cannot set the recursion limit to %zd at the recursion depth %d: the limit is too low",
                             n, ts->depth);
    gp_main_interp->recursion_limit = (int)n;
    return GP_NONE_NEW();
}

static gp_obj *sys_getswitchinterval(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("getswitchinterval", nargs, kwnames, 0, 0) < 0) return NULL;
    return gp_float_new(gil_get_interval_us(gp_main_interp->gil) / 1e6);
}

static gp_obj *sys_setswitchinterval(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("setswitchinterval", nargs, kwnames, 1, 1) < 0) return NULL;
    double d = gp_float_as_double(args[0]);
    if (d == -1.0 && gp_err_occurred()) return NULL;
    if (d <= 0.0) return gp_err_set_str(gp_exc_ValueError, "switch interval must be strictly positive");
    double us = d * 1e6;
    if (us < 1) us = 1;
    if (us > 4e9) us = 4e9;
    gil_set_interval_us(gp_main_interp->gil, (unsigned)us);
    return GP_NONE_NEW();
}

static gp_obj *sys_exc_info(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("exc_info", nargs, kwnames, 0, 0) < 0) return NULL;
    gp_obj *h = gp_tstate()->handled;
    if (!h) return gp_tuple_pack(3, gp_None, gp_None, gp_None);
    gp_obj *tb = ((gp_exc *)h)->traceback;
    return gp_tuple_pack(3, (gp_obj *)GP_TYPE(h), h, tb ? tb : gp_None);
}

static gp_obj *sys_exception(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("exception", nargs, kwnames, 0, 0) < 0) return NULL;
    gp_obj *h = gp_tstate()->handled;
    return h ? gp_incref(h) : GP_NONE_NEW();
}

static gp_obj *sys_getrefcount(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("getrefcount", nargs, kwnames, 1, 1) < 0) return NULL;
    gp_ssize rc = args[0]->refcnt;
    if (rc >= GP_IMMORTAL / 2) rc = 4294967295LL;
    return gp_int_from_i64(rc);
}

static gp_obj *sys_intern(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("intern", nargs, kwnames, 1, 1) < 0) return NULL;
    if (!GP_STR_EXACT(args[0])) return gp_err_format(gp_exc_TypeError, "intern() argument must be str, not %T", args[0]);
    return gp_str_intern(gp_incref(args[0]));
}

static gp_obj *sys_getdefaultencoding(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    return gp_str_from_cstr("utf-8");
}

static gp_obj *sys_getsizeof(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("getsizeof", nargs, kwnames, 1, 2) < 0) return NULL;
    gp_obj *o = args[0];
    size_t n = GP_TYPE(o)->basicsize;
    if (GP_TUPLE_CHECK(o)) n += (size_t)GP_TUPLE_SIZE(o) * sizeof(gp_obj *);
    else if (GP_LIST_CHECK(o)) n += (size_t)((gp_list *)o)->cap * sizeof(gp_obj *);
    else if (GP_STR_CHECK(o)) n += (size_t)GP_STR_NBYTES(o) + 1;
    return gp_int_from_i64((int64_t)n + 16);
}

static gp_obj *sys_getframe_name(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    gp_frame *f = gp_tstate()->frame;
    return f ? gp_incref(f->code->name) : GP_NONE_NEW();
}

/* The __name__ of the module whose code runs `depth` frames up (namedtuple
 * and friends use it for __module__). */
static gp_obj *sys_getframe_module(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("_getframe_module", nargs, kwnames, 0, 1) < 0) return NULL;
    gp_ssize depth = 0;
    if (nargs) {
        depth = gp_index_ssize(args[0]);
        if (depth == -1 && gp_err_occurred()) return NULL;
    }
    gp_frame *f = gp_tstate()->frame;
    while (f && depth-- > 0) f = f->prev;
    if (!f) return gp_err_set_str(gp_exc_ValueError, "call stack is not deep enough");
    gp_obj *name = gp_dict_get_cstr(f->globals, "__name__");
    return name ? gp_incref(name) : GP_NONE_NEW();
}

/* The uncaught-exception text of exc, for lib/traceback.py. */
static gp_obj *sys_format_exception(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("_format_exception", nargs, kwnames, 1, 2) < 0) return NULL;
    if (!GP_HAS_FLAG(args[0], GP_TF_EXC_SUB))
        return gp_err_format(gp_exc_TypeError, "expected an exception, not %T", args[0]);
    bool chain = true;
    if (nargs > 1) {
        int t = gp_truthy(args[1]);
        if (t < 0) return NULL;
        chain = t;
    }
    return gp_traceback_format(args[0], chain);
}

static gp_obj *sys_gil_stats(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    gil_stats st;
    if (gil_stats_get(gp_main_interp->gil, &st) < 0) return gp_err_set_str(gp_exc_RuntimeError, "no GIL statistics");
    gp_obj *d = gp_dict_new();
    if (!d) return NULL;
#define PUT(k, v)                                                         \
    do {                                                                  \
        gp_obj *x = gp_int_from_u64(v);                                   \
        if (!x || gp_dict_set_cstr(d, k, x) < 0) { gp_xdecref(x); gp_decref(d); return NULL; } \
        gp_decref(x);                                                     \
    } while (0)
    PUT("hold_ns", st.hold_ns);
    PUT("wait_ns", st.wait_ns);
    PUT("acquisitions", st.acquisitions);
    PUT("contended", st.contended);
    PUT("voluntary_drops", st.voluntary_drops);
    PUT("forced_drops", st.forced_drops);
    PUT("drop_requests", st.drop_requests);
    PUT("switches", st.switches);
    PUT("max_wait_ns", st.max_wait_ns);
#undef PUT
    gp_obj *pol = gp_str_from_cstr(gil_policy_name(gil_get_policy(gp_main_interp->gil)));
    if (!pol || gp_dict_set_cstr(d, "policy", pol) < 0) { gp_xdecref(pol); gp_decref(d); return NULL; }
    gp_decref(pol);
    return d;
}

static const gp_methoddef sys_functions[] = {
    {"exit", sys_exit, 0, "Exit the interpreter by raising SystemExit(status)."},
    {"_gilpy_lib_source", sys_gilpy_lib_source, 0, NULL},
    {"getrecursionlimit", sys_getrecursionlimit, 0, NULL},
    {"setrecursionlimit", sys_setrecursionlimit, 0, NULL},
    {"getswitchinterval", sys_getswitchinterval, 0, NULL},
    {"setswitchinterval", sys_setswitchinterval, 0, NULL},
    {"exc_info", sys_exc_info, 0, NULL},
    {"exception", sys_exception, 0, NULL},
    {"getrefcount", sys_getrefcount, 0, NULL},
    {"intern", sys_intern, 0, NULL},
    {"getdefaultencoding", sys_getdefaultencoding, 0, NULL},
    {"getfilesystemencoding", sys_getdefaultencoding, 0, NULL},
    {"getsizeof", sys_getsizeof, 0, NULL},
    {"_getframe_name", sys_getframe_name, 0, NULL},
    {"_gil_stats", sys_gil_stats, 0, NULL},
    {"_getframe_module", sys_getframe_module, 0, NULL},
    {"_format_exception", sys_format_exception, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static int set_obj(gp_obj *d, const char *k, gp_obj *v) {
    if (!v) return -1;
    int rc = gp_dict_set_cstr(d, k, v);
    gp_decref(v);
    return rc;
}

static gp_obj *str_list(int n, char **items) {
    gp_obj *l = gp_list_new(0);
    if (!l) return NULL;
    for (int i = 0; i < n; i++) {
        gp_obj *s = gp_str_from_cstr(items[i]);
        if (!s) {
            gp_err_clear();
            s = gp_str_from_cstr("?");
        }
        if (!s || gp_list_append(l, s) < 0) { gp_xdecref(s); gp_decref(l); return NULL; }
        gp_decref(s);
    }
    return l;
}

/* sys.version_info: a tuple with named fields (CPython's struct sequence). */
static const char *const vi_fields[5] = {"major", "minor", "micro", "releaselevel", "serial"};
#define VI_GETTER(i) static gp_obj *vi_get_##i(gp_obj *o) { return gp_incref(GP_TUPLE_GET(o, i)); }
VI_GETTER(0) VI_GETTER(1) VI_GETTER(2) VI_GETTER(3) VI_GETTER(4)
static const gp_getsetdef vi_getsets[] = {
    {"major", vi_get_0, NULL}, {"minor", vi_get_1, NULL}, {"micro", vi_get_2, NULL},
    {"releaselevel", vi_get_3, NULL}, {"serial", vi_get_4, NULL}, {NULL, NULL, NULL},
};
static gp_obj *vi_repr(gp_obj *o) {
    gp_strbuf b;
    gp_strbuf_init(&b);
    gp_strbuf_addc(&b, "sys.version_info(");
    for (int i = 0; i < 5; i++) {
        gp_strbuf_addf(&b, "%s%s=", i ? ", " : "", vi_fields[i]);
        gp_strbuf_addobj_repr(&b, GP_TUPLE_GET(o, i));
    }
    gp_strbuf_addc(&b, ")");
    return gp_strbuf_finish(&b);
}
static gp_type version_info_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "sys.version_info",
    .basicsize = sizeof(gp_tuple),
    .flags = GP_TF_TUPLE_SUB,
    .tp_base = &gp_tuple_type,
    .repr = vi_repr,
    .getsets = vi_getsets,
};

static gp_obj *make_version_info(void) {
    if (!(version_info_type.flags & GP_TF_READY) && gp_type_ready(&version_info_type) < 0) return NULL;
    gp_tuple *t = (gp_tuple *)gp_obj_alloc_size(&version_info_type, sizeof(gp_tuple) + 5 * sizeof(gp_obj *));
    if (!t) return NULL;
    t->size = 5;
    t->hash = -1;
    t->items[0] = gp_int_from_i64(3);
    t->items[1] = gp_int_from_i64(11);
    t->items[2] = gp_int_from_i64(7);
    t->items[3] = gp_str_from_cstr("final");
    t->items[4] = gp_int_from_i64(0);
    for (int i = 0; i < 5; i++)
        if (!t->items[i]) { gp_decref((gp_obj *)t); return NULL; }
    return (gp_obj *)t;
}

/* A namespace module used where CPython has a simple struct (implementation, flags). */
static gp_obj *namespace(const char *name) { return gp_module_new(name); }

gp_obj *gp_mod_sys_init(int argc, char **argv) {
    gp_obj *m = gp_module_new("sys");
    if (!m) return NULL;
    gp_obj *d = GP_MODULE_DICT(m);
    if (gp_module_add_functions(m, sys_functions) < 0) goto fail;
    if (gp_sysio_init(d) < 0) goto fail;
    if (set_obj(d, "argv", str_list(argc, argv)) < 0) goto fail;
    if (set_obj(d, "orig_argv", str_list(argc, argv)) < 0) goto fail;
    if (set_obj(d, "path", gp_list_new(0)) < 0) goto fail;
    if (set_obj(d, "meta_path", gp_list_new(0)) < 0) goto fail;
    if (set_obj(d, "path_hooks", gp_list_new(0)) < 0) goto fail;
    if (set_obj(d, "maxsize", gp_int_from_i64(INT64_MAX)) < 0) goto fail;
    if (set_obj(d, "maxunicode", gp_int_from_i64(0x10ffff)) < 0) goto fail;
    if (set_obj(d, "version", gp_str_from_cstr("3.11.7 (gilpy " GILPY_VERSION ", " __DATE__ ") [GCC-compatible C11]")) < 0) goto fail;
    if (set_obj(d, "hexversion", gp_int_from_i64(0x030b07f0)) < 0) goto fail;
    if (set_obj(d, "api_version", gp_int_from_i64(1013)) < 0) goto fail;
    if (set_obj(d, "platform", gp_str_from_cstr("linux")) < 0) goto fail;
    if (set_obj(d, "byteorder", gp_str_from_cstr("little")) < 0) goto fail;
    if (set_obj(d, "copyright", gp_str_from_cstr("Copyright (c) gilpy authors.")) < 0) goto fail;
    if (set_obj(d, "prefix", gp_str_from_cstr("/usr/local")) < 0) goto fail;
    if (set_obj(d, "base_prefix", gp_str_from_cstr("/usr/local")) < 0) goto fail;
    if (set_obj(d, "exec_prefix", gp_str_from_cstr("/usr/local")) < 0) goto fail;
    if (set_obj(d, "dont_write_bytecode", gp_bool_new(true)) < 0) goto fail;
    if (set_obj(d, "builtin_module_names", gp_import_builtin_names()) < 0) goto fail;
    if (set_obj(d, "_gilpy_lib_modules", gp_import_lib_names()) < 0) goto fail;
    if (set_obj(d, "_xoptions", gp_dict_new()) < 0) goto fail;
    if (set_obj(d, "warnoptions", gp_list_new(0)) < 0) goto fail;
    {
        char exe[4096];
        ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
        if (n < 0) n = 0;
        exe[n] = 0;
        if (set_obj(d, "executable", gp_str_from_cstr(exe)) < 0) goto fail;
    }
    if (set_obj(d, "version_info", make_version_info()) < 0) goto fail;
    {
        gp_obj *impl = namespace("implementation");
        if (!impl) goto fail;
        gp_obj *id = GP_MODULE_DICT(impl);
        if (set_obj(id, "name", gp_str_from_cstr("gilpy")) < 0 ||
            set_obj(id, "cache_tag", GP_NONE_NEW()) < 0 ||
            set_obj(id, "version", gp_incref(gp_dict_get_cstr(d, "version_info"))) < 0 ||
            set_obj(id, "hexversion", gp_int_from_i64(0x000100f0)) < 0) {
            gp_decref(impl);
            goto fail;
        }
        if (set_obj(d, "implementation", impl) < 0) goto fail;
    }
    {
        gp_obj *fl = namespace("flags");
        if (!fl) goto fail;
        gp_obj *fd = GP_MODULE_DICT(fl);
        static const char *const zero[] = {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
                                           "no_user_site", "no_site", "ignore_environment", "verbose",
                                           "bytes_warning", "quiet", "hash_randomization", "isolated",
                                           "dev_mode", "utf8_mode", "safe_path", "warn_default_encoding", NULL};
        for (int i = 0; zero[i]; i++) {
            if (set_obj(fd, zero[i], gp_int_from_i64(0)) < 0) { gp_decref(fl); goto fail; }
        }
        if (set_obj(d, "flags", fl) < 0) goto fail;
    }
    {
        gp_obj *fi = namespace("float_info");
        if (!fi) goto fail;
        gp_obj *fd = GP_MODULE_DICT(fi);
        if (set_obj(fd, "max", gp_float_new(DBL_MAX)) < 0 || set_obj(fd, "min", gp_float_new(DBL_MIN)) < 0 ||
            set_obj(fd, "epsilon", gp_float_new(DBL_EPSILON)) < 0 || set_obj(fd, "dig", gp_int_from_i64(DBL_DIG)) < 0 ||
            set_obj(fd, "mant_dig", gp_int_from_i64(DBL_MANT_DIG)) < 0 ||
            set_obj(fd, "max_exp", gp_int_from_i64(DBL_MAX_EXP)) < 0 ||
            set_obj(fd, "min_exp", gp_int_from_i64(DBL_MIN_EXP)) < 0 ||
            set_obj(fd, "max_10_exp", gp_int_from_i64(DBL_MAX_10_EXP)) < 0 ||
            set_obj(fd, "min_10_exp", gp_int_from_i64(DBL_MIN_10_EXP)) < 0 ||
            set_obj(fd, "radix", gp_int_from_i64(FLT_RADIX)) < 0 || set_obj(fd, "rounds", gp_int_from_i64(1)) < 0) {
            gp_decref(fi);
            goto fail;
        }
        if (set_obj(d, "float_info", fi) < 0) goto fail;
    }
    {
        /* CPython's figures for its own int layout, which programs read as
         * facts about the platform (the digit-count limit is gilpy's too) */
        gp_obj *ii = namespace("int_info");
        if (!ii) goto fail;
        gp_obj *id = GP_MODULE_DICT(ii);
        if (set_obj(id, "bits_per_digit", gp_int_from_i64(30)) < 0 ||
            set_obj(id, "sizeof_digit", gp_int_from_i64(4)) < 0 ||
            set_obj(id, "default_max_str_digits", gp_int_from_i64(4300)) < 0 ||
            set_obj(id, "str_digits_check_threshold", gp_int_from_i64(640)) < 0) {
            gp_decref(ii);
            goto fail;
        }
        if (set_obj(d, "int_info", ii) < 0) goto fail;
    }
    return m;
fail:
    gp_decref(m);
    return NULL;
}
