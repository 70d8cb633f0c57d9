/*
 * vm.c — the bytecode interpreter loop.
 *
 * DESIGN
 * - Dispatch is computed goto (GP_USE_COMPUTED_GOTO, default on with GCC
 *   and clang) or a switch. Each instruction is one 32-bit word.
 * - Calls from Python to Python functions do not recurse in C: the callee's
 *   frame is pushed on the thread's frame stack and the loop continues in
 *   it; RETURN_VALUE pops back to the caller. A frame entered from C (a
 *   call through gp_call, a generator resume, a module body) has is_entry
 *   set, and leaving it returns from this function.
 * - The GIL is met in one place: the eval-breaker word, read with one
 *   relaxed load at backward jumps and function entry (CHECK_BREAKER).
 * - Exceptions: the pending exception is in the thread state (errors.c).
 *   On error the loop adds a traceback entry, chains __context__, then
 *   unwinds the frame's block stack (see compiler.c for the layout).
 */
#include <signal.h>
#include <string.h>

#include "vm.h"
#include "gc.h"

#ifndef GP_USE_COMPUTED_GOTO
#if defined(__GNUC__)
#define GP_USE_COMPUTED_GOTO 1
#else
#define GP_USE_COMPUTED_GOTO 0
#endif
#endif

/* ---- the range fast iterator ------------------------------------------------
 * GET_ITER on an exact range whose bounds fit in 64 bits makes one of these;
 * FOR_ITER advances it without a call. Never visible to Python code. */
typedef struct rangeiter { gp_obj base; int64_t cur, step, left; } rangeiter;
static void rangeiter_dealloc(gp_obj *o) { gp_obj_free(o); }
static gp_obj *rangeiter_next(gp_obj *o) {
    rangeiter *r = (rangeiter *)o;
    if (r->left <= 0) return NULL;
    int64_t v = r->cur;
    r->cur += r->step;
    r->left--;
    return gp_int_from_i64(v);
}
static gp_obj *rangeiter_iter(gp_obj *o) { return gp_incref(o); }
gp_type gp_vm_rangeiter_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "range_iterator",
    .basicsize = sizeof(rangeiter),
    .dealloc = rangeiter_dealloc,
    .iter = rangeiter_iter,
    .iternext = rangeiter_next,
};

static int range_field(gp_obj *r, const char *name, int64_t *out) {
    gp_obj *v = gp_getattr_str(r, name);
    if (!v) return -1;
    int ovf = 0;
    *out = GP_INT_CHECK(v) ? gp_int_as_i64(v, &ovf) : 0;
    bool ok = GP_INT_CHECK(v) && !ovf;
    gp_decref(v);
    return ok ? 0 : 1;
}

static gp_obj *fast_range_iter(gp_obj *r) {
    int64_t start, stop, step;
    int a = range_field(r, "start", &start);
    if (a) return a < 0 ? NULL : gp_iter(r);
    a = range_field(r, "stop", &stop);
    if (a) return a < 0 ? NULL : gp_iter(r);
    a = range_field(r, "step", &step);
    if (a) return a < 0 ? NULL : gp_iter(r);
    /* the element count must not overflow */
    if (start < -((int64_t)1 << 62) || start > ((int64_t)1 << 62) || stop < -((int64_t)1 << 62) ||
        stop > ((int64_t)1 << 62) || step < -((int64_t)1 << 62) || step > ((int64_t)1 << 62) || step == 0)
        return gp_iter(r);
    int64_t left;
    if (step > 0) left = stop > start ? (stop - start + step - 1) / step : 0;
    else left = start > stop ? (start - stop - step - 1) / (-step) : 0;
    rangeiter *it = (rangeiter *)gp_obj_alloc(&gp_vm_rangeiter_type);
    if (!it) return NULL;
    it->cur = start;
    it->step = step;
    it->left = left;
    return (gp_obj *)it;
}

/* ---- helpers ----------------------------------------------------------------- */

static gp_obj *func_str(gp_obj *f) {
    if (GP_FUNCTION_CHECK(f)) {
        gp_function *fn = (gp_function *)f;
        if (fn->module && GP_STR_CHECK(fn->module) && !gp_str_eq_cstr(fn->module, "builtins"))
            return gp_str_from_format("%U.%U()", fn->module, fn->qualname);
        return gp_str_from_format("%U()", fn->qualname);
    }
    if (GP_TYPE(f) == &gp_cfunc_type) return gp_str_from_format("%s()", ((gp_cfunc *)f)->def->name);
    gp_obj *q = gp_getattr_str(f, "__qualname__");
    if (q) {
        gp_obj *r = GP_STR_CHECK(q) ? gp_str_from_format("%U()", q) : NULL;
        gp_decref(q);
        if (r) return r;
    }
    gp_err_clear();
    return gp_str_from_format("%s object", gp_type_name(GP_TYPE(f)));
}

void gp_vm_chain_context(gp_thread *ts, gp_obj *exc) {
    gp_obj *h = ts->handled;
    if (!h || h == exc || !GP_HAS_FLAG(exc, GP_TF_EXC_SUB) || !GP_HAS_FLAG(h, GP_TF_EXC_SUB)) return;
    /* break a cycle: exc must not appear in h's context chain */
    gp_exc *o = (gp_exc *)h;
    int guard = 0;
    while (o->context && guard++ < 10000) {
        if (o->context == exc) {
            GP_CLEAR(o->context);
            break;
        }
        o = (gp_exc *)o->context;
    }
    GP_SETREF(((gp_exc *)exc)->context, gp_incref(h));
}

/* Signals are handled in the main thread only (src/modules/mod_signal.c). */
int gp_vm_handle_pending(gp_thread *ts) {
    return ts->is_main ? gp_signal_run_pending(ts) : 0;
}

void gp_vm_signal_sigint(void) {
    gp_signal_trip(SIGINT);
}

static int vm_breaker(gp_thread *ts) {
    uint32_t mine = gil_breaker_poll(ts->gil);
    if (mine & GP_PENDING_GC) {
        /* a safe point: no half-built object is in reach of the collector */
        gil_pending_clear(ts->interp->gil, GP_PENDING_GC);
        gp_gc_collect_auto();
    }
    if (mine & GP_PENDING_SIGNAL) return gp_vm_handle_pending(ts);
    return 0;
}

static gp_obj *do_raise_value(gp_obj *v, bool is_cause) {
    if (GP_TYPE_CHECK(v, &gp_type_type) && gp_type_is_subtype((gp_type *)v, gp_exc_BaseException)) {
        gp_obj *inst = gp_call0(v);
        if (!inst) return NULL;
        if (!GP_HAS_FLAG(inst, GP_TF_EXC_SUB)) {
            gp_err_format(gp_exc_TypeError, "calling %R should have returned an instance of BaseException, not %T", v, inst);
            gp_decref(inst);
            return NULL;
        }
        return inst;
    }
    if (GP_HAS_FLAG(v, GP_TF_EXC_SUB)) return gp_incref(v);
    gp_err_set_str(gp_exc_TypeError, is_cause ? "exception causes must derive from BaseException"
                                              : "exceptions must derive from BaseException");
    return NULL;
}

/* raise exc [from cause]; always returns -1 with the exception set. */
static int do_raise(gp_thread *ts, gp_obj *exc, gp_obj *cause) {
    gp_obj *inst = do_raise_value(exc, false);
    if (!inst) return -1;
    if (cause) {
        gp_obj *c = NULL;
        if (cause != gp_None) {
            c = do_raise_value(cause, true);
            if (!c) { gp_decref(inst); return -1; }
        }
        GP_SETREF(((gp_exc *)inst)->cause, c);
        ((gp_exc *)inst)->suppress_context = true;
    }
    gp_vm_chain_context(ts, inst);
    gp_err_restore(inst);
    return -1;
}

static int exc_match_check(gp_obj *t) {
    if (GP_TUPLE_CHECK(t)) {
        for (gp_ssize i = 0; i < GP_TUPLE_SIZE(t); i++)
            if (exc_match_check(GP_TUPLE_GET(t, i)) < 0) return -1;
        return 0;
    }
    if (GP_TYPE_CHECK(t, &gp_type_type) && gp_type_is_subtype((gp_type *)t, gp_exc_BaseException)) return 0;
    gp_err_set_str(gp_exc_TypeError, "catching classes that do not inherit from BaseException is not allowed");
    return -1;
}

static bool exc_matches(gp_obj *exc, gp_obj *t) {
    if (GP_TUPLE_CHECK(t)) {
        for (gp_ssize i = 0; i < GP_TUPLE_SIZE(t); i++)
            if (exc_matches(exc, GP_TUPLE_GET(t, i))) return true;
        return false;
    }
    return gp_type_is_subtype(GP_TYPE(exc), (gp_type *)t);
}

static void unbound_local(gp_code *co, int i) {
    gp_err_format(gp_exc_UnboundLocalError, "cannot access local variable '%U' where it is not associated with a value",
                  GP_TUPLE_GET(co->varnames, i));
}

static void unbound_deref(gp_code *co, int i) {
    if (i < co->ncells)
        gp_err_format(gp_exc_UnboundLocalError,
                      "cannot access local variable '%U' where it is not associated with a value",
                      GP_TUPLE_GET(co->cellvars, i));
    else
        gp_err_format(gp_exc_NameError,
                      "cannot access free variable '%U' where it is not associated with a value in enclosing scope",
                      GP_TUPLE_GET(co->freevars, i - co->ncells));
}

static void name_error(gp_obj *name) { gp_err_format(gp_exc_NameError, "name '%U' is not defined", name); }

/* Looks a name up in a mapping that may not be an exact dict; borrowed
 * result is returned through *out as a new reference. 0 absent, 1 found, -1 error. */
