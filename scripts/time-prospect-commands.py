#!/usr/bin/env python3
"""Times firstk's prospect commands on a database, as wall-clock time of the whole process
(start-up, opening the database, the query and printing), best and median of N runs.

    python3 scripts/time-prospect-commands.py --firstk .build/release/firstk \
        --db /tmp/firstk-bench.db --today 2025-11-01

Only the Python standard library is used.
"""

import argparse
import statistics
import subprocess
import time

COMMANDS = (
    ("due",),
    ("due", "--json"),
    ("prospects", "--json"),
    ("prospects",),
)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--firstk", required=True)
    parser.add_argument("--db", required=True)
    parser.add_argument("--today", default="2025-11-01")
    parser.add_argument("--runs", type=int, default=20)
    arguments = parser.parse_args()
    for command in COMMANDS:
        line = [arguments.firstk, "--db", arguments.db, "--today", arguments.today, *command]
        times, size = [], 0
        for _ in range(arguments.runs):
            start = time.perf_counter()
            result = subprocess.run(line, stdout=subprocess.PIPE, check=True)
            times.append((time.perf_counter() - start) * 1000)
            size = len(result.stdout)
        print(f"firstk {' '.join(command):<18} best {min(times):7.1f} ms  "
              f"median {statistics.median(times):7.1f} ms  ({size} bytes out)")


if __name__ == "__main__":
    main()
