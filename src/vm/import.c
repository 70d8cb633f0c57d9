/*
 * import.c — the import system: sys.modules first, then the built-in C
 * modules registered at start-up (math, time, ...), then .py files and
 * packages (dir/__init__.py) along sys.path (or the package's __path__),
 * then the lib/ modules embedded in the binary (gp_lib_modules).
 * Dotted names import each parent first; relative imports resolve
 * against the importer's __package__ / __name__.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "vm.h"

#define MAX_BUILTIN_MODULES 64

static struct { const char *name; gp_module_initfn init; } registry[MAX_BUILTIN_MODULES];
static int nregistry;

int gp_import_register_builtin(const char *name, gp_module_initfn init) {
    for (int i = 0; i < nregistry; i++)
        if (strcmp(registry[i].name, name) == 0) { registry[i].init = init; return 0; }
    if (nregistry == MAX_BUILTIN_MODULES) return -1;
    registry[nregistry].name = name;
    registry[nregistry].init = init;
    nregistry++;
    return 0;
}

gp_obj *gp_import_builtin_names(void) {
    gp_obj *t = gp_tuple_new(nregistry + 2);
    if (!t) return NULL;
    GP_TUPLE_ITEMS(t)[0] = gp_str_from_cstr("builtins");
    GP_TUPLE_ITEMS(t)[1] = gp_str_from_cstr("sys");
    for (int i = 0; i < nregistry; i++) GP_TUPLE_ITEMS(t)[i + 2] = gp_str_from_cstr(registry[i].name);
    for (int i = 0; i < nregistry + 2; i++)
        if (!GP_TUPLE_ITEMS(t)[i]) { gp_decref(t); return NULL; }
    return t;
}

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    if (!buf) { fclose(f); return NULL; }
    size_t r;
    while ((r = fread(buf + n, 1, cap - n, f)) > 0) {
        n += r;
        if (n == cap) {
            char *nb = realloc(buf, cap * 2);
            if (!nb) { free(buf); fclose(f); return NULL; }
            buf = nb;
            cap *= 2;
        }
    }
    fclose(f);
    buf[n < cap ? n : cap - 1] = 0;
    if (n == cap) {
        char *nb = realloc(buf, cap + 1);
        if (!nb) { free(buf); return NULL; }
        buf = nb;
        buf[n] = 0;
    }
    *len = n;
    return buf;
}

static bool is_file(const char *p) {
    struct stat st;
    return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

/* lib/ Python modules, embedded at build time (cmake/embed_lib.cmake) */
typedef struct gp_lib_module { const char *name; const unsigned char *src; size_t len; int is_package; } gp_lib_module;
extern const gp_lib_module gp_lib_modules[];

/* The source of the lib/ module `name` embedded in the binary, or NULL:
 * runpy runs it for `gilpy -m name` without a file behind it. */
const char *gp_import_lib_source(const char *name, size_t *len, int *is_package) {
    for (const gp_lib_module *l = gp_lib_modules; l->name; l++) {
        if (strcmp(l->name, name) != 0) continue;
        *len = l->len;
        *is_package = l->is_package;
        return (const char *)l->src;
    }
    return NULL;
}

/* sys._gilpy_lib_modules: the lib/ modules built into the binary, so that
 * importlib.util.find_spec can find them without importing them. */
gp_obj *gp_import_lib_names(void) {
    gp_ssize n = 0;
    for (const gp_lib_module *l = gp_lib_modules; l->name; l++) n++;
    gp_obj *t = gp_tuple_new(n);
    if (!t) return NULL;
    for (gp_ssize i = 0; i < n; i++) {
        GP_TUPLE_ITEMS(t)[i] = gp_str_from_cstr(gp_lib_modules[i].name);
        if (!GP_TUPLE_ITEMS(t)[i]) { gp_decref(t); return NULL; }
    }
    return t;
}

