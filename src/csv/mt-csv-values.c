/* mt-csv-values.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-csv-values"

#include "config.h"

#include <string.h>

#include "mt-camp.h"
#include "mt-csv-mapping.h"
#include "mt-csv-values.h"
#include "mt-person.h"
#include "mt-store-import.h"

/* Distinct cell texts are few (a dozen camps, six categories), rows are many: the raw text is
 * looked up first, folding only on a miss. The cap keeps a hostile file of unique values from
 * growing the cache without end. */
#define MAX_CACHED 4096

struct _MtCsvValues
{
  GHashTable *categories;      /* folded term -> code (owned strings) */
  GHashTable *category_cache;  /* raw text -> code or "" */
  GHashTable *camps;           /* folded name or alias -> Camp* */
  GHashTable *camp_cache;      /* raw text -> Camp* or &no_camp */
  GHashTable *camps_by_id;     /* gint64* -> Camp* */
  GPtrArray  *camp_list;       /* Camp*, owner */
  GHashTable *maps[MT_CSV_N_FIELDS];        /* folded text -> value (owned) */
  GHashTable *map_cache[MT_CSV_N_FIELDS];   /* raw text -> value or "" */
};

typedef struct
{
  gint64    id;
  char     *name;
  gboolean  closed;
} Camp;

static Camp no_camp;

/* Common words for categories the table may hold, by code. Only codes the table really has
 * are used: the next mission's categories are data, these are merely synonyms. */
static const struct
{
  const char *folded;
  const char *code;
} category_synonyms[] = {
  { "troop", "troops" },
  { "troops", "troops" },
  { "contingent member", "troops" },
  { "contingent members", "troops" },
  { "military contingent", "troops" },
  { "troupe", "troops" },
  { "troupes", "troops" },
  { "membre des contingents", "troops" },
  { "membre de contingent", "troops" },
  { "military staff officer", "mso" },
  { "staff officer", "mso" },
  { "staff officers", "mso" },
  { "officier d etat major", "mso" },
  { "oem", "mso" },
  { "individual police officer", "ipo" },
  { "police officer", "ipo" },
  { "unpol", "ipo" },
  { "policier", "ipo" },
  { "policier hors unite constituee", "ipo" },
  { "formed police unit", "fpu" },
  { "unite de police constituee", "fpu" },
  { "upc", "fpu" },
  { "civilian", "intl-staff" },
  { "civilians", "intl-staff" },
  { "international staff", "intl-staff" },
  { "international civilian staff", "intl-staff" },
  { "civil", "intl-staff" },
  { "civils", "intl-staff" },
  { "personnel civil international", "intl-staff" },
  { "un volunteer", "unv" },
  { "volunteer", "unv" },
  { "volontaire", "unv" },
  { "volontaire des nations unies", "unv" },
  { "vnu", "unv" },
};

static void
camp_free (gpointer data)
{
  Camp *camp = data;

  g_free (camp->name);
  g_free (camp);
}

