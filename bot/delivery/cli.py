"""The `leitplanke` command: a thin edge over services, one function per command."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from bot.config import load_settings
from bot.delivery.render import hit_lines, ingest_lines, verdict_lines
from bot.errors import LeitplankeError
from bot.models import Verdict
from bot.services import Services

if TYPE_CHECKING:
    from bot.evaluation.cases import Case

app = typer.Typer(
    help="Leitplanke: social media guideline answers with cited clauses.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)

KnowledgeOpt = Annotated[
    Path | None, typer.Option("--knowledge", help="Folder of guideline documents.")
]
StoreOpt = Annotated[
    Path | None, typer.Option("--store", help="Store folder (default: one per knowledge folder).")
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Machine-readable output.")]


def _services(knowledge: Path | None, store: Path | None, **extra: Any) -> Services:
    return Services(load_settings(knowledge_dir=knowledge, store_dir=store, **extra))


def _progress_printer(enabled: bool) -> Any:
    if not enabled or not sys.stderr.isatty():
        return None
    from rich.progress import Progress

    bar = Progress(transient=True)
    task = bar.add_task("Embedding clauses", total=None)
    bar.start()

    def update(done: int, total: int) -> None:
        bar.update(task, completed=done, total=total)
        if done >= total:
            bar.stop()

    return update


def _echo_json(data: object) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))


@app.command()
def ingest(
    knowledge: KnowledgeOpt = None, store: StoreOpt = None, as_json: JsonOpt = False
) -> None:
    """Read the guideline folder into the store; only what changed is embedded again."""
    services = _services(knowledge, store)
    report = services.ingest(progress=_progress_printer(not as_json))
    if as_json:
        _echo_json(
            {
                "documents": [vars(d) for d in report.documents],
                "clauses": report.clauses,
                "embedded": report.embedded,
                "removed": report.removed,
                "seconds": round(report.seconds, 3),
            }
        )
    else:
        for line in ingest_lines(report):
            typer.echo(line)
    if not any(d.ok for d in report.documents):
        raise LeitplankeError(
            f"No document in {services.settings.knowledge_dir} could be read; see the lines above."
        )


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="What to look for, in German or English.")],
    k: Annotated[int, typer.Option("-k", min=1, max=50, help="How many clauses.")] = 5,
    knowledge: KnowledgeOpt = None,
    store: StoreOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Rank the clauses that fit a question (hybrid: dense + BM25)."""
    services = _services(knowledge, store)
    first = services.ensure_ingested()
    if first is not None and not as_json:
        typer.echo(f"(The store was empty: ingested {first.clauses} clauses first.)", err=True)
    hits = services.retriever.search(query, k=k)
    if as_json:
        _echo_json([hit.to_json() for hit in hits])
    else:
        for line in hit_lines(hits):
            typer.echo(line)


def _ready(knowledge: Path | None, store: Path | None) -> Services:
    services = _services(knowledge, store)
    first = services.ensure_ingested()
    if first is not None:
        typer.echo(f"(The store was empty: ingested {first.clauses} clauses first.)", err=True)
    return services


def _show(verdict: Verdict, as_json: bool) -> None:
    if as_json:
        typer.echo(verdict.model_dump_json(indent=2))
    else:
        for line in verdict_lines(verdict):
            typer.echo(line)


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="The question, in German or English.")],
    escalate: Annotated[
        bool, typer.Option(help="Hand it to a person whatever the verdict.")
    ] = False,
    knowledge: KnowledgeOpt = None,
    store: StoreOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """A verdict on a question: allowed, not allowed, needs approval or unclear, with clauses."""
    services = _ready(knowledge, store)
    _show(services.pipeline.ask(question, escalate=escalate), as_json)


