/* check_fonts.c — ISO 14289-1 7.21 (Matterhorn 31): every font used by a
 * page (directly or in form XObjects) is embedded (7.21.4.1), TrueType
 * encodings follow 7.21.6, and text maps to Unicode through /ToUnicode or
 * a known encoding (7.21.7). Glyph-level checks (widths, .notdef, CIDSet)
 * are not made. */
#include "pdf_check_internal.h"
#include "pdf_qpdf.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_RES_DEPTH 8

static int is_std_encoding(const char *name)
{
    return !strcmp(name, "WinAnsiEncoding") || !strcmp(name, "MacRomanEncoding") ||
           !strcmp(name, "MacExpertEncoding");
}

/* The encoding's name, or its /BaseEncoding, or "". */
static const char *encoding_name(qpdf_data q, qpdf_oh font)
{
    qpdf_oh enc = qpdf_oh_get_key(q, font, "/Encoding");
    if (qpdf_oh_is_name(q, enc)) return pdfq_name(q, enc);
    return pdfq_name(q, qpdf_oh_get_key(q, enc, "/BaseEncoding"));
}

static int cid_collection_known(qpdf_data q, qpdf_oh cidfont)
{
    qpdf_oh info = qpdf_oh_get_key(q, cidfont, "/CIDSystemInfo");
    char *reg = pdfq_text(q, qpdf_oh_get_key(q, info, "/Registry"));
    char *ord = pdfq_text(q, qpdf_oh_get_key(q, info, "/Ordering"));
    int known = reg && ord && !strcmp(reg, "Adobe") &&
                (!strcmp(ord, "GB1") || !strcmp(ord, "CNS1") || !strcmp(ord, "Japan1") ||
                 !strcmp(ord, "Korea1"));
    free(reg);
    free(ord);
    return known;
}

/* 1 when the hex token <...> is 0000, FEFF or FFFE (not characters). */
static int bad_unicode(const unsigned char *s, const pdf_tok *t)
{
    char v[8];
    size_t n = 0;
    for (size_t i = t->start + 1; i + 1 < t->start + t->len && n < 7; i++) {
        unsigned char ch = s[i];
        if (ch == ' ' || ch == '\n' || ch == '\r' || ch == '\t') continue;
        v[n++] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
    }
    v[n] = '\0';
    return !strcmp(v, "0000") || !strcmp(v, "feff") || !strcmp(v, "fffe");
}

/* Reads the bfchar and bfrange sections of a ToUnicode CMap with the
 * content tokeniser; 1 when a code maps to a non-character. */
static int tounicode_bad(qpdf_data q, qpdf_oh cmap)
{
    unsigned char *buf = NULL;
    size_t len = 0, pos = 0, nth = 0;
    if (qpdf_oh_get_stream_data(q, cmap, qpdf_dl_generalized, NULL, &buf, &len) & QPDF_ERRORS) {
        pdfq_take_error(q);
        free(buf);
        return 0;
    }
    int section = 0, bad = 0; /* 2 = bfchar pairs, 3 = bfrange triples */
    pdf_tok t;
    for (pdf_lex(buf, len, &pos, &t); t.kind != PDF_TOK_END && t.kind != PDF_TOK_BAD && !bad;
         pdf_lex(buf, len, &pos, &t)) {
        if (t.kind == PDF_TOK_KEYWORD) {
            section = t.len == 11 && !memcmp(buf + t.start, "beginbfchar", 11) ? 2
                    : t.len == 12 && !memcmp(buf + t.start, "beginbfrange", 12) ? 3 : 0;
            nth = 0;
        } else if (section && (t.kind == PDF_TOK_HEX || t.kind == PDF_TOK_ARRAY)) {
            if (++nth % (size_t)section == 0 && t.kind == PDF_TOK_HEX) bad = bad_unicode(buf, &t);
        }
    }
    free(buf);
    return bad;
}

