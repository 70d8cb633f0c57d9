/*
 * ast_dump.c — the tree as text, byte for byte what Python 3.11's
 * ast.dump(tree) prints (optionally with include_attributes=True). It is
 * the parser's test oracle, so it also reproduces Python's repr of the
 * constants: ints of any size in decimal, shortest float repr, str and
 * bytes quoting rules.
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "ast.h"

typedef struct dbuf {
    char *s;
    size_t n, cap;
    bool attrs;
    bool oom;
} dbuf;

static void put(dbuf *b, const char *s, size_t n)
{
    if (b->oom)
        return;
    if (b->n + n + 1 > b->cap) {
        size_t ncap = b->cap ? b->cap * 2 : 1024;
        while (ncap < b->n + n + 1)
            ncap *= 2;
        char *ns = realloc(b->s, ncap);
        if (!ns) {
            b->oom = true;
            return;
        }
        b->s = ns;
        b->cap = ncap;
    }
    memcpy(b->s + b->n, s, n);
    b->n += n;
    b->s[b->n] = '\0';
}

static void puts_(dbuf *b, const char *s) { put(b, s, strlen(s)); }

/* not inlined: its buffer must not sit in every recursive frame */
static __attribute__((noinline)) void putf(dbuf *b, const char *fmt, ...)
{
    char tmp[128];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    put(b, tmp, (size_t)(n < (int)sizeof tmp ? n : (int)sizeof tmp - 1));
}

/* ---- constants ---- */

static void dump_int(dbuf *b, const char *text, size_t len)
{
    int base = 10;
    size_t i = 0;
    if (len > 1 && text[0] == '0') {
        char c = (char)(text[1] | 0x20);
        if (c == 'x') { base = 16; i = 2; }
        else if (c == 'o') { base = 8; i = 2; }
        else if (c == 'b') { base = 2; i = 2; }
    }
    /* little-endian limbs of 10^9 */
    size_t cap = len + 2, nl = 1;
    unsigned *limb = calloc(cap, sizeof *limb);
    if (!limb) {
        b->oom = true;
        return;
    }
    for (; i < len; i++) {
        int c = text[i], d;
        if (c >= '0' && c <= '9') d = c - '0';
        else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') d = (c | 0x20) - 'a' + 10;
        else continue;
        unsigned long long carry = (unsigned)d;
        for (size_t k = 0; k < nl; k++) {
            unsigned long long v = (unsigned long long)limb[k] * (unsigned)base + carry;
            limb[k] = (unsigned)(v % 1000000000u);
            carry = v / 1000000000u;
        }
        if (carry)
            limb[nl++] = (unsigned)carry;
    }
    putf(b, "%u", limb[nl - 1]);
    for (size_t k = nl - 1; k-- > 0;)
        putf(b, "%09u", limb[k]);
    free(limb);
}

