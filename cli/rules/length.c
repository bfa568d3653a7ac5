/* length.c — plans people can read (LENGTH-): the history in Section A fits
 * on about one page, as the national template asks. */
#include "rule_checks.h"
#include <stdlib.h>

/* About one A4 page of 11-point text. */
#define HISTORY_MAX_WORDS 500

void check_history_length(rule_context *ctx)
{
    const xmlNode *h = plan_at(ctx->root, "section-a/history");
    char *text = plan_text(h);
    size_t words = text_word_count(text);
    free(text);
    if (words <= HISTORY_MAX_WORDS) return;
    rule_report(ctx, h, "Section A's history is %zu words; keep it to about %d (one page) so the "
                "family can read it — summarise, and leave the detail in the advice in Section K",
                words, HISTORY_MAX_WORDS);
}
