"""The pipeline job, a daily schedule, and a sensor on the landing folder.

Both are defined STOPPED: turn them on in the UI (Automation tab) or with
`dagster schedule start daily_pipeline` / `dagster sensor start landing_folder_sensor`
while `newsledger ui` (its daemon) is running.
"""
import hashlib
from pathlib import Path

import dagster as dg

from orchestration.defs.resources import LandingFolder
from transforms.landing import LANDING_SUFFIXES

pipeline_job = dg.define_asset_job("newsledger_pipeline", selection=dg.AssetSelection.all())

daily_pipeline = dg.ScheduleDefinition(
    name="daily_pipeline", job=pipeline_job, cron_schedule="0 6 * * *",
    execution_timezone="UTC", default_status=dg.DefaultScheduleStatus.STOPPED,
)


def landing_fingerprint(root: Path) -> str:
    """Changes when any landing file appears, disappears or changes (path, size, mtime)."""
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.is_file() and path.suffix.lower() in LANDING_SUFFIXES:
            stat = path.stat()
            digest.update(f"{path.relative_to(root)}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


@dg.sensor(job=pipeline_job, minimum_interval_seconds=60,
           default_status=dg.DefaultSensorStatus.STOPPED)
def landing_folder_sensor(context: dg.SensorEvaluationContext, landing: LandingFolder):
    """Start a run when landing files appear or change."""
    root = Path(landing.path)
    if not root.is_dir():
        return dg.SkipReason(f"landing folder {root} does not exist")
    fingerprint = landing_fingerprint(root)
    if fingerprint == context.cursor:
        return dg.SkipReason("landing folder unchanged")
    context.update_cursor(fingerprint)
    return dg.RunRequest(run_key=fingerprint)
