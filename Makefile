# ehcp — build, demo and tests. Two commands do everything on Debian 12:
#   make demo    install missing packages, build, validate and render every sample into out/
#   make check   the same set-up, then every test (unit, corpus, PDF checks, sanitizers, fuzz)

CC      ?= gcc
BUILD   ?= build
# The executable links only XML_PKGS; the commands that draw or read PDFs are
# in a module beside it (ehcp-render.so) that links everything, loaded when
# one of them runs: see cli/cmd/render_module.h for why.
XML_PKGS = libxml-2.0 libxslt
PKGS     = $(XML_PKGS) pangocairo pangoft2 harfbuzz fontconfig cairo libqpdf
# Still dependencies, opened (dlopen) only when needed, so headers only here:
# librsvg by cli/layout/image.c for the first SVG picture, libexslt by
# cli/page/page_sandbox.c for a template that declares an EXSLT namespace.
# Linked, they and what only they need (gdk-pixbuf; libgcrypt) cost every run
# ~5M and ~1.5M instructions and ~200 and ~27 page faults of start-up.
DLOPEN_PKGS = librsvg-2.0 libexslt
OPT     ?= -O2 -g
# -fPIC: the same objects go into the executable and the shared module.
CFLAGS  += -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Wall -Wextra -Wpedantic $(OPT) \
           -fPIC $(shell pkg-config --cflags $(PKGS) $(DLOPEN_PKGS) 2>/dev/null) $(SAN)
LDFLAGS += $(SAN)
# The dynamic loader looks each of the ~12,500 symbols bound at start-up up in
# the libraries in load order (these, then their dependencies), and most are
# libc's, or libstdc++'s for libqpdf (found ~25 libraries down the list
# otherwise): naming these first cuts start-up by ~4.6M instructions (callgrind
# of --version). Every symbol defined twice still binds to the same library as
# before (libm before libc; libqpdf's copies of libstdc++ templates before it).
EARLY_LIBS = -lm -lc -lqpdf -lglib-2.0 -lgobject-2.0
LDLIBS  += $(EARLY_LIBS) $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lm
EXE_LIBS = $(shell pkg-config --libs $(XML_PKGS) 2>/dev/null) -lm
TEST_LIBS = $(shell pkg-config --libs cmocka 2>/dev/null)

SRC     := $(shell find cli -name '*.c' ! -name main.c ! -path 'cli/module/*' | LC_ALL=C sort)
OBJ     := $(SRC:%.c=$(BUILD)/obj/%.o)
TEST_SRC := $(wildcard tests/unit/test_*.c)
TESTS   := $(TEST_SRC:tests/unit/%.c=$(BUILD)/tests/%)
EHCP    := $(BUILD)/bin/ehcp
MODULE  := $(BUILD)/bin/ehcp-render.so
SAMPLES := $(wildcard samples/*.xml)

.PHONY: all deps deps-check demo check check-asan unit-tests bench fuzz clean
.DEFAULT_GOAL := all

all: deps $(EHCP) $(MODULE) bin/ehcp

deps:
	@tools/install-deps build

deps-check:
	@tools/install-deps check

# bin/ehcp is the command users run; schema/ and templates/ are found next to it.
bin/ehcp: $(EHCP) $(MODULE)
	@mkdir -p bin
	@cp $(MODULE) bin/ehcp-render.so.tmp && mv -f bin/ehcp-render.so.tmp bin/ehcp-render.so
	@cp $(EHCP) bin/ehcp.tmp && mv -f bin/ehcp.tmp bin/ehcp   # rename: works while bin/ehcp runs

# The archive gives the executable only the objects its commands use, so
# none that needs Pango, Cairo or qpdf.
$(EHCP): $(BUILD)/obj/cli/main.o $(BUILD)/libehcp.a
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS) -o $@ $^ $(EXE_LIBS)

# --exclude-libs: only ehcp_render_module_run is exported; the module's own
# calls bind inside it.
$(MODULE): $(BUILD)/obj/cli/module/render_module.o $(BUILD)/libehcp.a
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS) -shared -Wl,--exclude-libs,ALL -o $@ $^ $(LDLIBS)

$(BUILD)/libehcp.a: $(OBJ)
	@rm -f $@
	ar rcs $@ $^

# Objects depend on the Makefile: a change of flags (such as -fPIC) rebuilds them.
$(BUILD)/obj/%.o: %.c Makefile
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/tests/%: tests/unit/%.c $(BUILD)/libehcp.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -Icli -o $@ $< $(BUILD)/libehcp.a $(LDFLAGS) $(LDLIBS) $(TEST_LIBS)

unit-tests: $(TESTS)

demo: all
	@tools/demo $(EHCP)

check: deps-check all unit-tests
	@tools/test-setup
	@EHCP=$(CURDIR)/$(EHCP) BUILD=$(BUILD) tests/run
	@$(MAKE) --no-print-directory check-asan

# The whole suite again under AddressSanitizer and UndefinedBehaviorSanitizer.
check-asan:
	@$(MAKE) --no-print-directory BUILD=build-asan OPT="-O1 -g" \
	    SAN="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined" \
	    build-asan/bin/ehcp build-asan/bin/ehcp-render.so unit-tests
	@ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	    EHCP=$(CURDIR)/build-asan/bin/ehcp BUILD=build-asan EHCP_SANITIZED=1 tests/run

bench:
	@tools/bench

fuzz:
	@tools/fuzz

clean:
	rm -rf build build-asan bin out

-include $(OBJ:.o=.d) $(BUILD)/obj/cli/main.d
