/*
 * args.c — argument parsing for functions written in C, with CPython's
 * error messages. Arguments arrive in the vectorcall convention.
 */
#include <string.h>

#include "types.h"

int gp_check_nargs(const char *fname, size_t nargs, gp_obj *kwnames, size_t min, size_t max)
{
    if (kwnames && GP_TUPLE_SIZE(kwnames)) {
        gp_err_format(gp_exc_TypeError, "%s() takes no keyword arguments", fname);
        return -1;
    }
    if (nargs >= min && nargs <= max) return 0;
    if (min == max) {
        if (min == 0)
            gp_err_format(gp_exc_TypeError, "%s() takes no arguments (%zu given)", fname, nargs);
        else if (min == 1)
            gp_err_format(gp_exc_TypeError, "%s() takes exactly one argument (%zu given)", fname, nargs);
        else
            gp_err_format(gp_exc_TypeError, "%s expected %zu arguments, got %zu", fname, min, nargs);
    } else if (nargs < min) {
        gp_err_format(gp_exc_TypeError, "%s expected at least %zu argument%s, got %zu", fname, min,
                      min == 1 ? "" : "s", nargs);
    } else {
        gp_err_format(gp_exc_TypeError, "%s expected at most %zu argument%s, got %zu", fname, max,
                      max == 1 ? "" : "s", nargs);
    }
    return -1;
}

static gp_ssize find_name(const char *const *names, gp_obj *key)
{
    for (gp_ssize i = 0; names[i]; i++)
        if (gp_str_eq_cstr(key, names[i])) return i;
    return -1;
}

static int too_many_positional(const char *fname, size_t npos, size_t nrequired, size_t nargs)
{
    if (npos == nrequired)
        gp_err_format(gp_exc_TypeError, "%s() takes %zu positional argument%s but %zu %s given", fname,
                      npos, npos == 1 ? "" : "s", nargs, nargs == 1 ? "was" : "were");
    else
        gp_err_format(gp_exc_TypeError, "%s() takes from %zu to %zu positional arguments but %zu %s given",
                      fname, nrequired, npos, nargs, nargs == 1 ? "was" : "were");
    return -1;
}

int gp_parse_args(const char *fname, gp_obj *const *args, size_t nargs, gp_obj *kwnames,
                  const char *const *names, size_t npos, size_t nrequired, gp_obj **out)
{
    size_t total = 0;
    while (names[total]) total++;
    for (size_t i = 0; i < total; i++) out[i] = NULL;
    if (nargs > npos) return too_many_positional(fname, npos, nrequired, nargs);
    for (size_t i = 0; i < nargs; i++) out[i] = args[i];
    gp_ssize nkw = kwnames ? GP_TUPLE_SIZE(kwnames) : 0;
    for (gp_ssize k = 0; k < nkw; k++) {
        gp_obj *key = GP_TUPLE_GET(kwnames, k);
        gp_ssize i = find_name(names, key);
        if (i < 0) {
            gp_err_format(gp_exc_TypeError, "%s() got an unexpected keyword argument '%U'", fname, key);
            return -1;
        }
        if (out[i]) {
            if ((size_t)i < nargs)
                gp_err_format(gp_exc_TypeError, "argument for %s() given by name ('%s') and position (%zd)",
                              fname, names[i], i + 1);
            else
                gp_err_format(gp_exc_TypeError, "%s() got multiple values for argument '%s'", fname,
                              names[i]);
            return -1;
        }
        out[i] = args[nargs + (size_t)k];
    }
    for (size_t i = 0; i < nrequired; i++) {
        if (!out[i]) {
            if (i < npos)
                gp_err_format(gp_exc_TypeError, "%s() missing required argument '%s' (pos %zu)", fname,
                              names[i], i + 1);
            else
                gp_err_format(gp_exc_TypeError, "%s() missing required keyword-only argument '%s'", fname,
                              names[i]);
            return -1;
        }
    }
    return 0;
}
