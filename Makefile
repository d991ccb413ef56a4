# wirekit - see README.md. Targets: all check install asan fuzz bench eval
# demo model clean. One tree of objects per build variant, under $(B).

PREFIX	?= /usr/local
BINDIR_INST ?= $(PREFIX)/bin
MANDIR	?= $(PREFIX)/share/man
CC	?= cc
CFLAGS	?= -O2 -g
LDFLAGS	?=
PKG_CONFIG ?= pkg-config
PKGS	 = libpcre2-8 libutf8proc

# Variant: the plain build puts programs in bin/ and the library in lib/;
# `make asan` re-enters with these pointing under build/asan.
B	?= build/o
BIN	?= bin
LIBA	?= lib/libwirekit.a
VCFLAGS	?=
VLDFLAGS ?= -Wl,-z,relro,-z,now
HARDEN	?= -fstack-protector-strong -D_FORTIFY_SOURCE=2

PKG_CFLAGS := $(shell $(PKG_CONFIG) --cflags $(PKGS))
PKG_LIBS   := $(shell $(PKG_CONFIG) --libs $(PKGS))
ALL_CFLAGS = -std=c11 -D_DEFAULT_SOURCE -Wall -Wextra -Wshadow \
	-Wstrict-prototypes -Wmissing-prototypes $(HARDEN) -Ilib \
	$(PKG_CFLAGS) $(CFLAGS) $(VCFLAGS) -MMD -MP
ALL_LDFLAGS = $(VLDFLAGS) $(LDFLAGS)
LIBS	= $(PKG_LIBS) -lm

LIB_SRC	:= $(sort $(wildcard lib/*.c))
CMD_SRC	:= $(sort $(wildcard cmd/*.c))
UNIT_SRC := $(sort $(wildcard tests/unit/*.c))
DATA	:= $(sort $(shell find lib/data -type f ! -name '.*' 2>/dev/null))
PROGS	:= $(patsubst cmd/%.c,$(BIN)/%,$(CMD_SRC))
LIB_OBJ	:= $(patsubst %.c,$(B)/%.o,$(LIB_SRC)) $(B)/embed.o $(B)/embedtab.o
UNIT	:= $(B)/tests/unit/run
TOOLS	:= $(B)/tests/tools/wk-rec
MANS	:= $(sort $(wildcard man/*.[1-9]))

all: $(LIBA) $(PROGS)

$(B)/%.o: %.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(B)/embed.S: tools/embed.sh $(DATA)
	@mkdir -p $(@D)
	sh tools/embed.sh S lib/data $(DATA) > $@.tmp && mv $@.tmp $@
$(B)/embedtab.c: tools/embed.sh $(DATA)
	@mkdir -p $(@D)
	sh tools/embed.sh c lib/data $(DATA) > $@.tmp && mv $@.tmp $@
$(B)/embed.o: $(B)/embed.S
	$(CC) $(CFLAGS) $(VCFLAGS) -c -o $@ $<
$(B)/embedtab.o: $(B)/embedtab.c
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(LIBA): $(LIB_OBJ)
	@mkdir -p $(@D)
	rm -f $@
	$(AR) rcs $@ $(LIB_OBJ)

$(BIN)/%: $(B)/cmd/%.o $(LIBA)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $< $(LIBA) $(LIBS)

$(UNIT): $(patsubst %.c,$(B)/%.o,$(UNIT_SRC)) $(LIBA)
	$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ \
	    $(patsubst %.c,$(B)/%.o,$(UNIT_SRC)) $(LIBA) $(LIBS)

$(B)/tests/tools/%: $(B)/tests/tools/%.o $(LIBA)
	$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $< $(LIBA) $(LIBS)

unit: $(UNIT)

# The tests run twice: on this build, then on the ASan+UBSan one.
check: all $(UNIT) $(TOOLS)
	sh tests/check.sh plain $(B) $(BIN)
	$(MAKE) asan
	sh tests/check.sh asan build/asan build/asan/bin

SAN = -fsanitize=address,undefined -fno-sanitize-recover=undefined \
	-fno-omit-frame-pointer
asan:
	$(MAKE) B=build/asan BIN=build/asan/bin LIBA=build/asan/libwirekit.a \
	    CFLAGS="-O1 -g" HARDEN= VCFLAGS="$(SAN)" VLDFLAGS="$(SAN)" \
	    all build/asan/tests/unit/run build/asan/tests/tools/wk-rec

FUZZ_SECONDS ?= 10
FUZZ = -fsanitize=fuzzer,address,undefined -fno-omit-frame-pointer
fuzz:
	$(MAKE) CC=clang B=build/fuzz BIN=build/fuzz/bin \
	    LIBA=build/fuzz/libwirekit.a CFLAGS="-O1 -g" HARDEN= \
	    VCFLAGS="-fsanitize=fuzzer-no-link,address,undefined" \
	    VLDFLAGS= build/fuzz/libwirekit.a
	sh tests/fuzz/run.sh build/fuzz "$(FUZZ_SECONDS)" "$(FUZZ)" \
	    "$(ALL_CFLAGS)" "$(LIBS)"

BENCH_CORPUS ?= ../shared/data/bench/voa.tsv
bench: all $(B)/tests/bench/tokbench $(B)/tests/bench/tsvbench
	sh tests/bench/run.sh "$(BENCH_CORPUS)" $(BIN) $(B)/tests/bench

$(B)/tests/bench/%: $(B)/tests/bench/%.o $(LIBA)
	$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $< $(LIBA) $(LIBS)

EVAL_DATA ?= ../shared/data
eval: all
	sh tests/eval/run.sh "$(EVAL_DATA)" $(BIN)

model: all
	sh tools/train-model.sh "$(EVAL_DATA)" $(BIN)

demo: all
	sh tests/demo.sh $(BIN)

install: all
	mkdir -p $(DESTDIR)$(BINDIR_INST) $(DESTDIR)$(MANDIR)/man1 \
	    $(DESTDIR)$(MANDIR)/man7
	for p in $(PROGS); do install -m 755 $$p $(DESTDIR)$(BINDIR_INST)/; done
	for m in $(MANS); do s=$${m##*.}; \
	    install -m 644 $$m $(DESTDIR)$(MANDIR)/man$$s/; done

clean:
	rm -rf build bin lib/libwirekit.a

.PHONY: all check asan fuzz bench eval demo model install clean unit
.DELETE_ON_ERROR:
.SECONDARY:

-include $(shell find $(B) -name '*.d' 2>/dev/null)
