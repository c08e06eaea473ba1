/* mt-csv-reader-private.h: pieces of the reader in their own files.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* SHA-256 of the bytes read, computed on a helper thread: hashing 100 MB costs about as
 * much as parsing it, and the import must not wait for it row by row. */
typedef struct _MtCsvHasher MtCsvHasher;

MtCsvHasher *_mt_csv_hasher_new    (void);
/* Hands a copy of @data to the thread (waits only when the thread is several blocks behind). */
void         _mt_csv_hasher_update (MtCsvHasher  *self,
                                    const guint8 *data,
                                    gsize         len);
/* Waits for the thread; the hex digest of everything given, or NULL if finished already. */
char        *_mt_csv_hasher_finish (MtCsvHasher  *self);
/* Stops the thread (whatever it still had is dropped) and frees. */
void         _mt_csv_hasher_free   (MtCsvHasher  *self);

G_END_DECLS