/* Python's repr(float) ('r' format); add_dot0: "1.0" rather than "1". */
static void dump_float(dbuf *b, double v, bool add_dot0)
{
    if (isinf(v)) { puts_(b, v > 0 ? "inf" : "-inf"); return; }
    if (isnan(v)) { puts_(b, "nan"); return; }
    char tmp[64];
    int prec;
    for (prec = 0; prec < 17; prec++) {
        snprintf(tmp, sizeof tmp, "%.*e", prec, v);
        if (strtod(tmp, NULL) == v)
            break;
    }
    /* tmp: [-]d[.ddd]e[+-]xx */
    char digits[32];
    int nd = 0;
    const char *s = tmp;
    bool neg = *s == '-';
    if (neg) s++;
    for (; *s && *s != 'e'; s++)
        if (*s >= '0' && *s <= '9')
            digits[nd++] = *s;
    int exp = atoi(s + 1);
    while (nd > 1 && digits[nd - 1] == '0')
        nd--;
    digits[nd] = '\0';
    int decpt = exp + 1;
    if (neg) puts_(b, "-");
    if (decpt > -4 && decpt <= 16) {
        if (decpt <= 0) {
            puts_(b, "0.");
            for (int k = 0; k < -decpt; k++) puts_(b, "0");
            put(b, digits, (size_t)nd);
        } else if (decpt >= nd) {
            put(b, digits, (size_t)nd);
            for (int k = nd; k < decpt; k++) puts_(b, "0");
            if (add_dot0) puts_(b, ".0");
        } else {
            put(b, digits, (size_t)decpt);
            puts_(b, ".");
            put(b, digits + decpt, (size_t)(nd - decpt));
        }
    } else {
        put(b, digits, 1);
        if (nd > 1) {
            puts_(b, ".");
            put(b, digits + 1, (size_t)(nd - 1));
        }
        putf(b, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    }
}

static unsigned utf8_next(const unsigned char *s, size_t n, size_t *i)
{
    unsigned c = s[*i];
    int extra = c < 0x80 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
    unsigned cp = extra == 0 ? c : extra == 1 ? c & 0x1F : extra == 2 ? c & 0x0F : c & 0x07;
    (*i)++;
    for (int k = 0; k < extra && *i < n; k++)
        cp = (cp << 6) | (s[(*i)++] & 0x3F);
    return cp;
}

/* Code points str.isprintable() rejects (Unicode 14, Python 3.11's
 * unicodedata), as inclusive ranges, generated once from python3: repr()
 * escapes exactly these. */
static const struct { unsigned lo, hi; } nonprintable[] = {
    {0x0, 0x1F}, {0x7F, 0xA0}, {0xAD, 0xAD}, {0x378, 0x379}, {0x380, 0x383},
    {0x38B, 0x38B}, {0x38D, 0x38D}, {0x3A2, 0x3A2}, {0x530, 0x530}, {0x557, 0x558},
    {0x58B, 0x58C}, {0x590, 0x590}, {0x5C8, 0x5CF}, {0x5EB, 0x5EE}, {0x5F5, 0x605},
    {0x61C, 0x61C}, {0x6DD, 0x6DD}, {0x70E, 0x70F}, {0x74B, 0x74C}, {0x7B2, 0x7BF},
    {0x7FB, 0x7FC}, {0x82E, 0x82F}, {0x83F, 0x83F}, {0x85C, 0x85D}, {0x85F, 0x85F},
    {0x86B, 0x86F}, {0x88F, 0x897}, {0x8E2, 0x8E2}, {0x984, 0x984}, {0x98D, 0x98E},
    {0x991, 0x992}, {0x9A9, 0x9A9}, {0x9B1, 0x9B1}, {0x9B3, 0x9B5}, {0x9BA, 0x9BB},
    {0x9C5, 0x9C6}, {0x9C9, 0x9CA}, {0x9CF, 0x9D6}, {0x9D8, 0x9DB}, {0x9DE, 0x9DE},
    {0x9E4, 0x9E5}, {0x9FF, 0xA00}, {0xA04, 0xA04}, {0xA0B, 0xA0E}, {0xA11, 0xA12},
    {0xA29, 0xA29}, {0xA31, 0xA31}, {0xA34, 0xA34}, {0xA37, 0xA37}, {0xA3A, 0xA3B},
    {0xA3D, 0xA3D}, {0xA43, 0xA46}, {0xA49, 0xA4A}, {0xA4E, 0xA50}, {0xA52, 0xA58},
    {0xA5D, 0xA5D}, {0xA5F, 0xA65}, {0xA77, 0xA80}, {0xA84, 0xA84}, {0xA8E, 0xA8E},
    {0xA92, 0xA92}, {0xAA9, 0xAA9}, {0xAB1, 0xAB1}, {0xAB4, 0xAB4}, {0xABA, 0xABB},
    {0xAC6, 0xAC6}, {0xACA, 0xACA}, {0xACE, 0xACF}, {0xAD1, 0xADF}, {0xAE4, 0xAE5},
    {0xAF2, 0xAF8}, {0xB00, 0xB00}, {0xB04, 0xB04}, {0xB0D, 0xB0E}, {0xB11, 0xB12},
    {0xB29, 0xB29}, {0xB31, 0xB31}, {0xB34, 0xB34}, {0xB3A, 0xB3B}, {0xB45, 0xB46},
    {0xB49, 0xB4A}, {0xB4E, 0xB54}, {0xB58, 0xB5B}, {0xB5E, 0xB5E}, {0xB64, 0xB65},
    {0xB78, 0xB81}, {0xB84, 0xB84}, {0xB8B, 0xB8D}, {0xB91, 0xB91}, {0xB96, 0xB98},
    {0xB9B, 0xB9B}, {0xB9D, 0xB9D}, {0xBA0, 0xBA2}, {0xBA5, 0xBA7}, {0xBAB, 0xBAD},
    {0xBBA, 0xBBD}, {0xBC3, 0xBC5}, {0xBC9, 0xBC9}, {0xBCE, 0xBCF}, {0xBD1, 0xBD6},
    {0xBD8, 0xBE5}, {0xBFB, 0xBFF}, {0xC0D, 0xC0D}, {0xC11, 0xC11}, {0xC29, 0xC29},
    {0xC3A, 0xC3B}, {0xC45, 0xC45}, {0xC49, 0xC49}, {0xC4E, 0xC54}, {0xC57, 0xC57},
    {0xC5B, 0xC5C}, {0xC5E, 0xC5F}, {0xC64, 0xC65}, {0xC70, 0xC76}, {0xC8D, 0xC8D},
    {0xC91, 0xC91}, {0xCA9, 0xCA9}, {0xCB4, 0xCB4}, {0xCBA, 0xCBB}, {0xCC5, 0xCC5},
    {0xCC9, 0xCC9}, {0xCCE, 0xCD4}, {0xCD7, 0xCDC}, {0xCDF, 0xCDF}, {0xCE4, 0xCE5},
    {0xCF0, 0xCF0}, {0xCF3, 0xCFF}, {0xD0D, 0xD0D}, {0xD11, 0xD11}, {0xD45, 0xD45},
    {0xD49, 0xD49}, {0xD50, 0xD53}, {0xD64, 0xD65}, {0xD80, 0xD80}, {0xD84, 0xD84},
    {0xD97, 0xD99}, {0xDB2, 0xDB2}, {0xDBC, 0xDBC}, {0xDBE, 0xDBF}, {0xDC7, 0xDC9},
    {0xDCB, 0xDCE}, {0xDD5, 0xDD5}, {0xDD7, 0xDD7}, {0xDE0, 0xDE5}, {0xDF0, 0xDF1},
    {0xDF5, 0xE00}, {0xE3B, 0xE3E}, {0xE5C, 0xE80}, {0xE83, 0xE83}, {0xE85, 0xE85},
    {0xE8B, 0xE8B}, {0xEA4, 0xEA4}, {0xEA6, 0xEA6}, {0xEBE, 0xEBF}, {0xEC5, 0xEC5},
    {0xEC7, 0xEC7}, {0xECE, 0xECF}, {0xEDA, 0xEDB}, {0xEE0, 0xEFF}, {0xF48, 0xF48},
    {0xF6D, 0xF70}, {0xF98, 0xF98}, {0xFBD, 0xFBD}, {0xFCD, 0xFCD}, {0xFDB, 0xFFF},
    {0x10C6, 0x10C6}, {0x10C8, 0x10CC}, {0x10CE, 0x10CF}, {0x1249, 0x1249}, {0x124E, 0x124F},
    {0x1257, 0x1257}, {0x1259, 0x1259}, {0x125E, 0x125F}, {0x1289, 0x1289}, {0x128E, 0x128F},
    {0x12B1, 0x12B1}, {0x12B6, 0x12B7}, {0x12BF, 0x12BF}, {0x12C1, 0x12C1}, {0x12C6, 0x12C7},
    {0x12D7, 0x12D7}, {0x1311, 0x1311}, {0x1316, 0x1317}, {0x135B, 0x135C}, {0x137D, 0x137F},
    {0x139A, 0x139F}, {0x13F6, 0x13F7}, {0x13FE, 0x13FF}, {0x1680, 0x1680}, {0x169D, 0x169F},
    {0x16F9, 0x16FF}, {0x1716, 0x171E}, {0x1737, 0x173F}, {0x1754, 0x175F}, {0x176D, 0x176D},
    {0x1771, 0x1771}, {0x1774, 0x177F}, {0x17DE, 0x17DF}, {0x17EA, 0x17EF}, {0x17FA, 0x17FF},
    {0x180E, 0x180E}, {0x181A, 0x181F}, {0x1879, 0x187F}, {0x18AB, 0x18AF}, {0x18F6, 0x18FF},
    {0x191F, 0x191F}, {0x192C, 0x192F}, {0x193C, 0x193F}, {0x1941, 0x1943}, {0x196E, 0x196F},
    {0x1975, 0x197F}, {0x19AC, 0x19AF}, {0x19CA, 0x19CF}, {0x19DB, 0x19DD}, {0x1A1C, 0x1A1D},
    {0x1A5F, 0x1A5F}, {0x1A7D, 0x1A7E}, {0x1A8A, 0x1A8F}, {0x1A9A, 0x1A9F}, {0x1AAE, 0x1AAF},
    {0x1ACF, 0x1AFF}, {0x1B4D, 0x1B4F}, {0x1B7F, 0x1B7F}, {0x1BF4, 0x1BFB}, {0x1C38, 0x1C3A},
    {0x1C4A, 0x1C4C}, {0x1C89, 0x1C8F}, {0x1CBB, 0x1CBC}, {0x1CC8, 0x1CCF}, {0x1CFB, 0x1CFF},
    {0x1F16, 0x1F17}, {0x1F1E, 0x1F1F}, {0x1F46, 0x1F47}, {0x1F4E, 0x1F4F}, {0x1F58, 0x1F58},
    {0x1F5A, 0x1F5A}, {0x1F5C, 0x1F5C}, {0x1F5E, 0x1F5E}, {0x1F7E, 0x1F7F}, {0x1FB5, 0x1FB5},
    {0x1FC5, 0x1FC5}, {0x1FD4, 0x1FD5}, {0x1FDC, 0x1FDC}, {0x1FF0, 0x1FF1}, {0x1FF5, 0x1FF5},
    {0x1FFF, 0x200F}, {0x2028, 0x202F}, {0x205F, 0x206F}, {0x2072, 0x2073}, {0x208F, 0x208F},
    {0x209D, 0x209F}, {0x20C1, 0x20CF}, {0x20F1, 0x20FF}, {0x218C, 0x218F}, {0x2427, 0x243F},
    {0x244B, 0x245F}, {0x2B74, 0x2B75}, {0x2B96, 0x2B96}, {0x2CF4, 0x2CF8}, {0x2D26, 0x2D26},
    {0x2D28, 0x2D2C}, {0x2D2E, 0x2D2F}, {0x2D68, 0x2D6E}, {0x2D71, 0x2D7E}, {0x2D97, 0x2D9F},
    {0x2DA7, 0x2DA7}, {0x2DAF, 0x2DAF}, {0x2DB7, 0x2DB7}, {0x2DBF, 0x2DBF}, {0x2DC7, 0x2DC7},
    {0x2DCF, 0x2DCF}, {0x2DD7, 0x2DD7}, {0x2DDF, 0x2DDF}, {0x2E5E, 0x2E7F}, {0x2E9A, 0x2E9A},
    {0x2EF4, 0x2EFF}, {0x2FD6, 0x2FEF}, {0x2FFC, 0x3000}, {0x3040, 0x3040}, {0x3097, 0x3098},
    {0x3100, 0x3104}, {0x3130, 0x3130}, {0x318F, 0x318F}, {0x31E4, 0x31EF}, {0x321F, 0x321F},
    {0xA48D, 0xA48F}, {0xA4C7, 0xA4CF}, {0xA62C, 0xA63F}, {0xA6F8, 0xA6FF}, {0xA7CB, 0xA7CF},
    {0xA7D2, 0xA7D2}, {0xA7D4, 0xA7D4}, {0xA7DA, 0xA7F1}, {0xA82D, 0xA82F}, {0xA83A, 0xA83F},
    {0xA878, 0xA87F}, {0xA8C6, 0xA8CD}, {0xA8DA, 0xA8DF}, {0xA954, 0xA95E}, {0xA97D, 0xA97F},
    {0xA9CE, 0xA9CE}, {0xA9DA, 0xA9DD}, {0xA9FF, 0xA9FF}, {0xAA37, 0xAA3F}, {0xAA4E, 0xAA4F},
    {0xAA5A, 0xAA5B}, {0xAAC3, 0xAADA}, {0xAAF7, 0xAB00}, {0xAB07, 0xAB08}, {0xAB0F, 0xAB10},
    {0xAB17, 0xAB1F}, {0xAB27, 0xAB27}, {0xAB2F, 0xAB2F}, {0xAB6C, 0xAB6F}, {0xABEE, 0xABEF},
    {0xABFA, 0xABFF}, {0xD7A4, 0xD7AF}, {0xD7C7, 0xD7CA}, {0xD7FC, 0xF8FF}, {0xFA6E, 0xFA6F},
    {0xFADA, 0xFAFF}, {0xFB07, 0xFB12}, {0xFB18, 0xFB1C}, {0xFB37, 0xFB37}, {0xFB3D, 0xFB3D},
    {0xFB3F, 0xFB3F}, {0xFB42, 0xFB42}, {0xFB45, 0xFB45}, {0xFBC3, 0xFBD2}, {0xFD90, 0xFD91},
    {0xFDC8, 0xFDCE}, {0xFDD0, 0xFDEF}, {0xFE1A, 0xFE1F}, {0xFE53, 0xFE53}, {0xFE67, 0xFE67},
    {0xFE6C, 0xFE6F}, {0xFE75, 0xFE75}, {0xFEFD, 0xFF00}, {0xFFBF, 0xFFC1}, {0xFFC8, 0xFFC9},
    {0xFFD0, 0xFFD1}, {0xFFD8, 0xFFD9}, {0xFFDD, 0xFFDF}, {0xFFE7, 0xFFE7}, {0xFFEF, 0xFFFB},
    {0xFFFE, 0xFFFF}, {0x1000C, 0x1000C}, {0x10027, 0x10027}, {0x1003B, 0x1003B}, {0x1003E, 0x1003E},
    {0x1004E, 0x1004F}, {0x1005E, 0x1007F}, {0x100FB, 0x100FF}, {0x10103, 0x10106}, {0x10134, 0x10136},
    {0x1018F, 0x1018F}, {0x1019D, 0x1019F}, {0x101A1, 0x101CF}, {0x101FE, 0x1027F}, {0x1029D, 0x1029F},
    {0x102D1, 0x102DF}, {0x102FC, 0x102FF}, {0x10324, 0x1032C}, {0x1034B, 0x1034F}, {0x1037B, 0x1037F},
    {0x1039E, 0x1039E}, {0x103C4, 0x103C7}, {0x103D6, 0x103FF}, {0x1049E, 0x1049F}, {0x104AA, 0x104AF},
    {0x104D4, 0x104D7}, {0x104FC, 0x104FF}, {0x10528, 0x1052F}, {0x10564, 0x1056E}, {0x1057B, 0x1057B},
    {0x1058B, 0x1058B}, {0x10593, 0x10593}, {0x10596, 0x10596}, {0x105A2, 0x105A2}, {0x105B2, 0x105B2},
    {0x105BA, 0x105BA}, {0x105BD, 0x105FF}, {0x10737, 0x1073F}, {0x10756, 0x1075F}, {0x10768, 0x1077F},
    {0x10786, 0x10786}, {0x107B1, 0x107B1}, {0x107BB, 0x107FF}, {0x10806, 0x10807}, {0x10809, 0x10809},
    {0x10836, 0x10836}, {0x10839, 0x1083B}, {0x1083D, 0x1083E}, {0x10856, 0x10856}, {0x1089F, 0x108A6},
    {0x108B0, 0x108DF}, {0x108F3, 0x108F3}, {0x108F6, 0x108FA}, {0x1091C, 0x1091E}, {0x1093A, 0x1093E},
    {0x10940, 0x1097F}, {0x109B8, 0x109BB}, {0x109D0, 0x109D1}, {0x10A04, 0x10A04}, {0x10A07, 0x10A0B},
    {0x10A14, 0x10A14}, {0x10A18, 0x10A18}, {0x10A36, 0x10A37}, {0x10A3B, 0x10A3E}, {0x10A49, 0x10A4F},
    {0x10A59, 0x10A5F}, {0x10AA0, 0x10ABF}, {0x10AE7, 0x10AEA}, {0x10AF7, 0x10AFF}, {0x10B36, 0x10B38},
    {0x10B56, 0x10B57}, {0x10B73, 0x10B77}, {0x10B92, 0x10B98}, {0x10B9D, 0x10BA8}, {0x10BB0, 0x10BFF},
    {0x10C49, 0x10C7F}, {0x10CB3, 0x10CBF}, {0x10CF3, 0x10CF9}, {0x10D28, 0x10D2F}, {0x10D3A, 0x10E5F},
    {0x10E7F, 0x10E7F}, {0x10EAA, 0x10EAA}, {0x10EAE, 0x10EAF}, {0x10EB2, 0x10EFF}, {0x10F28, 0x10F2F},
    {0x10F5A, 0x10F6F}, {0x10F8A, 0x10FAF}, {0x10FCC, 0x10FDF}, {0x10FF7, 0x10FFF}, {0x1104E, 0x11051},
    {0x11076, 0x1107E}, {0x110BD, 0x110BD}, {0x110C3, 0x110CF}, {0x110E9, 0x110EF}, {0x110FA, 0x110FF},
    {0x11135, 0x11135}, {0x11148, 0x1114F}, {0x11177, 0x1117F}, {0x111E0, 0x111E0}, {0x111F5, 0x111FF},
    {0x11212, 0x11212}, {0x1123F, 0x1127F}, {0x11287, 0x11287}, {0x11289, 0x11289}, {0x1128E, 0x1128E},
    {0x1129E, 0x1129E}, {0x112AA, 0x112AF}, {0x112EB, 0x112EF}, {0x112FA, 0x112FF}, {0x11304, 0x11304},
    {0x1130D, 0x1130E}, {0x11311, 0x11312}, {0x11329, 0x11329}, {0x11331, 0x11331}, {0x11334, 0x11334},
    {0x1133A, 0x1133A}, {0x11345, 0x11346}, {0x11349, 0x1134A}, {0x1134E, 0x1134F}, {0x11351, 0x11356},
    {0x11358, 0x1135C}, {0x11364, 0x11365}, {0x1136D, 0x1136F}, {0x11375, 0x113FF}, {0x1145C, 0x1145C},
    {0x11462, 0x1147F}, {0x114C8, 0x114CF}, {0x114DA, 0x1157F}, {0x115B6, 0x115B7}, {0x115DE, 0x115FF},
    {0x11645, 0x1164F}, {0x1165A, 0x1165F}, {0x1166D, 0x1167F}, {0x116BA, 0x116BF}, {0x116CA, 0x116FF},
    {0x1171B, 0x1171C}, {0x1172C, 0x1172F}, {0x11747, 0x117FF}, {0x1183C, 0x1189F}, {0x118F3, 0x118FE},
    {0x11907, 0x11908}, {0x1190A, 0x1190B}, {0x11914, 0x11914}, {0x11917, 0x11917}, {0x11936, 0x11936},
    {0x11939, 0x1193A}, {0x11947, 0x1194F}, {0x1195A, 0x1199F}, {0x119A8, 0x119A9}, {0x119D8, 0x119D9},
    {0x119E5, 0x119FF}, {0x11A48, 0x11A4F}, {0x11AA3, 0x11AAF}, {0x11AF9, 0x11BFF}, {0x11C09, 0x11C09},
    {0x11C37, 0x11C37}, {0x11C46, 0x11C4F}, {0x11C6D, 0x11C6F}, {0x11C90, 0x11C91}, {0x11CA8, 0x11CA8},
    {0x11CB7, 0x11CFF}, {0x11D07, 0x11D07}, {0x11D0A, 0x11D0A}, {0x11D37, 0x11D39}, {0x11D3B, 0x11D3B},
    {0x11D3E, 0x11D3E}, {0x11D48, 0x11D4F}, {0x11D5A, 0x11D5F}, {0x11D66, 0x11D66}, {0x11D69, 0x11D69},
    {0x11D8F, 0x11D8F}, {0x11D92, 0x11D92}, {0x11D99, 0x11D9F}, {0x11DAA, 0x11EDF}, {0x11EF9, 0x11FAF},
    {0x11FB1, 0x11FBF}, {0x11FF2, 0x11FFE}, {0x1239A, 0x123FF}, {0x1246F, 0x1246F}, {0x12475, 0x1247F},
    {0x12544, 0x12F8F}, {0x12FF3, 0x12FFF}, {0x1342F, 0x143FF}, {0x14647, 0x167FF}, {0x16A39, 0x16A3F},
    {0x16A5F, 0x16A5F}, {0x16A6A, 0x16A6D}, {0x16ABF, 0x16ABF}, {0x16ACA, 0x16ACF}, {0x16AEE, 0x16AEF},
    {0x16AF6, 0x16AFF}, {0x16B46, 0x16B4F}, {0x16B5A, 0x16B5A}, {0x16B62, 0x16B62}, {0x16B78, 0x16B7C},
    {0x16B90, 0x16E3F}, {0x16E9B, 0x16EFF}, {0x16F4B, 0x16F4E}, {0x16F88, 0x16F8E}, {0x16FA0, 0x16FDF},
    {0x16FE5, 0x16FEF}, {0x16FF2, 0x16FFF}, {0x187F8, 0x187FF}, {0x18CD6, 0x18CFF}, {0x18D09, 0x1AFEF},
    {0x1AFF4, 0x1AFF4}, {0x1AFFC, 0x1AFFC}, {0x1AFFF, 0x1AFFF}, {0x1B123, 0x1B14F}, {0x1B153, 0x1B163},
    {0x1B168, 0x1B16F}, {0x1B2FC, 0x1BBFF}, {0x1BC6B, 0x1BC6F}, {0x1BC7D, 0x1BC7F}, {0x1BC89, 0x1BC8F},
    {0x1BC9A, 0x1BC9B}, {0x1BCA0, 0x1CEFF}, {0x1CF2E, 0x1CF2F}, {0x1CF47, 0x1CF4F}, {0x1CFC4, 0x1CFFF},
    {0x1D0F6, 0x1D0FF}, {0x1D127, 0x1D128}, {0x1D173, 0x1D17A}, {0x1D1EB, 0x1D1FF}, {0x1D246, 0x1D2DF},
    {0x1D2F4, 0x1D2FF}, {0x1D357, 0x1D35F}, {0x1D379, 0x1D3FF}, {0x1D455, 0x1D455}, {0x1D49D, 0x1D49D},
    {0x1D4A0, 0x1D4A1}, {0x1D4A3, 0x1D4A4}, {0x1D4A7, 0x1D4A8}, {0x1D4AD, 0x1D4AD}, {0x1D4BA, 0x1D4BA},
    {0x1D4BC, 0x1D4BC}, {0x1D4C4, 0x1D4C4}, {0x1D506, 0x1D506}, {0x1D50B, 0x1D50C}, {0x1D515, 0x1D515},
    {0x1D51D, 0x1D51D}, {0x1D53A, 0x1D53A}, {0x1D53F, 0x1D53F}, {0x1D545, 0x1D545}, {0x1D547, 0x1D549},
    {0x1D551, 0x1D551}, {0x1D6A6, 0x1D6A7}, {0x1D7CC, 0x1D7CD}, {0x1DA8C, 0x1DA9A}, {0x1DAA0, 0x1DAA0},
    {0x1DAB0, 0x1DEFF}, {0x1DF1F, 0x1DFFF}, {0x1E007, 0x1E007}, {0x1E019, 0x1E01A}, {0x1E022, 0x1E022},
    {0x1E025, 0x1E025}, {0x1E02B, 0x1E0FF}, {0x1E12D, 0x1E12F}, {0x1E13E, 0x1E13F}, {0x1E14A, 0x1E14D},
    {0x1E150, 0x1E28F}, {0x1E2AF, 0x1E2BF}, {0x1E2FA, 0x1E2FE}, {0x1E300, 0x1E7DF}, {0x1E7E7, 0x1E7E7},
    {0x1E7EC, 0x1E7EC}, {0x1E7EF, 0x1E7EF}, {0x1E7FF, 0x1E7FF}, {0x1E8C5, 0x1E8C6}, {0x1E8D7, 0x1E8FF},
    {0x1E94C, 0x1E94F}, {0x1E95A, 0x1E95D}, {0x1E960, 0x1EC70}, {0x1ECB5, 0x1ED00}, {0x1ED3E, 0x1EDFF},
    {0x1EE04, 0x1EE04}, {0x1EE20, 0x1EE20}, {0x1EE23, 0x1EE23}, {0x1EE25, 0x1EE26}, {0x1EE28, 0x1EE28},
    {0x1EE33, 0x1EE33}, {0x1EE38, 0x1EE38}, {0x1EE3A, 0x1EE3A}, {0x1EE3C, 0x1EE41}, {0x1EE43, 0x1EE46},
    {0x1EE48, 0x1EE48}, {0x1EE4A, 0x1EE4A}, {0x1EE4C, 0x1EE4C}, {0x1EE50, 0x1EE50}, {0x1EE53, 0x1EE53},
    {0x1EE55, 0x1EE56}, {0x1EE58, 0x1EE58}, {0x1EE5A, 0x1EE5A}, {0x1EE5C, 0x1EE5C}, {0x1EE5E, 0x1EE5E},
    {0x1EE60, 0x1EE60}, {0x1EE63, 0x1EE63}, {0x1EE65, 0x1EE66}, {0x1EE6B, 0x1EE6B}, {0x1EE73, 0x1EE73},
    {0x1EE78, 0x1EE78}, {0x1EE7D, 0x1EE7D}, {0x1EE7F, 0x1EE7F}, {0x1EE8A, 0x1EE8A}, {0x1EE9C, 0x1EEA0},
    {0x1EEA4, 0x1EEA4}, {0x1EEAA, 0x1EEAA}, {0x1EEBC, 0x1EEEF}, {0x1EEF2, 0x1EFFF}, {0x1F02C, 0x1F02F},
    {0x1F094, 0x1F09F}, {0x1F0AF, 0x1F0B0}, {0x1F0C0, 0x1F0C0}, {0x1F0D0, 0x1F0D0}, {0x1F0F6, 0x1F0FF},
    {0x1F1AE, 0x1F1E5}, {0x1F203, 0x1F20F}, {0x1F23C, 0x1F23F}, {0x1F249, 0x1F24F}, {0x1F252, 0x1F25F},
    {0x1F266, 0x1F2FF}, {0x1F6D8, 0x1F6DC}, {0x1F6ED, 0x1F6EF}, {0x1F6FD, 0x1F6FF}, {0x1F774, 0x1F77F},
    {0x1F7D9, 0x1F7DF}, {0x1F7EC, 0x1F7EF}, {0x1F7F1, 0x1F7FF}, {0x1F80C, 0x1F80F}, {0x1F848, 0x1F84F},
    {0x1F85A, 0x1F85F}, {0x1F888, 0x1F88F}, {0x1F8AE, 0x1F8AF}, {0x1F8B2, 0x1F8FF}, {0x1FA54, 0x1FA5F},
    {0x1FA6E, 0x1FA6F}, {0x1FA75, 0x1FA77}, {0x1FA7D, 0x1FA7F}, {0x1FA87, 0x1FA8F}, {0x1FAAD, 0x1FAAF},
    {0x1FABB, 0x1FABF}, {0x1FAC6, 0x1FACF}, {0x1FADA, 0x1FADF}, {0x1FAE8, 0x1FAEF}, {0x1FAF7, 0x1FAFF},
    {0x1FB93, 0x1FB93}, {0x1FBCB, 0x1FBEF}, {0x1FBFA, 0x1FFFF}, {0x2A6E0, 0x2A6FF}, {0x2B739, 0x2B73F},
    {0x2B81E, 0x2B81F}, {0x2CEA2, 0x2CEAF}, {0x2EBE1, 0x2F7FF}, {0x2FA1E, 0x2FFFF}, {0x3134B, 0xE00FF},
    {0xE01F0, 0x10FFFF},
};

static bool printable(unsigned c)
{
    size_t lo = 0, hi = sizeof nonprintable / sizeof nonprintable[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c < nonprintable[mid].lo)
            hi = mid;
        else if (c > nonprintable[mid].hi)
            lo = mid + 1;
        else
            return false;
    }
    return true;
}