@app.command()
def check(
    draft: Annotated[str | None, typer.Argument(help="The draft post ('-' reads stdin).")] = None,
    file: Annotated[Path | None, typer.Option("--file", help="Read the draft from a file.")] = None,
    knowledge: KnowledgeOpt = None,
    store: StoreOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Review a draft post: what breaks which clause, and what to change."""
    text = _draft_text(draft, file)
    services = _ready(knowledge, store)
    _show(services.pipeline.check(text), as_json)


def _draft_text(draft: str | None, file: Path | None) -> str:
    if file is not None:
        try:
            raw = file.read_bytes()
        except OSError as exc:
            raise LeitplankeError(f"Cannot read {file} ({exc.strerror}); check the path.") from None
        return raw.decode("utf-8", errors="replace")
    if draft == "-" or (draft is None and not sys.stdin.isatty()):
        return sys.stdin.read()
    if draft is None:
        raise LeitplankeError("Give the draft as an argument, with --file FILE, or on stdin.")
    return draft


@app.command("eval")
def evaluate(
    cases: Annotated[
        Path, typer.Option("--cases", help="YAML case file, or a folder of them (see docs).")
    ],
    knowledge: KnowledgeOpt = None,
    store: StoreOpt = None,
    min_accuracy: Annotated[float, typer.Option(help="Fail below this decision accuracy.")] = 0.0,
    max_false_permits: Annotated[int, typer.Option(help="Fail above this many.")] = 0,
    per_folder: Annotated[
        bool,
        typer.Option(
            "--per-folder",
            help="Judge the cases of each subfolder of --cases against the --knowledge "
            "subfolder of the same name, one organisation's guidelines at a time.",
        ),
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """Decision accuracy, false permits, citation hit rate and unclear recall on a case file."""
    from bot.evaluation.cases import load_cases
    from bot.evaluation.decisions import DecisionReport, run_decision_eval

    loaded = load_cases(cases)
    if per_folder:
        reports = [
            run_decision_eval(_ingested(folder, store and store / folder.name).pipeline, group)
            for folder, group in _by_knowledge_folder(cases, loaded, knowledge)
        ]
        report = DecisionReport(
            engine=reports[0].engine, outcomes=[o for r in reports for o in r.outcomes]
        )
    else:
        report = run_decision_eval(_ingested(knowledge, store).pipeline, loaded)
    if as_json:
        _echo_json(report.as_json())
    else:
        for line in report.lines():
            typer.echo(line)
    metrics = report.metrics()
    if metrics["false_permits"] > max_false_permits or metrics["decision_accuracy"] < min_accuracy:
        raise LeitplankeError(
            f"The eval failed its floor (false permits {metrics['false_permits']} > "
            f"{max_false_permits} or accuracy {metrics['decision_accuracy']:.3f} < {min_accuracy})."
        )


def _ingested(knowledge: Path | None, store: Path | None) -> Services:
    services = _services(knowledge, store)
    services.ingest()
    return services


def _by_knowledge_folder(
    cases: Path, loaded: list[Case], knowledge: Path | None
) -> list[tuple[Path, list[Case]]]:
    """The cases of each subfolder ("gitlab/3-third.yaml") and the guidelines they are about
    (KNOWLEDGE/gitlab), as one company would deploy them."""
    if knowledge is None or not cases.is_dir():
        raise LeitplankeError("--per-folder needs --cases DIR and --knowledge DIR.")
    groups: dict[str, list[Case]] = {}
    for case in loaded:
        folder, _, rest = case.file.partition("/")
        if not rest:
            raise LeitplankeError(
                f"{cases / case.file} is not in a subfolder; --per-folder pairs each subfolder "
                "with the knowledge folder of the same name."
            )
        groups.setdefault(folder, []).append(case)
    missing = [name for name in groups if not (knowledge / name).is_dir()]
    if missing:
        raise LeitplankeError(
            f"{knowledge} has no subfolder {', '.join(missing)}; --per-folder pairs each case "
            "subfolder with the knowledge folder of the same name."
        )
    return [(knowledge / name, group) for name, group in groups.items()]


@app.command("retrieval-eval")
def retrieval_eval(
    cases: Annotated[
        Path, typer.Option("--cases", help="YAML case file, or a folder of them (see docs).")
    ],
    knowledge: KnowledgeOpt = None,
    store: StoreOpt = None,
    embeddings: Annotated[
        str | None, typer.Option("--embeddings", help="Embedding backend to evaluate.")
    ] = None,
    baseline: Annotated[
        bool, typer.Option("--baseline", help="Also run the naive baseline.")
    ] = False,
    min_hit1: Annotated[float, typer.Option(help="Fail below this hit@1.")] = 0.0,
    min_hit5: Annotated[float, typer.Option(help="Fail below this hit@5.")] = 0.0,
    per_folder: Annotated[
        bool,
        typer.Option(
            "--per-folder",
            help="Search for the cases of each subfolder of --cases in the --knowledge "
            "subfolder of the same name, and pool the figures.",
        ),
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """hit@1, hit@5 and MRR of hybrid retrieval (and the naive baseline) on a case file."""
    from bot.evaluation.cases import load_cases
    from bot.evaluation.report import RetrievalOutcome, run_retrieval_eval

    if per_folder:
        outcome = RetrievalOutcome.pooled(
            [
                run_retrieval_eval(
                    _services(folder, store and store / folder.name, embeddings=embeddings),
                    group,
                    with_baseline=baseline,
                )
                for folder, group in _by_knowledge_folder(cases, load_cases(cases), knowledge)
            ]
        )
    else:
        services = _services(knowledge, store, embeddings=embeddings)
        outcome = run_retrieval_eval(services, cases, with_baseline=baseline)
    if as_json:
        _echo_json(outcome.as_json())
    else:
        for line in outcome.lines():
            typer.echo(line)
    if outcome.hybrid.hit_at_1 < min_hit1 or outcome.hybrid.hit_at_5 < min_hit5:
        raise LeitplankeError(
            f"Retrieval is below the floor (hit@1 {outcome.hybrid.hit_at_1:.3f} < {min_hit1} or "
            f"hit@5 {outcome.hybrid.hit_at_5:.3f} < {min_hit5}); see the misses above."
        )


@app.command()
def bench(
    clauses: Annotated[int, typer.Option(help="Store size to measure on.")] = 1000,
    queries: Annotated[int, typer.Option(help="How many timed searches.")] = 300,
    knowledge: KnowledgeOpt = None,
    store: Annotated[
        Path | None,
        typer.Option("--store", help="Empty folder for the bench store (default: temp)."),
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Ingest speed and warm search latency on N clauses built from the knowledge folder's."""
    from bot.evaluation.bench import run_bench

    result = run_bench(
        load_settings(knowledge_dir=knowledge), clauses=clauses, queries=queries, store=store
    )
    if as_json:
        _echo_json(result)
    else:
        for key, value in result.items():
            typer.echo(f"{key:>28}: {value}")


@app.command()
def run(knowledge: KnowledgeOpt = None, store: StoreOpt = None) -> None:
    """Ingest what changed, then start the assistant: Slack with tokens, else a local console."""
    services = _services(knowledge, store)
    for line in ingest_lines(services.ingest(progress=_progress_printer(True))):
        typer.echo(line)
    if services.settings.slack_bot_token:
        from bot.delivery.slack.server import serve as serve_slack

        serve_slack(services.settings)
        return
    from bot.delivery.console import run_console

    run_console(services)


@app.command()
def serve(knowledge: KnowledgeOpt = None, store: StoreOpt = None) -> None:
    """The Slack app: Socket Mode with SLACK_APP_TOKEN, else HTTP on PORT (/slack/events)."""
    from bot.delivery.slack.server import serve as serve_slack

    serve_slack(load_settings(knowledge_dir=knowledge, store_dir=store))


escalations_app = typer.Typer(help="Escalations: list, show, export.", no_args_is_help=True)
app.add_typer(escalations_app, name="escalations")


def _since(value: str | None) -> dt.datetime | None:
    if value is None:
        return None
    try:
        return dt.datetime.fromisoformat(value).replace(tzinfo=dt.UTC)
    except ValueError:
        raise LeitplankeError(f"--since '{value}' is not a date; use YYYY-MM-DD.") from None


@escalations_app.command("list")
def escalations_list(
    status: Annotated[str | None, typer.Option(help="open, claimed, approved, …")] = None,
    owner: Annotated[str | None, typer.Option(help="Owning team.")] = None,
    since: Annotated[str | None, typer.Option(help="YYYY-MM-DD")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Escalations, oldest first."""
    rows = Services(load_settings()).escalations.list(
        status=status, owner=owner, since=_since(since)
    )
    if as_json:
        _echo_json(
            [
                {
                    "id": r.id,
                    "created_at": str(r.created_at),
                    "owner": r.owner,
                    "status": r.status,
                    "requester": r.requester,
                    "text": r.text,
                }
                for r in rows
            ]
        )
        return
    for r in rows:
        text = (r.text or "(erased)").replace("\n", " ")[:70]
        typer.echo(f"#{r.id:<5} {r.created_at:%Y-%m-%d %H:%M}  {r.status:<22} {r.owner:<12} {text}")
    if not rows:
        typer.echo("No escalations.")


@escalations_app.command("show")
def escalations_show(escalation_id: Annotated[int, typer.Argument()]) -> None:
    """One escalation with its audit trail."""
    r = Services(load_settings()).escalations.get(escalation_id)
    typer.echo(
        f"#{r.id} {r.status} · owner {r.owner} · asked by {r.requester} "
        f"in {r.channel or '-'} · {r.created_at:%Y-%m-%d %H:%M}"
    )
    typer.echo(f"{r.kind}: {r.text or '(erased)'}")
    typer.echo(
        f"bot said: {r.verdict.get('decision')} · clauses: "
        + ", ".join(c.get("clause_id", "?") for c in r.clauses)
    )
    if r.decision:
        typer.echo(f"decided: {r.decision} by {r.decided_by} – {r.reason or ''}")
    for event in r.events:
        typer.echo(
            f"  {event.at:%Y-%m-%d %H:%M:%S}  {event.actor:<12} {event.action} "
            f"{json.dumps(event.detail, ensure_ascii=False) if event.detail else ''}"
        )


@escalations_app.command("export")
def escalations_export(
    fmt: Annotated[str, typer.Option("--format", help="csv or jsonl")] = "jsonl",
    since: Annotated[str | None, typer.Option(help="YYYY-MM-DD")] = None,
) -> None:
    """Every escalation with its audit trail, for an audit."""
    store = Services(load_settings()).escalations
    typer.echo(store.export(fmt, since=_since(since)), nl=False)


@escalations_app.command("purge")
def escalations_purge(
    days: Annotated[int | None, typer.Option(help="Default: LEITPLANKE_RETENTION_DAYS.")] = None,
) -> None:
    """Erase questions and drafts older than the retention period (decisions stay)."""
    settings = load_settings()
    erased = Services(settings).escalations.apply_retention(
        settings.retention_days if days is None else days
    )
    typer.echo(
        f"Erased the texts of {erased.escalations} escalation(s) and {erased.checks} answer(s)."
    )


@app.command()
def forget(user: Annotated[str, typer.Option("--user", help="Slack user id (U…).")]) -> None:
    """Erase one person's questions and drafts; the audit keeps the fact of each decision."""
    erased = Services(load_settings()).escalations.forget_user(user)
    typer.echo(
        f"Erased the texts of {erased.escalations} escalation(s) and {erased.checks} answer(s) "
        f"by {user}."
    )


def main() -> None:
    """Entry point: user-caused failures end in one line, never a traceback."""
    try:
        app(standalone_mode=False)
    except LeitplankeError as exc:
        typer.echo(f"leitplanke: {exc}", err=True)
        raise SystemExit(1) from None
    except KeyboardInterrupt:
        raise SystemExit(130) from None
    except typer.Abort:
        raise SystemExit(1) from None
    except Exception as exc:  # click usage errors arrive here with standalone_mode=False
        from click import ClickException

        if isinstance(exc, ClickException):
            exc.show()
            raise SystemExit(exc.exit_code) from None
        raise
