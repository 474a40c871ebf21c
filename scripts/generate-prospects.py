#!/usr/bin/env python3
"""Fills a firstk database with many prospects and follow-ups, for timing commands.

firstk itself creates the file (so the schema is exactly the one it migrates to);
this script then writes the rows with SQL, in one transaction, the way firstk's store
lays them out. The data is the same for the same --seed.

    swift build -c release
    python3 scripts/generate-prospects.py --firstk .build/release/firstk \
        --db /tmp/firstk-bench.db --today 2025-11-01

Only the Python standard library is used.
"""

import argparse
import datetime
import os
import random
import sqlite3
import subprocess
import sys

SCHEMA_VERSION = 2
CADENCE = (3, 7, 14)
MESSAGES = (
    "Hey, any questions about Invoicer?",
    "Checking in - still interested in solving late invoices?",
    "Last follow-up. Here if you need Invoicer.",
)
FIRST = ("Ada", "Bob", "Cy", "Dee", "Eve", "Fay", "Gus", "Hal", "Ivy", "Jon", "Kim", "Lea")
LAST = ("Lovelace", "Hopper", "Turing", "Allen", "Liskov", "Knuth", "Ritchie", "Hamilton")
COMPANIES = ("Acme", "Globex", "Initech", "Umbrella", "Hooli", "", "")
CHANNELS = ("dm", "email", "community", "other")


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--firstk", required=True, help="the firstk binary")
    parser.add_argument("--db", required=True, help="database file to create (must not exist)")
    parser.add_argument("--prospects", type=int, default=10_000)
    parser.add_argument("--follow-ups", type=int, default=40_000)
    parser.add_argument("--today", default="2025-11-01", help="the day the data leads up to")
    parser.add_argument("--seed", type=int, default=1)
    return parser.parse_args()


def create(arguments):
    """Lets firstk create and migrate the file and set the profile."""
    if os.path.exists(arguments.db):
        sys.exit(f"{arguments.db} exists already; give a new path so nothing is overwritten")
    subprocess.run(
        [arguments.firstk, "--db", arguments.db, "profile", "--name", "Invoicer",
         "--problem", "late invoices", "--price", "49"],
        check=True, stdout=subprocess.DEVNULL)
    connection = sqlite3.connect(arguments.db)
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    if version != SCHEMA_VERSION:
        sys.exit(f"{arguments.db} has schema version {version}; this script writes version "
                 f"{SCHEMA_VERSION}. Update the script with the schema")
    return connection


def key(name):
    """The name folded as firstk folds it for lookups by name."""
    return " ".join(name.lower().split())


def rows(arguments):
    """Prospects and follow-ups: every prospect asked once and some asked again, until the
    follow-ups add up. An earlier ask's follow-ups were skipped by the next ask; those of
    won or lost prospects were skipped when that happened; older ones were mostly sent or
    skipped, and a few stay overdue."""
    rng = random.Random(arguments.seed)
    today = datetime.date.fromisoformat(arguments.today)
    prospects, follow_ups = [], []
    remaining = arguments.follow_ups
    extra_asks = max(0, -(-(remaining - 3 * arguments.prospects) // 3))
    for index in range(arguments.prospects):
        prospect_id = index + 1
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)} {prospect_id}"
        first_ask = today - datetime.timedelta(days=rng.randrange(0, 365))
        ask_days = [first_ask]
        if index < extra_asks:
            ask_days.append(min(today, first_ask + datetime.timedelta(days=rng.randrange(1, 60))))
        stage = rng.choice(("asked", "asked", "asked", "won", "lost"))
        for number, asked in enumerate(ask_days):
            latest = number == len(ask_days) - 1
            ended = asked + datetime.timedelta(days=rng.randrange(1, 20))
            for step, day_number in enumerate(CADENCE, start=1):
                if remaining == 0:
                    break
                remaining -= 1
                due = asked + datetime.timedelta(days=day_number - 1)
                status, done = "due", None
                if not latest:
                    status, done = "skipped", ask_days[number + 1]
                elif stage != "asked" and due >= ended:
                    status, done = "skipped", ended
                elif due < today - datetime.timedelta(days=14) and rng.random() > 0.03:
                    status, done = rng.choice(("sent", "sent", "skipped")), due
                follow_ups.append((
                    prospect_id, due.isoformat(), step, len(CADENCE), day_number, status,
                    done and done.isoformat(), MESSAGES[step - 1]))
        contact = key(name).replace(" ", ".") + "@example.com"
        prospects.append((
            prospect_id, name, key(name), contact, rng.choice(COMPANIES),
            rng.choice(CHANNELS), stage, "", ask_days[-1].isoformat()))
    return prospects, follow_ups


def main():
    arguments = parse_arguments()
    connection = create(arguments)
    prospects, follow_ups = rows(arguments)
    with connection:
        connection.executemany(
            "INSERT INTO prospects (id, name, name_key, contact, company, channel, stage, notes, "
            "asked_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", prospects)
        connection.executemany(
            "INSERT INTO follow_ups (prospect_id, due, step, step_count, day_number, status, "
            "done_on, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", follow_ups)
    connection.execute("ANALYZE")
    connection.close()
    pending = sum(1 for row in follow_ups if row[5] == "due")
    print(f"{arguments.db}: {len(prospects)} prospects, {len(follow_ups)} follow-ups "
          f"({pending} still to send)")


if __name__ == "__main__":
    main()