static void dump_str(dbuf *b, const char *s, size_t n, bool bytes)
{
    bool sq = memchr(s, '\'', n) != NULL, dq = memchr(s, '"', n) != NULL;
    char quote = (sq && !dq) ? '"' : '\'';
    if (bytes)
        puts_(b, "b");
    put(b, &quote, 1);
    size_t i = 0;
    while (i < n) {
        size_t st = i;
        unsigned c = bytes ? (unsigned char)s[i++] : utf8_next((const unsigned char *)s, n, &i);
        if (c == (unsigned)quote || c == '\\') {
            char e[2] = { '\\', (char)c };
            put(b, e, 2);
        } else if (c == '\t') {
            puts_(b, "\\t");
        } else if (c == '\n') {
            puts_(b, "\\n");
        } else if (c == '\r') {
            puts_(b, "\\r");
        } else if (c < 0x20 || c == 0x7F || (bytes && c >= 0x80)) {
            putf(b, "\\x%02x", c);
        } else if (c < 0x7F) {
            char ch = (char)c;
            put(b, &ch, 1);
        } else if (!printable(c)) {
            if (c <= 0xFF) putf(b, "\\x%02x", c);
            else if (c <= 0xFFFF) putf(b, "\\u%04x", c);
            else putf(b, "\\U%08x", c);
        } else {
            put(b, s + st, i - st);
        }
    }
    put(b, &quote, 1);
}

