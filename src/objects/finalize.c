/*
 * finalize.c — __del__ for instances of classes that define it: called
 * once the reference count reaches zero, with the object temporarily
 * alive again. Errors are reported as CPython does ("Exception ignored
 * in: ...") and never propagate; an object that __del__ stored
 * somewhere survives.
 */
#include <stdio.h>

#include "types.h"
#include "internal.h"
#include "state.h"

static void write_stderr(gp_obj *text)
{
    gp_thread *ts = gp_tstate();
    gp_obj *err = ts && ts->interp && ts->interp->sysdict ? gp_dict_get_cstr(ts->interp->sysdict, "stderr") : NULL;
    if (err && err != gp_None) {
        gp_obj *r = gp_call_method(err, "write", &text, 1);
        if (r) { gp_decref(r); return; }
        gp_err_clear();
    }
    fputs(GP_STR_DATA(text), stderr);
    fflush(stderr);
}

static gp_obj *del_name(void)
{
    static gp_obj *name;
    if (!name) name = gp_str_intern_cstr("__del__");
    return name;
}

/* Calls o.__del__() on a live object (the cycle collector's PEP 442 step,
 * and gp_finalize below). Errors are reported, never propagated. */
void gp_finalize_call(gp_obj *o)
{
    gp_obj *del = gp_type_lookup(GP_TYPE(o), del_name());
    if (!del || !gp_tstate()) return;
    gp_obj *saved = gp_err_fetch();
    gp_incref(del);
    gp_obj *bound = GP_TYPE(del)->descr_get ? GP_TYPE(del)->descr_get(del, o, (gp_obj *)GP_TYPE(o)) : gp_incref(del);
    gp_obj *r = bound ? gp_call0(bound) : NULL;
    gp_xdecref(bound);
    if (r) {
        gp_decref(r);
    } else {
        gp_obj *exc = gp_err_fetch();
        gp_obj *msg = gp_str_from_format("Exception ignored in: %R\n", del);
        if (!msg) gp_err_clear();
        else { write_stderr(msg); gp_decref(msg); }
        if (exc) { gp_err_print(exc); gp_decref(exc); }
    }
    gp_decref(del);
    gp_err_restore(saved);
}

/* Runs o.__del__() if its class has one and it has not run yet (PEP 442:
 * once per object, also when the collector ran it); true when o was
 * resurrected. */
bool gp_finalize(gp_obj *o)
{
    if (!gp_type_lookup(GP_TYPE(o), del_name()) || !gp_tstate() || gp_gc_finalized(o)) return false;
    gp_gc_set_finalized(o);
    o->refcnt = 1;
    gp_finalize_call(o);
    return --o->refcnt != 0;
}