static int mapping_lookup(gp_obj *m, gp_obj *name, gp_obj **out) {
    if (GP_TYPE(m) == &gp_dict_type) {
        gp_obj *v = gp_dict_get_str(m, name);
        if (v) { *out = gp_incref(v); return 1; }
        return 0;
    }
    gp_obj *v = gp_getitem(m, name);
    if (v) { *out = v; return 1; }
    if (gp_err_matches(gp_exc_KeyError)) { gp_err_clear(); return 0; }
    return -1;
}

static int mapping_store(gp_obj *m, gp_obj *name, gp_obj *v) {
    if (GP_TYPE(m) == &gp_dict_type) return gp_dict_set(m, name, v);
    return gp_setitem(m, name, v);
}

static gp_obj *load_name(gp_frame *f, gp_obj *name) {
    gp_obj *v;
    if (f->locals) {
        int r = mapping_lookup(f->locals, name, &v);
        if (r) return r > 0 ? v : NULL;
    }
    v = gp_dict_get_str(f->globals, name);
    if (v) return gp_incref(v);
    int r = mapping_lookup(f->builtins, name, &v);
    if (r) return r > 0 ? v : NULL;
    name_error(name);
    return NULL;
}

static gp_obj *import_from(gp_obj *mod, gp_obj *name) {
    gp_obj *v = gp_getattr_opt(mod, name);
    if (v || gp_err_occurred()) return v;
    /* a submodule imported by now lives in sys.modules */
    gp_obj *pkg = gp_getattr_str(mod, "__name__");
    if (!pkg) gp_err_clear();
    if (pkg && GP_STR_CHECK(pkg)) {
        gp_obj *full = gp_str_from_format("%U.%U", pkg, name);
        if (full) {
            gp_obj *m = gp_dict_get(gp_main_interp->modules, full);
            gp_decref(full);
            if (m) { gp_decref(pkg); return gp_incref(m); }
            if (gp_err_occurred()) gp_err_clear();
        }
    }
    gp_obj *file = gp_getattr_str(mod, "__file__");
    if (!file) gp_err_clear();
    bool partial = gp_import_is_initializing(mod);
    if (partial && pkg && GP_STR_CHECK(pkg))
        gp_err_format(gp_exc_ImportError,
                      "cannot import name '%U' from partially initialized module '%U' "
                      "(most likely due to a circular import) (%U)",
                      name, pkg, file && GP_STR_CHECK(file) ? file : gp_str_intern_cstr("unknown location"));
    else if (pkg && GP_STR_CHECK(pkg) && file && GP_STR_CHECK(file))
        gp_err_format(gp_exc_ImportError, "cannot import name '%U' from '%U' (%U)", name, pkg, file);
    else if (pkg && GP_STR_CHECK(pkg))
        gp_err_format(gp_exc_ImportError, "cannot import name '%U' from '%U' (unknown location)", name, pkg);
    else
        gp_err_format(gp_exc_ImportError, "cannot import name '%U'", name);
    /* ImportError.name / .path, as CPython sets them */
    gp_obj *exc = gp_err_fetch();
    if (exc) {
        if (pkg && GP_STR_CHECK(pkg)) gp_setattr_str(exc, "name", pkg);
        if (file && GP_STR_CHECK(file)) gp_setattr_str(exc, "path", file);
        if (gp_err_occurred()) gp_err_clear();
        gp_err_restore(exc);
    }
    gp_xdecref(pkg);
    gp_xdecref(file);
    return NULL;
}

static int import_star(gp_frame *f, gp_obj *mod) {
    gp_obj *locals = f->locals ? f->locals : f->globals;
    gp_obj *all = gp_getattr_opt(mod, gp_str_intern_cstr("__all__"));
    if (!all && gp_err_occurred()) return -1;
    if (all) {
        gp_obj *it = gp_iter(all);
        gp_decref(all);
        if (!it) return -1;
        gp_obj *name;
        while ((name = gp_iternext(it))) {
            if (!GP_STR_CHECK(name)) {
                gp_obj *mn = gp_getattr_str(mod, "__name__");
                if (!mn) gp_err_clear();
                if (mn && GP_STR_CHECK(mn))
                    gp_err_format(gp_exc_TypeError, "Item in %U.__all__ must be str, not %T", mn, name);
                else
                    gp_err_format(gp_exc_TypeError, "Item in __all__ must be str, not %T", name);
                gp_xdecref(mn);
                gp_decref(name);
                gp_decref(it);
                return -1;
            }
            gp_obj *v = gp_getattr(mod, name);
            int rc = v ? mapping_store(locals, name, v) : -1;
            gp_xdecref(v);
            gp_decref(name);
            if (rc < 0) { gp_decref(it); return -1; }
        }
        gp_decref(it);
        return gp_err_occurred() ? -1 : 0;
    }
    gp_obj **dp = gp_obj_dictptr(mod);
    gp_obj *d = dp ? *dp : NULL;
    if (!d && GP_TYPE(mod) == &gp_module_type) d = GP_MODULE_DICT(mod);
    if (!d) return 0;
    gp_ssize pos = 0;
    gp_obj *k, *v;
    while (gp_dict_next(d, &pos, &k, &v)) {
        if (GP_STR_CHECK(k) && GP_STR_DATA(k)[0] == '_') continue;
        if (mapping_store(locals, k, v) < 0) return -1;
    }
    return 0;
}

static gp_obj *format_value(gp_obj *v, int conv, gp_obj *spec) {
    gp_obj *cv = NULL;
    switch (conv) {
    case 1: cv = gp_str(v); break;
    case 2: cv = gp_repr(v); break;
    case 3: cv = gp_ascii(v); break;
    default: cv = gp_incref(v); break;
    }
    if (!cv) return NULL;
    if (!spec || GP_STR_LEN(spec) == 0) {
        if (GP_STR_EXACT(cv)) return cv;
        if (GP_INT_EXACT(cv) || GP_TYPE(cv) == &gp_float_type) {
            gp_obj *r = gp_str(cv);
            gp_decref(cv);
            return r;
        }
    }
    gp_obj *r = gp_format(cv, spec);
    gp_decref(cv);
    return r;
}

static gp_obj *build_string(gp_obj **items, int n) {
    size_t total = 0;
    for (int i = 0; i < n; i++) total += (size_t)GP_STR_NBYTES(items[i]);
    gp_strbuf b;
    gp_strbuf_init(&b);
    (void)total;
    for (int i = 0; i < n; i++) gp_strbuf_add(&b, GP_STR_DATA(items[i]), (size_t)GP_STR_NBYTES(items[i]));
    return gp_strbuf_finish(&b);
}

static int unpack_iterable(gp_obj *v, int before, int after, bool has_star, gp_obj **out_top) {
    /* out_top points one past where the last value goes; values are stored
     * so that the first item ends on top (reverse order) */
    if (!has_star && (GP_TYPE(v) == &gp_tuple_type || GP_TYPE(v) == &gp_list_type)) {
        gp_ssize n = GP_TYPE(v) == &gp_tuple_type ? GP_TUPLE_SIZE(v) : GP_LIST_SIZE(v);
        gp_obj **items = GP_TYPE(v) == &gp_tuple_type ? GP_TUPLE_ITEMS(v) : GP_LIST_ITEMS(v);
        if (n == before) {
            for (int i = 0; i < before; i++) out_top[-1 - i] = gp_incref(items[i]);
            return 0;
        }
        if (n < before)
            gp_err_format(gp_exc_ValueError, "not enough values to unpack (expected %d, got %zd)", before, n);
        else
            gp_err_format(gp_exc_ValueError, "too many values to unpack (expected %d)", before);
        return -1;
    }
    gp_obj *it = gp_iter(v);
    if (!it) {
        if (gp_err_matches(gp_exc_TypeError) && !GP_TYPE(v)->iter) {
            gp_err_clear();
            gp_err_format(gp_exc_TypeError, "cannot unpack non-iterable %T object", v);
        }
        return -1;
    }
    int i = 0;
    for (; i < before; i++) {
        gp_obj *x = gp_iternext(it);
        if (!x) {
            if (!gp_err_occurred()) {
                if (has_star)
                    gp_err_format(gp_exc_ValueError, "not enough values to unpack (expected at least %d, got %d)",
                                  before + after, i);
                else
                    gp_err_format(gp_exc_ValueError, "not enough values to unpack (expected %d, got %d)", before, i);
            }
            goto fail;
        }
        out_top[-1 - i] = x;
    }
    if (!has_star) {
        gp_obj *x = gp_iternext(it);
        if (x) {
            gp_decref(x);
            gp_err_format(gp_exc_ValueError, "too many values to unpack (expected %d)", before);
            goto fail;
        }
        if (gp_err_occurred()) goto fail;
        gp_decref(it);
        return 0;
    }
    gp_obj *rest = gp_list_from_iterable(it);
    if (!rest) goto fail;
    gp_ssize nrest = GP_LIST_SIZE(rest);
    if (nrest < after) {
        gp_err_format(gp_exc_ValueError, "not enough values to unpack (expected at least %d, got %zd)", before + after,
                      (gp_ssize)before + nrest);
        gp_decref(rest);
        goto fail;
    }
    for (int j = 0; j < after; j++) {
        out_top[-1 - (before + 1 + j)] = gp_incref(GP_LIST_ITEMS(rest)[nrest - after + j]);
    }
    /* shrink the list to the starred part */
    for (gp_ssize j = nrest - after; j < nrest; j++) gp_decref(GP_LIST_ITEMS(rest)[j]);
    ((gp_list *)rest)->size = nrest - after;
    out_top[-1 - before] = rest;
    gp_decref(it);
    return 0;
fail:
    for (int j = 0; j < i; j++) GP_CLEAR(out_top[-1 - j]);
    gp_decref(it);
    return -1;
}

