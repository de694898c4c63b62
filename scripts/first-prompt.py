#!/usr/bin/env python3
"""Time from starting `sobre interview` in piped mode to its first question prompt.

Usage: scripts/first-prompt.py SOBRE_BINARY SCRATCH_FOLDER [RUNS]

Each run starts a new interview (a new file under SCRATCH_FOLDER) with standard input a pipe
that stays open, so the interview waits at its first prompt as it would for a person; the
clock stops when the prompt line (`1/47 >`) reaches standard output. Then `q` saves and
leaves. Prints the median time in milliseconds and the median peak memory (kB, as
/usr/bin/time's %M) of the runs: "MILLISECONDS KILOBYTES".

The time includes starting the process (fork and exec from Python, about a millisecond),
as a user typing the command would see it.
"""

import os
import re
import statistics
import subprocess
import sys
import time

PROMPT = re.compile(rb"^\d+/\d+ >$")


def one_run(binary: str, scratch: str, k: int) -> tuple[float, int]:
    out = os.path.join(scratch, f"interview-{os.getpid()}-{k}.json")
    if os.path.exists(out):
        os.remove(out)
    start = time.perf_counter()
    child = subprocess.Popen(
        [binary, "interview", "--site", "Banc d'essai", "--date", "2026-01-15", "--out", out],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    elapsed = None
    assert child.stdout is not None and child.stdin is not None
    for line in child.stdout:
        if PROMPT.match(line.rstrip(b"\n")):
            elapsed = time.perf_counter() - start
            break
    child.stdin.write(b"q\n")
    child.stdin.close()
    child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if elapsed is None:
        sys.exit(f"first-prompt: no prompt from {binary} (exit status {child.returncode})")
    return elapsed * 1000, usage.ru_maxrss


def main() -> None:
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    binary, scratch = sys.argv[1], sys.argv[2]
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 7
    os.makedirs(scratch, exist_ok=True)
    # One run first, not counted: it loads the binary and the questionnaire into the page cache.
    one_run(binary, scratch, -1)
    results = [one_run(binary, scratch, k) for k in range(runs)]
    millis = statistics.median(r[0] for r in results)
    rss = int(statistics.median(r[1] for r in results))
    print(f"{millis:.1f} {rss}")


if __name__ == "__main__":
    main()
