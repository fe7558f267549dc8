"""Landing folder → raw records.

Every landed file ends as records or as quarantine rows with a reason; one bad file or line
never stops a run. Reading files is I/O, so this module returns DataFrames, not LazyFrames;
everything downstream is lazy.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl


TEXT_SUFFIXES = {".md", ".txt"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm"}
LANDING_SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES

RECORD_SCHEMA = {
    "source_file": pl.Utf8,
    "record": pl.Int64,
    "format": pl.Utf8,
    "given_id": pl.Utf8,
    "raw_text": pl.Utf8,
    "given_title": pl.Utf8,
    "given_url": pl.Utf8,
    "given_published_at": pl.Utf8,
    "given_outlet": pl.Utf8,
    "given_author": pl.Utf8,
    "given_language": pl.Utf8,
    "given_captions": pl.Utf8,
}
QUARANTINE_SCHEMA = {
    "source_file": pl.Utf8,
    "record": pl.Int64,
    "stage": pl.Utf8,
    "reason": pl.Utf8,
    "detail": pl.Utf8,
}
FILE_SCHEMA = {"source_file": pl.Utf8, "file_sha256": pl.Utf8, "size_bytes": pl.Int64}


def scan_landing(root: Path) -> pl.DataFrame:
    """Every landing file under `root` with its content hash (the change detector)."""
    rows = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        if path.suffix.lower() not in LANDING_SUFFIXES or any(
            part.startswith(".") for part in path.relative_to(root).parts
        ):
            continue
        data = path.read_bytes()
        rows.append(
            {
                "source_file": path.relative_to(root).as_posix(),
                "file_sha256": hashlib.sha256(data).hexdigest(),
                "size_bytes": len(data),
            }
        )
    return pl.DataFrame(rows, schema=FILE_SCHEMA)


@dataclass
class _Batch:
    records: list[dict] = field(default_factory=list)
    quarantine: list[dict] = field(default_factory=list)
    frames: list[pl.DataFrame] = field(default_factory=list)  # whole clean JSONL files

    def reject(self, source_file: str, record: int | None, reason: str, detail: str) -> None:
        self.quarantine.append(
            {"source_file": source_file, "record": record, "stage": "ingest",
             "reason": reason, "detail": detail[:500]}
        )

    def add(self, source_file: str, record: int | None, fmt: str, **given: object) -> None:
        row = {k: None for k in RECORD_SCHEMA}
        row.update(source_file=source_file, record=record, format=fmt)
        for key, value in given.items():
            row[key] = None if value is None else str(value)
        self.records.append(row)


def read_records(root: Path, source_files: list[str]) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Parse the given landing files into (records, quarantine)."""
    batch = _Batch()
    for rel in source_files:
        path = root / rel
        try:
            data = path.read_bytes()
        except OSError as exc:
            batch.reject(rel, None, "unreadable_file", str(exc))
            continue
        suffix = path.suffix.lower()
        if suffix in JSONL_SUFFIXES:
            _read_jsonl(batch, rel, data)
            continue
        text = _decode(batch, rel, None, data)
        if text is None:
            continue
        if suffix in HTML_SUFFIXES:
            from transforms.html_page import parse_html_page  # lxml/trafilatura: only for pages

            page = parse_html_page(text)
            if not (page.get("raw_text") or "").strip():
                batch.reject(rel, None, "no_text", "HTML page has no article text")
                continue
            batch.add(rel, None, "html", **page)
        else:
            batch.add(rel, None, suffix.lstrip("."), raw_text=text)
    records = pl.concat([pl.DataFrame(batch.records, schema=RECORD_SCHEMA), *batch.frames])
    return (
        records.sort("source_file", "record", nulls_last=False, maintain_order=True),
        pl.DataFrame(batch.quarantine, schema=QUARANTINE_SCHEMA),
    )


def _read_clean_jsonl(rel: str, text: str) -> pl.DataFrame | None:
    """Fast path: a file whose every line is a JSON object with a non-empty text, read by
    Polars in one call. Anything else (a blank or broken line, a line without text, a nested
    value) returns None and the file is read line by line, so each bad line gets its reason."""
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or any(not line.strip() for line in lines):
        return None
    try:
        frame = pl.read_ndjson(text.encode("utf-8"), infer_schema_length=None)
    except Exception:  # noqa: BLE001 — any parse problem: take the careful path
        return None
    if frame.height != len(lines):
        return None
    columns = set(frame.columns)
    for key in ({"text", "body"} | set(_JSONL_FIELDS)) & columns:
        if frame.schema[key] not in (pl.Utf8, pl.Int64, pl.Float64, pl.Null):
            return None
    body = pl.coalesce([pl.col(c).cast(pl.Utf8) for c in ("text", "body") if c in columns]
                       or [pl.lit(None, pl.Utf8)])
    frame = frame.select(
        pl.lit(rel).alias("source_file"),
        pl.int_range(1, pl.len() + 1, dtype=pl.Int64).alias("record"),
        pl.lit("jsonl").alias("format"),
        body.alias("raw_text"),
        *[(pl.col(src).cast(pl.Utf8) if src in columns else pl.lit(None, pl.Utf8)).alias(dst)
          for src, dst in _JSONL_FIELDS.items()],
        pl.lit(None, pl.Utf8).alias("given_captions"),
    )
    if frame.select((pl.col("raw_text").str.strip_chars().fill_null("") == "").any()).item():
        return None
    return frame.with_columns(pl.col("given_id").replace("", None)).select(list(RECORD_SCHEMA))


def _decode(batch: _Batch, rel: str, record: int | None, data: bytes) -> str | None:
    if not data.strip():
        batch.reject(rel, record, "empty", "no content")
        return None
    if b"\x00" in data:
        batch.reject(rel, record, "binary", "NUL bytes: not a text file")
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        batch.reject(rel, record, "bad_encoding", f"not UTF-8: {exc.reason} at byte {exc.start}")
        return None
    if not text.strip():
        batch.reject(rel, record, "empty", "only whitespace")
        return None
    return text


_JSONL_FIELDS = {"id": "given_id", "title": "given_title", "url": "given_url",
                 "published_at": "given_published_at", "outlet": "given_outlet",
                 "author": "given_author", "language": "given_language"}


def _read_jsonl(batch: _Batch, rel: str, data: bytes) -> None:
    text = _decode(batch, rel, None, data)
    if text is None:
        return
    fast = _read_clean_jsonl(rel, text)
    if fast is not None:
        batch.frames.append(fast)
        return
    for line_no, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            batch.reject(rel, line_no, "bad_json", f"{exc.msg} at column {exc.colno}")
            continue
        if not isinstance(obj, dict):
            batch.reject(rel, line_no, "bad_json", f"expected an object, got {type(obj).__name__}")
            continue
        body = obj.get("text") if obj.get("text") is not None else obj.get("body")
        if not isinstance(body, str) or not body.strip():
            batch.reject(rel, line_no, "no_text", "no non-empty 'text' or 'body' key")
            continue
        given_id = obj.get("id")
        batch.add(
            rel, line_no, "jsonl",
            given_id=None if given_id in (None, "") else given_id,
            raw_text=body,
            given_title=obj.get("title"),
            given_url=obj.get("url"),
            given_published_at=obj.get("published_at"),
            given_outlet=obj.get("outlet"),
            given_author=obj.get("author"),
            given_language=obj.get("language"),
        )
