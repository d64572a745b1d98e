"""A throwaway PostgreSQL cluster for tests and benchmarks (initdb + pg_ctl, as ``postgres`` when root)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path


class PostgresUnavailable(RuntimeError):
    pass


def _bindir() -> Path:
    try:
        out = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True, check=True)
        bindir = Path(out.stdout.strip())
    except (OSError, subprocess.CalledProcessError):
        bindir = Path("/usr/lib/postgresql/15/bin")
    if not (bindir / "initdb").exists():
        raise PostgresUnavailable(f"initdb not found in {bindir} (install postgresql)")
    return bindir


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Cluster:
    root: Path
    port: int
    bindir: Path
    as_postgres: bool

    @property
    def admin_url(self) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/postgres"

    def url(self, database: str) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/{database}"

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        cmd = list(args)
        if self.as_postgres:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        return subprocess.run(cmd, capture_output=True, text=True, check=False)

    def create_database(self, name: str) -> str:
        result = self._run(
            str(self.bindir / "psql"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres",
            "-d", "postgres", "-v", "ON_ERROR_STOP=1", "-c", f'CREATE DATABASE "{name}"',
        )
        if result.returncode != 0:
            raise PostgresUnavailable(result.stderr.strip())
        return self.url(name)

    def stop(self) -> None:
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.root / "data"), "-m", "immediate", "stop")
        shutil.rmtree(self.root, ignore_errors=True)


def _new_cluster(prefix: str) -> Cluster:
    bindir = _bindir()
    as_postgres = os.geteuid() == 0
    root = Path(tempfile.mkdtemp(prefix=prefix))
    if as_postgres:
        shutil.chown(root, "postgres", "postgres")
    return Cluster(root=root, port=_free_port(), bindir=bindir, as_postgres=as_postgres)


def _start(cluster: Cluster, options: str) -> Cluster:
    data, root = cluster.root / "data", cluster.root
    start = cluster._run(
        str(cluster.bindir / "pg_ctl"), "-w", "-D", str(data), "-l", str(root / "log"),
        "-o", f"-p {cluster.port} -k {root} -c listen_addresses=127.0.0.1 {options}", "start",
    )
    if start.returncode != 0:
        log = (root / "log").read_text() if (root / "log").exists() else ""
        shutil.rmtree(root, ignore_errors=True)
        raise PostgresUnavailable(f"pg_ctl start failed: {start.stderr.strip()} {log[-500:]}")
    return cluster


_FAST = "-c fsync=off -c synchronous_commit=off -c max_connections=200 -c shared_buffers=256MB"


def start_cluster() -> Cluster:
    """initdb into a temp dir and start on a free loopback port; about a second."""
    cluster = _new_cluster("credit-pg-")
    init = cluster._run(
        str(cluster.bindir / "initdb"), "--no-sync", "-A", "trust", "-U", "postgres", "-E", "UTF8",
        "--locale=C", "-D", str(cluster.root / "data"),
    )
    if init.returncode != 0:
        shutil.rmtree(cluster.root, ignore_errors=True)
        raise PostgresUnavailable(f"initdb failed: {init.stderr.strip()}")
    # full_page_writes=off: nothing here survives a crash anyway (a base backup turns them
    # on for its own duration, so replicas still start from a consistent copy)
    return _start(cluster, f"{_FAST} -c full_page_writes=off")


def start_replica(primary: Cluster) -> Cluster:
    """A streaming replica of ``primary``: ``pg_basebackup -R`` with the same binaries (it
    writes standby.signal and the primary_conninfo), started as a hot standby on its own port.
    initdb's ``-A trust`` already lets 127.0.0.1 connect for replication."""
    replica = _new_cluster("credit-pg-replica-")
    backup = replica._run(
        str(replica.bindir / "pg_basebackup"), "-h", "127.0.0.1", "-p", str(primary.port), "-U", "postgres",
        "-D", str(replica.root / "data"), "-R", "-X", "stream", "-c", "fast", "--no-sync",
    )
    if backup.returncode != 0:
        shutil.rmtree(replica.root, ignore_errors=True)
        raise PostgresUnavailable(f"pg_basebackup failed: {backup.stderr.strip()}")
    return _start(replica, f"{_FAST} -c hot_standby=on")
