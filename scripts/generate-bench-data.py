#!/usr/bin/env python3
"""Writes a Stripe-shaped subscriptions export for benchmarking firstk, and optionally
builds a database from it by running `firstk import stripe`.

The mix is meant to look like a real small SaaS: mostly active monthly USD
subscriptions, with trials, past-due, cancelled and unpaid ones, yearly, weekly and
daily billing, EUR, GBP and JPY (a zero-decimal currency) prices, seat quantities,
cancellations at period end, coupons, and names that need CSV quoting.

Examples:
  scripts/generate-bench-data.py --out /tmp/bench/stripe.csv
  scripts/generate-bench-data.py --out /tmp/bench/stripe.csv \\
      --db /tmp/bench/firstk.db --firstk .build/release/firstk
  scripts/generate-bench-data.py --out /tmp/bench/newer.csv --newer 0.05

The same --seed always writes the same file. --newer SHARE writes the export a month
later: the same subscriptions with SHARE of them changed, plus SHARE new ones, so a
re-import has something to update.
"""

import argparse
import csv
import datetime
import os
import random
import subprocess
import sys

HEADER = [
    "id", "Customer ID", "Customer Description", "Customer Email", "Customer Name",
    "Plan", "Product", "Quantity", "Currency", "Interval", "Amount", "Status",
    "Created (UTC)", "Start Date (UTC)", "Current Period Start (UTC)",
    "Current Period End (UTC)", "Trial Start (UTC)", "Trial End (UTC)",
    "Application Fee Percent", "Coupon", "Tax Percent", "Canceled At (UTC)",
    "Cancel At Period End", "Ended At (UTC)", "plan_tier (metadata)",
]

FIRST = [
    "Ada", "Grace", "Alan", "Linus", "Margaret", "Edsger", "Barbara", "Ken", "Frances",
    "Hedy", "Katherine", "Dennis", "Radia", "Guido", "Yukihiro", "Bjarne", "Anita",
    "Lena", "Jonas", "Élodie", "Søren", "Zoë", "Mateo", "Aiko", "Priya", "Olu",
]
LAST = [
    "Lovelace", "Hopper", "Turing", "Torvalds", "Hamilton", "Dijkstra", "Liskov",
    "Thompson", "Allen", "Lamarr", "Johnson", "Ritchie", "Perlman", "van Rossum",
    "Matsumoto", "Stroustrup", "Borg", "Vogt", "Müller", "Dubois", "Kierkegaard",
    "O'Brien", "García", "Tanaka", "Patel", "Adeyemi",
]
COMPANIES = ["Acme, Inc.", "Studio Nord", "Müller & Söhne", "Blue \"Fin\" Labs", ""]

# (weight, status)
STATUSES = [
    (70, "active"), (8, "trialing"), (6, "past_due"), (10, "canceled"), (2, "unpaid"),
    (1, "incomplete"), (1, "incomplete_expired"), (2, "paused"),
]
# (weight, interval, plans as (nickname, product, major amount))
INTERVALS = [
    (75, "month", [("pro_monthly", "Pro", 29), ("team_monthly", "Team", 49),
                   ("biz_monthly", "Business", 99), ("lite_monthly", "Lite", 9)]),
    (20, "year", [("pro_yearly", "Pro", 290), ("team_yearly", "Team", 490)]),
    (4, "week", [("lite_weekly", "Lite", 5)]),
    (1, "day", [("pass_daily", "Day Pass", 2)]),
]
# (weight, code, factor from USD list price to this currency's major units)
CURRENCIES = [(70, "usd", 1.0), (15, "eur", 0.92), (5, "gbp", 0.79), (8, "jpy", 150.0),
              (2, "cad", 1.36)]
ZERO_DECIMAL = {"jpy"}


def weighted(rng, table):
    total = sum(entry[0] for entry in table)
    pick = rng.uniform(0, total)
    for entry in table:
        pick -= entry[0]
        if pick <= 0:
            return entry
    return table[-1]


def stamp(day, rng):
    return f"{day.isoformat()} {rng.randrange(24):02d}:{rng.randrange(60):02d}"


def add_interval(day, interval, count=1):
    if interval == "day":
        return day + datetime.timedelta(days=count)
    if interval == "week":
        return day + datetime.timedelta(weeks=count)
    months = count * (12 if interval == "year" else 1)
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, 28))


def price(rng, major_usd, currency):
    code, factor = currency[1], currency[2]
    major = major_usd * factor
    if code in ZERO_DECIMAL:
        return str(int(round(major / 100.0)) * 100)
    return f"{round(major) if rng.random() < 0.8 else major:.2f}"