static void dump_ident(dbuf *b, const char *s)
{
    dump_str(b, s, strlen(s), false);
}

static void dump_const(dbuf *b, const gp_const *c)
{
    switch (c->kind) {
    case GP_CONST_NONE: puts_(b, "None"); break;
    case GP_CONST_TRUE: puts_(b, "True"); break;
    case GP_CONST_FALSE: puts_(b, "False"); break;
    case GP_CONST_ELLIPSIS: puts_(b, "Ellipsis"); break;
    case GP_CONST_INT: dump_int(b, c->text, c->len); break;
    case GP_CONST_FLOAT: dump_float(b, c->f, true); break;
    case GP_CONST_IMAG: dump_float(b, c->f, false); puts_(b, "j"); break;
    case GP_CONST_STR: dump_str(b, c->text, c->len, false); break;
    case GP_CONST_BYTES: dump_str(b, c->text, c->len, true); break;
    }
}

/* ---- nodes ---- */

static void dump_expr(dbuf *b, const gp_expr *e);
static void dump_stmts(dbuf *b, const gp_stmt_seq *s);

static void dump_loc(dbuf *b, const gp_loc *l)
{
    if (b->attrs)
        putf(b, ", lineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d",
             l->lineno, l->col_offset, l->end_lineno, l->end_col_offset);
}

