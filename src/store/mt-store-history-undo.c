/* mt-store-history-undo.c: the session's undo/redo stack, history queries and export.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Undoing batch B writes a new batch U that applies B's history rows backwards (insert ->
 * delete, delete -> insert with the same rowid and values, update -> the old values).
 * Redo is the same operation applied to U. Consecutive rows that set one text column of
 * a table for different records (a promoted scenario's tens of thousands of people) are set
 * back together, in a few statements (_mt_batch_restore_many()), writing the same rows and
 * history as one by one; the records' versions are checked in one statement per table.
 * The stacks hold batch ids (or a step with its own functions, such as an import), and live
 * on the MtStore for the session.
 */

#define G_LOG_DOMAIN "mt-store-history"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mt-history-entry.h"
#include "mt-history-format.h"
#include "mt-store-edit-private.h"
#include "mt-store-import.h"

typedef struct
{
  gint64           batch_id;     /* 0 for an external step */
  char            *action;
  char            *label;
  char            *description;  /* an external step's own words; NULL: the action's */
  MtStoreStepFunc  undo;
  MtStoreStepFunc  redo;
  gpointer         data;
  GDestroyNotify   destroy;
} Step;

typedef struct
{
  GPtrArray  *undo;   /* of Step*, most recent last */
  GPtrArray  *redo;
  GHashTable *own;    /* the batches this store wrote (gint64*): do, undo and redo */
} Stacks;

static GQuark stacks_quark;

static void
step_free (gpointer data)
{
  Step *step = data;

  if (step->destroy != NULL)
    step->destroy (step->data);
  g_free (step->action);
  g_free (step->label);
  g_free (step->description);
  g_free (step);
}

static void
stacks_free (gpointer data)
{
  Stacks *stacks = data;

  g_ptr_array_unref (stacks->undo);
  g_ptr_array_unref (stacks->redo);
  g_hash_table_unref (stacks->own);
  g_free (stacks);
}

static Stacks *
get_stacks (MtStore *self)
{
  Stacks *stacks;

  if (stacks_quark == 0)
    stacks_quark = g_quark_from_static_string ("mt-store-undo-stacks");

  stacks = g_object_get_qdata (G_OBJECT (self), stacks_quark);
  if (stacks == NULL)
    {
      stacks = g_new0 (Stacks, 1);
      stacks->undo = g_ptr_array_new_with_free_func (step_free);
      stacks->redo = g_ptr_array_new_with_free_func (step_free);
      stacks->own = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
      g_object_set_qdata_full (G_OBJECT (self), stacks_quark, stacks, stacks_free);
    }

  return stacks;
}

static void
add_own_batch (MtStore *self,
               gint64   batch_id)
{
  g_hash_table_add (get_stacks (self)->own, g_memdup2 (&batch_id, sizeof batch_id));
}

static Step *
top (GPtrArray *stack)
{
  return stack->len > 0 ? g_ptr_array_index (stack, stack->len - 1) : NULL;
}

static Step *
pop (GPtrArray *stack)
{
  return g_ptr_array_steal_index (stack, stack->len - 1);
}

/* The step in words: an external step's own, else its action worded as the history is. */
static char *
describe_step (MtStore *self,
               Step    *step)
{
  g_autoptr(MtHistoryNames) names = NULL;

  if (step->description != NULL)
    return g_strdup (step->description);

  names = _mt_history_dup_names (self, NULL);
  return mt_history_describe (step->action, step->label, NULL, names);
}

/* One row of the history, as undo reads it. */
typedef struct
{
  gint64  id;
  char   *kind;
  char   *table;
  gint64  record_id;
  char   *record_label;
  char   *old_values;
  gint64  record_version;   /* the version the change left; 0 before schema v5 */
  char   *restorable;       /* the column undo may set back set-wise, or NULL */
} HistoryRow;

static void
history_row_free (HistoryRow *row)
{
  g_free (row->kind);
  g_free (row->table);
  g_free (row->record_label);
  g_free (row->old_values);
  g_free (row->restorable);
  g_free (row);
}