static gp_obj *call_special(gp_obj *descr, gp_obj *self, gp_obj *const *args, size_t nargs) {
    if (GP_FUNCTION_CHECK(descr) || GP_TYPE(descr) == &gp_method_descr_type) {
        gp_obj *buf[4];
        buf[0] = self;
        for (size_t i = 0; i < nargs && i < 3; i++) buf[i + 1] = args[i];
        return gp_call(descr, buf, nargs + 1, NULL);
    }
    gp_obj *bound = GP_TYPE(descr)->descr_get ? GP_TYPE(descr)->descr_get(descr, self, (gp_obj *)GP_TYPE(self))
                                              : gp_incref(descr);
    if (!bound) return NULL;
    gp_obj *r = gp_call(bound, args, nargs, NULL);
    gp_decref(bound);
    return r;
}

static gp_obj *bind_special(gp_obj *descr, gp_obj *self) {
    if (GP_FUNCTION_CHECK(descr)) return gp_method_new(descr, self);
    if (GP_TYPE(descr)->descr_get) return GP_TYPE(descr)->descr_get(descr, self, (gp_obj *)GP_TYPE(self));
    return gp_incref(descr);
}

static int list_extend_error(gp_obj *iterable, gp_obj *callable) {
    if (gp_err_matches(gp_exc_TypeError) && !GP_TYPE(iterable)->iter && !GP_TYPE(iterable)->getitem) {
        gp_err_clear();
        if (callable) {
            gp_obj *fs = func_str(callable);
            if (!fs) return -1;
            gp_err_format(gp_exc_TypeError, "%U argument after * must be an iterable, not %T", fs, iterable);
            gp_decref(fs);
        } else {
            gp_err_format(gp_exc_TypeError, "Value after * must be an iterable, not %T", iterable);
        }
    }
    return -1;
}

static int dict_merge(gp_obj *dict, gp_obj *other, gp_obj *callable) {
    if (!GP_DICT_CHECK(other)) {
        gp_obj *keys = gp_getattr_opt(other, gp_str_intern_cstr("keys"));
        if (!keys) {
            if (gp_err_occurred()) return -1;
            gp_obj *fs = callable ? func_str(callable) : NULL;
            if (callable && !fs) return -1;
            if (fs) {
                gp_err_format(gp_exc_TypeError, "%U argument after ** must be a mapping, not %T", fs, other);
                gp_decref(fs);
            } else {
                gp_err_format(gp_exc_TypeError, "'%T' object is not a mapping", other);
            }
            return -1;
        }
        gp_decref(keys);
    }
    if (!callable) return gp_dict_update(dict, other);
    /* f(**m): duplicate keys are an error */
    gp_obj *keys = GP_DICT_CHECK(other) ? gp_dict_keys_list(other) : gp_call_method(other, "keys", NULL, 0);
    if (!keys) return -1;
    gp_obj *it = gp_iter(keys);
    gp_decref(keys);
    if (!it) return -1;
    gp_obj *k;
    while ((k = gp_iternext(it))) {
        if (!GP_STR_CHECK(k)) {
            /* CPython 3.11 does not name the callee here */
            gp_err_set_str(gp_exc_TypeError, "keywords must be strings");
            gp_decref(k);
            gp_decref(it);
            return -1;
        }
        if (gp_dict_get_str(dict, k)) {
            gp_obj *fs = func_str(callable);
            if (fs) gp_err_format(gp_exc_TypeError, "%U got multiple values for keyword argument '%U'", fs, k);
            gp_xdecref(fs);
            gp_decref(k);
            gp_decref(it);
            return -1;
        }
        gp_obj *v = gp_getitem(other, k);
        int rc = v ? gp_dict_set(dict, k, v) : -1;
        gp_xdecref(v);
        gp_decref(k);
        if (rc < 0) { gp_decref(it); return -1; }
    }
    gp_decref(it);
    return gp_err_occurred() ? -1 : 0;
}

/* Calls with a dict of keywords (CALL_FUNCTION_EX). */
static gp_obj *call_ex(gp_obj *callable, gp_obj *args, gp_obj *kwargs) {
    gp_ssize na = GP_TUPLE_SIZE(args);
    if (!kwargs || gp_dict_size(kwargs) == 0) return gp_call(callable, GP_TUPLE_ITEMS(args), (size_t)na, NULL);
    gp_ssize nk = gp_dict_size(kwargs);
    gp_obj **buf = gp_mem_alloc((size_t)(na + nk) * sizeof(gp_obj *));
    if (!buf) return NULL;
    gp_obj *names = gp_tuple_new(nk);
    if (!names) { gp_mem_free(buf); return NULL; }
    for (gp_ssize i = 0; i < na; i++) buf[i] = GP_TUPLE_GET(args, i);
    gp_ssize pos = 0, i = 0;
    gp_obj *k, *v;
    while (gp_dict_next(kwargs, &pos, &k, &v) && i < nk) {
        GP_TUPLE_ITEMS(names)[i] = gp_incref(k);
        buf[na + i] = v;
        i++;
    }
    gp_obj *r = gp_call(callable, buf, (size_t)na, names);
    gp_decref(names);
    gp_mem_free(buf);
    return r;
}

static gp_obj *print_expr(gp_obj *v) {
    if (v == gp_None) return GP_NONE_NEW();
    gp_obj *hook = gp_sys_get("displayhook");
    if (hook && GP_TYPE(hook) != &gp_cfunc_type) return gp_call1(hook, v);
    if (gp_dict_set_cstr(gp_main_interp->builtins, "_", gp_None) < 0) return NULL;
    gp_obj *r = gp_repr(v);
    if (!r) return NULL;
    int rc = gp_sys_write_stdout(GP_STR_DATA(r), (size_t)GP_STR_NBYTES(r));
    gp_decref(r);
    if (rc < 0 || gp_sys_write_stdout("\n", 1) < 0) return NULL;
    if (gp_dict_set_cstr(gp_main_interp->builtins, "_", v) < 0) return NULL;
    return GP_NONE_NEW();
}

/* gp_type_lookup through the code object's attribute cache (see vm.h). */
static inline __attribute__((always_inline)) gp_obj *type_lookup_cached(gp_acache *c, gp_type *t, gp_obj *name) {
    gp_obj *mro = t->mro;
    if (c->type == t && c->mro == mro) {
        gp_ssize n = GP_TUPLE_SIZE(mro), i;
        for (i = 0; i < n; i++) {
            gp_obj *d = ((gp_type *)GP_TUPLE_GET(mro, i))->dict;
            if (((gp_dict *)d)->version != c->versions[i]) break;
        }
        if (i == n) return c->descr;
    }
    gp_obj *found = gp_type_lookup(t, name);
    c->type = NULL;
    if (mro && GP_TUPLE_CHECK(mro) && GP_TUPLE_SIZE(mro) <= GP_ACACHE_MRO) {
        gp_ssize n = GP_TUPLE_SIZE(mro), i;
        for (i = 0; i < n; i++) {
            gp_obj *k = GP_TUPLE_GET(mro, i);
            gp_obj *d = GP_TYPE_CHECK(k, &gp_type_type) ? ((gp_type *)k)->dict : NULL;
            if (!d || GP_TYPE(d) != &gp_dict_type) break;
            c->versions[i] = ((gp_dict *)d)->version;
        }
        if (i == n) {
            c->type = t;
            c->mro = mro;
            c->descr = found;
        }
    }
    return found;
}


/* ---- the loop ---------------------------------------------------------------- */

#define GP_C_DEPTH_MAX 100000

