#!/bin/bash
# The README's example run, made again: a fresh home folder, the install, `clkarchive init`, the three
# sources pointed at local upstreams (CLK2025 with an LFS server), the first sync (and, when it skipped
# pictures for time, `sync --retry-failed` with a longer extract_timeout, as the README's
# Troubleshooting says), then every command whose output the README shows, each into OUT/<name>.txt as
# "$ command" and what it printed. The README shows them with the home folder as ~, trimmed with …
# but never edited.
#
#   docs/example-run.sh HOME UP2023 UP2024 UP2025 LFS_URL OUT   a fresh HOME: install, sync, outputs
#   docs/example-run.sh --outputs HOME OUT                      the outputs again, from HOME's archive
#
# The upstreams: ../shared/corpus/make-year-upstream YEAR DEST; the LFS server: ../shared/corpus/lfs-server 0.
# The install is this checkout's, into HOME/.venv with the ocr extra, as the README's Install says.
# The README's withheld reading comes from a small archive of its own, HOME/demo: one forum's poster
# drawn (with Noto Sans CJK, Debian's fonts-noto-cjk) with its lines evenly spaced, so that no time can
# be told to belong to the talk above it or below it, synced with OCR like the others.
set -u
repo=$(realpath "$(dirname "$0")/..")
run() {  # run NAME COMMAND...: each command after its prompt, then what it printed
    local name=$1 c
    shift
    for c in "$@"; do echo "\$ $c"; bash -c "$c" 2>&1; done > "$out/$name.txt"
}
unset XDG_CONFIG_HOME XDG_DATA_HOME XDG_CACHE_HOME CLKARCHIVE_CONFIG PYTHONPATH

if [ "$1" = --outputs ]; then
    export HOME=$(realpath "$2") && out=$(realpath -m "$3") && mkdir -p "$out" && cd "$HOME" || exit 2
    export PATH="$HOME/.venv/bin:$PATH"
else
    home=$1 up2023=$2 up2024=$3 up2025=$4 lfs=$5 out=$(realpath -m "$6")
    [ -e "$home" ] && { echo "example-run: $home exists; give a fresh folder" >&2; exit 2; }
    mkdir -p "$home" "$out"
    export HOME=$(realpath "$home")
    cd "$HOME"
    python3 -m venv ~/.venv && ~/.venv/bin/pip install -q -e "$repo[ocr]" > "$out/install.txt" 2>&1 || exit 1
    du -sh ~/.venv >> "$out/install.txt"
    export PATH="$HOME/.venv/bin:$PATH"
    run init 'clkarchive init'
    python3 - "$up2023" "$up2024" "$up2025" "$lfs" <<'EOF'
import pathlib, re, sys
up = dict(zip((2023, 2024, 2025), sys.argv[1:4]))
config = pathlib.Path.home() / ".config/clkarchive/config.toml"
text = re.sub(r'\[\[sources\]\]\nname = "CLK2022"\n[^[]*', "", config.read_text())  # no local copy of it
for year, url in up.items():
    text = text.replace(f'"https://github.com/ChinaLinuxKernel/CLK{year}.git"', f'"{url}"')
config.write_text(text.replace(f'url = "{up[2025]}"\nbranch = "main"', f'url = "{up[2025]}"\nbranch = "main"\nlfs_url = "{sys.argv[4]}"'))
EOF
    uptime > "$out/first-sync.load"
    /usr/bin/time -v -o "$out/first-sync.time" clkarchive sync > "$out/first-sync.txt" 2>&1
    uptime >> "$out/first-sync.load"
    for d in ~/.local/share/clkarchive ~/.local/share/clkarchive/mirror ~/.local/share/clkarchive/index ~/.cache/clkarchive; do
        du -sh "$d"
    done > "$out/disk.txt"
    if grep -q "extract_timeout" "$out/first-sync.txt"; then  # pictures skipped for time: read them again
        sed -i 's/^# extract_timeout = 120 /extract_timeout = 900 /' ~/.config/clkarchive/config.toml
        /usr/bin/time -v -o "$out/retry.time" clkarchive sync --retry-failed > "$out/retry.txt" 2>&1
    fi
