/* mt-keyring.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-keyring"

#include "config.h"

#include <glib/gi18n.h>
#include <libsecret/secret.h>

#include "mt-keyring.h"

/* Auxiliary methods */

static const SecretSchema *
get_schema (void)
{
  static const SecretSchema schema = {
    APP_ID ".ServerLogin", SECRET_SCHEMA_NONE,
    {
      { "server", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "port", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "database", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "login", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { NULL, 0 },
    }
  };

  return &schema;
}

/* The item's attributes, with libpq's defaults filled in: a port left empty is 5432, a login
 * left empty the desktop user's, so the same login is found however it was written. */
static GHashTable *
build_attributes (const MtServerAddress *address)
{
  GHashTable *attributes = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  const char *login = mt_server_address_get_login (address);

  g_hash_table_insert (attributes, (char *) "server", g_strdup (address->host));
  g_hash_table_insert (attributes, (char *) "port",
                       g_strdup (address->port[0] != '\0' ? address->port : "5432"));
  g_hash_table_insert (attributes, (char *) "database",
                       g_strdup (address->database[0] != '\0' ? address->database : login));
  g_hash_table_insert (attributes, (char *) "login", g_strdup (login));
  return attributes;
}

static gboolean
check_available (GError **error)
{
  if (mt_keyring_available ())
    return TRUE;

  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                       _("No desktop keyring: this session has no message bus"));
  return FALSE;
}

/* Public API */

gboolean
mt_keyring_available (void)
{
  const char *address = g_getenv ("DBUS_SESSION_BUS_ADDRESS");
  g_autofree char *socket = NULL;

  if (address != NULL && address[0] != '\0')
    return TRUE;

  socket = g_build_filename (g_get_user_runtime_dir (), "bus", NULL);
  return g_file_test (socket, G_FILE_TEST_EXISTS);
}

char *
mt_keyring_lookup (const MtServerAddress  *address,
                   GCancellable           *cancellable,
                   GError                **error)
{
  g_autoptr(GHashTable) attributes = NULL;
  char *secret;
  char *password;

  g_return_val_if_fail (address != NULL, NULL);

  if (!check_available (error))
    return NULL;

  attributes = build_attributes (address);
  secret = secret_password_lookupv_sync (get_schema (), attributes, cancellable, error);
  if (secret == NULL)
    return NULL;

  /* Our own copy, and libsecret's wiped. */
  password = g_strdup (secret);
  secret_password_free (secret);
  return password;
}

gboolean
mt_keyring_store (const MtServerAddress  *address,
                  const char             *password,
                  GCancellable           *cancellable,
                  GError                **error)
{
  g_autoptr(GHashTable) attributes = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *label = NULL;

  g_return_val_if_fail (address != NULL, FALSE);
  g_return_val_if_fail (password != NULL, FALSE);

  if (!check_available (error))
    return FALSE;

  attributes = build_attributes (address);
  shown = mt_server_address_dup_label (address);
  /* Translators: the name of a password in the desktop keyring (Passwords and Keys);
   * %s is a server's database, e.g. planner@db.mission.example/tracker */
  label = g_strdup_printf (_("Tracker database %s"), shown);
  return secret_password_storev_sync (get_schema (), attributes, SECRET_COLLECTION_DEFAULT,
                                      label, password, cancellable, error);
}

gboolean
mt_keyring_clear (const MtServerAddress  *address,
                  GCancellable           *cancellable,
                  GError                **error)
{
  g_autoptr(GHashTable) attributes = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (address != NULL, FALSE);

  if (!check_available (error))
    return FALSE;

  attributes = build_attributes (address);
  secret_password_clearv_sync (get_schema (), attributes, cancellable, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}