static void dump_opt_expr(dbuf *b, const gp_expr *e)
{
    if (e)
        dump_expr(b, e);
    else
        puts_(b, "None");
}

static void dump_exprs(dbuf *b, const gp_expr_seq *s)
{
    puts_(b, "[");
    for (size_t i = 0; i < s->n; i++) {
        if (i) puts_(b, ", ");
        dump_opt_expr(b, s->items[i]);
    }
    puts_(b, "]");
}

static const char *ctx_name(gp_expr_ctx c)
{
    return c == GP_CTX_LOAD ? "Load()" : c == GP_CTX_STORE ? "Store()" : "Del()";
}

static const char *binop_name(int op)
{
    static const char *const names[] = { "Add()", "Sub()", "Mult()", "Div()", "FloorDiv()", "Mod()",
                                         "Pow()", "LShift()", "RShift()", "BitAnd()", "BitOr()",
                                         "BitXor()", "MatMult()" };
    return op >= 0 && op < 13 ? names[op] : "?";
}

static const char *cmpop_name(gp_cmpop op)
{
    static const char *const names[] = { "Eq()", "NotEq()", "Lt()", "LtE()", "Gt()", "GtE()",
                                         "Is()", "IsNot()", "In()", "NotIn()" };
    return names[op];
}

static void dump_arg(dbuf *b, const gp_arg *a)
{
    puts_(b, "arg(arg=");
    dump_ident(b, a->arg);
    if (a->annotation) {
        puts_(b, ", annotation=");
        dump_expr(b, a->annotation);
    }
    dump_loc(b, &a->loc);
    puts_(b, ")");
}

static void dump_args_seq(dbuf *b, const gp_arg_seq *s)
{
    puts_(b, "[");
    for (size_t i = 0; i < s->n; i++) {
        if (i) puts_(b, ", ");
        dump_arg(b, s->items[i]);
    }
    puts_(b, "]");
}

static void dump_arguments(dbuf *b, const gp_arguments *a)
{
    puts_(b, "arguments(posonlyargs=");
    dump_args_seq(b, &a->posonlyargs);
    puts_(b, ", args=");
    dump_args_seq(b, &a->args);
    if (a->vararg) {
        puts_(b, ", vararg=");
        dump_arg(b, a->vararg);
    }
    puts_(b, ", kwonlyargs=");
    dump_args_seq(b, &a->kwonlyargs);
    puts_(b, ", kw_defaults=");
    dump_exprs(b, &a->kw_defaults);
    if (a->kwarg) {
        puts_(b, ", kwarg=");
        dump_arg(b, a->kwarg);
    }
    puts_(b, ", defaults=");
    dump_exprs(b, &a->defaults);
    puts_(b, ")");
}