/* Adds one history row (id, kind, table_name, record_id, record_label, old_values,
 * record_version, new_values) to @rows. */
static void
add_history_row (MtDbStmt     *stmt,
                 gpointer      rows)
{
  HistoryRow *row = g_new0 (HistoryRow, 1);

  row->id = mt_db_column_int64 (stmt, 0);
  row->kind = g_strdup (_mt_store_column_text (stmt, 1));
  row->table = g_strdup (_mt_store_column_text (stmt, 2));
  row->record_id = mt_db_column_int64 (stmt, 3);
  row->record_label = g_strdup (_mt_store_column_text (stmt, 4));
  row->old_values = g_strdup (_mt_store_column_text (stmt, 5));
  row->record_version = mt_db_column_int64 (stmt, 6);
  row->restorable = _mt_history_dup_restorable (row->kind, row->table, row->record_label,
                                                row->record_version, row->old_values,
                                                _mt_store_column_text (stmt, 7));
  g_ptr_array_add (rows, row);
}

/* The last write the history knows of a record. */
typedef struct
{
  gint64  batch_id;   /* 0: none */
  gint64  version;
  char   *user;
  char   *time;
} LastWrite;

static void
last_write_free (LastWrite *last)
{
  g_free (last->user);
  g_free (last->time);
  g_free (last);
}

static void
read_last_write (MtDbStmt *stmt,
                 gpointer  user_data)
{
  GHashTable *last_writes = user_data;
  g_autofree char *key = _mt_history_record_key (_mt_store_column_text (stmt, 0),
                                                 mt_db_column_int64 (stmt, 1));
  LastWrite *last = g_hash_table_lookup (last_writes, key);

  if (last == NULL)
    return;
  last->batch_id = mt_db_column_int64 (stmt, 2);
  last->version = mt_db_column_int64 (stmt, 3);
  g_free (last->user);
  g_free (last->time);
  last->user = g_strdup (_mt_store_column_text (stmt, 4));
  last->time = g_strdup (_mt_store_column_text (stmt, 5));
}

/* Someone else may have changed a record since this batch did (another planner, on a
 * server or on the same file, or an import): then undo (or redo) would overwrite their
 * work. For each record of the batch, the last write the history knows must be one of this
 * store's own batches (undoing in order walks back through them) and must have left the
 * version the record has now (an import writes no history). Checked before anything is
 * written; on a server the rows stay locked until the batch ends. The last writes come
 * from one pass over the history since batch @source_id began (a record's last write is
 * never older than the batch's own), not one query per record: a batch may hold a
 * million rows (a promoted scenario). */
static gboolean
check_unchanged_since (MtStore    *self,
                       MtBatch    *batch,
                       gint64      source_id,
                       GPtrArray  *rows,
                       GError    **error)
{
  g_autoptr(GHashTable) last_writes = NULL;
  g_autoptr(GPtrArray) checked = g_ptr_array_new ();
  g_autoptr(GArray) versions = NULL;
  GHashTable *own = get_stacks (self)->own;
  MtDbStmt *stmt;

  last_writes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                       (GDestroyNotify) last_write_free);
  for (guint i = 0; i < rows->len; i++)
    {
      HistoryRow *row = g_ptr_array_index (rows, i);
      char *key = _mt_history_record_key (row->table, row->record_id);

      if (g_hash_table_contains (last_writes, key))
        {
          g_free (key);
          continue;
        }
      g_hash_table_insert (last_writes, key, g_new0 (LastWrite, 1));
      if (strcmp (row->kind, "delete") != 0)
        g_ptr_array_add (checked, row);
    }

  stmt = _mt_store_prepare (self,
                            "SELECT table_name, record_id, batch_id, record_version, \"user\","
                            " time FROM history"
                            " WHERE id >= (SELECT min (id) FROM history WHERE batch_id = ?1)"
                            " ORDER BY id",
                            error);
  if (stmt == NULL)
    return FALSE;
  mt_db_bind_int64 (stmt, 1, source_id);
  if (!_mt_store_each_row (self, stmt, read_last_write, last_writes,
                           _("Could not read the history"), error))
    return FALSE;

  versions = g_array_sized_new (FALSE, FALSE, sizeof (MtVersionCheck), checked->len);
  for (guint i = 0; i < checked->len; i++)
    {
      HistoryRow *row = g_ptr_array_index (checked, i);
      g_autofree char *key = _mt_history_record_key (row->table, row->record_id);
      const char *label = row->record_label != NULL ? row->record_label : row->table;
      LastWrite *last = g_hash_table_lookup (last_writes, key);
      MtVersionCheck check = { row->table, row->record_id, last->version, label };

      if (last->batch_id != 0 && !g_hash_table_contains (own, &last->batch_id))
        {
          _mt_history_set_conflict_error (self, error, label, last->user, last->time);
          return FALSE;
        }
      g_array_append_val (versions, check);
    }

  /* The versions now, one statement per table rather than one per record. */
  return _mt_batch_check_versions (batch, (MtVersionCheck *) versions->data, versions->len,
                                   error);
}

