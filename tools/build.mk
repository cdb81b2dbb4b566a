# SPDX-License-Identifier: GPL-2.0
# tools/build.mk: the compiler flags and build layout of every tools/
# component.  Each component's Makefile includes it first:
#
#   include ../build.mk
#
# and gets:
#   TOP, TOOLS  the repository and tools/ (absolute)
#   B           the build directory (build; B=DIR on the command line moves
#               it, as scripts/train-* do)
#   WARN        -std=gnu11 and the warnings, as errors
#   KWARN       WARN for kernel sources compiled unchanged (they leave
#               parameters unused)
#   CFLAGS      the optimised build (-O2 -g unless given)
#   SAN         what every "make test" runs: -O1 under ASan and UBSan,
#               aborting on the first error
#   TOOL_CFLAGS the component's own code generation flags, in every
#               compile (empty unless the component sets it)
#   DEPFLAGS    header dependencies in $(B)/*.d and $(B)/san/*.d, read here
#   rules       $(B)/%.o and $(B)/san/%.o from %.c with $(CPPFLAGS), and
#               the directories $(B) and $(B)/san
#   TOOLS_LIB_SRCS, TOOLS_LIB_CPPFLAGS
#               the shared code of tools/lib, to compile in (link with
#               -lm: simgen.c); as objects,
#               $(B)/tools-lib-%.o and $(B)/san/tools-lib-%.o
# "all" stays the default goal.

TOOLS := $(abspath $(dir $(lastword $(MAKEFILE_LIST))))
TOP := $(abspath $(TOOLS)/..)
B := build

CFLAGS ?= -O2 -g
SANITIZE := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
SAN := -O1 -g $(SANITIZE)
WARN := -std=gnu11 -Wall -Wextra -Werror -Wno-sign-compare
KWARN := $(WARN) -Wno-unused-parameter
DEPFLAGS := -MMD -MP

.DEFAULT_GOAL := all

$(B) $(B)/san:
	mkdir -p $@

$(B)/%.o: %.c | $(B)
	$(CC) $(WARN) $(DEPFLAGS) $(TOOL_CFLAGS) $(CPPFLAGS) $(CFLAGS) -c $< -o $@
$(B)/san/%.o: %.c | $(B)/san
	$(CC) $(WARN) $(DEPFLAGS) $(TOOL_CFLAGS) $(CPPFLAGS) $(SAN) -c $< -o $@

TOOLS_LIB_SRCS := $(TOOLS)/lib/iheap.c $(TOOLS)/lib/nextuse.c $(TOOLS)/lib/simtrace.c \
		  $(TOOLS)/lib/simgen.c $(TOOLS)/lib/simcli.c
TOOLS_LIB_CPPFLAGS := -I$(TOOLS)/lib
$(B)/tools-lib-%.o: $(TOOLS)/lib/%.c | $(B)
	$(CC) $(WARN) $(DEPFLAGS) $(TOOL_CFLAGS) $(CFLAGS) -c $< -o $@
$(B)/san/tools-lib-%.o: $(TOOLS)/lib/%.c | $(B)/san
	$(CC) $(WARN) $(DEPFLAGS) $(TOOL_CFLAGS) $(SAN) -c $< -o $@

-include $(wildcard $(B)/*.d $(B)/san/*.d)
