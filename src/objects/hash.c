/*
 * hash.c — string and bytes hashing: CPython's SipHash-1-3 with the key
 * PYTHONHASHSEED=0 gives (all zeros), over the same bytes CPython hashes
 * (one byte per character for Latin-1 text, two for the BMP, four
 * otherwise). Sets of strings therefore iterate in the order CPython
 * shows under PYTHONHASHSEED=0, which is how the tests run.
 */
#include <stdlib.h>
#include <string.h>

#include "types.h"
#include "internal.h"

#define ROTATE(x, b) (uint64_t)(((x) << (b)) | ((x) >> (64 - (b))))
#define HALF_ROUND(a, b, c, d, s, t) \
    a += b; c += d; b = ROTATE(b, s) ^ a; d = ROTATE(d, t) ^ c; a = ROTATE(a, 32);
#define SINGLE_ROUND(v0, v1, v2, v3) \
    HALF_ROUND(v0, v1, v2, v3, 13, 16); HALF_ROUND(v2, v1, v0, v3, 17, 21);

static uint64_t siphash13(const uint8_t *in, size_t n)
{
    uint64_t b = (uint64_t)n << 56;
    uint64_t v0 = 0x736f6d6570736575ULL, v1 = 0x646f72616e646f6dULL;
    uint64_t v2 = 0x6c7967656e657261ULL, v3 = 0x7465646279746573ULL;
    while (n >= 8) {
        uint64_t mi;
        memcpy(&mi, in, 8); /* little-endian host */
        in += 8;
        n -= 8;
        v3 ^= mi;
        SINGLE_ROUND(v0, v1, v2, v3);
        v0 ^= mi;
    }
    uint64_t t = 0;
    memcpy(&t, in, n);
    b |= t;
    v3 ^= b;
    SINGLE_ROUND(v0, v1, v2, v3);
    v0 ^= b;
    v2 ^= 0xff;
    SINGLE_ROUND(v0, v1, v2, v3);
    SINGLE_ROUND(v0, v1, v2, v3);
    SINGLE_ROUND(v0, v1, v2, v3);
    return (v0 ^ v1) ^ (v2 ^ v3);
}

gp_hash gp_hash_bytes(const void *data, size_t n)
{
    if (n == 0) return 0;
    gp_hash h = (gp_hash)siphash13(data, n);
    return h == -1 ? -2 : h;
}

/* Hash of UTF-8 text as CPython hashes its compact representation. */
gp_hash gp_hash_utf8(const char *s, size_t n, bool ascii)
{
    if (ascii) return gp_hash_bytes(s, n);
    uint32_t maxc = 0;
    size_t count = 0;
    const unsigned char *p = (const unsigned char *)s, *e = p + n;
    while (p < e) {
        uint32_t c = gp_utf8_decode(&p);
        if (c > maxc) maxc = c;
        count++;
    }
    int kind = maxc < 0x100 ? 1 : maxc < 0x10000 ? 2 : 4;
    uint8_t small[256];
    uint8_t *buf = count * (size_t)kind <= sizeof small ? small : malloc(count * (size_t)kind);
    if (!buf) return gp_hash_bytes(s, n);
    p = (const unsigned char *)s;
    for (size_t i = 0; i < count; i++) {
        uint32_t c = gp_utf8_decode(&p);
        if (kind == 1) buf[i] = (uint8_t)c;
        else if (kind == 2) { uint16_t v = (uint16_t)c; memcpy(buf + 2 * i, &v, 2); }
        else memcpy(buf + 4 * i, &c, 4);
    }
    gp_hash h = gp_hash_bytes(buf, count * (size_t)kind);
    if (buf != small) free(buf);
    return h;
}
