/* seeds-sample-directory.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/seeds-community.h"

G_BEGIN_DECLS

/* A fictional directory of ten learning communities in and around the
 * Greenport West-Holland region, to explore the map and "learn from
 * others" before any real profile is imported. Every name says "(sample)";
 * organisations, people, addresses and numbers are invented (example.org
 * addresses, +31 6 0000 … numbers); only the towns and their coordinates
 * are real. Added with seeds_store_add_sample_directory(). */

#define SEEDS_SAMPLE_DIRECTORY_SIZE 10

/* The framework the sample's shared scores are for */
#define SEEDS_SAMPLE_DIRECTORY_FRAMEWORK "greenport-2020"

GPtrArray *seeds_sample_directory_new (void);

G_END_DECLS
