/*
 * builtins_vm.c — the builtins that need the compiler or the VM: exec,
 * eval, compile, globals, locals, __import__, __build_class__, exit and
 * quit. gp_vm_builtins_add puts them into the builtins dict that
 * gp_builtins_create (mod_builtins.c) made.
 */
#include <string.h>

#include "vm.h"

static gp_frame *caller_frame(void) { return gp_tstate()->frame; }

gp_obj *gp_vm_caller_globals(void)
{
    gp_frame *f = caller_frame();
    return f ? f->globals : NULL;
}

static gp_obj *source_text(gp_obj *src, const char *fname, const char **text, size_t *len) {
    if (GP_STR_CHECK(src)) {
        *text = GP_STR_DATA(src);
        *len = (size_t)GP_STR_NBYTES(src);
        return src;
    }
    if (GP_BYTES_CHECK(src)) {
        *text = GP_BYTES_DATA(src);
        *len = (size_t)GP_BYTES_SIZE(src);
        if (memchr(*text, 0, *len)) return gp_err_set_str(gp_exc_SyntaxError, "source code string cannot contain null bytes");
        return src;
    }
    return gp_err_format(gp_exc_TypeError, "%s() arg 1 must be a string, bytes or code object", fname);
}

/* Resolves exec/eval's globals and locals; returns 0 or -1. */
static int resolve_namespaces(const char *fname, gp_obj **globals, gp_obj **locals) {
    gp_obj *g = *globals, *l = *locals;
    if (g == gp_None) g = NULL;
    if (l == gp_None) l = NULL;
    gp_frame *f = caller_frame();
    if (g && !GP_DICT_CHECK(g)) {
        gp_err_format(gp_exc_TypeError, "%s() globals must be a dict, not %T", fname, g);
        return -1;
    }
    if (!g) {
        if (!f) { gp_err_set_str(gp_exc_SystemError, "no current frame"); return -1; }
        g = f->globals;
        if (!l) {
            l = f->locals;
            if (!l && (f->code->flags & (GP_CO_MODULE | GP_CO_CLASS))) l = g; /* module level: locals are globals */
            if (!l) {
                l = gp_frame_locals_dict(f);
                if (!l) return -1;
                *globals = gp_incref(g);
                *locals = l;
                goto builtins;
            }
        }
    } else if (!l) {
        l = g;
    }
    *globals = gp_incref(g);
    *locals = gp_incref(l);
builtins:
    if (!gp_dict_get_cstr(*globals, "__builtins__")) {
        if (gp_dict_set_cstr(*globals, "__builtins__", gp_main_interp->builtins_module) < 0) {
            GP_CLEAR(*globals);
            GP_CLEAR(*locals);
            return -1;
        }
    }
    return 0;
}

static gp_obj *run_code(gp_obj *co, gp_obj *globals, gp_obj *locals) {
    gp_obj *res = gp_vm_eval_code((gp_code *)co, globals, locals == globals ? NULL : locals);
    return res;
}

static gp_obj *exec_or_eval(const char *fname, const char *mode, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    static const char *const kw[] = {"source", "globals", "locals", NULL};
    gp_obj *a[3] = {NULL, NULL, NULL};
    if (gp_parse_args(fname, args, nargs, kwnames, kw, 3, 1, a) < 0) return NULL;
    gp_obj *g = a[1] ? a[1] : gp_None, *l = a[2] ? a[2] : gp_None;
    gp_obj *co;
    if (GP_CODE_CHECK(a[0])) {
        co = gp_incref(a[0]);
    } else {
        const char *text;
        size_t len;
        if (!source_text(a[0], fname, &text, &len)) return NULL;
        if (strcmp(mode, "eval") == 0) {
            while (len && (*text == ' ' || *text == '\t')) { text++; len--; }
        }
        co = gp_compile_source(text, len, "<string>", mode);
        if (!co) return NULL;
    }
    if (resolve_namespaces(fname, &g, &l) < 0) { gp_decref(co); return NULL; }
    gp_obj *res = run_code(co, g, l);
    gp_decref(co);
    gp_decref(g);
    gp_decref(l);
    if (res && strcmp(mode, "exec") == 0) {
        gp_decref(res);
        return GP_NONE_NEW();
    }
    return res;
}

