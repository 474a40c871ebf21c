#!/usr/bin/env bash
# Measures firstk against its performance targets and prints one table.
#
#   scripts/benchmark.sh
#
# Steps: builds the release binary (`swift build -c release --static-swift-stdlib`; the
# static standard library saves about 1.5 ms of start-up, so every figure here uses it),
# makes the data sets in a temporary folder (an empty database, 10,000 customers from a
# Stripe export, 10,000 prospects with 40,000 follow-ups, a calcurse home), drives the
# dashboard and calcurse through tuibench in a pty, times `status`, `due` and the Stripe
# import with hyperfine (or a Python loop when hyperfine is missing), and prints a table
# of metric, target, firstk and calcurse. Figures are medians with the range over runs.
#
# Everything goes to one folder, kept afterwards: raw tuibench and hyperfine JSON,
# summary.txt and summary.json. The dates are pinned to BENCH_TODAY, the day the data
# generators lead up to.
#
# Environment (all optional):
#   TUIBENCH          tuibench.py (default ../shared/tools/tuibench/tuibench.py from the repo)
#   BENCH_OUT         output folder (default: a new mktemp folder under $TMPDIR or /tmp)
#   BENCH_REPEAT      tuibench runs per case (5)
#   BENCH_IDLE        idle seconds watched per run (5)
#   BENCH_RUNS        timed runs per command (30; the import gets a third of that)
#   BENCH_TODAY       pinned date (2025-11-01)
#   BENCH_SKIP_BUILD  set to 1 to use the release binary already built
#
# Exit status: 0 when every target is met, 1 when one is missed or a run failed.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
tuibench=${TUIBENCH:-$repo/../shared/tools/tuibench/tuibench.py}
repeat=${BENCH_REPEAT:-5}
idle=${BENCH_IDLE:-5}
runs=${BENCH_RUNS:-30}
today=${BENCH_TODAY:-2025-11-01}
out=${BENCH_OUT:-$(mktemp -d "${TMPDIR:-/tmp}/firstk-bench.XXXXXX")}
mkdir -p "$out"

if [[ ! -f $tuibench ]]; then
  echo "benchmark: tuibench not found at $tuibench; set TUIBENCH to tuibench.py" >&2
  exit 1
fi
peers=$(dirname "$tuibench")/peers

log() { printf '== %s\n' "$*" >&2; }

build=(swift build -c release --static-swift-stdlib --package-path "$repo")
if [[ ${BENCH_SKIP_BUILD:-0} != 1 ]]; then
  log "building: ${build[*]}"
  "${build[@]}" >&2
fi
bin=$("${build[@]}" --show-bin-path)/firstk
if [[ ! -x $bin ]]; then
  echo "benchmark: no release binary at $bin; run without BENCH_SKIP_BUILD" >&2
  exit 1
fi

cat /proc/loadavg > "$out/loadavg-start"
log "output in $out (load average $(cut -d' ' -f1-3 /proc/loadavg))"

# ---------------------------------------------------------------- data sets
data=$out/data
mkdir -p "$data/home-empty" "$data/home-customers" "$data/home-prospects"
log "making the data sets"
"$bin" --db "$data/home-empty/firstk.db" --today "$today" status > /dev/null
python3 "$repo/scripts/generate-bench-data.py" --out "$data/stripe.csv" --today "$today" \
  --db "$data/customers.db" --firstk "$bin" >&2
python3 "$repo/scripts/generate-prospects.py" --firstk "$bin" --db "$data/prospects.db" \
  --today "$today" >&2
cp "$data/customers.db" "$data/home-customers/firstk.db"
cp "$data/prospects.db" "$data/home-prospects/firstk.db"
python3 "$peers/make_calcurse_home.py" "$data/home-calcurse" >&2

# ---------------------------------------------------------------- tuibench
status=0
# bench NAME COLS ROWS KEYS QUIT RESIZE HOME -- COMMAND...: one tuibench case, each run
# in a fresh copy of the HOME folder.
bench() {
  local name=$1 cols=$2 rows=$3 keys=$4 quit=$5 resize=$6 home=$7
  shift 8
  log "tuibench $name (${cols}x$rows, keys $keys)"
  if ! python3 "$tuibench" --cols "$cols" --rows "$rows" --keys "$keys" --quit-key "$quit" \
    --idle-seconds "$idle" --repeat "$repeat" --resize "$resize" --details \
    --home-template "$home" --env 'FIRSTK_DB={HOME}/firstk.db' --label "$name" \
    -o "$out/tui-$name.json" -- "$@" > /dev/null; then
    log "tuibench reported a problem in $name (see $out/tui-$name.json)"
    status=1
  fi
}

