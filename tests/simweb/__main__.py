"""`python -m tests.simweb`: serve the simulated web by hand (see the package docstring)."""

from __future__ import annotations

import argparse
import contextlib
import threading

from .server import SimWeb


def main(argv: list[str] | None = None) -> int:
    """Serve the fixture (or generated) sites until interrupted; print their homepages."""
    parser = argparse.ArgumentParser(prog="python -m tests.simweb", description=main.__doc__)
    parser.add_argument("--write-sources", metavar="PATH", help="write a sources.yaml there")
    parser.add_argument("--generated", type=int, metavar="N", help="serve N generated sites")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--latency", type=float, default=0.0)
    args = parser.parse_args(argv)
    if args.generated:
        web = SimWeb.generated(
            args.generated, seed=args.seed, latency=args.latency, in_process=True
        )
    else:
        web = SimWeb.from_fixtures(latency=args.latency or None, in_process=True)
    with web:
        expected = web.expected()
        for name in web.sites:
            target = expected[name] or "(no findable target)"
            print(f"{name:24} {web.homepage(name):28} {target}", flush=True)
        if args.write_sources:
            web.write_sources(args.write_sources)
            print(f"sources written to {args.write_sources}", flush=True)
        print("serving; Ctrl-C to stop", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