fi

rm -rf ~/github ~/broken.toml ~/clkarchive.log ~/demo  # what the commands below make, made afresh
mkdir -p ~/demo/up
python - <<'EOF'
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

font = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
poster = Image.new("RGB", (1000, 420), "white")
draw = ImageDraw.Draw(poster)
draw.text((100, 20), "调度分论坛", font=ImageFont.truetype(font, 48), fill="black")
lines = ["基于eBPF的内核热补丁", "09:00-09:30", "页缓存回收策略的再思考", "09:30-10:00", "内核锁的自适应自旋优化"]
for i, line in enumerate(lines):
    draw.text((100, 120 + 50 * i), line, font=ImageFont.truetype(font, 30), fill="black")
poster.save(Path.home() / "demo/up/调度分论坛.png")
EOF
git -C ~/demo/up init -q -b main && git -C ~/demo/up add . &&
    git -C ~/demo/up -c user.name=demo -c user.email=demo@example.invalid commit -q -m poster
printf '[archive]\nmirror_dir = "mirror"\nindex_dir = "index"\n\n[[sources]]\nname = "DEMO2026"\nurl = "up"\nbranch = "main"\n' > ~/demo/config.toml
clkarchive --config ~/demo/config.toml sync > "$out/demo-sync.txt" 2>&1
run resync 'time clkarchive sync'
run search-zh 'clkarchive search 内存压缩 --limit 3 --pages 1'
run search-en 'clkarchive search scalable mode PASID --limit 2 --pages 2'
run search-bridge 'clkarchive search 零拷贝 --limit 2 --pages 1' 'clkarchive search live migration --limit 2 --pages 1'
run search-pinyin 'clkarchive search li zefan --pages 1'
run search-typo 'clkarchive search eedvf nice value --limit 1 --pages 1'
run search-ident 'clkarchive search fault_around_bytes --pages 1'
run search-version 'clkarchive search linux 6.6 EEVDF --limit 1 --pages 1' 'clkarchive search 4K inline --limit 1 --pages 1'
run search-partial 'clkarchive search objpool lockfree maple --limit 2 --pages 1'
run search-poster 'clkarchive search 李泽帆 --kind material --limit 1 --pages 1'
run search-json 'clkarchive search --json 内存压缩 --pages 1 --limit 1'
run talks 'clkarchive talks --forum Memory --year 2024 | head -6' 'clkarchive talks --speaker "guo ren"'
run withheld "clkarchive talks --json | jq -c '.[] | select(.withheld != {}) | [.source, .title, .withheld]'" \
    "clkarchive talks --json --year 2024 | jq '[.[] | select(.kind == \"agenda\" and .order == 1)][0]'" \
    "clkarchive --config ~/demo/config.toml talks --json | jq '[.[] | select(.withheld != {})][0]'"
run search-withheld 'clkarchive search 谢颂杨 --pages 1'
run status 'clkarchive status' 'clkarchive status --check; echo $?'
run cron 'clkarchive cron' 'clkarchive cron --systemd'
run broken "printf '[archive]\nmirror_dir = 5\n' > ~/broken.toml" 'clkarchive --config ~/broken.toml status'
run log 'clkarchive sync --quiet --log-file ~/clkarchive.log' 'cat ~/clkarchive.log'
run python "python -c '
from clkarchive import Archive

archive = Archive.from_path()  # the config the CLI would use; or from_path(\"path/to/config.toml\")
result = archive.search(\"scalable mode PASID\", limit=3, pages=1)
for talk in result.results:
    print(talk.rank, talk.title, talk.source, [page.page for page in talk.pages])
'"
clkarchive serve > "$out/serve.url" 2>&1 &
server=$!
for _ in $(seq 120); do [ -s "$out/serve.url" ] && break; sleep 1; done
run curl "curl -s 'http://127.0.0.1:8765/api/search?q=zram&limit=1&pages=1'"
kill -INT $server
wait $server
run unreachable 'clkarchive init --config ~/github/config.toml' \
    'clkarchive --config ~/github/config.toml sync; echo $?' \
    'clkarchive --config ~/github/config.toml status --check; echo $?'
echo "outputs in $out"
