"""Load benchmark of the API: p50/p99 latency and throughput for /ask, /places/{name} and /compare.

The service runs in its own process (uvicorn on loopback, one worker, the store given
by --store); this process is the load generator: a fixed number of concurrent
clients, each pacing itself so that together they offer --rate requests per second
(0: as fast as they can). Every request must answer 200.

    python bench/bench_api.py --store embedded:/tmp/qa_store --rate 300 --seconds 10

The store must already hold a graph (``policykg ingest seeds``). Figures: docs/api.md.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent


def start_server(store: str, port: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "POLICYKG_STORE": store, "OMP_NUM_THREADS": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "api.main:app", "--host", "127.0.0.1", "--port", str(port),
         "--log-level", "warning", "--no-access-log"], cwd=ROOT, env=env)
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    proc.terminate()
    raise SystemExit("the service did not come up")


async def load(base: str, paths: list[str], concurrency: int, seconds: float, rate: float) -> dict[str, float]:
    latencies: list[float] = []
    errors = 0
    interval = concurrency / rate if rate else 0.0
    stop = time.perf_counter() + seconds

    async def worker(n: int, client: httpx.AsyncClient) -> None:
        nonlocal errors
        i = n
        next_at = time.perf_counter() + (interval * n / concurrency if interval else 0.0)
        while True:
            if interval:
                delay = next_at - time.perf_counter()
                if delay > 0:
                    await asyncio.sleep(delay)
                next_at += interval
            if time.perf_counter() >= stop:
                return
            t0 = time.perf_counter()
            response = await client.get(base + paths[i % len(paths)])
            latencies.append(time.perf_counter() - t0)
            errors += response.status_code != 200
            i += 1

    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(limits=limits, timeout=10) as client:
        for p in paths:  # warm up: name index, query plans
            await client.get(base + p)
        started = time.perf_counter()
        await asyncio.gather(*(worker(n, client) for n in range(concurrency)))
        elapsed = time.perf_counter() - started
    latencies.sort()
    return {"requests": len(latencies), "errors": errors, "rps": len(latencies) / elapsed,
            "p50_ms": 1000 * statistics.median(latencies),
            "p99_ms": 1000 * latencies[min(len(latencies) - 1, int(0.99 * len(latencies)))]}


ENDPOINTS = {
    "/ask": ["/ask?q=锡林郭勒盟建立了多少户党员中心户", "/ask?q=which banners use the association-plus-cooperative model",
             "/ask?q=达拉特旗属于哪个盟市", "/ask?q=哪些地方推行“党员中心户”模式"],
    "/places/{name}": ["/places/锡林郭勒盟", "/places/达拉特旗", "/places/包头市"],
    "/compare": ["/compare?places=锡林郭勒盟,达拉特旗", "/compare?places=包头市,锡林郭勒盟,赤峰市"],
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--store", default=os.environ.get("POLICYKG_STORE", "embedded:/tmp/qa_store"))
    ap.add_argument("--port", type=int, default=8765)
    ap.add_argument("--concurrency", type=int, default=8)
    ap.add_argument("--seconds", type=float, default=10)
    ap.add_argument("--rate", type=float, default=300, help="offered requests per second (0: unpaced)")
    ap.add_argument("--warmup", type=float, default=2, help="seconds of unmeasured load per endpoint first")
    ap.add_argument("--url", help="an already running service instead of starting one")
    a = ap.parse_args()
    proc = None if a.url else start_server(a.store, a.port)
    base = a.url or f"http://127.0.0.1:{a.port}"
    try:
        print(f"concurrency {a.concurrency}, offered {a.rate or 'unpaced'} req/s, {a.seconds:g} s per endpoint "
              f"after {a.warmup:g} s of warm-up; cache TTL {os.environ.get('POLICYKG_API_CACHE_TTL', '5')} s")
        for name, paths in ENDPOINTS.items():
            if a.warmup:
                asyncio.run(load(base, paths, a.concurrency, a.warmup, a.rate))
            r = asyncio.run(load(base, paths, a.concurrency, a.seconds, a.rate))
            print(f"{name:16s} {r['rps']:7.1f} req/s  p50 {r['p50_ms']:6.1f} ms  p99 {r['p99_ms']:6.1f} ms  "
                  f"({r['requests']:.0f} requests, {r['errors']:.0f} not 200)")
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(timeout=20)


if __name__ == "__main__":
    main()