static void dump_keywords(dbuf *b, const gp_keyword_seq *s)
{
    puts_(b, "[");
    for (size_t i = 0; i < s->n; i++) {
        const gp_keyword *k = s->items[i];
        if (i) puts_(b, ", ");
        puts_(b, "keyword(");
        if (k->arg) {
            puts_(b, "arg=");
            dump_ident(b, k->arg);
            puts_(b, ", ");
        }
        puts_(b, "value=");
        dump_expr(b, k->value);
        dump_loc(b, &k->loc);
        puts_(b, ")");
    }
    puts_(b, "]");
}

static void dump_comprehensions(dbuf *b, const gp_comprehension_seq *s)
{
    puts_(b, "[");
    for (size_t i = 0; i < s->n; i++) {
        const gp_comprehension *c = s->items[i];
        if (i) puts_(b, ", ");
        puts_(b, "comprehension(target=");
        dump_expr(b, c->target);
        puts_(b, ", iter=");
        dump_expr(b, c->iter);
        puts_(b, ", ifs=");
        dump_exprs(b, &c->ifs);
        putf(b, ", is_async=%d)", c->is_async ? 1 : 0);
    }
    puts_(b, "]");
}

static void dump_expr(dbuf *b, const gp_expr *e)
{
    switch (e->kind) {
    case GP_EXPR_BOOLOP:
        putf(b, "BoolOp(op=%s, values=", e->v.boolop.op == GP_BOOL_AND ? "And()" : "Or()");
        dump_exprs(b, &e->v.boolop.values);
        break;
    case GP_EXPR_NAMEDEXPR:
        puts_(b, "NamedExpr(target=");
        dump_expr(b, e->v.namedexpr.target);
        puts_(b, ", value=");
        dump_expr(b, e->v.namedexpr.value);
        break;
    case GP_EXPR_BINOP:
        puts_(b, "BinOp(left=");
        dump_expr(b, e->v.binop.left);
        putf(b, ", op=%s, right=", binop_name(e->v.binop.op));
        dump_expr(b, e->v.binop.right);
        break;
    case GP_EXPR_UNARYOP: {
        static const char *const names[] = { "Invert()", "Not()", "UAdd()", "USub()" };
        putf(b, "UnaryOp(op=%s, operand=", names[e->v.unaryop.op]);
        dump_expr(b, e->v.unaryop.operand);
        break;
    }
    case GP_EXPR_LAMBDA:
        puts_(b, "Lambda(args=");
        dump_arguments(b, e->v.lambda.args);
        puts_(b, ", body=");
        dump_expr(b, e->v.lambda.body);
        break;
    case GP_EXPR_IFEXP:
        puts_(b, "IfExp(test=");
        dump_expr(b, e->v.ifexp.test);
        puts_(b, ", body=");
        dump_expr(b, e->v.ifexp.body);
        puts_(b, ", orelse=");
        dump_expr(b, e->v.ifexp.orelse);
        break;
    case GP_EXPR_DICT:
        puts_(b, "Dict(keys=");
        dump_exprs(b, &e->v.dict.keys);
        puts_(b, ", values=");
        dump_exprs(b, &e->v.dict.values);
        break;
    case GP_EXPR_SET:
        puts_(b, "Set(elts=");
        dump_exprs(b, &e->v.set.elts);
        break;
    case GP_EXPR_LISTCOMP:
    case GP_EXPR_SETCOMP:
    case GP_EXPR_GENERATOREXP:
        puts_(b, e->kind == GP_EXPR_LISTCOMP ? "ListComp(elt=" : e->kind == GP_EXPR_SETCOMP
                                              ? "SetComp(elt=" : "GeneratorExp(elt=");
        dump_expr(b, e->v.comp.elt);
        puts_(b, ", generators=");
        dump_comprehensions(b, &e->v.comp.generators);
        break;
    case GP_EXPR_DICTCOMP:
        puts_(b, "DictComp(key=");
        dump_expr(b, e->v.dictcomp.key);
        puts_(b, ", value=");
        dump_expr(b, e->v.dictcomp.value);
        puts_(b, ", generators=");
        dump_comprehensions(b, &e->v.dictcomp.generators);
        break;
    case GP_EXPR_AWAIT:
        puts_(b, "Await(value=");
        dump_expr(b, e->v.await_.value);
        break;
    case GP_EXPR_YIELD:
        puts_(b, "Yield(");
        if (e->v.yield.value) {
            puts_(b, "value=");
            dump_expr(b, e->v.yield.value);
        } else if (b->attrs) {
            /* ast.dump puts ", " before the attributes only after a field */
            b->n -= 0;
        }
        break;
    case GP_EXPR_YIELDFROM:
        puts_(b, "YieldFrom(value=");
        dump_expr(b, e->v.yieldfrom.value);
        break;
    case GP_EXPR_COMPARE:
        puts_(b, "Compare(left=");
        dump_expr(b, e->v.compare.left);
        puts_(b, ", ops=[");
        for (size_t i = 0; i < e->v.compare.n; i++) {
            if (i) puts_(b, ", ");
            puts_(b, cmpop_name(e->v.compare.ops[i]));
        }
        puts_(b, "], comparators=[");
        for (size_t i = 0; i < e->v.compare.n; i++) {
            if (i) puts_(b, ", ");
            dump_expr(b, e->v.compare.comparators[i]);
        }
        puts_(b, "]");
        break;
    case GP_EXPR_CALL:
        puts_(b, "Call(func=");
        dump_expr(b, e->v.call.func);
        puts_(b, ", args=");
        dump_exprs(b, &e->v.call.args);
        puts_(b, ", keywords=");
        dump_keywords(b, &e->v.call.keywords);
        break;
    case GP_EXPR_FORMATTEDVALUE:
        puts_(b, "FormattedValue(value=");
        dump_expr(b, e->v.formattedvalue.value);
        putf(b, ", conversion=%d", e->v.formattedvalue.conversion);
        if (e->v.formattedvalue.format_spec) {
            puts_(b, ", format_spec=");
            dump_expr(b, e->v.formattedvalue.format_spec);
        }
        break;
    case GP_EXPR_JOINEDSTR:
        puts_(b, "JoinedStr(values=");
        dump_exprs(b, &e->v.joinedstr.values);
        break;
    case GP_EXPR_CONSTANT:
        puts_(b, "Constant(value=");
        dump_const(b, &e->v.constant);
        if (e->v.constant.kind_u)
            puts_(b, ", kind='u'");
        break;
    case GP_EXPR_ATTRIBUTE:
        puts_(b, "Attribute(value=");
        dump_expr(b, e->v.attribute.value);
        puts_(b, ", attr=");
        dump_ident(b, e->v.attribute.attr);
        putf(b, ", ctx=%s", ctx_name(e->v.attribute.ctx));
        break;
    case GP_EXPR_SUBSCRIPT:
        puts_(b, "Subscript(value=");
        dump_expr(b, e->v.subscript.value);
        puts_(b, ", slice=");
        dump_expr(b, e->v.subscript.slice);
        putf(b, ", ctx=%s", ctx_name(e->v.subscript.ctx));
        break;
    case GP_EXPR_STARRED:
        puts_(b, "Starred(value=");
        dump_expr(b, e->v.starred.value);
        putf(b, ", ctx=%s", ctx_name(e->v.starred.ctx));
        break;
    case GP_EXPR_NAME:
        puts_(b, "Name(id=");
        dump_ident(b, e->v.name.id);
        putf(b, ", ctx=%s", ctx_name(e->v.name.ctx));
        break;
    case GP_EXPR_LIST:
    case GP_EXPR_TUPLE:
        puts_(b, e->kind == GP_EXPR_LIST ? "List(elts=" : "Tuple(elts=");
        dump_exprs(b, &e->v.list.elts);
        putf(b, ", ctx=%s", ctx_name(e->v.list.ctx));
        break;
    case GP_EXPR_SLICE: {
        puts_(b, "Slice(");
        const char *sep = "";
        if (e->v.slice.lower) { puts_(b, "lower="); dump_expr(b, e->v.slice.lower); sep = ", "; }
        if (e->v.slice.upper) { puts_(b, sep); puts_(b, "upper="); dump_expr(b, e->v.slice.upper); sep = ", "; }
        if (e->v.slice.step) { puts_(b, sep); puts_(b, "step="); dump_expr(b, e->v.slice.step); }
        if (b->attrs && !e->v.slice.lower && !e->v.slice.upper && !e->v.slice.step) {
            putf(b, "lineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d)", e->loc.lineno,
                 e->loc.col_offset, e->loc.end_lineno, e->loc.end_col_offset);
            return;
        }
        break;
    }
    }
    if (b->attrs && e->kind == GP_EXPR_YIELD && !e->v.yield.value) {
        putf(b, "lineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d)", e->loc.lineno,
             e->loc.col_offset, e->loc.end_lineno, e->loc.end_col_offset);
        return;
    }
    dump_loc(b, &e->loc);
    puts_(b, ")");
}

