"""Load benchmark of the store: facts/s over Bolt, peak memory, query latencies.

A synthetic corpus shaped like ours (region → leagues → banners → townships →
villages; named programmes with components; organisations, persons; metrics; every
fact with its evidence sentence) is written document by document through
``GraphStore.write_document`` (one transaction per document, batched UNWIND/MERGE),
exactly as ``policykg ingest`` does. A *fact* is one item of ``DocumentFacts``
(sentence, entity, mention, relation, metric or programme component): one UNWIND row.

    python bench/bench_store.py --facts 1000000                 # fresh embedded store in /tmp
    python bench/bench_store.py --facts 1000000 --docs-per-tx 50 --batch-size 2000   # the bulk path
    python bench/bench_store.py --facts 50000 --batch-size 1000 --sessions 2
    python bench/bench_store.py --facts 50000 --store bolt://127.0.0.1:7687   # Neo4j (docker-compose.yml)

A fresh embedded folder is stopped and removed at the end unless --keep. Figures: docs/store.md.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import resource
import shutil
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from policykg.facts import (
    Document,
    DocumentFacts,
    Entity,
    EntityRef,
    Evidence,
    Mention,
    Metric,
    Relation,
    Sentence,
)

COMPONENTS = ["党员中心户", "协会", "合作社", "党支部", "企业", "牧户", "农户", "基地", "网格", "联合体",
              "驿站", "银行", "学校", "医院", "志愿队", "超市", "电商", "车间", "工作室", "服务站"]
INDICATORS = ["嘎查村", "网格", "党员中心户", "集体经济收入", "党员", "牧户", "合作社", "项目", "资金", "人口"]
UNITS = {"集体经济收入": "元", "资金": "元", "党员": "人", "人口": "人", "牧户": "户", "党员中心户": "户"}


class World:
    """The synthetic entities every document draws from (so documents share facts, as ours do)."""

    def __init__(self, rng: random.Random, villages: int) -> None:
        self.rng = rng
        self.region = "合成自治区"
        self.leagues = [f"合成{i}盟" for i in range(12)]
        banners_n = max(12, villages // 100)
        townships_n = max(banners_n, villages // 10)
        self.parent: dict[str, str] = {lg: self.region for lg in self.leagues}
        self.level: dict[str, str] = {self.region: "region", **{lg: "league" for lg in self.leagues}}
        self.banners = [f"合成{i}旗" for i in range(banners_n)]
        self.townships = [f"合成{i}苏木" for i in range(townships_n)]
        self.villages = [f"合成{i}嘎查" for i in range(villages)]
        for i, b in enumerate(self.banners):
            self.parent[b], self.level[b] = self.leagues[i % len(self.leagues)], "banner"
        for i, t in enumerate(self.townships):
            self.parent[t], self.level[t] = self.banners[i % banners_n], "township"
        for i, v in enumerate(self.villages):
            self.parent[v], self.level[v] = self.townships[i % townships_n], "village"
        self.programmes = [f"合成工程{i}" for i in range(max(50, villages // 20))]
        self.components = {p: rng.sample(COMPONENTS, rng.randint(2, 3)) for p in self.programmes}
        self.orgs = [f"合成{i}合作社" for i in range(max(100, villages // 2))]
        self.persons = [f"合成人{i}" for i in range(max(100, villages // 4))]

    def places(self) -> list[str]:
        return self.townships + self.villages + self.banners


def make_document(world: World, n: int, sentences: int) -> DocumentFacts:
    """One synthetic report: ``sentences`` sentences, each stating a few facts."""
    rng, doc_id = world.rng, f"syn{n:06d}"
    sents: list[Sentence] = []
    entities: dict[tuple[str, str], Entity] = {}
    mentions: list[Mention] = []
    relations: list[Relation] = []
    metrics: list[Metric] = []
    at = 0

    def use(label: str, name: str, sent: Sentence, **attrs: object) -> EntityRef:
        if (label, name) not in entities:
            entities[(label, name)] = Entity(label=label, name=name, evidence=Evidence.of(sent),  # type: ignore[arg-type]
                                             **attrs)  # type: ignore[arg-type]
        mentions.append(Mention(label=label, name=name, surface=name, sentence_index=sent.index,  # type: ignore[arg-type]
                                start=sent.start, end=sent.start + len(name)))
        return EntityRef(label=label, name=name)  # type: ignore[arg-type]

    def rel(rtype: str, head: EntityRef, tail: EntityRef, sent: Sentence, basis: str = "text") -> None:
        relations.append(Relation(type=rtype, head=head, tail=tail, basis=basis,  # type: ignore[arg-type]
                                  evidence=Evidence.of(sent)))

    for k in range(sentences):
        place = rng.choice(world.places())
        prog = rng.choice(world.programmes)
        org = rng.choice(world.orgs)
        value = rng.randint(1, 5000)
        indicator = rng.choice(INDICATORS)
        text = f"{place}推行“{prog}”模式，{org}带动，共有{indicator}{value}{UNITS.get(indicator, '个')}（第{n}号报告）。"
        sent = Sentence(doc_id=doc_id, index=k, text=text, start=at, end=at + len(text))
        at += len(text)
        sents.append(sent)
        p = use("Place", place, sent, level=world.level[place])
        parent = world.parent[place]
        q = use("Place", parent, sent, level=world.level[parent])
        rel("PART_OF", p, q, sent, "admin_knowledge")
        m = use("Programme", prog, sent, kind="model", components=world.components[prog])
        rel("IMPLEMENTS", p, m, sent)
        o = use("Organisation", org, sent, kind="cooperative")
        rel("LOCATED_IN", o, p, sent)
        if k % 4 == 0:
            person = use("Person", rng.choice(world.persons), sent, role="书记")
            rel("LEADS", person, o, sent)
        if k % 5 == 0:
            rel("PARTNERS_WITH", p, use("Organisation", rng.choice(world.orgs), sent, kind="cooperative"), sent)
        metrics.append(Metric(subject=p, indicator=indicator, value=float(value), unit=UNITS.get(indicator, "个"),
                              year=rng.choice([None, 2022, 2023, 2024]), raw=f"{value}", evidence=Evidence.of(sent)))
    text = "".join(s.text for s in sents)
    document = Document(doc_id=doc_id, source=f"{doc_id}.txt", title=f"合成报告{n}",
                        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(), chars=len(text), text=text)
    return DocumentFacts(document=document, sentences=sents, entities=list(entities.values()),
                         mentions=mentions, relations=relations, metrics=metrics)


def fact_count(f: DocumentFacts) -> int:
    return (len(f.sentences) + len(f.entities) + len(f.mentions) + len(f.relations) + len(f.metrics)
            + sum(len(e.components) for e in f.entities))


def documents(world: World, total_facts: int, sentences: int) -> Iterator[DocumentFacts]:
    made, n = 0, 0
    while made < total_facts:
        facts = make_document(world, n, sentences)
        made += fact_count(facts)
        n += 1
        yield facts


def batches(docs: Iterator[DocumentFacts], size: int) -> Iterator[list[DocumentFacts]]:
    batch: list[DocumentFacts] = []
    for facts in docs:
        batch.append(facts)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def server_peak_kib(pid: int | None) -> int | None:
    """Peak resident memory (VmHWM) of the server process, from /proc."""
    if pid is None:
        return None
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def server_cpu_s(pid: int | None) -> float | None:
    """CPU seconds (user + system) the server process has used, from /proc: the machine is shared,
    so facts per server CPU second says more about the store than wall-clock facts/s alone."""
    if pid is None:
        return None
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--facts", type=int, default=1_000_000, help="facts to write (default 1,000,000)")
    ap.add_argument("--sentences", type=int, default=40, help="sentences per document")
    ap.add_argument("--batch-size", type=int, default=None, help="UNWIND rows per statement (settings.batch_size)")
    ap.add_argument("--sessions", type=int, default=1, help="transactions written in parallel (threads, one session each)")
    ap.add_argument("--docs-per-tx", type=int, default=1,
                    help="documents per transaction: 1 = write_document (as ingest does), more = write_documents "
                         "(the bulk path: their rows share statements)")
    ap.add_argument("--store", default=None, help="store URI (default: a fresh embedded folder in /tmp)")
    ap.add_argument("--keep", action="store_true", help="keep the fresh embedded folder and its server")
    ap.add_argument("--queries", type=int, default=30, help="runs of each query for the latency figures")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()

    if args.batch_size:
        os.environ["POLICYKG_BATCH_SIZE"] = str(args.batch_size)
    from graph.connect import embedded_folder, open_store
    from graph.embedded import running_server, stop_server
    from policykg.settings import get_settings

    fresh = None
    uri = args.store
    if uri is None:
        fresh = Path(tempfile.mkdtemp(prefix="policykg-bench-")) / "store"
        uri = f"embedded:{fresh}"
    store = open_store(uri)
    folder = embedded_folder(uri)
    pid = running_server(folder).pid if folder else None  # type: ignore[union-attr]
    if args.store is not None and any(store.counts()["nodes"].values()):
        print("warning: the store is not empty; figures include its existing graph", file=sys.stderr)
    store.ensure_schema()
    villages = max(200, args.facts // 60)
    world = World(random.Random(args.seed), villages)
    print(f"store {uri} ({getattr(store, 'agent', '?')}), batch size {get_settings().batch_size}, "
          f"{args.docs_per_tx} document(s) per transaction, {args.sessions} session(s), "
          f"target {args.facts:,} facts, {villages:,} villages")

    written = docs = 0
    lock = threading.Lock()
    load_before = os.getloadavg()[0]
    cpu_before, client_before = server_cpu_s(pid), time.process_time()
    started = time.perf_counter()
    last = started

    def write(batch: list[DocumentFacts]) -> None:
        nonlocal written, docs, last
        if len(batch) == 1:
            store.write_document(batch[0])
        else:
            store.write_documents(batch)
        with lock:
            written += sum(fact_count(f) for f in batch)
            docs += len(batch)
            now = time.perf_counter()
            if now - last > 15:
                last = now
                print(f"  {written:,} facts, {docs:,} docs, {written / (now - started):,.0f} facts/s", flush=True)

    if args.sessions == 1:
        for batch in batches(documents(world, args.facts, args.sentences), args.docs_per_tx):
            write(batch)
    else:
        with ThreadPoolExecutor(args.sessions) as pool:
            pending = []
            for batch in batches(documents(world, args.facts, args.sentences), args.docs_per_tx):
                pending.append(pool.submit(write, batch))
                if len(pending) >= 4 * args.sessions:
                    pending.pop(0).result()
            for fut in pending:
                fut.result()
    elapsed = time.perf_counter() - started
    cpu_after, client_cpu = server_cpu_s(pid), time.process_time() - client_before
    counts = store.counts()
    nodes, rels = sum(counts["nodes"].values()), sum(counts["relationships"].values())
    print(f"wrote {written:,} facts in {docs:,} documents in {elapsed:,.1f} s: {written / elapsed:,.0f} facts/s "
          f"({nodes:,} nodes, {rels:,} relationships in the graph)")
    if cpu_before is not None and cpu_after is not None:
        used = cpu_after - cpu_before
        print(f"cpu: server {used:,.1f} s ({written / used:,.0f} facts per server cpu-second), client {client_cpu:,.1f} s; "
              f"load average {load_before:.1f} before, {os.getloadavg()[0]:.1f} after ({os.cpu_count()} cpus)")
    client_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    server = server_peak_kib(pid)
    print(f"peak memory: client {client_mib:,.0f} MiB"
          + (f", server {server / 1024:,.0f} MiB (pid {pid})" if server else ""))

    from graph import queries

    league, banner = world.leagues[0], world.banners[0]
    probes = {
        "schema: models with 协会 and 合作社": (queries.SCHEMA_MODELS_WITH_BOTH, {"first": "协会", "second": "合作社"}),
        "schema: banners of a league": (queries.SCHEMA_BANNERS_OF_LEAGUE, {"league": league}),
        "schema: indicator across places": (queries.SCHEMA_INDICATOR_ACROSS_PLACES, {"indicator": "网格"}),
        "metrics of a banner": (queries.METRICS_OF, {"name": banner}),
        "document by key": ("MATCH (d:Document {docId: $id}) RETURN d.sha256 AS h", {"id": "syn000000"}),
    }
    for name, (cypher, params) in probes.items():
        times, rows = [], 0
        for _ in range(args.queries):
            t0 = time.perf_counter()
            rows = len(store.read(cypher, params, limit=1000, timeout=120))
            times.append((time.perf_counter() - t0) * 1000)
        print(f"query {name}: p50 {statistics.median(times):,.1f} ms, p95 {percentile(times, 0.95):,.1f} ms, "
              f"{rows} rows")
    t0 = time.perf_counter()
    store.delete_document("syn000001")
    print(f"delete one document: {time.perf_counter() - t0:,.2f} s")
    store.close()
    if fresh is not None and not args.keep:
        stop_server(fresh)
        shutil.rmtree(fresh.parent, ignore_errors=True)


if __name__ == "__main__":
    main()
