/* seeds-live-network.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <ifaddrs.h>
#include <netinet/in.h>
#include <net/if.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "live/seeds-live-error.h"
#include "live/seeds-live-network.h"

/* Connections waiting to be accepted: see listen_on() */
#define LISTEN_BACKLOG 128

/* The addresses come from getifaddrs(); the default network is the one
 * of the default route in /proc/net/route (or ipv6_route), read rather
 * than found by connecting a socket, so that listing sends nothing.
 * Loopback, interfaces that are down, and IPv6 link-local addresses
 * (which a phone cannot reach without naming the interface) are left
 * out. */

void
seeds_live_network_free (SeedsLiveNetwork *network)
{
  if (network == NULL)
    return;

  g_free (network->interface);
  g_free (network->address);
  g_free (network);
}

/* The interface of the first default route in @contents, the text of
 * /proc/net/route: "Iface Destination Gateway Flags …" with hexadecimal
 * fields; a default route has destination and mask 0, and is up (flag
 * 0x1). Returns: (transfer full) (nullable) */
char *
seeds_live_network_parse_route (const char *contents)
{
  g_auto(GStrv) lines = NULL;

  g_return_val_if_fail (contents != NULL, NULL);

  lines = g_strsplit (contents, "\n", -1);

  /* The first line is the header; empty contents have none */
  for (guint i = 1; lines[0] != NULL && lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit_set (g_strstrip (lines[i]), " \t", -1);
      g_autoptr(GPtrArray) parts = g_ptr_array_new ();
      guint64 flags;

      for (guint j = 0; fields[j] != NULL; j++)
        if (*fields[j] != '\0')
          g_ptr_array_add (parts, fields[j]);

      if (parts->len < 8 ||
          !g_str_equal (g_ptr_array_index (parts, 1), "00000000") ||
          !g_str_equal (g_ptr_array_index (parts, 7), "00000000") ||
          !g_ascii_string_to_unsigned (g_ptr_array_index (parts, 3), 16, 0, G_MAXUINT32,
                                       &flags, NULL) ||
          (flags & 0x1) == 0)
        continue;

      return g_strdup (g_ptr_array_index (parts, 0));
    }

  return NULL;
}

/* The same for /proc/net/ipv6_route: "destination prefix-length source
 * source-length next-hop metric refcount use flags interface", where the
 * default route is ::/0 and not through the loopback. */
char *
seeds_live_network_parse_ipv6_route (const char *contents)
{
  g_auto(GStrv) lines = NULL;

  g_return_val_if_fail (contents != NULL, NULL);

  lines = g_strsplit (contents, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit_set (g_strstrip (lines[i]), " \t", -1);
      g_autoptr(GPtrArray) parts = g_ptr_array_new ();
      guint64 flags;

      for (guint j = 0; fields[j] != NULL; j++)
        if (*fields[j] != '\0')
          g_ptr_array_add (parts, fields[j]);

      /* RTF_UP 0x1; RTF_REJECT 0x200 marks an unreachable route */
      if (parts->len < 10 ||
          !g_str_equal (g_ptr_array_index (parts, 0), "00000000000000000000000000000000") ||
          !g_str_equal (g_ptr_array_index (parts, 1), "00") ||
          g_str_equal (g_ptr_array_index (parts, 9), "lo") ||
          !g_ascii_string_to_unsigned (g_ptr_array_index (parts, 8), 16, 0, G_MAXUINT32,
                                       &flags, NULL) ||
          (flags & 0x1) == 0 || (flags & 0x200) != 0)
        continue;

      return g_strdup (g_ptr_array_index (parts, 9));
    }

  return NULL;
}

static char *
read_default_interface (const char *path,
                        char     *(*parse) (const char *contents))
{
  g_autofree char *contents = NULL;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return NULL;

  return parse (contents);
}

