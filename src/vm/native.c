/*
 * native.c — the C API of include/gilpy.h and the loader of native
 * modules (import.c calls gp_native_load for a name.so / name.gilpy.so
 * found on sys.path).
 *
 * The API's handles are gp_obj pointers behind an opaque type, so the ABI
 * never depends on object layouts.  A module function becomes a builtin
 * function whose C entry is one trampoline; the trampoline finds the
 * module's gilpy_function through the cfunc's self, an int holding the
 * function's address (self is private to the trampoline).
 *
 * dlopen'ed objects are never closed: their functions may be referenced
 * for as long as the process lives, as in CPython.
 */
#include <dlfcn.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm.h"
#include "gilpy.h"

#define O(x) ((gp_obj *)(x))
#define G(x) ((gilpy_object *)(x))

int gilpy_api_version(void) { return GILPY_API_VERSION; }

/* ---- module functions ----------------------------------------------------- */

static gp_obj *trampoline(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (kwnames && GP_TUPLE_SIZE(kwnames) > 0)
        return gp_err_set_str(gp_exc_TypeError, "native functions take no keyword arguments");
    int ovf = 0;
    gilpy_function fn = (gilpy_function)(uintptr_t)gp_int_as_i64(self, &ovf);
    gp_obj *r = O(fn((gilpy_object *const *)args, nargs));
    if (!r && !gp_err_occurred()) gp_err_set_str(gp_exc_SystemError, "native function returned NULL without setting an exception");
    if (r && gp_err_occurred()) {
        gp_decref(r);
        return NULL;
    }
    return r;
}

int gilpy_module_add_function(gilpy_module *m, const char *name, gilpy_function fn, const char *doc) {
    gp_methoddef *def = calloc(1, sizeof *def);
    char *n = strdup(name);
    char *d = doc ? strdup(doc) : NULL;
    if (!def || !n || (doc && !d)) {
        free(def);
        free(n);
        free(d);
        gp_err_nomemory();
        return -1;
    }
    def->name = n;
    def->fn = trampoline;
    def->doc = d;
    gp_obj *self = gp_int_from_i64((int64_t)(uintptr_t)fn);
    gp_obj *f = self ? gp_cfunc_new(def, self, O(m)) : NULL;
    gp_xdecref(self);
    if (!f) return -1;
    int rc = gp_module_add_object(O(m), name, f);
    gp_decref(f);
    return rc;
}

static int add_new(gilpy_module *m, const char *name, gp_obj *v) {
    if (!v) return -1;
    int rc = gp_module_add_object(O(m), name, v);
    gp_decref(v);
    return rc;
}

int gilpy_module_add_int(gilpy_module *m, const char *name, long long v) { return add_new(m, name, gp_int_from_i64(v)); }
int gilpy_module_add_float(gilpy_module *m, const char *name, double v) { return add_new(m, name, gp_float_new(v)); }
int gilpy_module_add_str(gilpy_module *m, const char *name, const char *v) { return add_new(m, name, gp_str_from_cstr(v)); }
int gilpy_module_add_object(gilpy_module *m, const char *name, gilpy_object *o) { return gp_module_add_object(O(m), name, O(o)); }

/* ---- arguments ------------------------------------------------------------- */

int gilpy_as_long(gilpy_object *o, long long *out) {
    if (!GP_INT_CHECK(O(o))) {
        gp_err_format(gp_exc_TypeError, "'%T' object cannot be interpreted as an integer", O(o));
        return -1;
    }
    int ovf = 0;
    int64_t v = gp_int_as_i64(O(o), &ovf);
    if (ovf) {
        gp_err_set_str(gp_exc_OverflowError, "Python int too large to convert to C long");
        return -1;
    }
    *out = v;
    return 0;
}

int gilpy_as_double(gilpy_object *o, double *out) {
    if (!GP_INT_CHECK(O(o)) && !GP_FLOAT_CHECK(O(o))) {
        gp_err_format(gp_exc_TypeError, "must be real number, not %T", O(o));
        return -1;
    }
    double d = gp_float_as_double(O(o));
    if (d == -1.0 && gp_err_occurred()) return -1;
    *out = d;
    return 0;
}