/* How many rows from @start on undo may restore set-wise in one go: rows that set the same
 * column of the same table, each of another record (a record written twice by the batch
 * gets its values back in order, one run after the other). */
static guint
restorable_run (GPtrArray *rows,
                guint      start)
{
  HistoryRow *first = g_ptr_array_index (rows, start);
  g_autoptr(GHashTable) records = NULL;
  guint end;

  if (first->restorable == NULL)
    return 0;

  records = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (end = start; end < rows->len; end++)
    {
      HistoryRow *row = g_ptr_array_index (rows, end);

      if (row->restorable == NULL || strcmp (row->restorable, first->restorable) != 0 ||
          strcmp (row->table, first->table) != 0 ||
          !g_hash_table_add (records, &row->record_id))
        break;
    }

  return end - start;
}

/* Fewer rows than this go one by one: a set-wise run costs a few statements of its own. */
#define MIN_RUN 2

/* Applies batch @source_id backwards as a new batch; its id in *out_batch_id. */
static gboolean
apply_inverse (MtStore      *self,
               gint64        source_id,
               MtBatchStep   step_kind,
               const char   *action,
               const char   *label,
               gint64       *out_batch_id,
               GError      **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) history_row_free);
  MtDbStmt     *stmt;
  MtBatch *batch;

  /* Read everything first: the writes below reuse the statement cache. */
  stmt = _mt_store_prepare (self,
                            "SELECT id, kind, table_name, record_id, record_label, old_values,"
                            " record_version, new_values FROM history WHERE batch_id = ?1"
                            " ORDER BY id DESC",
                            error);
  if (stmt == NULL)
    return FALSE;

  mt_db_bind_int64 (stmt, 1, source_id);
  if (!_mt_store_each_row (self, stmt, add_history_row, rows,
                           _("Could not read the history"), error))
    return FALSE;

  batch = _mt_batch_begin_step (self, action, label, step_kind, source_id, error);
  if (batch == NULL)
    return FALSE;

  if (!check_unchanged_since (self, batch, source_id, rows, error))
    {
      _mt_batch_abort (batch);
      return FALSE;
    }

  for (guint i = 0; i < rows->len; i++)
    {
      HistoryRow *row = g_ptr_array_index (rows, i);
      g_autoptr(JsonNode) old_node = NULL;
      guint run = restorable_run (rows, i);
      gboolean ok;

      /* A promoted scenario's people: a few statements for all, not a few per person. */
      if (run >= MIN_RUN)
        {
          HistoryRow *last = g_ptr_array_index (rows, i + run - 1);

          if (!_mt_batch_restore_many (batch, row->table, row->restorable, source_id, last->id,
                                       row->id, error))
            {
              _mt_batch_abort (batch);
              return FALSE;
            }
          i += run - 1;
          continue;
        }

      if (row->old_values != NULL)
        {
          old_node = json_from_string (row->old_values, error);
          if (old_node == NULL)
            {
              _mt_batch_abort (batch);
              return FALSE;
            }
        }

      if (strcmp (row->kind, "insert") == 0)
        ok = _mt_batch_delete (batch, row->table, row->record_id, row->record_label, error);
      else if (strcmp (row->kind, "delete") == 0)
        ok = _mt_batch_insert (batch, row->table, row->record_id, json_node_get_object (old_node),
                               row->record_label, error) != 0;
      else
        ok = _mt_batch_update (batch, row->table, row->record_id, json_node_get_object (old_node),
                               row->record_label, error);

      if (!ok)
        {
          _mt_batch_abort (batch);
          return FALSE;
        }
    }

  *out_batch_id = _mt_batch_get_id (batch);
  add_own_batch (self, *out_batch_id);

  return _mt_batch_commit (batch, error);
}