/* module.__spec__ for a module loaded from a file: an
 * importlib.machinery.ModuleSpec.  The lib/ modules embedded in the binary
 * keep __spec__ None (importlib.util.find_spec makes theirs on demand), so
 * that start-up does not load importlib; importlib itself is loaded while
 * the spec class is being defined. */
static bool making_spec;

static int set_spec(gp_obj *dict, gp_obj *fullname, const char *path, const char *pkgdir, gp_obj *portions) {
    if (making_spec || (path && path[0] == '<')) return 0;
    making_spec = true;
    gp_obj *top = gp_import_cstr("importlib.machinery");   /* returns importlib */
    making_spec = false;
    gp_xdecref(top);
    gp_obj *mach = top ? gp_dict_get_cstr(gp_main_interp->modules, "importlib.machinery") : NULL;
    gp_obj *fn = mach ? gp_getattr_str(mach, portions ? "_spec_for_namespace" : "_spec_for_file") : NULL;
    if (!fn) { gp_err_clear(); return 0; }
    gp_obj *args[3];
    args[0] = fullname;
    args[1] = portions ? gp_incref(portions) : gp_str_from_cstr(path);
    args[2] = pkgdir ? gp_str_from_cstr(pkgdir) : gp_incref(gp_None);
    gp_obj *spec = args[1] && args[2] ? gp_call(fn, args, portions ? 2 : 3, NULL) : NULL;
    gp_xdecref(args[1]);
    gp_xdecref(args[2]);
    gp_decref(fn);
    if (!spec) return -1;
    int rc = gp_dict_set_cstr(dict, "__spec__", spec);
    gp_obj *loader = rc == 0 ? gp_getattr_str(spec, "loader") : NULL;
    if (loader) rc = gp_dict_set_cstr(dict, "__loader__", loader);
    else if (rc == 0) rc = -1;
    gp_xdecref(loader);
    gp_decref(spec);
    return rc;
}

static gp_obj *exec_module_source(gp_obj *fullname, const char *src, size_t len, const char *path,
                                  const char *pkgdir);

/* Modules whose code is running right now (borrowed: sys.modules holds
 * them), so that `from m import x` inside an import cycle can say
 * "partially initialized module" as CPython does.  Imports in several
 * threads may finish in any order, so entries are removed by search. */
static gp_obj **initializing;
static size_t ninitializing, capinitializing;

extern bool (*gp_module_initializing_hook)(gp_obj *module);   /* obj_module.c */

static int initializing_push(gp_obj *m) {
    gp_module_initializing_hook = gp_import_is_initializing;
    if (ninitializing == capinitializing) {
        size_t cap = capinitializing ? capinitializing * 2 : 16;
        gp_obj **n = realloc(initializing, cap * sizeof *n);
        if (!n) { gp_err_nomemory(); return -1; }
        initializing = n;
        capinitializing = cap;
    }
    initializing[ninitializing++] = m;
    return 0;
}

static void initializing_pop(gp_obj *m) {
    for (size_t i = ninitializing; i-- > 0;)
        if (initializing[i] == m) {
            initializing[i] = initializing[--ninitializing];
            return;
        }
}

bool gp_import_is_initializing(gp_obj *m) {
    for (size_t i = 0; i < ninitializing; i++)
        if (initializing[i] == m) return true;
    return false;
}

static gp_obj *exec_module_file(gp_obj *fullname, const char *path, const char *pkgdir) {
    size_t len;
    char *src = read_file(path, &len);
    if (!src) return gp_err_from_errno(gp_exc_OSError);
    gp_obj *m = exec_module_source(fullname, src, len, path, pkgdir);
    free(src);
    return m;
}

static gp_obj *find_embedded(gp_obj *fullname) {
    const char *fn = GP_STR_DATA(fullname);
    for (const gp_lib_module *l = gp_lib_modules; l->name; l++) {
        if (strcmp(l->name, fn) != 0) continue;
        char label[256];
        snprintf(label, sizeof label, "<gilpy-lib %s>", l->name);
        return exec_module_source(fullname, (const char *)l->src, l->len, label,
                                  l->is_package ? "<gilpy-lib>" : NULL);
    }
    return NULL;
}

