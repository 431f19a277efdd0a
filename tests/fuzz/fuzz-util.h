/* fuzz-util.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <stddef.h>
#include <stdint.h>

#include "model/seeds-framework.h"

G_BEGIN_DECLS

/* What every fuzz target defines: libFuzzer calls it with each input, and
 * fuzz-replay.c with each file of a corpus. It must not crash, leak or
 * hang, whatever the input. */
int             LLVMFuzzerTestOneInput (const uint8_t *data,
                                        size_t         size);

/* The shipped framework, read once per process */
SeedsFramework *fuzz_framework         (void);

/* Fails loudly, so that the fuzzer reports it, when a refusal's message
 * could not be shown to a person: not UTF-8, or empty. */
void            fuzz_check_error       (const GError  *error);

G_END_DECLS