static gp_obj *bi_exec(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    return exec_or_eval("exec", "exec", args, nargs, kwnames);
}

static gp_obj *bi_eval(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    return exec_or_eval("eval", "eval", args, nargs, kwnames);
}

static gp_obj *bi_compile(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    static const char *const kw[] = {"source", "filename", "mode", "flags", "dont_inherit", "optimize", NULL};
    gp_obj *a[6] = {NULL};
    if (gp_parse_args("compile", args, nargs, kwnames, kw, 6, 3, a) < 0) return NULL;
    if (GP_CODE_CHECK(a[0])) return gp_incref(a[0]);
    const char *text;
    size_t len;
    if (!source_text(a[0], "compile", &text, &len)) return NULL;
    if (!GP_STR_CHECK(a[1]))
        return gp_err_format(gp_exc_TypeError, "compile() argument 'filename' must be str, not %T", a[1]);
    if (!GP_STR_CHECK(a[2]))
        return gp_err_format(gp_exc_TypeError, "compile() argument 'mode' must be str, not %T", a[2]);
    const char *mode = GP_STR_DATA(a[2]);
    if (strcmp(mode, "exec") && strcmp(mode, "eval") && strcmp(mode, "single"))
        return gp_err_set_str(gp_exc_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    return gp_compile_source(text, len, GP_STR_DATA(a[1]), mode);
}

static gp_obj *bi_globals(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("globals", nargs, kwnames, 0, 0) < 0) return NULL;
    gp_frame *f = caller_frame();
    if (!f) return gp_err_set_str(gp_exc_SystemError, "no current frame");
    return gp_incref(f->globals);
}

static gp_obj *bi_locals(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("locals", nargs, kwnames, 0, 0) < 0) return NULL;
    gp_frame *f = caller_frame();
    if (!f) return gp_err_set_str(gp_exc_SystemError, "no current frame");
    if (!f->locals && (f->code->flags & GP_CO_MODULE)) return gp_incref(f->globals);
    return gp_frame_locals_dict(f);
}

static gp_obj *bi_import(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    static const char *const kw[] = {"name", "globals", "locals", "fromlist", "level", NULL};
    gp_obj *a[5] = {NULL};
    if (gp_parse_args("__import__", args, nargs, kwnames, kw, 5, 1, a) < 0) return NULL;
    if (!GP_STR_CHECK(a[0])) return gp_err_set_str(gp_exc_TypeError, "module name must be a string");
    int level = 0;
    if (a[4]) {
        gp_ssize lv = gp_index_ssize(a[4]);
        if (lv == -1 && gp_err_occurred()) return NULL;
        if (lv < 0) return gp_err_set_str(gp_exc_ValueError, "level must be >= 0");
        level = (int)lv;
    }
    gp_obj *g = (a[1] && GP_DICT_CHECK(a[1])) ? a[1] : NULL;
    gp_obj *fromlist = NULL;
    if (a[3] && a[3] != gp_None) {
        fromlist = gp_tuple_from_iterable(a[3]);
        if (!fromlist) return NULL;
    }
    gp_obj *m = gp_import_module(a[0], g, fromlist, level);
    gp_xdecref(fromlist);
    return m;
}

/* Runs a class body function with ns as its locals; returns what the body
 * returns (the __class__ cell or None). */
static gp_obj *run_class_body(gp_function *fn, gp_obj *ns) {
    gp_thread *ts = gp_tstate();
    gp_code *co = fn->code;
    gp_frame *f = gp_frame_push(ts, co, fn->globals, ns);
    if (!f) return NULL;
    f->func = gp_incref((gp_obj *)fn);
    if ((co->ncells || co->nfrees) && gp_vm_init_cells(fn, f) < 0) {
        gp_frame_pop(ts, f);
        return NULL;
    }
    f->is_entry = true;
    return gp_vm_run_frame(ts, f);
}