static void dump_aliases(dbuf *b, const gp_alias_seq *s)
{
    puts_(b, "[");
    for (size_t i = 0; i < s->n; i++) {
        const gp_alias *a = s->items[i];
        if (i) puts_(b, ", ");
        puts_(b, "alias(name=");
        dump_ident(b, a->name);
        if (a->asname) {
            puts_(b, ", asname=");
            dump_ident(b, a->asname);
        }
        dump_loc(b, &a->loc);
        puts_(b, ")");
    }
    puts_(b, "]");
}

static void dump_idents(dbuf *b, const gp_ident_seq *s)
{
    puts_(b, "[");
    for (size_t i = 0; i < s->n; i++) {
        if (i) puts_(b, ", ");
        dump_ident(b, s->items[i]);
    }
    puts_(b, "]");
}

static void dump_handlers(dbuf *b, const gp_excepthandler_seq *s)
{
    puts_(b, "[");
    for (size_t i = 0; i < s->n; i++) {
        const gp_excepthandler *h = s->items[i];
        if (i) puts_(b, ", ");
        puts_(b, "ExceptHandler(");
        if (h->type) {
            puts_(b, "type=");
            dump_expr(b, h->type);
            puts_(b, ", ");
        }
        if (h->name) {
            puts_(b, "name=");
            dump_ident(b, h->name);
            puts_(b, ", ");
        }
        puts_(b, "body=");
        dump_stmts(b, &h->body);
        dump_loc(b, &h->loc);
        puts_(b, ")");
    }
    puts_(b, "]");
}

static void dump_pattern(dbuf *b, const gp_pattern *p);

static void dump_patterns(dbuf *b, const gp_pattern_seq *s)
{
    puts_(b, "[");
    for (size_t i = 0; i < s->n; i++) {
        if (i) puts_(b, ", ");
        dump_pattern(b, s->items[i]);
    }
    puts_(b, "]");
}

static void dump_pattern(dbuf *b, const gp_pattern *p)
{
    const char *sep = "";
    switch (p->kind) {
    case GP_PAT_VALUE:
    case GP_PAT_SINGLETON:
        puts_(b, p->kind == GP_PAT_VALUE ? "MatchValue(value=" : "MatchSingleton(value=");
        if (p->kind == GP_PAT_VALUE) dump_expr(b, p->v.value.value);
        else dump_const(b, &p->v.value.value->v.constant);
        sep = ", ";
        break;
    case GP_PAT_SEQUENCE:
    case GP_PAT_OR:
        puts_(b, p->kind == GP_PAT_SEQUENCE ? "MatchSequence(patterns=" : "MatchOr(patterns=");
        dump_patterns(b, &p->v.seq.patterns);
        sep = ", ";
        break;
    case GP_PAT_MAPPING:
        puts_(b, "MatchMapping(keys=");
        dump_exprs(b, &p->v.mapping.keys);
        puts_(b, ", patterns=");
        dump_patterns(b, &p->v.mapping.patterns);
        if (p->v.mapping.rest) {
            puts_(b, ", rest=");
            dump_ident(b, p->v.mapping.rest);
        }
        sep = ", ";
        break;
    case GP_PAT_CLASS:
        puts_(b, "MatchClass(cls=");
        dump_expr(b, p->v.cls.cls);
        puts_(b, ", patterns=");
        dump_patterns(b, &p->v.cls.patterns);
        puts_(b, ", kwd_attrs=");
        dump_idents(b, &p->v.cls.kwd_attrs);
        puts_(b, ", kwd_patterns=");
        dump_patterns(b, &p->v.cls.kwd_patterns);
        sep = ", ";
        break;
    case GP_PAT_STAR:
        puts_(b, "MatchStar(");
        if (p->v.star.name) {
            puts_(b, "name=");
            dump_ident(b, p->v.star.name);
            sep = ", ";
        }
        break;
    case GP_PAT_AS:
        puts_(b, "MatchAs(");
        if (p->v.as.pattern) {
            puts_(b, "pattern=");
            dump_pattern(b, p->v.as.pattern);
            sep = ", ";
        }
        if (p->v.as.name) {
            puts_(b, sep);
            puts_(b, "name=");
            dump_ident(b, p->v.as.name);
            sep = ", ";
        }
        break;
    }
    if (b->attrs)
        putf(b, "%slineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d", sep, p->loc.lineno,
             p->loc.col_offset, p->loc.end_lineno, p->loc.end_col_offset);
    puts_(b, ")");
}

