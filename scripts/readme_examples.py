"""Print README's example SQL with its real output on a warehouse (default: `make run`'s).

    .venv/bin/python scripts/readme_examples.py [data/warehouse.duckdb]
"""
from __future__ import annotations

import sys

import polars as pl

from warehouse.connect import connect

EXAMPLES = [
    ("Tolls per event: min, max, latest, and how many independent reports",
     """SELECT e.label, t.min_value, t.max_value, t.latest_value, t.n_articles,
       t.n_independent_reports
FROM v_event_toll t JOIN dim_event e USING (event_key)
WHERE t.category = 'killed'
ORDER BY t.n_articles DESC, e.event_date
LIMIT 8"""),
    ("Events whose reported tolls disagree",
     """SELECT e.label, t.min_value, t.max_value, t.latest_value
FROM v_event_toll t JOIN dim_event e USING (event_key)
WHERE t.category = 'killed' AND t.min_value <> t.max_value"""),
    ("How a toll was revised: every article-level figure of an event, in order",
     """SELECT h.said_on, h.value, h.stated_by, h.publisher, h.origin, h.article_id
FROM v_toll_history h JOIN dim_event e USING (event_key)
WHERE h.category = 'killed' AND e.label LIKE '%Konduga%'
ORDER BY h.said_on, h.n_superseded, h.published_at"""),
    ("Every figure one outlet published about an incident, with who said it",
     """SELECT f.category, f.value, f.qualifier, f.subject, f.stated_by, f.stated_on,
       f.is_background, f.is_superseded, f.in_article_total, f.mention_text
FROM fact_figure f JOIN dim_article a USING (article_key)
JOIN dim_outlet o ON o.outlet_key = a.publisher_outlet_key
JOIN bridge_event_article be USING (article_key)
JOIN dim_event e ON e.event_key = be.event_key
WHERE o.outlet_name = 'Capital News' AND e.label LIKE '%Indelimane%' AND a.is_current
ORDER BY f.char_start"""),
    ("Each article's total, as ACLED would count it",
     """SELECT article_id, killed, injured FROM v_article_toll ORDER BY article_id LIMIT 12"""),
    ("Which agencies' copy is in the warehouse, and how many outlets ran it",
     """SELECT o.outlet_name AS agency, b.role, count(DISTINCT b.article_key) AS articles,
       count(DISTINCT a.publisher_outlet_key) AS publishers
FROM bridge_article_outlet b JOIN dim_outlet o USING (outlet_key)
JOIN dim_article a USING (article_key)
WHERE o.outlet_type = 'wire_agency'
GROUP BY ALL ORDER BY articles DESC, agency, b.role"""),
    ("Date mentions resolved against the article's own date",
     """SELECT m.mention_text, m.timex_type, m.timex_value, m.resolved_date
FROM fact_date_mention m JOIN dim_article a USING (article_key)
WHERE a.article_id = 'seeds/mali_attack_unattributed.txt'
ORDER BY m.char_start"""),
    ("What was quarantined, and why",
     """SELECT source_file, record, stage, reason, detail FROM quarantine ORDER BY source_file, record"""),
]


def main(path: str) -> None:
    con = connect(path, read_only=True)
    with pl.Config(tbl_rows=40, tbl_cols=12, fmt_str_lengths=50, tbl_width_chars=1000,
                   tbl_hide_dataframe_shape=True, tbl_hide_column_data_types=True,
                   tbl_formatting="ASCII_MARKDOWN"):
        for title, sql in EXAMPLES:
            print(f"#### {title}\n\n```sql\n{sql}\n```\n")
            print(con.sql(sql).pl())
            print()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "data/warehouse.duckdb")