static gp_obj *exec_module_source(gp_obj *fullname, const char *src, size_t len, const char *path,
                                  const char *pkgdir) {
    gp_obj *m = gp_module_new(GP_STR_DATA(fullname));
    if (!m) return NULL;
    gp_obj *d = GP_MODULE_DICT(m);
    gp_obj *file = gp_str_from_cstr(path);
    int rc = file ? gp_dict_set_cstr(d, "__file__", file) : -1;
    gp_xdecref(file);
    if (rc == 0) rc = gp_dict_set_cstr(d, "__builtins__", gp_main_interp->builtins_module);
    if (rc == 0) {
        gp_obj *pkg;
        if (pkgdir) {
            pkg = gp_incref(fullname);
            gp_obj *dir = gp_str_from_cstr(pkgdir);
            gp_obj *path_list = dir ? gp_list_new(0) : NULL;
            if (path_list && gp_list_append(path_list, dir) == 0) rc = gp_dict_set_cstr(d, "__path__", path_list);
            else rc = -1;
            gp_xdecref(dir);
            gp_xdecref(path_list);
        } else {
            const char *s = GP_STR_DATA(fullname);
            const char *dot = strrchr(s, '.');
            pkg = gp_str_new(s, dot ? (size_t)(dot - s) : 0);
        }
        if (rc == 0) rc = pkg ? gp_dict_set_cstr(d, "__package__", pkg) : -1;
        gp_xdecref(pkg);
    }
    if (rc == 0) rc = set_spec(d, fullname, path, pkgdir, NULL);
    if (rc < 0) { gp_decref(m); return NULL; }
    gp_obj *co = gp_compile_source(src, len, path, "exec");
    if (!co) { gp_decref(m); return NULL; }
    if (gp_dict_set(gp_main_interp->modules, fullname, m) < 0) { gp_decref(co); gp_decref(m); return NULL; }
    if (initializing_push(m) < 0) { gp_decref(co); gp_decref(m); return NULL; }
    gp_obj *res = gp_vm_eval_code((gp_code *)co, d, NULL);
    initializing_pop(m);
    gp_decref(co);
    if (!res) {
        gp_obj *saved = gp_err_fetch();
        gp_dict_del(gp_main_interp->modules, fullname);
        gp_err_clear();
        gp_err_restore(saved);
        gp_decref(m);
        return NULL;
    }
    gp_decref(res);
    gp_decref(m);
    /* the module may have replaced itself in sys.modules */
    gp_obj *final = gp_dict_get(gp_main_interp->modules, fullname);
    if (!final) {
        if (!gp_err_occurred()) gp_err_format(gp_exc_ImportError, "Loaded module %U not found in sys.modules", fullname);
        return NULL;
    }
    return gp_incref(final);
}

