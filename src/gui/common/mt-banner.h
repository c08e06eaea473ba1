/* mt-banner.h: a strip under the header bar saying something that holds for the whole window
 * (a login that may only read, a connection lost), with an optional button; it slides in and
 * out. libadwaita 1.2 has no AdwBanner (1.3): this one is built from a GtkRevealer, with the
 * same properties.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Properties: title (plain text), button-label (with a mnemonic; NULL or "" for no button),
 * revealed. Signal: button-clicked ().
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define MT_TYPE_BANNER (mt_banner_get_type ())
G_DECLARE_FINAL_TYPE (MtBanner, mt_banner, MT, BANNER, AdwBin)

GtkWidget  *mt_banner_new              (const char *title);
const char *mt_banner_get_title        (MtBanner   *self);
void        mt_banner_set_title        (MtBanner   *self,
                                        const char *title);
const char *mt_banner_get_button_label (MtBanner   *self);
void        mt_banner_set_button_label (MtBanner   *self,
                                        const char *label);
gboolean    mt_banner_get_revealed     (MtBanner   *self);
void        mt_banner_set_revealed     (MtBanner   *self,
                                        gboolean    revealed);

G_END_DECLS