/* Private API */

void
_mt_undo_emit_changed (MtStore *self)
{
  g_signal_emit (self, _mt_store_signals[MT_STORE_SIGNAL_UNDO_CHANGED], 0);
}

void
_mt_undo_push_batch (MtStore    *self,
                     gint64      batch_id,
                     const char *action,
                     const char *label)
{
  Stacks *stacks = get_stacks (self);
  Step *step = g_new0 (Step, 1);

  step->batch_id = batch_id;
  step->action = g_strdup (action);
  step->label = g_strdup (label);
  g_ptr_array_add (stacks->undo, step);
  add_own_batch (self, batch_id);
  /* A new change makes the undone ones unreachable, as in any editor. */
  g_ptr_array_set_size (stacks->redo, 0);
}

/* Public API */

gboolean
mt_store_can_undo (MtStore *self)
{
  g_return_val_if_fail (MT_IS_STORE (self), FALSE);

  return get_stacks (self)->undo->len > 0;
}

gboolean
mt_store_can_redo (MtStore *self)
{
  g_return_val_if_fail (MT_IS_STORE (self), FALSE);

  return get_stacks (self)->redo->len > 0;
}

char *
mt_store_dup_undo_description (MtStore *self)
{
  Step *step;

  g_return_val_if_fail (MT_IS_STORE (self), NULL);

  step = top (get_stacks (self)->undo);

  return step != NULL ? describe_step (self, step) : NULL;
}

char *
mt_store_dup_undo_label (MtStore *self)
{
  g_autofree char *description = NULL;

  g_return_val_if_fail (MT_IS_STORE (self), NULL);

  description = mt_store_dup_undo_description (self);
  if (description == NULL)
    return NULL;

  /* Translators: %s is a change, e.g. "Change of Status of Kidal" */
  return g_strdup_printf (_("Undo %s"), description);
}

char *
mt_store_dup_redo_label (MtStore *self)
{
  g_autofree char *description = NULL;
  Step *step;

  g_return_val_if_fail (MT_IS_STORE (self), NULL);

  step = top (get_stacks (self)->redo);
  if (step == NULL)
    return NULL;

  description = describe_step (self, step);
  /* Translators: %s is a change, e.g. "Change of Status of Kidal" */
  return g_strdup_printf (_("Redo %s"), description);
}

/* Undoes or redoes @step: with its own callbacks when it is outside the history
 * (batch 0), else by writing the inverse of its batch, which becomes the step's batch.
 * On failure (a record changed elsewhere meanwhile) the step stays for a retry. */
static gboolean
replay_step (MtStore      *self,
             Step         *step,
             MtBatchStep   direction,
             GError      **error)
{
  gint64 batch_id = 0;

  g_assert (direction == MT_BATCH_UNDO || direction == MT_BATCH_REDO);

  if (step->batch_id == 0)
    return direction == MT_BATCH_UNDO ? step->undo (self, step->data, error)
                                      : step->redo (self, step->data, error);

  if (!apply_inverse (self, step->batch_id, direction, step->action, step->label,
                      &batch_id, error))
    return FALSE;
  step->batch_id = batch_id;

  return TRUE;
}