static void dump_stmt(dbuf *b, const gp_stmt *s)
{
    switch (s->kind) {
    case GP_STMT_FUNCTIONDEF:
    case GP_STMT_ASYNCFUNCTIONDEF:
        puts_(b, s->kind == GP_STMT_FUNCTIONDEF ? "FunctionDef(name=" : "AsyncFunctionDef(name=");
        dump_ident(b, s->v.funcdef.name);
        puts_(b, ", args=");
        dump_arguments(b, s->v.funcdef.args);
        puts_(b, ", body=");
        dump_stmts(b, &s->v.funcdef.body);
        puts_(b, ", decorator_list=");
        dump_exprs(b, &s->v.funcdef.decorator_list);
        if (s->v.funcdef.returns) {
            puts_(b, ", returns=");
            dump_expr(b, s->v.funcdef.returns);
        }
        break;
    case GP_STMT_CLASSDEF:
        puts_(b, "ClassDef(name=");
        dump_ident(b, s->v.classdef.name);
        puts_(b, ", bases=");
        dump_exprs(b, &s->v.classdef.bases);
        puts_(b, ", keywords=");
        dump_keywords(b, &s->v.classdef.keywords);
        puts_(b, ", body=");
        dump_stmts(b, &s->v.classdef.body);
        puts_(b, ", decorator_list=");
        dump_exprs(b, &s->v.classdef.decorator_list);
        break;
    case GP_STMT_RETURN:
        puts_(b, "Return(");
        if (s->v.return_.value) {
            puts_(b, "value=");
            dump_expr(b, s->v.return_.value);
        } else if (b->attrs) {
            putf(b, "lineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d)", s->loc.lineno,
                 s->loc.col_offset, s->loc.end_lineno, s->loc.end_col_offset);
            return;
        }
        break;
    case GP_STMT_DELETE:
        puts_(b, "Delete(targets=");
        dump_exprs(b, &s->v.delete_.targets);
        break;
    case GP_STMT_ASSIGN:
        puts_(b, "Assign(targets=");
        dump_exprs(b, &s->v.assign.targets);
        puts_(b, ", value=");
        dump_expr(b, s->v.assign.value);
        break;
    case GP_STMT_AUGASSIGN:
        puts_(b, "AugAssign(target=");
        dump_expr(b, s->v.augassign.target);
        putf(b, ", op=%s, value=", binop_name(s->v.augassign.op));
        dump_expr(b, s->v.augassign.value);
        break;
    case GP_STMT_ANNASSIGN:
        puts_(b, "AnnAssign(target=");
        dump_expr(b, s->v.annassign.target);
        puts_(b, ", annotation=");
        dump_expr(b, s->v.annassign.annotation);
        if (s->v.annassign.value) {
            puts_(b, ", value=");
            dump_expr(b, s->v.annassign.value);
        }
        putf(b, ", simple=%d", s->v.annassign.simple ? 1 : 0);
        break;
    case GP_STMT_FOR:
    case GP_STMT_ASYNCFOR:
        puts_(b, s->kind == GP_STMT_FOR ? "For(target=" : "AsyncFor(target=");
        dump_expr(b, s->v.for_.target);
        puts_(b, ", iter=");
        dump_expr(b, s->v.for_.iter);
        puts_(b, ", body=");
        dump_stmts(b, &s->v.for_.body);
        puts_(b, ", orelse=");
        dump_stmts(b, &s->v.for_.orelse);
        break;
    case GP_STMT_WHILE:
    case GP_STMT_IF:
        puts_(b, s->kind == GP_STMT_WHILE ? "While(test=" : "If(test=");
        dump_expr(b, s->v.if_.test);
        puts_(b, ", body=");
        dump_stmts(b, &s->v.if_.body);
        puts_(b, ", orelse=");
        dump_stmts(b, &s->v.if_.orelse);
        break;
    case GP_STMT_WITH:
    case GP_STMT_ASYNCWITH:
        puts_(b, s->kind == GP_STMT_WITH ? "With(items=[" : "AsyncWith(items=[");
        for (size_t i = 0; i < s->v.with.items.n; i++) {
            const gp_withitem *w = s->v.with.items.items[i];
            if (i) puts_(b, ", ");
            puts_(b, "withitem(context_expr=");
            dump_expr(b, w->context_expr);
            if (w->optional_vars) {
                puts_(b, ", optional_vars=");
                dump_expr(b, w->optional_vars);
            }
            puts_(b, ")");
        }
        puts_(b, "], body=");
        dump_stmts(b, &s->v.with.body);
        break;
    case GP_STMT_RAISE: {
        puts_(b, "Raise(");
        const char *sep = "";
        if (s->v.raise.exc) { puts_(b, "exc="); dump_expr(b, s->v.raise.exc); sep = ", "; }
        if (s->v.raise.cause) { puts_(b, sep); puts_(b, "cause="); dump_expr(b, s->v.raise.cause); sep = ", "; }
        if (b->attrs && !*sep) {
            putf(b, "lineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d)", s->loc.lineno,
                 s->loc.col_offset, s->loc.end_lineno, s->loc.end_col_offset);
            return;
        }
        break;
    }
    case GP_STMT_TRY:
    case GP_STMT_TRYSTAR:
        puts_(b, s->kind == GP_STMT_TRY ? "Try(body=" : "TryStar(body=");
        dump_stmts(b, &s->v.try_.body);
        puts_(b, ", handlers=");
        dump_handlers(b, &s->v.try_.handlers);
        puts_(b, ", orelse=");
        dump_stmts(b, &s->v.try_.orelse);
        puts_(b, ", finalbody=");
        dump_stmts(b, &s->v.try_.finalbody);
        break;
    case GP_STMT_ASSERT:
        puts_(b, "Assert(test=");
        dump_expr(b, s->v.assert_.test);
        if (s->v.assert_.msg) {
            puts_(b, ", msg=");
            dump_expr(b, s->v.assert_.msg);
        }
        break;
    case GP_STMT_IMPORT:
        puts_(b, "Import(names=");
        dump_aliases(b, &s->v.import.names);
        break;
    case GP_STMT_IMPORTFROM:
        puts_(b, "ImportFrom(");
        if (s->v.importfrom.module) {
            puts_(b, "module=");
            dump_ident(b, s->v.importfrom.module);
            puts_(b, ", ");
        }
        puts_(b, "names=");
        dump_aliases(b, &s->v.importfrom.names);
        putf(b, ", level=%d", s->v.importfrom.level);
        break;
    case GP_STMT_GLOBAL:
    case GP_STMT_NONLOCAL:
        puts_(b, s->kind == GP_STMT_GLOBAL ? "Global(names=" : "Nonlocal(names=");
        dump_idents(b, &s->v.global.names);
        break;
    case GP_STMT_EXPR:
        puts_(b, "Expr(value=");
        dump_expr(b, s->v.expr.value);
        break;
    case GP_STMT_MATCH:
        puts_(b, "Match(subject=");
        dump_expr(b, s->v.match.subject);
        puts_(b, ", cases=[");
        for (size_t i = 0; i < s->v.match.cases.n; i++) {
            const gp_match_case *mc = s->v.match.cases.items[i];
            if (i) puts_(b, ", ");
            puts_(b, "match_case(pattern=");
            dump_pattern(b, mc->pattern);
            if (mc->guard) {
                puts_(b, ", guard=");
                dump_expr(b, mc->guard);
            }
            puts_(b, ", body=");
            dump_stmts(b, &mc->body);
            puts_(b, ")");
        }
        puts_(b, "]");
        break;
    case GP_STMT_PASS:
    case GP_STMT_BREAK:
    case GP_STMT_CONTINUE:
        puts_(b, s->kind == GP_STMT_PASS ? "Pass(" : s->kind == GP_STMT_BREAK ? "Break(" : "Continue(");
        if (b->attrs) {
            putf(b, "lineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d)", s->loc.lineno,
                 s->loc.col_offset, s->loc.end_lineno, s->loc.end_col_offset);
            return;
        }
        puts_(b, ")");
        return;
    }
    dump_loc(b, &s->loc);
    puts_(b, ")");
}

static void dump_stmts(dbuf *b, const gp_stmt_seq *s)
{
    puts_(b, "[");
    for (size_t i = 0; i < s->n; i++) {
        if (i) puts_(b, ", ");
        dump_stmt(b, s->items[i]);
    }
    puts_(b, "]");
}

static char *dump_mod(const gp_mod *mod, bool attrs)
{
    dbuf b = {0};
    b.attrs = attrs;
    switch (mod->kind) {
    case GP_MOD_MODULE:
        puts_(&b, "Module(body=");
        dump_stmts(&b, &mod->body);
        puts_(&b, ", type_ignores=[])");
        break;
    case GP_MOD_INTERACTIVE:
        puts_(&b, "Interactive(body=");
        dump_stmts(&b, &mod->body);
        puts_(&b, ")");
        break;
    case GP_MOD_EXPRESSION:
        puts_(&b, "Expression(body=");
        dump_expr(&b, mod->expr);
        puts_(&b, ")");
        break;
    }
    if (b.oom) {
        free(b.s);
        return NULL;
    }
    return b.s;
}

char *gp_ast_dump(const gp_mod *mod)
{
    return dump_mod(mod, false);
}

char *gp_ast_dump_attrs(const gp_mod *mod)
{
    return dump_mod(mod, true);
}
