"""A real PostgreSQL server for the tests, in a temporary folder, stopped afterwards."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.slack_process import free_port

_BIN_DIRS = [Path("/usr/lib/postgresql") / v / "bin" for v in ("17", "16", "15", "14")]


def _tool(name: str) -> str:
    for folder in _BIN_DIRS:
        if (folder / name).exists():
            return str(folder / name)
    found = shutil.which(name)
    assert found, f"PostgreSQL's {name} is missing; install it with: apt-get install postgresql"
    return found


def _run(command: list[str]) -> None:
    done = subprocess.run(command, capture_output=True, text=True)
    assert done.returncode == 0, f"{command[(len(command) > 4 and 4) or 0]}: {done.stderr}"


@contextmanager
def postgres_server(*, durable: bool = False) -> Iterator[str]:
    """Yields a SQLAlchemy URL. As root, the server runs as the 'postgres' user (initdb refuses
    root), in a folder of its own under /tmp that this user can reach. Tests skip fsync;
    benchmarks ask for a durable server."""
    initdb, pg_ctl = _tool("initdb"), _tool("pg_ctl")
    tmp = Path(tempfile.mkdtemp(prefix="leitplanke-pg-"))
    data, port = tmp / "pgdata", free_port()
    prefix: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(tmp, "postgres")
        prefix = ["runuser", "-u", "postgres", "--"]
    _run([*prefix, initdb, "-D", str(data), "-U", "leitplanke", "--auth=trust", "-E", "UTF8"])
    options = f"-p {port} -k {data} -c listen_addresses=127.0.0.1"
    if not durable:
        options += " -c fsync=off"
    _run(
        [*prefix, pg_ctl, "-D", str(data), "-o", options, "-l", str(tmp / "pg.log"), "-w", "start"]
    )
    try:
        yield f"postgresql+psycopg://leitplanke@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            [*prefix, pg_ctl, "-D", str(data), "-m", "immediate", "stop"], capture_output=True
        )
        shutil.rmtree(tmp, ignore_errors=True)
