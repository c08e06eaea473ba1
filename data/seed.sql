-- seed.sql: the sample picture loaded into a new database.
--
-- Copyright 2026 The MINUSMA Tracker authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Facts from the mission's public releases (dates, places, departure figures up to
-- 27 September 2023), camp coordinates from the Geo-PKO / UCDP gazetteer and pre-withdrawal
-- troop strength from Geo-PKO v2.3 (an estimate read off UN deployment maps).
-- Run by mt_store_load_seed() inside one transaction: no BEGIN/COMMIT here.

INSERT INTO mission (id, name, name_fr, full_name, full_name_fr, resolution, resolution_date,
                     withdrawal_start, deadline, headquarters)
VALUES (1, 'MINUSMA', 'MINUSMA',
        'United Nations Multidimensional Integrated Stabilization Mission in Mali',
        'Mission multidimensionnelle intégrée des Nations Unies pour la stabilisation au Mali',
        '2690', '2023-06-30', '2023-07-01', '2023-12-31', 'Bamako');

INSERT INTO categories (code, name, name_fr, short_name, short_name_fr, component, component_fr,
                        uniformed, position)
VALUES
  ('mso', 'Military staff officers', 'Officiers d’état-major', 'MSO', 'OEM',
   'Force', 'Force', 1, 1),
  ('troops', 'Troops (contingent members)', 'Membres des contingents', 'Troops', 'Troupes',
   'Force', 'Force', 1, 2),
  ('ipo', 'Individual police officers', 'Policiers hors unités constituées', 'IPO', 'Pol. ind.',
   'UN Police', 'Police des Nations Unies', 1, 3),
  ('fpu', 'Formed police units', 'Unités de police constituées', 'FPU', 'UPC',
   'UN Police', 'Police des Nations Unies', 1, 4),
  ('intl-staff', 'International civilian staff', 'Personnel civil international',
   'Intl staff', 'Civils int.', 'Civilian', 'Civils', 0, 5),
  ('unv', 'UN Volunteers', 'Volontaires des Nations Unies', 'UNV', 'VNU',
   'Civilian', 'Civils', 0, 6);

-- Camps still open on 16 October 2023 were due to close by the mandate's deadline.
INSERT INTO camps (name, region, latitude, longitude, kind, planned_closure, handover_date,
                   handed_over_to, env_status, env_date, notes)
VALUES
  ('Bamako', 'Bamako', 12.65, -8.0, 'headquarters', '2023-12-31', NULL, NULL,
   'not-started', NULL, NULL),
  ('Gao', 'Gao', 16.27167, -0.04472, 'sector-headquarters', '2023-12-31', NULL, NULL,
   'not-started', NULL, NULL),
  ('Timbuktu', 'Timbuktu', 16.77348, -3.00742, 'sector-headquarters', '2023-12-31', NULL, NULL,
   'not-started', NULL, NULL),
  ('Kidal', 'Kidal', 18.44111, 1.40778, 'sector-headquarters', '2023-12-31', NULL, NULL,
   'not-started', NULL, NULL),
  ('Tessalit', 'Kidal', 20.20126, 1.01186, 'camp', '2023-12-31', NULL, NULL,
   'not-started', NULL, NULL),
  ('Aguelhok', 'Kidal', 19.46139, 0.85889, 'camp', '2023-12-31', NULL, NULL,
   'not-started', NULL, NULL),
  ('Ménaka', 'Ménaka', 15.9182, 2.4022, 'camp', '2023-08-25', NULL, NULL,
   'done', '2023-08-25', NULL),
  ('Ansongo', 'Gao', 15.6597, 0.5022, 'camp', '2023-12-31', NULL, NULL,
   'not-started', NULL, NULL),
  ('Ber', 'Timbuktu', 16.834927, -2.531944, 'camp', '2023-08-13', NULL, NULL,
   'not-started', NULL, NULL),
  ('Goundam', 'Timbuktu', 16.41453, -3.67075, 'camp', '2023-08-31', NULL, NULL,
   'not-started', NULL, NULL),
  ('Mopti', 'Mopti', 14.52742, -4.09344, 'sector-headquarters', '2023-12-31', NULL, NULL,
   'not-started', NULL, 'The camp stands at Sévaré, next to Mopti.'),
  ('Douentza', 'Mopti', 15.00155, -2.94978, 'camp', '2023-12-31', NULL, NULL,
   'not-started', NULL, NULL),
  ('Ogossagou', 'Bandiagara', 14.0664, -3.45379, 'temporary-operating-base', '2023-08-03',
   '2023-08-03', 'Malian authorities', 'done', NULL,
   'Assessed before the handover, as at every camp; the date of the assessment was not reported.');

