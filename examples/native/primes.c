/*
 * primes.c — an example native module for gilpy (include/gilpy.h):
 * counting primes below n by trial division, a CPU-heavy loop in C.
 *
 *   count(n)        keeps the GIL: two threads calling it take turns
 *   count_nogil(n)  releases the GIL around the loop: two threads run
 *                   on two cores at once
 *   count_range(lo, hi[, release]) primes in [lo, hi)
 *   info()          (api version, name) as a tuple
 *
 * Built by `make` (examples/CMakeLists.txt) as primes.so next to the
 * gilpy binary; `import primes` finds it on sys.path.
 */
#include <gilpy.h>

static long long count_range(long long lo, long long hi) {
    long long n = 0;
    if (lo < 2) lo = 2;
    for (long long k = lo; k < hi; k++) {
        int prime = 1;
        for (long long d = 2; d * d <= k; d++)
            if (k % d == 0) {
                prime = 0;
                break;
            }
        n += prime;
    }
    return n;
}

static gilpy_object *primes_count(gilpy_object *const *args, size_t nargs) {
    long long n;
    if (gilpy_parse_args(args, nargs, "l:count", &n) < 0) return NULL;
    if (n < 0) return gilpy_raise("ValueError", "n must be >= 0, not %lld", n);
    return gilpy_int(count_range(0, n));
}

static gilpy_object *primes_count_nogil(gilpy_object *const *args, size_t nargs) {
    long long n, r;
    if (gilpy_parse_args(args, nargs, "l:count_nogil", &n) < 0) return NULL;
    if (n < 0) return gilpy_raise("ValueError", "n must be >= 0, not %lld", n);
    GILPY_BEGIN_ALLOW_THREADS
    r = count_range(0, n);
    GILPY_END_ALLOW_THREADS
    return gilpy_int(r);
}

static gilpy_object *primes_count_range(gilpy_object *const *args, size_t nargs) {
    long long lo, hi, r;
    int release = 0;
    if (gilpy_parse_args(args, nargs, "ll|b:count_range", &lo, &hi, &release) < 0) return NULL;
    if (release) {
        GILPY_BEGIN_ALLOW_THREADS
        r = count_range(lo, hi);
        GILPY_END_ALLOW_THREADS
    } else {
        r = count_range(lo, hi);
    }
    return gilpy_int(r);
}

static gilpy_object *primes_info(gilpy_object *const *args, size_t nargs) {
    if (gilpy_parse_args(args, nargs, ":info") < 0) return NULL;
    return gilpy_tuple(2, gilpy_int(gilpy_api_version()), gilpy_str("primes"));
}

static gilpy_object *primes_first(gilpy_object *const *args, size_t nargs) {
    long long k;
    if (gilpy_parse_args(args, nargs, "l:first", &k) < 0) return NULL;
    gilpy_object *list = gilpy_list();
    if (!list) return NULL;
    for (long long v = 2; k > 0; v++)
        if (count_range(v, v + 1)) {
            if (gilpy_list_append(list, gilpy_int(v)) < 0) {
                gilpy_decref(list);
                return NULL;
            }
            k--;
        }
    return list;
}

int gilpy_init_primes(gilpy_module *m) {
    if (gilpy_module_add_function(m, "count", primes_count, "count(n): primes below n, keeping the GIL") < 0 ||
        gilpy_module_add_function(m, "count_nogil", primes_count_nogil,
                                  "count_nogil(n): primes below n, with the GIL released") < 0 ||
        gilpy_module_add_function(m, "count_range", primes_count_range,
                                  "count_range(lo, hi, release=False): primes in [lo, hi)") < 0 ||
        gilpy_module_add_function(m, "first", primes_first, "first(k): the first k primes as a list") < 0 ||
        gilpy_module_add_function(m, "info", primes_info, "info(): (API version, module name)") < 0 ||
        gilpy_module_add_str(m, "__doc__", "Counting primes in C: an example gilpy native module.") < 0)
        return -1;
    return 0;
}
