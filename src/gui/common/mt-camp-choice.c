/* mt-camp-choice.c
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-camp-choice"

#include "config.h"

#include "mt-camp.h"
#include "mt-camp-choice.h"

GListModel *
mt_camp_choice_sorted_new (MtCampList *camps)
{
  GtkStringSorter *sorter;

  g_return_val_if_fail (MT_IS_CAMP_LIST (camps), NULL);

  /* By the name shown, as the locale collates it: in French, "Ésil" sorts with the E's. */
  sorter = gtk_string_sorter_new (mt_camp_choice_expression_new ());
  gtk_string_sorter_set_ignore_case (sorter, TRUE);
  return G_LIST_MODEL (gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (camps)),
                                                GTK_SORTER (sorter)));
}

GListModel *
mt_camp_choice_model_new (MtCampList *camps,
                          const char *leading_label)
{
  GListStore *parts;
  g_autoptr(GListModel) sorted = NULL;

  g_return_val_if_fail (MT_IS_CAMP_LIST (camps), NULL);

  sorted = mt_camp_choice_sorted_new (camps);
  if (leading_label == NULL)
    return g_steal_pointer (&sorted);

  /* One list of two: the leading row, then the camps by the name shown. */
  parts = g_list_store_new (G_TYPE_LIST_MODEL);
  {
    g_autoptr(GListStore) leading = g_list_store_new (MT_TYPE_CAMP);
    g_autoptr(MtCamp) none = g_object_new (MT_TYPE_CAMP,
                                           "id", (gint64) 0,
                                           "name", leading_label,
                                           NULL);

    g_list_store_append (leading, none);
    g_list_store_append (parts, leading);
    g_list_store_append (parts, sorted);
  }

  return G_LIST_MODEL (gtk_flatten_list_model_new (G_LIST_MODEL (parts)));
}

GtkExpression *
mt_camp_choice_expression_new (void)
{
  return gtk_property_expression_new (MT_TYPE_CAMP, NULL, "display-name");
}

void
mt_camp_choice_bind (GtkDropDown *dropdown,
                     MtCampList  *camps,
                     const char  *leading_label)
{
  g_autoptr(GListModel) model = NULL;
  g_autoptr(GtkExpression) expression = NULL;

  g_return_if_fail (GTK_IS_DROP_DOWN (dropdown));
  g_return_if_fail (MT_IS_CAMP_LIST (camps));

  model = mt_camp_choice_model_new (camps, leading_label);
  expression = mt_camp_choice_expression_new ();
  gtk_drop_down_set_expression (dropdown, expression);
  gtk_drop_down_set_model (dropdown, model);
}

gint64
mt_camp_choice_get_id (gpointer item)
{
  g_return_val_if_fail (item == NULL || MT_IS_CAMP (item), 0);

  return item != NULL ? mt_camp_get_id (item) : 0;
}

guint
mt_camp_choice_find (GListModel *model,
                     gint64      camp_id)
{
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (model), 0);

  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MtCamp) camp = g_list_model_get_item (model, i);

      if (mt_camp_get_id (camp) == camp_id)
        return i;
    }

  return 0;
}