MtCsvValues *
mt_csv_values_new (MtStore  *store,
                   GError  **error)
{
  g_autoptr(GPtrArray) terms = NULL;
  g_autoptr(GPtrArray) camps = NULL;
  g_autoptr(GPtrArray) aliases = NULL;
  MtCsvValues *self;

  g_return_val_if_fail (MT_IS_STORE (store), NULL);

  terms = mt_store_list_category_terms (store, error);
  if (terms == NULL)
    return NULL;
  camps = mt_store_list_camps (store, NULL, error);
  if (camps == NULL)
    return NULL;
  aliases = mt_store_list_camp_aliases (store, error);
  if (aliases == NULL)
    return NULL;

  self = g_new0 (MtCsvValues, 1);
  self->categories = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->category_cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->camps = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->camp_cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->camps_by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  self->camp_list = g_ptr_array_new_with_free_func (camp_free);

  for (guint i = 0; i + 1 < terms->len; i += 2)
    {
      char *folded = mt_csv_fold_header (g_ptr_array_index (terms, i));

      if (folded[0] != '\0' && !g_hash_table_contains (self->categories, folded))
        g_hash_table_insert (self->categories, folded, g_strdup (g_ptr_array_index (terms, i + 1)));
      else
        g_free (folded);
    }

  for (guint i = 0; i < G_N_ELEMENTS (category_synonyms); i++)
    {
      gboolean known = FALSE;

      for (guint j = 1; j < terms->len && !known; j += 2)
        known = strcmp (g_ptr_array_index (terms, j), category_synonyms[i].code) == 0;
      if (known && !g_hash_table_contains (self->categories, category_synonyms[i].folded))
        g_hash_table_insert (self->categories, g_strdup (category_synonyms[i].folded),
                             g_strdup (category_synonyms[i].code));
    }

  for (guint i = 0; i < camps->len; i++)
    {
      MtCamp *item = g_ptr_array_index (camps, i);
      MtCampStatus status = mt_camp_get_status (item);
      Camp *camp = g_new0 (Camp, 1);

      camp->id = mt_camp_get_id (item);
      camp->name = g_strdup (mt_camp_get_name (item));
      camp->closed = status == MT_CAMP_STATUS_CLOSED || status == MT_CAMP_STATUS_HANDED_OVER;
      g_ptr_array_add (self->camp_list, camp);
      g_hash_table_insert (self->camps, mt_csv_fold_header (camp->name), camp);
      g_hash_table_insert (self->camps_by_id, &camp->id, camp);
    }

  /* Then its French name ("Tombouctou"), then aliases: as in mt_store_find_camp(). */
  for (guint i = 0; i < camps->len; i++)
    {
      const char *name_fr = mt_camp_get_name_fr (g_ptr_array_index (camps, i));
      char *folded;

      if (name_fr == NULL || name_fr[0] == '\0')
        continue;
      folded = mt_csv_fold_header (name_fr);
      if (!g_hash_table_contains (self->camps, folded))
        g_hash_table_insert (self->camps, folded, g_ptr_array_index (self->camp_list, i));
      else
        g_free (folded);
    }

  /* A camp's own name wins over another camp's alias (as in mt_store_find_camp()). */
  for (guint i = 0; i + 1 < aliases->len; i += 2)
    {
      g_autofree char *folded_name = mt_csv_fold_header (g_ptr_array_index (aliases, i + 1));
      char *folded_alias = mt_csv_fold_header (g_ptr_array_index (aliases, i));
      Camp *camp = g_hash_table_lookup (self->camps, folded_name);

      if (camp != NULL && !g_hash_table_contains (self->camps, folded_alias))
        g_hash_table_insert (self->camps, folded_alias, camp);
      else
        g_free (folded_alias);
    }

  return self;
}

void
mt_csv_values_free (MtCsvValues *self)
{
  if (self == NULL)
    return;

  g_hash_table_unref (self->categories);
  g_hash_table_unref (self->category_cache);
  g_hash_table_unref (self->camps);
  g_hash_table_unref (self->camp_cache);
  g_hash_table_unref (self->camps_by_id);
  g_ptr_array_unref (self->camp_list);
  for (guint f = 0; f < MT_CSV_N_FIELDS; f++)
    {
      g_clear_pointer (&self->maps[f], g_hash_table_unref);
      g_clear_pointer (&self->map_cache[f], g_hash_table_unref);
    }
  g_free (self);
}

const char *
mt_csv_values_lookup_category (MtCsvValues *self,
                               const char  *text)
{
  const char *code;
  g_autofree char *folded = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  if (text == NULL || text[0] == '\0')
    return NULL;

  code = g_hash_table_lookup (self->category_cache, text);
  if (code != NULL)
    return code[0] != '\0' ? code : NULL;

  folded = mt_csv_fold_header (text);
  code = g_hash_table_lookup (self->categories, folded);
  /* Plural of a name ("UNVs", "Troops"): try without a final s. */
  if (code == NULL && g_str_has_suffix (folded, "s"))
    {
      folded[strlen (folded) - 1] = '\0';
      code = g_hash_table_lookup (self->categories, folded);
    }

  if (g_hash_table_size (self->category_cache) < MAX_CACHED)
    g_hash_table_insert (self->category_cache, g_strdup (text), (gpointer) (code != NULL ? code : ""));

  return code;
}

