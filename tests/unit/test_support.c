/*
 * test_support.c — see test_support.h.
 */
#include <stdio.h>
#include <string.h>

#include "test_support.h"
#include "state.h"

_Thread_local gp_thread *gp__tstate;
static gp_thread thread;

/* The VM's traceback printer, C recursion guard and frame lookup (src/vm)
 * are not linked into unit tests. */
void gp_err_print(gp_obj *exc) { (void)exc; }

gp_obj *gp_vm_caller_globals(void) { return NULL; } /* no Python frame runs here */

/* The collector's view of generators (src/vm/generator.c): gc.c compares
 * a type's traverse with gp_gen_traverse; no generator exists here. */
void gp_gen_traverse(gp_obj *o, gp_gc_visitfn visit, void *arg) { (void)o; (void)visit; (void)arg; }
bool gp_gen_needs_close(gp_obj *o) { (void)o; return false; }
void gp_gen_finalize(gp_obj *o) { (void)o; }

int gp_recursion_enter(const char *where)
{
    (void)where;
    gp__tstate->c_depth++;
    return 0;
}

int ts_setup(void **state)
{
    (void)state;
    gp__tstate = &thread;
    return gp_objects_init();
}

const char *ts_show(gp_obj *o)
{
    static char buf[4096];
    if (!o) {
        gp_obj *e = gp_err_fetch();
        if (!e) return "<NULL without exception>";
        gp_obj *s = gp_str(e);
        snprintf(buf, sizeof buf, "<%s: %s>", gp_type_name(GP_TYPE(e)), s ? GP_STR_DATA(s) : "?");
        gp_xdecref(s);
        gp_decref(e);
        return buf;
    }
    gp_obj *r = gp_repr(o);
    snprintf(buf, sizeof buf, "%s", r ? GP_STR_DATA(r) : "<repr failed>");
    gp_xdecref(r);
    gp_decref(o);
    if (gp_err_occurred()) gp_err_clear();
    return buf;
}

gp_obj *ts_int(const char *decimal) { return gp_int_from_string(decimal, strlen(decimal), 10); }
gp_obj *ts_str(const char *s) { return gp_str_from_cstr(s); }

gp_obj *ts_method(gp_obj *obj, const char *name, gp_obj *a1, gp_obj *a2, gp_obj *a3)
{
    gp_obj *args[3] = {a1, a2, a3};
    size_t n = a1 ? (a2 ? (a3 ? 3 : 2) : 1) : 0;
    return gp_call_method(obj, name, args, n);
}
