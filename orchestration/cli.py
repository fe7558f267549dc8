"""`newsledger run | sql | ui` (CONTRACT.md). Errors are one line on stderr, exit non-zero."""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from orchestration import settings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="newsledger", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="materialize every asset once, in process")
    run.add_argument("--landing", help="landing folder (env NEWSLEDGER_LANDING)")
    run.add_argument("--warehouse", help="DuckDB file (env NEWSLEDGER_WAREHOUSE)")
    run.add_argument("--force", action="store_true",
                     help="start a Dagster run even when no landing file is new or changed")
    run.add_argument("--rebuild", action="store_true",
                     help="load every landing file into a fresh warehouse (after upgrading "
                          "newsledger's extractors); the old file is kept as <file>.bak")
    run.add_argument("--batch-mb", type=float, default=None,
                     help="landing MB per Dagster run when working through a backlog "
                          "(default 64; 0 = everything in one run)")
    sql = sub.add_parser("sql", help="read-only query of the warehouse")
    sql.add_argument("query")
    sql.add_argument("--warehouse", help="DuckDB file (env NEWSLEDGER_WAREHOUSE)")
    sql.add_argument("--format", choices=["table", "csv", "json"], default="table")
    sql.add_argument("--wait", type=float, default=10.0,
                     help="seconds to wait while a run holds the file (default 10)")
    ui = sub.add_parser("ui", help="the Dagster UI on 127.0.0.1")
    ui.add_argument("--port", type=int, default=3000)
    args = parser.parse_args(argv)
    try:
        return {"run": _run, "sql": _sql, "ui": _ui}[args.command](args)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 — the contract: one line, non-zero
        print(f"newsledger {args.command}: {type(exc).__name__}: {_one_line(exc)}", file=sys.stderr)
        return 1


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text[:400] if text else type(exc).__name__


def _configure_env(landing: str | None, warehouse: str | None) -> None:
    if landing:
        os.environ["NEWSLEDGER_LANDING"] = str(Path(landing).resolve())
    if warehouse:
        os.environ["NEWSLEDGER_WAREHOUSE"] = str(Path(warehouse).resolve())
    os.environ.setdefault("DAGSTER_HOME", str(settings.DAGSTER_HOME))
    settings.ensure_dagster_home(os.environ["DAGSTER_HOME"])


def _run(args: argparse.Namespace) -> int:
    _configure_env(args.landing, args.warehouse)
    landing = Path(settings.landing_dir())
    if not landing.is_dir():
        print(f"newsledger run: landing folder {landing} does not exist", file=sys.stderr)
        return 2
    from orchestration.pipeline import (DEFAULT_BATCH_BYTES, nothing_to_load, run_in_batches,
                                        summary)
    from transforms.landing import scan_landing

    warehouse = settings.warehouse_path()
    if args.rebuild and Path(warehouse).exists():
        backup = Path(warehouse + ".bak")
        Path(warehouse).replace(backup)
        if Path(warehouse + ".wal").exists():  # an unfinished write-ahead log goes with it
            Path(warehouse + ".wal").replace(Path(str(backup) + ".wal"))
        print(f"newsledger run: previous warehouse kept as {backup}")
    scanned = scan_landing(landing)  # once: the skip test and the batch plan share it
    if not args.force and nothing_to_load(scanned, warehouse):
        print(summary(warehouse) + " (no new or changed landing files)")
        return 0
    max_bytes = DEFAULT_BATCH_BYTES if args.batch_mb is None else int(args.batch_mb * 2**20)
    outcomes = run_in_batches(landing, warehouse, max_bytes, scanned)
    failed = [o for o in outcomes if not o.success]
    if failed:
        print(f"newsledger run: failed: {failed[0].reason}", file=sys.stderr)
        return 1
    runs = f" ({len(outcomes)} runs)" if len(outcomes) > 1 else ""
    print(summary(warehouse) + runs)
    checks = sorted({c for o in outcomes for c in o.failed_checks})
    if checks:
        print(f"newsledger run: asset checks failed: {', '.join(checks)}", file=sys.stderr)
    return 0


def _sql(args: argparse.Namespace) -> int:
    _configure_env(None, args.warehouse)
    import duckdb

    from warehouse.connect import connect

    deadline = time.monotonic() + args.wait
    while True:
        try:
            con = connect(settings.warehouse_path(), read_only=True)
            break
        except duckdb.IOException as exc:
            if "lock" not in str(exc).lower() or time.monotonic() > deadline:
                raise RuntimeError(
                    f"{_one_line(exc)} (a run is writing the warehouse; retry when it ends, "
                    "or query a copy of the file)"
                ) from exc
            time.sleep(0.5)
    try:
        frame = con.sql(args.query).pl()
    finally:
        con.close()
    if args.format == "csv":
        sys.stdout.write(frame.write_csv())
    elif args.format == "json":
        sys.stdout.write(json.dumps(frame.to_dicts(), default=str, ensure_ascii=False) + "\n")
    else:
        import polars as pl

        with pl.Config(tbl_rows=200, tbl_cols=30, fmt_str_lengths=60, tbl_width_chars=200,
                       tbl_hide_dataframe_shape=True, tbl_hide_column_data_types=True):
            print(frame)
    return 0


def _ui(args: argparse.Namespace) -> int:
    _configure_env(None, None)
    dagster = Path(sys.executable).parent / "dagster"
    command = [str(dagster) if dagster.exists() else "dagster", "dev", "-m",
               "orchestration.definitions", "-h", "127.0.0.1", "-p", str(args.port)]
    os.chdir(settings.PROJECT_ROOT)
    os.execvp(command[0], command)
    return 0  # not reached


if __name__ == "__main__":
    raise SystemExit(main())