gp_obj *gp_vm_run_frame(gp_thread *ts, gp_frame *f) {
    gil_t *gil = ts->interp->gil;
    gp_code *co;
    uint32_t *ip;
    gp_obj **sp;
    gp_obj **fast;
    gp_obj *const *consts;
    gp_obj *const *names;
    uint32_t w;
    gp_obj *retval = NULL;

    if (++ts->c_depth > GP_C_DEPTH_MAX) {
        ts->c_depth--;
        gp_err_set_str(gp_exc_RecursionError, "maximum recursion depth exceeded");
        if (!f->on_heap) gp_frame_pop(ts, f);
        return NULL;
    }

#define LOAD_FRAME()                                   \
    do {                                               \
        co = f->code;                                  \
        ip = f->ip;                                    \
        sp = f->sp;                                    \
        fast = f->localsplus;                          \
        consts = GP_TUPLE_ITEMS(co->consts);           \
        names = GP_TUPLE_ITEMS(co->names);             \
    } while (0)
#define SAVE_FRAME() ((void)(f->ip = ip), (void)(f->sp = sp))
#define ARG GP_OPARG(w)
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define THIRD() (sp[-3])
#define PEEK(n) (sp[-(ptrdiff_t)(n)])
#define SET_TOP(v) (sp[-1] = (v))
#define CHECK_BREAKER()                                                   \
    do {                                                                  \
        if (GP_UNLIKELY(gil_breaker_pending(gil))) {                      \
            SAVE_FRAME();                                                 \
            if (vm_breaker(ts) < 0) goto error;                           \
        }                                                                 \
    } while (0)

#if GP_USE_COMPUTED_GOTO
    static void *const targets[OP__COUNT] = {
#define OP(name, effect, flags) &&TARGET_##name,
#include "opcodes.def"
#undef OP
    };
    /* The legacy policy polls before every instruction, as Python 2's
     * check interval did (so unlocked read-modify-write races show); the
     * other policies only at backward jumps and calls. */
    static void *const legacy_targets[OP__COUNT] = {[0 ... OP__COUNT - 1] = &&legacy_tick};
    void *const *table = gil_get_policy(gil) == GIL_POLICY_LEGACY ? legacy_targets : targets;
#define TARGET(name) TARGET_##name:
#define DISPATCH() do { w = *ip++; goto *table[GP_OPC(w)]; } while (0)
#else
#define TARGET(name) case OP_##name:
#define DISPATCH() goto dispatch
#endif

    LOAD_FRAME();
    bool reraise = false;
    /* a resumed generator gets the sent value pushed by gen_send */
    if (GP_UNLIKELY(f->on_heap && ts->exc != NULL)) goto error; /* throw() into a generator */
    CHECK_BREAKER();

#if GP_USE_COMPUTED_GOTO
    DISPATCH();
#else
dispatch:
    w = *ip++;
    switch (GP_OPC(w)) {
#endif

    TARGET(NOP) DISPATCH();

    TARGET(POP_TOP) {
        gp_obj *v = POP();
        gp_decref(v);
        DISPATCH();
    }
    TARGET(ROT_TWO) {
        gp_obj *a = TOP();
        SET_TOP(SECOND());
        SECOND() = a;
        DISPATCH();
    }
    TARGET(ROT_THREE) {
        gp_obj *a = TOP(), *b = SECOND(), *c = THIRD();
        SET_TOP(b);
        SECOND() = c;
        THIRD() = a;
        DISPATCH();
    }
    TARGET(ROT_FOUR) {
        gp_obj *a = TOP();
        sp[-1] = sp[-2];
        sp[-2] = sp[-3];
        sp[-3] = sp[-4];
        sp[-4] = a;
        DISPATCH();
    }
    TARGET(DUP_TOP) {
        gp_obj *a = TOP();
        PUSH(gp_incref(a));
        DISPATCH();
    }
    TARGET(DUP_TOP_TWO) {
        gp_obj *a = TOP(), *b = SECOND();
        PUSH(gp_incref(b));
        PUSH(gp_incref(a));
        DISPATCH();
    }
    TARGET(LOAD_CONST) {
        gp_obj *v = consts[ARG];
        PUSH(gp_incref(v));
        DISPATCH();
    }
    TARGET(LOAD_FAST) {
        gp_obj *v = fast[ARG];
        if (GP_UNLIKELY(!v)) {
            unbound_local(co, (int)ARG);
            goto error;
        }
        PUSH(gp_incref(v));
        DISPATCH();
    }
    TARGET(STORE_FAST) {
        gp_obj *v = POP();
        gp_obj *old = fast[ARG];
        fast[ARG] = v;
        gp_xdecref(old);
        DISPATCH();
    }
    TARGET(DELETE_FAST) {
        gp_obj *old = fast[ARG];
        if (!old) {
            unbound_local(co, (int)ARG);
            goto error;
        }
        fast[ARG] = NULL;
        gp_decref(old);
        DISPATCH();
    }
    TARGET(LOAD_NAME) {
        gp_obj *v = load_name(f, names[ARG]);
        if (!v) goto error;
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_NAME) {
        gp_obj *v = POP();
        gp_obj *ns = f->locals ? f->locals : f->globals;
        int rc = mapping_store(ns, names[ARG], v);
        gp_decref(v);
        if (rc < 0) goto error;
        DISPATCH();
    }
    TARGET(DELETE_NAME) {
        gp_obj *ns = f->locals ? f->locals : f->globals;
        int rc = GP_TYPE(ns) == &gp_dict_type ? gp_dict_del(ns, names[ARG]) : gp_delitem(ns, names[ARG]);
        if (rc < 0) {
            if (gp_err_matches(gp_exc_KeyError)) {
                gp_err_clear();
                name_error(names[ARG]);
            }
            goto error;
        }
        DISPATCH();
    }
    TARGET(LOAD_GLOBAL) {
        gp_gcache *ce = &co->gcache[ARG];
        gp_dict *g = (gp_dict *)f->globals, *b = (gp_dict *)f->builtins;
        if (GP_LIKELY(ce->globals == (gp_obj *)g && ce->gver == g->version && ce->bver == b->version)) {
            PUSH(gp_incref(ce->value));
            DISPATCH();
        }
        gp_obj *name = names[ARG];
        gp_obj *v = gp_dict_get_str((gp_obj *)g, name);
        if (!v) v = gp_dict_get_str((gp_obj *)b, name);
        if (!v) {
            name_error(name);
            goto error;
        }
        ce->globals = (gp_obj *)g;
        ce->gver = g->version;
        ce->bver = b->version;
        ce->value = v;
        PUSH(gp_incref(v));
        DISPATCH();
    }
    TARGET(STORE_GLOBAL) {
        gp_obj *v = POP();
        int rc = gp_dict_set(f->globals, names[ARG], v);
        gp_decref(v);
        if (rc < 0) goto error;
        DISPATCH();
    }
    TARGET(DELETE_GLOBAL) {
        if (gp_dict_del(f->globals, names[ARG]) < 0) {
            if (gp_err_matches(gp_exc_KeyError)) {
                gp_err_clear();
                name_error(names[ARG]);
            }
            goto error;
        }
        DISPATCH();
    }
    TARGET(LOAD_DEREF) {
        gp_obj *cell = fast[co->nlocals + (int)ARG];
        gp_obj *v = ((gp_cell *)cell)->ref;
        if (!v) {
            unbound_deref(co, (int)ARG);
            goto error;
        }
        PUSH(gp_incref(v));
        DISPATCH();
    }
    TARGET(LOAD_CLASSDEREF) {
        int idx = (int)(ARG & 0xfff);
        gp_obj *name = names[ARG >> 12];
        gp_obj *v = NULL;
        if (f->locals) {
            int r = mapping_lookup(f->locals, name, &v);
            if (r < 0) goto error;
        }
        if (!v) {
            gp_obj *cell = fast[co->nlocals + idx];
            v = ((gp_cell *)cell)->ref;
            if (!v) {
                unbound_deref(co, idx);
                goto error;
            }
            gp_incref(v);
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_DEREF) {
        gp_obj *v = POP();
        gp_cell *cell = (gp_cell *)fast[co->nlocals + (int)ARG];
        gp_obj *old = cell->ref;
        cell->ref = v;
        gp_xdecref(old);
        DISPATCH();
    }
    TARGET(DELETE_DEREF) {
        gp_cell *cell = (gp_cell *)fast[co->nlocals + (int)ARG];
        if (!cell->ref) {
            unbound_deref(co, (int)ARG);
            goto error;
        }
        GP_CLEAR(cell->ref);
        DISPATCH();
    }
    TARGET(LOAD_CLOSURE) {
        gp_obj *cell = fast[co->nlocals + (int)ARG];
        PUSH(gp_incref(cell));
        DISPATCH();
    }
    TARGET(LOAD_ATTR) {
        gp_obj *o = TOP();
        gp_type *t = GP_TYPE(o);
        if ((t->getattr == NULL || t->getattr == gp_obj_generic_getattr) && t->dictoffset &&
            !type_lookup_cached(&co->acache[ARG], t, names[ARG])) {
            /* an instance attribute the class does not define (self.x) */
            gp_obj **dp = gp_obj_dictptr(o);
            gp_obj *v = (dp && *dp) ? gp_dict_get_str(*dp, names[ARG]) : NULL;
            if (v) {
                SET_TOP(gp_incref(v));
                gp_decref(o);
                DISPATCH();
            }
        }
        gp_obj *v = gp_getattr(o, names[ARG]);
        if (!v) goto error;
        SET_TOP(v);
        gp_decref(o);
        DISPATCH();
    }
    TARGET(STORE_ATTR) {
        gp_obj *o = POP();
        gp_obj *v = POP();
        gp_type *t = GP_TYPE(o);
        int rc;
        gp_obj **dp;
        if ((t->setattr == NULL || t->setattr == gp_obj_generic_setattr) && t->dictoffset &&
            !type_lookup_cached(&co->acache[ARG], t, names[ARG]) && (dp = gp_obj_dictptr(o)) && *dp &&
            GP_TYPE(*dp) == &gp_dict_type) {
            rc = gp_dict_set(*dp, names[ARG], v); /* self.x = v, no descriptor in the way */
        } else {
            rc = gp_setattr(o, names[ARG], v);
        }
        gp_decref(o);
        gp_decref(v);
        if (rc < 0) goto error;
        DISPATCH();
    }
    TARGET(DELETE_ATTR) {
        gp_obj *o = POP();
        int rc = gp_setattr(o, names[ARG], NULL);
        gp_decref(o);
        if (rc < 0) goto error;
        DISPATCH();
    }
    TARGET(LOAD_METHOD) {
        gp_obj *o = TOP();
        gp_obj *name = names[ARG];
        gp_type *t = GP_TYPE(o);
        if (t->getattr == NULL || t->getattr == gp_obj_generic_getattr) {
            gp_obj *d = type_lookup_cached(&co->acache[ARG], t, name);
            if (d && (GP_TYPE(d) == &gp_function_type || GP_TYPE(d) == &gp_method_descr_type)) {
                gp_obj **dp = t->dictoffset ? gp_obj_dictptr(o) : NULL;
                if (!dp || !*dp || !gp_dict_get_str(*dp, name)) {
                    SET_TOP(gp_incref(d));
                    PUSH(o); /* self: the reference moves */
                    DISPATCH();
                }
            }
        }
        gp_obj *v = gp_getattr(o, name);
        if (!v) goto error;
        SET_TOP(v);
        gp_decref(o);
        PUSH(NULL);
        DISPATCH();
    }

    /* Calls. Each call instruction sets these and jumps to do_call. */
    {
        gp_obj *c_callable, **c_args, **c_base, *c_kwnames;
        size_t c_nargs;

    TARGET(CALL_FUNCTION) {
        c_nargs = ARG;
        c_args = sp - c_nargs;
        c_base = c_args - 1;
        c_callable = *c_base;
        c_kwnames = NULL;
        goto do_call;
    }
    TARGET(CALL_FUNCTION_KW) {
        c_kwnames = TOP();
        size_t total = ARG;
        c_nargs = total - (size_t)GP_TUPLE_SIZE(c_kwnames);
        c_args = sp - 1 - total;
        c_base = c_args - 1;
        c_callable = *c_base;
        goto do_call;
    }
    TARGET(CALL_METHOD) {
        c_nargs = ARG;
        c_base = sp - c_nargs - 2;
        c_callable = c_base[0];
        c_kwnames = NULL;
        if (c_base[1]) {
            c_args = c_base + 1;
            c_nargs++;
        } else {
            c_args = c_base + 2;
        }
        goto do_call;
    }
    TARGET(CALL_METHOD_KW) {
        c_kwnames = TOP();
        size_t total = ARG;
        c_nargs = total - (size_t)GP_TUPLE_SIZE(c_kwnames);
        c_base = sp - 1 - total - 2;
        c_callable = c_base[0];
        if (c_base[1]) {
            c_args = c_base + 1;
            c_nargs++;
        } else {
            c_args = c_base + 2;
        }
        goto do_call;
    }

    do_call:
        if (GP_TYPE(c_callable) == &gp_function_type &&
            !(((gp_function *)c_callable)->code->flags & GP_CO_GENERATOR)) {
            gp_function *fn = (gp_function *)c_callable;
            gp_code *nco = fn->code;
            SAVE_FRAME();
            gp_frame *nf = gp_frame_push_func(ts, fn);
            if (!nf) {
                while (sp > c_base) { gp_obj *x = POP(); gp_xdecref(x); }
                goto error;
            }
            if (!c_kwnames && c_nargs == (size_t)nco->argcount && nco->kwonlyargcount == 0 &&
                !(nco->flags & (GP_CO_VARARGS | GP_CO_VARKEYWORDS))) {
                /* the common case: the arguments' references move into the frame */
                memcpy(nf->localsplus, c_args, c_nargs * sizeof(gp_obj *));
                sp = c_args;
                while (sp > c_base) { gp_obj *x = POP(); gp_xdecref(x); }
            } else {
                int rc = gp_vm_bind_args(fn, nf, c_args, c_nargs, c_kwnames);
                while (sp > c_base) { gp_obj *x = POP(); gp_xdecref(x); }
                if (rc < 0) {
                    gp_frame_pop(ts, nf);
                    goto error;
                }
            }
            if ((nco->ncells | nco->nfrees) && gp_vm_init_cells(fn, nf) < 0) {
                gp_frame_pop(ts, nf);
                goto error;
            }
            f->sp = sp;
            f = nf;
            LOAD_FRAME();
            CHECK_BREAKER();
            DISPATCH();
        } else {
            SAVE_FRAME();
            gp_obj *res;
            gp_type *ct = GP_TYPE(c_callable);
            if (ct == &gp_method_descr_type && c_nargs >= 1 &&
                ((gp_method_descr *)c_callable)->def->flags == 0 &&
                GP_TYPE(c_args[0]) == ((gp_method_descr *)c_callable)->type) {
                /* list.append(x) and friends: straight to the C function */
                const gp_methoddef *d = ((gp_method_descr *)c_callable)->def;
                res = d->fn(c_args[0], c_args + 1, c_nargs - 1, c_kwnames);
            } else if (ct == &gp_cfunc_type) {
                gp_cfunc *cf = (gp_cfunc *)c_callable;
                res = cf->def->fn(cf->self, c_args, c_nargs, c_kwnames);
            } else {
                res = gp_call(c_callable, c_args, c_nargs, c_kwnames);
            }
            while (sp > c_base) { gp_obj *x = POP(); gp_xdecref(x); }
            if (!res) goto error;
            PUSH(res);
            /* as CPython 3.11 after a C call: a signal that arrived while
             * it blocked (time.sleep, a lock) is raised now */
            CHECK_BREAKER();
            DISPATCH();
        }
    }

    TARGET(CALL_FUNCTION_EX) {
        gp_obj *kwargs = (ARG & 1) ? POP() : NULL;
        gp_obj *args = POP();
        gp_obj *callable = TOP();
        SAVE_FRAME();
        gp_obj *res = call_ex(callable, args, kwargs);
        gp_decref(args);
        gp_xdecref(kwargs);
        gp_decref(callable);
        sp--;
        if (!res) goto error;
        PUSH(res);
        DISPATCH();
    }

    TARGET(BINARY_SUBSCR) {
        gp_obj *key = POP();
        gp_obj *o = TOP();
        gp_obj *res = NULL;
        if (GP_TYPE(o) == &gp_list_type && GP_INT_EXACT(key) && GP_INT_IS_SMALL(key)) {
            int64_t i = ((gp_int *)key)->small;
            gp_ssize n = GP_LIST_SIZE(o);
            if (i < 0) i += n;
            if (i >= 0 && i < n) res = gp_incref(GP_LIST_ITEMS(o)[i]);
        } else if (GP_TYPE(o) == &gp_tuple_type && GP_INT_EXACT(key) && GP_INT_IS_SMALL(key)) {
            int64_t i = ((gp_int *)key)->small;
            gp_ssize n = GP_TUPLE_SIZE(o);
            if (i < 0) i += n;
            if (i >= 0 && i < n) res = gp_incref(GP_TUPLE_ITEMS(o)[i]);
        }
        if (!res) {
            SAVE_FRAME();
            res = gp_getitem(o, key);
        }
        gp_decref(key);
        if (!res) goto error;
        SET_TOP(res);
        gp_decref(o);
        DISPATCH();
    }
    TARGET(STORE_SUBSCR) {
        gp_obj *key = POP();
        gp_obj *o = POP();
        gp_obj *v = POP();
        int rc;
        if (GP_TYPE(o) == &gp_list_type && GP_INT_EXACT(key) && GP_INT_IS_SMALL(key) &&
            ((gp_int *)key)->small >= 0 && ((gp_int *)key)->small < GP_LIST_SIZE(o)) {
            gp_obj **slot = &GP_LIST_ITEMS(o)[((gp_int *)key)->small];
            gp_obj *old = *slot;
            *slot = v;
            gp_decref(old);
            gp_decref(key);
            gp_decref(o);
            DISPATCH();
        }
        SAVE_FRAME();
        rc = gp_setitem(o, key, v);
        gp_decref(key);
        gp_decref(o);
        gp_decref(v);
        if (rc < 0) goto error;
        DISPATCH();
    }
    TARGET(DELETE_SUBSCR) {
        gp_obj *key = POP();
        gp_obj *o = POP();
        SAVE_FRAME();
        int rc = gp_delitem(o, key);
        gp_decref(key);
        gp_decref(o);
        if (rc < 0) goto error;
        DISPATCH();
    }
    TARGET(BINARY_ADD) {
        gp_obj *b = POP();
        gp_obj *a = TOP();
        gp_obj *res;
        if (GP_INT_EXACT(a) && GP_INT_EXACT(b) && GP_INT_IS_SMALL(a) && GP_INT_IS_SMALL(b)) {
            int64_t r;
            if (!__builtin_add_overflow(((gp_int *)a)->small, ((gp_int *)b)->small, &r)) {
                res = gp_int_from_i64(r);
                goto add_done;
            }
        } else if (GP_TYPE(a) == &gp_float_type && GP_TYPE(b) == &gp_float_type) {
            res = gp_float_new(GP_FLOAT_VALUE(a) + GP_FLOAT_VALUE(b));
            goto add_done;
        } else if (GP_STR_EXACT(a) && GP_STR_EXACT(b)) {
            res = gp_str_concat(a, b);
            goto add_done;
        }
        SAVE_FRAME();
        res = gp_binop(a, b, GP_OP_ADD);
    add_done:
        gp_decref(b);
        if (!res) goto error;
        SET_TOP(res);
        gp_decref(a);
        DISPATCH();
    }
    TARGET(BINARY_SUB) {
        gp_obj *b = POP();
        gp_obj *a = TOP();
        gp_obj *res;
        if (GP_INT_EXACT(a) && GP_INT_EXACT(b) && GP_INT_IS_SMALL(a) && GP_INT_IS_SMALL(b)) {
            int64_t r;
            if (!__builtin_sub_overflow(((gp_int *)a)->small, ((gp_int *)b)->small, &r)) {
                res = gp_int_from_i64(r);
                goto sub_done;
            }
        } else if (GP_TYPE(a) == &gp_float_type && GP_TYPE(b) == &gp_float_type) {
            res = gp_float_new(GP_FLOAT_VALUE(a) - GP_FLOAT_VALUE(b));
            goto sub_done;
        }
        SAVE_FRAME();
        res = gp_binop(a, b, GP_OP_SUB);
    sub_done:
        gp_decref(b);
        if (!res) goto error;
        SET_TOP(res);
        gp_decref(a);
        DISPATCH();
    }
    TARGET(BINARY_OP) {
        gp_obj *b = POP();
        gp_obj *a = TOP();
        gp_obj *res = NULL;
        if (GP_TYPE(a) == &gp_float_type && GP_TYPE(b) == &gp_float_type && ARG == GP_OP_MUL) {
            res = gp_float_new(GP_FLOAT_VALUE(a) * GP_FLOAT_VALUE(b));
        } else if (GP_INT_EXACT(a) && GP_INT_EXACT(b) && GP_INT_IS_SMALL(a) && GP_INT_IS_SMALL(b) &&
                   ARG == GP_OP_MUL) {
            int64_t r;
            if (!__builtin_mul_overflow(((gp_int *)a)->small, ((gp_int *)b)->small, &r)) res = gp_int_from_i64(r);
        }
        if (!res) {
            SAVE_FRAME();
            res = gp_binop(a, b, ARG);
        }
        gp_decref(b);
        if (!res) goto error;
        SET_TOP(res);
        gp_decref(a);
        DISPATCH();
    }
    TARGET(INPLACE_OP) {
        gp_obj *b = POP();
        gp_obj *a = TOP();
        gp_obj *res = NULL;
        if (GP_INT_EXACT(a) && GP_INT_EXACT(b) && GP_INT_IS_SMALL(a) && GP_INT_IS_SMALL(b)) {
            int64_t r, x = ((gp_int *)a)->small, y = ((gp_int *)b)->small;
            if (ARG == GP_OP_ADD && !__builtin_add_overflow(x, y, &r)) res = gp_int_from_i64(r);
            else if (ARG == GP_OP_SUB && !__builtin_sub_overflow(x, y, &r)) res = gp_int_from_i64(r);
        } else if (GP_TYPE(a) == &gp_float_type && GP_TYPE(b) == &gp_float_type) {
            if (ARG == GP_OP_ADD) res = gp_float_new(GP_FLOAT_VALUE(a) + GP_FLOAT_VALUE(b));
            else if (ARG == GP_OP_SUB) res = gp_float_new(GP_FLOAT_VALUE(a) - GP_FLOAT_VALUE(b));
            else if (ARG == GP_OP_MUL) res = gp_float_new(GP_FLOAT_VALUE(a) * GP_FLOAT_VALUE(b));
        }
        if (!res) {
            SAVE_FRAME();
            res = gp_inplace_binop(a, b, ARG);
        }
        gp_decref(b);
        if (!res) goto error;
        SET_TOP(res);
        gp_decref(a);
        DISPATCH();
    }
    TARGET(COMPARE_OP) {
        gp_obj *b = POP();
        gp_obj *a = TOP();
        gp_obj *res;
        if (GP_INT_EXACT(a) && GP_INT_EXACT(b) && GP_INT_IS_SMALL(a) && GP_INT_IS_SMALL(b)) {
            int64_t x = ((gp_int *)a)->small, y = ((gp_int *)b)->small;
            bool r;
            switch (ARG) {
            case GP_LT: r = x < y; break;
            case GP_LE: r = x <= y; break;
            case GP_EQ: r = x == y; break;
            case GP_NE: r = x != y; break;
            case GP_GT: r = x > y; break;
            default: r = x >= y; break;
            }
            res = r ? gp_True : gp_False;
            gp_decref(a);
            gp_decref(b);
            SET_TOP(res);
            DISPATCH();
        }
        SAVE_FRAME();
        res = gp_richcompare(a, b, (int)ARG);
        gp_decref(b);
        if (!res) goto error;
        SET_TOP(res);
        gp_decref(a);
        DISPATCH();
    }
    TARGET(IS_OP) {
        gp_obj *b = POP();
        gp_obj *a = TOP();
        bool r = (a == b) ^ (ARG != 0);
        gp_decref(a);
        gp_decref(b);
        SET_TOP(gp_incref(r ? gp_True : gp_False));
        DISPATCH();
    }
    TARGET(CONTAINS_OP) {
        gp_obj *container = POP();
        gp_obj *item = TOP();
        SAVE_FRAME();
        int r = gp_contains(container, item);
        gp_decref(container);
        if (r < 0) goto error;
        gp_decref(item);
        SET_TOP(gp_incref((r != 0) ^ (ARG != 0) ? gp_True : gp_False));
        DISPATCH();
    }
    TARGET(UNARY_NEG) {
        gp_obj *v = TOP();
        gp_obj *r;
        if (GP_INT_EXACT(v) && GP_INT_IS_SMALL(v) && ((gp_int *)v)->small != INT64_MIN)
            r = gp_int_from_i64(-((gp_int *)v)->small);
        else {
            SAVE_FRAME();
            r = gp_unary(v, GP_UOP_NEG);
        }
        if (!r) goto error;
        SET_TOP(r);
        gp_decref(v);
        DISPATCH();
    }
    TARGET(UNARY_POS) {
        gp_obj *v = TOP();
        SAVE_FRAME();
        gp_obj *r = gp_unary(v, GP_UOP_POS);
        if (!r) goto error;
        SET_TOP(r);
        gp_decref(v);
        DISPATCH();
    }
    TARGET(UNARY_INVERT) {
        gp_obj *v = TOP();
        SAVE_FRAME();
        gp_obj *r = gp_unary(v, GP_UOP_INVERT);
        if (!r) goto error;
        SET_TOP(r);
        gp_decref(v);
        DISPATCH();
    }
    TARGET(UNARY_NOT) {
        gp_obj *v = TOP();
        int t;
        if (v == gp_True) t = 1;
        else if (v == gp_False || v == gp_None) t = 0;
        else {
            SAVE_FRAME();
            t = gp_truthy(v);
            if (t < 0) goto error;
        }
        SET_TOP(gp_incref(t ? gp_False : gp_True));
        gp_decref(v);
        DISPATCH();
    }
    TARGET(JUMP) {
        ip = co->code + ARG;
        DISPATCH();
    }
    TARGET(JUMP_BACKWARD) {
        ip = co->code + ARG;
        CHECK_BREAKER();
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_FALSE) {
        gp_obj *v = POP();
        if (v == gp_False) {
            ip = co->code + ARG;
        } else if (v != gp_True) {
            int t = v == gp_None ? 0 : (SAVE_FRAME(), gp_truthy(v));
            gp_decref(v);
            if (t < 0) goto error;
            if (!t) ip = co->code + ARG;
        }
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_TRUE) {
        gp_obj *v = POP();
        if (v == gp_True) {
            ip = co->code + ARG;
        } else if (v != gp_False) {
            int t = v == gp_None ? 0 : (SAVE_FRAME(), gp_truthy(v));
            gp_decref(v);
            if (t < 0) goto error;
            if (t) ip = co->code + ARG;
        }
        DISPATCH();
    }
    TARGET(JUMP_IF_FALSE_OR_POP) {
        gp_obj *v = TOP();
        int t = v == gp_True ? 1 : v == gp_False ? 0 : (SAVE_FRAME(), gp_truthy(v));
        if (t < 0) goto error;
        if (!t) {
            ip = co->code + ARG;
        } else {
            sp--;
            gp_decref(v);
        }
        DISPATCH();
    }
    TARGET(JUMP_IF_TRUE_OR_POP) {
        gp_obj *v = TOP();
        int t = v == gp_True ? 1 : v == gp_False ? 0 : (SAVE_FRAME(), gp_truthy(v));
        if (t < 0) goto error;
        if (t) {
            ip = co->code + ARG;
        } else {
            sp--;
            gp_decref(v);
        }
        DISPATCH();
    }
    TARGET(GET_ITER) {
        gp_obj *v = TOP();
        SAVE_FRAME();
        gp_obj *it = GP_TYPE(v) == &gp_range_type ? fast_range_iter(v) : gp_iter(v);
        if (!it) goto error;
        SET_TOP(it);
        gp_decref(v);
        DISPATCH();
    }
    TARGET(FOR_ITER) {
        gp_obj *it = TOP();
        gp_obj *next;
        if (GP_TYPE(it) == &gp_vm_rangeiter_type) {
            rangeiter *r = (rangeiter *)it;
            if (r->left > 0) {
                next = gp_int_from_i64(r->cur);
                r->cur += r->step;
                r->left--;
                if (!next) goto error;
                PUSH(next);
                DISPATCH();
            }
            next = NULL;
        } else {
            SAVE_FRAME();
            gp_unaryfn fn = GP_TYPE(it)->iternext;
            next = fn ? fn(it) : gp_iternext(it);
            if (next) {
                PUSH(next);
                DISPATCH();
            }
            if (ts->exc) {
                if (!gp_err_matches(gp_exc_StopIteration)) goto error;
                gp_err_clear();
            }
        }
        sp--;
        gp_decref(it);
        ip = co->code + ARG;
        DISPATCH();
    }
    TARGET(BUILD_TUPLE) {
        gp_ssize n = (gp_ssize)ARG;
        gp_obj *t = gp_tuple_new(n);
        if (!t) goto error;
        sp -= n;
        if (n) memcpy(GP_TUPLE_ITEMS(t), sp, (size_t)n * sizeof(gp_obj *));
        PUSH(t);
        DISPATCH();
    }
    TARGET(BUILD_LIST) {
        gp_ssize n = (gp_ssize)ARG;
        gp_obj *l = gp_list_new(n);
        if (!l) goto error;
        sp -= n;
        if (n) memcpy(GP_LIST_ITEMS(l), sp, (size_t)n * sizeof(gp_obj *));
        PUSH(l);
        DISPATCH();
    }
    TARGET(BUILD_SET) {
        gp_ssize n = (gp_ssize)ARG;
        gp_obj *s = gp_set_new(NULL);
        if (!s) goto error;
        int rc = 0;
        for (gp_ssize i = n; i > 0; i--)
            if (rc == 0 && gp_set_add(s, sp[-i]) < 0) rc = -1;
        for (gp_ssize i = 0; i < n; i++) { gp_obj *x = POP(); gp_decref(x); }
        if (rc < 0) { gp_decref(s); goto error; }
        PUSH(s);
        DISPATCH();
    }
    TARGET(BUILD_MAP) {
        gp_ssize n = (gp_ssize)ARG;
        gp_obj *d = gp_dict_new();
        if (!d) goto error;
        int rc = 0;
        for (gp_ssize i = n; i > 0; i--)
            if (rc == 0 && gp_dict_set(d, sp[-2 * i], sp[-2 * i + 1]) < 0) rc = -1;
        for (gp_ssize i = 0; i < 2 * n; i++) { gp_obj *x = POP(); gp_decref(x); }
        if (rc < 0) { gp_decref(d); goto error; }
        PUSH(d);
        DISPATCH();
    }
    TARGET(BUILD_CONST_KEY_MAP) {
        gp_ssize n = (gp_ssize)ARG;
        gp_obj *keys = POP();
        gp_obj *d = gp_dict_new();
        int rc = d ? 0 : -1;
        for (gp_ssize i = 0; i < n && rc == 0; i++)
            if (gp_dict_set(d, GP_TUPLE_GET(keys, i), sp[-n + i]) < 0) rc = -1;
        for (gp_ssize i = 0; i < n; i++) { gp_obj *x = POP(); gp_decref(x); }
        gp_decref(keys);
        if (rc < 0) { gp_xdecref(d); goto error; }
        PUSH(d);
        DISPATCH();
    }
    TARGET(BUILD_SLICE) {
        gp_obj *step = ARG == 3 ? POP() : NULL;
        gp_obj *stop = POP();
        gp_obj *start = TOP();
        gp_obj *s = gp_slice_new(start, stop, step);
        gp_decref(start);
        gp_decref(stop);
        gp_xdecref(step);
        if (!s) { sp--; goto error; }
        SET_TOP(s);
        DISPATCH();
    }
    TARGET(BUILD_STRING) {
        int n = (int)ARG;
        gp_obj *s = build_string(sp - n, n);
        for (int i = 0; i < n; i++) { gp_obj *x = POP(); gp_decref(x); }
        if (!s) goto error;
        PUSH(s);
        DISPATCH();
    }
    TARGET(LIST_APPEND) {
        gp_obj *v = POP();
        int rc = gp_list_append(PEEK(ARG), v);
        gp_decref(v);
        if (rc < 0) goto error;
        DISPATCH();
    }
    TARGET(SET_ADD) {
        gp_obj *v = POP();
        int rc = gp_set_add(PEEK(ARG), v);
        gp_decref(v);
        if (rc < 0) goto error;
        DISPATCH();
    }
    TARGET(MAP_ADD) {
        gp_obj *v = POP();
        gp_obj *k = POP();
        int rc = gp_dict_set(PEEK(ARG), k, v);
        gp_decref(k);
        gp_decref(v);
        if (rc < 0) goto error;
        DISPATCH();
    }
    TARGET(LIST_EXTEND) {
        gp_obj *v = POP();
        gp_obj *l = PEEK(ARG & 0xffff);
        SAVE_FRAME();
        int rc = gp_list_extend(l, v);
        if (rc < 0) {
            /* in a call f(*x) the callable sits below the list */
            gp_obj *callable = (sp - (ARG & 0xffff) - 1 >= f->stack) ? sp[-(int)(ARG & 0xffff) - 1] : NULL;
            bool in_call = false;
            if (callable && GP_TYPE(callable)->call) in_call = true;
            list_extend_error(v, in_call ? callable : NULL);
            gp_decref(v);
            goto error;
        }
        gp_decref(v);
        DISPATCH();
    }
    TARGET(SET_UPDATE) {
        gp_obj *v = POP();
        gp_obj *s = PEEK(ARG);
        gp_obj *it = gp_iter(v);
        int rc = it ? 0 : -1;
        if (it) {
            gp_obj *x;
            while ((x = gp_iternext(it))) {
                if (gp_set_add(s, x) < 0) rc = -1;
                gp_decref(x);
                if (rc < 0) break;
            }
            if (gp_err_occurred()) rc = -1;
            gp_decref(it);
        }
        gp_decref(v);
        if (rc < 0) goto error;
        DISPATCH();
    }
    TARGET(DICT_UPDATE) {
        gp_obj *v = POP();
        SAVE_FRAME();
        int rc = dict_merge(PEEK(ARG), v, NULL);
        gp_decref(v);
        if (rc < 0) goto error;
        DISPATCH();
    }
    TARGET(DICT_MERGE) {
        gp_obj *v = POP();
        SAVE_FRAME();
        /* stack: callable args_tuple dict */
        gp_obj *callable = PEEK(ARG + 2);
        int rc = dict_merge(PEEK(ARG), v, callable);
        gp_decref(v);
        if (rc < 0) goto error;
        DISPATCH();
    }
    TARGET(LIST_TO_TUPLE) {
        gp_obj *l = TOP();
        gp_obj *t = gp_list_as_tuple(l);
        if (!t) goto error;
        SET_TOP(t);
        gp_decref(l);
        DISPATCH();
    }
    TARGET(UNPACK_SEQUENCE) {
        gp_obj *v = POP();
        int n = (int)ARG;
        SAVE_FRAME();
        int rc = unpack_iterable(v, n, 0, false, sp + n);
        gp_decref(v);
        if (rc < 0) goto error;
        sp += n;
        DISPATCH();
    }
    TARGET(UNPACK_EX) {
        gp_obj *v = POP();
        int before = (int)(ARG & 0xff), after = (int)(ARG >> 8);
        int n = before + after + 1;
        SAVE_FRAME();
        int rc = unpack_iterable(v, before, after, true, sp + n);
        gp_decref(v);
        if (rc < 0) goto error;
        sp += n;
        DISPATCH();
    }
    TARGET(FORMAT_VALUE) {
        gp_obj *spec = (ARG & 4) ? POP() : NULL;
        gp_obj *v = TOP();
        SAVE_FRAME();
        gp_obj *r = format_value(v, (int)(ARG & 3), spec);
        gp_xdecref(spec);
        if (!r) goto error;
        SET_TOP(r);
        gp_decref(v);
        DISPATCH();
    }
    TARGET(RETURN_VALUE) {
        retval = POP();
        goto frame_exit;
    }
    TARGET(SETUP_FINALLY) {
        gp_block *b = &f->blocks[f->iblock++];
        b->type = GP_BLOCK_FINALLY;
        b->handler = (int)ARG;
        b->level = (int)(sp - f->stack);
        DISPATCH();
    }
    TARGET(POP_BLOCK) {
        f->iblock--;
        DISPATCH();
    }
    TARGET(POP_EXCEPT) {
        f->iblock--;
        gp_obj *prev = POP();
        gp_obj *old = ts->handled;
        ts->handled = prev == gp_None ? NULL : prev;
        if (prev == gp_None) gp_decref(prev);
        gp_xdecref(old);
        DISPATCH();
    }
    TARGET(RERAISE) {
        gp_obj *exc = POP();
        gp_err_restore(exc);
        SAVE_FRAME();
        reraise = true;
        goto error;
    }
    TARGET(RAISE_VARARGS) {
        SAVE_FRAME();
        if (ARG == 0) {
            if (!ts->handled) {
                gp_err_set_str(gp_exc_RuntimeError, "No active exception to reraise");
                goto error;
            }
            gp_err_restore(gp_incref(ts->handled));
            reraise = true;
            goto error;
        }
        gp_obj *cause = ARG == 2 ? POP() : NULL;
        gp_obj *exc = POP();
        do_raise(ts, exc, cause);
        gp_decref(exc);
        gp_xdecref(cause);
        goto error;
    }
    TARGET(JUMP_IF_NOT_EXC_MATCH) {
        gp_obj *t = POP();
        gp_obj *exc = POP();
        SAVE_FRAME();
        if (exc_match_check(t) < 0) {
            gp_decref(t);
            gp_decref(exc);
            goto error;
        }
        bool m = exc_matches(exc, t);
        gp_decref(t);
        gp_decref(exc);
        if (!m) ip = co->code + ARG;
        DISPATCH();
    }
    TARGET(LOAD_ASSERTION_ERROR) {
        PUSH(gp_incref((gp_obj *)gp_exc_AssertionError));
        DISPATCH();
    }
    TARGET(MAKE_FUNCTION) {
        gp_obj *code = POP();
        gp_obj *closure = (ARG & 8) ? POP() : NULL;
        gp_obj *annotations = (ARG & 4) ? POP() : NULL;
        gp_obj *kwdefaults = (ARG & 2) ? POP() : NULL;
        gp_obj *defaults = (ARG & 1) ? POP() : NULL;
        gp_function *fn = (gp_function *)gp_function_new((gp_code *)code, f->globals, f->builtins);
        gp_decref(code);
        if (!fn) {
            gp_xdecref(closure);
            gp_xdecref(annotations);
            gp_xdecref(kwdefaults);
            gp_xdecref(defaults);
            goto error;
        }
        fn->closure = closure;
        fn->annotations = annotations;
        fn->kwdefaults = kwdefaults;
        fn->defaults = defaults;
        PUSH((gp_obj *)fn);
        DISPATCH();
    }
    TARGET(LOAD_BUILD_CLASS) {
        gp_obj *bc = NULL;
        int r = mapping_lookup(f->builtins, gp_str_intern_cstr("__build_class__"), &bc);
        if (r < 0) goto error;
        if (r == 0) {
            gp_err_set_str(gp_exc_NameError, "__build_class__ not found");
            goto error;
        }
        PUSH(bc);
        DISPATCH();
    }
    TARGET(IMPORT_NAME) {
        gp_obj *fromlist = POP();
        gp_obj *level = TOP();
        SAVE_FRAME();
        int lvl = (int)gp_int_as_ssize(level);
        gp_obj *m = gp_import_module(names[ARG], f->globals, fromlist, lvl);
        gp_decref(fromlist);
        if (!m) goto error;
        SET_TOP(m);
        gp_decref(level);
        DISPATCH();
    }
    TARGET(IMPORT_FROM) {
        SAVE_FRAME();
        gp_obj *v = import_from(TOP(), names[ARG]);
        if (!v) goto error;
        PUSH(v);
        DISPATCH();
    }
    TARGET(IMPORT_STAR) {
        gp_obj *m = POP();
        SAVE_FRAME();
        int rc = import_star(f, m);
        gp_decref(m);
        if (rc < 0) goto error;
        DISPATCH();
    }
    TARGET(PRINT_EXPR) {
        gp_obj *v = POP();
        SAVE_FRAME();
        gp_obj *r = print_expr(v);
        gp_decref(v);
        if (!r) goto error;
        gp_decref(r);
        DISPATCH();
    }
    TARGET(SETUP_WITH) {
        gp_obj *mgr = TOP();
        SAVE_FRAME();
        gp_obj *enter = gp_type_lookup(GP_TYPE(mgr), gp_str_intern_cstr("__enter__"));
        if (!enter) {
            gp_err_format(gp_exc_TypeError, "'%T' object does not support the context manager protocol", mgr);
            goto error;
        }
        gp_obj *exit = gp_type_lookup(GP_TYPE(mgr), gp_str_intern_cstr("__exit__"));
        if (!exit) {
            gp_err_format(gp_exc_TypeError,
                          "'%T' object does not support the context manager protocol (missed __exit__ method)", mgr);
            goto error;
        }
        gp_obj *bexit = bind_special(exit, mgr);
        if (!bexit) goto error;
        gp_incref(enter);
        gp_obj *res = call_special(enter, mgr, NULL, 0);
        gp_decref(enter);
        if (!res) {
            gp_decref(bexit);
            goto error;
        }
        SET_TOP(bexit);
        gp_decref(mgr);
        gp_block *b = &f->blocks[f->iblock++];
        b->type = GP_BLOCK_FINALLY;
        b->handler = (int)ARG;
        b->level = (int)(sp - f->stack);
        PUSH(res);
        DISPATCH();
    }
    TARGET(WITH_EXCEPT_START) {
        gp_obj *exc = TOP();
        gp_obj *exit = PEEK(3);
        gp_obj *tb = ((gp_exc *)exc)->traceback;
        gp_obj *args[3] = {(gp_obj *)GP_TYPE(exc), exc, tb ? tb : gp_None};
        SAVE_FRAME();
        gp_obj *res = gp_call(exit, args, 3, NULL);
        if (!res) goto error;
        PUSH(res);
        DISPATCH();
    }
    TARGET(YIELD_VALUE) {
        retval = POP();
        if (ARG) {
            retval = gp_asyncgen_wrap(retval);
            if (!retval) goto error;
        }
        SAVE_FRAME();
        f->yielded = true;
        ts->frame = f->prev;
        ts->c_depth--;
        return retval;
    }
    TARGET(GET_YIELD_FROM_ITER) {
        gp_obj *v = TOP();
        if (!GP_GEN_CHECK(v)) {
            SAVE_FRAME();
            /* arg 1: await (the iterator comes from __await__) */
            gp_obj *it = ARG ? gp_gen_await_iter(v) : gp_iter(v);
            if (!it) goto error;
            SET_TOP(it);
            gp_decref(v);
        }
        DISPATCH();
    }
    TARGET(YIELD_FROM) {
        gp_obj *v = POP();
        gp_obj *sub = TOP();
        gp_obj *r;
        bool done = false;
        SAVE_FRAME();
        if (GP_GEN_CHECK(sub)) {
            r = gp_gen_send((gp_gen *)sub, v, &done);
        } else if (v == gp_None) {
            gp_unaryfn fn = GP_TYPE(sub)->iternext;
            r = fn ? fn(sub) : gp_iternext(sub);
            if (!r) {
                done = true;
                if (ts->exc) {
                    if (gp_err_matches(gp_exc_StopIteration)) {
                        gp_obj *e = gp_err_fetch();
                        gp_obj *a = ((gp_exc *)e)->args;
                        r = (a && GP_TUPLE_SIZE(a) > 0) ? gp_incref(GP_TUPLE_GET(a, 0)) : GP_NONE_NEW();
                        gp_decref(e);
                    }
                } else {
                    r = GP_NONE_NEW();
                }
            }
        } else {
            r = gp_call_method(sub, "send", &v, 1);
            if (!r && gp_err_matches(gp_exc_StopIteration)) {
                gp_obj *e = gp_err_fetch();
                gp_obj *a = ((gp_exc *)e)->args;
                r = (a && GP_TUPLE_SIZE(a) > 0) ? gp_incref(GP_TUPLE_GET(a, 0)) : GP_NONE_NEW();
                gp_decref(e);
                done = true;
            }
        }
        gp_decref(v);
        if (!r) goto error;
        if (done) {
            SET_TOP(r);
            gp_decref(sub);
            DISPATCH();
        }
        /* yield r; on resume the sent value is pushed and YIELD_FROM runs again */
        ip--;
        SAVE_FRAME();
        f->yielded = true;
        ts->frame = f->prev;
        ts->c_depth--;
        return r;
    }
    TARGET(GEN_START) DISPATCH();
    TARGET(SETUP_ANNOTATIONS) {
        gp_obj *ns = f->locals ? f->locals : f->globals;
        gp_obj *name = gp_str_intern_cstr("__annotations__");
        gp_obj *have = NULL;
        int r = mapping_lookup(ns, name, &have);
        if (r < 0) goto error;
        if (r) {
            gp_decref(have);
            DISPATCH();
        }
        gp_obj *d = gp_dict_new();
        if (!d) goto error;
        r = mapping_store(ns, name, d);
        gp_decref(d);
        if (r < 0) goto error;
        DISPATCH();
    }
    TARGET(ROT_N) {
        gp_obj *top = TOP();
        ptrdiff_t n = (ptrdiff_t)ARG;
        memmove(sp - n + 1, sp - n, (size_t)(n - 1) * sizeof *sp);
        sp[-n] = top;
        DISPATCH();
    }
    TARGET(MATCH_SEQUENCE) {
        SAVE_FRAME();
        int r = gp_match_is_sequence(TOP());
        if (r < 0) goto error;
        PUSH(gp_bool_new(r));
        DISPATCH();
    }
    TARGET(MATCH_MAPPING) {
        SAVE_FRAME();
        int r = gp_match_is_mapping(TOP());
        if (r < 0) goto error;
        PUSH(gp_bool_new(r));
        DISPATCH();
    }
    TARGET(GET_LEN) {
        SAVE_FRAME();
        gp_ssize n = gp_len(TOP());
        if (n < 0) goto error;
        gp_obj *v = gp_int_from_i64(n);
        if (!v) goto error;
        PUSH(v);
        DISPATCH();
    }
    TARGET(MATCH_KEYS) {
        SAVE_FRAME();
        gp_obj *values = gp_match_keys(SECOND(), TOP());
        if (!values) goto error;
        bool found = values != gp_None;
        PUSH(values);
        PUSH(gp_bool_new(found));
        DISPATCH();
    }
    TARGET(COPY_DICT_WITHOUT_KEYS) {
        SAVE_FRAME();
        gp_obj *rest = gp_match_dict_without_keys(SECOND(), TOP());
        if (!rest) goto error;
        gp_obj *keys = TOP();
        SET_TOP(rest);
        gp_decref(keys);
        DISPATCH();
    }
    TARGET(MATCH_CLASS) {
        SAVE_FRAME();
        gp_obj *names = POP();
        gp_obj *cls = POP();
        gp_obj *subject = TOP();
        gp_obj *values = gp_match_class(subject, cls, (int)ARG, names);
        gp_decref(names);
        gp_decref(cls);
        if (!values) goto error;
        bool found = values != gp_None;
        SET_TOP(values);
        gp_decref(subject);
        PUSH(gp_bool_new(found));
        DISPATCH();
    }
    TARGET(CHECK_EG_MATCH) {
        SAVE_FRAME();
        gp_obj *type = POP();
        gp_obj *rest = TOP();
        gp_obj *match = NULL, *newrest = NULL;
        int r = gp_exc_group_match(rest, type, &match, &newrest);
        gp_decref(type);
        if (r < 0) goto error;
        SET_TOP(newrest);
        gp_decref(rest);
        bool found = match != gp_None;
        if (found) {
            /* the except* body sees the matched part as the handled exception */
            gp_obj *old = ts->handled;
            ts->handled = gp_incref(match);
            gp_xdecref(old);
        }
        PUSH(match);
        PUSH(gp_bool_new(found));
        DISPATCH();
    }
    TARGET(PREP_RERAISE_STAR) {
        SAVE_FRAME();
        gp_obj *list = POP();
        gp_obj *orig = TOP();
        gp_obj *res = gp_exc_group_prep_reraise(orig, list);
        gp_decref(list);
        if (!res) goto error;
        SET_TOP(res);
        gp_decref(orig);
        PUSH(gp_bool_new(res != gp_None));
        DISPATCH();
    }

#if !GP_USE_COMPUTED_GOTO
    default:
        gp_err_format(gp_exc_SystemError, "unknown opcode %u", GP_OPC(w));
        goto error;
    }
#else
legacy_tick:
    ip--; /* the instruction has not run yet */
    CHECK_BREAKER();
    w = *ip++;
    goto *targets[GP_OPC(w)];
#endif

error:
    SAVE_FRAME();
    if (GP_UNLIKELY(!ts->exc)) gp_err_set_str(gp_exc_SystemError, "error return without exception set");
    if (!reraise) {
        gp_obj *exc = ts->exc;
        if (GP_HAS_FLAG(exc, GP_TF_EXC_SUB)) {
            int line = gp_code_addr2line(co, (int)(ip - co->code) - 1);
            if (gp_traceback_add(exc, co, line) < 0) {
                /* out of memory while recording: keep the original exception */
            }
            if (!((gp_exc *)exc)->context) gp_vm_chain_context(ts, exc);
        }
    }
    reraise = false;
    /* unwind the block stack to a handler */
    while (f->iblock > 0) {
        gp_block *b = &f->blocks[--f->iblock];
        gp_obj **level = f->stack + b->level;
        if (b->type == GP_BLOCK_HANDLER) {
            while (sp > level + 1) { gp_obj *x = POP(); gp_xdecref(x); }
            gp_obj *prev = POP();
            gp_obj *old = ts->handled;
            ts->handled = prev == gp_None ? NULL : prev;
            if (prev == gp_None) gp_decref(prev);
            gp_xdecref(old);
            continue;
        }
        while (sp > level) { gp_obj *x = POP(); gp_xdecref(x); }
        gp_obj *exc = gp_err_fetch();
        gp_block *hb = &f->blocks[f->iblock++];
        int handler = b->handler;
        hb->type = GP_BLOCK_HANDLER;
        hb->handler = -1;
        hb->level = (int)(level - f->stack);
        PUSH(ts->handled ? ts->handled : gp_incref(gp_None));
        ts->handled = gp_incref(exc);
        PUSH(exc);
        ip = co->code + handler;
        DISPATCH();
    }
    /* no handler here: leave the frame with the exception */
    while (sp > f->stack) { gp_obj *x = POP(); gp_xdecref(x); }
    retval = NULL;

frame_exit:
    /* handlers still open (only possible on error paths) restore exc_info */
    SAVE_FRAME();
    if (f->is_entry) {
        f->yielded = false;
        if (f->on_heap) {
            ts->frame = f->prev;
        } else {
            gp_frame_pop(ts, f);
        }
        ts->c_depth--;
        return retval;
    }
    {
        gp_frame *caller = f->prev;
        gp_frame_pop(ts, f);
        f = caller;
        LOAD_FRAME();
        if (!retval) goto error;
        PUSH(retval);
        DISPATCH();
    }
}