static SeedsLiveNetwork *
network_new (struct ifaddrs *ifa)
{
  g_autoptr(GSocketAddress) socket_address = NULL;
  GInetAddress *address;
  SeedsLiveNetwork *network;
  gsize length = ifa->ifa_addr->sa_family == AF_INET ? sizeof (struct sockaddr_in)
                                                     : sizeof (struct sockaddr_in6);

  socket_address = g_socket_address_new_from_native (ifa->ifa_addr, length);
  if (!G_IS_INET_SOCKET_ADDRESS (socket_address))
    return NULL;

  address = g_inet_socket_address_get_address (G_INET_SOCKET_ADDRESS (socket_address));
  if (g_inet_address_get_is_loopback (address) || g_inet_address_get_is_link_local (address))
    return NULL;

  network = g_new0 (SeedsLiveNetwork, 1);
  network->interface = g_strdup (ifa->ifa_name);
  network->address = g_inet_address_to_string (address);
  network->family = g_inet_address_get_family (address);

  return network;
}

/* The default first, IPv4 before IPv6, then by interface */
static int
compare_networks (gconstpointer a,
                  gconstpointer b)
{
  const SeedsLiveNetwork *network_a = *(SeedsLiveNetwork * const *) a;
  const SeedsLiveNetwork *network_b = *(SeedsLiveNetwork * const *) b;

  if (network_a->is_default != network_b->is_default)
    return network_a->is_default ? -1 : 1;
  if (network_a->family != network_b->family)
    return network_a->family == G_SOCKET_FAMILY_IPV4 ? -1 : 1;

  return strcmp (network_a->interface, network_b->interface);
}

/**
 * seeds_live_network_list:
 * @error: return location for a #GIOError
 *
 * Lists the addresses of this computer on its networks that are up, the
 * one of the default route first.
 *
 * Returns: (transfer container) (element-type SeedsLiveNetwork): the
 *   networks, possibly none, or %NULL with @error set
 */
GPtrArray *
seeds_live_network_list (GError **error)
{
  g_autoptr(GPtrArray) networks = NULL;
  g_autofree char *default_ipv4 = NULL;
  g_autofree char *default_ipv6 = NULL;
  struct ifaddrs *addresses = NULL;

  if (getifaddrs (&addresses) != 0)
    {
      int errsv = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errsv),
                   _("The networks of this computer cannot be listed: %s"), g_strerror (errsv));
      return NULL;
    }

  default_ipv4 = read_default_interface ("/proc/net/route", seeds_live_network_parse_route);
  default_ipv6 = read_default_interface ("/proc/net/ipv6_route",
                                         seeds_live_network_parse_ipv6_route);
  networks = g_ptr_array_new_with_free_func ((GDestroyNotify) seeds_live_network_free);

  for (struct ifaddrs *ifa = addresses; ifa != NULL; ifa = ifa->ifa_next)
    {
      SeedsLiveNetwork *network;

      if (ifa->ifa_addr == NULL ||
          (ifa->ifa_addr->sa_family != AF_INET && ifa->ifa_addr->sa_family != AF_INET6) ||
          (ifa->ifa_flags & IFF_UP) == 0 || (ifa->ifa_flags & IFF_LOOPBACK) != 0)
        continue;

      network = network_new (ifa);
      if (network == NULL)
        continue;

      network->is_default = g_strcmp0 (network->interface,
                                       network->family == G_SOCKET_FAMILY_IPV4 ? default_ipv4
                                                                               : default_ipv6) == 0;
      g_ptr_array_add (networks, network);
    }

  freeifaddrs (addresses);
  g_ptr_array_sort (networks, compare_networks);

  return g_steal_pointer (&networks);
}

/**
 * seeds_live_network_get_default:
 * @networks: (element-type SeedsLiveNetwork): from seeds_live_network_list()
 * @error: return location for %SEEDS_LIVE_ERROR_NO_NETWORK
 *
 * Returns: (transfer none): the network to serve a round on when the
 *   facilitator chose none: the first of @networks, or %NULL with
 *   @error set when there is none
 */
SeedsLiveNetwork *
seeds_live_network_get_default (GPtrArray  *networks,
                                GError    **error)
{
  g_return_val_if_fail (networks != NULL, NULL);

  if (networks->len == 0)
    {
      g_set_error_literal (error, SEEDS_LIVE_ERROR, SEEDS_LIVE_ERROR_NO_NETWORK,
                           _("This computer is not connected to a network, so members cannot "
                             "reach the round. Connect to the Wi-Fi or the network of the "
                             "meeting room, and start the round again."));
      return NULL;
    }

  return g_ptr_array_index (networks, 0);
}

