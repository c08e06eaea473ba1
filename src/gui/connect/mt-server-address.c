/* mt-server-address.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-server-address"

#include "config.h"

#include <string.h>

#include "mt-server-address.h"

/* Auxiliary methods */

/* The parameters libpq takes from the address itself; the others are kept as they are. */
static char **
field_for_key (MtServerAddress *address,
               const char      *key)
{
  if (g_str_equal (key, "host"))
    return &address->host;
  if (g_str_equal (key, "port"))
    return &address->port;
  if (g_str_equal (key, "dbname"))
    return &address->database;
  if (g_str_equal (key, "user"))
    return &address->login;
  return NULL;
}

static void
read_query (MtServerAddress *address,
            const char      *query)
{
  g_auto(GStrv) params = g_strsplit (query, "&", -1);
  g_autoptr(GString) extra = g_string_new (NULL);

  for (guint i = 0; params[i] != NULL; i++)
    {
      const char *eq = strchr (params[i], '=');
      g_autofree char *key = eq != NULL ? g_strndup (params[i], eq - params[i]) : NULL;
      char **field;

      if (key == NULL || params[i][0] == '\0')
        continue;
      /* Never kept, never shown. */
      if (g_str_equal (key, "password"))
        continue;

      field = field_for_key (address, key);
      if (field != NULL)
        {
          g_free (*field);
          *field = g_uri_unescape_string (eq + 1, NULL);
          if (*field == NULL)
            *field = g_strdup ("");
          continue;
        }

      if (extra->len > 0)
        g_string_append_c (extra, '&');
      g_string_append (extra, params[i]);
    }

  g_free (address->extra);
  address->extra = g_string_free (g_steal_pointer (&extra), FALSE);
}

static void
append_param (GString    *query,
              const char *key,
              const char *value)
{
  g_autofree char *escaped = NULL;

  if (value == NULL || value[0] == '\0')
    return;

  escaped = g_uri_escape_string (value, NULL, FALSE);
  g_string_append_printf (query, "%s%s=%s", query->len > 0 ? "&" : "", key, escaped);
}

static gboolean
is_socket_folder (const char *host)
{
  return host == NULL || host[0] == '\0' || host[0] == '/';
}

/* Public API */

gboolean
mt_server_address_is_uri (const char *location)
{
  return location != NULL &&
         (g_str_has_prefix (location, "postgresql://") || g_str_has_prefix (location, "postgres://"));
}

MtServerAddress *
mt_server_address_new (const char *host,
                       const char *port,
                       const char *database,
                       const char *login)
{
  MtServerAddress *address = g_new0 (MtServerAddress, 1);

  address->host = g_strdup (host != NULL ? host : "");
  address->port = g_strdup (port != NULL ? port : "");
  address->database = g_strdup (database != NULL ? database : "");
  address->login = g_strdup (login != NULL ? login : "");
  address->extra = g_strdup ("");
  return address;
}

void
mt_server_address_free (MtServerAddress *address)
{
  if (address == NULL)
    return;

  g_free (address->host);
  g_free (address->port);
  g_free (address->database);
  g_free (address->login);
  g_free (address->extra);
  g_free (address);
}

MtServerAddress *
mt_server_address_parse (const char *uri)
{
  g_autoptr(GUri) parsed = NULL;
  g_autoptr(MtServerAddress) address = NULL;
  const char *path;
  int port;

  if (!mt_server_address_is_uri (uri))
    return NULL;

  /* libpq's URIs are URIs (one host only: a list of hosts is not read here). */
  parsed = g_uri_parse (uri, G_URI_FLAGS_HAS_PASSWORD | G_URI_FLAGS_ENCODED_QUERY |
                        G_URI_FLAGS_NON_DNS, NULL);
  if (parsed == NULL)
    return NULL;

  path = g_uri_get_path (parsed);
  address = mt_server_address_new (g_uri_get_host (parsed), NULL,
                                   path[0] == '/' ? path + 1 : path, g_uri_get_user (parsed));
  port = g_uri_get_port (parsed);
  if (port > 0)
    {
      g_free (address->port);
      address->port = g_strdup_printf ("%d", port);
    }
  if (g_uri_get_query (parsed) != NULL)
    read_query (address, g_uri_get_query (parsed));

  return g_steal_pointer (&address);
}

char *
mt_server_address_to_uri (const MtServerAddress *address)
{
  g_autoptr(GString) uri = g_string_new ("postgresql://");
  g_autoptr(GString) query = g_string_new (NULL);
  g_autofree char *database = NULL;

  g_return_val_if_fail (address != NULL, NULL);

  /* A socket folder is a path: it goes in the parameters, with what would follow it. */
  if (is_socket_folder (address->host))
    {
      append_param (query, "host", address->host);
      append_param (query, "port", address->port);
      append_param (query, "user", address->login);
    }
  else
    {
      if (address->login[0] != '\0')
        {
          g_autofree char *login = g_uri_escape_string (address->login, NULL, FALSE);

          g_string_append_printf (uri, "%s@", login);
        }
      if (strchr (address->host, ':') != NULL)
        g_string_append_printf (uri, "[%s]", address->host);
      else
        {
          g_autofree char *host = g_uri_escape_string (address->host, NULL, FALSE);

          g_string_append (uri, host);
        }
      if (address->port[0] != '\0')
        g_string_append_printf (uri, ":%s", address->port);
    }

  database = g_uri_escape_string (address->database, NULL, FALSE);
  g_string_append_printf (uri, "/%s", database);

  if (address->extra[0] != '\0')
    g_string_append_printf (query, "%s%s", query->len > 0 ? "&" : "", address->extra);
  if (query->len > 0)
    g_string_append_printf (uri, "?%s", query->str);

  return g_string_free (g_steal_pointer (&uri), FALSE);
}

const char *
mt_server_address_get_login (const MtServerAddress *address)
{
  g_return_val_if_fail (address != NULL, NULL);

  return address->login[0] != '\0' ? address->login : g_get_user_name ();
}

char *
mt_server_address_dup_label (const MtServerAddress *address)
{
  const char *host;

  g_return_val_if_fail (address != NULL, NULL);

  host = is_socket_folder (address->host) ? "localhost" : address->host;
  /* An IPv6 address in brackets, as in a URI: its colons are not the port's. */
  return g_strdup_printf ("%s@%s%s%s%s%s/%s", mt_server_address_get_login (address),
                          strchr (host, ':') != NULL ? "[" : "", host,
                          strchr (host, ':') != NULL ? "]" : "",
                          address->port[0] != '\0' ? ":" : "", address->port,
                          address->database[0] != '\0' ? address->database
                                                       : mt_server_address_get_login (address));
}

gboolean
mt_server_address_port_is_valid (const char *port)
{
  guint64 value;

  if (port == NULL || port[0] == '\0')
    return TRUE;

  return g_ascii_string_to_unsigned (port, 10, 1, 65535, &value, NULL);
}
