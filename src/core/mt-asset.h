/* mt-asset.h: an item of equipment to dispose of: owner (COE or UNOE), camp, quantity, value
 * and the disposal decision.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mt-types.h"

G_BEGIN_DECLS

/* Stored in the database as "COE" / "UNOE". */
typedef enum
{
  MT_ASSET_OWNER_COE,   /* contingent-owned equipment */
  MT_ASSET_OWNER_UNOE,  /* UN-owned equipment */
} MtAssetOwner;

#define MT_ASSET_N_OWNERS (MT_ASSET_OWNER_UNOE + 1)

/* Stored as the key: "pending", "repatriate", "transfer", "donate", "sell", "write-off". */
typedef enum
{
  MT_DISPOSAL_PENDING,
  MT_DISPOSAL_REPATRIATE,
  MT_DISPOSAL_TRANSFER,    /* to another mission */
  MT_DISPOSAL_DONATE,      /* to the host authorities */
  MT_DISPOSAL_SELL,
  MT_DISPOSAL_WRITE_OFF,
} MtDisposal;

#define MT_N_DISPOSALS (MT_DISPOSAL_WRITE_OFF + 1)

const char *mt_asset_owner_to_key     (MtAssetOwner  owner);
gboolean    mt_asset_owner_from_key   (const char   *key,
                                       MtAssetOwner *owner);
/* Translated: "Contingent-owned (COE)", "UN-owned (UNOE)". */
const char *mt_asset_owner_get_label  (MtAssetOwner  owner);
const char *mt_disposal_to_key        (MtDisposal    decision);
gboolean    mt_disposal_from_key      (const char   *key,
                                       MtDisposal   *decision);
/* Translated: "Pending", "Repatriate", "Transfer to another mission", "Donate to the host
 * authorities", "Sell", "Write off". */
const char *mt_disposal_get_label     (MtDisposal    decision);

typedef struct _MtAsset MtAsset;

#define MT_TYPE_ASSET (mt_asset_get_type ())
G_DECLARE_FINAL_TYPE (MtAsset, mt_asset, MT, ASSET, GObject)

/* An item of equipment and what is to become of it. Properties (read-write): id, camp-id
 * (int64, 0 = none), camp-name, tag, description, owner (uint, MtAssetOwner), quantity
 * (int64), value (double, NAN = unknown), decision (uint, MtDisposal), decision-date. */
gint64       mt_asset_get_id            (MtAsset *self);
gint64       mt_asset_get_camp_id       (MtAsset *self);
const char  *mt_asset_get_camp_name     (MtAsset *self);
const char  *mt_asset_get_tag           (MtAsset *self);
const char  *mt_asset_get_description   (MtAsset *self);
MtAssetOwner mt_asset_get_owner         (MtAsset *self);
gint64       mt_asset_get_quantity      (MtAsset *self);
double       mt_asset_get_value         (MtAsset *self);
MtDisposal   mt_asset_get_decision      (MtAsset *self);
const char  *mt_asset_get_decision_date (MtAsset *self);

G_END_DECLS
