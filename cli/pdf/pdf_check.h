/* pdf_check.h — the machine-checkable part of PDF/UA-1 (ISO 14289-1),
 * named by Matterhorn Protocol 1.1 checkpoint. Each failure is one
 * diagnostic: rule "MH-<checkpoint>" (or "UA1-..." for ISO requirements
 * Matterhorn does not number), a plain-English message ending in
 * "(ISO 14289-1 <clause>)". Checks that need a person (is the Alt text
 * right? is the reading order logical?) are not attempted. */
#ifndef EHCP_PDF_CHECK_H
#define EHCP_PDF_CHECK_H

#include <stddef.h>
#include "../util/diag.h"

typedef struct {
    const char *rule;    /* "MH-06-001" */
    const char *clause;  /* "7.1" */
    const char *what;    /* what passing means, for --verbose and JSON */
} pdf_checkpoint;

/* The table of every checkpoint this checker implements. */
const pdf_checkpoint *pdf_checkpoints(size_t *count);
/* The entry for rule, or NULL. */
const pdf_checkpoint *pdf_checkpoint_find(const char *rule);

/* Checks pdf[0..len). name is used as the file of each diagnostic.
 * Returns 0 when the file was checked (failures are DIAG_ERROR entries in
 * diags), or -1 when it cannot be read as a PDF (one "PDF" error added). */
int pdf_check(const unsigned char *pdf, size_t len, const char *name, diag_list *diags);

#endif