-- A camp's name and region in French, where they differ (the French UI shows them; either
-- name finds the camp, either region finds its camps).
UPDATE camps SET name_fr = 'Tombouctou' WHERE name = 'Timbuktu';
UPDATE camps SET region_fr = 'Tombouctou' WHERE region = 'Timbuktu';

INSERT INTO camp_aliases (camp_id, alias)
SELECT id, alias FROM camps JOIN (
  SELECT 'Aguelhok' AS camp, 'Aguel''hok' AS alias
  UNION ALL SELECT 'Ménaka', 'Menaka'
  UNION ALL SELECT 'Mopti', 'Sévaré'
  UNION ALL SELECT 'Mopti', 'Mopti-Sévaré'
) AS a ON a.camp = camps.name;

-- Every camp was running when the Council ended the mandate.
INSERT INTO camp_status (camp_id, date, status, note)
SELECT id, '2023-06-30', 'operational', NULL FROM camps ORDER BY id;

INSERT INTO camp_status (camp_id, date, status, note)
SELECT id, s.date, s.status, s.note FROM camps JOIN (
  SELECT 'Ménaka' AS camp, '2023-07-01' AS date, 'drawing-down' AS status, NULL AS note
  UNION ALL SELECT 'Ogossagou', '2023-08-03', 'handed-over', 'Handed over to the Malian authorities'
  UNION ALL SELECT 'Ber', '2023-08-13', 'closed', NULL
  UNION ALL SELECT 'Ménaka', '2023-08-25', 'closed', 'The last convoy left for Gao'
  UNION ALL SELECT 'Goundam', '2023-08-31', 'closed',
                   'End of the first withdrawal phase; date approximate'
  UNION ALL SELECT 'Mopti', '2023-09-20', 'drawing-down', NULL
  UNION ALL SELECT 'Kidal', '2023-10-10', 'drawing-down',
                   'Troops left the outposts and regrouped in the camp'
  UNION ALL SELECT 'Tessalit', '2023-10-16', 'drawing-down', 'Northern camps withdrawal begins'
  UNION ALL SELECT 'Aguelhok', '2023-10-16', 'drawing-down', 'Northern camps withdrawal begins'
) AS s ON s.camp = camps.name
ORDER BY s.date, camps.id;

INSERT INTO deployments (camp_id, category, count, date, source)
SELECT id, 'troops', d.count, '2023-06-30', 'Geo-PKO v2.3 estimate from UN deployment maps'
FROM camps JOIN (
  SELECT 'Gao' AS camp, 4765 AS count
  UNION ALL SELECT 'Timbuktu', 3390
  UNION ALL SELECT 'Kidal', 2380
  UNION ALL SELECT 'Mopti', 2085
  UNION ALL SELECT 'Douentza', 1300
  UNION ALL SELECT 'Tessalit', 1185
  UNION ALL SELECT 'Aguelhok', 1000
  UNION ALL SELECT 'Ansongo', 950
  UNION ALL SELECT 'Bamako', 670
  UNION ALL SELECT 'Ménaka', 500
  UNION ALL SELECT 'Goundam', 300
  UNION ALL SELECT 'Ber', 150
) AS d ON d.camp = camps.name
ORDER BY d.count DESC;

-- Departures. The 27 September figures were reported for the whole mission since the
-- start; the 116 troops who left Mopti on 20 September are part of them, so the
-- mission-wide troops row is the reported 2,583 less those 116.
INSERT INTO movements (date, camp_id, category, contingent, count, note)
SELECT '2023-09-20', id, 'troops', 'Senegal', 116, 'Senegalese peacekeepers repatriated'
FROM camps WHERE name = 'Mopti';