static gp_obj *calculate_meta(gp_obj *meta, gp_obj *bases) {
    gp_obj *winner = meta;
    for (gp_ssize i = 0; i < GP_TUPLE_SIZE(bases); i++) {
        gp_obj *bt = (gp_obj *)GP_TYPE(GP_TUPLE_GET(bases, i));
        if (gp_type_is_subtype((gp_type *)winner, (gp_type *)bt)) continue;
        if (gp_type_is_subtype((gp_type *)bt, (gp_type *)winner)) { winner = bt; continue; }
        return gp_err_set_str(gp_exc_TypeError,
                              "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                              "subclass of the metaclasses of all its bases");
    }
    return winner;
}

/* PEP 560: a base that is not a class but has __mro_entries__ (typing's
 * Generic[T], NamedTuple, ...) is replaced by what that method returns.
 * Returns a new reference to the resolved bases (`orig` itself when no
 * base needed it). */
static gp_obj *resolve_mro_entries(gp_obj *orig) {
    gp_ssize n = GP_TUPLE_SIZE(orig);
    gp_obj *out = NULL;
    for (gp_ssize i = 0; i < n; i++) {
        gp_obj *b = GP_TUPLE_GET(orig, i);
        gp_obj *meth = NULL;
        if (!GP_TYPE_CHECK(b, &gp_type_type))
            meth = gp_getattr_opt(b, gp_str_intern_cstr("__mro_entries__"));
        if (!meth && gp_err_occurred()) goto fail;
        if (!meth) {
            if (out && gp_list_append(out, b) < 0) goto fail;
            continue;
        }
        if (!out) {
            out = gp_list_new(0);
            for (gp_ssize j = 0; out && j < i; j++)
                if (gp_list_append(out, GP_TUPLE_GET(orig, j)) < 0) goto fail;
            if (!out) { gp_decref(meth); return NULL; }
        }
        gp_obj *r = gp_call(meth, &orig, 1, NULL);
        gp_decref(meth);
        if (!r) goto fail;
        if (!GP_TUPLE_CHECK(r)) {
            gp_decref(r);
            gp_err_set_str(gp_exc_TypeError, "__mro_entries__ must return a tuple");
            goto fail;
        }
        int rc = gp_list_extend(out, r);
        gp_decref(r);
        if (rc < 0) goto fail;
    }
    if (!out) return gp_incref(orig);
    gp_obj *t = gp_list_as_tuple(out);
    gp_decref(out);
    return t;
fail:
    gp_xdecref(out);
    return NULL;
}

static gp_obj *bi_build_class(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (nargs < 2) return gp_err_set_str(gp_exc_TypeError, "__build_class__: not enough arguments");
    gp_obj *func = args[0], *name = args[1];
    if (!GP_FUNCTION_CHECK(func)) return gp_err_set_str(gp_exc_TypeError, "__build_class__: func must be a function");
    if (!GP_STR_CHECK(name)) return gp_err_set_str(gp_exc_TypeError, "__build_class__: name is not a string");
    gp_obj *orig_bases = gp_tuple_from_array(args + 2, (gp_ssize)(nargs - 2));
    if (!orig_bases) return NULL;
    gp_obj *bases = resolve_mro_entries(orig_bases);
    if (!bases) {
        gp_decref(orig_bases);
        return NULL;
    }
    gp_obj *meta = NULL, *kwds = gp_dict_new();
    gp_obj *ns = NULL, *cls = NULL, *cell = NULL;
    if (!kwds) goto done;
    if (kwnames) {
        for (gp_ssize i = 0; i < GP_TUPLE_SIZE(kwnames); i++) {
            gp_obj *k = GP_TUPLE_GET(kwnames, i);
            if (gp_str_eq_cstr(k, "metaclass")) meta = args[nargs + (size_t)i];
            else if (gp_dict_set(kwds, k, args[nargs + (size_t)i]) < 0) goto done;
        }
    }
    bool explicit_meta = meta != NULL;
    if (!meta) meta = GP_TUPLE_SIZE(bases) ? (gp_obj *)GP_TYPE(GP_TUPLE_GET(bases, 0)) : (gp_obj *)&gp_type_type;
    if (GP_TYPE_CHECK(meta, &gp_type_type) && (!explicit_meta || true)) {
        gp_obj *w = calculate_meta(meta, bases);
        if (!w) goto done;
        meta = w;
    }
    gp_incref(meta);
    gp_obj *prepare = gp_getattr_opt(meta, gp_str_intern_cstr("__prepare__"));
    if (prepare) {
        gp_obj *pargs[2] = {name, bases};
        gp_obj *kn = NULL;
        gp_obj *buf[64];
        size_t nk = (size_t)gp_dict_size(kwds);
        if (nk && nk < 60) {
            kn = gp_tuple_new((gp_ssize)nk);
            gp_ssize pos = 0, j = 0;
            gp_obj *k, *v;
            buf[0] = name;
            buf[1] = bases;
            while (kn && gp_dict_next(kwds, &pos, &k, &v)) {
                GP_TUPLE_ITEMS(kn)[j] = gp_incref(k);
                buf[2 + j] = v;
                j++;
            }
            ns = kn ? gp_call(prepare, buf, 2, kn) : NULL;
            gp_xdecref(kn);
        } else {
            ns = gp_call(prepare, pargs, 2, NULL);
        }
        gp_decref(prepare);
    } else if (!gp_err_occurred()) {
        ns = gp_dict_new();
    }
    if (!ns) goto done_meta;
    if (!GP_TYPE(ns)->getitem) {
        if (GP_HAS_FLAG(meta, GP_TF_TYPE_SUB))
            gp_err_format(gp_exc_TypeError, "%s.__prepare__() must return a mapping, not %T",
                          gp_type_name((gp_type *)meta), ns);
        else
            gp_err_format(gp_exc_TypeError, "<metaclass>.__prepare__() must return a mapping, not %T", ns);
        goto done_meta;
    }
    cell = run_class_body((gp_function *)func, ns);
    if (!cell) goto done_meta;
    if (bases != orig_bases && gp_setitem(ns, gp_str_intern_cstr("__orig_bases__"), orig_bases) < 0)
        goto done_meta;
    /* As in CPython the metaclass sees the __class__ cell as __classcell__;
     * type.__new__ drops it from the class dict, and the cell is filled
     * below once the class exists. */
    if (GP_TYPE(cell) == &gp_cell_type && gp_setitem(ns, gp_str_intern_cstr("__classcell__"), cell) < 0)
        goto done_meta;
    {
        size_t nk = (size_t)gp_dict_size(kwds);
        gp_obj *buf[64];
        buf[0] = name;
        buf[1] = bases;
        buf[2] = ns;
        gp_obj *kn = NULL;
        if (nk && nk < 60) {
            kn = gp_tuple_new((gp_ssize)nk);
            gp_ssize pos = 0, j = 0;
            gp_obj *k, *v;
            while (kn && gp_dict_next(kwds, &pos, &k, &v)) {
                GP_TUPLE_ITEMS(kn)[j] = gp_incref(k);
                buf[3 + j] = v;
                j++;
            }
            if (!kn) goto done_meta;
        }
        cls = gp_call(meta, buf, 3, kn);
        gp_xdecref(kn);
    }
    if (cls && GP_TYPE(cell) == &gp_cell_type) GP_SETREF(((gp_cell *)cell)->ref, gp_incref(cls));
done_meta:
    gp_decref(meta);
done:
    gp_xdecref(cell);
    gp_xdecref(ns);
    gp_xdecref(kwds);
    gp_decref(bases);
    gp_decref(orig_bases);
    return cls;
}

static gp_obj *bi_exit(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("exit", nargs, kwnames, 0, 1) < 0) return NULL;
    gp_obj *code = nargs ? args[0] : gp_None;
    gp_obj *a = gp_tuple_pack(1, code);
    if (!a) return NULL;
    gp_obj *exc = gp_exc_new(gp_exc_SystemExit, nargs ? a : gp_tuple_empty());
    gp_decref(a);
    if (!exc) return NULL;
    gp_err_set_obj(exc);
    gp_decref(exc);
    return NULL;
}