list_keys='down*10,up*10,tab*3'
resizes='80x24,40x50,200x60,120x40'
for size in 120x40 40x50; do
  cols=${size%x*} rows=${size#*x}
  bench "firstk-empty-$size" "$cols" "$rows" "$list_keys" q "$resizes" \
    "$data/home-empty" -- "$bin" --today "$today"
  bench "calcurse-$size" "$cols" "$rows" "$list_keys" q,y "$resizes" \
    "$data/home-calcurse" -- calcurse
done
bench firstk-customers 120 40 '2,c,down*20' q none "$data/home-customers" \
  -- "$bin" --today "$today"
bench firstk-prospects 120 40 '3,]*6,[*6,l*10' q none "$data/home-prospects" \
  -- "$bin" --today "$today"

# ---------------------------------------------------------------- commands
# timed NAME RUNS PREPARE COMMAND...: wall-clock times of a command in hyperfine's JSON
# shape; PREPARE (may be empty) runs before each run.
timed() {
  local name=$1 count=$2 prepare=$3
  shift 3
  log "timing $name ($count runs)"
  if command -v hyperfine > /dev/null; then
    local extra=()
    [[ -n $prepare ]] && extra=(--prepare "$prepare")
    hyperfine -N --warmup 2 --runs "$count" "${extra[@]}" --style none \
      --export-json "$out/time-$name.json" -- "$(printf '%q ' "$@")" > /dev/null
  else
    python3 - "$out/time-$name.json" "$count" "$prepare" "$@" <<'EOF'
import json, subprocess, sys, time
path, count, prepare, command = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4:]
times = []
for index in range(count + 2):
    if prepare:
        subprocess.run(prepare, shell=True, check=True)
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, check=True)
    if index >= 2:
        times.append(time.perf_counter() - start)
with open(path, "w") as handle:
    json.dump({"results": [{"command": " ".join(command), "times": times}]}, handle)
EOF
  fi
}

timed status "$runs" '' "$bin" --db "$data/customers.db" --today "$today" status
timed due "$runs" '' "$bin" --db "$data/prospects.db" --today "$today" due
import_db=$data/import.db
timed import $(( (runs + 2) / 3 )) "rm -f $import_db $import_db-wal $import_db-shm" \
  "$bin" --db "$import_db" --today "$today" import stripe "$data/stripe.csv"

cat /proc/loadavg > "$out/loadavg-end"

# ---------------------------------------------------------------- summary
if ! python3 - "$out" <<'EOF'
import json, os, statistics, sys

out = sys.argv[1]


def tui(name):
    with open(os.path.join(out, "tui-%s.json" % name)) as handle:
        return json.load(handle)


def spread(values):
    values = [v for v in values if v is not None]
    if not values:
        return None
    return {"median": statistics.median(values), "min": min(values), "max": max(values),
            "n": len(values)}


def figure(report, key):
    return spread([run["figures"].get(key) for run in report["runs"]])


def key_stat(report, keys, field, combine):
    """Per run, `combine` over the per-key records of `keys`; then spread over runs."""
    values = []
    for run in report["runs"]:
        records = [r[field] for r in run.get("details", {}).get("per_key", [])
                   if r["key"] in keys and r[field] is not None]
        values.append(combine(records) if records else None)
    return spread(values)


def times_ms(name):
    with open(os.path.join(out, "time-%s.json" % name)) as handle:
        result = json.load(handle)["results"][0]
    return spread([t * 1000 for t in result["times"]])


def fails(report):
    return sum(1 for run in report["runs"] if not run["ok"])


rows = []


def row(metric, target, limit, firstk, calcurse=None, unit=""):
    rows.append({"metric": metric, "target": target, "limit": limit, "firstk": firstk,
                 "calcurse": calcurse, "unit": unit})


mean = lambda xs: sum(xs) / len(xs)  # noqa: E731
for size in ("120x40", "40x50"):
    f, c = tui("firstk-empty-" + size), tui("calcurse-" + size)
    label = "empty db %s: " % size
    row(label + "first frame", "<= 15 ms", 15, figure(f, "first_frame_ms"),
        figure(c, "first_frame_ms"), "ms")
    row(label + "bytes per list key (mean)", "<= 300 B", 300,
        key_stat(f, ("down", "up"), "bytes", mean),
        key_stat(c, ("down", "up"), "bytes", mean), "B")
    row(label + "bytes per list key (worst)", "<= 300 B", 300,
        key_stat(f, ("down", "up"), "bytes", max),
        key_stat(c, ("down", "up"), "bytes", max), "B")
    row(label + "bytes per Tab", "", None, key_stat(f, ("tab",), "bytes", mean),
        key_stat(c, ("tab",), "bytes", mean), "B")
    row(label + "CPU per key", "", None, figure(f, "key_cpu_ms_per_key"),
        figure(c, "key_cpu_ms_per_key"), "ms")
    row(label + "idle bytes written", "0", 0, figure(f, "idle_bytes"),
        figure(c, "idle_bytes"), "B")
    row(label + "idle wake-ups per s", "0", 0, figure(f, "idle_wakeups_per_s"),
        figure(c, "idle_wakeups_per_s"), "/s")
    row(label + "idle CPU", "", None, figure(f, "idle_cpu_ms"), figure(c, "idle_cpu_ms"), "ms")
    row(label + "peak memory (VmHWM)", "<= 16 MiB", 16,
        spread([v / 1024 for v in [r["figures"].get("vmhwm_kb") for r in f["runs"]] if v]),
        spread([v / 1024 for v in [r["figures"].get("vmhwm_kb") for r in c["runs"]] if v]),
        "MiB")
    row(label + "resize bytes (4 steps)", "", None, figure(f, "resize_bytes"),
        figure(c, "resize_bytes"), "B")
    row(label + "failed runs", "0", 0, spread([fails(f)]), spread([fails(c)]), "")