static bool is_dir(const char *p) {
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Searches the path entries in order for a package, a native module or a
 * .py file.  Directories of the name without __init__.py are collected in
 * *portions: they make a namespace package (PEP 420) if nothing else is
 * found. */
static gp_obj *find_in_path(gp_obj *fullname, const char *shortname, gp_obj *path, gp_obj **portions) {
    if (!path || !GP_LIST_CHECK(path)) return NULL;
    size_t sl = strlen(shortname);
    for (gp_ssize i = 0; i < GP_LIST_SIZE(path); i++) {
        gp_obj *dir = GP_LIST_ITEMS(path)[i];
        if (!GP_STR_CHECK(dir)) continue;
        const char *ds = GP_STR_DATA(dir);
        size_t dl = (size_t)GP_STR_NBYTES(dir);
        char *buf = malloc(dl + sl + 20);
        if (!buf) return gp_err_nomemory();
        const char *sep = dl ? "/" : "";
        sprintf(buf, "%s%s%s/__init__.py", ds, sep, shortname);
        if (is_file(buf)) {
            char *pkgdir = strndup(buf, strlen(buf) - strlen("/__init__.py"));
            gp_obj *m = pkgdir ? exec_module_file(fullname, buf, pkgdir) : gp_err_nomemory();
            free(pkgdir);
            free(buf);
            return m;
        }
        /* native modules (include/gilpy.h), before name.py as CPython does */
        static const char *const native_ext[] = {".gilpy.so", ".so"};
        for (int e = 0; e < 2; e++) {
            sprintf(buf, "%s%s%s%s", ds, sep, shortname, native_ext[e]);
            if (is_file(buf)) {
                gp_obj *m = gp_native_load(fullname, buf);
                free(buf);
                return m;
            }
        }
        sprintf(buf, "%s%s%s.py", ds, sep, shortname);
        if (is_file(buf)) {
            gp_obj *m = exec_module_file(fullname, buf, NULL);
            free(buf);
            return m;
        }
        sprintf(buf, "%s%s%s", ds, sep, shortname);
        if (is_dir(buf)) {
            gp_obj *d = gp_str_from_cstr(buf);
            if (d && !*portions) *portions = gp_list_new(0);
            int rc = d && *portions ? gp_list_append(*portions, d) : -1;
            gp_xdecref(d);
            if (rc < 0) { free(buf); return NULL; }
        }
        free(buf);
    }
    return NULL;
}

/* A namespace package: a module with no code whose __path__ is every
 * directory of that name found along the search path. */
static gp_obj *namespace_package(gp_obj *fullname, gp_obj *portions) {
    gp_obj *m = gp_module_new(GP_STR_DATA(fullname));
    if (!m) return NULL;
    gp_obj *d = GP_MODULE_DICT(m);
    if (gp_dict_set_cstr(d, "__path__", portions) < 0 || gp_dict_set_cstr(d, "__package__", fullname) < 0 ||
        gp_dict_set_cstr(d, "__file__", gp_None) < 0 || set_spec(d, fullname, NULL, NULL, portions) < 0 ||
        gp_dict_set(gp_main_interp->modules, fullname, m) < 0) {
        gp_decref(m);
        return NULL;
    }
    return m;
}

/* ModuleNotFoundError(msg) with .name = fullname */
static gp_obj *not_found_msg(gp_obj *fullname, gp_obj *msg) {
    if (!msg) return NULL;
    gp_obj *args = gp_tuple_pack(1, msg);
    gp_decref(msg);
    if (!args) return NULL;
    gp_obj *exc = gp_exc_new(gp_exc_ModuleNotFoundError, args);
    gp_decref(args);
    if (!exc) return NULL;
    gp_setattr_str(exc, "name", fullname);
    if (gp_err_occurred()) gp_err_clear();
    gp_err_set_obj(exc);
    gp_decref(exc);
    return NULL;
}

static gp_obj *not_found(gp_obj *fullname) {
    return not_found_msg(fullname, gp_str_from_format("No module named '%U'", fullname));
}

/* Imports one module whose parent (if any) is already imported. */
static gp_obj *import_one(gp_obj *fullname, gp_obj *parent) {
    gp_obj *m = gp_dict_get(gp_main_interp->modules, fullname);
    if (m == gp_None)   /* sys.modules[name] = None blocks the import */
        return not_found_msg(fullname, gp_str_from_format("import of %U halted; None in sys.modules", fullname));
    if (m) return gp_incref(m);
    if (gp_err_occurred()) return NULL;
    const char *fn = GP_STR_DATA(fullname);
    const char *dot = strrchr(fn, '.');
    const char *shortname = dot ? dot + 1 : fn;
    if (!parent) {
        for (int i = 0; i < nregistry; i++) {
            if (strcmp(registry[i].name, fn) == 0) {
                m = registry[i].init();
                if (!m) return NULL;
                if (gp_dict_set(gp_main_interp->modules, fullname, m) < 0) { gp_decref(m); return NULL; }
                return m;
            }
        }
    }
    gp_obj *path;
    if (parent) {
        path = gp_getattr_opt(parent, gp_str_intern_cstr("__path__"));
        if (!path) {
            if (gp_err_occurred()) return NULL;
            gp_obj *pn = gp_getattr_str(parent, "__name__");
            if (pn) {
                not_found_msg(fullname, gp_str_from_format("No module named '%U'; '%U' is not a package",
                                                           fullname, pn));
                gp_decref(pn);
            }
            return NULL;
        }
    } else {
        path = gp_sys_get("path");
        gp_xincref(path);
    }
    gp_obj *portions = NULL;
    m = find_in_path(fullname, shortname, path, &portions);
    gp_xdecref(path);
    if (!m && !gp_err_occurred()) m = find_embedded(fullname);
    if (!m && !gp_err_occurred() && portions) m = namespace_package(fullname, portions);
    gp_xdecref(portions);
    if (!m && !gp_err_occurred()) return not_found(fullname);
    if (m && parent) {
        gp_obj *sn = gp_str_from_cstr(shortname);
        if (!sn || gp_setattr(parent, sn, m) < 0) gp_err_clear();
        gp_xdecref(sn);
    }
    return m;
}

static gp_obj *resolve_relative(gp_obj *name, gp_obj *globals, int level) {
    gp_obj *pkg = globals ? gp_dict_get_cstr(globals, "__package__") : NULL;
    gp_obj *base = NULL;
    if (pkg && GP_STR_CHECK(pkg)) {
        base = gp_incref(pkg);
    } else {
        gp_obj *nm = globals ? gp_dict_get_cstr(globals, "__name__") : NULL;
        if (!nm || !GP_STR_CHECK(nm))
            return gp_err_set_str(gp_exc_ImportError, "attempted relative import with no known parent package");
        if (gp_dict_get_cstr(globals, "__path__")) {
            base = gp_incref(nm);
        } else {
            const char *s = GP_STR_DATA(nm);
            const char *dot = strrchr(s, '.');
            base = gp_str_new(s, dot ? (size_t)(dot - s) : 0);
            if (!base) return NULL;
        }
    }
    if (GP_STR_NBYTES(base) == 0) {
        gp_decref(base);
        return gp_err_set_str(gp_exc_ImportError, "attempted relative import with no known parent package");
    }
    const char *s = GP_STR_DATA(base);
    size_t n = (size_t)GP_STR_NBYTES(base);
    for (int i = 1; i < level; i++) {
        while (n > 0 && s[n - 1] != '.') n--;
        if (n == 0) {
            gp_decref(base);
            return gp_err_set_str(gp_exc_ImportError, "attempted relative import beyond top-level package");
        }
        n--;
    }
    gp_obj *res;
    if (GP_STR_NBYTES(name) == 0) res = gp_str_new(s, n);
    else {
        gp_obj *prefix = gp_str_new(s, n);
        res = prefix ? gp_str_from_format("%U.%U", prefix, name) : NULL;
        gp_xdecref(prefix);
    }
    gp_decref(base);
    return res;
}

/* `from pkg import a, b` imports the submodules pkg.a, pkg.b that are not
 * attributes yet; `from pkg import *` does the same for the names in
 * pkg.__all__ (a missing one is then reported by import *). */
static int import_fromlist(gp_obj *parent, gp_obj *full, gp_obj *fromlist) {
    gp_obj *items = gp_incref(fromlist);
    bool star = false;
    for (gp_ssize k = 0; k < GP_TUPLE_SIZE(fromlist); k++) {
        gp_obj *item = GP_TUPLE_GET(fromlist, k);
        if (GP_STR_CHECK(item) && gp_str_eq_cstr(item, "*")) star = true;
    }
    if (star) {
        gp_obj *all = gp_getattr_opt(parent, gp_str_intern_cstr("__all__"));
        if (!all && gp_err_occurred()) { gp_decref(items); return -1; }
        if (all) {
            gp_decref(items);
            items = gp_tuple_from_iterable(all);
            gp_decref(all);
            if (!items) return -1;
        }
    }
    for (gp_ssize k = 0; k < GP_TUPLE_SIZE(items); k++) {
        gp_obj *item = GP_TUPLE_GET(items, k);
        if (!GP_STR_CHECK(item) || gp_str_eq_cstr(item, "*")) continue;
        gp_obj *have = gp_getattr_opt(parent, item);
        if (have) { gp_decref(have); continue; }
        if (gp_err_occurred()) break;
        gp_obj *sub = gp_str_from_format("%U.%U", full, item);
        if (!sub) break;
        gp_obj *m = import_one(sub, parent);
        if (m) {
            gp_decref(m);
        } else if (gp_err_matches(gp_exc_ModuleNotFoundError)) {
            /* no such submodule: import * / from-import reports the missing
             * name later; a module that the submodule itself failed to find
             * is a real error (CPython compares exc.name) */
            gp_obj *exc = gp_err_fetch();
            gp_obj *name = exc ? gp_getattr_opt(exc, gp_str_intern_cstr("name")) : NULL;
            bool ours = name && GP_STR_CHECK(name) && gp_str_eq(name, sub);
            gp_xdecref(name);
            if (ours) {
                gp_xdecref(exc);
                gp_err_clear();
            } else {
                gp_err_clear();
                gp_err_restore(exc);
                gp_decref(sub);
                break;
            }
        } else {
            gp_decref(sub);
            break;
        }
        gp_decref(sub);
    }
    gp_decref(items);
    return gp_err_occurred() ? -1 : 0;
}

gp_obj *gp_import_module(gp_obj *name, gp_obj *globals, gp_obj *fromlist, int level) {
    gp_obj *full;
    if (level > 0) {
        full = resolve_relative(name, globals, level);
        if (!full) return NULL;
    } else {
        if (GP_STR_NBYTES(name) == 0) return gp_err_set_str(gp_exc_ValueError, "Empty module name");
        full = gp_incref(name);
    }
    /* import each prefix: a, a.b, a.b.c */
    const char *s = GP_STR_DATA(full);
    size_t n = (size_t)GP_STR_NBYTES(full);
    gp_obj *top = NULL, *parent = NULL;
    size_t i = 0;
    for (;;) {
        while (i < n && s[i] != '.') i++;
        gp_obj *part = gp_str_new(s, i);
        if (!part) goto fail;
        gp_obj *m = import_one(part, parent);
        gp_decref(part);
        if (!m) goto fail;
        if (!top) top = gp_incref(m);
        gp_xdecref(parent);
        parent = m;
        if (i >= n) break;
        i++;
    }
    bool has_from = fromlist && fromlist != gp_None && GP_TUPLE_CHECK(fromlist) && GP_TUPLE_SIZE(fromlist) > 0;
    if (has_from) {
        /* from pkg import submodule */
        gp_obj *pathattr = gp_getattr_opt(parent, gp_str_intern_cstr("__path__"));
        if (pathattr) {
            gp_decref(pathattr);
            if (import_fromlist(parent, full, fromlist) < 0) goto fail;
        } else if (gp_err_occurred()) {
            goto fail;
        }
        gp_decref(full);
        gp_xdecref(top);
        return parent;
    }
    gp_decref(full);
    gp_xdecref(parent);
    if (level > 0) {
        /* `from . import x` never gets here; `import .x` is not valid syntax */
    }
    return top;
fail:
    gp_decref(full);
    gp_xdecref(top);
    gp_xdecref(parent);
    return NULL;
}

gp_obj *gp_import_cstr(const char *name) {
    gp_obj *n = gp_str_from_cstr(name);
    if (!n) return NULL;
    gp_obj *m = gp_import_module(n, NULL, NULL, 0);
    gp_decref(n);
    return m;
}
