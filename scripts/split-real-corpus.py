#!/usr/bin/env python3
"""Splits the real-page checker corpus by source outlet into a tuning part and a test part.

Reads src/test/resources/checker/real/incoming/**/<outlet>.yml and moves each outlet's file into
real/tune/ or real/test/. The rule never looks at labels: within each outlet family (national papers;
provincial papers, portals, ministries and unions; tabloids), outlets are taken in the order of the
SHA-256 of their name and go to the test part until it holds TEST_SHARE of that family's passages.
Running it again on files already split changes nothing (the order is fixed by the names).

EXPOSED outlets go to the tuning part whatever their order: early drafts of their files were committed for
a few minutes into branches the checker's developers worked on, so they cannot count as unseen.
"""
import hashlib
import pathlib
import shutil
import sys

import yaml

TEST_SHARE = 0.35
EXPOSED = {"plo.vn", "giadinh.net.vn", "kienthuc.net.vn", "ngoisao.net", "soha.vn"}
ROOT = pathlib.Path(__file__).resolve().parent.parent / "src/test/resources/checker/real"
FAMILY = {"national": "national", "provincial": "local", "portal": "local", "ministry": "local",
          "union": "local", "tabloid": "tabloid"}


def main():
    files = sorted((ROOT / "incoming").rglob("*.yml"))
    outlets = {}
    for f in files:
        passages = yaml.safe_load(f.read_text(encoding="utf-8")) or []
        if not passages:
            continue
        outlet = passages[0]["outlet"]
        family = FAMILY.get(passages[0].get("outlet_kind", ""), "local")
        entry = outlets.setdefault(outlet, {"family": family, "files": [], "count": 0})
        entry["files"].append(f)
        entry["count"] += len(passages)
    for part in ("tune", "test"):
        (ROOT / part).mkdir(exist_ok=True)
    for family in sorted({o["family"] for o in outlets.values()}):
        members = sorted((name for name, o in outlets.items() if o["family"] == family),
                         key=lambda name: hashlib.sha256(name.encode("utf-8")).hexdigest())
        total = sum(outlets[n]["count"] for n in members)
        in_test = 0
        for name in members:
            part = "test" if in_test < TEST_SHARE * total and name not in EXPOSED else "tune"
            if part == "test":
                in_test += outlets[name]["count"]
            for f in outlets[name]["files"]:
                target = ROOT / part / f.name
                if target.exists():
                    sys.exit(f"{target} exists: two files for one outlet name")
                shutil.move(str(f), target)
            print(f"{family:8} {part:4} {outlets[name]['count']:4} {name}")


if __name__ == "__main__":
    main()
