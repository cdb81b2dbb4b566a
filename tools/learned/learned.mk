# SPDX-License-Identifier: GPL-2.0
# Userspace build of the kernel inference library (learned/*.c) for other
# tools/ components, e.g. the trainer:
#
#   include ../learned/learned.mk
#   trainer: trainer.c $(LEARNED_INFER_SRCS) $(LEARNED_INFER_HDRS)
#	$(CC) $(CFLAGS) $(LEARNED_INFER_CFLAGS) $(LEARNED_INFER_CPPFLAGS) -o $@ trainer.c $(LEARNED_INFER_SRCS)
#
# then #include <linux/learned_infer.h> and call the learned_* functions.

LEARNED_INFER_ROOT := $(abspath $(dir $(lastword $(MAKEFILE_LIST)))/../..)
LEARNED_INFER_SRCS := $(addprefix $(LEARNED_INFER_ROOT)/learned/,fixed.c infer.c validate.c blob.c)
LEARNED_INFER_HDRS := $(LEARNED_INFER_ROOT)/learned/include/linux/learned_infer.h \
		      $(LEARNED_INFER_ROOT)/learned/fixed_lut.h \
		      $(wildcard $(LEARNED_INFER_ROOT)/tools/include/*/*.h)
LEARNED_INFER_CPPFLAGS := -I$(LEARNED_INFER_ROOT)/tools/include \
			  -I$(LEARNED_INFER_ROOT)/learned/include
# the kernel builds with -fno-strict-aliasing; blob.c relies on it too
LEARNED_INFER_CFLAGS := -fno-strict-aliasing
