"""``python -m credit.push [run|status|resume|redeliver]``: the dispatcher without the CLI entry
point; with no command it runs the dispatcher."""

from __future__ import annotations

import sys

from credit.push.cli import push_app

if __name__ == "__main__":
    args = sys.argv[1:] or ["run"]
    if args[0].startswith("-") and args[0] not in ("--help", "-h"):
        args = ["run", *args]
    push_app(args, prog_name="python -m credit.push")
