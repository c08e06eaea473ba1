/* mt-map-data.c: the map's offline data, read once from the core resources.
 *
 * Copyright 2026 The MINUSMA Tracker authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mt-map-render"

#include "config.h"

#include <json-glib/json-glib.h>
#include <stdlib.h>
#include <string.h>

#include "mt-map-render-private.h"

#define ADMIN0_PATH "/org/minusma/Tracker/data/mali-admin0.geojson"
#define ADMIN1_PATH "/org/minusma/Tracker/data/mali-admin1.geojson"
#define TOWNS_PATH  "/org/minusma/Tracker/data/mali-towns.csv"

/* Generated with the core resources (data/mt-core-resources.h): calling it also makes
 * the linker keep the resource object when libmt-core is a static archive. */
GResource *mt_core_get_resource (void);

/* GeoJSON, read once per process: the outlines never change. */

static void
shape_free (gpointer data)
{
  MtMapShape *shape = data;

  g_free (shape->name);
  g_ptr_array_unref (shape->rings);
  g_free (shape);
}

static void
add_ring (MtMapShape *shape,
          JsonArray  *ring)
{
  GArray *points = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; ring != NULL && i < json_array_get_length (ring); i++)
    {
      JsonArray *pos = json_array_get_array_element (ring, i);
      double lon, lat;

      if (pos == NULL || json_array_get_length (pos) < 2)
        continue;
      lon = json_array_get_double_element (pos, 0);
      lat = json_array_get_double_element (pos, 1);
      g_array_append_val (points, lon);
      g_array_append_val (points, lat);
      shape->bounds[0] = MIN (shape->bounds[0], lon);
      shape->bounds[1] = MIN (shape->bounds[1], lat);
      shape->bounds[2] = MAX (shape->bounds[2], lon);
      shape->bounds[3] = MAX (shape->bounds[3], lat);
    }
  g_ptr_array_add (shape->rings, points);
}

static void
add_polygon (MtMapShape *shape,
             JsonArray  *polygon)
{
  for (guint i = 0; polygon != NULL && i < json_array_get_length (polygon); i++)
    add_ring (shape, json_array_get_array_element (polygon, i));
}

/* Accepts a FeatureCollection, a Feature or a bare (Multi)Polygon; one MtMapShape per feature. */
static void
collect_shapes (JsonObject *object,
                GPtrArray  *shapes)
{
  const char *type = json_object_get_string_member_with_default (object, "type", "");

  if (g_str_equal (type, "FeatureCollection"))
    {
      JsonArray *features = json_object_get_array_member (object, "features");

      for (guint i = 0; features != NULL && i < json_array_get_length (features); i++)
        collect_shapes (json_array_get_object_element (features, i), shapes);
    }
  else if (g_str_equal (type, "Feature"))
    {
      JsonObject *props = json_object_get_object_member (object, "properties");
      JsonObject *geometry = json_object_get_object_member (object, "geometry");
      guint before = shapes->len;

      if (geometry != NULL)
        collect_shapes (geometry, shapes);
      if (shapes->len > before && props != NULL)
        {
          MtMapShape *shape = g_ptr_array_index (shapes, shapes->len - 1);

          shape->name = g_strdup (json_object_get_string_member_with_default (props, "name", NULL));
        }
    }
  else if (g_str_equal (type, "Polygon") || g_str_equal (type, "MultiPolygon"))
    {
      JsonArray *coords = json_object_get_array_member (object, "coordinates");
      MtMapShape *shape = g_new0 (MtMapShape, 1);

      shape->rings = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
      shape->bounds[0] = shape->bounds[1] = G_MAXDOUBLE;
      shape->bounds[2] = shape->bounds[3] = -G_MAXDOUBLE;
      if (g_str_equal (type, "Polygon"))
        add_polygon (shape, coords);
      else
        for (guint i = 0; coords != NULL && i < json_array_get_length (coords); i++)
          add_polygon (shape, json_array_get_array_element (coords, i));
      g_ptr_array_add (shapes, shape);
    }
}

static GPtrArray *
load_shapes (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  GPtrArray *shapes = g_ptr_array_new_with_free_func (shape_free);
  JsonNode *root;

  bytes = g_resource_lookup_data (mt_core_get_resource (), path, 0, &error);
  if (bytes == NULL ||
      !json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL),
                                   g_bytes_get_size (bytes), &error))
    {
      g_warning ("Cannot read %s: %s", path, error->message);
      return shapes;
    }

  root = json_parser_get_root (parser);
  if (root != NULL && JSON_NODE_HOLDS_OBJECT (root))
    collect_shapes (json_node_get_object (root), shapes);

  return shapes;
}

GPtrArray *
_mt_map_get_country (void)
{
  static GPtrArray *country;

  if (g_once_init_enter (&country))
    g_once_init_leave (&country, load_shapes (ADMIN0_PATH));

  return country;
}

GPtrArray *
_mt_map_get_regions (void)
{
  static GPtrArray *regions;

  if (g_once_init_enter (&regions))
    g_once_init_leave (&regions, load_shapes (ADMIN1_PATH));

  return regions;
}


/* Towns: "name,latitude,longitude" lines, '#' comments, a header line. */

static void
town_clear (gpointer data)
{
  MtMapTown *town = data;

  g_free (town->name);
}

static GArray *
load_towns (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_auto(GStrv) lines = NULL;
  GArray *towns = g_array_new (FALSE, FALSE, sizeof (MtMapTown));

  g_array_set_clear_func (towns, town_clear);
  bytes = g_resource_lookup_data (mt_core_get_resource (), TOWNS_PATH, 0, &error);
  if (bytes == NULL)
    {
      g_warning ("Cannot read %s: %s", TOWNS_PATH, error->message);
      return towns;
    }

  lines = g_strsplit (g_bytes_get_data (bytes, NULL), "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], ",", -1);
      MtMapTown town;
      char *end_lat, *end_lon;

      if (lines[i][0] == '#' || g_strv_length (fields) != 3)
        continue;
      town.latitude = g_ascii_strtod (fields[1], &end_lat);
      town.longitude = g_ascii_strtod (fields[2], &end_lon);
      if (end_lat == fields[1] || end_lon == fields[2])
        continue;  /* the header */
      town.name = g_strdup (g_strstrip (fields[0]));
      g_array_append_val (towns, town);
    }

  return towns;
}

GArray *
_mt_map_get_towns (void)
{
  static GArray *towns;

  if (g_once_init_enter (&towns))
    g_once_init_leave (&towns, load_towns ());

  return towns;
}
