/*
 * unicode.c — character classification and case mapping for code
 * points. The C library's C.UTF-8 locale supplies the Unicode tables
 * (towupper, iswalpha, ...); ASCII stays on a fast path that needs no
 * locale.
 */
#include <locale.h>
#include <wctype.h>

#include "types.h"
#include "internal.h"

static locale_t utf8_locale;
static bool locale_tried;

static locale_t loc(void)
{
    if (!locale_tried) {
        locale_tried = true;
        utf8_locale = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
    }
    return utf8_locale;
}

bool gp_str_isspace_cp(uint32_t c)
{
    if (c < 128) return c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
    return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
           c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

bool gp_unicode_isalpha(uint32_t c)
{
    if (c < 128) return (c | 32) >= 'a' && (c | 32) <= 'z';
    if (gp_unicode_isnumeric(c)) return false;
    return loc() && iswalpha_l((wint_t)c, loc());
}

bool gp_unicode_isdecimal(uint32_t c)
{
    if (c < 128) return c >= '0' && c <= '9';
    /* Common decimal digit blocks (Nd): Arabic-Indic, Devanagari, fullwidth, ... */
    static const uint32_t zeros[] = {0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6,
                                     0xC66, 0xCE6, 0xD66, 0xE50, 0xED0, 0xF20, 0x1040, 0xFF10};
    for (size_t i = 0; i < sizeof zeros / sizeof zeros[0]; i++)
        if (c >= zeros[i] && c < zeros[i] + 10) return true;
    return false;
}

bool gp_unicode_isdigit(uint32_t c)
{
    return gp_unicode_isdecimal(c) || (c >= 0xB2 && c <= 0xB3) || c == 0xB9 || (c >= 0x2070 && c <= 0x2079 && c != 0x2071 && c != 0x2072 && c != 0x2073) ||
           (c >= 0x2080 && c <= 0x2089) || (c >= 0x2460 && c <= 0x2468);
}

bool gp_unicode_isnumeric(uint32_t c)
{
    return gp_unicode_isdigit(c) || c == 0xBC || c == 0xBD || c == 0xBE || (c >= 0x2150 && c <= 0x2189) ||
           (c >= 0x4E00 && (c == 0x4E00 || c == 0x4E8C || c == 0x4E09 || c == 0x56DB || c == 0x4E94 ||
                            c == 0x516D || c == 0x4E03 || c == 0x516B || c == 0x4E5D || c == 0x5341));
}

bool gp_unicode_isupper(uint32_t c)
{
    if (c < 128) return c >= 'A' && c <= 'Z';
    return loc() && iswupper_l((wint_t)c, loc());
}

bool gp_unicode_islower(uint32_t c)
{
    if (c < 128) return c >= 'a' && c <= 'z';
    if (c == 0xAA || c == 0xBA) return true;
    return loc() && iswlower_l((wint_t)c, loc());
}

uint32_t gp_unicode_toupper(uint32_t c)
{
    if (c < 128) return c >= 'a' && c <= 'z' ? c - 32 : c;
    return loc() ? (uint32_t)towupper_l((wint_t)c, loc()) : c;
}

uint32_t gp_unicode_totitle(uint32_t c)
{
    static wctrans_t title;
    static bool tried;
    if (c < 128) return c >= 'a' && c <= 'z' ? c - 32 : c;
    if (!loc()) return c;
    if (!tried) { tried = true; title = wctrans_l("totitle", loc()); }
    return title ? (uint32_t)towctrans_l((wint_t)c, title, loc()) : (uint32_t)towupper_l((wint_t)c, loc());
}

/* Full (one-to-many) upper/title case mappings from Unicode's SpecialCasing
 * for the characters programs meet; NULL when the simple mapping applies. */
const char *gp_unicode_special_upper(uint32_t c, bool title)
{
    switch (c) {
    case 0xDF: return title ? "Ss" : "SS";
    case 0x149: return "\xCA\xBCN";
    case 0xFB00: return title ? "Ff" : "FF";
    case 0xFB01: return title ? "Fi" : "FI";
    case 0xFB02: return title ? "Fl" : "FL";
    case 0xFB03: return title ? "Ffi" : "FFI";
    case 0xFB04: return title ? "Ffl" : "FFL";
    case 0xFB05: case 0xFB06: return title ? "St" : "ST";
    default: return NULL;
    }
}

uint32_t gp_unicode_tolower(uint32_t c)
{
    if (c < 128) return c >= 'A' && c <= 'Z' ? c + 32 : c;
    return loc() ? (uint32_t)towlower_l((wint_t)c, loc()) : c;
}

bool gp_unicode_isprintable(uint32_t c)
{
    if (c < 128) return c >= 0x20 && c < 0x7f;
    if (c < 0xA1 || c == 0xAD) return false;
    if ((c >= 0x2000 && c <= 0x200F) || (c >= 0x2028 && c <= 0x202F) || (c >= 0x205F && c <= 0x206F)) return false;
    if (c == 0x3000 || c == 0xFEFF || (c >= 0xFFF0 && c <= 0xFFFB) || c == 0xFFFE || c == 0xFFFF) return false;
    if ((c >= 0xD800 && c <= 0xF8FF) || c >= 0xE0000) return false; /* surrogates, private use, tags */
    if (c == 0x1680 || c == 0x180E || c == 0x061C || (c >= 0x0600 && c <= 0x0605) || c == 0x06DD) return false;
    if (loc()) return iswprint_l((wint_t)c, loc()) != 0;
    return true;
}

bool gp_unicode_isalnum(uint32_t c) { return gp_unicode_isalpha(c) || gp_unicode_isnumeric(c); }

bool gp_unicode_isidstart(uint32_t c) { return c == '_' || gp_unicode_isalpha(c); }
bool gp_unicode_isidcontinue(uint32_t c) { return gp_unicode_isidstart(c) || gp_unicode_isdecimal(c) || (c >= 0x300 && c <= 0x36F); }
