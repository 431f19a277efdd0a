/* seeds-live-limiter.c
 *
 * Copyright 2026 The Seeds of Innovation authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "live/seeds-live-limiter.h"

/* Each client has a bucket of @capacity tokens that fills at
 * @per_second; a request takes some (a refused one more, see
 * seeds-live-server.c), and one that finds too few is refused. A member
 * who loads the page, answers and changes their answers twice needs a
 * handful; a client that floods the round, or guesses its short code,
 * soon waits. The number of clients remembered is bounded, so that a
 * flood of addresses fills no memory: when all are taken, a client
 * whose bucket is full again is forgotten, and a new one is refused
 * while there is none. */

typedef struct
{
  double tokens;
  gint64 updated_us;
} Bucket;

struct _SeedsLiveLimiter
{
  double      capacity;
  double      per_second;
  guint       max_clients;
  GHashTable *buckets;  /* client key → Bucket */
};

SeedsLiveLimiter *
seeds_live_limiter_new (double capacity,
                        double per_second,
                        guint  max_clients)
{
  SeedsLiveLimiter *self;

  g_return_val_if_fail (capacity > 0 && per_second > 0 && max_clients > 0, NULL);

  self = g_new0 (SeedsLiveLimiter, 1);
  self->capacity = capacity;
  self->per_second = per_second;
  self->max_clients = max_clients;
  self->buckets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  return self;
}

void
seeds_live_limiter_free (SeedsLiveLimiter *self)
{
  if (self == NULL)
    return;

  g_hash_table_unref (self->buckets);
  g_free (self);
}

static void
refill (SeedsLiveLimiter *self,
        Bucket           *bucket,
        gint64            now_us)
{
  if (now_us > bucket->updated_us)
    {
      double earned = (double) (now_us - bucket->updated_us) / G_USEC_PER_SEC * self->per_second;

      bucket->tokens = MIN (self->capacity, bucket->tokens + earned);
    }

  bucket->updated_us = MAX (bucket->updated_us, now_us);
}

static gboolean
forget_full (gpointer key,
             gpointer value,
             gpointer user_data)
{
  SeedsLiveLimiter *self = ((gpointer *) user_data)[0];
  gint64 now_us = *(gint64 *) ((gpointer *) user_data)[1];
  Bucket *bucket = value;

  refill (self, bucket, now_us);
  return bucket->tokens >= self->capacity;
}

static Bucket *
lookup_bucket (SeedsLiveLimiter *self,
               const char       *client,
               gint64            now_us)
{
  Bucket *bucket = g_hash_table_lookup (self->buckets, client);

  if (bucket != NULL)
    return bucket;

  if (g_hash_table_size (self->buckets) >= self->max_clients)
    {
      gpointer data[] = { self, &now_us };

      g_hash_table_foreach_remove (self->buckets, forget_full, data);
      if (g_hash_table_size (self->buckets) >= self->max_clients)
        return NULL;
    }

  bucket = g_new0 (Bucket, 1);
  bucket->tokens = self->capacity;
  bucket->updated_us = now_us;
  g_hash_table_insert (self->buckets, g_strdup (client), bucket);

  return bucket;
}

/**
 * seeds_live_limiter_take:
 * @self: a #SeedsLiveLimiter
 * @client: who asks, as seeds_live_limiter_client_key() names them
 * @cost: how many tokens the request takes
 * @now_us: the monotonic time, g_get_monotonic_time()
 *
 * Returns: whether the request may be served; a refused one takes
 *   nothing
 */
gboolean
seeds_live_limiter_take (SeedsLiveLimiter *self,
                         const char       *client,
                         double            cost,
                         gint64            now_us)
{
  Bucket *bucket;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (client != NULL, FALSE);

  bucket = lookup_bucket (self, client, now_us);
  if (bucket == NULL)
    return FALSE;

  refill (self, bucket, now_us);
  if (bucket->tokens < cost)
    return FALSE;

  bucket->tokens -= cost;
  return TRUE;
}

guint
seeds_live_limiter_get_n_clients (SeedsLiveLimiter *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return g_hash_table_size (self->buckets);
}

/**
 * seeds_live_limiter_client_key:
 * @address: a client's address
 *
 * Names a client by its IPv4 address, or by the /64 network of its IPv6
 * address: a device picks new IPv6 addresses in its network at will, so
 * that each would otherwise get a bucket of its own.
 *
 * Returns: (transfer full): the client's key
 */
char *
seeds_live_limiter_client_key (GInetAddress *address)
{
  const guint8 *bytes;
  g_autoptr(GInetAddress) network = NULL;
  g_autofree char *text = NULL;
  guint8 prefix[16] = { 0 };

  g_return_val_if_fail (G_IS_INET_ADDRESS (address), NULL);

  if (g_inet_address_get_family (address) == G_SOCKET_FAMILY_IPV4)
    return g_inet_address_to_string (address);

  bytes = g_inet_address_to_bytes (address);

  /* ::ffff:192.0.2.1, as a socket of both families sees an IPv4 client */
  if (bytes[10] == 0xff && bytes[11] == 0xff &&
      bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0 && bytes[3] == 0 &&
      bytes[4] == 0 && bytes[5] == 0 && bytes[6] == 0 && bytes[7] == 0 &&
      bytes[8] == 0 && bytes[9] == 0)
    {
      g_autoptr(GInetAddress) ipv4 = g_inet_address_new_from_bytes (bytes + 12,
                                                                    G_SOCKET_FAMILY_IPV4);

      return g_inet_address_to_string (ipv4);
    }

  memcpy (prefix, bytes, 8);
  network = g_inet_address_new_from_bytes (prefix, G_SOCKET_FAMILY_IPV6);
  text = g_inet_address_to_string (network);
  return g_strdup_printf ("%s/64", text);
}
