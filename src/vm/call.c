/*
 * call.c — binding a call's arguments to a Python function's parameters
 * (CPython's rules and error messages), and calling Python functions
 * from C (the function type's call slot).
 */
#include <stdio.h>
#include <string.h>

#include "vm.h"

static gp_obj *qualname_of(gp_function *fn) { return fn->qualname; }

/* "'a'", "'a' and 'b'", "'a', 'b', and 'c'" */
static gp_obj *format_names(gp_obj **names, int n) {
    gp_strbuf b;
    gp_strbuf_init(&b);
    for (int i = 0; i < n; i++) {
        if (i > 0) {
            if (n == 2) gp_strbuf_addc(&b, " and ");
            else if (i == n - 1) gp_strbuf_addc(&b, ", and ");
            else gp_strbuf_addc(&b, ", ");
        }
        gp_strbuf_addc(&b, "'");
        gp_strbuf_add(&b, GP_STR_DATA(names[i]), (size_t)GP_STR_NBYTES(names[i]));
        gp_strbuf_addc(&b, "'");
    }
    return gp_strbuf_finish(&b);
}

static int missing_error(gp_function *fn, gp_obj **locals, int start, int end, bool kwonly, int ndefaults_from) {
    gp_code *co = fn->code;
    gp_obj *names[64];
    int n = 0;
    for (int i = start; i < end && n < 64; i++) {
        if (!locals[i] && i < ndefaults_from) names[n++] = GP_TUPLE_GET(co->varnames, i);
    }
    if (n == 0) return 0;
    gp_obj *list = format_names(names, n);
    if (!list) return -1;
    gp_err_format(gp_exc_TypeError, "%U() missing %d required %s argument%s: %U", qualname_of(fn), n,
                  kwonly ? "keyword-only" : "positional", n == 1 ? "" : "s", list);
    gp_decref(list);
    return -1;
}

static void too_many_positional(gp_function *fn, gp_obj **locals, size_t given) {
    gp_code *co = fn->code;
    int ndef = fn->defaults ? (int)GP_TUPLE_SIZE(fn->defaults) : 0;
    int kwonly_given = 0;
    for (int i = co->argcount; i < co->argcount + co->kwonlyargcount; i++)
        if (locals[i]) kwonly_given++;
    char sig[96];
    const char *plural;
    if (ndef) {
        snprintf(sig, sizeof sig, "from %d to %d", co->argcount - ndef, co->argcount);
        plural = "s";
    } else {
        snprintf(sig, sizeof sig, "%d", co->argcount);
        plural = co->argcount == 1 ? "" : "s";
    }
    char kwsig[96] = "";
    if (kwonly_given)
        snprintf(kwsig, sizeof kwsig, " positional argument%s (and %d keyword-only argument%s)",
                 given != 1 ? "s" : "", kwonly_given, kwonly_given != 1 ? "s" : "");
    gp_err_format(gp_exc_TypeError, "%U() takes %s positional argument%s but %zu%s %s given",
                  qualname_of(fn), sig, plural, given, kwsig, (given == 1 && !kwonly_given) ? "was" : "were");
}

/* f(a=1, b=2) for `def f(a, b, /)`: CPython names every positional-only
 * parameter given by keyword, in parameter order: 'a, b'. */
static void posonly_as_keyword(gp_function *fn, gp_obj *kwnames) {
    gp_code *co = fn->code;
    gp_obj *names = gp_list_new(0);
    if (!names) return;
    for (int j = 0; j < co->posonlyargcount; j++) {
        gp_obj *p = GP_TUPLE_GET(co->varnames, j);
        for (gp_ssize k = 0; k < GP_TUPLE_SIZE(kwnames); k++)
            if (gp_str_eq(GP_TUPLE_GET(kwnames, k), p)) {
                if (gp_list_append(names, p) < 0) { gp_decref(names); return; }
                break;
            }
    }
    gp_obj *sep = gp_str_from_cstr(", ");
    gp_obj *joined = sep ? gp_str_join(sep, names) : NULL;
    if (joined)
        gp_err_format(gp_exc_TypeError, "%U() got some positional-only arguments passed as keyword arguments: '%U'",
                      qualname_of(fn), joined);
    gp_xdecref(joined);
    gp_xdecref(sep);
    gp_decref(names);
}