INSERT INTO movements (date, camp_id, category, contingent, count, note)
VALUES
  ('2023-09-27', NULL, 'troops', NULL, 2467,
   'cumulative figure reported on this date, not broken down by camp or date'),
  ('2023-09-27', NULL, 'mso', NULL, 97,
   'cumulative figure reported on this date, not broken down by camp or date'),
  ('2023-09-27', NULL, 'ipo', NULL, 184,
   'cumulative figure reported on this date, not broken down by camp or date'),
  ('2023-09-27', NULL, 'fpu', NULL, 412,
   'cumulative figure reported on this date, not broken down by camp or date'),
  ('2023-09-27', NULL, 'intl-staff', NULL, 81,
   'cumulative figure reported on this date, not broken down by camp or date'),
  ('2023-09-27', NULL, 'unv', NULL, 10,
   'cumulative figure reported on this date, not broken down by camp or date');

INSERT INTO convoys (from_camp_id, to_camp_id, departed, arrived, personnel, vehicles, note)
SELECT f.id, t.id, '2023-08-25', '2023-08-30', NULL, NULL, 'Last convoy out of the Ménaka camp'
FROM camps f, camps t WHERE f.name = 'Ménaka' AND t.name = 'Gao';

INSERT INTO events (camp_id, date, kind, title, title_fr)
SELECT (SELECT id FROM camps WHERE name = e.camp), e.date, e.kind, e.title, e.title_fr
FROM (
  SELECT NULL AS camp, '2023-06-30' AS date, 'mandate' AS kind,
         'Security Council resolution 2690 ends the mandate; withdrawal to be completed by 31 December 2023' AS title,
         'La résolution 2690 du Conseil de sécurité met fin au mandat ; retrait à achever au 31 décembre 2023' AS title_fr
  UNION ALL SELECT 'Ogossagou', '2023-08-03', 'handover',
         'Temporary operating base handed over to the Malian authorities',
         'Base opérationnelle temporaire rétrocédée aux autorités maliennes'
  UNION ALL SELECT 'Ogossagou', '2023-08-04', 'repatriation',
         'The last Senegalese troops leave the base',
         'Départ des derniers soldats sénégalais de la base'
  UNION ALL SELECT NULL, '2023-08-11', 'note',
         'Contingent-owned equipment and other assets disposed of under UN rules',
         'Matériel appartenant aux contingents et autres avoirs cédés selon les règles de l’ONU'
  UNION ALL SELECT NULL, '2023-08-16', 'note',
         'Camp closure procedure: assets to be disposed of responsibly and transparently',
         'Procédure de fermeture des camps : cession des avoirs responsable et transparente'
  UNION ALL SELECT 'Ménaka', '2023-08-25', 'assessment',
         'Environmental assessment before the camp is restituted to the Malian state',
         'Évaluation environnementale avant la restitution du camp à l’État malien'
  UNION ALL SELECT 'Ménaka', '2023-08-25', 'convoy',
         'The last convoy leaves the camp for Gao',
         'Le dernier convoi quitte le camp pour Gao'
  UNION ALL SELECT 'Gao', '2023-08-30', 'convoy',
         'The convoy from Ménaka arrives',
         'Arrivée du convoi parti de Ménaka'
  UNION ALL SELECT 'Mopti', '2023-09-20', 'repatriation',
         '116 Senegalese peacekeepers repatriated',
         '116 Casques bleus sénégalais rapatriés'
  UNION ALL SELECT NULL, '2023-09-20', 'note',
         'Bangladesh Air Force: ten years of air operations for the mission',
         'Armée de l’air du Bangladesh : dix ans d’opérations aériennes pour la Mission'
  UNION ALL SELECT NULL, '2023-09-27', 'repatriation',
         '3,367 personnel have left since the withdrawal began',
         '3 367 membres du personnel partis depuis le début du retrait'
  UNION ALL SELECT 'Kidal', '2023-10-10', 'status',
         'Troops leave the outposts supporting the reconstituted Malian army battalion and regroup in the camp',
         'Les troupes quittent les postes avancés qui appuyaient le bataillon reconstitué des forces armées maliennes et se regroupent dans le camp'
  UNION ALL SELECT NULL, '2023-10-14', 'security',
         'Tensions and armed presence in the north threaten an orderly departure',
         'Tensions et présence armée dans le nord menacent un départ en bon ordre'
  UNION ALL SELECT 'Tessalit', '2023-10-16', 'status',
         'Withdrawal from the northern camps begins',
         'Début du retrait des camps du nord'
  UNION ALL SELECT 'Aguelhok', '2023-10-16', 'status',
         'Withdrawal from the northern camps begins',
         'Début du retrait des camps du nord'
) AS e;
