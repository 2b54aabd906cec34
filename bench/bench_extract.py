"""Extraction speed and memory: the seeds repeated to a corpus of at least N megabytes.

    python bench/bench_extract.py [--mb 5] [--seeds seeds]

Prints characters per second on one core (one process), the peak resident memory, and
how long a plain Python loop takes on this core before and after the run (a machine check:
the same code runs at very different speeds on different machines and loads).
Each copy of a report gets its own document id, so nothing is cached between copies.

What is loaded once per process (the gazetteer, the cleaner's jieba dictionary,
lexicons and lazily compiled patterns) is loaded before the clock starts, by
extracting each report once, and reported on its own line.  The speed is given
twice: by the process's CPU time (one core's throughput, what the target is
about; steady on a shared machine) and by the wall clock (lower when other
processes compete for the cores; compare it with ``uptime``).
"""

from __future__ import annotations

import argparse
import hashlib
import resource
import time
from pathlib import Path

from pipeline.document import prepare
from pipeline.extract import extract_facts
from pipeline.read import RawDocument, read_file
from pipeline.rules.gazetteer import load_gazetteer
from policykg.build import rules_build, warn_if_stale


def python_loop_ms(steps: int = 1_000_000, repeat: int = 5) -> float:
    """Best-of-``repeat`` CPU milliseconds of a plain Python loop: how fast this core runs Python now.

    The chars/s figure moves with the machine (its CPU, and the other processes sharing the
    core's caches), so each run prints this next to it; figures from different machines or
    loads are comparable only through it.
    """
    best = float("inf")
    for _ in range(repeat):
        c0 = time.process_time()
        total = 0
        for i in range(steps):
            total += i
        best = min(best, time.process_time() - c0)
    return best * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=float, default=5.0, help="corpus size in megabytes of UTF-8 text")
    ap.add_argument("--seeds", type=Path, default=Path("seeds"))
    args = ap.parse_args()

    originals = [read_file(p) for p in sorted(args.seeds.iterdir()) if p.is_file()]
    corpus: list[RawDocument] = []
    size = 0
    copy = 0
    while size < args.mb * 1_000_000:
        for raw in originals:
            text = raw.text
            corpus.append(RawDocument(doc_id=f"{raw.doc_id}-{copy}", source=raw.source,
                                      sha256=hashlib.sha256(f"{copy}{text}".encode()).hexdigest(), text=text))
            size += len(text.encode("utf-8"))
        copy += 1

    warn_if_stale()
    t0 = time.perf_counter()
    load_gazetteer()
    gaz_s = time.perf_counter() - t0
    for raw in originals:  # jieba dictionary, lexicons, patterns: what the first reports load
        extract_facts(*prepare(raw))
    load_s = time.perf_counter() - t0

    chars = 0
    facts = 0
    loop_before = python_loop_ms()
    t0, c0 = time.perf_counter(), time.process_time()
    for raw in corpus:
        document, sentences = prepare(raw)
        result = extract_facts(document, sentences)
        chars += len(raw.text)
        facts += len(result.entities) + len(result.relations) + len(result.metrics)
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    loop_after = python_loop_ms()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"documents      {len(corpus)}")
    print(f"corpus         {size / 1e6:.1f} MB UTF-8, {chars:,} characters")
    print(f"loading        {load_s:.2f} s once per process (gazetteer {gaz_s:.2f} s)")
    print(f"extraction     {cpu:.1f} s CPU, {chars / cpu:,.0f} chars/s on one core, {facts:,} facts")
    print(f"wall clock     {elapsed:.1f} s, {chars / elapsed:,.0f} chars/s")
    print(f"peak memory    {peak_mb:,.0f} MB")
    print(f"rule modules   {rules_build()} (setup.py: POLICYKG_MYPYC=1 compiles them)")
    print(f"machine check  a 1M-step Python loop takes {loop_before:.0f} ms CPU before, {loop_after:.0f} ms after")


if __name__ == "__main__":
    main()