void
mt_csv_values_set_maps (MtCsvValues               *self,
                        const MtCsvImportSettings *settings)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (settings != NULL);

  for (guint f = 0; f < MT_CSV_N_FIELDS; f++)
    {
      GHashTableIter iter;
      gpointer folded, value;

      g_clear_pointer (&self->maps[f], g_hash_table_unref);
      g_clear_pointer (&self->map_cache[f], g_hash_table_unref);
      if (settings->value_maps[f] == NULL || g_hash_table_size (settings->value_maps[f]) == 0)
        continue;

      self->maps[f] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      self->map_cache[f] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_hash_table_iter_init (&iter, settings->value_maps[f]);
      while (g_hash_table_iter_next (&iter, &folded, &value))
        g_hash_table_insert (self->maps[f], g_strdup (folded), g_strdup (value));
    }
}

const char *
mt_csv_values_lookup_mapped (MtCsvValues *self,
                             MtCsvField   field,
                             const char  *text)
{
  const char *value;
  g_autofree char *folded = NULL;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (field < MT_CSV_N_FIELDS, NULL);

  if (self->maps[field] == NULL || text == NULL || text[0] == '\0')
    return NULL;

  value = g_hash_table_lookup (self->map_cache[field], text);
  if (value != NULL)
    return value[0] != '\0' ? value : NULL;

  folded = mt_csv_fold_header (text);
  value = g_hash_table_lookup (self->maps[field], folded);
  if (g_hash_table_size (self->map_cache[field]) < MAX_CACHED)
    g_hash_table_insert (self->map_cache[field], g_strdup (text),
                         (gpointer) (value != NULL ? value : ""));

  return value;
}

gint64
mt_csv_values_lookup_camp (MtCsvValues *self,
                           const char  *text,
                           gboolean    *closed)
{
  Camp *camp;

  g_return_val_if_fail (self != NULL, 0);

  if (closed != NULL)
    *closed = FALSE;
  if (text == NULL || text[0] == '\0')
    return 0;

  camp = g_hash_table_lookup (self->camp_cache, text);
  if (camp == NULL)
    {
      g_autofree char *folded = mt_csv_fold_header (text);

      camp = g_hash_table_lookup (self->camps, folded);
      if (camp == NULL)
        camp = &no_camp;
      if (g_hash_table_size (self->camp_cache) < MAX_CACHED)
        g_hash_table_insert (self->camp_cache, g_strdup (text), camp);
    }

  if (closed != NULL)
    *closed = camp->closed;

  return camp->id;
}

const char *
mt_csv_values_get_camp_name (MtCsvValues *self,
                             gint64       camp_id)
{
  Camp *camp;

  g_return_val_if_fail (self != NULL, NULL);

  camp = g_hash_table_lookup (self->camps_by_id, &camp_id);

  return camp != NULL ? camp->name : NULL;
}

const char *
mt_csv_values_suggest_camp (MtCsvValues *self,
                            const char  *text)
{
  g_autofree char *folded = NULL;
  GHashTableIter iter;
  gpointer key, value;
  const Camp *best = NULL;
  guint best_distance = G_MAXUINT;

  g_return_val_if_fail (self != NULL, NULL);

  folded = mt_csv_fold_header (text != NULL ? text : "");

  /* Every name and other name competes; the camp's own name is what we suggest. Ties go to
   * the alphabetically first name so the message does not depend on hash order. */
  g_hash_table_iter_init (&iter, self->camps);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const Camp *camp = value;
      guint distance = mt_csv_edit_distance (folded, key);

      if (distance < best_distance ||
          (distance == best_distance && best != NULL && g_utf8_collate (camp->name, best->name) < 0))
        {
          best = camp;
          best_distance = distance;
        }
    }

  return best != NULL ? best->name : NULL;
}

guint
mt_csv_edit_distance (const char *a,
                      const char *b)
{
  g_autofree gunichar *ua = NULL;
  g_autofree gunichar *ub = NULL;
  g_autofree guint *row = NULL;
  glong na = 0, nb = 0;

  ua = g_utf8_to_ucs4_fast (a, -1, &na);
  ub = g_utf8_to_ucs4_fast (b, -1, &nb);

  /* Names are short; cap the work for a hostile cell. */
  na = MIN (na, 256);
  nb = MIN (nb, 256);

  row = g_new (guint, nb + 1);
  for (glong j = 0; j <= nb; j++)
    row[j] = j;

  for (glong i = 1; i <= na; i++)
    {
      guint diagonal = row[0];

      row[0] = i;
      for (glong j = 1; j <= nb; j++)
        {
          guint above = row[j];
          guint cost = ua[i - 1] == ub[j - 1] ? 0 : 1;

          row[j] = MIN (MIN (row[j] + 1, row[j - 1] + 1), diagonal + cost);
          diagonal = above;
        }
    }

  return row[nb];
}

