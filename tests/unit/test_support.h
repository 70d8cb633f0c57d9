/*
 * test_support.h — helpers for the object-system unit tests: a thread
 * state of their own (the VM's lives in src/vm), and short ways to build
 * objects and compare their repr with CPython's.
 */
#ifndef GP_TEST_SUPPORT_H
#define GP_TEST_SUPPORT_H

#include "types.h"

int ts_setup(void **state);
/* repr(o) (or "<ExcType: message>" when o is NULL and an exception is
 * pending) into a static buffer; drops o. */
const char *ts_show(gp_obj *o);
gp_obj *ts_int(const char *decimal);
gp_obj *ts_str(const char *s);
/* Calls obj.name(*args) with up to 3 arguments (NULL-terminated). */
gp_obj *ts_method(gp_obj *obj, const char *name, gp_obj *a1, gp_obj *a2, gp_obj *a3);

#endif
