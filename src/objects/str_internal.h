/*
 * str_internal.h — shared by the str method files (str_search.c,
 * str_case.c, str_methods.c).
 */
#ifndef GP_STR_INTERNAL_H
#define GP_STR_INTERNAL_H

#include "types.h"

#define STR_METHOD(name) gp_obj *gp_strm_##name(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kw)
#define STR_METHODS(X) \
    X(find) X(rfind) X(index) X(rindex) X(count) X(startswith) X(endswith) X(split) X(rsplit) \
    X(splitlines) X(strip) X(lstrip) X(rstrip) X(replace) X(partition) X(rpartition) X(join) \
    X(removeprefix) X(removesuffix) X(upper) X(lower) X(capitalize) X(title) X(swapcase) X(casefold) \
    X(isdigit) X(isalpha) X(isalnum) X(isspace) X(isupper) X(islower) X(isdecimal) X(isnumeric) \
    X(isidentifier) X(isprintable) X(isascii) X(istitle) X(center) X(ljust) X(rjust) X(zfill) \
    X(expandtabs) X(encode) X(translate) X(format_map) X(__format__) X(__getnewargs__)
#define GP__STRM_DECL(name) STR_METHOD(name);
STR_METHODS(GP__STRM_DECL)
#undef GP__STRM_DECL

gp_ssize gp_str_cp_index(gp_obj *s, gp_ssize off);
gp_ssize gp_str_cp_index_range(gp_obj *s, gp_ssize from, gp_ssize to);
int gp_str_range(gp_obj *s, gp_obj *const *args, size_t nargs, size_t first, gp_ssize *cs, gp_ssize *ce);

#endif
