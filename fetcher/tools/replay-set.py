#!/usr/bin/env python3
"""Writes a replay directory of N releases made from real recorded ones, for volume runs of the fetcher.

Usage: fetcher/tools/replay-set.py OUT_DIR [RELEASES] [RECORDED_DIR]
  RELEASES      how many (default 100000), written as release packages of 100, one file each
  RECORDED_DIR  the recorded releases to start from (default ../shared/data/labelled/releases)

Release k is recorded release k mod n with a fresh ocid and id, and a date one second after release k - 1;
procurement k mod (RELEASES / 4) owns it, so each procurement has four releases far apart in the set, and the files
run newest first, as the sources page. Nothing is invented but the identities and dates.
"""
import datetime
import json
import os
import pathlib
import sys

out = pathlib.Path(sys.argv[1])
count = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
recorded_dir = pathlib.Path(sys.argv[3] if len(sys.argv) > 3 else
                            pathlib.Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "labelled" / "releases")
recorded = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(recorded_dir.rglob("*.json"))]
if not recorded:
    sys.exit(f"no recorded releases under {recorded_dir}")
procurements = max(1, count // 4)
start = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
out.mkdir(parents=True, exist_ok=True)
for page, first in enumerate(range(count - 1, -1, -100)):
    releases = []
    for k in range(first, max(first - 100, -1), -1):
        release = dict(recorded[k % len(recorded)])
        release["ocid"] = f"ocds-h6vhtk-r{k % procurements}"
        release["id"] = f"{k:06d}-2099"
        release["date"] = (start + datetime.timedelta(seconds=k)).isoformat().replace("+00:00", "Z")
        releases.append(release)
    (out / f"{page:05d}.json").write_text(json.dumps({"version": "1.1", "releases": releases}, ensure_ascii=False),
                                          encoding="utf-8")
print(f"{count} releases of {procurements} procurements in {page + 1} files under {out}")
