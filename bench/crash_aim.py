#!/usr/bin/env python3
"""Runs one `strata ingest` and watches its store files every millisecond, to aim kill -9 at the
commit of the load's batch (used by crash-ingest.sh).

  crash_aim.py observe DB -- CMD...       an uninterrupted run: prints "commit_from S0 commit_to S1
                                           log_before L quiet_ms Q insert_pause_ms P commit_s S
                                           total_ms MS"
  crash_aim.py kill DB TARGET -- CMD...   kills CMD as TARGET (pause:G:MIN:OFFSET, wal:MIN:D or
                                           walgone:MIN) is reached and prints where it landed

DuckDB writes a batch's rows into the store file while inserting them; the load then does its
bookkeeping (the file pauses growing, about 0.4 s, where pauses while inserting last about
0.15 s); then the commit writes the rest (last row groups, indexes: the same 6 MB each run) into
the file, appends a checkpoint marker to the write-ahead log (DB.wal; a transaction this large
is committed by a checkpoint, not through the log), writes the file's new header and deletes the
log.
Where the file's growth resumes after the pause the commit has begun. The file's size when the
pause begins varies by a megabyte or two from run to run, so the aim is taken in each run: after a
pause of G ms once the file passed MIN bytes, at OFFSET bytes of growth. The load reports the
batch done ("batch N files: ... commit Xs" on stderr with STRATA_TIMING=1) only after the commit returns.
"""
import os
import signal
import subprocess
import sys
import threading
import time

QUIET_MS = 150  # a pause in the store file's growth this long separates insert from commit


def size(path):
    try:
        return os.stat(path).st_size
    except FileNotFoundError:
        return -1


def start(db, cmd):
    for p in (db, db + ".wal"):
        if os.path.exists(p):
            os.remove(p)
    env = dict(os.environ, STRATA_TIMING="1")
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
    lines = []

    def read():
        for line in proc.stderr:
            lines.append(line.rstrip())

    threading.Thread(target=read, daemon=True).start()
    return proc, lines


def observe(db, cmd):
    proc, lines = start(db, cmd)
    t0 = time.monotonic()
    events = []  # (ms, store size, log size) at each change
    last = None
    while proc.poll() is None:
        now = (size(db), size(db + ".wal"))
        if now != last:
            events.append(((time.monotonic() - t0) * 1000, now[0], now[1]))
            last = now
        time.sleep(0.001)
    total = (time.monotonic() - t0) * 1000
    if proc.returncode != 0:
        sys.exit(f"reference ingest failed (exit {proc.returncode}): {lines[-3:]}")
    largest = max(e[1] for e in events)
    # the commit: the log grows (from a size it already had) once the store file is mostly written
    grows = [i for i in range(1, len(events)) if events[i - 1][2] > 0 and events[i][2] > events[i - 1][2]
             and events[i][1] >= largest // 2]
    end = grows[-1] if grows else max(i for i, e in enumerate(events) if e[1] == largest)
    i = end  # walk back over the store file's last run of growth
    while i > 0 and events[i][0] - events[i - 1][0] < QUIET_MS:
        i -= 1
    s0 = events[i - 1][1] if i > 0 else events[0][1]
    quiet = events[i][0] - events[i - 1][0] if i > 0 else 0
    # the longest pause in the store file's growth while the rows were inserted
    inserting = [events[k][0] - events[k - 1][0] for k in range(1, i) if events[k - 1][1] >= s0 // 10]
    commit = next((l.split("commit ")[1].rstrip("s") for l in lines if l.startswith("batch ") and "commit " in l), "?")
    print(f"commit_from {s0} commit_to {events[end][1]} log_before {events[end - 1][2] if grows else -1}"
          f" quiet_ms {quiet:.0f} insert_pause_ms {max(inserting, default=0):.0f} commit_s {commit}"
          f" total_ms {total:.0f}")


def kill(db, target, cmd):
    """TARGET: pause:G:MIN:OFFSET (after the store file, past MIN bytes, paused growing for G ms,
    once it has grown OFFSET bytes more), wal:MIN:D (D ms after the log grows, the store file
    past MIN bytes) or walgone:MIN (as the log is deleted, the store file past MIN bytes)."""
    kind, *bounds = target.split(":")
    bounds = [int(b) for b in bounds]
    proc, lines = start(db, cmd)
    t0 = time.monotonic()
    last_size, last_change, armed = -1, t0, None  # armed: the store's size when the pause began
    last_log = -1
    while proc.poll() is None:
        now, s = time.monotonic(), size(db)
        log = size(db + ".wal")
        late = s >= bounds[0]  # the log changes early too, while the schema is made
        if kind == "wal" and late and 0 < last_log < log:
            time.sleep(bounds[1] / 1000)
            break
        if kind == "walgone" and late and last_log > 0 and log < 0:
            break
        last_log = log
        if s != last_size:
            if kind == "pause" and armed is None and last_size >= bounds[1] and (now - last_change) * 1000 >= bounds[0]:
                armed = last_size
            last_size, last_change = s, now
        if armed is not None and s >= armed + max(1, bounds[2]):
            break
        time.sleep(0.0005)
    at = (time.monotonic() - t0) * 1000
    s, w = size(db), size(db + ".wal")
    if proc.poll() is not None:
        print(f"missed: the ingest ended (exit {proc.returncode}) at {at:.0f} ms before {target}")
        return
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    done = "yes" if any(l.startswith("batch ") and "commit " in l for l in lines) else "no"
    grown = f", {s - armed:,} bytes into the commit's growth" if armed is not None else ""
    print(f"killed at {at:.0f} ms with the store file at {s:,} bytes{grown}, log {w:,} bytes,"
          f" batch reported done: {done}")


def main():
    args = sys.argv[1:]
    cut = args.index("--")
    head, cmd = args[:cut], args[cut + 1:]
    if head[0] == "observe":
        observe(head[1], cmd)
    elif head[0] == "kill":
        kill(head[1], head[2], cmd)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