const char *gilpy_as_utf8(gilpy_object *o) {
    if (!GP_STR_CHECK(O(o))) {
        gp_err_format(gp_exc_TypeError, "expected str, got %T", O(o));
        return NULL;
    }
    return GP_STR_DATA(O(o));
}

static size_t count_args(const char *fmt, size_t *required, const char **fname) {
    size_t n = 0;
    *required = (size_t)-1;
    *fname = "function";
    for (const char *p = fmt; *p; p++) {
        if (*p == '|') *required = n;
        else if (*p == ':') { *fname = p + 1; break; }
        else n++;
    }
    if (*required == (size_t)-1) *required = n;
    return n;
}

int gilpy_parse_args(gilpy_object *const *args, size_t nargs, const char *fmt, ...) {
    size_t required;
    const char *fname;
    size_t max = count_args(fmt, &required, &fname);
    if (nargs < required || nargs > max) {
        if (required == max)
            gp_err_format(gp_exc_TypeError, "%s() takes exactly %zu argument%s (%zu given)", fname, max,
                          max == 1 ? "" : "s", nargs);
        else
            gp_err_format(gp_exc_TypeError, "%s() takes %s %zu argument%s (%zu given)", fname,
                          nargs < required ? "at least" : "at most", nargs < required ? required : max,
                          (nargs < required ? required : max) == 1 ? "" : "s", nargs);
        return -1;
    }
    va_list ap;
    va_start(ap, fmt);
    size_t i = 0;
    int rc = 0;
    for (const char *p = fmt; *p && *p != ':' && rc == 0; p++) {
        if (*p == '|') continue;
        void *target = va_arg(ap, void *);
        if (i >= nargs) { i++; continue; }
        gilpy_object *a = args[i++];
        long long l;
        switch (*p) {
        case 'i':
            rc = gilpy_as_long(a, &l);
            if (rc == 0 && (l < -2147483648LL || l > 2147483647LL)) {
                gp_err_set_str(gp_exc_OverflowError, "signed integer is greater than maximum");
                rc = -1;
            }
            if (rc == 0) *(int *)target = (int)l;
            break;
        case 'l': rc = gilpy_as_long(a, (long long *)target); break;
        case 'd': rc = gilpy_as_double(a, (double *)target); break;
        case 's': {
            const char *s = gilpy_as_utf8(a);
            if (!s) rc = -1;
            else *(const char **)target = s;
            break;
        }
        case 'b': {
            int t = gp_truthy(O(a));
            if (t < 0) rc = -1;
            else *(int *)target = t;
            break;
        }
        case 'O': *(gilpy_object **)target = a; break;
        default:
            gp_err_format(gp_exc_SystemError, "gilpy_parse_args: bad format letter '%c'", *p);
            rc = -1;
        }
    }
    va_end(ap);
    return rc;
}

/* ---- results ---------------------------------------------------------------- */

gilpy_object *gilpy_none(void) { return G(GP_NONE_NEW()); }
gilpy_object *gilpy_bool(int v) { return G(gp_bool_new(v != 0)); }
gilpy_object *gilpy_int(long long v) { return G(gp_int_from_i64(v)); }
gilpy_object *gilpy_float(double v) { return G(gp_float_new(v)); }
gilpy_object *gilpy_str(const char *s) { return G(gp_str_from_cstr(s)); }
gilpy_object *gilpy_str_n(const char *s, size_t n) { return G(gp_str_new(s, n)); }
gilpy_object *gilpy_bytes(const void *d, size_t n) { return G(gp_bytes_new(d, n)); }
gilpy_object *gilpy_list(void) { return G(gp_list_new(0)); }

gilpy_object *gilpy_tuple(size_t n, ...) {
    va_list ap;
    va_start(ap, n);
    gp_obj *t = gp_tuple_new((gp_ssize)n);
    bool bad = !t;
    for (size_t i = 0; i < n; i++) {
        gp_obj *item = O(va_arg(ap, gilpy_object *));
        if (!item) bad = true;
        if (t) GP_TUPLE_ITEMS(t)[i] = item ? item : GP_NONE_NEW();
        else gp_xdecref(item);
    }
    va_end(ap);
    if (bad) {
        gp_xdecref(t);
        if (!gp_err_occurred()) gp_err_nomemory();
        return NULL;
    }
    return G(t);
}

