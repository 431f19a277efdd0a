/* seeds-live-network.h
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The networks a live round can be served on: one address of the
 * computer on each, for the facilitator to choose from. */

typedef struct
{
  char          *interface;   /* "wlp2s0" */
  char          *address;     /* "192.168.1.20", "2001:db8::20" */
  GSocketFamily  family;
  gboolean       is_default;  /* on the interface of the default route */
} SeedsLiveNetwork;

GPtrArray        *seeds_live_network_list            (GError           **error);
void              seeds_live_network_free            (SeedsLiveNetwork  *network);
SeedsLiveNetwork *seeds_live_network_get_default     (GPtrArray         *networks,
                                                      GError           **error);
char             *seeds_live_network_parse_route     (const char        *contents);
char             *seeds_live_network_parse_ipv6_route (const char       *contents);
char             *seeds_live_network_format_url      (const char        *address,
                                                      guint              port,
                                                      const char        *path);
GSocket          *seeds_live_network_listen          (const char        *address,
                                                      guint              port,
                                                      GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SeedsLiveNetwork, seeds_live_network_free)

G_END_DECLS
