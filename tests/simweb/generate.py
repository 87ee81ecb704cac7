"""A simulated web of up to 1,741 sites, one per real municipality, built lazily from a seed by
varying the fixture families; a share of the sites is broken."""

from __future__ import annotations

import random

from scraper.municipalities import default_registry

from .sites import Gone, Site, SiteSpec, fixture_specs, page_key, substituted

# The page titles municipalities gave the form's page (the seed list): wording for generated sites.
SEED_TITLES = (
    "特定技能所属機関による協力確認書の提出等について",
    "特定技能 所属機関における協力確認書について",
    "特定技能機関による協力確認書の提出",
    "特定技能所属機関における協力確認書について",
    "特定技能制度における地域の共生施策に関する連携",
    "特定技能所属機関の皆様へ「協力確認書」の提出について",
    "特定技能所属機関の皆さんへ(「協力確認書」の提出方法について)",
    "特定技能所属機関による「協力確認書」の提出について",
    "特定技能所属機関が提出する「協力確認書」について",
    "特定技能制度における地域の共生施策に関する連携について",
    "特定技能所属機関による協力確認書の提出",
    "特定技能所属機関が地方公共団体に提出する「協力確認書」の提出について",
    "特定技能所属機関の皆様へ「協力確認書」をご提出ください",
)

BROKEN_KINDS = ("unreachable", "server_error", "slow", "no_target")


def generate_sites(n_sites: int, *, seed: int = 0, broken_share: float = 0.03) -> list[Site]:
    """Sites for n real municipalities, each a fixture family with names, wording and encoding
    varied by a seeded RNG; page text is substituted per request, so memory stays flat."""
    families = [s for s in fixture_specs() if not s.extra]
    munis = sorted(
        (m for m in default_registry().all() if m.kind != "ward" and m.kind != "prefecture"),
        key=lambda m: m.code,
    )
    rng = random.Random(seed)
    if n_sites < len(munis):
        munis = sorted(rng.sample(munis, n_sites), key=lambda m: m.code)
    elif n_sites > len(munis):
        raise ValueError(f"at most {len(munis)} municipalities")
    n_broken = round(n_sites * broken_share)
    kinds = rng.choices(BROKEN_KINDS, k=n_broken)
    broken_at = dict(zip(rng.sample(range(n_sites), n_broken), kinds, strict=True))
    titles = {fam.name: _free_titles(fam) for fam in families}
    sites = []
    for i, muni in enumerate(munis):
        r = random.Random(f"{seed}:{muni.code}")
        fam = r.choice(families)
        title = r.choice(titles[fam.name])
        name = f"g{i:04d}-{muni.code}"
        subs: list[tuple[str, str]] = []
        fam_title = fam.expected.get("title")
        if fam_title:
            subs.append((fam_title, title))
        subs.append((fam.prefecture + fam.municipality, muni.prefecture + muni.name))
        subs.append((fam.municipality, muni.name))
        if fam.domain:
            subs.append((fam.domain, f"city{muni.code}.example.lg.jp"))
        codec, charset_in = r.choice(
            [(fam.codec, fam.charset_in)] * 6
            + [("utf-8", "both"), ("cp932", "meta"), ("euc_jp", "header"), ("utf-8", "none")]
        )
        broken = broken_at.get(i)
        expected = substituted(fam.expected, subs)
        if broken in ("unreachable", "server_error"):
            expected["status"] = "unreachable"
        if broken == "no_target":
            expected["status"] = "not_found"
        spec = SiteSpec(
            name=name,
            code=muni.code,
            municipality=muni.name,
            prefecture=muni.prefecture,
            title=title if r.random() < 0.5 else None,
            encoding={"euc_jp": "euc-jp"}.get(codec, codec),
            charset_in=charset_in,
            robots=fam.robots,
            robots_status=fam.robots_status,
            redirects=fam.redirects,
            faults={},
            expected=expected,
            layout=fam.layout,
            pages=fam.pages,
            domain=fam.domain,
        )
        site = Site(spec=spec, address="", subs=tuple(subs), broken=broken)
        if broken == "server_error":
            site.down = site.initial_down = 500 if r.random() < 0.5 else 503
        elif broken == "slow":
            site.latency = 1.0
        elif broken == "no_target":
            site.overrides[page_key(fam.expected["target"])] = Gone(404)
        sites.append(site)
    return sites


def _free_titles(fam: SiteSpec) -> list[str]:
    """Seed titles a family's target can take without colliding with another of its pages
    (横浜市's overview page already uses one of them)."""
    own = fam.expected.get("title")
    texts = [p for path, p in fam.pages.items() if isinstance(p, str)]
    texts = [t.replace(own, "") for t in texts] if own else texts
    return [t for t in SEED_TITLES if not any(t in text for text in texts)] or [own or ""]