/* Undoes (or redoes) the top step of the undo (redo) stack and moves it to the other
 * stack. @nothing is the error when the stack is empty. */
static gboolean
replay_top (MtStore      *self,
            MtBatchStep   direction,
            const char   *nothing,
            GError      **error)
{
  Stacks *stacks = get_stacks (self);
  GPtrArray *from = direction == MT_BATCH_UNDO ? stacks->undo : stacks->redo;
  GPtrArray *to = direction == MT_BATCH_UNDO ? stacks->redo : stacks->undo;
  Step *step = top (from);

  if (step == NULL)
    {
      g_set_error_literal (error, MT_STORE_ERROR, MT_STORE_ERROR_NOT_FOUND, nothing);
      return FALSE;
    }

  if (!replay_step (self, step, direction, error))
    return FALSE;

  step = pop (from);
  /* An external step without a redo function cannot come back once undone. */
  if (direction == MT_BATCH_UNDO && step->batch_id == 0 && step->redo == NULL)
    step_free (step);
  else
    g_ptr_array_add (to, step);

  _mt_undo_emit_changed (self);

  return TRUE;
}

gboolean
mt_store_undo (MtStore  *self,
               GError  **error)
{
  g_return_val_if_fail (MT_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return replay_top (self, MT_BATCH_UNDO, _("There is nothing to undo"), error);
}

gboolean
mt_store_redo (MtStore  *self,
               GError  **error)
{
  g_return_val_if_fail (MT_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return replay_top (self, MT_BATCH_REDO, _("There is nothing to redo"), error);
}

void
mt_store_clear_undo (MtStore *self)
{
  Stacks *stacks;

  g_return_if_fail (MT_IS_STORE (self));

  stacks = get_stacks (self);
  g_ptr_array_set_size (stacks->undo, 0);
  g_ptr_array_set_size (stacks->redo, 0);
  _mt_undo_emit_changed (self);
}

static void
push_external (MtStore *self,
               Step    *step)
{
  Stacks *stacks = get_stacks (self);

  g_ptr_array_add (stacks->undo, step);
  g_ptr_array_set_size (stacks->redo, 0);
  _mt_undo_emit_changed (self);
}

void
mt_store_push_external_step (MtStore         *self,
                             const char      *description,
                             MtStoreStepFunc  undo,
                             MtStoreStepFunc  redo,
                             gpointer         data,
                             GDestroyNotify   destroy)
{
  Step *step;

  g_return_if_fail (MT_IS_STORE (self));
  g_return_if_fail (description != NULL);
  g_return_if_fail (undo != NULL);

  step = g_new0 (Step, 1);
  step->description = g_strdup (description);
  step->undo = undo;
  step->redo = redo;
  step->data = data;
  step->destroy = destroy;
  push_external (self, step);
}

static gboolean
undo_import_step (MtStore   *store,
                  gpointer   data,
                  GError   **error)
{
  return mt_store_undo_import (store, *(gint64 *) data, error);
}

void
mt_store_push_import_step (MtStore    *self,
                           gint64      import_id,
                           const char *file_name)
{
  Step *step;

  g_return_if_fail (MT_IS_STORE (self));
  g_return_if_fail (import_id > 0);

  /* Known by its action, as the import's own entry in the history is. */
  step = g_new0 (Step, 1);
  step->action = g_strdup ("import");
  step->label = g_strdup (file_name != NULL ? file_name : "CSV");
  step->undo = undo_import_step;
  step->data = g_memdup2 (&import_id, sizeof import_id);
  step->destroy = g_free;
  push_external (self, step);
}

gint64
mt_store_peek_undo_import (MtStore *self)
{
  Stacks *stacks;
  Step *step;

  g_return_val_if_fail (MT_IS_STORE (self), 0);

  stacks = get_stacks (self);
  if (stacks->undo->len == 0)
    return 0;

  step = g_ptr_array_index (stacks->undo, stacks->undo->len - 1);
  if (step->undo != undo_import_step || step->data == NULL)
    return 0;

  return *(gint64 *) step->data;
}
