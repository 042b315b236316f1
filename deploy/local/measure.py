#!/usr/bin/env python3
"""Measures a running ./run-local stack while it works through a replay: start time, peak RSS, notices per second.

Usage: deploy/local/measure.py NOTICES [SECONDS]
  NOTICES  how many releases the replay holds (fetcher/tools/replay-set.py writes them)
  SECONDS  give up after this long (default 1800)

Start it in a second terminal right after ./run-local --replay DIR (same LOCAL_DATA_DIR and port variables). It finds
each service's JVM by its jar under the data folder, samples its RSS (VmRSS) and, with the monitoring token, the
counters on /prometheus once a second, and prints one table when the tracker has recorded every release and the
notifier's intake has no lag. Peak RSS: the highest VmRSS sampled, and VmHWM (the kernel's own peak). Start time: from the JVM's process start to its first /health answer of UP, and
the CPU time (user + system) the JVM had used by then, which a loaded machine stretches far less than the wall time.
"""
import os
import pathlib
import re
import sys
import time
import urllib.request

notices = int(sys.argv[1])
limit = float(sys.argv[2]) if len(sys.argv) > 2 else 1800
root = pathlib.Path(__file__).resolve().parents[2]
data = pathlib.Path(os.environ.get("LOCAL_DATA_DIR", root / ".data")).resolve()
ports = {s: int(os.environ.get(f"{s.upper()}_PORT", p))
         for s, p in (("fetcher", 8081), ("classifier", 8082), ("notifier", 8083), ("tracker", 8084))}
ticks = os.sysconf("SC_CLK_TCK")
boot = next(float(line.split()[1]) for line in open("/proc/stat") if line.startswith("btime"))


def token():
    path = data / "monitoring-token"
    return os.environ.get("MONITORING_TOKEN") or (path.read_text().strip() if path.exists() else "")


def get(port, path, auth=True):
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}")
    if auth:
        request.add_header("Authorization", f"Bearer {token()}")
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.read().decode()
    except Exception:
        return None


def pid_of(service):
    jar = f"{data}/jars/{service}-"
    for entry in pathlib.Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if jar in (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace"):
                    return int(entry.name)
            except OSError:
                pass
    return None


def rss_mb(pid):
    """VmRSS now and VmHWM (the process's peak so far, so that a peak between two samples is not missed), in MB."""
    values = {}
    try:
        for line in open(f"/proc/{pid}/status"):
            if line.startswith(("VmRSS:", "VmHWM:")):
                values[line.split(":")[0]] = int(line.split()[1]) / 1024
    except OSError:
        return None
    return values.get("VmRSS"), values.get("VmHWM")


def cpu_seconds(pid):
    """User and system CPU time the process has used: a start figure that the machine's load does not stretch."""
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / ticks


def started_at(pid):
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return boot + int(fields[19]) / ticks


def total(text, metric, where=""):
    if not text:
        return 0.0
    pattern = re.compile(rf"^{metric}(\{{[^}}]*\}})? (\S+)$", re.M)
    return sum(float(m.group(2)) for m in pattern.finditer(text) if where in (m.group(1) or ""))


pids, start, up, up_cpu, peak, hwm = {}, {}, {}, {}, {}, {}
counts = {s: [] for s in ports}  # (time, count)
metric = {"fetcher": ("tenderwatch_fetcher_releases_published_total", ""),
          "classifier": ("tenderwatch_classifier_notices_total", ""),
          "notifier": ("kafka_consumer_records_consumed_total_records_total", "notifier-classified-notice-listener"),
          "tracker": ("tenderwatch_tracker_releases_total", "")}
began = time.time()
load_at_start = os.getloadavg()
while time.time() - began < limit:
    now = time.time()
    for service, port in ports.items():
        if service not in pids:
            pid = pid_of(service)
            if pid:
                pids[service], start[service] = pid, started_at(pid)
        pid = pids.get(service)
        if not pid:
            continue
        rss = rss_mb(pid)
        if rss and rss[0]:
            peak[service] = max(peak.get(service, 0), rss[0])
            hwm[service] = rss[1] or 0
        if service not in up and '"UP"' in (get(port, "/health", auth=False) or ""):
            up[service] = time.time() - start[service]
            up_cpu[service] = cpu_seconds(pid)
        name, where = metric[service]
        counts[service].append((now, total(get(port, "/prometheus"), name, where)))
    lag = total(get(ports["notifier"], "/prometheus"), "tenderwatch_notifier_intake_lag_records")
    if counts["tracker"] and counts["tracker"][-1][1] >= notices and counts["notifier"] and \
            counts["notifier"][-1][1] >= notices and lag == 0:
        break
    time.sleep(max(0.0, 1 - (time.time() - now)))


def rate(samples):
    moving = [(t, c) for t, c in samples if c > 0]
    if len(moving) < 2:
        return 0.0, 0.0
    (t0, c0), (t1, c1) = moving[0], moving[-1]
    return (c1 - c0) / (t1 - t0) if t1 > t0 else 0.0, c1


first = min((t for s in counts.values() for t, c in s if c > 0), default=None)
last = max((t for s in counts.values() for t, c in s if c > 0 and c == s[-1][1]), default=None)
print(f"{notices} notices, load average at start {load_at_start[0]:.1f}, at end {os.getloadavg()[0]:.1f} ({os.cpu_count()} cores)")
print(f"{'service':<11} {'start to UP':>11} {'CPU to UP':>9} {'peak RSS':>9} {'VmHWM':>7} {'counted':>8} {'per second':>10}")
for service in ports:
    per_second, counted = rate(counts[service])
    print(f"{service:<11} {up.get(service, float('nan')):>10.1f}s {up_cpu.get(service, float('nan')):>8.1f}s"
          f" {peak.get(service, 0):>7.0f}MB {hwm.get(service, 0):>5.0f}MB"
          f" {counted:>8.0f} {per_second:>10.0f}")
print(f"whole stack peak RSS (services, summed peaks): {sum(peak.values()):.0f} MB (VmHWM summed: {sum(hwm.values()):.0f} MB)")
if first and last and last > first:
    print(f"end to end: {notices / (last - first):.0f} notices/s (first published to last recorded, {last - first:.0f} s)")