/* dir() and vars() without arguments look at the caller's frame; with an
 * argument they are mod_builtins.c's. */
static gp_obj *orig_dir, *orig_vars;

static gp_obj *bi_dir(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (nargs || kwnames || !orig_dir) return gp_call(orig_dir, args, nargs, kwnames);
    gp_obj *l = bi_locals(NULL, NULL, 0, NULL);
    if (!l) return NULL;
    gp_obj *keys = GP_DICT_CHECK(l) ? gp_dict_keys_list(l) : gp_list_from_iterable(l);
    gp_decref(l);
    if (keys && gp_list_sort(keys, NULL, false) < 0) GP_CLEAR(keys);
    return keys;
}

static gp_obj *bi_vars(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (nargs || kwnames || !orig_vars) return gp_call(orig_vars, args, nargs, kwnames);
    return bi_locals(NULL, NULL, 0, NULL);
}

static gp_obj *bi_aiter(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("aiter", nargs, kwnames, 1, 1) < 0) return NULL;
    if (!gp_type_lookup(GP_TYPE(args[0]), gp_str_intern_cstr("__aiter__")))
        return gp_err_format(gp_exc_TypeError, "'%T' object is not an async iterable", args[0]);
    return gp_call_method(args[0], "__aiter__", NULL, 0);
}