/**
 * seeds_live_network_format_url:
 * @address: an IPv4 or IPv6 address
 * @port: a port
 * @path: the path, starting with "/"
 *
 * Returns: (transfer full): "http://192.168.1.20:8080/path", with an
 *   IPv6 address between brackets
 */
char *
seeds_live_network_format_url (const char *address,
                               guint       port,
                               const char *path)
{
  g_return_val_if_fail (address != NULL, NULL);
  g_return_val_if_fail (path != NULL && *path == '/', NULL);

  if (strchr (address, ':') != NULL)
    return g_strdup_printf ("http://[%s]:%u%s", address, port, path);

  return g_strdup_printf ("http://%s:%u%s", address, port, path);
}

static GSocketAddress *
parse_address (const char  *address,
               guint        port,
               GError     **error)
{
  g_autoptr(GInetAddress) inet = NULL;

  if (port > G_MAXUINT16)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("There is no port %u: choose one from 1 to 65535, or 0 for any free one."),
                   port);
      return NULL;
    }

  inet = g_inet_address_new_from_string (address);
  if (inet == NULL || g_inet_address_get_is_any (inet) || g_inet_address_get_is_multicast (inet))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("“%s” is not an address of one network of this computer, such as "
                     "192.168.1.20."),
                   address);
      return NULL;
    }

  return g_inet_socket_address_new (inet, (guint16) port);
}

/* A failure to bind, in words a facilitator can act on; the system's
 * own words stay at the end, for whoever helps them. */
static void
explain_bind_failure (GSocketAddress  *address,
                      GError         **error)
{
  GInetSocketAddress *inet = G_INET_SOCKET_ADDRESS (address);
  g_autofree char *shown = g_inet_address_to_string (g_inet_socket_address_get_address (inet));
  g_autoptr(GError) reason = NULL;

  if (error == NULL || *error == NULL)
    return;

  reason = g_steal_pointer (error);
  if (g_error_matches (reason, G_IO_ERROR, G_IO_ERROR_ADDRESS_IN_USE))
    g_set_error (error, reason->domain, reason->code,
                 _("Port %u is in use by another program: choose another port, or 0 for any "
                   "free one (%s)."),
                 g_inet_socket_address_get_port (inet), reason->message);
  else
    g_set_error (error, reason->domain, reason->code,
                 _("The round cannot be served on %s: choose an address that this computer has "
                   "on one of its networks (%s)."),
                 shown, reason->message);
}

/* A socket on @address alone, with room for a room full of phones that
 * connect at once: the default backlog of 10 makes the kernel drop
 * connections when fifty members send at the same moment. */
static GSocket *
listen_on (GSocketAddress  *address,
           GError         **error)
{
  g_autoptr(GSocket) socket = NULL;

  socket = g_socket_new (g_socket_address_get_family (address), G_SOCKET_TYPE_STREAM,
                         G_SOCKET_PROTOCOL_TCP, error);
  if (socket == NULL)
    return NULL;

  g_socket_set_listen_backlog (socket, LISTEN_BACKLOG);
  if (!g_socket_bind (socket, address, TRUE, error) || !g_socket_listen (socket, error))
    {
      explain_bind_failure (address, error);
      return NULL;
    }

  return g_steal_pointer (&socket);
}


/**
 * seeds_live_network_listen:
 * @address: an address of this computer, as seeds_live_network_list()
 *   lists them, or "127.0.0.1" or "::1"
 * @port: the port, or 0 for any free one
 * @error: return location for a #GError, in words for the facilitator
 *
 * Returns: (transfer full) (nullable): a socket listening on @address
 *   alone, never on every network
 */
GSocket *
seeds_live_network_listen (const char  *address,
                           guint        port,
                           GError     **error)
{
  g_autoptr(GSocketAddress) socket_address = NULL;

  g_return_val_if_fail (address != NULL, NULL);

  socket_address = parse_address (address, port, error);
  if (socket_address == NULL)
    return NULL;

  return listen_on (socket_address, error);
}
