/* fuzz_pdf.c — libFuzzer harness for check-pdf's reader: any bytes go to
 * pdf_check (qpdf parse, structure tree walk, content stream tokeniser,
 * every checkpoint). The promise under test: no crash, no leak, no hang,
 * whatever the file; a diagnostic list comes back. Built by tools/fuzz. */
#include <stddef.h>
#include <stdint.h>
#include "pdf/pdf_check.h"
#include "util/diag.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    diag_list *diags = diag_list_create();
    (void)pdf_check(data, size, "fuzz.pdf", diags);
    /* every diagnostic must be printable: exercises the message strings */
    for (size_t i = 0; i < diag_count(diags); i++) {
        const diag *d = diag_get(diags, i);
        if (!d->rule || !d->message) __builtin_trap();
    }
    diag_list_destroy(diags);
    return 0;
}
