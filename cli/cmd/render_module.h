/* render_module.h — the commands that draw or read PDFs (render, check-pdf,
 * diff) live in a shared object loaded only when one of them runs.
 *
 * Why: Pango, Cairo, HarfBuzz, fontconfig, librsvg and libqpdf (with its
 * C++ runtime and crypto libraries) are about 50 shared libraries; loading
 * and relocating them cost ~20 ms of every process, which made `ehcp
 * validate` of one plan 3 to 4 times slower than the validation itself.
 * The ehcp executable links only libxml2 and libxslt; `ehcp render`
 * dlopens the module, which costs what linking it did.
 *
 * The module is EHCP_RENDER_MODULE beside the executable (build/bin,
 * bin/), else in EHCP_LIBDIR_DEFAULT; it exports one function. */
#ifndef EHCP_RENDER_MODULE_H
#define EHCP_RENDER_MODULE_H

#define EHCP_RENDER_MODULE "ehcp-render.so"
#define EHCP_RENDER_MODULE_ENTRY "ehcp_render_module_run"

/* The module's entry: runs command name ("render", "check-pdf", "diff")
 * with argv[0] == name; returns its exit status, or -1 when the module
 * has no such command. */
typedef int (*render_module_entry)(const char *name, int argc, char **argv);

/* Loads the module and runs name. On a load failure prints why to stderr
 * and returns EXIT_USAGE (2). */
int render_module_run(const char *name, int argc, char **argv);

#endif