static gboolean
parse_digits (const char *text,
              guint       n,
              guint      *value)
{
  *value = 0;
  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      *value = *value * 10 + (text[i] - '0');
    }

  return TRUE;
}

gboolean
mt_csv_parse_date (const char *text,
                   char        iso[11])
{
  guint year, month, day;
  const char *p;

  if (text == NULL)
    return FALSE;

  while (*text == ' ')
    text++;

  /* ISO 8601: YYYY-MM-DD exactly (what the store keeps). */
  if (strlen (text) >= 10 && text[4] == '-' && text[7] == '-')
    {
      for (p = text + 10; *p == ' '; p++)
        ;
      if (*p != '\0' || !parse_digits (text, 4, &year) || !parse_digits (text + 5, 2, &month) ||
          !parse_digits (text + 8, 2, &day))
        return FALSE;
    }
  else
    {
      /* Day first, as in French and in most contingents' spreadsheets: D/M/YYYY. */
      char sep;
      guint n;

      p = text;
      for (n = 0; g_ascii_isdigit (p[n]); n++)
        ;
      if (n < 1 || n > 2 || !parse_digits (p, n, &day))
        return FALSE;
      p += n;
      sep = *p;
      if (sep != '/' && sep != '.')
        return FALSE;
      p++;
      for (n = 0; g_ascii_isdigit (p[n]); n++)
        ;
      if (n < 1 || n > 2 || !parse_digits (p, n, &month))
        return FALSE;
      p += n;
      if (*p != sep)
        return FALSE;
      p++;
      for (n = 0; g_ascii_isdigit (p[n]); n++)
        ;
      if (n != 4 || !parse_digits (p, n, &year))
        return FALSE;
      for (p += n; *p == ' '; p++)
        ;
      if (*p != '\0')
        return FALSE;
    }

  if (year < 1900 || year > 2999 || !g_date_valid_dmy (day, month, year))
    return FALSE;

  /* By hand: printf would be a tenth of a million-row import. */
  iso[0] = '0' + year / 1000;
  iso[1] = '0' + year / 100 % 10;
  iso[2] = '0' + year / 10 % 10;
  iso[3] = '0' + year % 10;
  iso[4] = '-';
  iso[5] = '0' + month / 10;
  iso[6] = '0' + month % 10;
  iso[7] = '-';
  iso[8] = '0' + day / 10;
  iso[9] = '0' + day % 10;
  iso[10] = '\0';

  return TRUE;
}

const char *
mt_csv_normalize_status (const char *text)
{
  static const struct { const char *folded; const char *key; } words[] = {
    { "deployed", "deployed" },
    { "present", "deployed" },
    { "in mission", "deployed" },
    { "deploye", "deployed" },
    { "deployee", "deployed" },
    { "en mission", "deployed" },
    { "en poste", "deployed" },
    { "departed", "departed" },
    { "repatriated", "departed" },
    { "left", "departed" },
    { "parti", "departed" },
    { "rapatrie", "departed" },
    { "rapatriee", "departed" },
    { "partie", "departed" },
  };
  static const char * const keys[] = { "deployed", "departed" };
  g_autofree char *folded = NULL;

  if (text == NULL || text[0] == '\0')
    return text;
  /* The store's own words (every exported file) skip the folding. */
  if (strcmp (text, "deployed") == 0 || strcmp (text, "departed") == 0)
    return text;

  folded = mt_csv_fold_header (text);
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (strcmp (folded, words[i].folded) == 0)
      return words[i].key;

  /* The words the roster shows, in the language it shows them in: an export reads back. */
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_autofree char *label = mt_csv_fold_header (mt_person_status_get_label (keys[i]));

      if (strcmp (folded, label) == 0)
        return keys[i];
    }

  return text;
}