static gp_obj *bi_anext(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("anext", nargs, kwnames, 1, 2) < 0) return NULL;
    if (!gp_type_lookup(GP_TYPE(args[0]), gp_str_intern_cstr("__anext__")))
        return gp_err_format(gp_exc_TypeError, "'%T' object is not an async iterator", args[0]);
    return gp_call_method(args[0], "__anext__", NULL, 0);
}

/* breakpoint(): no debugger in gilpy; sys.breakpointhook if a program set one */
static gp_obj *bi_breakpoint(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    gp_obj *hook = gp_sys_get("breakpointhook");
    if (hook) return gp_call(hook, args, nargs, kwnames);
    return GP_NONE_NEW();
}

static const gp_methoddef vm_builtins[] = {
    {"aiter", bi_aiter, 0, "Return an AsyncIterator for an AsyncIterable object."},
    {"anext", bi_anext, 0, "Return the next item from the async iterator."},
    {"breakpoint", bi_breakpoint, 0, "Call sys.breakpointhook(*args, **kws) if set; otherwise do nothing."},
    {"dir", bi_dir, 0, "Show attributes of an object, or the names in the current scope."},
    {"vars", bi_vars, 0, "Return the __dict__ of an object, or the current locals."},
    {"exec", bi_exec, 0, "Execute the given source in the context of globals and locals."},
    {"eval", bi_eval, 0, "Evaluate the given source in the context of globals and locals."},
    {"compile", bi_compile, 0, "Compile source into a code object."},
    {"globals", bi_globals, 0, "Return the dictionary containing the current scope's global variables."},
    {"locals", bi_locals, 0, "Return a dictionary containing the current scope's local variables."},
    {"__import__", bi_import, 0, "Import a module."},
    {"__build_class__", bi_build_class, 0, "Internal helper function used by the class statement."},
    {"exit", bi_exit, 0, NULL},
    {"quit", bi_exit, 0, NULL},
    {NULL, NULL, 0, NULL},
};

int gp_vm_builtins_add(gp_obj *builtins) {
    orig_dir = gp_xincref(gp_dict_get_cstr(builtins, "dir"));
    orig_vars = gp_xincref(gp_dict_get_cstr(builtins, "vars"));
    for (const gp_methoddef *d = vm_builtins; d->name; d++) {
        gp_obj *f = gp_cfunc_new(d, NULL, NULL);
        if (!f) return -1;
        int rc = gp_dict_set_cstr(builtins, d->name, f);
        gp_decref(f);
        if (rc < 0) return -1;
    }
    return 0;
}
