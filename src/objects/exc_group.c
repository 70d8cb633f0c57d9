/*
 * exc_group.c — BaseExceptionGroup and ExceptionGroup (PEP 654), and the
 * two steps of `except*` the VM calls: matching one clause's types against
 * what is left of the group (gp_exc_group_match) and working out what the
 * whole try statement raises at its end (gp_exc_group_prep_reraise).
 *
 * A group keeps its message and its exceptions (a tuple) in fields of its
 * own; `args` stays what the constructor got, as in CPython.
 * ExceptionGroup derives from both BaseExceptionGroup and Exception.
 */
#include <stdlib.h>
#include <string.h>

#include "types.h"
#include "internal.h"
#include "state.h"

typedef struct {
    gp_exc base;
    gp_obj *msg;     /* str */
    gp_obj *excs;    /* non-empty tuple of exceptions */
} gp_exc_group;

#define EG(o) ((gp_exc_group *)(o))

static bool is_group(gp_obj *o) { return gp_type_is_subtype(GP_TYPE(o), gp_exc_BaseExceptionGroup); }
static bool is_exception(gp_obj *o) { return gp_type_is_subtype(GP_TYPE(o), gp_exc_Exception); }

static void eg_dealloc(gp_obj *o) {
    GP_CLEAR(EG(o)->msg);
    GP_CLEAR(EG(o)->excs);
    gp_exc *e = (gp_exc *)o;
    GP_CLEAR(e->dict);
    GP_CLEAR(e->args);
    GP_CLEAR(e->traceback);
    GP_CLEAR(e->cause);
    GP_CLEAR(e->context);
    gp_obj_free(o);
}

/* PySequence_Check: a list, a tuple, or a class with __getitem__ that is
 * not a dict or a set. */
static bool is_sequence(gp_obj *seq) {
    if (GP_LIST_CHECK(seq) || GP_TUPLE_CHECK(seq)) return true;
    if (GP_ANYSET_CHECK(seq) || gp_type_is_subtype(GP_TYPE(seq), &gp_dict_type)) return false;
    gp_obj *gi = gp_getattr_opt((gp_obj *)GP_TYPE(seq), gp_str_intern_cstr("__getitem__"));
    if (!gi) { gp_err_clear(); return false; }
    gp_decref(gi);
    return true;
}

