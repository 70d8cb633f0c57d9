/*
 * errors.c — the pending exception of the current thread.
 *
 * The pending exception is always a normalised instance kept in
 * gp_tstate()->exc; setting a new one drops the old. Functions return
 * NULL so that `return gp_err_...(...)` reads naturally.
 */
#include <errno.h>
#include <string.h>

#include "types.h"
#include "internal.h"
#include "state.h"

gp_type *gp_exc_oserror_subclass(int err);

static void set_pending(gp_obj *exc)
{
    gp_thread *ts = gp_tstate();
    GP_SETREF(ts->exc, exc);
}

gp_obj *gp_exc_new(gp_type *type, gp_obj *args)
{
    if (!args) return gp_call0((gp_obj *)type);
    return gp_call((gp_obj *)type, GP_TUPLE_ITEMS(args), (size_t)GP_TUPLE_SIZE(args), NULL);
}

gp_obj *gp_err_set_obj(gp_obj *exc)
{
    set_pending(gp_incref(exc));
    return NULL;
}

gp_obj *gp_err_set(gp_type *type, gp_obj *value)
{
    gp_obj *exc;
    if (value && GP_TYPE_CHECK(value, type)) {
        exc = gp_incref(value);
    } else if (value && GP_TUPLE_CHECK(value)) {
        exc = gp_exc_new(type, value);
    } else if (value) {
        exc = gp_call1((gp_obj *)type, value);
    } else {
        exc = gp_call0((gp_obj *)type);
    }
    if (!exc) return NULL; /* constructing it raised: that error stays pending */
    if (!GP_HAS_FLAG(exc, GP_TF_EXC_SUB)) {
        gp_decref(exc);
        return gp_err_format(gp_exc_TypeError,
                             "calling %s should have returned an instance of BaseException, not %T",
                             type->name, exc);
    }
    set_pending(exc);
    return NULL;
}

gp_obj *gp_err_set_str(gp_type *type, const char *msg)
{
    gp_obj *s = gp_str_from_cstr(msg);
    if (!s) return NULL;
    gp_err_set(type, s);
    gp_decref(s);
    return NULL;
}

gp_obj *gp_err_format(gp_type *type, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    gp_obj *s = gp_str_from_vformat(fmt, ap);
    va_end(ap);
    if (!s) return NULL;
    gp_err_set(type, s);
    gp_decref(s);
    return NULL;
}

static gp_obj memory_error_placeholder;

gp_obj *gp_err_nomemory(void)
{
    /* Building a MemoryError must not need memory: reuse one instance. */
    static gp_obj *prealloc;
    if (!gp_exc_MemoryError) return NULL;
    if (!prealloc) {
        prealloc = gp_call0((gp_obj *)gp_exc_MemoryError);
        if (!prealloc) return NULL;
        prealloc->refcnt = GP_IMMORTAL;
    }
    (void)memory_error_placeholder;
    set_pending(gp_incref(prealloc));
    return NULL;
}

static gp_obj *errno_exc(gp_type *type, int err, gp_obj *filename)
{
    if (type == gp_exc_OSError) type = gp_exc_oserror_subclass(err);
    gp_obj *code = gp_int_from_i64(err);
    gp_obj *msg = gp_str_from_cstr(strerror(err));
    gp_obj *args = NULL;
    if (code && msg)
        args = filename ? gp_tuple_pack(3, code, msg, filename) : gp_tuple_pack(2, code, msg);
    gp_xdecref(code);
    gp_xdecref(msg);
    if (!args) return NULL;
    gp_err_set(type, args);
    gp_decref(args);
    return NULL;
}

gp_obj *gp_err_from_errno(gp_type *type) { return errno_exc(type, errno, NULL); }

gp_obj *gp_err_from_errno_filename(gp_type *type, gp_obj *filename)
{
    return errno_exc(type, errno, filename);
}

bool gp_err_occurred(void) { return gp_tstate()->exc != NULL; }

bool gp_err_matches(gp_type *type)
{
    gp_obj *e = gp_tstate()->exc;
    return e && gp_type_is_subtype(GP_TYPE(e), type);
}

gp_obj *gp_err_fetch(void)
{
    gp_thread *ts = gp_tstate();
    gp_obj *e = ts->exc;
    ts->exc = NULL;
    return e;
}

void gp_err_restore(gp_obj *exc) { set_pending(exc); }

void gp_err_clear(void) { set_pending(NULL); }

gp_obj *gp_err_set_key(gp_obj *key)
{
    gp_obj *args = gp_tuple_pack(1, key);
    if (!args) return NULL;
    gp_err_set(gp_exc_KeyError, args);
    gp_decref(args);
    return NULL;
}