customers = tui("firstk-customers")
row("10k customers: first frame", "<= 40 ms", 40, figure(customers, "first_frame_ms"),
    unit="ms")
for keys, text in ((("2",), "key 2 (MRR pane)"), (("c",), "key c (customer list)"),
                   (("down",), "Down in the list")):
    row("10k customers: CPU, " + text, "<= 2 ms", 2,
        key_stat(customers, keys, "cpu_ms", statistics.median), unit="ms")
row("10k customers: peak memory", "", None,
    spread([r["figures"]["vmhwm_kb"] / 1024 for r in customers["runs"]
            if r["figures"].get("vmhwm_kb")]), unit="MiB")
row("10k customers: failed runs", "0", 0, spread([fails(customers)]))
row("10k customers: firstk status", "<= 30 ms", 30, times_ms("status"), unit="ms")
row("10k-row Stripe import", "<= 1000 ms", 1000, times_ms("import"), unit="ms")

prospects = tui("firstk-prospects")
row("10k prospects: first frame", "<= 40 ms", 40, figure(prospects, "first_frame_ms"),
    unit="ms")
row("10k prospects: CPU, key 3 (Follow-ups)", "", None,
    key_stat(prospects, ("3",), "cpu_ms", statistics.median), unit="ms")
row("10k prospects: CPU, month ] and [", "<= 2 ms", 2,
    key_stat(prospects, ("]", "["), "cpu_ms", statistics.median), unit="ms")
row("10k prospects: CPU, day l", "", None,
    key_stat(prospects, ("l",), "cpu_ms", statistics.median), unit="ms")
row("10k prospects: peak memory", "", None,
    spread([r["figures"]["vmhwm_kb"] / 1024 for r in prospects["runs"]
            if r["figures"].get("vmhwm_kb")]), unit="MiB")
row("10k prospects: failed runs", "0", 0, spread([fails(prospects)]))
row("10k prospects: firstk due", "<= 30 ms", 30, times_ms("due"), unit="ms")


def show(value, unit):
    if value is None:
        return "-"
    number = lambda v: ("%.0f" % v) if abs(v) >= 100 or v == int(v) else "%.1f" % v  # noqa
    text = number(value["median"]) + (" " + unit if unit else "")
    if value["n"] > 1 and value["min"] != value["max"]:
        text += " (%s-%s)" % (number(value["min"]), number(value["max"]))
    return text


missed = 0
for entry in rows:
    met = ""
    if entry["limit"] is not None and entry["firstk"] is not None:
        ok = entry["firstk"]["median"] <= entry["limit"]
        met = "ok" if ok else "MISSED"
        missed += 0 if ok else 1
    entry["met"] = met

loads = []
for name in ("loadavg-start", "loadavg-end"):
    with open(os.path.join(out, name)) as handle:
        loads.append(" ".join(handle.read().split()[:3]))
header = ("metric", "target", "firstk", "", "calcurse")
table = [header] + [(e["metric"], e["target"], show(e["firstk"], e["unit"]), e["met"],
                     show(e["calcurse"], e["unit"]) if e["calcurse"] else "")
                    for e in rows]
widths = [max(len(line[i]) for line in table) for i in range(len(header))]
lines = ["  ".join(cell.ljust(widths[i]) for i, cell in enumerate(line)).rstrip()
         for line in table]
lines.insert(1, "  ".join("-" * w for w in widths))
lines.append("")
lines.append("Medians with (min-max) over runs; CPU is the child's own, per key.")
lines.append("Load average (1, 5, 15 min): %s at the start, %s at the end, on %d cores."
             % (loads[0], loads[1], os.cpu_count()))
lines.append("Targets missed: %d. Raw JSON in %s" % (missed, out))
text = "\n".join(lines)
print(text)
with open(os.path.join(out, "summary.txt"), "w") as handle:
    handle.write(text + "\n")
with open(os.path.join(out, "summary.json"), "w") as handle:
    json.dump({"rows": rows, "load_average": loads}, handle, indent=1)
sys.exit(1 if missed else 0)
EOF
then
  status=1
fi
exit $status