static gp_obj *eg_new(gp_type *t, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (kwnames && GP_TUPLE_SIZE(kwnames))
        return gp_err_format(gp_exc_TypeError, "%s() takes no keyword arguments", gp_type_name(t));
    if (nargs != 2)
        return gp_err_format(gp_exc_TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%zu given)", nargs);
    if (!GP_STR_CHECK(args[0]))
        return gp_err_format(gp_exc_TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %T", args[0]);
    gp_obj *seq = args[1];
    if (!is_sequence(seq))
        return gp_err_set_str(gp_exc_TypeError, "second argument (exceptions) must be a sequence");
    gp_obj *excs = gp_tuple_from_iterable(seq);
    if (!excs) return NULL;
    gp_ssize n = GP_TUPLE_SIZE(excs);
    if (n == 0) {
        gp_decref(excs);
        return gp_err_set_str(gp_exc_ValueError, "second argument (exceptions) must be a non-empty sequence");
    }
    bool all_exc = true;
    for (gp_ssize i = 0; i < n; i++) {
        gp_obj *e = GP_TUPLE_GET(excs, i);
        if (!GP_HAS_FLAG(e, GP_TF_EXC_SUB)) {
            gp_decref(excs);
            return gp_err_format(gp_exc_ValueError, "Item %zd of second argument (exceptions) is not an exception", i);
        }
        all_exc = all_exc && is_exception(e);
    }
    if (t == gp_exc_BaseExceptionGroup) {
        if (all_exc) t = gp_exc_ExceptionGroup;
    } else if (t == gp_exc_ExceptionGroup) {
        if (!all_exc) {
            gp_decref(excs);
            return gp_err_set_str(gp_exc_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
        }
    } else if (!all_exc && gp_type_is_subtype(t, gp_exc_Exception)) {
        gp_decref(excs);
        return gp_err_format(gp_exc_TypeError, "Cannot nest BaseExceptions in '%s'", gp_type_name(t));
    }
    gp_exc_group *g = (gp_exc_group *)gp_obj_alloc(t);
    if (!g) { gp_decref(excs); return NULL; }
    g->base.args = gp_tuple_from_array(args, (gp_ssize)nargs);
    g->base.traceback = GP_NONE_NEW();
    g->msg = gp_incref(args[0]);
    g->excs = excs;
    if (!g->base.args) { gp_decref((gp_obj *)g); return NULL; }
    return (gp_obj *)g;
}

/* Creates BaseExceptionGroup(msg, excs): an ExceptionGroup when it can. */
static gp_obj *make_group(gp_obj *msg, gp_obj *excs) {
    gp_obj *args[2] = {msg, excs};
    return gp_call((gp_obj *)gp_exc_BaseExceptionGroup, args, 2, NULL);
}

static gp_obj *eg_str(gp_obj *self) {
    gp_ssize n = EG(self)->excs ? GP_TUPLE_SIZE(EG(self)->excs) : 0;
    return gp_str_from_format("%S (%zd sub-exception%s)", EG(self)->msg ? EG(self)->msg : gp_None, n,
                              n > 1 ? "s" : "");
}

static gp_obj *eg_get_message(gp_obj *self) { return gp_incref(EG(self)->msg ? EG(self)->msg : gp_None); }
static gp_obj *eg_get_exceptions(gp_obj *self) { return gp_incref(EG(self)->excs ? EG(self)->excs : gp_None); }

/* ---- split / subgroup ---------------------------------------------------- */

enum { MATCH_TYPE, MATCH_PREDICATE, MATCH_INSTANCES };

static int check_matcher(gp_obj *cond, int *kind) {
    bool type_like = GP_TYPE_CHECK(cond, &gp_type_type) || gp_type_is_subtype(GP_TYPE(cond), &gp_type_type);
    if (type_like && gp_type_is_subtype((gp_type *)cond, gp_exc_BaseException)) { *kind = MATCH_TYPE; return 0; }
    if (GP_TUPLE_CHECK(cond)) {
        bool ok = true;
        for (gp_ssize i = 0; i < GP_TUPLE_SIZE(cond) && ok; i++) {
            gp_obj *x = GP_TUPLE_GET(cond, i);
            ok = GP_TYPE_CHECK(x, &gp_type_type) && gp_type_is_subtype((gp_type *)x, gp_exc_BaseException);
        }
        if (ok) { *kind = MATCH_TYPE; return 0; }
    } else if (!type_like && GP_TYPE(cond)->call) {
        *kind = MATCH_PREDICATE;
        return 0;
    }
    gp_err_set_str(gp_exc_TypeError, "expected a function, exception type or tuple of exception types");
    return -1;
}

static int matches(gp_obj *exc, gp_obj *cond, int kind) {
    switch (kind) {
    case MATCH_TYPE: return gp_isinstance(exc, cond);
    case MATCH_PREDICATE: {
        gp_obj *r = gp_call1(cond, exc);
        if (!r) return -1;
        int t = gp_truthy(r);
        gp_decref(r);
        return t;
    }
    default: return 0;   /* MATCH_INSTANCES: see leaf_in */
    }
}

/* Identity membership for MATCH_INSTANCES (equality could run user code). */
static int leaf_in(gp_obj *exc, gp_obj *list) {
    for (gp_ssize i = 0; i < GP_LIST_SIZE(list); i++)
        if (GP_LIST_ITEMS(list)[i] == exc) return 1;
    return 0;
}

/* self.derive(excs) with self's traceback, cause, context and notes. */
static gp_obj *derive_and_copy(gp_obj *self, gp_obj *excs) {
    gp_obj *g = gp_call_method(self, "derive", &excs, 1);
    if (!g) return NULL;
    if (!GP_HAS_FLAG(g, GP_TF_EXC_SUB) || !is_group(g)) {
        gp_decref(g);
        return gp_err_set_str(gp_exc_TypeError, "derive must return an instance of BaseExceptionGroup");
    }
    gp_exc *d = (gp_exc *)g, *s = (gp_exc *)self;
    GP_SETREF(d->traceback, gp_incref(s->traceback ? s->traceback : gp_None));
    GP_SETREF(d->cause, s->cause ? gp_incref(s->cause) : NULL);
    GP_SETREF(d->context, s->context ? gp_incref(s->context) : NULL);
    d->suppress_context = s->suppress_context;
    gp_obj *notes = gp_getattr_opt(self, gp_str_intern_cstr("__notes__"));
    if (!notes && gp_err_occurred()) { gp_decref(g); return NULL; }
    if (notes) {
        gp_obj *copy = gp_list_from_iterable(notes);
        gp_decref(notes);
        if (!copy || gp_setattr_str(g, "__notes__", copy) < 0) {
            gp_xdecref(copy);
            gp_decref(g);
            return NULL;
        }
        gp_decref(copy);
    }
    return g;
}

/* Splits exc by the condition: *match and *rest get new references or NULL. */
static int split_rec(gp_obj *exc, gp_obj *cond, int kind, bool want_rest, gp_obj **match, gp_obj **rest) {
    *match = *rest = NULL;
    int m = kind == MATCH_INSTANCES ? leaf_in(exc, cond) : matches(exc, cond, kind);
    if (m < 0) return -1;
    if (m) { *match = gp_incref(exc); return 0; }
    if (!is_group(exc)) {
        if (want_rest) *rest = gp_incref(exc);
        return 0;
    }
    if (gp_recursion_enter(" in exception group split") < 0) return -1;
    gp_obj *excs = EG(exc)->excs;
    gp_obj *ml = gp_list_new(0), *rl = want_rest ? gp_list_new(0) : NULL;
    int rc = (!ml || (want_rest && !rl)) ? -1 : 0;
    for (gp_ssize i = 0; rc == 0 && i < GP_TUPLE_SIZE(excs); i++) {
        gp_obj *cm, *cr;
        rc = split_rec(GP_TUPLE_GET(excs, i), cond, kind, want_rest, &cm, &cr);
        if (rc == 0 && cm) rc = gp_list_append(ml, cm);
        if (rc == 0 && cr) rc = gp_list_append(rl, cr);
        gp_xdecref(cm);
        gp_xdecref(cr);
    }
    gp_recursion_leave();
    if (rc == 0 && GP_LIST_SIZE(ml) && !(*match = derive_and_copy(exc, ml))) rc = -1;
    if (rc == 0 && rl && GP_LIST_SIZE(rl) && !(*rest = derive_and_copy(exc, rl))) rc = -1;
    gp_xdecref(ml);
    gp_xdecref(rl);
    if (rc < 0) {
        GP_CLEAR(*match);
        GP_CLEAR(*rest);
    }
    return rc;
}

static gp_obj *eg_split(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw) {
    if (gp_check_nargs("split", nargs, kw, 1, 1) < 0) return NULL;
    int kind;
    if (check_matcher(args[0], &kind) < 0) return NULL;
    gp_obj *m, *r;
    if (split_rec(self, args[0], kind, true, &m, &r) < 0) return NULL;
    gp_obj *res = gp_tuple_pack(2, m ? m : gp_None, r ? r : gp_None);
    gp_xdecref(m);
    gp_xdecref(r);
    return res;
}

static gp_obj *eg_subgroup(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw) {
    if (gp_check_nargs("subgroup", nargs, kw, 1, 1) < 0) return NULL;
    int kind;
    if (check_matcher(args[0], &kind) < 0) return NULL;
    gp_obj *m, *r;
    if (split_rec(self, args[0], kind, false, &m, &r) < 0) return NULL;
    return m ? m : GP_NONE_NEW();
}

static gp_obj *eg_derive(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw) {
    if (gp_check_nargs("derive", nargs, kw, 1, 1) < 0) return NULL;
    return make_group(EG(self)->msg, args[0]);
}

static const gp_getsetdef eg_getsets[] = {
    {"message", eg_get_message, NULL},
    {"exceptions", eg_get_exceptions, NULL},
    {NULL, NULL, NULL},
};

static const gp_methoddef eg_methods[] = {
    {"split", eg_split, 0, NULL},
    {"subgroup", eg_subgroup, 0, NULL},
    {"derive", eg_derive, 0, NULL},
    {NULL, NULL, 0, NULL},
};

int gp_exc_group_setup(void) {
    gp_type *b = gp_exc_BaseExceptionGroup, *e = gp_exc_ExceptionGroup;
    b->basicsize = sizeof(gp_exc_group);
    b->dealloc = eg_dealloc;
    b->tp_new = eg_new;
    b->str = eg_str;
    b->getsets = eg_getsets;
    b->methods = eg_methods;
    e->bases = gp_tuple_pack(2, (gp_obj *)b, (gp_obj *)gp_exc_Exception);
    return e->bases ? 0 : -1;
}

/* ---- except* --------------------------------------------------------------- */

int gp_exc_group_check_star_type(gp_obj *t) {
    if (GP_TUPLE_CHECK(t)) {
        for (gp_ssize i = 0; i < GP_TUPLE_SIZE(t); i++)
            if (gp_exc_group_check_star_type(GP_TUPLE_GET(t, i)) < 0) return -1;
        return 0;
    }
    if (!GP_TYPE_CHECK(t, &gp_type_type) || !gp_type_is_subtype((gp_type *)t, gp_exc_BaseException)) {
        gp_err_set_str(gp_exc_TypeError, "catching classes that do not inherit from BaseException is not allowed");
        return -1;
    }
    if (gp_type_is_subtype((gp_type *)t, gp_exc_BaseExceptionGroup)) {
        gp_err_set_str(gp_exc_TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.");
        return -1;
    }
    return 0;
}

int gp_exc_group_match(gp_obj *exc, gp_obj *type, gp_obj **match, gp_obj **rest) {
    if (gp_exc_group_check_star_type(type) < 0) return -1;
    if (exc == gp_None) {
        *match = GP_NONE_NEW();
        *rest = GP_NONE_NEW();
        return 0;
    }
    int m = gp_isinstance(exc, type);
    if (m < 0) return -1;
    if (m) {
        if (is_group(exc)) {
            *match = gp_incref(exc);
        } else {
            /* a naked exception is handed to the clause wrapped in a group
             * (with no traceback of its own, as in CPython 3.11) */
            gp_obj *excs = gp_tuple_pack(1, exc);
            gp_obj *g = excs ? make_group(gp_str_intern_cstr(""), excs) : NULL;
            gp_xdecref(excs);
            if (!g) return -1;
            *match = g;
        }
        *rest = GP_NONE_NEW();
        return 0;
    }
    if (!is_group(exc)) {
        *match = GP_NONE_NEW();
        *rest = gp_incref(exc);
        return 0;
    }
    gp_obj *mm, *rr;
    if (split_rec(exc, type, MATCH_TYPE, true, &mm, &rr) < 0) return -1;
    *match = mm ? mm : GP_NONE_NEW();
    *rest = rr ? rr : GP_NONE_NEW();
    return 0;
}

/* The leaves (non-group exceptions) of exc, appended to list. */
static int collect_leaves(gp_obj *exc, gp_obj *list) {
    if (exc == gp_None) return 0;
    if (!is_group(exc)) return leaf_in(exc, list) ? 0 : gp_list_append(list, exc);
    if (gp_recursion_enter(" in exception group") < 0) return -1;
    int rc = 0;
    for (gp_ssize i = 0; rc == 0 && i < GP_TUPLE_SIZE(EG(exc)->excs); i++)
        rc = collect_leaves(GP_TUPLE_GET(EG(exc)->excs, i), list);
    gp_recursion_leave();
    return rc;
}

/* Re-raised: an exception that is orig or a part of it (split keeps the
 * traceback, cause, context and notes); anything else was raised anew. */
static bool same_metadata(gp_obj *a, gp_obj *b) {
    gp_exc *x = (gp_exc *)a, *y = (gp_exc *)b;
    gp_obj *tx = x->traceback == gp_None ? NULL : x->traceback, *ty = y->traceback == gp_None ? NULL : y->traceback;
    return tx == ty && x->cause == y->cause && x->context == y->context;
}

gp_obj *gp_exc_group_prep_reraise(gp_obj *orig, gp_obj *excs) {
    gp_ssize n = GP_LIST_SIZE(excs);
    if (!is_group(orig)) {
        /* a naked exception: at most one clause ran, so one thing to raise */
        for (gp_ssize i = 0; i < n; i++)
            if (GP_LIST_ITEMS(excs)[i] != gp_None) return gp_incref(GP_LIST_ITEMS(excs)[i]);
        return GP_NONE_NEW();
    }
    gp_obj *raised = gp_list_new(0), *leaves = gp_list_new(0), *result = NULL;
    if (!raised || !leaves) goto done;
    for (gp_ssize i = 0; i < n; i++) {
        gp_obj *e = GP_LIST_ITEMS(excs)[i];
        if (e == gp_None) continue;
        int rc = (is_group(e) && same_metadata(e, orig)) || e == orig ? collect_leaves(e, leaves)
                                                                      : gp_list_append(raised, e);
        if (rc < 0) goto done;
    }
    gp_obj *reraised = NULL, *unused = NULL;
    if (GP_LIST_SIZE(leaves) && split_rec(orig, leaves, MATCH_INSTANCES, false, &reraised, &unused) < 0) goto done;
    gp_xdecref(unused);
    if (!GP_LIST_SIZE(raised)) {
        result = reraised ? reraised : GP_NONE_NEW();
        goto done;
    }
    if (reraised) {
        int rc = gp_list_append(raised, reraised);
        gp_decref(reraised);
        if (rc < 0) goto done;
    }
    result = make_group(gp_str_intern_cstr(""), raised);
done:
    gp_xdecref(raised);
    gp_xdecref(leaves);
    return result;
}

bool gp_exc_is_group(gp_obj *exc) { return is_group(exc); }
gp_obj *gp_exc_group_exceptions(gp_obj *exc) { return EG(exc)->excs; }