int gp_vm_bind_args(gp_function *fn, gp_frame *f, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    gp_code *co = fn->code;
    gp_obj **locals = f->localsplus;
    int argcount = co->argcount;
    int total = argcount + co->kwonlyargcount;
    size_t n = nargs < (size_t)argcount ? nargs : (size_t)argcount;
    for (size_t i = 0; i < n; i++) locals[i] = gp_incref(args[i]);
    int next = total;
    if (co->flags & GP_CO_VARARGS) {
        gp_obj *t = nargs > n ? gp_tuple_from_array(args + n, (gp_ssize)(nargs - n)) : gp_incref(gp_tuple_empty());
        if (!t) return -1;
        locals[next++] = t;
    }
    gp_obj *kwdict = NULL;
    if (co->flags & GP_CO_VARKEYWORDS) {
        kwdict = gp_dict_new();
        if (!kwdict) return -1;
        locals[next++] = kwdict;
    }
    if (kwnames) {
        gp_ssize nkw = GP_TUPLE_SIZE(kwnames);
        for (gp_ssize k = 0; k < nkw; k++) {
            gp_obj *name = GP_TUPLE_GET(kwnames, k);
            gp_obj *value = args[nargs + (size_t)k];
            int j;
            for (j = co->posonlyargcount; j < total; j++)
                if (GP_TUPLE_GET(co->varnames, j) == name) break;
            if (j == total) {
                for (j = co->posonlyargcount; j < total; j++)
                    if (gp_str_eq(GP_TUPLE_GET(co->varnames, j), name)) break;
            }
            if (j == total) {
                if (kwdict) {
                    if (gp_dict_set(kwdict, name, value) < 0) return -1;
                    continue;
                }
                for (j = 0; j < co->posonlyargcount; j++) {
                    if (gp_str_eq(GP_TUPLE_GET(co->varnames, j), name)) {
                        posonly_as_keyword(fn, kwnames);
                        return -1;
                    }
                }
                gp_err_format(gp_exc_TypeError, "%U() got an unexpected keyword argument '%U'", qualname_of(fn), name);
                return -1;
            }
            if (locals[j]) {
                gp_err_format(gp_exc_TypeError, "%U() got multiple values for argument '%U'", qualname_of(fn), name);
                return -1;
            }
            locals[j] = gp_incref(value);
        }
    }
    if (nargs > (size_t)argcount && !(co->flags & GP_CO_VARARGS)) {
        too_many_positional(fn, locals, nargs);
        return -1;
    }
    if (nargs < (size_t)argcount) {
        int ndef = fn->defaults ? (int)GP_TUPLE_SIZE(fn->defaults) : 0;
        int firstdef = argcount - ndef;
        if (missing_error(fn, locals, (int)nargs, argcount, false, firstdef) < 0) return -1;
        for (int i = firstdef > (int)nargs ? firstdef : (int)nargs; i < argcount; i++) {
            if (!locals[i]) locals[i] = gp_incref(GP_TUPLE_GET(fn->defaults, i - firstdef));
        }
    }
    if (co->kwonlyargcount) {
        for (int i = argcount; i < total; i++) {
            if (locals[i]) continue;
            gp_obj *name = GP_TUPLE_GET(co->varnames, i);
            gp_obj *d = fn->kwdefaults ? gp_dict_get_str(fn->kwdefaults, name) : NULL;
            if (d) locals[i] = gp_incref(d);
        }
        if (missing_error(fn, locals, argcount, total, true, total) < 0) return -1;
    }
    return 0;
}

/* Creates the cells of a new frame and copies in the closure's. */
int gp_vm_init_cells(gp_function *fn, gp_frame *f) {
    gp_code *co = fn->code;
    gp_obj **cells = f->localsplus + co->nlocals;
    for (int i = 0; i < co->ncells; i++) {
        gp_obj *init = NULL;
        int a = co->cell2arg ? co->cell2arg[i] : -1;
        if (a >= 0) init = f->localsplus[a];
        gp_obj *c = gp_cell_new(init);
        if (!c) return -1;
        if (a >= 0) GP_CLEAR(f->localsplus[a]);
        cells[i] = c;
    }
    for (int i = 0; i < co->nfrees; i++) {
        gp_obj *c = (fn->closure && i < GP_TUPLE_SIZE(fn->closure)) ? GP_TUPLE_GET(fn->closure, i) : NULL;
        cells[co->ncells + i] = c ? gp_incref(c) : gp_cell_new(NULL);
        if (!cells[co->ncells + i]) return -1;
    }
    return 0;
}

gp_obj *gp_vm_call_function(gp_obj *func, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    gp_function *fn = (gp_function *)func;
    gp_thread *ts = gp_tstate();
    gp_code *co = fn->code;
    if (co->flags & GP_CO_GENERATOR) {
        gp_frame *f = gp_frame_new_heap(co, fn->globals, NULL);
        if (!f) return NULL;
        f->func = gp_incref(func);
        if (gp_vm_bind_args(fn, f, args, nargs, kwnames) < 0 ||
            ((co->ncells || co->nfrees) && gp_vm_init_cells(fn, f) < 0)) {
            gp_frame_clear(f);
            gp_mem_free(f);
            return NULL;
        }
        gp_obj *g = gp_gen_new(f, fn);
        if (!g) {
            gp_frame_clear(f);
            gp_mem_free(f);
        }
        return g;
    }
    gp_frame *f = gp_frame_push_func(ts, fn);
    if (!f) return NULL;
    if (gp_vm_bind_args(fn, f, args, nargs, kwnames) < 0 ||
        ((co->ncells || co->nfrees) && gp_vm_init_cells(fn, f) < 0)) {
        gp_frame_pop(ts, f);
        return NULL;
    }
    f->is_entry = true;
    return gp_vm_run_frame(ts, f);
}

gp_obj *gp_vm_eval_code(gp_code *co, gp_obj *globals, gp_obj *locals) {
    gp_thread *ts = gp_tstate();
    gp_frame *f = gp_frame_push(ts, co, globals, locals);
    if (!f) return NULL;
    if (co->ncells || co->nfrees) {
        for (int i = 0; i < co->ncells + co->nfrees; i++) {
            gp_obj *c = gp_cell_new(NULL);
            if (!c) { gp_frame_pop(ts, f); return NULL; }
            f->localsplus[co->nlocals + i] = c;
        }
    }
    f->is_entry = true;
    return gp_vm_run_frame(ts, f);
}