def subscription(rng, index, today):
    status = weighted(rng, STATUSES)[1]
    _, interval, plans = weighted(rng, INTERVALS)
    nickname, product, major = rng.choice(plans)
    currency = weighted(rng, CURRENCIES)
    first, last = rng.choice(FIRST), rng.choice(LAST)
    company = rng.choice(COMPANIES)
    quantity = 1 if rng.random() < 0.8 else rng.randint(2, 25)
    created = today - datetime.timedelta(days=rng.randint(1, 1000))
    period_start = created
    while add_interval(period_start, interval) <= today:
        period_start = add_interval(period_start, interval)
    period_end = add_interval(period_start, interval)

    trial_start = trial_end = canceled_at = ended_at = ""
    cancel_at_period_end = "false"
    if status == "trialing":
        trial_start = stamp(today - datetime.timedelta(days=rng.randint(0, 13)), rng)
        trial_end = stamp(today + datetime.timedelta(days=rng.randint(1, 14)), rng)
    elif status == "canceled":
        ended = created + datetime.timedelta(days=rng.randint(1, max(1, (today - created).days)))
        canceled_at = ended_at = stamp(min(ended, today), rng)
    elif status == "active" and rng.random() < 0.07:
        cancel_at_period_end = "true"
        canceled_at = stamp(today - datetime.timedelta(days=rng.randint(0, 20)), rng)

    return {
        "id": f"sub_{index:06d}{rng.getrandbits(40):010x}",
        "Customer ID": f"cus_{index:06d}",
        "Customer Description": company if rng.random() < 0.2 else "",
        "Customer Email": f"{first.lower()}.{index}@example.com" if rng.random() < 0.95 else "",
        "Customer Name": f"{first} {last}" if rng.random() < 0.9 else "",
        "Plan": f"price_{nickname}_{currency[1]}",
        "Product": product,
        "Quantity": str(quantity),
        "Currency": currency[1] if rng.random() < 0.9 else currency[1].upper(),
        "Interval": interval,
        "Amount": price(rng, major, currency),
        "Status": status,
        "Created (UTC)": stamp(created, rng),
        "Start Date (UTC)": stamp(created, rng),
        "Current Period Start (UTC)": stamp(period_start, rng),
        "Current Period End (UTC)": stamp(period_end, rng),
        "Trial Start (UTC)": trial_start,
        "Trial End (UTC)": trial_end,
        "Application Fee Percent": "",
        "Coupon": "LAUNCH20" if rng.random() < 0.05 else "",
        "Tax Percent": "",
        "Canceled At (UTC)": canceled_at,
        "Cancel At Period End": cancel_at_period_end,
        "Ended At (UTC)": ended_at,
        "plan_tier (metadata)": product.lower(),
    }


def changed(rng, row, today):
    """The same subscription a month later: cancelled, upgraded or gone past due."""
    row = dict(row)
    change = rng.random()
    if change < 0.4:
        row["Status"] = "canceled"
        row["Canceled At (UTC)"] = row["Ended At (UTC)"] = stamp(today, rng)
    elif change < 0.8:
        row["Quantity"] = str(int(row["Quantity"]) + 1)
    else:
        row["Status"] = "past_due"
    return row


def write_export(path, rows_wanted, seed, newer_share, today):
    rng = random.Random(seed)
    rows = [subscription(rng, index, today) for index in range(rows_wanted)]
    if newer_share > 0:
        later = today + datetime.timedelta(days=30)
        picks = set(rng.sample(range(len(rows)), int(len(rows) * newer_share)))
        rows = [changed(rng, row, later) if i in picks else row for i, row in enumerate(rows)]
        extra = int(rows_wanted * newer_share)
        rows += [subscription(rng, rows_wanted + i, later) for i in range(extra)]
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=HEADER, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", required=True, help="CSV file to write")
    parser.add_argument("--rows", type=int, default=10_000, help="subscriptions (10000)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (1)")
    parser.add_argument("--today", default="2025-11-01", help="export date (2025-11-01)")
    parser.add_argument("--newer", type=float, default=0.0, metavar="SHARE",
                        help="write a later export with this share of rows changed")
    parser.add_argument("--db", help="also import the file into this database")
    parser.add_argument("--firstk", default=".build/release/firstk",
                        help="firstk binary for --db (.build/release/firstk)")
    args = parser.parse_args()

    if args.rows < 1:
        parser.error("--rows must be at least 1")
    if not 0 <= args.newer <= 1:
        parser.error("--newer must be a share from 0 to 1, e.g. 0.05")
    try:
        today = datetime.date.fromisoformat(args.today)
    except ValueError:
        parser.error(f"--today wants YYYY-MM-DD, not {args.today!r}")

    count = write_export(args.out, args.rows, args.seed, args.newer, today)
    print(f"wrote {count} subscriptions to {args.out}")
    if args.db:
        if not os.access(args.firstk, os.X_OK):
            sys.exit(f"{args.firstk} is not an executable firstk; build it with "
                     "`swift build -c release` or pass --firstk PATH")
        command = [args.firstk, "--db", args.db, "import", "stripe", args.out]
        sys.exit(subprocess.run(command, check=False).returncode)


if __name__ == "__main__":
    main()