static void check_font(pdf_check_ctx *c, qpdf_oh font, const char *res_name)
{
    qpdf_data q = c->q;
    char sub[32], name[128];
    snprintf(sub, sizeof sub, "%s", pdfq_name(q, qpdf_oh_get_key(q, font, "/Subtype")));
    snprintf(name, sizeof name, "%s", pdfq_name(q, qpdf_oh_get_key(q, font, "/BaseFont")));
    if (!name[0]) snprintf(name, sizeof name, "%s", res_name);
    if (!strcmp(sub, "Type3")) return;
    int type0 = !strcmp(sub, "Type0");
    qpdf_oh desc_font = type0 ? qpdf_oh_get_array_item(q, qpdf_oh_get_key(q, font, "/DescendantFonts"), 0)
                              : font;
    qpdf_oh fd = qpdf_oh_get_key(q, desc_font, "/FontDescriptor");
    if (!qpdf_oh_has_key(q, fd, "/FontFile") && !qpdf_oh_has_key(q, fd, "/FontFile2") &&
        !qpdf_oh_has_key(q, fd, "/FontFile3"))
        pdf_check_fail(c, "MH-31-007", "font %s is not embedded", name);
    int has_tounicode = qpdf_oh_has_key(q, font, "/ToUnicode");
    const char *enc = encoding_name(q, font);
    if (!has_tounicode && (type0 ? !cid_collection_known(q, desc_font) : !is_std_encoding(enc)))
        pdf_check_fail(c, "MH-31-027", "font %s has no /ToUnicode map, so its text cannot be "
                       "read as Unicode", name);
    if (has_tounicode && tounicode_bad(q, qpdf_oh_get_key(q, font, "/ToUnicode")))
        pdf_check_fail(c, "MH-31-028", "the ToUnicode map of font %s maps a code to U+0000, "
                       "U+FEFF or U+FFFE", name);
    if (strcmp(sub, "TrueType")) return;
    qpdf_oh flags = qpdf_oh_get_key(q, fd, "/Flags");
    int symbolic = qpdf_oh_is_integer(q, flags) && (qpdf_oh_get_int_value(q, flags) & 4);
    if (symbolic && qpdf_oh_has_key(q, font, "/Encoding"))
        pdf_check_fail(c, "MH-31-018", "symbolic TrueType font %s has an /Encoding", name);
    else if (!symbolic && strcmp(enc, "WinAnsiEncoding") && strcmp(enc, "MacRomanEncoding"))
        pdf_check_fail(c, "MH-31-016", "non-symbolic TrueType font %s does not use "
                       "WinAnsiEncoding or MacRomanEncoding", name);
}

static void check_resources(pdf_check_ctx *c, qpdf_oh res, int depth, pdfq_idset *seen)
{
    qpdf_data q = c->q;
    if (depth > MAX_RES_DEPTH || !qpdf_oh_is_dictionary(q, res)) return;
    for (int pass = 0; pass < 2; pass++) {
        qpdf_oh dict = qpdf_oh_get_key(q, res, pass ? "/XObject" : "/Font");
        if (!qpdf_oh_is_dictionary(q, dict)) continue;
        char **keys = NULL;
        size_t n = 0;
        qpdf_oh_begin_dict_key_iter(q, dict);
        while (qpdf_oh_dict_more_keys(q) && n < 10000) {
            keys = xrealloc(keys, (n + 1) * sizeof *keys);
            keys[n++] = xstrdup(qpdf_oh_dict_next_key(q));
        }
        for (size_t i = 0; i < n; i++) {
            qpdf_oh v = qpdf_oh_get_key(q, dict, keys[i]);
            long long id = pdfq_id(q, v);
            if (!id || pdfq_idset_add(seen, id)) {
                if (!pass && qpdf_oh_is_dictionary(q, v)) check_font(c, v, keys[i] + 1);
                else if (pass && qpdf_oh_is_stream(q, v))
                    check_resources(c, qpdf_oh_get_key(q, qpdf_oh_get_dict(q, v), "/Resources"),
                                    depth + 1, seen);
            }
            free(keys[i]);
        }
        free(keys);
    }
}

void pdf_check_fonts(pdf_check_ctx *c)
{
    pdfq_idset seen;
    pdfq_idset_init(&seen);
    for (int p = 0; p < c->n_pages; p++)
        check_resources(c, qpdf_oh_get_key(c->q, qpdf_get_page_n(c->q, (size_t)p), "/Resources"),
                        0, &seen);
    pdfq_idset_free(&seen);
    pdfq_take_error(c->q);
}
