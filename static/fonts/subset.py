#!/usr/bin/env python3
"""Regenerates Evne's bundled web fonts (static/fonts/evne-*.woff2) from the Noto fonts.

    pip install fonttools brotli      # once
    python3 static/fonts/subset.py    # from anywhere; writes next to this file

Each font keeps the characters of the UI text of every locale that uses its script
(all characters of locales/<code>/*.ftl; what the source font does not have is simply not
kept, and is listed), ASCII digits and punctuation, a few invisible formatting characters, and
the script's whole basic block, so that names people type render too. All OpenType layout
features are kept (Arabic needs GSUB/GPOS to join and place marks). Hinting is dropped to keep
the files small (tablets render at high density and do not use it).

The locale lists below must match the `script` column of locales/languages.toml; the script
checks that they do. The output is reproducible for a given fontTools/brotli version and
source font version (head.modified is left as in the source font).
"""

import argparse
import sys
import tomllib
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LOCALES = ROOT / "locales"
NOTO = Path("/usr/share/fonts/truetype/noto")


# The same bytes whether or not uharfbuzz is installed (fontTools would use its repacker to
# serialize GSUB/GPOS if it were): the output then depends only on fontTools and brotli.
CONFIG = {"fontTools.ttLib.tables.otBase:USE_HARFBUZZ_REPACKER": False}


def block(first, last):
    return set(range(first, last + 1))


# ASCII digits and punctuation (no letters: Latin falls back to the next font in the stack).
ASCII = block(0x20, 0x40) | block(0x5B, 0x60) | block(0x7B, 0x7E)
# NBSP, guillemets, ZWSP/ZWNJ/ZWJ/LRM/RLM (ZWNJ is essential in Persian, Dari, Pashto, Sorani),
# hyphens, dashes, ellipsis, the bidi isolates Fluent puts around placeables, dotted circle
# (what shapers show an orphaned combining mark on).
COMMON = (
    {0xA0, 0xAB, 0xBB, 0x2026, 0x25CC}
    | block(0x200B, 0x200F)
    | block(0x2010, 0x2014)
    | block(0x2066, 0x2069)
)

FONTS = [
    {
        "script": "Ethi",
        "locales": ["ti", "am"],
        "blocks": block(0x1200, 0x137F),  # Ethiopic
        "out": "evne-ethiopic",
        "sources": {"regular": "NotoSansEthiopic-Regular.ttf", "bold": "NotoSansEthiopic-Bold.ttf"},
    },
    {
        "script": "Arab",
        "locales": ["ar", "fa", "prs", "ps", "ckb"],
        "blocks": block(0x0600, 0x06FF)  # Arabic
        | block(0xFB50, 0xFDFF)  # Arabic Presentation Forms-A
        | block(0xFE70, 0xFEFF),  # Arabic Presentation Forms-B
        "out": "evne-arabic",
        "sources": {"regular": "NotoNaskhArabic-Regular.ttf", "bold": "NotoNaskhArabic-Bold.ttf"},
    },
]


def check_locales():
    """The locale lists above agree with locales/languages.toml."""
    with open(LOCALES / "languages.toml", "rb") as f:
        table = tomllib.load(f)
    for font in FONTS:
        declared = sorted(l["code"] for l in table["locale"] if l["script"] == font["script"])
        if declared != sorted(font["locales"]):
            sys.exit(
                f"subset.py: locales of script {font['script']} are {declared} in "
                f"locales/languages.toml but {sorted(font['locales'])} here; update FONTS"
            )


def ui_characters(locales):
    chars = set()
    for code in locales:
        files = sorted((LOCALES / code).glob("*.ftl"))
        if not files:
            sys.exit(f"subset.py: no .ftl files in {LOCALES / code}")
        for path in files:
            chars |= {ord(c) for c in path.read_text(encoding="utf-8") if c not in "\r\n\t"}
    return chars


def options():
    o = subset.Options()
    o.layout_features = ["*"]  # keep all shaping: init/medi/fina/liga/mark/mkmk/kern/...
    o.layout_scripts = ["*"]
    o.name_IDs = ["*"]  # keep copyright, licence and URL records
    o.name_languages = ["*"]
    o.notdef_outline = True
    o.glyph_names = False
    o.hinting = False
    o.flavor = "woff2"
    return o


def make(font, source_dir):
    ui = ui_characters(font["locales"])
    wanted = ui | ASCII | COMMON | font["blocks"]
    results = []
    for weight, name in font["sources"].items():
        src = source_dir / name
        tt = TTFont(src, recalcTimestamp=False, lazy=False, cfg=CONFIG)
        have = set(tt.getBestCmap())
        sub = subset.Subsetter(options())
        sub.populate(unicodes=sorted(wanted & have))
        sub.subset(tt)
        out = HERE / f"{font['out']}-{weight}.woff2"
        tt.flavor = "woff2"
        tt.save(out)
        missing = sorted(c for c in ui - have if c > 0x7F)
        results.append((out, src, len(tt.getBestCmap()), missing))
    return results


def verify(source_dir):
    """What the app relies on is in the files."""
    for weight in ("regular", "bold"):
        eth = TTFont(HERE / f"evne-ethiopic-{weight}.woff2")
        arb = TTFont(HERE / f"evne-arabic-{weight}.woff2")
        assert 0x1230 in eth.getBestCmap(), "U+1230 missing from the Ethiopic subset"
        source = set(TTFont(source_dir / FONTS[0]["sources"][weight]).getBestCmap())
        assert block(0x1200, 0x137F) & source <= set(eth.getBestCmap()), "Ethiopic block incomplete"
        for cp in (0x0628, 0x067E, 0x0686, 0x06A9, 0x06AF, 0x06CC, 0x06D5, 0x200C):
            assert cp in arb.getBestCmap(), f"U+{cp:04X} missing from the Arabic subset"
        for tag in ("GSUB", "GPOS", "GDEF"):
            assert tag in arb and tag in eth, f"{tag} missing"
        features = {r.FeatureTag for r in arb["GSUB"].table.FeatureList.FeatureRecord}
        for tag in ("init", "medi", "fina", "rlig"):
            assert tag in features, f"GSUB feature {tag} missing from the Arabic subset"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source-dir", type=Path, default=NOTO, help=f"default {NOTO}")
    source_dir = parser.parse_args().source_dir
    check_locales()
    total = 0
    for font in FONTS:
        for out, src, glyphs, missing in make(font, source_dir):
            size = out.stat().st_size
            total += size
            print(f"{out.relative_to(ROOT)}: {size / 1024:.1f} KiB, {glyphs} characters (from {src})")
            if missing:
                listed = " ".join(f"U+{c:04X}" for c in missing)
                print(f"  UI characters not in the source font (left to fallback fonts): {listed}")
    verify(source_dir)
    print(f"total {total / 1024:.1f} KiB; checks passed")


if __name__ == "__main__":
    main()
