"""Tables of CONTRACT.md plus newsledger's own bookkeeping tables.

No PRIMARY KEY, UNIQUE or SEQUENCE: the same DDL runs on DuckLake. Keys are derived hashes
(`transforms.keys`), uniqueness is checked by Pandera and by asset checks.
"""
from __future__ import annotations

TABLES: dict[str, str] = {
    "dim_outlet": """
        outlet_key BIGINT NOT NULL, outlet_name VARCHAR NOT NULL, domain VARCHAR,
        outlet_type VARCHAR NOT NULL, country_code VARCHAR""",
    "dim_article": """
        article_key BIGINT NOT NULL, article_id VARCHAR NOT NULL, version INTEGER NOT NULL,
        is_current BOOLEAN NOT NULL, source_file VARCHAR NOT NULL, source_record BIGINT,
        title VARCHAR, subtitle VARCHAR, url VARCHAR, byline VARCHAR,
        publisher_outlet_key BIGINT, published_at TIMESTAMPTZ, published_at_source VARCHAR,
        published_at_confidence VARCHAR, language VARCHAR, body VARCHAR NOT NULL,
        captions VARCHAR, machine_translated BOOLEAN NOT NULL, content_sha256 VARCHAR NOT NULL,
        ingested_at TIMESTAMPTZ NOT NULL""",
    "bridge_article_outlet": """
        article_key BIGINT NOT NULL, outlet_key BIGINT NOT NULL, role VARCHAR NOT NULL""",
    "dim_date": """
        date_key INTEGER NOT NULL, date DATE NOT NULL, year INTEGER, quarter TINYINT,
        month TINYINT, day TINYINT, iso_week TINYINT, weekday VARCHAR""",
    "fact_date_mention": """
        article_key BIGINT NOT NULL, mention_text VARCHAR NOT NULL, char_start BIGINT NOT NULL,
        char_end BIGINT NOT NULL, timex_type VARCHAR NOT NULL, timex_value VARCHAR,
        resolved_date DATE""",
    "fact_figure": """
        figure_key BIGINT NOT NULL, article_key BIGINT NOT NULL, event_key BIGINT,
        category VARCHAR NOT NULL, value BIGINT NOT NULL, value_low BIGINT, value_high BIGINT,
        qualifier VARCHAR NOT NULL, subject VARCHAR, stated_by VARCHAR, stated_on DATE,
        refers_to_date DATE, is_background BOOLEAN NOT NULL, is_superseded BOOLEAN NOT NULL,
        is_hypothetical BOOLEAN NOT NULL, in_article_total BOOLEAN NOT NULL,
        mention_text VARCHAR NOT NULL, sentence VARCHAR, char_start BIGINT NOT NULL,
        char_end BIGINT NOT NULL""",
    "dim_event": """
        event_key BIGINT NOT NULL, event_date DATE, location_name VARCHAR, country_code VARCHAR,
        label VARCHAR""",
    "bridge_event_article": """
        event_key BIGINT NOT NULL, article_key BIGINT NOT NULL, score DOUBLE, reason VARCHAR""",
    "quarantine": """
        source_file VARCHAR, record BIGINT, stage VARCHAR NOT NULL, reason VARCHAR NOT NULL,
        detail VARCHAR, first_seen_at TIMESTAMPTZ NOT NULL""",
    # Bookkeeping: which landing files were loaded (the change detector) ...
    "landing_file": """
        source_file VARCHAR NOT NULL, file_sha256 VARCHAR NOT NULL, size_bytes BIGINT,
        loaded_at TIMESTAMPTZ NOT NULL""",
    # ... records that repeat a known article version (every record ends somewhere) ...
    "duplicate_record": """
        source_file VARCHAR, record BIGINT, article_id VARCHAR, duplicate_of_article_key BIGINT,
        reason VARCHAR, first_seen_at TIMESTAMPTZ NOT NULL""",
    # ... and which wire or own story each article tells (recomputed over all articles).
    "article_story": """
        article_key BIGINT NOT NULL, story_key BIGINT NOT NULL""",
    # LSH band hashes of each article_signature (transforms.syndication.signature_bands), kept
    # so that an incremental run finds near-duplicate candidates with a join in DuckDB.
    "article_signature_band": """
        article_key BIGINT NOT NULL, band INTEGER NOT NULL, h UBIGINT NOT NULL""",
}


# Per-article features re-read by the cross-article steps; their columns are those of the
# transforms that make them (`story_signatures`, `event_features`), so they are created from
# the first frame loaded.
FEATURE_TABLES = ("article_signature", "article_event_features")


def create_tables(con) -> None:
    for name, columns in TABLES.items():
        con.execute(f"CREATE TABLE IF NOT EXISTS {name} ({columns})")
