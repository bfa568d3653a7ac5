/* fuzz_plan.c — libFuzzer harness for reading and judging a plan: the bytes
 * go through xml_safe_read_memory (the only XML reader), then, when they are
 * a plan element in the plan namespace, XSD validation against
 * schema/ehcp.xsd and every plan rule. The promise under test: no crash, no
 * leak, no hang, and a document is never returned together with an error.
 * Needs EHCP_DATADIR (tools/fuzz sets it to the repository). */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/parser.h>
#include "plan/plan_load.h"
#include "rules/rules.h"
#include "util/diag.h"
#include "util/xml_safe.h"

/* Loaded once: compiling the schema per input would make the fuzzer a
 * schema-compiler benchmark. libFuzzer runs inputs on one thread. */
static xsd_schema *plan_schema;
static rules_config *config;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc; (void)argv;
    xmlInitParser();
    xml_safe_init();
    const char *datadir = getenv("EHCP_DATADIR");
    diag_list *diags = diag_list_create();
    plan_schema = xsd_schema_load(datadir ? datadir : ".", "ehcp.xsd", diags);
    diag_list_destroy(diags);
    config = rules_config_create();
    rules_config_set_today(config, 20454); /* 2026-01-01: deterministic */
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    xml_limits limits;
    xml_limits_default(&limits);
    diag_list *diags = diag_list_create();
    xmlDocPtr doc = xml_safe_read_memory((const char *)data, size, "fuzz.xml", &limits, diags);
    if (!doc) {
        if (diag_count_severity(diags, DIAG_ERROR) != 1) __builtin_trap();
    } else {
        if (diag_count(diags) != 0) __builtin_trap();
        xmlNode *root = xmlDocGetRootElement(doc);
        int is_plan = root && root->ns && root->ns->href &&
                      strcmp((const char *)root->name, "plan") == 0 &&
                      strcmp((const char *)root->ns->href, EHCP_PLAN_NS) == 0;
        /* rules assume a schema-valid plan, as ehcp validate guarantees */
        if (is_plan && plan_schema &&
            xsd_schema_validate(plan_schema, doc, "fuzz.xml", diags) == 0)
            rules_check_plan(doc, "fuzz.xml", config, NULL, NULL, diags);
        xmlFreeDoc(doc);
    }
    diag_sort(diags);
    diag_list_destroy(diags);
    return 0;
}
