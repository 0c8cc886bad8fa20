#!/usr/bin/env python3
"""Writes urls.jsonl, the made-up click stream read by ../click_count.yaml.

Deterministic (fixed seed, no network): run it again and the file comes out byte for byte
the same. Each line is one click: the referring page (urlref), the page clicked (url) and
the time in epoch milliseconds (ts). Domains are under example.* so no real site is named.
"""

import json
import random
from pathlib import Path

SEED = 20110919            # the week Storm was open-sourced
LINES = 200
START_MS = 1316390400000   # 2011-09-19T00:00:00Z

# Referrers with Zipf-like weights: a few send most of the traffic, as in real logs.
REFERRERS = [
    ("https://social.example.com/home", 30),
    ("https://search.example.net/?q=realtime+stream+processing", 18),
    ("https://news.example.org/technology", 14),
    ("https://mail.example.com/inbox", 9),
    ("https://forum.example.org/t/storm-vs-batch/4211", 7),
    ("https://blog.example.io/2011/09/storm-is-open-source", 6),
    ("https://aggregator.example.com/top?page=2", 5),
    ("https://social.example.com/trending", 4),
    ("https://search.example.net/?q=teacup+storm", 3),
    ("https://chat.example.app/room/devs", 2),
    ("https://wiki.example.org/Stream_processing", 1),
    ("https://newsletter.example.com/issue/37", 1),
]

PAGES = [
    "https://shop.example.com/products/teacup-blue",
    "https://shop.example.com/products/teacup-green",
    "https://shop.example.com/cart",
    "https://docs.example.dev/storm/tutorial",
    "https://docs.example.dev/storm/guaranteeing-message-processing",
    "https://docs.example.dev/storm/concepts",
    "https://video.example.tv/watch?v=storm-talk",
    "https://blog.example.io/2011/09/storm-is-open-source",
    "https://news.example.org/technology/realtime-analytics",
    "https://jobs.example.com/openings/stream-engineer",
    "https://code.example.dev/nathanmarz/storm",
    "https://code.example.dev/nathanmarz/storm-starter",
]


def clicks(rng):
    referrers = [r for r, _ in REFERRERS]
    weights = [w for _, w in REFERRERS]
    ts = START_MS
    for _ in range(LINES):
        ts += rng.randint(50, 3000)
        yield {"urlref": rng.choices(referrers, weights)[0], "url": rng.choice(PAGES), "ts": ts}


def main():
    rng = random.Random(SEED)
    out = Path(__file__).with_name("urls.jsonl")
    with out.open("w", encoding="utf-8", newline="\n") as f:
        for click in clicks(rng):
            f.write(json.dumps(click, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
