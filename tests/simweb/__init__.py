"""A simulated municipal web on loopback: every site is its own host, nothing leaves the machine.

The crawler cannot reach the internet in tests, so it is tested against this. Each site listens
on its own loopback address (127.0.0.2, 127.0.0.3, …; all of 127.0.0.0/8 is loopback on Linux),
on one shared port, served by a small HTTP/1.1 handler (``Connection: close``) on one asyncio
loop. One loop and one listening socket per site scale to the 1,741 sites of a nationwide run.
The server runs in a child process (its own interpreter and GIL), so the arrival times in its
request log are not held back by the crawler's CPU work; ``in_process=True`` runs it in a thread
of the calling process instead.

Fixture sites (``tests/fixtures/sites/<site>/``)::

    with SimWeb.from_fixtures() as web:            # or SimWeb.from_fixtures(["tachikawa"])
        web.homepage("tachikawa")                  # 'http://127.0.0.2:40123/'
        web.url("tachikawa", "/docs/2025040300024/")
        web.sources()                              # list[scraper.models.Source] for the sites
        web.expected()                             # {site: target URL or None}
        web.spec("tachikawa").expected             # site.yaml's expected: block (methods, e-mails…)
        web.requests(site="tachikawa")             # the request log (LoggedRequest rows)

Generated sites, for scale (built lazily from a seed; no files written)::

    with SimWeb.generated(1741, seed=0, latency=0.05, broken_share=0.03) as web:
        web.sources(); web.expected()
        web.site(name).broken                      # None/unreachable/server_error/slow/no_target
        web.server_pid                             # e.g. to read the server's memory in /proc

Custom sites for a single test: ``SimWeb([SiteSpec(name=…, code=…, municipality=…,
prefecture=…, pages={"/index.html": "<html>…"}, faults=…, redirects=…)])``. Redirect targets
may name another served site's host as ``http://{host:SITE}/…``.

Mutation between runs (for change detection and moved pages)::

    web.page_source(site, path)                    # the page's source as served (edit, set back)
    web.set_page(site, path, html)                 # new content: new ETag and Last-Modified
    web.remove_page(site, path, status=404)        # or 410
    web.move_page(site, old, new, redirect=True)   # 301 old → new, or old → 404 when False;
                                                   # root-relative links to `old` follow the page
    web.set_down(site, True)                       # connection refused; or mode=503
    web.reset()                                    # undo every mutation and fault counter
    web.clear_log()

A site folder holds ``site.yaml`` (municipality, encoding and where the charset is declared,
robots.txt, redirects, faults, latency, and ``expected:``), an optional ``layout.html`` (the
site's chrome, with ``{{title}}``, ``{{content}}``, ``{{breadcrumb}}``… placeholders), and
``pages/`` mirroring URL paths (``/docs/1/`` is ``pages/docs/1/index.html``). Pages are UTF-8
files; the server re-encodes them to the site's encoding. A page starting with a ``<!--page``
YAML header is wrapped in the layout; any other file is served as written (``{{meta_charset}}``
is still replaced). Every response carries ETag and Last-Modified and conditional requests are
answered 304.

Faults (site.yaml ``faults:``, keyed by path): ``transient`` (the first ``count`` requests get
``status``, default 503 with Retry-After), ``slow`` (``delay`` seconds), ``status`` (always that
status), ``garbage`` (200 text/html of random bytes), ``raw_garbage`` (not HTTP at all),
``huge`` (a streamed HTML body of ``size`` bytes, never held in memory).

Run ``python -m tests.simweb --write-sources /tmp/sim-sources.yaml`` to serve the fixture sites
by hand and crawl them with ``kyoryoku refresh --allow-private-hosts``.
"""

from .generate import BROKEN_KINDS, SEED_TITLES, generate_sites
from .server import LoggedRequest, SimWeb
from .sites import CODECS, FIXTURES, LABELS, Site, SiteSpec, fixture_specs, load_site, render

__all__ = [
    "BROKEN_KINDS",
    "CODECS",
    "FIXTURES",
    "LABELS",
    "SEED_TITLES",
    "LoggedRequest",
    "SimWeb",
    "Site",
    "SiteSpec",
    "fixture_specs",
    "generate_sites",
    "load_site",
    "render",
]
