/*
 * gilpy.h — the C API for native modules loaded by `import name`.
 *
 * A native module is a shared object `name.so` (or `name.gilpy.so`) on
 * sys.path exporting
 *
 *     int gilpy_init_<name>(gilpy_module *m);
 *
 * which adds its functions and constants to m and returns 0, or raises
 * (gilpy_raise) and returns -1.  The API is small and its ABI stable:
 * every handle is opaque (no struct layout is exposed), everything goes
 * through functions the gilpy binary exports.  Build a module with
 * `cc -shared -fPIC -I<gilpy>/include x.c -o x.so` and nothing to link:
 * the symbols resolve against the running gilpy.
 *
 * References: functions returning gilpy_object * give a new reference
 * (release it with gilpy_decref, or hand it back as a result); arguments
 * passed to a gilpy_function are borrowed.  NULL means an exception is
 * set.  Every call needs the GIL, which a gilpy_function holds when
 * called; release it around long pure-C work with
 *
 *     GILPY_BEGIN_ALLOW_THREADS
 *     ... no gilpy_* call in here ...
 *     GILPY_END_ALLOW_THREADS
 *
 * so that other Python threads run meanwhile.
 */
#ifndef GILPY_H
#define GILPY_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define GILPY_API_VERSION 1
#if defined(__GNUC__)
#define GILPY_API __attribute__((visibility("default")))
#else
#define GILPY_API
#endif

typedef struct gilpy_object gilpy_object; /* a Python object */
typedef struct gilpy_module gilpy_module; /* a module being initialised */

/* A module function: positional arguments only (borrowed); returns a new
 * reference or NULL with an exception set. */
typedef gilpy_object *(*gilpy_function)(gilpy_object *const *args, size_t nargs);

/* ---- defining a module --------------------------------------------------- */
GILPY_API int gilpy_api_version(void);
GILPY_API int gilpy_module_add_function(gilpy_module *m, const char *name, gilpy_function fn,
                                        const char *doc);
GILPY_API int gilpy_module_add_int(gilpy_module *m, const char *name, long long value);
GILPY_API int gilpy_module_add_float(gilpy_module *m, const char *name, double value);
GILPY_API int gilpy_module_add_str(gilpy_module *m, const char *name, const char *value);
/* Adds obj (borrowed) under name. */
GILPY_API int gilpy_module_add_object(gilpy_module *m, const char *name, gilpy_object *obj);

/* ---- arguments ------------------------------------------------------------
 * fmt, one letter per argument: i (int *), l (long long *), d (double *,
 * accepts int or float), s (const char **, UTF-8, valid while the
 * argument lives), b (int * from truth value), O (gilpy_object **,
 * borrowed).  Letters after '|' are optional (their targets keep their
 * values); ":name" at the end names the function in error messages.
 * 0, or -1 with TypeError/OverflowError set. */
GILPY_API int gilpy_parse_args(gilpy_object *const *args, size_t nargs, const char *fmt, ...);

/* ---- building results (new references; NULL + MemoryError) -------------- */
GILPY_API gilpy_object *gilpy_none(void);
GILPY_API gilpy_object *gilpy_bool(int value);
GILPY_API gilpy_object *gilpy_int(long long value);
GILPY_API gilpy_object *gilpy_float(double value);
GILPY_API gilpy_object *gilpy_str(const char *utf8);
GILPY_API gilpy_object *gilpy_str_n(const char *utf8, size_t len);
GILPY_API gilpy_object *gilpy_bytes(const void *data, size_t len);
/* A tuple of n items, each a new reference that the tuple steals (a NULL
 * item makes the call fail, releasing the others). */
GILPY_API gilpy_object *gilpy_tuple(size_t n, ...);
GILPY_API gilpy_object *gilpy_list(void);
/* Appends item to list and releases the caller's reference to item. */
GILPY_API int gilpy_list_append(gilpy_object *list, gilpy_object *item);

/* ---- reading values ------------------------------------------------------ */
GILPY_API int gilpy_as_long(gilpy_object *o, long long *out);   /* ints: -1 + TypeError/OverflowError */
GILPY_API int gilpy_as_double(gilpy_object *o, double *out);    /* ints and floats */
GILPY_API const char *gilpy_as_utf8(gilpy_object *o);          /* str; NULL + TypeError */
GILPY_API long long gilpy_length(gilpy_object *o);              /* len(o); -1 + exception */
GILPY_API gilpy_object *gilpy_item(gilpy_object *o, long long i); /* o[i], new reference */
GILPY_API gilpy_object *gilpy_call(gilpy_object *callable, gilpy_object *const *args, size_t nargs);

/* ---- references and errors ----------------------------------------------- */
GILPY_API void gilpy_incref(gilpy_object *o);
GILPY_API void gilpy_decref(gilpy_object *o); /* NULL is ignored */
/* Raises the builtin exception named exc ("ValueError", "TypeError", ...;
 * an unknown name raises SystemError) with a printf-formatted message.
 * Always returns NULL, so `return gilpy_raise(...)` works. */
GILPY_API gilpy_object *gilpy_raise(const char *exc, const char *fmt, ...);
GILPY_API int gilpy_error_occurred(void);
GILPY_API void gilpy_error_clear(void);

/* ---- the GIL --------------------------------------------------------------- */
GILPY_API void *gilpy_save_thread(void);       /* drops the GIL */
GILPY_API void gilpy_restore_thread(void *st); /* takes it back */
#define GILPY_BEGIN_ALLOW_THREADS { void *gilpy__save = gilpy_save_thread();
#define GILPY_END_ALLOW_THREADS gilpy_restore_thread(gilpy__save); }

#ifdef __cplusplus
}
#endif
#endif