int gilpy_list_append(gilpy_object *list, gilpy_object *item) {
    if (!item) return -1;
    if (!GP_LIST_CHECK(O(list))) {
        gp_decref(O(item));
        gp_err_set_str(gp_exc_TypeError, "gilpy_list_append: not a list");
        return -1;
    }
    int rc = gp_list_append(O(list), O(item));
    gp_decref(O(item));
    return rc;
}

long long gilpy_length(gilpy_object *o) { return gp_len(O(o)); }

gilpy_object *gilpy_item(gilpy_object *o, long long i) {
    gp_obj *k = gp_int_from_i64(i);
    if (!k) return NULL;
    gp_obj *r = gp_getitem(O(o), k);
    gp_decref(k);
    return G(r);
}

gilpy_object *gilpy_call(gilpy_object *callable, gilpy_object *const *args, size_t nargs) {
    return G(gp_call(O(callable), (gp_obj *const *)args, nargs, NULL));
}

/* ---- references, errors, GIL ---------------------------------------------- */

void gilpy_incref(gilpy_object *o) { gp_incref(O(o)); }
void gilpy_decref(gilpy_object *o) { gp_xdecref(O(o)); }
int gilpy_error_occurred(void) { return gp_err_occurred(); }
void gilpy_error_clear(void) { gp_err_clear(); }

gilpy_object *gilpy_raise(const char *exc, const char *fmt, ...) {
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    gp_obj *t = gp_dict_get_cstr(gp_main_interp->builtins, exc);
    if (t && GP_TYPE_CHECK(t, &gp_type_type) && gp_type_is_subtype((gp_type *)t, gp_exc_BaseException)) {
        gp_err_set_str((gp_type *)t, msg);
    } else {
        if (gp_err_occurred()) gp_err_clear();
        gp_err_format(gp_exc_SystemError, "gilpy_raise: unknown exception %s (%s)", exc, msg);
    }
    return NULL;
}

void *gilpy_save_thread(void) { return gil_save_thread(gp_main_interp->gil); }
void gilpy_restore_thread(void *st) { gil_restore_thread((gil_thread_t *)st); }

/* ---- loading ----------------------------------------------------------------- */

typedef int (*gilpy_initfn)(gilpy_module *m);

gp_obj *gp_native_load(gp_obj *fullname, const char *path) {
    const char *fn = GP_STR_DATA(fullname);
    const char *dot = strrchr(fn, '.');
    const char *shortname = dot ? dot + 1 : fn;
    void *h = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (!h) return gp_err_format(gp_exc_ImportError, "%s", dlerror());
    char sym[256];
    snprintf(sym, sizeof sym, "gilpy_init_%s", shortname);
    gilpy_initfn init = (gilpy_initfn)dlsym(h, sym);
    if (!init) return gp_err_format(gp_exc_ImportError, "dynamic module does not define module export function (%s)", sym);
    gp_obj *m = gp_module_new(fn);
    if (!m) return NULL;
    gp_obj *file = gp_str_from_cstr(path);
    int rc = file ? gp_dict_set_cstr(GP_MODULE_DICT(m), "__file__", file) : -1;
    gp_xdecref(file);
    if (rc == 0 && gp_dict_set(gp_main_interp->modules, fullname, m) < 0) rc = -1;
    if (rc == 0 && init((gilpy_module *)m) < 0) {
        if (!gp_err_occurred()) gp_err_format(gp_exc_SystemError, "initialization of %s failed without raising an exception", fn);
        rc = -1;
    }
    if (rc < 0) {
        gp_obj *saved = gp_err_fetch();
        if (gp_dict_get(gp_main_interp->modules, fullname)) gp_dict_del(gp_main_interp->modules, fullname);
        gp_err_clear();
        gp_err_restore(saved);
        gp_decref(m);
        return NULL;
    }
    return m;
}
