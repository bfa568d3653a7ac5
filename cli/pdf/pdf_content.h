/* pdf_content.h — a tokeniser for PDF content streams (ISO 32000-1 7.2 and
 * 8.2) and the marked-content walk shared by the finishing pass and the
 * checker. Strings with escaped or nested parentheses, hex strings, names,
 * arrays, dictionaries, comments and inline images (BI ... ID data EI) are
 * read as tokens, so text like "(EMC)" inside a string is never an operator. */
#ifndef EHCP_PDF_CONTENT_H
#define EHCP_PDF_CONTENT_H

#include <stddef.h>
#include "../util/xmem.h"

typedef enum {
    PDF_TOK_END, PDF_TOK_NUMBER, PDF_TOK_STRING, PDF_TOK_HEX, PDF_TOK_NAME,
    PDF_TOK_ARRAY, PDF_TOK_DICT, /* whole composite value, nested */
    PDF_TOK_KEYWORD, PDF_TOK_BAD
} pdf_tok_kind;

typedef struct {
    pdf_tok_kind kind;
    size_t start, len;
} pdf_tok;

/* The next token of s[0..n) from *pos (composites whole); advances *pos. */
void pdf_lex(const unsigned char *s, size_t n, size_t *pos, pdf_tok *t);

#define PDF_OP_MAX_ARGS 8

/* One operation: operands then an operator keyword. */
typedef struct {
    char op[4];                   /* "Tj", "BDC", "BI" (inline image) ... */
    size_t start, end;            /* bytes of operands and operator */
    pdf_tok args[PDF_OP_MAX_ARGS];
    size_t nargs;                 /* operands kept (first ones) */
} pdf_op;

typedef struct {
    const unsigned char *s;
    size_t n, pos;
    int error;                    /* 1 after a malformed token */
} pdf_ops;

void pdf_ops_init(pdf_ops *it, const unsigned char *s, size_t n);
/* 1 and *op filled, or 0 at the end (check it->error). */
int pdf_ops_next(pdf_ops *it, pdf_op *op);

/* 1 for operators that make marks on the page: text showing, path
 * painting (not n), sh, Do and inline images. */
int pdf_op_paints(const char *op);
/* 1 for path construction and clipping operators (m l c v y h re W W*). */
int pdf_op_builds_path(const char *op);

/* For BDC operands "/Tag << /MCID n ... >>": the MCID, or -1. */
long pdf_bdc_mcid(const unsigned char *s, const pdf_op *op);
/* 1 when the inline property dictionary of a BDC has key (e.g. "Lang")
 * holding a string; the string's raw bytes are copied to val (owned). */
int pdf_bdc_string(const unsigned char *s, const pdf_op *op, const char *key,
                   char **val);
/* The tag name of BMC/BDC (without slash) copied into buf. */
void pdf_mc_tag(const unsigned char *s, const pdf_op *op, char *buf, size_t size);

/* What one walk over a content stream found. */
typedef struct {
    size_t untagged_paints;      /* paint ops neither tagged nor artifact */
    size_t artifact_in_tagged;   /* Artifact inside an MCID sequence */
    size_t tagged_in_artifact;   /* MCID sequence inside an Artifact */
    size_t unbalanced;           /* EMC without BMC/BDC, or left open */
    size_t untagged_text;        /* of untagged_paints, text showing */
    long *nolang_text_mcids;     /* MCIDs holding text with no /Lang in any
                                    enclosing marked content (owned) */
    size_t n_nolang_text_mcids;
    long *alt_no_lang_mcids;     /* MCIDs (or -1) with ActualText/Alt/E, no Lang */
    size_t n_alt_no_lang_mcids;
    char **langs;                /* every /Lang value in property lists (owned) */
    size_t n_langs;
    char **untagged_xobjects;    /* names used by Do at untagged places */
    size_t n_untagged_xobjects;
    int syntax_error;
} pdf_mc_report;

/* Walks s[0..n) and adds what it finds to *r (zero it first). */
void pdf_mc_scan(const unsigned char *s, size_t n, pdf_mc_report *r);
void pdf_mc_report_free(pdf_mc_report *r);

/* The finishing pass's rewrite: every "/Private <<...>> BDC" becomes
 * "/Artifact BMC" (its MCID is appended to *private_mcids), and every paint
 * operation that is neither tagged nor artifact is wrapped in
 * "/Artifact BMC ... EMC" (with its path construction). Returns the number
 * of operations wrapped; -1 on a syntax error (out is then untouched). */
long pdf_mc_rewrite(const unsigned char *s, size_t n, bytebuf *out,
                    long **private_mcids, size_t *n_private);

#endif
