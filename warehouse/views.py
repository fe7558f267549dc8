"""Views of CONTRACT.md, plus the toll history users ask for."""
from __future__ import annotations

# Article-level totals per category: the figures the extractor marked `in_article_total`.
_ARTICLE_TOTALS = """
CREATE OR REPLACE VIEW v_article_category_total AS
SELECT a.article_key, a.article_id, a.published_at, f.category,
       CAST(SUM(f.value) FILTER (WHERE f.in_article_total) AS BIGINT) AS total,
       MAX(f.stated_on) FILTER (WHERE f.in_article_total) AS stated_on,
       COUNT(*) FILTER (WHERE f.is_superseded) AS n_superseded,
       string_agg(DISTINCT f.stated_by, '; ') FILTER (WHERE f.in_article_total) AS stated_by
FROM dim_article a JOIN fact_figure f USING (article_key)
WHERE a.is_current
GROUP BY ALL
"""

_ARTICLE_TOLL = """
CREATE OR REPLACE VIEW v_article_toll AS
SELECT a.article_id,
       MAX(t.total) FILTER (WHERE t.category = 'killed') AS killed,
       MAX(t.total) FILTER (WHERE t.category = 'injured') AS injured
FROM dim_article a LEFT JOIN v_article_category_total t USING (article_key)
WHERE a.is_current
GROUP BY a.article_id
"""

# Where a report comes from: the wire agency it carries (copies and updates of one wire story
# count once, whoever reprinted them); an agency photo credit counts only for copy with no
# known publisher (an outlet's own report often carries an agency photo); else its story
# (near-duplicate cluster); else itself.
_ARTICLE_ORIGIN = """
CREATE OR REPLACE VIEW v_article_origin AS
SELECT a.article_key,
       COALESCE(
           'wire:' || CAST(MIN(b.outlet_key) FILTER (WHERE b.role = 'wire') AS VARCHAR),
           CASE WHEN COUNT(*) FILTER (WHERE b.role = 'publisher') = 0 THEN 'wire:' || CAST(
               MIN(b.outlet_key) FILTER (WHERE b.role = 'photo_credit') AS VARCHAR) END,
           'story:' || CAST(ANY_VALUE(s.story_key) AS VARCHAR),
           'article:' || CAST(a.article_key AS VARCHAR)) AS origin
FROM dim_article a
LEFT JOIN bridge_article_outlet b USING (article_key)
LEFT JOIN article_story s USING (article_key)
GROUP BY a.article_key
"""

# The toll's history: every article-level figure for an event, in the order it was stated.
_TOLL_HISTORY = """
CREATE OR REPLACE VIEW v_toll_history AS
SELECT be.event_key, t.category, t.total AS value, t.stated_on,
       COALESCE(t.stated_on, CAST(a.published_at AS DATE)) AS said_on,
       t.stated_by, a.article_id, a.title, a.published_at, o.outlet_name AS publisher,
       og.origin, t.n_superseded
FROM v_article_category_total t
JOIN bridge_event_article be USING (article_key)
JOIN dim_article a USING (article_key)
LEFT JOIN dim_outlet o ON o.outlet_key = a.publisher_outlet_key
JOIN v_article_origin og USING (article_key)
WHERE t.total IS NOT NULL
"""

# latest_value: by the day it was said; on a tie, an article that reports figures as
# superseded comes after those stating them; then by publication time.
_EVENT_TOLL = """
CREATE OR REPLACE VIEW v_event_toll AS
SELECT h.event_key, h.category,
       MIN(h.value) AS min_value, MAX(h.value) AS max_value,
       FIRST(h.value ORDER BY h.said_on DESC NULLS LAST, h.n_superseded DESC,
             h.published_at DESC NULLS LAST, h.article_id DESC) AS latest_value,
       MAX(h.published_at) AS latest_published_at,
       COUNT(DISTINCT h.article_id) AS n_articles,
       COUNT(DISTINCT h.publisher) AS n_outlets,
       COUNT(DISTINCT h.origin) AS n_independent_reports
FROM v_toll_history h
GROUP BY h.event_key, h.category
"""

VIEWS = (_ARTICLE_TOTALS, _ARTICLE_TOLL, _ARTICLE_ORIGIN, _TOLL_HISTORY, _EVENT_TOLL)


def create_views(con) -> None:
    for statement in VIEWS:
        con.execute(statement)
